"""Hostile generator, course-image and course-weight files on the pages that open them (issue 14):
each refusal shows a message and keeps what the page had; "Use drawing" refuses an empty canvas.

Before the fix: a corrupted ``.npz`` raised BadZipFile / zlib.error / MemoryError out of the
Samples page, a generator of latent size 0 replaced the working one, weights of 1e300 loaded
with an infinite cost, and "Use drawing" on an empty canvas made a blank image the target.
The files come from ``tests/corpus/generator_files.py``.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.io
from PySide6.QtWidgets import QPushButton

from nnlab_gui.tabs.generator.samples import SamplesPage
from nnlab_gui.tabs.hidden_units.course_weights import CourseWeightsPage, evaluate
from nnlab_gui.tabs.inpainting.page import InpaintingPage
from tests.corpus.generator_files import FILES

CASES = {c.name: c for c in FILES}


def bad_file(name, tmp_path) -> str:
    return str(CASES[name].write(tmp_path))


def make(qtbot, cls, key):
    page = cls(key=key)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    return page


def button(widget, text) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


# ------------------------------------------------------------------ Generator: Samples
@pytest.mark.parametrize("name, word", [
    ("gen_npz_truncated", "damaged"),              # BadZipFile before the fix
    ("gen_npz_deflate_broken", "damaged"),         # zlib.error
    ("gen_npz_huge_header", "limit"),              # MemoryError
    ("gen_npz_latent_zero", "latent size is 0"),   # replaced the working generator
    ("gen_mat_latent_zero", "latent size is 0"),
    ("gen_npz_huge_weight", "magnitude"),          # decoded to NaN tiles
])
def test_samples_keeps_the_working_generator(qtbot, tmp_path, name, word):
    page = make(qtbot, SamplesPage, "test/samples")
    before, label, count = page.generator, page.chooser.currentText(), page.chooser.count()
    tiles, sliders = page.grid.tiles.copy(), len(page.sliders)
    assert page.open_file(bad_file(name, tmp_path)) is False
    assert page.messages.level == "error" and word in page.messages.text()
    assert "previous generator is kept" in page.messages.text()
    assert page.generator is before and page.chooser.currentText() == label and page.chooser.count() == count
    np.testing.assert_array_equal(page.grid.tiles, tiles)
    assert len(page.sliders) == sliders


# ------------------------------------------------------------------ Inpainting
@pytest.fixture
def inpainting(qtbot):
    return make(qtbot, InpaintingPage, "test/inpainting")


@pytest.mark.parametrize("name", ["gen_npz_latent_zero", "gen_npz_deflate_broken", "gen_npz_huge_header",
                                  "gen_mat_latent_zero", "mat_v73"])
def test_inpainting_keeps_its_generators(inpainting, tmp_path, name):
    page = inpainting
    bundled, course, target = page.target_box.bundled_gen, page.target_box.course_gen, page.target
    assert page.open_file(bad_file(name, tmp_path)) is False
    assert page.messages.level == "error" and page.messages.text()
    assert page.target_box.bundled_gen is bundled and page.target_box.course_gen is course
    assert page.target is target


@pytest.mark.parametrize("X_i, X_n", [((784, 0), (784, 0)), ((784, 0), (784, 3)), ((784, 4), (784, 5)),
                                       ((784, 4), (400, 4))])
def test_inpainting_keeps_the_course_images(inpainting, tmp_path, X_i, X_n):
    """The 784×0 defect: the page already read before replacing; the loader now refuses too."""
    page = inpainting
    rng = np.random.default_rng(0)
    scipy.io.savemat(str(tmp_path / "data22.mat"), {"X_i": rng.random((784, 4)), "X_n": rng.random((784, 4))})
    assert page.open_file(str(tmp_path / "data22.mat"))
    shown, state = page.target, page.state()
    scipy.io.savemat(str(tmp_path / "bad.mat"), {"X_i": np.zeros(X_i), "X_n": np.zeros(X_n)})
    assert page.open_file(str(tmp_path / "bad.mat")) is False
    assert page.messages.level == "error" and "X_" in page.messages.text()
    assert len(page.target_box.course) == 4 and page.target is shown and page.state() == state
    assert page.target_box.form.widget("index").maximum() == 4


def test_use_drawing_on_an_empty_canvas_keeps_the_target(inpainting):
    page = inpainting
    before, ideal = page.target, page.triptych.ideal_view.image()
    assert not page.target_box.draw_canvas.array.any()
    button(page, "Use drawing").click()
    assert page.messages.level == "warning" and "empty" in page.messages.text()
    assert page.target is before and page.target_box.form.value("source") == "bundled"
    np.testing.assert_array_equal(page.triptych.ideal_view.image(), ideal)
    # choosing "My drawing" with nothing drawn is refused the same way
    source = page.target_box.form.widget("source")
    source.setCurrentIndex(source.findData("drawn"))
    assert page.target is before and page.target_box.form.value("source") == "bundled"
    assert page.messages.level == "warning"


def test_use_drawing_shows_the_drawing_as_the_target(inpainting):
    """The button's ``clicked(bool)`` used to arrive as ``emit=False``: the triptych kept the old target."""
    page = inpainting
    drawing = np.zeros((28, 28))
    drawing[6:22, 12:16] = 1.0
    page.target_box.draw_canvas.set_array(drawing)
    button(page, "Use drawing").click()
    assert page.target.source == "drawn" and page.target_box.form.value("source") == "drawn"
    np.testing.assert_array_equal(page.triptych.ideal_view.image(), drawing)


# ------------------------------------------------------------------ Hidden units: Course weights
@pytest.mark.parametrize("name, word", [
    ("w_huge_Theta2", "magnitude"),            # before the fix: loaded, the cost shown as inf
    ("w_nan_Theta1", "NaN"),
    ("mat_v73", "v7.3"),
    ("mat_truncated", "truncated"),
    ("mat_huge_text", "not a MATLAB"),
])
def test_course_weights_keep_the_loaded_weights(qtbot, tmp_path, name, word):
    page = make(qtbot, CourseWeightsPage, "test/course")
    rng = np.random.default_rng(0)
    good = tmp_path / "good.mat"
    scipy.io.savemat(good, {"Theta1": rng.normal(0, 0.1, (25, 401)), "Theta2": rng.normal(0, 0.1, (10, 26))})
    assert page.open_file(str(good))
    state = page.state()
    assert page.open_file(bad_file(name, tmp_path)) is False
    assert page.messages.level == "error" and word in page.messages.text()
    assert page.state() == state and page.course_name == "good.mat"


def test_weights_with_a_non_finite_cost_are_refused():
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError, match="non-finite"):
        evaluate([rng.normal(size=(25, 401)) * 1e300, rng.normal(size=(10, 26))])
