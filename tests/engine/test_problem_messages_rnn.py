"""The RNN, Attention and RNN-text messages as templates (engine.texts.Problem), and the RNN
page's "Check my answer" verdict as Phrases: each bad input raises a Problem whose English
text is the one the f-strings gave (the old messages, unchanged), and whose translation fills
the translated template (nested argument names and descriptions included); a verdict is a
``str`` equal to the old English sentence that ``text(tr_)`` shows translated, the numbers,
vectors and formulas kept.  Also the CNN's "'same' needs F' + OP ≥ S" inside a layer error."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine import arg_checks, attention, rnn, rnn_handout, rnn_text
from nnlab_gui.engine.cnn import summarize
from nnlab_gui.engine.cnn_layers import ConvTranspose2d, LayerError
from nnlab_gui.engine.texts import Phrase, Problem

FAKE = {
    # arg_checks' own templates, so the nested names show
    "{name} must be a whole number{range}": "{name} WHOLE{range}",
    " from {lo} to {hi}": " IN {lo}..{hi}",
    "{want}, got {value}": "{want}; GOT {value}",
    "{name} must be {what}, got {value}": "{name} IS-NOT {what}: {value}",
    # rnn_cell
    "{name} contains NaN or inf": "{name} NAN/INF",
    "{name} must be a non-empty matrix, got shape {shape}": "{name} EMPTY? {shape}",
    "{name} is {shape}; each size may be at most {most}": "{name} {shape} > {most}",
    "{name} is {shape} but {owner} is {owner_shape}: {name} needs {n} entries ({what})":
        "{name} {shape} / {owner} {owner_shape} -> {n} ({what})",
    "one per hidden unit, the rows of W_hx": "ONE PER HIDDEN UNIT",
    "unknown activation {value}; one of {options}": "ACTIVATION? {value} [{options}]",
    "xs must hold one input x_t per row (T×D), got shape {shape}": "XS T×D NOT {shape}",
    "xs has {rows} rows (time steps); at most {most}": "XS {rows} > {most}",
    "W_hh is {shape} but W_hx is {hx_shape}: W_hh must be {H}×{H} (H = {H}, the rows of W_hx)":
        "WHH {shape} WHX {hx_shape} -> {H}×{H}",
    "W_hx is {shape} but xs is {xs_shape}: each x_t (a row of xs) needs {D} entries, the columns of W_hx":
        "WHX {shape} XS {xs_shape} -> {D}",
    "W_yh is {shape} but W_hh is {hh_shape}: W_yh needs H = {H} columns": "WYH {shape} WHH {hh_shape} -> {H}",
    "the numbers overflow at step t = {t}: {what} is not finite (beyond ±1.8e308); use smaller weights or inputs":
        "OVERFLOW t={t} {what}",
    "unknown quantity {value}; one of {options}": "QUANTITY? {value} [{options}]",
    "t (the time step)": "T (STEP)",
    # attention
    "axis must be an axis of z (shape {shape}), got {value}": "AXIS {shape}: {value}",
    "{name} must be a matrix (2-D), got shape {shape}": "{name} 2-D? {shape}",
    "{name} is empty (shape {shape})": "{name} EMPTY {shape}",
    "Q is {q_shape} and K is {k_shape}: queries and keys need the same width d_k (Q has {q_columns} columns, "
    "K has {k_columns})": "Q {q_shape} K {k_shape} d_k {q_columns}/{k_columns}",
    "K is {k_shape} and V is {v_shape}: there must be one value per key (K has {k_rows} rows, V has {v_rows})":
        "K {k_shape} V {v_shape} {k_rows}/{v_rows}",
    "Q is {q_shape}, K {k_shape}, V {v_shape}: the scores (q × k = {scores:,}) and the output (q × d_v = "
    "{outputs:,}) may have at most {most:,} entries each": "QKV {scores:,} {outputs:,} > {most:,}",
    "the scores Q Kᵀ overflow the float range (beyond ±1.8e308): use smaller queries or keys": "SCORES OVERFLOW",
    # rnn_handout, rnn_text
    "v has {size} entries but W is {rows}×{columns}: v needs {columns}": "V {size} W {rows}×{columns}",
    "steps must be a list of RnnStep (what rnn.run returns), got {value}": "STEPS? {value}",
    "vocab must be a list of words (strings) or None, got {value}": "VOCAB/NONE? {value}",
    "vocab must be a list of words (strings), got {value}": "VOCAB? {value}",
    "i (the entry)": "I (ENTRY)",
    "{name} must be a non-empty list of RnnStep (what rnn.run returns), got {value}": "{name} STEPS? {value}",
    "text (the typed prediction) must be a string, got {value}": "TEXT? {value}",
    "n (the entries of y_t)": "N (ENTRIES)",
    "{value} is neither a word of the vocabulary nor an entry number 1–{n}": "{value} NOT WORD 1–{n}",
    "lost must be a list of entry indices of x_t, got {value}": "LOST? {value}",
    "lost (an entry of x_t)": "LOST (ENTRY)",
    "s (the step)": "S (STEP)",
    "an RnnStep (one entry of rnn.run's steps)": "AN RNNSTEP",
    # rnn_check
    "answers must be a mapping {form}, got {value}": "MAPPING {form}? {value}",
    "prediction must be a word index from 0 to {last}, got {value!r}": "PREDICTION 0..{last}: {value!r}",
    "{name} has {size} entries; you gave {given}": "{name} {size} NOT {given}",
    "right": "RIGHT",
    "Type a value for at least one quantity.": "TYPE ONE.",
    "All right: {values}.": "ALL RIGHT {values}.",
    "{label} = entry {n}": "{label} = ENTRY {n}",
    "prediction at t = {t}": "PREDICTION t={t}",
    "Your {label} is wrong: {detail}.": "WRONG {label}: {detail}.",
    "the largest entry of {y} is entry {entry} ({value}), you chose entry {chosen}":
        "MAX {y} = {entry} ({value}) NOT {chosen}",
    "Your arithmetic departs at {label}: you wrote {yours}, the correct value is {correct}; {detail}.":
        "DEPARTS {label}: {yours} NOT {correct}; {detail}.",
    "entry {i}: you have {yours}, correct is {correct}": "E{i}: {yours}≠{correct}",
    "{where} (row {row} of {matrix} times {vector}: {terms})": "{where} (R{row} {matrix}·{vector}: {terms})",
    "it needs {size} entries, you gave {given}": "NEEDS {size} NOT {given}",
    "You gave no value for {labels}: the slip may lie there (the correct values are {values}).":
        "NO VALUE {labels} ({values}).",
    "{labels} follows correctly from your own earlier numbers.": "{labels} FOLLOWS.",
    "{labels} follow correctly from your own earlier numbers.": "{labels} FOLLOW.",
    # cnn
    "layer {n} ({layer}): {why}": "L{n} ({layer}): {why}",
    "output height {size} is not positive": "HEIGHT {size} ≤ 0",
    "'same' needs F' + OP ≥ S": "SAME NEEDS F'+OP≥S",
}


def fake_tr(text: str) -> str:
    return FAKE.get(text, text)


def problem_of(call, *args, **kwargs) -> Problem:
    with pytest.raises(ValueError) as info:
        call(*args, **kwargs)
    assert isinstance(info.value, Problem), type(info.value)
    return info.value


def bad(call, *args, **kwargs) -> Problem:
    p = problem_of(call, *args, **kwargs)
    assert isinstance(p, arg_checks.BadArgument), type(p)
    return p


W_HX = [[1, 0, 1, 1, 0], [0, 1, 1, 0, 1]]
W_HH = [[0, 1], [1, 0]]
W_YH = [[-5, -5], [0, 3], [1, 2], [2, 2], [3, -1], [2.9, 0]]
XS = [[0, 0, 1, 1, 1], [1, -2, 0, 1, 1], [0, -1, 1, 1, 0]]


@pytest.fixture(scope="module")
def steps():
    return rnn.run(W_HX, W_HH, W_YH, XS)


# ------------------------------------------------------------------------- rnn_cell
@pytest.mark.parametrize("args, kwargs, english, fake", [
    (([[np.nan]], [[0]], [[1]], [[1]]), {}, "W_hx contains NaN or inf", "W_hx NAN/INF"),
    ((np.zeros((0, 2)), W_HH, W_YH, XS), {}, "W_hx must be a non-empty matrix, got shape 0×2", "W_hx EMPTY? 0×2"),
    ((np.ones((1001, 1)), W_HH, W_YH, XS), {}, "W_hx is 1001×1; each size may be at most 1000", "W_hx 1001×1 > 1000"),
    ((W_HX, W_HH, W_YH, XS), {"b_h": [1, 2, 3]},
     "b_h is 3 but W_hx is 2×5: b_h needs 2 entries (one per hidden unit, the rows of W_hx)",
     "b_h 3 / W_hx 2×5 -> 2 (ONE PER HIDDEN UNIT)"),
    ((W_HX, W_HH, W_YH, XS), {"activation": "gelu"}, "unknown activation 'gelu'; one of relu, tanh, sigmoid, identity",
     "ACTIVATION? 'gelu' [relu, tanh, sigmoid, identity]"),
    ((W_HX, W_HH, W_YH, np.zeros((2, 2, 2))), {}, "xs must hold one input x_t per row (T×D), got shape 2×2×2",
     "XS T×D NOT 2×2×2"),
    (([[1]], [[1]], [[1]], np.ones((1001, 1))), {}, "xs has 1001 rows (time steps); at most 1000", "XS 1001 > 1000"),
    ((W_HX, [[1, 0, 0]], W_YH, XS), {}, "W_hh is 1×3 but W_hx is 2×5: W_hh must be 2×2 (H = 2, the rows of W_hx)",
     "WHH 1×3 WHX 2×5 -> 2×2"),
    ((W_HX, W_HH, W_YH, [[1, 2]]), {},
     "W_hx is 2×5 but xs is 1×2: each x_t (a row of xs) needs 5 entries, the columns of W_hx", "WHX 2×5 XS 1×2 -> 5"),
    ((W_HX, W_HH, [[1, 2, 3]], XS), {}, "W_yh is 1×3 but W_hh is 2×2: W_yh needs H = 2 columns",
     "WYH 1×3 WHH 2×2 -> 2"),
    (([[1e300]], [[1e300]], [[1]], [[1e10]]), {"activation": "identity"},
     "the numbers overflow at step t = 1: a_1 is not finite (beyond ±1.8e308); use smaller weights or inputs",
     "OVERFLOW t=1 a_1"),
])
def test_run_refuses_bad_shapes_values_and_overflow(args, kwargs, english, fake):
    p = bad(rnn.run, *args, **kwargs)
    assert str(p) == english
    assert p.text(fake_tr) == fake


def test_quantity_label_names_the_quantities_and_the_time_step():
    p = bad(rnn.quantity_label, "zz", 1)
    assert str(p) == "unknown quantity 'zz'; one of Whx_x, Whh_h, pre, h, Wyh_h, y, probs"
    assert p.text(fake_tr) == "QUANTITY? 'zz' [Whx_x, Whh_h, pre, h, Wyh_h, y, probs]"
    p = bad(rnn.quantity_label, "h", 0)
    assert str(p) == "t (the time step) must be a whole number ≥ 1, got 0"
    assert p.text(fake_tr) == "T (STEP) WHOLE ≥ 1; GOT 0"


# ------------------------------------------------------------------------- attention
@pytest.mark.parametrize("Q, K, V, english, fake", [
    (np.ones((2, 2, 2)), [[1]], [[1]], "Q must be a matrix (2-D), got shape (2, 2, 2)", "Q 2-D? (2, 2, 2)"),
    (np.ones((1, 0)), [[1]], [[1]], "Q is empty (shape 1×0)", "Q EMPTY 1×0"),
    (np.ones((1, 10001)), [[1]], [[1]], "Q is 1×10001; each size may be at most 10000", "Q 1×10001 > 10000"),
    ([[1]], [[np.inf]], [[1]], "K contains NaN or inf", "K NAN/INF"),
    ([[1, 2]], [[1, 2, 3]], [[1]],
     "Q is 1×2 and K is 1×3: queries and keys need the same width d_k (Q has 2 columns, K has 3)",
     "Q 1×2 K 1×3 d_k 2/3"),
    ([[1]], [[1], [2]], [[1]], "K is 2×1 and V is 1×1: there must be one value per key (K has 2 rows, V has 1)",
     "K 2×1 V 1×1 2/1"),
    (np.ones((2001, 1)), np.ones((2001, 1)), np.ones((2001, 1)),
     "Q is 2001×1, K 2001×1, V 2001×1: the scores (q × k = 4,004,001) and the output (q × d_v = 2,001) may "
     "have at most 4,000,000 entries each", "QKV 4,004,001 2,001 > 4,000,000"),
    ([[1e200]], [[1e200]], [[1]], "the scores Q Kᵀ overflow the float range (beyond ±1.8e308): use smaller queries "
     "or keys", "SCORES OVERFLOW"),
])
def test_attention_refuses_bad_shapes_values_and_overflow(Q, K, V, english, fake):
    p = bad(attention.scaled_dot_product, Q, K, V)
    assert str(p) == english
    assert p.text(fake_tr) == fake


def test_softmax_names_the_axis():
    p = bad(attention.softmax, [1, 2], axis=3)
    assert str(p) == "axis must be an axis of z (shape (2,)), got 3"
    assert p.text(fake_tr) == "AXIS (2,): 3"


# ------------------------------------------------------------------------- handout and panel texts
def test_handout_and_text_arguments(steps):
    cases = [
        (rnn_handout.product_terms, ([[1, 2]], [1, 2, 3], 0), "v has 3 entries but W is 1×2: v needs 2", "V 3 W 1×2"),
        (rnn_handout.to_markdown, ("x",), "steps must be a list of RnnStep (what rnn.run returns), got 'x'",
         "STEPS? 'x'"),
        (rnn_handout.to_latex, ([], "abc"), "vocab must be a list of words (strings) or None, got 'abc'",
         "VOCAB/NONE? 'abc'"),
        (rnn_text.word, (0, "abc"), "vocab must be a list of words (strings), got 'abc'", "VOCAB? 'abc'"),
        (rnn_text.word, (-1, []), "i (the entry) must be a whole number ≥ 0, got -1", "I (ENTRY) WHOLE ≥ 0; GOT -1"),
        (rnn_text._steps, ([],), "steps must be a non-empty list of RnnStep (what rnn.run returns), got []",
         "steps STEPS? []"),
        (rnn_text.word_index, (3, [], 2), "text (the typed prediction) must be a string, got 3", "TEXT? 3"),
        (rnn_text.word_index, ("a", [], 0), "n (the entries of y_t) must be a whole number ≥ 1, got 0",
         "N (ENTRIES) WHOLE ≥ 1; GOT 0"),
        (rnn_text.word_index, ("dog", ["cat"], 3),
         "'dog' is neither a word of the vocabulary nor an entry number 1–3", "'dog' NOT WORD 1–3"),
        (rnn_text.step_html, (steps[0], (), "1"), "lost must be a list of entry indices of x_t, got '1'", "LOST? '1'"),
        (rnn_text.step_html, (steps[0], (), [7]), "lost (an entry of x_t) must be a whole number from 0 to 4, got 7",
         "LOST (ENTRY) WHOLE IN 0..4; GOT 7"),
        (rnn_text.step_html, ("s",), "s (the step) must be an RnnStep (one entry of rnn.run's steps), got 's'",
         "S (STEP) IS-NOT AN RNNSTEP: 's'"),
    ]
    for call, args, english, fake in cases:
        p = bad(call, *args)
        assert str(p) == english, call
        assert p.text(fake_tr) == fake, call


# ------------------------------------------------------------------------- check my answer (RNN)
def test_check_step_refuses_bad_answers(steps):
    s1 = steps[0]
    cases = [
        (("s", {}), "step must be an RnnStep (one entry of rnn.run's steps), got 's'", "step IS-NOT AN RNNSTEP: 's'"),
        ((s1, 5), "answers must be a mapping {quantity: value}, got 5", "MAPPING {quantity: value}? 5"),
        ((s1, {"zz": 1}), "unknown quantity 'zz'; one of Whx_x, Whh_h, pre, h, Wyh_h, y, probs, prediction",
         "QUANTITY? 'zz' [Whx_x, Whh_h, pre, h, Wyh_h, y, probs, prediction]"),
        ((s1, {"prediction": 9}), "prediction must be a word index from 0 to 5, got 9", "PREDICTION 0..5: 9"),
        ((s1, {"h": [1, 2, 3]}), "h_1 has 2 entries; you gave 3", "h_1 2 NOT 3"),
    ]
    for args, english, fake in cases:
        p = bad(rnn.check_step, *args)
        assert str(p) == english
        assert p.text(fake_tr) == fake


def test_a_slip_in_a_product_is_named_with_its_row_written_out(steps):
    res = rnn.check_step(steps[0], {"Whx_x": [1, 2]})
    english = ("Your arithmetic departs at W_hx x_1: you wrote [1, 2], the correct value is [2, 2]; entry 1: you "
               "have 1, correct is 2 (row 1 of W_hx times x_1: 1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2).")
    assert isinstance(res.message, Phrase) and res.message == english and str(res.message) == english
    assert res.message.text(fake_tr) == ("DEPARTS W_hx x_1: [1, 2] NOT [2, 2]; E1: 1≠2 (R1 W_hx·x_1: "
                                         "1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2).")
    v = res.verdict("Whx_x")
    assert v.detail.text(fake_tr) == "E1: 1≠2 (R1 W_hx·x_1: 1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2)"
    res = rnn.check_step(steps[1], {"Whh_h": [0, 0]})
    assert "(row 1 of W_hh times h_1: 0·2 + 1·2 = 2)" in res.message
    assert "(R1 W_hh·h_1: 0·2 + 1·2 = 2)" in res.message.text(fake_tr)


def test_a_missing_earlier_value_and_a_carried_slip_are_named(steps):
    s1 = steps[0]
    res = rnn.check_step(s1, {"h": [1, 1]})
    assert res.message == ("Your arithmetic departs at h_1: you wrote [1, 1], the correct value is [2, 2]; entry 1: "
                           "you have 1, correct is 2. You gave no value for W_hx x_1, W_hh h_0, a_1 = W_hx x_1 + "
                           "W_hh h_0 + b_h: the slip may lie there (the correct values are W_hx x_1 = [2, 2], W_hh h_0 "
                           "= [0, 0], a_1 = W_hx x_1 + W_hh h_0 + b_h = [2, 2]).")
    assert res.message.text(fake_tr) == ("DEPARTS h_1: [1, 1] NOT [2, 2]; E1: 1≠2. NO VALUE W_hx x_1, W_hh h_0, a_1 = "
                                         "W_hx x_1 + W_hh h_0 + b_h (W_hx x_1 = [2, 2], W_hh h_0 = [0, 0], a_1 = W_hx "
                                         "x_1 + W_hh h_0 + b_h = [2, 2]).")
    res = rnn.check_step(s1, {"Whx_x": [1, 1], "pre": [1, 1], "h": [1, 1]})
    assert res.message.endswith(" a_1 = W_hx x_1 + W_hh h_0 + b_h, h_1 follow correctly from your own earlier numbers.")
    assert res.message.text(fake_tr).endswith(" a_1 = W_hx x_1 + W_hh h_0 + b_h, h_1 FOLLOW.")
    res = rnn.check_step(s1, {"Whx_x": [1, 1], "pre": [1, 1]})
    assert res.message.text(fake_tr).endswith(" a_1 = W_hx x_1 + W_hh h_0 + b_h FOLLOWS.")


def test_the_prediction_and_all_right_and_nothing_typed(steps):
    s1 = steps[0]
    res = rnn.check_step(s1, {"y": s1.y, "prediction": 0})
    assert res.message == ("Your prediction at t = 1 is wrong: the largest entry of y_1 is entry 4 (8), you chose "
                           "entry 1.")
    assert res.message.text(fake_tr) == "WRONG PREDICTION t=1: MAX y_1 = 4 (8) NOT 1."
    res = rnn.check_step(s1, {"Whx_x": [2, 2], "prediction": 3})
    assert res.all_right
    assert res.message == "All right: W_hx x_1 = [2, 2], prediction at t = 1 = entry 4."
    assert res.message.text(fake_tr) == "ALL RIGHT W_hx x_1 = [2, 2], PREDICTION t=1 = ENTRY 4."
    assert res.verdict("Whx_x").detail == "right" and res.verdict("Whx_x").detail.text(fake_tr) == "RIGHT"
    res = rnn.check_step(s1, {})
    assert res.message == "Type a value for at least one quantity." and res.message.text(fake_tr) == "TYPE ONE."


def test_the_english_verdict_is_a_plain_str_for_the_tests_and_the_command_line(steps):
    res = rnn.check_step(steps[0], {"h": [1, 1]})
    assert res.message.startswith("Your arithmetic departs at h_1")
    assert res.message.text() == str(res.message)
    assert "departs" in res.message and res.message.template


# ------------------------------------------------------------------------- CNN: 'same' transposed
def test_a_same_transposed_convolution_that_cannot_exist_names_its_need():
    p = problem_of(summarize, (4, 4, 1), [ConvTranspose2d(1, 1, stride=3, padding="same")])
    assert isinstance(p, LayerError)
    assert str(p) == "layer 1 (deconv 1 1 s3 psame): output height 'same' needs F' + OP ≥ S is not positive"
    assert p.text(fake_tr) == "L1 (deconv 1 1 s3 psame): HEIGHT SAME NEEDS F'+OP≥S ≤ 0"
