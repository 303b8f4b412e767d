"""Matrices typed or pasted as text, read without ``eval``.

Accepted forms (all give the same 2×2 array)::

    [[1, 0], [0, 1]]          numpy / Python nested lists (``np.array(...)`` around it is fine)
    [1 0; 0 1]    1 0; 0 1    MATLAB: ``;`` or a new line ends a row, spaces or commas separate
    1,0\\n0,1                  plain rows (CSV, tab-separated cells copied from a spreadsheet)

A one-row text is a row vector ``(1, n)``; a MATLAB transpose mark after the closing
bracket (``[1 2 3]'``) makes it a column.  ``−`` (U+2212, as in the course notes) reads as a
minus sign.  Every entry must be a finite real number; simple fractions ``a/b`` are allowed
in single cells (``parse_number``).  Ragged rows, empty text, ``nan``/``inf`` and anything
that is not a number raise ``ValueError`` naming the row and entry at fault.

Nested-list text is read with :func:`ast.literal_eval` (literals only); the MATLAB/plain
form by a small tokenizer.  ``format_matrix`` writes a matrix back in either style.
"""

from __future__ import annotations

import ast
import math
import re

import numpy as np

__all__ = ["parse_matrix", "parse_number", "format_matrix", "format_number"]

_MAX_TEXT = 200_000
_MINUS = {"\u2212": "-", "\u2013": "-", "\u2012": "-", "\ufe63": "-", "\uff0d": "-"}
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_ARRAY_WRAPPER = re.compile(r"^(?:(?:np|numpy)\s*\.\s*)?array\s*\((.*)\)$", re.S)


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"matrix text must be a string, got {type(text).__name__}")
    if len(text) > _MAX_TEXT:
        raise ValueError(f"matrix text is too long ({len(text)} characters; at most {_MAX_TEXT})")
    for bad, good in _MINUS.items():
        text = text.replace(bad, good)
    return text.replace("\u00a0", " ").strip()


def parse_number(text: str) -> float:
    """One cell: ``2``, ``-0.5``, ``2.9``, ``1e-3``, ``−1`` or a fraction ``1/3``."""
    s = _clean(str(text)).replace(" ", "")
    if not s:
        raise ValueError("empty cell: type a number")
    if s.count("/") == 1:
        num, den = s.split("/")
        a, b = parse_number(num), parse_number(den)
        if b == 0:
            raise ValueError(f"{text!r}: division by zero")
        return a / b
    if not _NUMBER.match(s):
        raise ValueError(f"{text!r} is not a number (write e.g. 2, -0.5, 1e-3 or 1/3)")
    return float(s)


def _from_nested(obj, text: str) -> np.ndarray:
    def number(v, where):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise ValueError(f"{where} is {v!r}, not a real number")
        if not math.isfinite(v):
            raise ValueError(f"{where} is {v!r}: entries must be finite")
        return float(v)

    if isinstance(obj, (int, float)) and not isinstance(obj, bool):
        return np.array([[number(obj, "the value")]])
    if not isinstance(obj, (list, tuple)) or len(obj) == 0:
        raise ValueError(f"{text[:40]!r} is not a list of numbers or a list of rows")
    if all(not isinstance(r, (list, tuple)) for r in obj):
        return np.array([[number(v, f"entry {j + 1}") for j, v in enumerate(obj)]])
    rows = []
    for i, r in enumerate(obj):
        if not isinstance(r, (list, tuple)):
            raise ValueError(f"row {i + 1} is {r!r}, not a list: mix of numbers and rows")
        if len(r) == 0:
            raise ValueError(f"row {i + 1} is empty")
        rows.append([number(v, f"row {i + 1}, entry {j + 1}") for j, v in enumerate(r)])
    _check_ragged(rows)
    return np.array(rows, dtype=float)


def _check_ragged(rows: list[list[float]]) -> None:
    n = len(rows[0])
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != n:
            raise ValueError(f"row {i} has {len(r)} entries but row 1 has {n}: rows must be equally long")


def _from_rows(text: str) -> np.ndarray:
    transpose = False
    body = text
    if body.endswith("'"):
        transpose = True
        body = body[:-1].rstrip()
    if body.startswith("[") and body.endswith("]"):
        body = body[1:-1]
    elif transpose:
        raise ValueError("a transpose mark ' must follow a bracketed matrix, e.g. [1 2 3]'")
    if "[" in body or "]" in body:
        raise ValueError("unbalanced or nested brackets: use [[1,0],[0,1]] or [1 0; 0 1]")
    raw_rows = [r for r in re.split(r"[;\n\r]+", body)]
    rows: list[list[float]] = []
    for line in raw_rows:
        line = line.strip().strip(",").strip()
        if not line:
            continue
        tokens = [t for t in re.split(r"[,\s]+", line) if t]
        row = []
        for j, tok in enumerate(tokens):
            try:
                row.append(parse_number(tok))
            except ValueError:
                raise ValueError(f"row {len(rows) + 1}, entry {j + 1}: {tok!r} is not a number") from None
        rows.append(row)
    if not rows:
        raise ValueError("no numbers found: type e.g. [[1, 0], [0, 1]] or 1 0; 0 1")
    _check_ragged(rows)
    a = np.array(rows, dtype=float)
    return a.T.copy() if transpose else a


def parse_matrix(text: str) -> np.ndarray:
    """Read a 2-D float matrix from numpy-, MATLAB- or plain-row text (see module doc)."""
    s = _clean(text)
    if not s:
        raise ValueError("empty text: type e.g. [[1, 0], [0, 1]] or 1 0; 0 1")
    m = _ARRAY_WRAPPER.match(s)
    if m:
        s = m.group(1).strip()
    compact = re.sub(r"\s+", "", s)
    if compact.startswith("[") or compact.startswith("("):
        try:
            obj = ast.literal_eval(s)
        except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
            if compact.startswith("[[") or compact.startswith("("):
                raise ValueError(
                    "could not read the nested lists: check brackets and commas, e.g. [[1, 0], [0, 1]]"
                ) from None
        else:
            return _from_nested(obj, s)
    return _from_rows(s)


def format_number(v: float, digits: int = 6) -> str:
    """Shortest readable form: ``2``, ``-0.5``, ``2.9``, ``0.333333``."""
    v = float(v)
    if v == 0:
        return "0"
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return f"{v:.{digits}g}"


def format_matrix(a, style: str = "numpy", digits: int = 6) -> str:
    """Write ``a`` as ``[[1, 0], [0, 1]]`` (``style="numpy"``) or ``[1 0; 0 1]`` (``"matlab"``)."""
    a = np.atleast_2d(np.asarray(a, dtype=float))
    if a.ndim != 2:
        raise ValueError(f"format_matrix needs a 2-D array, got shape {a.shape}")
    rows = [[format_number(v, digits) for v in r] for r in a]
    if style == "numpy":
        return "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"
    if style == "matlab":
        return "[" + "; ".join(" ".join(r) for r in rows) + "]"
    raise ValueError(f"unknown style {style!r}: use 'numpy' or 'matlab'")
