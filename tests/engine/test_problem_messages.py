"""The engine's messages as templates (engine.texts.Problem): the English text is the one the
f-strings gave, and a translation fills the translated template, nested messages included."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from nnlab_gui.engine import arg_checks, cnn_rows, cnn_text, matrix_text, safe_expr
from nnlab_gui.engine.texts import Problem

FAKE = {
    "row {i}, entry {j}: {why}": "ROW {i} ENTRY {j} -> {why}",
    "{text} is not a number": "NOT-A-NUMBER {text}",
    "{name} must be a whole number{range}": "{name} WHOLE{range}",
    " from {lo} to {hi}": " IN {lo}..{hi}",
    "{want}, got {value}": "{want}; GOT {value}",
    "statement {n} '{text}': token '{token}': {why}": "S{n} [{token}] {why}",
    "needs {a} and {b}": "NEED {a} + {b}",
    "filters": "FILTERS",
    "kernel": "KERNEL",
    "row {r}, {column}: {why}": "R{r}/{column}: {why}",
    "kernel F": "KERNEL-F",
}


def fake_tr(text: str) -> str:
    return FAKE.get(text, text)


def problem_of(call, *args):
    with pytest.raises(ValueError) as info:
        call(*args)
    assert isinstance(info.value, Problem)
    return info.value


def test_str_is_the_english_message_and_braces_of_a_plain_message_survive():
    assert str(Problem("row {i} is empty", i=3)) == "row 3 is empty"
    assert str(Problem("use [[1,0],[0,1]] or {braces}")) == "use [[1,0],[0,1]] or {braces}"
    assert Problem("{n:,} layers", n=12345).text() == "12,345 layers"
    p = Problem("{a} and {b}", a=1, b=Problem("x {y}", y=2))
    assert p.args == ("{a} and {b}",) and p.template_kwargs["a"] == 1
    assert str(pickle.loads(pickle.dumps(p))) == "1 and x 2"


def test_parse_matrix_message_is_the_old_english_and_translates_nested():
    p = problem_of(matrix_text.parse_matrix, "1 x")
    assert str(p) == f"row 1, entry 2: {'x'!r} is not a number"
    assert p.text(fake_tr) == "ROW 1 ENTRY 2 -> NOT-A-NUMBER 'x'"
    p = problem_of(matrix_text.parse_matrix, "1 2; 3")
    assert str(p) == "row 2 has 1 entries but row 1 has 2: rows must be equally long"
    p = problem_of(matrix_text.parse_number, "1/0")
    assert str(p) == "'1/0': division by zero"


def test_cnn_text_message_nests_the_statement_and_the_words():
    p = problem_of(cnn_text.parse_text, "input 28x28; conv 3")
    assert str(p) == "statement 2 'conv 3': token 'conv': needs filters and kernel"
    assert p.text(fake_tr) == "S2 [conv] NEED FILTERS + KERNEL"


def test_cnn_rows_bad_cells_are_translated_through_tr():
    _layers, bad = cnn_rows.layers_from_rows([["conv", "8", "x", "1", "0", "1", "", ""]])
    assert bad == {(0, 2): "row 1, kernel F: 'x' is not a whole number like 3 or 5x3"}
    _layers, bad = cnn_rows.layers_from_rows([["conv", "8", "x", "1", "0", "1", "", ""]], fake_tr)
    assert bad == {(0, 2): "R1/KERNEL-F: 'x' is not a whole number like 3 or 5x3"}


def test_arg_checks_are_problems_with_the_old_english():
    p = problem_of(arg_checks.integer, "restarts", 0, 1, 10000)
    assert isinstance(p, arg_checks.BadArgument)
    assert str(p) == "restarts must be a whole number from 1 to 10000, got 0"
    assert p.text(fake_tr) == "restarts WHOLE IN 1..10000; GOT 0"
    assert str(problem_of(arg_checks.array, "X", np.zeros((3, 5)), (4, "m"))) == \
        "X has shape (3, 5), expected (4, m)"
    assert str(problem_of(arg_checks.real, "lr", float("inf"), 0, None)) == "lr must be a finite number ≥ 0, got inf"
    assert str(arg_checks.BadArgument("plain {text}")) == "plain {text}"


def test_safe_expr_messages_are_problems():
    p = problem_of(safe_expr.parse_expr, "s % 2")
    assert str(p) == "the operator in 's % 2' is not allowed (use + - * / ** only)"
    p = problem_of(safe_expr.parse_expr, "1 +")
    assert p.text(lambda t: {"invalid syntax": "BAD SYNTAX"}.get(t, t)) == "cannot parse '1 +': BAD SYNTAX"
