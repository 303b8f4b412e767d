"""Generator tab: reproducible grids, priors, sliders, course files, bad files, latent map."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.io

from nnlab_gui.engine.generator import default_generator
from nnlab_gui.engine.latent import PRIORS
from nnlab_gui.tabs import generator as gen_module
from nnlab_gui.tabs.generator import GeneratorTab


@pytest.fixture
def tab(qtbot):
    t = GeneratorTab()
    qtbot.addWidget(t)
    t.resize(1300, 850)
    t.show()
    return t


def letter_f() -> np.ndarray:
    img = np.full((28, 28), 0.05)
    img[4:24, 6:10] = 0.95
    img[4:8, 6:22] = 0.95
    img[12:15, 6:17] = 0.95
    return img


def test_starts_with_the_bundled_eights_and_a_10x10_grid(tab):
    assert tab.chooser.currentText().startswith("Bundled: eights")
    assert tab.grid.tiles.shape == (100, 28, 28)
    assert tab.grid.cols == 10
    np.testing.assert_allclose(tab.grid.tiles, default_generator().decode(tab.Z), atol=1e-12)
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == [
        "Samples", "Latent map", "Encode your own", "Sampling"]


def test_same_seed_same_grid_new_seed_different(tab):
    tab.seed_box.setValue(7)
    first = tab.grid.tiles.copy()
    tab.seed_box.setValue(8)
    other = tab.grid.tiles.copy()
    assert not np.allclose(first, other)
    tab.seed_box.setValue(7)
    np.testing.assert_array_equal(tab.grid.tiles, first)
    tab.resample_button.click()
    assert tab.seed_box.value() == 8
    np.testing.assert_array_equal(tab.grid.tiles, other)


def test_grid_size_is_adjustable(tab):
    tab.size_box.setValue(4)
    assert tab.grid.tiles.shape == (16, 28, 28) and tab.Z.shape == (16, 10)


def test_each_prior_changes_the_statistics(tab):
    tab.size_box.setValue(20)
    stats = {}
    for i, key in enumerate(PRIORS):
        tab.prior_box.setCurrentIndex(i)
        assert tab.prior_box.currentData() == key
        stats[key] = (tab.Z.copy(), tab.grid.tiles.copy())
    zg, zu, zm = stats["gaussian"][0], stats["uniform"][0], stats["mixture"][0]
    assert np.abs(zg).max() > 2.0 and 0.9 < zg.std() < 1.1
    assert np.abs(zu).max() <= 1.0 and abs(zu.std() - 1 / np.sqrt(3)) < 0.05
    # the mixture: every sample lies close to one of 10 centres
    centres = tab.prior_sample.centres
    assert centres.shape == (10, 10)
    nearest = np.min(np.linalg.norm(zm[:, None] - centres[None], axis=2), axis=1)
    assert np.median(nearest) < 0.6 < np.median(np.linalg.norm(zg[:, None] - centres[None], axis=2).min(axis=1))
    assert not np.allclose(stats["gaussian"][1], stats["uniform"][1])
    # the scale multiplies the samples
    tab.prior_box.setCurrentIndex(0)
    z1 = tab.Z.copy()
    tab.scale_box.setValue(0.5)
    np.testing.assert_allclose(tab.Z, 0.5 * z1)


def test_moving_a_slider_changes_exactly_that_tile(tab, qtbot):
    before = tab.grid.tiles.copy()
    tab.select_tile(23)
    assert tab.sliders[0].isEnabled()
    assert tab.sliders[4].value() == pytest.approx(np.clip(tab.Z[23, 4], -4, 4), abs=0.01)
    tab.sliders[4].setValue(3.5)
    after = tab.grid.tiles
    changed = np.flatnonzero(np.any(np.abs(after - before) > 1e-9, axis=(1, 2)))
    assert changed.tolist() == [23]
    assert tab.Z[23, 4] == pytest.approx(3.5)
    np.testing.assert_allclose(after[23], default_generator().decode(tab.Z[23]), atol=1e-12)
    assert tab.last_decode_ms >= 0


def test_clicking_a_tile_selects_it(tab, qtbot):
    view = tab.grid
    row, col = view.tile_pixel_origin(12)
    scene_pt = view.view.mapViewToScene(pg_point(col + 14, row + 14))
    widget_pt = view.mapFromScene(scene_pt)
    qtbot.mouseClick(view.viewport(), gen_module.Qt.MouseButton.LeftButton, pos=widget_pt)
    qtbot.waitUntil(lambda: tab.selected == 12)
    assert tab.sliders[0].value() == pytest.approx(np.clip(tab.Z[12, 0], -4, 4), abs=0.01)


def pg_point(x, y):
    from PySide6.QtCore import QPointF
    return QPointF(x, y)


def test_interpolation_strip(tab):
    tab.steps_box.setValue(6)
    tab.select_tile(3)
    tab.set_a_button.click()
    tab.select_tile(40)
    tab.set_b_button.click()
    assert tab.strip.tiles.shape == (6, 28, 28)
    np.testing.assert_allclose(tab.strip.tiles[0], tab.grid.tiles[3], atol=1e-12)
    np.testing.assert_allclose(tab.strip.tiles[-1], tab.grid.tiles[40], atol=1e-12)
    linear = tab.strip.tiles.copy()
    tab.interp_box.setCurrentIndex(1)  # spherical
    assert not np.allclose(linear[2], tab.strip.tiles[2])
    np.testing.assert_allclose(tab.strip.tiles[0], tab.grid.tiles[3], atol=1e-12)


def test_opening_a_course_file_shows_upright_digits(tab, tmp_path):
    img = letter_f()
    p = img.ravel(order="F")  # column-major as MATLAB stores it
    path = tmp_path / "course.mat"
    scipy.io.savemat(path, {"A_1": np.ones((128, 10)), "B_1": np.zeros((128, 1)),
                            "A_2": np.zeros((784, 128)), "B_2": np.log((1 - p) / p)[:, None]})
    tab.open_file(str(path))
    assert tab.messages.level == "info"
    assert tab.chooser.currentText() == "File: course.mat"
    np.testing.assert_allclose(tab.grid.tiles[0], img, atol=1e-9)
    np.testing.assert_allclose(tab.grid.tiles[57], img, atol=1e-9)


def test_bad_file_keeps_the_previous_generator(tab, tmp_path):
    before = tab.generator
    tiles = tab.grid.tiles.copy()
    path = tmp_path / "broken.mat"
    scipy.io.savemat(path, {"A_1": np.ones((128, 10)), "B_1": np.zeros((128, 1))})
    tab.open_file(str(path))
    assert tab.messages.level == "error"
    assert "broken.mat" in tab.messages.text() and "A_2" in tab.messages.text()
    assert tab.generator is before and tab.chooser.count() == 2
    np.testing.assert_array_equal(tab.grid.tiles, tiles)


def test_open_button_uses_the_dialog(tab, tmp_path, monkeypatch):
    path = tmp_path / "g.npz"
    default_generator().save(path)
    monkeypatch.setattr(gen_module, "ask_open_path", lambda *a, **k: str(path))
    tab.open_button.click()
    assert tab.chooser.currentText() == "File: g.npz" and tab.chooser.count() == 3
    tab.chooser.setCurrentIndex(1)
    tab.chooser.activated.emit(1)
    assert tab.generator.name == "VAE all digits"


def test_latent_map_has_one_point_per_test_digit(tab):
    tab.select_page("Latent")
    assert tab.map_points.shape == (1000, 2)
    counts = [len(item.data) for item in tab.map_items]
    assert counts == [100] * 10
    x, y = tab.map_points[5]
    img = tab.decode_map_point(x, y)
    codes = tab._map_cache[0]
    np.testing.assert_allclose(img, tab.digits_model().decode(codes[5]), atol=1e-12)
    # far from every point: the PCA plane point is decoded
    far = tab.decode_map_point(1e3, 1e3)
    assert far.shape == (28, 28)


def test_encode_your_own(tab):
    from nnlab_gui.engine.datasets import load_digits
    tab.select_page("Encode")
    test = load_digits().split("test")
    tab.canvas.set_array(test.images[0])
    res = tab.encode_drawing()
    assert 0 <= res["percentile"] <= 100
    assert res["reconstruction"].shape == (28, 28)
    typical = res["error"]
    noise = np.random.default_rng(0).random((28, 28))
    tab.canvas.set_array(noise)
    res = tab.encode_drawing()
    assert res["error"] > typical and res["percentile"] > 99
    tab.canvas.clear()
    assert tab.encode_drawing() is None and tab.messages.level == "warning"


def test_drawing_on_the_canvas_encodes_on_release(tab, qtbot):
    tab.select_page("Encode")
    c = tab.canvas
    qtbot.mousePress(c, gen_module.Qt.MouseButton.LeftButton, pos=c.grid_to_widget(6, 14).toPoint())
    for r in range(7, 22):
        qtbot.mouseMove(c, pos=c.grid_to_widget(r, 14).toPoint())
    qtbot.mouseRelease(c, gen_module.Qt.MouseButton.LeftButton, pos=c.grid_to_widget(21, 14).toPoint())
    assert c.array.sum() > 10
    assert tab.last_encoding["digit"] in range(10)


def test_exports(tab, tmp_path, monkeypatch):
    png = tmp_path / "grid.png"
    monkeypatch.setattr(gen_module, "ask_save_path", lambda *a, **k: str(png))
    tab.export_grid_button.click()
    from PySide6.QtGui import QImage
    img = QImage(str(png))
    assert img.width() == 4 * (10 * 28 + 9)
    npy = tab.export_latents(tmp_path / "z.npy")
    np.testing.assert_array_equal(np.load(npy), tab.Z)
    csv = tab.export_latents(tmp_path / "z.csv")
    np.testing.assert_allclose(np.loadtxt(csv, delimiter=",", skiprows=1), tab.Z, rtol=1e-9)
    with pytest.raises(ValueError):
        tab.export_latents(tmp_path / "z.txt")


def test_sampling_page_and_main_window_select(window):
    tab = window.select_tab("Generator:Latent")
    assert tab.pages.tabText(tab.pages.currentIndex()) == "Latent map"
    assert tab.map_points.shape == (1000, 2)
    window.select_tab("Generator:Sampling")
    from nnlab_gui.tabs.sampling import SamplingPanel
    assert isinstance(tab.pages.currentWidget(), SamplingPanel)


def test_hovering_a_map_point_names_its_digit(tab):
    from nnlab_gui.engine.datasets import load_digits
    tab.select_page("Latent")
    labels = load_digits().split("test").labels
    vb = tab.map_plot.getViewBox()
    k = int(np.argmin(np.abs(tab.map_points[:, 0]) + np.abs(tab.map_points[:, 1])))  # a point near the centre
    tab._on_map_hover(vb.mapViewToScene(pg_point(*tab.map_points[k])))
    assert tab.map_hover.isVisible()
    nearest = tab._nearest_map_point(*tab.map_points[k])
    assert tab.map_hover.toPlainText().startswith(f"digit {labels[nearest]}")


def test_a_generator_with_another_latent_size_rebuilds_the_sliders(tab, tmp_path):
    from nnlab_gui.engine.generator import Generator
    rng = np.random.default_rng(0)
    g = Generator(rng.standard_normal((16, 3)), np.zeros(16), rng.standard_normal((784, 16)), np.zeros(784))
    tab.open_file(str(g.save(tmp_path / "small.npz")))
    assert len(tab.sliders) == 3 and tab.Z.shape == (100, 3)
    for i in range(3):
        tab.prior_box.setCurrentIndex(i)  # every prior works in 3-D
        assert tab.Z.shape == (100, 3)
    tab.select_tile(5)
    before = tab.grid.tiles.copy()
    tab.sliders[2].setValue(-2.0)
    assert np.flatnonzero(np.any(tab.grid.tiles != before, axis=(1, 2))).tolist() == [5]
