"""The lab's one number format (issue 15): the cases the issue names, and the helpers' edges."""

import math

import pytest

from nnlab_gui.engine import numbers as nf
from nnlab_gui.engine.cnn_format import fmt_bytes, fmt_int
from nnlab_gui.engine.cnn_rows import totals_html
from nnlab_gui.engine.cnn import PRESETS, summarize
from nnlab_gui.engine.cnn_tables import to_markdown
from nnlab_gui.engine.matrix_text import format_number, parse_number


def test_a_small_probability_is_never_zero():
    assert nf.fmt(0.0001) == "1e-4"
    assert nf.fmt_row([0.0001])[0] == "1.00e-4"
    assert format_number(0.0001) == "1e-4"
    assert nf.fmt(-2.5e-7, 3) == "-2.5e-7"
    assert nf.fmt(4.94e-13, 3) == "4.94e-13"
    for v in (1e-300, 5e-324, 0.000999, -1e-9):
        assert nf.fmt(v) != "0" and float(nf.fmt(v)) == pytest.approx(v, rel=1e-2)
    assert nf.fmt(0.0) == "0" and nf.fmt(-0.0) == "0"


def test_a_row_of_probabilities_uses_one_format():
    # the 0.097 next to 0.0967: with 3 significant digits both have 3
    assert nf.fmt_row([0.097, 0.0967, 0.714, 0.0131]) == ["0.0970", "0.0967", "0.714", "0.0131"]
    assert nf.fmt_row([0.25, 0.25]) == ["0.250", "0.250"]
    assert nf.fmt_row([1.0, 0.0]) == ["1.00", "0"]


def test_learning_rates_have_no_trailing_zeros():
    assert nf.fmt_lr(0.001) == "0.001"           # not 0.001000
    assert nf.fmt_lr(0.00001) == "1e-5"          # not 0.000010
    assert nf.fmt_lr(0.03) == "0.03"
    assert nf.fmt_lr(1.0) == "1"
    assert nf.fmt_lr(2.5e-4) == "2.5e-4"


def test_bytes_are_scaled_to_the_largest_unit():
    assert nf.fmt_bytes(1501600.00e9) == "1.5 PB"    # the "1501600.00 GB"
    assert fmt_bytes(1501600 * 10**9) == "1.5 PB"
    assert nf.fmt_bytes(34944) == "34.9 kB"
    assert nf.fmt_bytes(12) == "12 B"
    assert nf.fmt_bytes(2.5e12) == "2.5 TB"
    assert nf.fmt_bytes(999_999) == "1 MB"           # not "1000 kB"
    assert nf.fmt_bytes(4 * 10**21) == "4000000 PB"
    assert nf.fmt_bytes(float("nan")) == "nan B"


def test_thousands_everywhere_or_nowhere():
    assert nf.fmt(4096, thousands=True) == "4,096"
    assert nf.fmt(4096) == "4096"
    assert fmt_int(4096) == "4,096"
    assert nf.fmt_int(4096, thousands=False) == "4096"
    assert nf.fmt(1234567.5, 8, thousands=True) == "1,234,567.5"
    assert nf.fmt(-98765, thousands=True) == "-98,765"
    # one table, one rule: VGG16's dense rows have 4096 units in the filters/units column too
    md = to_markdown(summarize(*PRESETS["vgg16"]))
    assert "4,096" in md and "| 4096 |" not in md


def test_macs_are_short_with_the_exact_count_for_the_tooltip():
    assert nf.fmt_macs(1_234_567_890) == ("1.23 G", "1,234,567,890 MACs")
    assert nf.fmt_macs(105_415_200) == ("105 M", "105,415,200 MACs")
    assert nf.fmt_macs(4096) == ("4.1 K", "4,096 MACs")
    assert nf.fmt_macs(999) == ("999", "999 MACs")
    totals = totals_html(summarize(*PRESETS["alexnet"]))
    assert "G multiply-accumulates" in totals and "MACs)" in totals


def test_significant_digits_and_round_trips():
    assert nf.fmt(1 / 3) == "0.333333"
    assert nf.fmt(1 / 3, 3) == "0.333"
    assert nf.fmt(2.9) == "2.9" and nf.fmt(-0.5) == "-0.5" and nf.fmt(20.0) == "20"
    assert nf.fmt(0.99996, 4) == "1" and nf.fmt(0.99996, 4, strip=False) == "1.000"
    assert nf.fmt(1e20) == "1e+20" and nf.fmt(10**30) == "1e+30"
    for v in (0.1, 1 / 7, 123.456, 6.02e23, 1.5e-8, -3.75):
        assert parse_number(nf.fmt(v, 15)) == pytest.approx(v, rel=1e-14)


def test_never_raises_on_strange_values():
    assert nf.fmt(float("nan")) == "nan"
    assert nf.fmt(math.inf) == "inf" and nf.fmt(-math.inf) == "-inf"
    assert nf.fmt("abc") == "abc"
    assert nf.fmt(None) == "None"
    assert nf.fmt_int(10**400).startswith("1e+400")
    assert nf.fmt(10**400).startswith("1e+400")


def test_gradient_check_columns_line_up():
    rows = nf.gradient_rows([0.0123, -0.00931], [0.01230000001, -0.00931])
    assert rows[0] == ("0.01230000000", "0.01230000001", "-1.00e-11")
    assert rows[1][2] == "0"
    text = nf.gradient_text([0.0123, -0.00931], [0.01230000001, -0.00931]).splitlines()
    assert [c.strip() for c in text[0].split("|")] == ["numeric", "analytic", "difference"]
    assert len({len(line) for line in text}) == 1            # right-aligned: one width
    assert [line.index("|") for line in text] == [text[0].index("|")] * 3
    assert nf.align_right(["1", "22", "333"]) == ["  1", " 22", "333"]
