"""The RNN & attention pages' text: the seed's worked numbers (SPEC §4, exercise 3) in the HTML
of steps 1–3, the exercise-3b weights in the attention HTML, typed predictions, plot tables."""

from __future__ import annotations

import html
import re

import numpy as np
import pytest

from nnlab_gui.engine import attention, rnn, rnn_text

W_HX = [[1, 0, 1, 1, 0], [0, 1, 1, 0, 1]]
W_HH = [[0, 1], [1, 0]]
W_YH = [[-5, -5], [0, 3], [1, 2], [2, 2], [3, -1], [2.9, 0]]
XS = [[0, 0, 1, 1, 1], [1, -2, 0, 1, 1], [0, -1, 1, 1, 0]]   # x_3's fifth entry is lost: 0 here
VOCAB = ["word 1", "<stop>", "word 3", "Cat", "staring", "word 6"]


def text_of(markup: str) -> str:
    """What a reader sees: tags dropped, entities decoded, <br> as a line break."""
    return html.unescape(re.sub(r"<[^>]+>", " ", markup.replace("<br>", "\n")))


@pytest.fixture
def steps():
    return rnn.run(W_HX, W_HH, W_YH, XS)


def test_step_1_shows_the_products_the_report_got_wrong(steps):
    page = text_of(rnn_text.step_html(steps[0], VOCAB))
    assert "Step t = 1" in page and "x_1 = [0, 0, 1, 1, 1], h_0 = [0, 0]" in page
    assert "row 1: 1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2" in page         # W_hx x_1 = [2, 2], not [1, 1]
    assert "row 2: 0·0 + 1·0 + 1·1 + 0·1 + 1·1 = 2" in page
    assert "max(0, 2) = 2, max(0, 2) = 2" in page                   # h_1 = ReLU(a_1)
    assert "h_1 = ReLU(a_1)" in page and "[2, 2]" in page
    assert "word 1: (-5)·2 + (-5)·2 + 0 = -20" in page
    assert "Cat: 2·2 + 2·2 + 0 = 8" in page
    assert "[-20, 6, 6, 8, 4, 5.8]" in page                          # y_1
    assert "largest entry of y_1: entry 4 (8)" in page and "“Cat”" in page
    assert "placeholder" not in page


def test_step_2_and_3_carry_the_hidden_state(steps):
    page = text_of(rnn_text.step_html(steps[1], VOCAB))
    assert "x_2 = [1, -2, 0, 1, 1], h_1 = [2, 2]" in page
    assert "[2, -1] + [2, 2] + [0, 0]" in page and "[4, 1]" in page  # a_2 = W_hx x_2 + W_hh h_1
    assert "[-25, 3, 6, 10, 11, 11.6]" in page
    assert "entry 6 (11.6)" in page and "“word 6”" in page           # not “staring” (11)
    page = text_of(rnn_text.step_html(steps[2], VOCAB, lost=[4]))
    assert "h_2 = [4, 1]" in page and "[3, 4]" in page
    assert "[-35, 12, 11, 14, 5, 8.7]" in page and "“Cat”" in page
    assert "x_3 entry 5 is a placeholder (lost in the report): the numbers below use 0." in page


def test_other_activations_and_the_softmax_line(steps):
    s = rnn.run(W_HX, W_HH, W_YH, XS, activation="tanh")[0]
    page = text_of(rnn_text.step_html(s))
    assert "tanh(2) = 0.964" in page and "h_1 = tanh(a_1)" in page
    assert "word 4: 2·0.964 + 2·0.964 + 0 = 3.856" in page          # no vocabulary: numbered words
    assert "“word 4”" in page
    ident = text_of(rnn_text.step_html(rnn.run(W_HX, W_HH, W_YH, XS, activation="identity")[0]))
    assert "h = a" in ident
    page = text_of(rnn_text.step_html(steps[0], VOCAB))
    assert "p_i = e^(y_i − 8) / Σ_j e^(y_j − 8)" in page
    # one format for the row and the vector: 3 significant digits, never 0 for e^-30
    assert "Cat: 0.714" in page and "[4.94e-13, 0.0967, 0.0967, 0.714, 0.0131, 0.0792]" in page
    assert "0.097," not in page


def test_attention_html_shows_the_exercise_3b_weights():
    inputs = [[4, 0], [0, 4], [0, 0], [0, 0]]
    page = text_of(rnn_text.attention_html(attention.scaled_dot_product([[0, 0]], inputs, inputs)))
    assert "Q 1×2, K 4×2, V 4×2" in page
    assert "q_1·k_1 = 4·0 + 0·0 = 0" in page
    assert "S / √2 = S · 0.7071" in page
    assert "[0.25, 0.25, 0.25, 0.25]" in page                        # every weight 1/4
    assert page.count("[1, 1]") == 2                                 # Z and the mean C
    assert "equals Z: all weights are equal" in page
    three = attention.scaled_dot_product([[0, 0], [1, 0], [0, 2]], inputs, inputs, scale=False)
    page = text_of(rnn_text.attention_html(three))
    assert "no scaling" in page and "equals Z for q_1 (equal weights)" in page
    many = attention.scaled_dot_product(np.zeros((4, 2)), inputs, inputs)   # 16 pairs: only q_1 written
    assert "likewise for q_2 … q_4" in text_of(rnn_text.attention_html(many))


def test_a_typed_prediction_is_a_word_or_an_entry_number():
    assert rnn_text.word_index("cat", VOCAB, 6) == 3
    assert rnn_text.word_index(" Staring ", VOCAB, 6) == 4
    assert rnn_text.word_index("6", VOCAB, 6) == 5
    for bad in ("dog", "0", "7"):
        with pytest.raises(ValueError, match="neither a word"):
            rnn_text.word_index(bad, VOCAB, 6)
    assert rnn_text.word(1, VOCAB) == "<stop>" and rnn_text.word(7, VOCAB) == "word 8"
    assert rnn_text.word(0, ["", "b"]) == "word 1"


def test_plot_tables(steps):
    table, header = rnn_text.softmax_table(steps[0])
    assert header == ["entry", "y_1", "p_1"] and table.shape == (6, 3)
    np.testing.assert_allclose(table[:, 1], [-20, 6, 6, 8, 4, 5.8])
    assert table[:, 2].sum() == pytest.approx(1.0)
    table, header = rnn_text.hidden_table(steps, 2)
    assert header == ["t", "h[1]", "h[2]"]
    np.testing.assert_array_equal(table, [[0, 0, 0], [1, 2, 2], [2, 4, 1]])
    assert rnn_text.hidden_table(steps)[0].shape == (4, 3)
    assert rnn_text.vec([0.12345, 2]) == "[0.1235, 2]"
