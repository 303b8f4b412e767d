"""WL kernel → Dataset at scale: a large dataset is shown as exact block means (class-sorted),
the hover gives exact entries (from K, or from the sparse features when K is not kept)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from nnlab_gui.engine import wl
from nnlab_gui.engine.tu_dataset import TuDataset
from nnlab_gui.engine.wl_synthetic import synthetic_batch
from nnlab_gui.tabs.wl_kernel.dataset import DatasetPage
from nnlab_gui.widgets import export


@pytest.fixture
def ds(qtbot):
    page = DatasetPage(key="test/wl-dataset-view")
    qtbot.addWidget(page)
    page.resize(1200, 850)
    page.show()
    qtbot.waitExposed(page)
    return page


def load(ds, qtbot, n, monkeypatch, blocks=None, full_limit=None):
    if blocks is not None:
        monkeypatch.setattr(wl, "VIEW_BLOCKS", blocks)
        monkeypatch.setattr(wl.dataset_steps, "__defaults__", (blocks, full_limit or wl.FULL_GRAM_LIMIT))
    batch, classes = synthetic_batch(n, seed=4)
    data = TuDataset("SYN", batch, classes, True)
    ds.form.widget("h").setValue(2)
    ds.show_dataset(data)
    with qtbot.waitSignal(ds.run_panel.runner.done, timeout=60000):
        ds.compute()
    return data


def hover(ds, qtbot, row, col):
    """Move the mouse over heatmap position (row + ½, col + ½) and read the hover label."""
    vb = ds.heat.getPlotItem().vb
    scene = vb.mapViewToScene(QPointF(col + 0.5, row + 0.5))
    ds.heat.scene().sigMouseMoved.emit(scene)
    return ds.hover_label.text()


def test_a_large_dataset_is_shown_as_exact_class_sorted_block_means(ds, qtbot, monkeypatch):
    data = load(ds, qtbot, 900, monkeypatch, blocks=60)
    order = np.argsort(data.graph_labels, kind="stable")
    K = wl.kernel(data.batch, 2)
    Ks = K[np.ix_(order, order)]
    img = ds.heat_img.image.T                     # (rows, cols) as drawn
    assert img.shape == (60, 60)
    edges = ds.view_edges
    for a, b in [(0, 0), (10, 45), (59, 59)]:
        block = Ks[edges[a]:edges[a + 1], edges[b]:edges[b + 1]]
        assert img[a, b] == pytest.approx(block.mean(), rel=1e-12)
    assert "exact block means" in ds.time_label.text()
    assert np.array_equal(ds.gram, K)             # below the full limit K is kept
    # the red class line sits at the exact class boundary, in graph positions
    boundary = int(np.sum(data.graph_labels == 0))
    xs, _ys = ds.class_lines.getData()
    assert boundary in set(xs.tolist())
    text = hover(ds, qtbot, 123, 700)
    i, j = order[123], order[700]
    assert text.startswith(f"graph {i + 1} (class {data.graph_labels[i]}) × graph {j + 1} "
                           f"(class {data.graph_labels[j]}): K = {K[i, j]:g}")
    assert "this pixel: mean over graphs" in text


def test_beyond_the_full_limit_k_is_not_kept_and_hover_is_exact_from_the_features(ds, qtbot, monkeypatch,
                                                                                   tmp_path):
    data = load(ds, qtbot, 700, monkeypatch, blocks=50, full_limit=100)
    assert ds.gram is None and ds.features is not None
    K = wl.kernel(data.batch, 2)
    order = ds.gram_order
    for row, col in [(0, 0), (5, 650), (699, 3), (350, 351)]:
        assert ds.cell_value(row, col) == K[order[row], order[col]]
        assert f"K = {K[order[row], order[col]]:g}" in hover(ds, qtbot, row, col)
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: pytest.fail("no dialog for a matrix not kept"))
    assert ds.export_gram() is None and "not kept" in ds.messages.text()


def test_normalised_hover_entries_are_exact(ds, qtbot, monkeypatch):
    ds.form.widget("normalised").setChecked(True)
    data = load(ds, qtbot, 400, monkeypatch, blocks=40, full_limit=10)
    Kn = wl.kernel(data.batch, 2, normalize=True)
    order = ds.gram_order
    assert ds.cell_value(7, 300) == pytest.approx(Kn[order[7], order[300]], rel=1e-15)
    assert ds.cell_value(9, 9) == pytest.approx(1.0, rel=1e-15)
