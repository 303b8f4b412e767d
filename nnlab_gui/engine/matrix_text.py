"""Matrices typed or pasted as text, read without ``eval``.

Accepted forms (all give the same 2×2 array)::

    [[1, 0], [0, 1]]          numpy / Python nested lists (``np.array(...)`` around it is fine)
    [1 0; 0 1]    1 0; 0 1    MATLAB: ``;`` or a new line ends a row, spaces or commas separate
    1,0\\n0,1                  plain rows (CSV, tab-separated cells copied from a spreadsheet)

A one-row text is a row vector ``(1, n)``; a MATLAB transpose mark after the closing
bracket (``[1 2 3]'``) makes it a column.  ``−`` (U+2212, as in the course notes) reads as a
minus sign.  Every entry must be a finite real number; simple fractions ``a/b`` are allowed
in single cells (``parse_number``).  Ragged rows, empty text, ``nan``/``inf`` and anything
that is not a number raise ``ValueError`` naming the row and entry at fault; so do numbers
that overflow (``1e309``, a 400-digit integer): they are refused, never turned into inf.

Limits: a text of at most ``MAX_TEXT`` = 200,000 characters, a number of at most
``MAX_NUMBER`` = 100 characters (a float needs 25) and a matrix of at most
``MAX_ENTRIES`` = 10,000 entries (the lab's matrices are a few rows; an editor shows one
cell per entry, and 10⁴ cells still build in a blink).  ``format_number`` never raises:
``inf``, ``-inf`` and ``nan`` are written as such.

Nested-list text is read with :func:`ast.literal_eval` (literals only); the MATLAB/plain
form by a small tokenizer.  ``format_matrix`` writes a matrix back in either style.
"""

from __future__ import annotations

import ast
import math
import re

import numpy as np

from nnlab_gui.engine import numbers
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["parse_matrix", "parse_number", "format_matrix", "format_number",
           "MAX_TEXT", "MAX_NUMBER", "MAX_ENTRIES"]

MAX_TEXT = 200_000
MAX_NUMBER = 100
MAX_ENTRIES = 10_000
_MAX_TEXT = MAX_TEXT
_MINUS = {"\u2212": "-", "\u2013": "-", "\u2012": "-", "\ufe63": "-", "\uff0d": "-"}
# no nested quantifiers over the same digits: linear time on any token
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_ARRAY_WRAPPER = re.compile(r"^(?:(?:np|numpy)\s*\.\s*)?array\s*\((.*)\)$", re.S)


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise Problem(N_("matrix text must be a string, got {type}"), type=type(text).__name__)
    if len(text) > MAX_TEXT:
        raise Problem(N_("matrix text is too long ({n:,} characters; at most {most:,})"), n=len(text), most=MAX_TEXT)
    for bad, good in _MINUS.items():
        text = text.replace(bad, good)
    return text.replace("\u00a0", " ").strip()


def _shown(text) -> str:
    t = str(text)
    return repr(t) if len(t) <= 30 else repr(t[:27] + "...")


def parse_number(text: str) -> float:
    """One cell: ``2``, ``-0.5``, ``2.9``, ``1e-3``, ``−1`` or a fraction ``1/3``; finite only."""
    s = _clean(str(text)).replace(" ", "")
    if not s:
        raise Problem(N_("empty cell: type a number"))
    if len(s) > MAX_NUMBER:
        raise Problem(N_("{text} is too long for a number ({n:,} characters; at most {most})"),
                      text=_shown(s), n=len(s), most=MAX_NUMBER)
    if s.count("/") == 1:
        num, den = s.split("/")
        a, b = parse_number(num), parse_number(den)
        if b == 0:
            raise Problem(N_("{text}: division by zero"), text=_shown(text))
        v = a / b
        if not math.isfinite(v):
            raise Problem(N_("{text} is too large: numbers must be finite (at most about ±1.8e308)"),
                          text=_shown(text))
        return v
    if not _NUMBER.match(s):
        raise Problem(N_("{text} is not a number (write e.g. 2, -0.5, 1e-3 or 1/3)"), text=_shown(text))
    v = float(s)
    if not math.isfinite(v):
        raise Problem(N_("{text} is too large: numbers must be finite (at most about ±1.8e308)"), text=_shown(text))
    return v


def _from_nested(obj, text: str) -> np.ndarray:
    def number(v, where):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise Problem(N_("{where} is {value}, not a real number"), where=where, value=_shown(repr(v)))
        try:
            f = float(v)
        except OverflowError:
            f = math.inf
        if not math.isfinite(f):
            if isinstance(v, int) or not math.isnan(f):
                raise Problem(N_("{where} is too large: entries must be finite (at most about ±1.8e308)"), where=where)
            raise Problem(N_("{where} is not a number: entries must be finite (at most about ±1.8e308)"), where=where)
        return f

    if isinstance(obj, (int, float)) and not isinstance(obj, bool):
        return np.array([[number(obj, Problem(N_("the value")))]])
    if not isinstance(obj, (list, tuple)) or len(obj) == 0:
        raise Problem(N_("{text} is not a list of numbers or a list of rows"), text=repr(text[:40]))
    if all(not isinstance(r, (list, tuple)) for r in obj):
        _check_size(1, len(obj))
        return np.array([[number(v, Problem(N_("entry {j}"), j=j + 1)) for j, v in enumerate(obj)]])
    _check_size(len(obj), max(len(r) if isinstance(r, (list, tuple)) else 1 for r in obj))
    rows = []
    for i, r in enumerate(obj):
        if not isinstance(r, (list, tuple)):
            raise Problem(N_("row {i} is {value}, not a list: mix of numbers and rows"), i=i + 1, value=repr(r))
        if len(r) == 0:
            raise Problem(N_("row {i} is empty"), i=i + 1)
        rows.append([number(v, Problem(N_("row {i}, entry {j}"), i=i + 1, j=j + 1)) for j, v in enumerate(r)])
    _check_ragged(rows)
    return np.array(rows, dtype=float)


def _check_size(rows: int, cols: int) -> None:
    if rows * cols > MAX_ENTRIES:
        raise Problem(N_("the matrix is too large ({rows:,}×{cols:,} = {n:,} entries; at most {most:,})"),
                      rows=rows, cols=cols, n=rows * cols, most=MAX_ENTRIES)


def _check_ragged(rows: list[list[float]]) -> None:
    n = len(rows[0])
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != n:
            raise Problem(N_("row {i} has {k} entries but row 1 has {n}: rows must be equally long"), i=i, k=len(r), n=n)


def _from_rows(text: str) -> np.ndarray:
    transpose = False
    body = text
    if body.endswith("'"):
        transpose = True
        body = body[:-1].rstrip()
    if body.startswith("[") and body.endswith("]"):
        body = body[1:-1]
    elif transpose:
        raise Problem(N_("a transpose mark ' must follow a bracketed matrix, e.g. [1 2 3]'"))
    if "[" in body or "]" in body:
        raise Problem(N_("unbalanced or nested brackets: use [[1,0],[0,1]] or [1 0; 0 1]"))
    raw_rows = [r for r in re.split(r"[;\n\r]+", body)]
    rows: list[list[float]] = []
    entries = 0
    for line in raw_rows:
        line = line.strip().strip(",").strip()
        if not line:
            continue
        tokens = [t for t in re.split(r"[,\s]+", line) if t]
        entries += len(tokens)
        if entries > MAX_ENTRIES:
            raise Problem(N_("the matrix is too large (more than {most:,} entries)"), most=MAX_ENTRIES)
        row = []
        for j, tok in enumerate(tokens):
            try:
                row.append(parse_number(tok))
            except ValueError as exc:
                why = exc if "too" in str(exc) else Problem(N_("{text} is not a number"), text=_shown(tok))
                raise Problem(N_("row {i}, entry {j}: {why}"), i=len(rows) + 1, j=j + 1, why=why) from None
        rows.append(row)
    if not rows:
        raise Problem(N_("no numbers found: type e.g. [[1, 0], [0, 1]] or 1 0; 0 1"))
    _check_ragged(rows)
    a = np.array(rows, dtype=float)
    return a.T.copy() if transpose else a


def parse_matrix(text: str) -> np.ndarray:
    """Read a 2-D float matrix from numpy-, MATLAB- or plain-row text (see module doc)."""
    s = _clean(text)
    if not s:
        raise Problem(N_("empty text: type e.g. [[1, 0], [0, 1]] or 1 0; 0 1"))
    m = _ARRAY_WRAPPER.match(s)
    if m:
        s = m.group(1).strip()
    compact = re.sub(r"\s+", "", s)
    if compact.startswith("[") or compact.startswith("("):
        try:
            obj = ast.literal_eval(s)
        except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
            if compact.startswith("[[") or compact.startswith("("):
                raise Problem(N_("could not read the nested lists: check brackets and commas, "
                                 "e.g. [[1, 0], [0, 1]]")) from None
        else:
            return _from_nested(obj, s)
    return _from_rows(s)


def format_number(v: float, digits: int = 6) -> str:
    """Shortest readable form: ``2``, ``-0.5``, ``2.9``, ``0.333333``, ``1e-4``; ``inf``, ``nan``.

    The lab's one number format (:func:`nnlab_gui.engine.numbers.fmt`: ``digits``
    significant, scientific below 1e-3, never 0 for a non-zero value).  Never raises: what
    is not a number is written with ``str``."""
    try:
        digits = int(digits)
    except (TypeError, ValueError, OverflowError):
        digits = 6
    return numbers.fmt(v, max(1, min(digits, 17)))


def format_matrix(a, style: str = "numpy", digits: int = 6) -> str:
    """Write ``a`` as ``[[1, 0], [0, 1]]`` (``style="numpy"``) or ``[1 0; 0 1]`` (``"matlab"``)."""
    try:
        a = np.atleast_2d(np.asarray(a, dtype=float))
    except (TypeError, ValueError, OverflowError):
        raise Problem(N_("format_matrix needs a matrix of numbers")) from None
    if a.ndim != 2:
        raise Problem(N_("format_matrix needs a 2-D array, got shape {shape}"), shape=a.shape)
    rows = [[format_number(v, digits) for v in r] for r in a]
    if style == "numpy":
        return "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"
    if style == "matlab":
        return "[" + "; ".join(" ".join(r) for r in rows) + "]"
    raise Problem(N_("unknown style {style}: use 'numpy' or 'matlab'"), style=repr(style))
