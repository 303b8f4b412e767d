"""Generator tab: reproducible grids, priors, sliders, course files, bad files, latent map, encoding;
Ctrl+R on every page, remembered fields, state round trips."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.io
from PySide6.QtCore import QPointF, Qt

from nnlab_gui.engine.datasets import load_digits
from nnlab_gui.engine.generator import default_generator
from nnlab_gui.engine.latent import PRIORS
from nnlab_gui.tabs.generator import PAGES, models
from nnlab_gui.tabs.generator.encode import EncodePage
from nnlab_gui.tabs.generator.latent_map import LatentMapPage
from nnlab_gui.tabs.generator.samples import SamplesPage
from nnlab_gui.widgets import export


@pytest.fixture
def page(qtbot):
    p = SamplesPage(key="test/samples")
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    return p


@pytest.fixture
def map_page(qtbot):
    p = LatentMapPage(key="test/map")
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    return p


@pytest.fixture
def encode_page(qtbot):
    p = EncodePage(key="test/encode")
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    return p


def letter_f() -> np.ndarray:
    img = np.full((28, 28), 0.05)
    img[4:24, 6:10] = 0.95
    img[4:8, 6:22] = 0.95
    img[12:15, 6:17] = 0.95
    return img


def ctrl_r(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)


def test_starts_with_the_bundled_eights_and_a_10x10_grid(page, window):
    assert page.chooser.currentText().startswith("Bundled: eights")
    assert page.grid.tiles.shape == (100, 28, 28)
    assert page.grid.cols == 10
    np.testing.assert_allclose(page.grid.tiles, default_generator().decode(page.Z), atol=1e-12)
    assert [name for name, _t in PAGES] == ["Samples", "Latent map", "Encode your own", "Sampling"]
    group = window.tab("Generator")
    assert group.names() == ["Samples", "Latent map", "Encode your own", "Sampling"]
    assert group.page("Sampling").names() == ["Inverse CDF", "Gibbs", "Laplace noise"]


def test_same_seed_same_grid_new_seed_different(page):
    seed = page.form.widget("seed")
    seed.setValue(7)
    first = page.grid.tiles.copy()
    seed.setValue(8)
    other = page.grid.tiles.copy()
    assert not np.allclose(first, other)
    seed.setValue(7)
    np.testing.assert_array_equal(page.grid.tiles, first)
    page.resample_button.click()
    assert page.form.value("seed") == 8 and seed.value() == 8
    np.testing.assert_array_equal(page.grid.tiles, other)


def test_grid_size_is_adjustable(page):
    page.form.widget("n").setValue(4)
    assert page.grid.tiles.shape == (16, 28, 28) and page.Z.shape == (16, 10)


def test_each_prior_changes_the_statistics(page):
    page.form.widget("n").setValue(20)
    prior = page.form.widget("prior")
    stats = {}
    for i, key in enumerate(PRIORS):
        prior.setCurrentIndex(i)
        assert prior.currentData() == key and page.form.value("prior") == key
        stats[key] = (page.Z.copy(), page.grid.tiles.copy())
    zg, zu, zm = stats["gaussian"][0], stats["uniform"][0], stats["mixture"][0]
    assert np.abs(zg).max() > 2.0 and 0.9 < zg.std() < 1.1
    assert np.abs(zu).max() <= 1.0 and abs(zu.std() - 1 / np.sqrt(3)) < 0.05
    # the mixture: every sample lies close to one of 10 centres
    centres = page.prior_sample.centres
    assert centres.shape == (10, 10)
    nearest = np.min(np.linalg.norm(zm[:, None] - centres[None], axis=2), axis=1)
    assert np.median(nearest) < 0.6 < np.median(np.linalg.norm(zg[:, None] - centres[None], axis=2).min(axis=1))
    assert not np.allclose(stats["gaussian"][1], stats["uniform"][1])
    # the scale multiplies the samples
    prior.setCurrentIndex(0)
    z1 = page.Z.copy()
    page.form.widget("scale").setValue(0.5)
    np.testing.assert_allclose(page.Z, 0.5 * z1)
    # every prior's tooltip is its formula
    assert prior.itemData(2, Qt.ItemDataRole.ToolTipRole).startswith("z = s·(c_k")


def test_moving_a_slider_changes_exactly_that_tile(page):
    before = page.grid.tiles.copy()
    page.select_tile(23)
    assert page.sliders[0].isEnabled()
    assert page.sliders[4].value() == pytest.approx(np.clip(page.Z[23, 4], -4, 4), abs=0.01)
    page.sliders[4].setValue(3.5)
    after = page.grid.tiles
    changed = np.flatnonzero(np.any(np.abs(after - before) > 1e-9, axis=(1, 2)))
    assert changed.tolist() == [23]
    assert page.Z[23, 4] == pytest.approx(3.5)
    np.testing.assert_allclose(after[23], default_generator().decode(page.Z[23]), atol=1e-12)
    assert page.last_decode_ms >= 0


def test_clicking_a_tile_selects_it(page, qtbot):
    view = page.grid
    row, col = view.tile_pixel_origin(12)
    widget_pt = view.mapFromScene(view.view.mapViewToScene(QPointF(col + 14, row + 14)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=widget_pt)
    qtbot.waitUntil(lambda: page.selected == 12)
    assert page.sliders[0].value() == pytest.approx(np.clip(page.Z[12, 0], -4, 4), abs=0.01)


def test_interpolation_strip(page):
    strip = page.strip_box.strip
    page.form.widget("steps").setValue(6)
    page.select_tile(3)
    page.strip_box.set_a_button.click()
    page.select_tile(40)
    page.strip_box.set_b_button.click()
    assert strip.tiles.shape == (6, 28, 28)
    np.testing.assert_allclose(strip.tiles[0], page.grid.tiles[3], atol=1e-12)
    np.testing.assert_allclose(strip.tiles[-1], page.grid.tiles[40], atol=1e-12)
    linear = strip.tiles.copy()
    page.form.widget("interp").setCurrentIndex(1)  # spherical
    assert page.form.value("interp") == "spherical"
    assert not np.allclose(linear[2], strip.tiles[2])
    np.testing.assert_allclose(strip.tiles[0], page.grid.tiles[3], atol=1e-12)
    # the interpolation fields live in the interpolation box
    assert page.strip_box.isAncestorOf(page.form.widget("interp"))
    assert page.strip_box.isAncestorOf(page.form.widget("steps"))


def test_opening_a_course_file_shows_upright_digits(page, tmp_path):
    img = letter_f()
    p = img.ravel(order="F")  # column-major as MATLAB stores it
    path = tmp_path / "course.mat"
    scipy.io.savemat(path, {"A_1": np.ones((128, 10)), "B_1": np.zeros((128, 1)),
                            "A_2": np.zeros((784, 128)), "B_2": np.log((1 - p) / p)[:, None]})
    assert page.open_file(str(path))
    assert page.messages.level == "info"
    assert page.chooser.currentText() == "File: course.mat"
    np.testing.assert_allclose(page.grid.tiles[0], img, atol=1e-9)
    np.testing.assert_allclose(page.grid.tiles[57], img, atol=1e-9)
    assert "course file" in page.info.text()


def test_bad_file_keeps_the_previous_generator(page, tmp_path):
    before = page.generator
    tiles = page.grid.tiles.copy()
    path = tmp_path / "broken.mat"
    scipy.io.savemat(path, {"A_1": np.ones((128, 10)), "B_1": np.zeros((128, 1))})
    assert not page.open_file(str(path))
    assert page.messages.level == "error"
    assert "broken.mat" in page.messages.text() and "A_2" in page.messages.text()
    assert page.generator is before and page.chooser.count() == 2
    np.testing.assert_array_equal(page.grid.tiles, tiles)


def test_open_button_uses_the_dialog(page, tmp_path, monkeypatch):
    path = tmp_path / "g.npz"
    default_generator().save(path)
    monkeypatch.setattr(export, "ask_open_path", lambda *a, **k: str(path))
    page.open_button.click()
    assert page.chooser.currentText() == "File: g.npz" and page.chooser.count() == 3
    page.chooser.setCurrentIndex(1)
    page.chooser.activated.emit(1)
    assert page.generator.name == "VAE all digits"


def test_file_open_in_the_window_goes_to_the_samples_page(window, tmp_path, monkeypatch):
    path = tmp_path / "g.npz"
    default_generator().save(path)
    page = window.show_page("Generator:Samples")
    assert page.OPEN_FILTER == "Generators (*.mat *.npz)"
    monkeypatch.setattr("nnlab_gui.widgets.export.ask_open_path", lambda *a, **k: str(path))
    window.open_action.trigger()
    assert page.chooser.currentText() == "File: g.npz"


def test_latent_map_has_one_point_per_test_digit(map_page):
    assert map_page.map_points.shape == (1000, 2)           # built when first shown
    counts = [len(item.data) for item in map_page.map_items]
    assert counts == [100] * 10
    x, y = map_page.map_points[5]
    img = map_page.decode_map_point(x, y)
    codes = map_page._map_cache[0]
    np.testing.assert_allclose(img, models.digits_model().decode(codes[5]), atol=1e-12)
    # far from every point: the PCA plane point is decoded
    far = map_page.decode_map_point(1e3, 1e3)
    assert far.shape == (28, 28)
    assert "all-digits VAE" in map_page.model_label.text()


def test_hovering_a_map_point_names_its_digit(map_page):
    labels = load_digits().split("test").labels
    vb = map_page.map_plot.getViewBox()
    pts = map_page.map_points
    k = int(np.argmin(np.abs(pts[:, 0]) + np.abs(pts[:, 1])))  # a point near the centre
    map_page._on_map_hover(vb.mapViewToScene(QPointF(*pts[k])))
    assert map_page.map_hover.isVisible()
    nearest = map_page._nearest_map_point(*pts[k])
    assert map_page.map_hover.toPlainText().startswith(f"digit {labels[nearest]}")


def test_latent_map_export_csv(map_page, tmp_path, monkeypatch):
    target = tmp_path / "map.csv"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(target))
    dict(map_page.exports())["Map PNG/SVG/CSV…"]()
    data = np.loadtxt(target, delimiter=",", skiprows=1)
    assert target.read_text().startswith("pc1,pc2,digit")
    np.testing.assert_allclose(data[:, :2], map_page.map_points, rtol=1e-6, atol=1e-9)
    assert map_page.messages.level == "info"


def test_encode_your_own(encode_page):
    test = load_digits().split("test")
    encode_page.canvas.set_array(test.images[0])
    res = encode_page.encode_drawing()
    assert 0 <= res["percentile"] <= 100
    assert res["reconstruction"].shape == (28, 28)
    typical = res["error"]
    noise = np.random.default_rng(0).random((28, 28))
    encode_page.canvas.set_array(noise)
    res = encode_page.encode_drawing()
    assert res["error"] > typical and res["percentile"] > 99
    encode_page.canvas.clear()
    assert encode_page.encode_drawing() is None and encode_page.messages.level == "warning"


def test_drawing_on_the_canvas_encodes_on_release(encode_page, qtbot):
    c = encode_page.canvas
    c.clear()
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(6, 14).toPoint())
    for r in range(7, 22):
        qtbot.mouseMove(c, pos=c.grid_to_widget(r, 14).toPoint())
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=c.grid_to_widget(21, 14).toPoint())
    assert c.array.sum() > 10
    assert encode_page.last_encoding["digit"] in range(10)
    np.testing.assert_allclose(encode_page.recon_image.image(), encode_page.last_encoding["reconstruction"])


def test_exports(page, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    exports = dict(page.exports())
    target = {"path": tmp_path / "grid.png"}
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(target["path"]))
    exports["Grid PNG…"]()
    assert QImage(str(target["path"])).width() == 4 * (10 * 28 + 9)
    target["path"] = tmp_path / "z.npy"
    exports["Latents .npy/CSV…"]()
    np.testing.assert_array_equal(np.load(target["path"]), page.Z)
    target["path"] = tmp_path / "z.csv"
    exports["Latents .npy/CSV…"]()
    np.testing.assert_allclose(np.loadtxt(target["path"], delimiter=",", skiprows=1), page.Z, rtol=1e-9)
    target["path"] = tmp_path / "z.txt"
    exports["Latents .npy/CSV…"]()
    assert page.messages.level == "error" and "unknown format" in page.messages.text()
    assert not target["path"].exists()
    target["path"] = tmp_path / "strip.png"
    exports["Interpolation strip PNG…"]()
    assert QImage(str(target["path"])).width() == 4 * (10 * 28 + 9)


def test_main_window_selects_the_pages(window):
    page = window.show_page("Generator:Latent")
    assert isinstance(page, LatentMapPage) and window.current_page() is page
    assert page.map_points.shape == (1000, 2)
    window.show_page("Generator:Sampling")
    assert window.tab("Generator").current_path() == "Sampling:Inverse CDF"
    assert window.current_page() is window.page("Generator:Sampling:Inverse CDF")


def test_a_generator_with_another_latent_size_rebuilds_the_sliders(page, tmp_path):
    from nnlab_gui.engine.generator import Generator
    rng = np.random.default_rng(0)
    g = Generator(rng.standard_normal((16, 3)), np.zeros(16), rng.standard_normal((784, 16)), np.zeros(784))
    assert page.open_file(str(g.save(tmp_path / "small.npz")))
    assert len(page.sliders) == 3 and page.Z.shape == (100, 3)
    for i in range(3):
        page.form.widget("prior").setCurrentIndex(i)  # every prior works in 3-D
        assert page.Z.shape == (100, 3)
    page.select_tile(5)
    before = page.grid.tiles.copy()
    page.sliders[2].setValue(-2.0)
    assert np.flatnonzero(np.any(page.grid.tiles != before, axis=(1, 2))).tolist() == [5]


# ------------------------------------------------------------------ Ctrl+R, memory, state
def test_ctrl_r_on_samples_resamples_with_the_next_seed(window, qtbot):
    page = window.show_page("Generator:Samples")
    seed, tiles = page.form.value("seed"), page.grid.tiles.copy()
    ctrl_r(qtbot, window)
    assert page.form.value("seed") == seed + 1 and page.runs == 1
    assert not np.allclose(page.grid.tiles, tiles)


def test_ctrl_r_on_the_latent_map_decodes_the_last_point(window, qtbot):
    page = window.show_page("Generator:Latent map")
    page.map_image.set_image(np.zeros((28, 28)))
    ctrl_r(qtbot, window)
    assert page.runs == 1 and page.point == (0.0, 0.0)
    centre = models.digits_model().decode(page._map_cache[1].inverse(np.zeros((1, 2)))[0])
    np.testing.assert_allclose(page.map_image.image(), centre, atol=1e-12)
    x, y = page.map_points[7]
    page.decode_map_point(x, y)                       # as a click on test digit #7 would
    page.map_image.set_image(np.zeros((28, 28)))
    ctrl_r(qtbot, window)
    np.testing.assert_allclose(page.map_image.image(),
                               models.digits_model().decode(page._map_cache[0][7]), atol=1e-12)


def test_ctrl_r_on_encode_encodes_the_drawing(window, qtbot):
    page = window.show_page("Generator:Encode your own")
    page.canvas.set_array(letter_f())
    page.last_encoding = None
    ctrl_r(qtbot, window)
    assert page.last_encoding is not None and page.last_encoding["reconstruction"].shape == (28, 28)
    shown = page.recon_image.image().copy()
    page.canvas.clear()
    ctrl_r(qtbot, window)
    assert page.messages.level == "warning" and "empty" in page.messages.text()
    np.testing.assert_array_equal(page.recon_image.image(), shown)   # nothing replaced


def test_form_values_survive_a_new_window(window, qtbot):
    from nnlab_gui.app import MainWindow

    page = window.show_page("Generator:Samples")
    page.form.widget("n").setValue(4)
    page.form.widget("prior").setCurrentIndex(1)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    other = again.page("Generator:Samples")
    assert other.form.value("n") == 4 and other.form.value("prior") == "uniform"
    assert other.grid.tiles.shape == (16, 28, 28)


def test_samples_state_round_trip(page, qtbot):
    page.form.widget("n").setValue(5)
    page.chooser.setCurrentIndex(1)
    page.chooser.activated.emit(1)
    page.select_tile(7)
    page.sliders[1].setValue(2.5)
    page.set_interpolation_ends(2, 7)
    state = page.state()
    import json
    state = json.loads(json.dumps(state))             # JSON-serialisable
    assert state["generator"] == "Bundled: all digits (VAE)" and state["ends"] == [2, 7]
    z, tiles, strip = page.Z.copy(), page.grid.tiles.copy(), page.strip_box.strip.tiles.copy()

    other = SamplesPage(key="test/samples-other")
    qtbot.addWidget(other)
    assert other.apply_state(state) == []
    assert other.chooser.currentText() == "Bundled: all digits (VAE)"
    assert other.form.value("n") == 5 and other.selected == 7 and other.ends == [2, 7]
    np.testing.assert_allclose(other.Z, z)
    np.testing.assert_allclose(other.grid.tiles, tiles)
    np.testing.assert_allclose(other.strip_box.strip.tiles, strip)
    problems = other.apply_state({"generator": "File: nowhere.npz"})
    assert problems and "not loaded" in problems[0]
    assert other.chooser.currentText() == "Bundled: all digits (VAE)"


def test_latent_map_state_round_trip(map_page, qtbot):
    x, y = map_page.map_points[11]
    map_page.decode_map_point(x, y)
    state = map_page.state()
    assert state == {"point": [float(x), float(y)]}
    other = LatentMapPage(key="test/map-other")
    qtbot.addWidget(other)
    other.resize(1200, 800)
    other.show()
    assert other.apply_state(state) == []
    assert other.point == (float(x), float(y))
    np.testing.assert_allclose(other.map_image.image(), map_page.map_image.image(), atol=1e-12)
    assert other.apply_state({"point": [1, "x"]})


def test_encode_state_round_trip(encode_page, qtbot):
    encode_page.canvas.set_array(letter_f())
    encode_page.run()
    state = encode_page.state()
    assert np.asarray(state["drawing"]).shape == (28, 28)
    other = EncodePage(key="test/encode-other")
    qtbot.addWidget(other)
    other.show()
    assert other.apply_state(state) == []
    np.testing.assert_allclose(other.canvas.array, encode_page.canvas.array)
    assert other.last_encoding["error"] == pytest.approx(encode_page.last_encoding["error"])
    assert other.apply_state({"drawing": [[1, 2], [3, 4]]})
    np.testing.assert_allclose(other.canvas.array, encode_page.canvas.array)
