"""The density parser: allow-listed arithmetic only, evaluated element by element."""

import numpy as np
import pytest

from nnlab_gui.engine.safe_expr import parse_expr


@pytest.mark.parametrize("text, expected", [
    ("0.5 + s", lambda s: 0.5 + s),
    ("exp(-s) * sin(pi*s)**2", lambda s: np.exp(-s) * np.sin(np.pi * s) ** 2),
    ("-s^2 + 2", lambda s: -s ** 2 + 2),
    ("sqrt(abs(s - 0.5)) / e", lambda s: np.sqrt(np.abs(s - 0.5)) / np.e),
    ("3", lambda s: np.full_like(s, 3.0)),
])
def test_values(text, expected):
    s = np.linspace(0, 1, 11)
    np.testing.assert_allclose(parse_expr(text)(s), expected(s), rtol=1e-14)


@pytest.mark.parametrize("text, fragment", [
    ("__import__('os').system('ls')", "__import__"),
    ("s.real", "s.real"),
    ("x + 1", "unknown name 'x'"),
    ("exp", "needs an argument"),
    ("exp(s, 2)", "exactly one argument"),
    ("s if s else 1", "not allowed"),
    ("s < 1", "not allowed"),
    ("[s]", "not allowed"),
    ("'a'", "not a number"),
    ("True", "not a number"),
    ("1 +", "cannot parse"),
    ("", "empty"),
    ("s // 2", "not allowed"),
    ("(lambda: 1)()", "not an allowed function"),
])
def test_refused_with_a_message(text, fragment):
    with pytest.raises(ValueError, match=None) as info:
        parse_expr(text)
    assert fragment in str(info.value)


def test_huge_powers_do_not_hang():
    out = parse_expr("9**9**9 + s")(np.array([0.0]))
    assert np.isinf(out).all()


# ----------------------------------------------------------------------------- hardening (issue 14)
@pytest.mark.parametrize("text, fragment", [
    ("1" * 400 + " + s", "too large"),
    ("1e400 * s", "too large"),
    ("-" * 400 + "s", "nested too deeply"),
    ("exp(" * 90 + "s" + ")" * 90, "nested too deeply"),
    ("(" * 240 + "s" + ")" * 240, "nest"),
    ("s\0", "cannot parse"),
    ("1j * s", "not a number"),
])
def test_overflowing_constants_and_deep_nesting_are_refused(text, fragment):
    with pytest.raises(ValueError, match=None) as info:
        parse_expr(text)
    assert fragment in str(info.value)


def test_nesting_up_to_the_limit_is_fine():
    s = np.linspace(0, 1, 5)
    np.testing.assert_allclose(parse_expr("-" * 40 + "s")(s), s)
    np.testing.assert_allclose(parse_expr("(" * 40 + "s" + ")" * 40)(s), s)


def test_long_sums_are_not_deep():
    s = np.linspace(0, 1, 5)
    np.testing.assert_allclose(parse_expr(" + ".join(["s"] * 120))(s), 120 * s)
