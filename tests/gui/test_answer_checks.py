"""Check my answer on every calculator page (real typing and clicks) and "New exercise" variants:
a right answer turns green, a wrong one names the first wrong quantity; the answers are page state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from nnlab_gui.engine import variants
from nnlab_gui.tabs.cnn_calculator.calculator import CnnCalculatorPage
from nnlab_gui.tabs.generator.inverse_cdf import InverseCdfPage
from nnlab_gui.tabs.hidden_units.gradient_check import GradientCheckPage
from nnlab_gui.tabs.rnn_attention.attention import AttentionPage
from nnlab_gui.tabs.rnn_attention.rnn import RnnPage
from nnlab_gui.tabs.wl_kernel.pair import PairPage


def make(qtbot, cls, key):
    w = cls(key=f"test/{key}")
    qtbot.addWidget(w)
    w.resize(1300, 900)
    w.show()
    return w


def type_into(qtbot, box, key, text):
    edit = box.edits[key]
    edit.clear()
    qtbot.keyClicks(edit, text)


def click_check(qtbot, box):
    with qtbot.waitSignal(box.checked, timeout=2000) as sig:
        qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    return sig.args[0]


def test_cnn_conv1_right_and_wrong(qtbot):
    page = make(qtbot, CnnCalculatorPage, "cnn")
    box = page.answer_check
    assert "layer 1 (conv 96 11 s4 p0)" in box.title()
    type_into(qtbot, box, "size", "55x55x96")
    type_into(qtbot, box, "units", "290,400")
    type_into(qtbot, box, "params", "34,944")
    res = click_check(qtbot, box)
    assert res.all_right and box.marks["params"].text() == "✔" and box.result.text().startswith("✔")
    type_into(qtbot, box, "params", "34848")
    res = click_check(qtbot, box)
    assert res.first_wrong == "params" and box.marks["params"].text() == "✘"
    assert "parameters of layer 1" in box.result.text() and "(11·11·3 + 1)·96 = 34,944" in box.result.text()
    page.table.selectRow(2)                                   # another layer: the quantities follow
    assert "layer 3 (conv 256 5 s1 p2)" in box.title()
    type_into(qtbot, box, "size", "27 27 256")
    box.edits["units"].clear()
    box.edits["params"].clear()
    assert click_check(qtbot, box).all_right


def test_cnn_answers_and_exercise_are_page_state(qtbot):
    page = make(qtbot, CnnCalculatorPage, "cnn2")
    box = page.answer_check
    qtbot.keyClicks(box.seed_edit, "4-017")
    qtbot.keyClick(box.seed_edit, Qt.Key.Key_Return)
    assert box.number == 17 and "exercise 4-017" in box.exercise_label.text()
    combo = page.preset_picker.combo                          # no preset is shown: the exercise is
    assert combo.currentIndex() == -1 and combo.placeholderText() == "exercise 4-017"
    assert page.state()["input"] == variants.make("4", 17)["input"]
    s = page.net.layers[0]
    assert box.title() == f"Check my answer — layer 1 ({s.label})" and s.label != "conv 96 11 s4 p0"
    type_into(qtbot, box, "units", f"{s.units:,}")
    assert click_check(qtbot, box).all_right
    type_into(qtbot, box, "units", "290,400")                 # AlexNet's answer is wrong here
    assert click_check(qtbot, box).first_wrong == "units"
    state = page.state()
    assert state["check"]["answers"] == {"units": "290,400"} and state["check"]["exercise"] == 17
    other = make(qtbot, CnnCalculatorPage, "cnn3")
    assert other.apply_state(state) == []
    assert other.answer_check.answers() == {"units": "290,400"} and other.answer_check.number == 17
    assert other.state()["layers"] == state["layers"]
    assert other.apply_state({"check": {"answers": {"nope": "1"}}})    # refused with a message
    assert other.answer_check.answers() == {"units": "290,400"}


def test_attention_weights_and_context(qtbot):
    page = make(qtbot, AttentionPage, "att")
    box = page.answer_check
    type_into(qtbot, box, "weights", "[0.25 0.25 0.25 0.25]")
    type_into(qtbot, box, "output", "[1, 1]")
    assert click_check(qtbot, box).all_right
    type_into(qtbot, box, "weights", "0.5 0.5 0 0")
    type_into(qtbot, box, "output", "2 2")
    res = click_check(qtbot, box)
    assert res.first_wrong == "weights" and "weights P of query 1" in box.result.text()
    assert box.marks["output"].text() == "✘" and "ffe0b2" in box.edits["output"].styleSheet()  # carried
    box.query.setValue(2)                                     # only one query in exercise 3b
    assert click_check(qtbot, box) is None and "choose query 1 to 1" in box.result.text()


def test_attention_new_exercise_reproduces_and_checks(qtbot):
    page = make(qtbot, AttentionPage, "att2")
    box = page.answer_check
    qtbot.mouseClick(box.new_button, Qt.MouseButton.LeftButton)
    first = box.number
    assert first is not None and f"3b-{first:03d}" in box.exercise_label.text()
    Q = page.state()["Q"]
    qtbot.keyClicks(box.seed_edit, f"3b-{first:03d}")
    qtbot.keyClick(box.seed_edit, Qt.Key.Key_Return)
    assert page.state()["Q"] == Q == variants.make("3b", first)["Q"]
    w = page.att.weights[0]
    type_into(qtbot, box, "weights", " ".join(f"{v:.4f}" for v in w))
    assert click_check(qtbot, box).all_right


def test_wl_k65_and_a_wrong_phi(qtbot):
    page = make(qtbot, PairPage, "wl")
    page.set_iteration(1)
    box = page.answer_check
    assert box.title().endswith("k = 1")
    type_into(qtbot, box, "K", "65")
    type_into(qtbot, box, "table", "2 3 4 5")
    assert click_check(qtbot, box).all_right
    type_into(qtbot, box, "phi1", "7 1 4 1 2")
    res = click_check(qtbot, box)
    assert res.first_wrong == "phi1" and "φ_5: you have 2, correct is 1" in box.result.text()
    page.set_iteration(0)
    assert not box.edits["table"].isEnabled()


def test_wl_variant_and_rnn_variant(qtbot):
    page = make(qtbot, PairPage, "wl2")
    page.answer_check.new_exercise(5)
    assert page.state()["graphs"] == variants.make("6", 5)["graphs"] and page.iteration == 1
    rnn = make(qtbot, RnnPage, "rnn")
    rnn.answers.new_exercise(7)
    assert rnn.state()["W_hx"] == variants.make("3", 7)["W_hx"] and rnn.state()["exercise"] == 7
    s = rnn.current_step()
    rnn.set_answer("h", " ".join(str(v) for v in s.h))
    assert rnn.check_answers().all_right
    rnn.set_answer("h", " ".join(str(v + 1) for v in s.h))
    assert rnn.check_answers().first_wrong == "h"


def test_gradient_check_delta3(qtbot):
    page = make(qtbot, GradientCheckPage, "grad")
    box = page.answer_check
    qs = {q.key: q for q in box.provider()}
    type_into(qtbot, box, "delta3", " ".join(f"{v:.5f}" for v in qs["delta3"].correct))
    type_into(qtbot, box, "grad", f"{qs['grad'].correct[0]:.5f}")
    assert click_check(qtbot, box).all_right
    type_into(qtbot, box, "delta3", " ".join(f"{v:.5f}" for v in qs["a3"].correct))   # forgot − y
    res = click_check(qtbot, box)
    assert res.first_wrong == "delta3" and "δ⁽³⁾ of sample 1" in box.result.text()
    box.sample.setValue(3)
    assert page.state()["check"]["sample"] == 3


def test_inverse_cdf_at_x(qtbot):
    page = make(qtbot, InverseCdfPage, "inv")
    box = page.answer_check
    box.x.setValue(0.5)
    type_into(qtbot, box, "inverse", "0.618")                 # (−1 + √5)/2
    assert click_check(qtbot, box).all_right
    type_into(qtbot, box, "inverse", "1.236")                 # forgot the /2
    res = click_check(qtbot, box)
    assert res.first_wrong == "inverse" and "(−1 + √(1 + 8x)) / 2" in box.result.text()
    assert page.state()["check"]["x"] == pytest.approx(0.5)


def test_presenter_mode_collapses_the_check_boxes_and_enlarges_the_narration(window, qtbot):
    assert window.start_lesson("06_cnn_sizes")
    box = window.show_page("CNN calculator").answer_check
    assert not box.isHidden()
    size = window.lesson_dock.text.font().pointSizeF()
    window.toggle_presenter()
    assert window.isFullScreen() and box.isHidden()
    assert window.lesson_dock.text.font().pointSizeF() == pytest.approx(1.5 * size)
    window.toggle_presenter()
    assert not box.isHidden() and window.lesson_dock.text.font().pointSizeF() == pytest.approx(size)


def test_presenter_mode_keeps_the_box_of_a_step_that_checks_answers(window, qtbot):
    assert window.start_lesson("04_rnn")
    window.toggle_presenter()
    box = window.show_page("RNN & attention:RNN").answers
    assert box.isHidden()                                     # step 1: no answers to check
    assert window.lesson_next()                               # step 2 checks the report's [1, 1]
    assert not box.isHidden() and "departs at W_hx x_1" in box.result.text()
    assert window.lesson_next()                               # step 3: folded away again
    assert box.isHidden()
    window.toggle_presenter()
    assert not box.isHidden()


def test_presenter_mode_folds_the_advanced_settings_and_gives_them_back(window, qtbot):
    from nnlab_gui.widgets.section import Section

    assert window.start_lesson("02_inpainting")
    page = window.show_page("Inpainting")
    more = page.form.more
    assert isinstance(more, Section) and more.advanced
    qtbot.mouseClick(more.header, Qt.MouseButton.LeftButton)          # the teacher opened it
    assert more.is_expanded() and page.form.widget("seed").isVisibleTo(page)
    window.toggle_presenter()
    assert not more.is_expanded() and not page.form.widget("seed").isVisibleTo(page)
    laplace = window.show_page("Generator:Sampling:Laplace noise").form.more   # built in presenter mode
    assert laplace is not None and not laplace.is_expanded()
    window.toggle_presenter()
    assert more.is_expanded() and page.form.widget("seed").isVisibleTo(page)
