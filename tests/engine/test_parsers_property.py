"""Property tests (hypothesis) for the text parsers: matrix text, CNN text, density expressions.

For any input -- text built from each parser's own grammar with hostile numbers (huge,
tiny, 400 digits, ``1e309``, ``nan``), or arbitrary text and bytes -- a parser either
returns a result with no NaN or infinity in it, or raises ``ValueError``; never another
exception.  Every example must finish within the ``deadline`` (500 ms), so a hang or a
quadratic blow-up fails the test.  ``derandomize`` fixes the examples (the same run every
time, no example database written), and the example counts keep the file well under a
minute on two cores.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnlab_gui.engine import cnn, cnn_rows, cnn_text, matrix_text, safe_expr, sampling

SETTINGS = dict(deadline=500, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
fast = settings(max_examples=500, **SETTINGS)
slow = settings(max_examples=200, **SETTINGS)
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

# ----------------------------------------------------------------------------- numbers as text
HOSTILE = ["0", "1", "-1", "1e309", "-1e309", "1e-400", "nan", "inf", "-inf", "1/0", "1/3", "−2",
           "9" * 400, "1" * 5000, "0." + "5" * 300, "1e308", "2.5e-3", ".5", "5.", "1e", "--1",
           "١٢", "²", "1_000", "0x10", "True"]
number_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.integers(min_value=-10**500, max_value=10**500).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(alphabet="0123456789.eE+-/", min_size=1, max_size=12),
)


def _finite_matrix(a) -> None:
    assert isinstance(a, np.ndarray) and a.dtype == float and a.ndim == 2
    assert a.size >= 1 and a.size <= matrix_text.MAX_ENTRIES
    assert np.all(np.isfinite(a))


@st.composite
def matrix_texts(draw):
    rows = draw(st.integers(1, 5))
    cols = draw(st.integers(1, 5))
    cells = [[draw(number_text) for _ in range(cols)] for _ in range(rows)]
    if draw(st.booleans()) and rows > 1:                    # a ragged row
        cells[-1] = cells[-1][:-1] or ["1", "2"]
    style = draw(st.sampled_from(["numpy", "matlab", "plain", "csv", "tabs"]))
    if style == "numpy":
        return "[" + ", ".join("[" + ", ".join(r) + "]" for r in cells) + "]"
    if style == "matlab":
        return "[" + "; ".join(" ".join(r) for r in cells) + "]" + draw(st.sampled_from(["", "'"]))
    sep = {"plain": " ", "csv": ",", "tabs": "\t"}[style]
    return "\n".join(sep.join(r) for r in cells)


@fast
@given(st.one_of(matrix_texts(), st.text(max_size=300),
                 st.text(alphabet="[](),; \n'0123456789.-e", max_size=400)))
def test_parse_matrix_gives_a_finite_matrix_or_a_value_error(text):
    try:
        a = matrix_text.parse_matrix(text)
    except ValueError as exc:
        assert str(exc)
        return
    _finite_matrix(a)


@fast
@given(st.one_of(number_text, st.text(max_size=60)))
def test_parse_number_gives_a_finite_float_or_a_value_error(text):
    try:
        v = matrix_text.parse_number(text)
    except ValueError as exc:
        assert str(exc)
        return
    assert isinstance(v, float) and math.isfinite(v)


@fast
@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**400, 10**400),
                 st.none(), st.text(max_size=5)), st.integers(1, 20))
def test_format_number_never_raises(v, digits):
    assert isinstance(matrix_text.format_number(v, digits), str)


@fast
@given(st.lists(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=3, max_size=3),
                min_size=1, max_size=4), st.sampled_from(["numpy", "matlab"]))
def test_format_matrix_round_trips_every_finite_matrix(rows, style):
    a = np.array(rows)
    np.testing.assert_array_equal(matrix_text.parse_matrix(matrix_text.format_matrix(a, style, digits=17)), a)


# ----------------------------------------------------------------------------- CNN text
size_text = st.one_of(st.integers(0, 40).map(str), st.sampled_from(
    ["1000000", "1000001", "1000000000", "9" * 400, "0", "00003", "1" * 5000]))
pair_text = st.one_of(size_text, st.tuples(size_text, size_text).map(lambda p: f"{p[0]}x{p[1]}"))


@st.composite
def layer_statements(draw):
    kind = draw(st.sampled_from(["conv", "deconv", "pool", "avgpool", "fc", "dropout", "flatten",
                                 "relu", "bn", "warp", "conv2d", "dense"]))
    parts = [kind]
    if kind in ("conv", "deconv", "conv2d"):
        parts += [draw(size_text), draw(pair_text)]
    elif kind in ("pool", "avgpool"):
        parts += [draw(pair_text)]
    elif kind in ("fc", "dense"):
        parts += [draw(size_text)]
    elif kind == "dropout":
        parts += [draw(st.sampled_from(["0.5", ".25", "0.99", "1.5", "nan", "5"]))]
    for opt in draw(st.lists(st.sampled_from(["s", "p", "d", "op"]), max_size=3)):
        parts.append(opt + draw(st.one_of(pair_text, st.sampled_from(["same", "valid", "x"]))))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["nobias", "psame", "pvalid", "q5"])))
    return " ".join(parts)


@st.composite
def cnn_texts(draw):
    dims = draw(st.lists(size_text, min_size=1, max_size=3))
    head = "input " + "x".join(dims) if draw(st.integers(0, 9)) else draw(layer_statements())
    body = draw(st.lists(layer_statements(), max_size=8))
    sep = draw(st.sampled_from(["; ", "\n", " ; # note\n"]))
    return sep.join([head] + body)


def _check_summary(shape, layers) -> None:
    try:
        net = cnn.summarize(shape, layers)
    except ValueError as exc:
        assert str(exc)
        return
    for s in net.layers:
        assert all(1 <= v for v in s.output_shape)
        if not s.flat:
            assert max(s.output_shape[:2]) <= cnn.MAX_SIZE
        cnn_rows.result_cells(s)
        assert all(isinstance(text, str) for _, text in s.formulas)
    cnn.to_csv(net)
    cnn.to_markdown(net)
    cnn_rows.totals_html(net)
    for row in range(len(net.layers)):
        cnn_rows.formula_html(net, row, len(net.layers), {})


@slow
@given(st.one_of(cnn_texts(), st.text(max_size=200)))
def test_parse_text_gives_a_network_that_summarises_or_a_value_error(text):
    try:
        shape, layers = cnn_text.parse_text(text)
    except ValueError as exc:
        assert str(exc)
        return
    shape2, layers2 = cnn_text.parse_text(cnn_text.format_text(shape, layers))
    assert layers2 == layers and cnn._normalise_input(shape2) == cnn._normalise_input(shape)   # (H, W) → H×W×1
    _check_summary(shape, layers)


@slow
@given(st.one_of(cnn_texts().map(lambda t: t.encode("utf-8")), st.binary(max_size=400),
                 st.text(max_size=100).map(lambda t: t.encode("utf-16"))))
def test_read_text_form_reads_or_refuses_any_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("cnn") / "net.txt"
    path.write_bytes(data)
    try:
        shape, layers = cnn_rows.read_text_form(path)
    except ValueError as exc:
        assert str(exc)
        return
    cnn.summarize(shape, layers)           # read_text_form checked it: it summarises


@slow
@given(st.lists(st.lists(st.one_of(st.text(max_size=8), size_text, pair_text), max_size=9), max_size=5),
       st.lists(st.sampled_from(cnn_rows.KINDS + ["warp"]), min_size=5, max_size=5))
def test_rows_of_any_cells_become_layers_or_marked_cells(cells, kinds):
    rows = [[kind] + list(row) for kind, row in zip(kinds, cells)]
    layers, bad = cnn_rows.layers_from_rows(rows)
    assert len(layers) + len({r for r, _ in bad}) == len(rows)
    assert all(isinstance(m, str) and m for m in bad.values())
    _check_summary((28, 28, 3), layers)


# ----------------------------------------------------------------------------- density expressions
def _expressions():
    leaves = st.one_of(st.just("s"), st.sampled_from(["pi", "e", "x", "1e400", "9" * 400, "1e308", "1e-320"]),
                       st.floats(0, 1e6, allow_nan=False).map(lambda v: f"{v:g}"),
                       st.integers(0, 10**30).map(str))

    def extend(inner):
        return st.one_of(
            st.tuples(inner, st.sampled_from(["+", "-", "*", "/", "**", "^", "//", "<"]), inner).map(
                lambda t: f"({t[0]} {t[1]} {t[2]})"),
            st.tuples(st.sampled_from(sorted(safe_expr.FUNCTIONS) + ["eval", "open"]), inner).map(
                lambda t: f"{t[0]}({t[1]})"),
            inner.map(lambda t: f"-{t}"))

    return st.recursive(leaves, extend, max_leaves=12)


def _interval():
    ends = st.one_of(st.floats(-3, 3, allow_nan=False), st.sampled_from([0.0, 1.0, -1e308, 1e308, math.nan,
                                                                         math.inf, 1e6, -1e6]))
    return st.tuples(ends, ends)


def _check_density(d) -> None:
    assert np.all(np.isfinite(d.pdf)) and np.all(d.pdf >= 0)
    assert np.all(np.isfinite(d.cdf)) and d.cdf[0] == 0.0 and d.cdf[-1] == 1.0
    assert np.all(np.diff(d.cdf) >= 0) and math.isfinite(d.mass) and d.mass > 0
    u = np.linspace(0, 1, 11)
    y = d.inverse_cdf(u)
    assert np.all(np.isfinite(y)) and np.all((y >= d.lo) & (y <= d.hi))


@slow
@given(st.one_of(_expressions(), st.text(max_size=80), st.text(alphabet="s+-*/()^.e0123456789 ", max_size=600)),
       _interval())
def test_make_density_gives_a_finite_density_or_a_value_error(text, interval):
    lo, hi = interval
    try:
        d = sampling.make_density(text, lo, hi)
    except ValueError as exc:
        assert str(exc)
        return
    _check_density(d)


@fast
@given(st.one_of(_expressions(), st.text(max_size=120)))
def test_parse_expr_gives_an_evaluable_formula_or_a_value_error(text):
    try:
        f = safe_expr.parse_expr(text)
    except ValueError as exc:
        assert str(exc)
        return
    out = f(np.linspace(-2, 2, 9))
    assert out.shape == (9,) and out.dtype == float     # may be inf or NaN: make_density refuses those


@pytest.mark.parametrize("depth", [10, 49, 50, 51, 200, 499])
def test_nesting_is_bounded_in_depth_and_time(depth):
    import time

    for text in ("-" * depth + "s", "(" * min(depth, 240) + "s" + ")" * min(depth, 240), "s" + "**s" * depth):
        t0 = time.perf_counter()
        try:
            sampling.make_density(text[:safe_expr.MAX_LENGTH + 10])
        except ValueError:
            pass
        assert time.perf_counter() - t0 < 0.5
