"""ImagePanel, TileGrid and PaintCanvas never raise when painting: NaN, inf, empty, ragged, text
or wrongly shaped arrays draw a neutral grey placeholder (issue 14: painting never raises).

``widget.grab()`` runs the paint path synchronously; pytest-qt fails a test when an exception
escapes a Qt virtual method such as ``paintEvent``.
"""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.widgets.image_view import ImagePanel, TileGrid, displayable
from nnlab_gui.widgets.paint_canvas import PaintCanvas

NAN = np.full((28, 28), np.nan)
MIXED = np.where(np.eye(28, dtype=bool), np.inf, np.linspace(0, 1, 784).reshape(28, 28))
MIXED[0, 5], MIXED[3, 3] = -np.inf, np.nan
HOSTILE = {"nan": NAN, "inf": np.full((28, 28), np.inf), "mixed": MIXED, "empty": np.zeros((0, 0)),
           "empty_1d": np.zeros(0), "scalar": 3.0, "1d": np.ones(5), "4d": np.ones((2, 2, 2, 2)),
           "rgb5": np.ones((4, 4, 5)), "text": "picture", "ragged": [[1.0], [1.0, 2.0]], "none": None,
           "objects": np.array([object()] * 4), "huge_int": [[10 ** 400]]}


def shown(panel) -> np.ndarray:
    panel.grab()                         # paints now
    data = panel.image()
    assert data is not None and np.isfinite(data).all()
    return data


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_image_panel_paints_anything(qtbot, name):
    panel = ImagePanel(title="t")
    qtbot.addWidget(panel)
    panel.show()
    ok = panel.set_image(HOSTILE[name])
    data = shown(panel)
    if name in ("nan", "inf", "mixed"):
        assert ok and data.shape == (28, 28)
    else:
        assert not ok and np.all(data == 0.5)                   # the grey placeholder
    assert panel.set_image(np.eye(3)) and shown(panel).shape == (3, 3)   # and it recovers


def test_non_finite_pixels_show_as_the_ends_and_middle_of_the_levels():
    a, ok = displayable(MIXED, (0.0, 1.0))
    assert ok and a[1, 1] == 1.0 and a[0, 5] == 0.0 and a[3, 3] == 0.5
    b, _ = displayable(np.array([[np.nan, 1.0]]), (np.nan, 5))  # bad levels fall back to 0…1
    assert b[0, 0] == 0.5


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_tile_grid_paints_anything(qtbot, name):
    grid = TileGrid()
    qtbot.addWidget(grid)
    grid.show()
    value = HOSTILE[name]
    tiles = np.stack([value, value]) if isinstance(value, np.ndarray) and value.ndim == 2 else value
    grid.set_tiles(tiles, cols=2)
    shown(grid)
    grid.select(0 if len(grid.tiles) else None)
    assert grid.update_tile(5, np.ones((28, 28))) is False           # no such tile: nothing happens
    assert grid.update_tile(0, np.ones((3, 3))) is False             # wrong shape: nothing happens
    shown(grid)


@pytest.mark.parametrize("cols", [0, -3, None, 2.5, True, 10 ** 9])
def test_tile_grid_accepts_any_column_count(qtbot, cols):
    grid = TileGrid()
    qtbot.addWidget(grid)
    assert grid.set_tiles(np.ones((5, 4, 4)) * 0.3, cols=cols)
    assert 1 <= grid.cols <= 5
    shown(grid)


def test_tile_grid_update_with_nan_stays_finite(qtbot):
    grid = TileGrid()
    qtbot.addWidget(grid)
    grid.set_tiles(np.zeros((4, 28, 28)), cols=2)
    assert grid.update_tile(1, NAN)
    assert np.isfinite(grid.tiles).all() and np.isfinite(shown(grid)).all()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_paint_canvas_paints_with_any_background(qtbot, name):
    canvas = PaintCanvas((28, 28))
    qtbot.addWidget(canvas)
    canvas.show()
    ok = canvas.set_background(HOSTILE[name])
    canvas.grab()
    assert ok == (name in ("nan", "inf", "mixed") or name == "none")
    assert canvas.background is None or (canvas.background.shape == (28, 28)
                                         and np.isfinite(canvas.background).all())


def test_paint_canvas_array_nan_counts_as_zero_and_wrong_shapes_are_refused(qtbot):
    canvas = PaintCanvas((28, 28))
    qtbot.addWidget(canvas)
    canvas.set_array(MIXED)
    assert np.isfinite(canvas.array).all() and canvas.array[3, 3] == 0.0 and canvas.array[1, 1] == 1.0
    for bad in (np.zeros((3, 3)), "text", [[1.0], [1.0, 2.0]]):
        with pytest.raises(ValueError, match="canvas"):
            canvas.set_array(bad)
    canvas.grab()


def test_paint_canvas_survives_a_background_of_another_shape_set_behind_its_back(qtbot):
    canvas = PaintCanvas((28, 28))
    qtbot.addWidget(canvas)
    canvas.background = np.zeros((7, 7))           # a state no setter produces
    canvas.array = np.full((5, 5), np.nan)
    canvas.grab()                                  # still paints (the grey placeholder)


def test_a_collapsed_canvas_ignores_clicks(qtbot):
    from PySide6.QtCore import QPoint, Qt

    canvas = PaintCanvas((28, 28))
    qtbot.addWidget(canvas)
    canvas.setMinimumSize(0, 0)
    canvas.resize(0, 0)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(0, 0))
    assert not canvas.array.any()


def test_shrinking_tables_takes_their_items_out_first(qtbot):
    """Qt deleting the items of dropped rows under live Python wrappers crashed the lab
    (the CNN table shrinking on File → Open); resize hands them back to Python first."""
    from PySide6.QtWidgets import QTableWidget

    from nnlab_gui.widgets import tables

    table = QTableWidget()
    qtbot.addWidget(table)
    tables.resize(table, 5, 3)
    kept = [[tables.set_text(table, r, c, f"{r},{c}") for c in range(3)] for r in range(5)]
    tables.resize(table, 2, 2)
    assert (table.rowCount(), table.columnCount()) == (2, 2)
    assert kept[4][2].text() == "4,2" and kept[4][2].tableWidget() is None     # taken out, alive
    assert table.item(1, 1) is kept[1][1] and table.item(1, 1).text() == "1,1"
    tables.resize(table, 4)
    assert table.rowCount() == 4 and table.item(3, 0) is None
