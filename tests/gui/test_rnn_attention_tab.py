"""RNN & attention tab: editing recomputes, bad input is refused and the state kept,
Step/Back move through the steps, check-my-answer marks the seed's slip, attention works,
Ctrl+R on each page, presets apply on selection, state round trips, exports."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnlab_gui.tabs.rnn_attention.attention import AttentionPage
from nnlab_gui.tabs.rnn_attention.presets import ATTENTION_PRESETS, RNN_PRESETS
from nnlab_gui.tabs.rnn_attention.rnn import RnnPage
from nnlab_gui.widgets import export
from nnlab_gui.widgets.matrix_editor import MatrixEditor

TAB = "RNN & attention"


@pytest.fixture
def win(window):
    window.resize(1300, 850)
    return window


@pytest.fixture
def tab(win):
    """The RNN page, shown in the window (its attention page is a sibling)."""
    return win.show_page(f"{TAB}:RNN")


@pytest.fixture
def att(win):
    return win.show_page(f"{TAB}:Attention")


def test_seed_preset_is_loaded_with_the_lost_cell_flagged(tab):
    assert isinstance(tab, RnnPage)
    assert len(tab.steps) == 3 and tab.t == 1
    np.testing.assert_array_equal(tab.steps[0].h, [2, 2])
    np.testing.assert_array_equal(tab.steps[1].h, [4, 1])
    xs = tab.editors["xs"]
    assert xs.is_flagged(2, 4) and not xs.is_flagged(2, 3)
    assert "lost" in xs.table.item(2, 4).toolTip()
    assert "W_hx x_1" in tab.arith.toPlainText() and "1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2" in tab.arith.toPlainText()
    assert "“Cat”" in tab.arith.toPlainText()
    assert tab.messages.level == "warning" and "amber cell" in tab.messages.text()
    assert tab.preset_picker.combo.currentText() == RNN_PRESETS[0].name


def test_editing_a_cell_recomputes(tab, qtbot):
    ed = tab.editors["W_hx"]
    with qtbot.waitSignal(ed.changed):
        ed.set_cell_text(0, 0, "3")
    np.testing.assert_array_equal(tab.steps[0].Whx_x, [2, 2])        # x_1[0] = 0: unchanged
    np.testing.assert_array_equal(tab.steps[1].Whx_x, [4, -1])       # x_2[0] = 1: 3·1 + … = 4
    # the flagged lost entry is editable and feeds x_3
    tab.editors["xs"].set_cell_text(2, 4, "2")
    np.testing.assert_array_equal(tab.steps[2].x, [0, -1, 1, 1, 2])
    assert tab.editors["xs"].is_flagged(2, 4)


def test_a_bad_cell_is_marked_and_the_last_valid_value_kept(tab):
    ed = tab.editors["W_hh"]
    before = [s.h.copy() for s in tab.steps]
    ed.set_cell_text(0, 1, "one")
    assert ed.is_bad(0, 1) and ed.has_errors()
    assert "not a number" in ed.table.item(0, 1).toolTip()
    assert tab.messages.level == "error" and "W_hh[1,2]" in tab.messages.text()
    assert ed.matrix()[0, 1] == 1
    np.testing.assert_array_equal(tab.steps[1].h, before[1])
    ed.set_cell_text(0, 1, "2")
    assert not ed.is_bad(0, 1)
    np.testing.assert_array_equal(tab.steps[1].Whh_h, [4, 2])
    assert tab.messages.level != "error"                              # fixed: the error leaves


def test_a_malformed_paste_is_refused_and_the_matrix_kept(tab):
    ed = tab.editors["W_hx"]
    old = ed.matrix()
    assert not ed.paste_text("[[1, 0, 1], [0, 1]]")
    assert tab.messages.level == "error" and "row 2 has 2 entries" in tab.messages.text()
    np.testing.assert_array_equal(ed.matrix(), old)
    # a good paste in MATLAB form is taken; a shape that does not fit is reported by name
    assert ed.paste_text("1 0 1; 0 1 1")
    assert ed.shape() == (2, 3)
    assert "W_hx is 2×3 but xs is 3×5" in tab.messages.text()
    np.testing.assert_array_equal(tab.steps[0].W_hx, old)            # last valid steps kept
    # typed into the editor's text field (numpy form)
    ed.text_edit.setText(str(old.astype(int).tolist()))
    ed.text_edit.returnPressed.emit()
    np.testing.assert_array_equal(ed.matrix(), old)
    assert tab.messages.level != "error"


def test_clipboard_paste_and_copy(tab, qapp):
    ed = tab.editors["W_hh"]
    qapp.clipboard().setText("[2 0; 0 2]")
    ed.buttons["paste"].click()
    np.testing.assert_array_equal(ed.matrix(), [[2, 0], [0, 2]])
    ed.buttons["copy"].click()
    assert qapp.clipboard().text() == "[[2, 0], [0, 2]]"


def test_add_and_remove_rows_and_columns(tab):
    xs = tab.editors["xs"]
    xs.buttons["add_row"].click()
    assert xs.shape() == (4, 5) and len(tab.steps) == 4
    assert xs.table.verticalHeaderItem(3).text() == "x_4"
    xs.buttons["remove_row"].click()
    assert len(tab.steps) == 3 and xs.is_flagged(2, 4)
    w = tab.editors["W_hx"]
    w.buttons["add_col"].click()
    assert w.shape() == (2, 6) and tab.messages.level == "error"
    w.buttons["remove_col"].click()
    assert w.shape() == (2, 5)
    # b_h is a column vector: no column buttons; growing H then "fit" pads the vectors
    assert tab.editors["b_h"].buttons["add_col"].isHidden()
    for key in ("W_hx", "W_hh"):
        tab.editors[key].buttons["add_row"].click()
    tab.editors["W_hh"].buttons["add_col"].click()
    tab.editors["W_yh"].buttons["add_col"].click()
    assert "b_h" in tab.messages.text()
    tab.fit_button.click()
    assert tab.editors["b_h"].shape() == (3, 1) and tab.steps[0].h.shape == (3,)


def test_step_back_and_run_all(tab):
    assert tab.t == 1 and not tab.back_button.isEnabled()
    tab.step_button.click()
    assert tab.t == 2 and "t = 2" in tab.step_label.text()
    assert "a_2" in tab.arith.toPlainText() and "[4, 1]" in tab.arith.toPlainText()
    x, y = tab.hidden_curves[0].getData()
    np.testing.assert_array_equal(x, [0, 1, 2])
    np.testing.assert_array_equal(y, [0, 2, 4])
    tab.back_button.click()
    assert tab.t == 1
    tab.run_all_button.click()
    assert tab.t == 3 and not tab.step_button.isEnabled()
    assert len(tab.hidden_curves[0].getData()[0]) == 4
    assert "placeholder" in tab.arith.toPlainText()          # x_3 carries the lost entry
    tab.step_button.click()
    assert tab.t == 3
    heights = tab.prob_bars.opts["height"]
    np.testing.assert_allclose(heights, tab.steps[2].probs)


def test_check_my_answer_marks_the_seed_slip(tab):
    box = tab.answers
    tab.set_answer("Whx_x", "[1, 1]")
    res = tab.check_answers()
    assert res.first_wrong == "Whx_x" and not res.all_right
    assert box.marks["Whx_x"].text() == "✘"
    assert "departs at W_hx x_1" in box.result.text() and "[2, 2]" in box.result.text()
    tab.set_answer("Whx_x", "2 2")
    box.check_button.click()                                   # the real button
    assert box.marks["Whx_x"].text() == "✔" and box.result.text().startswith("✔")
    # the report's chain: only the first slip is blamed, the rest follows from it
    tab.set_answer("Whx_x", "1 1")
    tab.set_answer("h", "1; 1")
    tab.set_answer("y", "-10 3 3 4 2 2.9")
    res = tab.check_answers()
    assert res.first_wrong == "Whx_x" and "follow correctly from your own" in box.result.text()
    # bad text is explained, moving to another step clears the answers
    tab.set_answer("h", "1 x")
    assert tab.check_answers() is None and "not a number" in box.result.text()
    tab.step_button.click()
    assert box.edits["Whx_x"].text() == "" and box.labels["Whx_x"].text() == "W_hx x_2"
    # the predicted word, typed as a word or an entry number
    tab.set_answer("prediction", "staring")                    # the report's choice at t = 2
    res = tab.check_answers()
    assert res.first_wrong == "prediction" and "entry 6 (11.6)" in box.result.text()
    tab.set_answer("prediction", "6")
    assert tab.check_answers().all_right
    tab.set_answer("prediction", "dog")
    assert tab.check_answers() is None and "neither a word" in box.result.text()


def test_the_tolerance_field_decides_what_counts_as_right(tab):
    tol = tab.form.widget("tolerance")
    assert tab.answers.isAncestorOf(tol)                       # it sits next to Check
    tab.set_answer("probs", "0 0.097 0.097 0.714 0.013 0.079")  # rounded to 3 decimals
    assert tab.check_answers().all_right
    tol.setValue(0.0)                                          # as the user would
    assert tab.form.value("tolerance") == 0.0
    assert not tab.check_answers().all_right


def test_bigger_preset_and_activation(tab):
    name = RNN_PRESETS[1].name
    combo = tab.preset_picker.combo
    combo.setCurrentIndex(1)
    combo.activated.emit(1)                                    # choosing applies: no "Load" click
    assert len(tab.steps) == 5 and tab.steps[0].activation == "tanh"
    assert tab.form.value("activation") == "tanh" and tab.messages.text() == f"Preset: {name}"
    assert not tab.editors["xs"].is_flagged(2, 4)
    assert np.all(np.abs([s.h for s in tab.steps]) < 1)
    box = tab.form.widget("activation")
    box.setCurrentIndex(box.findData("identity"))
    np.testing.assert_allclose(tab.steps[0].h, tab.steps[0].pre)
    assert box.itemData(box.findData("relu"), Qt.ItemDataRole.ToolTipRole) == "ReLU(a) = max(0, a)"
    tab.step_button.click()
    tab.preset_picker.choose(0)                                # back to the seed, step 1
    assert tab.t == 1 and tab.editors["xs"].is_flagged(2, 4) and tab.steps[0].activation == "relu"


def test_attention_exercise_and_link(win, tab, att):
    assert isinstance(att, AttentionPage) and win.current_page() is att
    np.testing.assert_allclose(att.att.weights, [[0.25] * 4])
    np.testing.assert_allclose(att.att.output, [[1, 1]])
    assert "equals Z" in att.att_text.toPlainText()
    assert [lab.toPlainText() for lab in att.heat_labels] == ["0.250"] * 4     # 3 significant digits
    att.preset_picker.choose(ATTENTION_PRESETS[1].name)
    assert att.att.weights.shape == (3, 4) and len(att.heat_labels) == 12
    w_scaled = att.att.weights.copy()
    att.form.widget("scale").setChecked(False)
    assert att.att.weights[1, 0] > w_scaled[1, 0]                 # unscaled: sharper
    # a width mismatch names both matrices and keeps the last result
    att.editors["Q"].paste_text("[[1, 2, 3]]")
    assert "Q is 1×3 and K is 4×2" in att.messages.text()
    assert att.att.weights.shape == (3, 4)
    # queries = hidden states, keys = values = inputs (bigger preset: H = D = 3)
    tab.preset_picker.choose(1)
    att.form.widget("link").setChecked(True)
    assert not att.editors["Q"].isEnabled()
    assert att.att.weights.shape == (6, 5)
    np.testing.assert_allclose(att.att.Q[2], tab.steps[1].h)
    tab.editors["W_hh"].set_cell_text(0, 0, "0")                  # the RNN page changes: followed
    np.testing.assert_allclose(att.att.Q[2], tab.steps[1].h)
    att.form.widget("link").setChecked(False)
    assert att.editors["Q"].isEnabled()


def test_link_without_an_rnn_page_is_refused(qtbot):
    page = AttentionPage(key="test/attention")
    qtbot.addWidget(page)
    page.form.widget("link").setChecked(True)
    assert page.form.value("link") is False and page.editors["Q"].isEnabled()
    assert page.messages.level == "error" and "no RNN steps" in page.messages.text()


def test_ctrl_r_on_the_rnn_page_goes_to_the_last_step(win, tab, qtbot):
    assert tab.t == 1
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert tab.t == 3 and "t = 3" in tab.step_label.text() and tab.runs == 1
    assert "Step t = 3" in tab.arith.toPlainText()


def test_ctrl_r_on_the_attention_page_recomputes(win, att, qtbot):
    old = att.att
    att.editors["Q"].set_matrix([[1, 0]], emit=False)            # not yet computed
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert att.att is not old and att.runs == 1
    np.testing.assert_allclose(att.att.Q, [[1, 0]])
    assert att.att.weights[0, 0] > 0.25 and "q_1·k_1 = 4·1 + 0·0 = 4" in att.att_text.toPlainText()


def test_rnn_state_round_trip(tab, qtbot):
    tab.editors["xs"].set_cell_text(2, 4, "1")
    tab.editors["W_hh"].flag_cell(0, 0, "a note")
    tab.vocab_edit.setText("a, b, c, d, e, f")
    tab.form.widget("activation").setCurrentIndex(tab.form.widget("activation").findData("tanh"))
    tab.step_button.click()
    state = json.loads(json.dumps(tab.state()))                   # JSON-serialisable
    assert state["t"] == 2 and state["xs"][2] == [0, -1, 1, 1, 1] and state["b_h"] == [0, 0]
    other = RnnPage(key="test/rnn")
    qtbot.addWidget(other)
    assert other.apply_state(state) == []
    assert other.state() == state
    assert other.t == 2 and other.editors["W_hh"].is_flagged(0, 0) and other.editors["xs"].is_flagged(2, 4)
    np.testing.assert_allclose(other.steps[1].h, tab.steps[1].h)
    assert other.vocab() == ["a", "b", "c", "d", "e", "f"]
    # a bad matrix refuses the whole state: nothing is replaced
    problems = other.apply_state({"W_hx": [[1, "x"]], "vocab": ["z"], "t": 1})
    assert problems and "W_hx" in problems[0]
    assert other.vocab() == ["a", "b", "c", "d", "e", "f"] and other.t == 2


def test_attention_state_round_trip(att, qtbot):
    att.editors["V"].paste_text("[[1, 2], [3, 4], [5, 6], [7, 8]]")
    att.form.widget("scale").setChecked(False)
    state = json.loads(json.dumps(att.state()))
    other = AttentionPage(key="test/attention")
    qtbot.addWidget(other)
    assert other.apply_state(state) == [] and other.state() == state
    np.testing.assert_allclose(other.att.output, att.att.output)


def test_form_values_survive_a_new_window(win, tab, qtbot):
    from nnlab_gui.app import MainWindow

    tab.form.widget("tolerance").setValue(0.02)
    win.page(f"{TAB}:Attention").form.widget("scale").setChecked(False)
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.page(f"{TAB}:RNN").form.value("tolerance") == pytest.approx(0.02)
    assert again.page(f"{TAB}:Attention").form.value("scale") is False


def test_export_worked_steps_and_plots(win, tab, att, monkeypatch, tmp_path):
    tab = win.show_page(f"{TAB}:RNN")
    labels = [label for label, _h in tab.exports()]
    assert labels[0].startswith("Worked steps") and len(labels) == 3
    for suffix, needle in ((".md", "### t = 2"), (".tex", r"\begin{align*}")):
        path = tmp_path / f"steps{suffix}"
        monkeypatch.setattr(export, "ask_save_path", lambda *a, p=path: str(p))
        tab.exports()[0][1]()
        assert needle in path.read_text(encoding="utf-8")
    assert "Scaled dot-product attention" in (tmp_path / "steps.md").read_text(encoding="utf-8")
    for page, plot, handler in ((tab, tab.prob_plot, 1), (tab, tab.hidden_plot, 2)):
        for suffix in ("png", "svg", "csv"):
            out = tmp_path / f"{handler}.{suffix}"
            monkeypatch.setattr(export, "ask_save_path", lambda *a, p=out: str(p))
            page.exports()[handler][1]()
            assert page.messages.level != "error", page.messages.text()
            assert out.stat().st_size > 0
    assert "<svg" in (tmp_path / "1.svg").read_text(encoding="utf-8")
    assert (tmp_path / "1.csv").read_text().splitlines()[0] == "entry,y_1,p_1"
    assert (tmp_path / "2.csv").read_text().splitlines()[1:] == ["0,0,0", "1,2,2"]
    win.show_page(f"{TAB}:Attention")
    for suffix in ("png", "svg", "csv"):
        out = tmp_path / f"attention.{suffix}"
        monkeypatch.setattr(export, "ask_save_path", lambda *a, p=out: str(p))
        att.exports()[0][1]()
        assert att.messages.level != "error", att.messages.text()
        assert out.stat().st_size > 0
    assert "<svg" in (tmp_path / "attention.svg").read_text(encoding="utf-8")
    assert (tmp_path / "attention.csv").read_text().splitlines() == ["k_1,k_2,k_3,k_4", "0.25,0.25,0.25,0.25"]


def test_matrix_editor_alone(qtbot):
    ed = MatrixEditor("A", [[1, 2], [3, 4]])
    qtbot.addWidget(ed)
    problems = []
    ed.problem.connect(problems.append)
    ed.table.setCurrentCell(1, 0)
    assert ed.paste_text("7")                      # a single number goes into the current cell
    np.testing.assert_array_equal(ed.matrix(), [[1, 2], [7, 4]])
    assert not ed.paste_text("")
    assert problems and "kept" in problems[-1]
    with pytest.raises(ValueError):
        ed.set_matrix([[np.nan]])
    with pytest.raises(ValueError, match="A must be a matrix of numbers"):
        ed.checked([[1, "x"]])
    ed.set_cell_text(0, 0, "1/4")
    assert ed.matrix()[0, 0] == 0.25
    ed.flag_cell(1, 1, "why")
    assert ed.flags() == [(1, 1, "why")]
    col = MatrixEditor("b", [1, 2, 3], fixed_cols=1)
    qtbot.addWidget(col)
    assert col.shape() == (3, 1)
    assert not col.paste_text("1 2 3") and col.shape() == (3, 1)
    assert col.paste_text("[1 2 3 4]'") and col.shape() == (4, 1)


def test_window_screenshot_page(win):
    tab = win.select_tab(f"{TAB}:Attention")                  # what --tab "RNN & attention:Attention" calls
    assert tab.tabs.currentIndex() == 1 and isinstance(win.current_page(), AttentionPage)
    with pytest.raises(KeyError):
        win.select_tab(f"{TAB}:Nowhere")


def test_ctrl_v_in_the_table_pastes_a_matrix(qtbot, qapp):
    ed = MatrixEditor("A", [[1, 2], [3, 4]])
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    ed.table.setFocus()
    qapp.clipboard().setText("1\t0\t0\n0\t1\t0")               # cells copied from a spreadsheet
    with qtbot.waitSignal(ed.changed):
        qtbot.keyClick(ed.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    np.testing.assert_array_equal(ed.matrix(), [[1, 0, 0], [0, 1, 0]])


# ----------------------------------------------------------------------------- hardening (issue 14)
@pytest.mark.parametrize("text", ["1e309", "-1e309", "9" * 400, "1e300/1e-300", "nan", "inf"])
def test_a_cell_that_overflows_is_refused_and_the_matrix_kept(tab, text):
    ed = tab.editors["W_hh"]
    old = ed.matrix()
    ed.set_cell_text(0, 1, text)
    assert ed.is_bad(0, 1) and tab.messages.level == "error" and "W_hh[1,2]" in tab.messages.text()
    np.testing.assert_array_equal(ed.matrix(), old)
    assert np.all(np.isfinite(ed.matrix()))
    ed._rebuild()                                     # a redraw formats every entry: no exception


@pytest.mark.parametrize("text", ["[[" + "1" * 400 + ", 0], [0, 1]]", "[[1e400, 0], [0, 1]]", "1e309 0; 0 1",
                                  "; ".join([" ".join(["1"] * 120)] * 120), "1" * 60_000])
def test_a_paste_that_overflows_or_is_huge_is_refused(tab, text):
    ed = tab.editors["W_hh"]
    old = ed.matrix()
    assert not ed.paste_text(text)
    assert tab.messages.level == "error" and "kept" in tab.messages.text()
    np.testing.assert_array_equal(ed.matrix(), old)


def test_a_state_with_overflowing_or_huge_matrices_is_refused(tab):
    before = tab.state()
    for bad in ([[10**400, 0], [0, 1]], [[float("inf"), 0], [0, 1]], np.zeros((101, 100)).tolist()):
        with pytest.raises(ValueError):
            tab.editors["W_hh"].checked(bad)
        assert tab.apply_state({"W_hh": bad})             # refused: the problem is reported
    assert tab.state() == before


def test_format_number_of_inf_and_nan_never_raises():
    from nnlab_gui.engine.matrix_text import format_number

    assert [format_number(v) for v in (float("inf"), float("-inf"), float("nan"))] == ["inf", "-inf", "nan"]


def test_values_that_overflow_give_a_message_not_nan_steps(tab):
    before = [s.h.copy() for s in tab.steps]
    tab.apply_state({"W_hh": [[1e300, 1e300], [1e300, 1e300]], "W_hx": np.full((2, 5), 1e300).tolist()})
    assert tab.messages.level == "error" and ("not finite" in tab.messages.text()
                                              or "overflow" in tab.messages.text())
    for s, h in zip(tab.steps, before):
        np.testing.assert_array_equal(s.h, h)             # the last valid steps stay
        assert np.all(np.isfinite(s.probs))


def test_bad_shapes_on_both_pages_give_messages(tab, att):
    tab.editors["W_hh"].set_matrix(np.eye(3))
    assert tab.messages.level == "error" and "W_hh" in tab.messages.text()
    att.editors["K"].set_matrix(np.ones((4, 3)))
    assert att.messages.level == "error" and "Attention" in att.messages.text()
    att.editors["K"].set_matrix(np.full((4, 2), 1e300))
    att.editors["Q"].set_matrix(np.full((1, 2), 1e300))
    assert att.messages.level == "error" and ("not finite" in att.messages.text()
                                              or "overflow" in att.messages.text())
    assert np.all(np.isfinite(att.att.weights))


def test_a_matrix_editor_stops_growing_at_the_limit(qtbot):
    ed = MatrixEditor("A", np.zeros((100, 100)))
    qtbot.addWidget(ed)
    problems = []
    ed.problem.connect(problems.append)
    ed.add_row()
    ed.add_col()
    assert ed.shape() == (100, 100) and len(problems) == 2 and "10,000" in problems[-1]


def test_softmax_bars_show_words_or_entry_numbers_when_words_would_overlap(qtbot):
    """At scale 1 the bars are labelled with the words; at presentation scale 2.0 the six words
    would overlap, so the bars show entry numbers and the tooltip lists which word each is."""
    from nnlab_gui.app import MainWindow

    win = MainWindow(restore=False)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    page = win.show_page("RNN & attention:RNN")
    axis = page.prob_plot.getAxis("bottom")
    qtbot.waitUntil(lambda: axis._tickLevels is not None)
    assert [t for _i, t in axis._tickLevels[0]] == ["word 1", "<stop>", "word 3", "Cat", "staring", "word 6"]
    win.set_ui_scale(2.0)
    qtbot.waitUntil(lambda: [t for _i, t in axis._tickLevels[0]] == ["1", "2", "3", "4", "5", "6"])
    assert "4: Cat" in page.prob_plot.toolTip()
    win.set_ui_scale(1.0)
    qtbot.waitUntil(lambda: axis._tickLevels[0][3][1] == "Cat")
    win.close()
