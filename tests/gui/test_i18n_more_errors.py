"""The binary-file and answer-check messages in the GUI's language: a bad generator .mat on the
generator tab and a bad course file on the inpainting page are refused in Hebrew (the file names,
keys and numbers kept, no English word left, nothing changed), and a wrong answer on the
gradient-check page names its quantity in Greek."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.io
from PySide6.QtCore import Qt

from nnlab_gui import i18n
from nnlab_gui.tabs.generator.samples import SamplesPage
from nnlab_gui.tabs.hidden_units.gradient_check import GradientCheckPage
from nnlab_gui.tabs.inpainting.page import InpaintingPage

from test_i18n import english_words


def plain(text: str) -> str:
    """``text`` without the direction isolates the Hebrew catalog puts around formulas."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069\u200e\u200f")


@pytest.fixture
def hebrew(qapp):
    i18n.set_language("he")
    yield
    i18n.set_language("en")


@pytest.fixture
def greek(qapp):
    i18n.set_language("el")
    yield
    i18n.set_language("en")


def make(qtbot, cls, key):
    page = cls(key=key)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    return page


def test_a_generator_mat_without_a_2_is_refused_in_hebrew(qtbot, hebrew, tmp_path):
    page = make(qtbot, SamplesPage, "test/he-samples")
    before, count = page.generator, page.chooser.count()
    scipy.io.savemat(str(tmp_path / "broken.mat"), {"A_1": np.ones((128, 10)), "B_1": np.zeros((128, 1))})
    assert not page.open_file(str(tmp_path / "broken.mat"))
    text = page.messages.text()
    assert page.messages.level == "error"
    assert "המפתח 'A_2' חסר ב-broken.mat (המפתחות שנמצאו: A_1, B_1)" in plain(text), text
    assert not english_words(text), text
    assert page.generator is before and page.chooser.count() == count


def test_a_generator_mat_whose_sizes_disagree_is_refused_in_hebrew(qtbot, hebrew, tmp_path):
    page = make(qtbot, SamplesPage, "test/he-samples-2")
    scipy.io.savemat(str(tmp_path / "g.mat"), {"A_1": np.ones((5, 2)), "B_1": np.ones((4, 1)),
                                               "A_2": np.ones((784, 5)), "B_2": np.ones((784, 1))})
    assert not page.open_file(str(tmp_path / "g.mat"))
    text = page.messages.text()
    assert "הגדלים הנסתרים שלהם אינם תואמים" in text and "(5, 2)" in text and "(4, 1)" in text, text
    assert not english_words(text), text


def test_course_images_with_nan_are_refused_in_hebrew(qtbot, hebrew, tmp_path):
    page = make(qtbot, InpaintingPage, "test/he-inpainting-file")
    state = page.state()
    ideal = np.zeros((784, 4))
    ideal[3, 1] = np.nan
    scipy.io.savemat(str(tmp_path / "bad.mat"), {"X_i": ideal, "X_n": np.zeros((784, 4))})
    assert page.open_file(str(tmp_path / "bad.mat")) is False
    text = page.messages.text()
    assert page.messages.level == "error"
    assert "המפתח 'X_i' ב-bad.mat (צורה (784, 4)) מכיל 1 ערכי NaN/inf" in plain(text), text
    assert not english_words(text), text
    assert page.state() == state


def test_a_wrong_delta_names_its_quantity_in_greek(qtbot, greek):
    page = make(qtbot, GradientCheckPage, "test/el-grad")
    box = page.answer_check
    qs = {q.key: q for q in box.provider()}
    box.edits["delta3"].setText(" ".join(f"{v:.5f}" for v in qs["a3"].correct))      # forgot − y
    with qtbot.waitSignal(box.checked, timeout=2000) as sig:
        qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    res = sig.args[0]
    assert res.first_wrong == "delta3"
    text = box.result.text()
    assert text.startswith("✘ Το πρώτο λάθος μέγεθός σας είναι: δ⁽³⁾ του δείγματος 1· στοιχείο 2: έχετε "), text
    assert "το σωστό είναι -0.488867· δ⁽³⁾ = a⁽³⁾ − y = [" in text
    assert not english_words(text), text
    assert res.message.startswith("Your first wrong quantity is δ⁽³⁾ of sample 1: entry 2: you have ")
    tip = box.marks["delta3"].toolTip()
    assert tip.startswith("στοιχείο 2: έχετε ") and not english_words(tip), tip
