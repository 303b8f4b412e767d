"""RNN & attention tab: editing recomputes, bad input is refused and the state kept,
Step/Back move through the steps, check-my-answer marks the seed's slip, attention works."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.tabs.rnn_attention import ATTENTION_PRESETS, RNN_PRESETS, RnnAttentionTab
from nnlab_gui.widgets.matrix_editor import MatrixEditor


@pytest.fixture
def tab(qtbot):
    w = RnnAttentionTab()
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    return w


def test_seed_preset_is_loaded_with_the_lost_cell_flagged(tab):
    assert len(tab.steps) == 3 and tab.t == 1
    np.testing.assert_array_equal(tab.steps[0].h, [2, 2])
    np.testing.assert_array_equal(tab.steps[1].h, [4, 1])
    xs = tab.editors["xs"]
    assert xs.is_flagged(2, 4) and not xs.is_flagged(2, 3)
    assert "lost" in xs.table.item(2, 4).toolTip()
    assert "W_hx x_1" in tab.arith.toPlainText() and "1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2" in tab.arith.toPlainText()
    assert "“Cat”" in tab.arith.toPlainText()


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
    tab.set_answer("Whx_x", "[1, 1]")
    res = tab.check_answers()
    assert res.first_wrong == "Whx_x" and not res.all_right
    assert tab.answer_marks["Whx_x"].text() == "✘"
    assert "departs at W_hx x_1" in tab.check_result.text() and "[2, 2]" in tab.check_result.text()
    tab.set_answer("Whx_x", "2 2")
    res = tab.check_answers()
    assert res.all_right and tab.answer_marks["Whx_x"].text() == "✔"
    # the report's chain: only the first slip is blamed, the rest follows from it
    tab.set_answer("Whx_x", "1 1")
    tab.set_answer("h", "1; 1")
    tab.set_answer("y", "-10 3 3 4 2 2.9")
    res = tab.check_answers()
    assert res.first_wrong == "Whx_x" and "follow correctly from your own" in tab.check_result.text()
    # bad text is explained, moving to another step clears the answers
    tab.set_answer("h", "1 x")
    assert tab.check_answers() is None and "not a number" in tab.check_result.text()
    tab.step_button.click()
    assert tab.answer_edits["Whx_x"].text() == "" and tab.answer_labels["Whx_x"].text() == "W_hx x_2"
    # the predicted word, typed as a word or an entry number
    tab.set_answer("prediction", "staring")                    # the report's choice at t = 2
    res = tab.check_answers()
    assert res.first_wrong == "prediction" and "entry 6 (11.6)" in tab.check_result.text()
    tab.set_answer("prediction", "6")
    assert tab.check_answers().all_right
    tab.set_answer("prediction", "dog")
    assert tab.check_answers() is None and "neither a word" in tab.check_result.text()


def test_bigger_preset_and_activation(tab):
    name = list(RNN_PRESETS)[1]
    tab.load_preset(name)
    assert len(tab.steps) == 5 and tab.steps[0].activation == "tanh"
    assert not tab.editors["xs"].is_flagged(2, 4)
    assert np.all(np.abs([s.h for s in tab.steps]) < 1)
    tab.activation_box.setCurrentIndex(tab.activation_box.findData("identity"))
    np.testing.assert_allclose(tab.steps[0].h, tab.steps[0].pre)


def test_attention_exercise_and_link(tab):
    tab.select_page("Attention")
    assert tab.pages.currentIndex() == 1
    np.testing.assert_allclose(tab.att.weights, [[0.25] * 4])
    np.testing.assert_allclose(tab.att.output, [[1, 1]])
    assert "equals Z" in tab.att_text.toPlainText()
    assert [lab.toPlainText() for lab in tab.heat_labels] == ["0.25"] * 4
    tab.load_attention_preset(list(ATTENTION_PRESETS)[1])
    assert tab.att.weights.shape == (3, 4) and len(tab.heat_labels) == 12
    w_scaled = tab.att.weights.copy()
    tab.scale_box.setChecked(False)
    assert tab.att.weights[1, 0] > w_scaled[1, 0]                 # unscaled: sharper
    # a width mismatch names both matrices and keeps the last result
    tab.att_editors["Q"].paste_text("[[1, 2, 3]]")
    assert "Q is 1×3 and K is 4×2" in tab.messages.text()
    assert tab.att.weights.shape == (3, 4)
    # queries = hidden states, keys = values = inputs (bigger preset: H = D = 3)
    tab.load_preset(list(RNN_PRESETS)[1])
    tab.link_box.setChecked(True)
    assert not tab.att_editors["Q"].isEnabled()
    assert tab.att.weights.shape == (6, 5)
    np.testing.assert_allclose(tab.att.Q[2], tab.steps[1].h)
    tab.editors["W_hh"].set_cell_text(0, 0, "0")
    np.testing.assert_allclose(tab.att.Q[2], tab.steps[1].h)


def test_export_worked_steps(tab, monkeypatch, tmp_path):
    import nnlab_gui.tabs.rnn_attention as mod

    for suffix, needle in ((".md", "### t = 2"), (".tex", r"\begin{align*}")):
        path = tmp_path / f"steps{suffix}"
        monkeypatch.setattr(mod, "ask_save_path", lambda *a, p=path: str(p))
        tab.export_button.click()
        assert needle in path.read_text(encoding="utf-8")
    assert "Scaled dot-product attention" in (tmp_path / "steps.md").read_text(encoding="utf-8")
    png = tmp_path / "attention.png"
    monkeypatch.setattr(mod, "ask_save_path", lambda *a: str(png))
    tab._export_plot(tab.heat_plot, "attention")
    assert png.stat().st_size > 0
    for plot in (tab.prob_plot, tab.hidden_plot, tab.heat_plot):
        for suffix in ("svg", "csv"):
            out = tmp_path / f"plot.{suffix}"
            monkeypatch.setattr(mod, "ask_save_path", lambda *a, p=out: str(p))
            tab._export_plot(plot, "x")
            assert tab.messages.level != "error", tab.messages.text()
            assert out.stat().st_size > 0
    assert (tmp_path / "plot.csv").read_text().splitlines()[1:] == ["0.25,0.25,0.25,0.25"]


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
    ed.set_cell_text(0, 0, "1/4")
    assert ed.matrix()[0, 0] == 0.25
    col = MatrixEditor("b", [1, 2, 3], fixed_cols=1)
    qtbot.addWidget(col)
    assert col.shape() == (3, 1)
    assert not col.paste_text("1 2 3") and col.shape() == (3, 1)
    assert col.paste_text("[1 2 3 4]'") and col.shape() == (4, 1)


def test_window_screenshot_page(window):
    tab = window.select_tab("RNN:Attention")
    assert isinstance(tab, RnnAttentionTab) and tab.pages.currentIndex() == 1


def test_ctrl_v_in_the_table_pastes_a_matrix(qtbot, qapp):
    from PySide6.QtCore import Qt

    ed = MatrixEditor("A", [[1, 2], [3, 4]])
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    ed.table.setFocus()
    qapp.clipboard().setText("1\t0\t0\n0\t1\t0")               # cells copied from a spreadsheet
    with qtbot.waitSignal(ed.changed):
        qtbot.keyClick(ed.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    np.testing.assert_array_equal(ed.matrix(), [[1, 0, 0], [0, 1, 0]])
