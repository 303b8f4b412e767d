"""Matrix text parser: numpy, MATLAB and plain-row forms; refusals with clear messages; no eval."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine.matrix_text import format_matrix, parse_matrix, parse_number

EYE = [[1.0, 0.0], [0.0, 1.0]]


@pytest.mark.parametrize("text", [
    "[[1,0],[0,1]]", "[[1, 0], [0, 1]]", "np.array([[1, 0], [0, 1]])", "array([[1.0, 0.], [0, 1]])",
    "1 0; 0 1", "[1 0; 0 1]", "[1, 0; 0, 1]", "1,0\n0,1", "1\t0\n0\t1\n", "  [1 0\n 0 1]  ",
    "((1, 0), (0, 1))",
])
def test_forms_give_the_same_matrix(text):
    a = parse_matrix(text)
    assert a.dtype == float and a.shape == (2, 2)
    np.testing.assert_array_equal(a, EYE)


def test_vectors_and_transpose_and_unicode_minus():
    np.testing.assert_array_equal(parse_matrix("[1, 2, 3]"), [[1, 2, 3]])
    np.testing.assert_array_equal(parse_matrix("[1 2 3]"), [[1, 2, 3]])
    np.testing.assert_array_equal(parse_matrix("[1 2 3]'"), [[1], [2], [3]])
    np.testing.assert_array_equal(parse_matrix("[[−5, −5], [0, 3], [2.9, 0]]"), [[-5, -5], [0, 3], [2.9, 0]])
    np.testing.assert_array_equal(parse_matrix("1e-3 -.5 +2"), [[0.001, -0.5, 2]])
    np.testing.assert_array_equal(parse_matrix("7"), [[7]])


@pytest.mark.parametrize("text, words", [
    ("", "empty"),
    ("   ", "empty"),
    ("[[1,2],[3]]", "row 2 has 1 entries but row 1 has 2"),
    ("1 2; 3", "row 2 has 1 entries but row 1 has 2"),
    ("1 x; 3 4", "row 1, entry 2: 'x' is not a number"),
    ("[[1, 'a']]", "row 1, entry 2"),
    ("nan 1", "'nan' is not a number"),
    ("[[1e999, 1]]", "finite"),
    ("[[True, 1]]", "not a real number"),
    ("[[1,2]", "nested lists"),
    ("[1 2]]", "brackets"),
    ("__import__('os').system('true')", "not a number"),
    ("[[1, 2], [3, __import__('os')]]", "nested lists"),
    ("{1: 2}", "not a number"),
    ("[[]]", "row 1 is empty"),
])
def test_malformed_text_is_refused_with_a_reason(text, words):
    with pytest.raises(ValueError, match=None) as info:
        parse_matrix(text)
    assert words in str(info.value)


def test_never_evaluates_code(monkeypatch):
    import builtins

    def boom(*a, **k):
        raise AssertionError("eval used")

    monkeypatch.setattr(builtins, "eval", boom)
    np.testing.assert_array_equal(parse_matrix("[[1,0],[0,1]]"), EYE)
    with pytest.raises(ValueError):
        parse_matrix("(lambda: 1)()")


def test_parse_number():
    assert parse_number("2") == 2.0
    assert parse_number("−1.5") == -1.5
    assert parse_number(" 1/4 ") == 0.25
    for bad in ("", "inf", "1/0", "two", "1,5"):
        with pytest.raises(ValueError):
            parse_number(bad)


def test_format_round_trips():
    rng = np.random.default_rng(3)
    a = np.round(rng.normal(size=(3, 4)), 3)
    for style in ("numpy", "matlab"):
        np.testing.assert_array_equal(parse_matrix(format_matrix(a, style)), a)
    assert format_matrix([[1, 0], [0, 1]]) == "[[1, 0], [0, 1]]"
    assert format_matrix([[1, 0], [0, 1]], "matlab") == "[1 0; 0 1]"
    with pytest.raises(ValueError):
        format_matrix(a, "latex")


# ----------------------------------------------------------------------------- hardening (issue 14)
@pytest.mark.parametrize("text", ["[[" + "1" * 400 + ", 2]]", "1" * 400 + " 2", "1e309 1", "[-1e309]",
                                  "[[1e400]]", "1e300/1e-300 2"])
def test_numbers_that_overflow_are_refused_not_inf(text):
    with pytest.raises(ValueError) as info:
        parse_matrix(text)
    assert "finite" in str(info.value) or "too" in str(info.value)


def test_a_cell_of_1e309_is_refused():
    for cell in ("1e309", "-1e309", "9" * 400, "1e300/1e-300"):
        with pytest.raises(ValueError):
            parse_number(cell)


def test_format_number_never_raises():
    from nnlab_gui.engine.matrix_text import format_number

    assert format_number(float("inf")) == "inf"
    assert format_number(float("-inf")) == "-inf"
    assert format_number(float("nan")) == "nan"
    assert format_number(1e300) == "1e+300"
    assert format_number(np.float32(2.0)) == "2"
    assert format_number("x") == "x" and format_number(None) == "None"


def test_a_long_token_is_refused_in_linear_time():
    import time

    t0 = time.perf_counter()
    for text in ("1" * 50_000 + "x", "1" * 150_000):
        with pytest.raises(ValueError, match="too long"):
            parse_matrix(text)
    assert time.perf_counter() - t0 < 0.5


def test_matrices_have_a_size_limit():
    from nnlab_gui.engine.matrix_text import MAX_ENTRIES

    ok = "; ".join([" ".join(["1"] * 100)] * 100)
    assert parse_matrix(ok).shape == (100, 100) and MAX_ENTRIES == 10_000
    for text in ("; ".join([" ".join(["1"] * 120)] * 120), "[" + ", ".join(["[0, 0]"] * 6000) + "]"):
        with pytest.raises(ValueError, match="10,000"):
            parse_matrix(text)
