"""The sampling engine's argument checks: a number, a count in a range, a finite array.

Each raises ``ValueError`` naming the argument (``what``) and what is allowed; counts and
arrays are bounded by ``MAX_SAMPLES`` = 10⁷ (about 80 MB of float64), so no argument can
ask for a MemoryError.
"""

from __future__ import annotations

import numpy as np

from nnlab_gui.engine.texts import N_, Problem

__all__ = ["MAX_SAMPLES", "shown", "real", "count", "finite_array", "point", "size_of"]

MAX_SAMPLES = 10_000_000


def shown(value) -> str:
    """A short ``repr`` (a huge int is not converted to its thousands of digits)."""
    if isinstance(value, int) and value.bit_length() > 100:
        return str(Problem(N_("a number of about {n} digits"), n=int(value.bit_length() * 0.30103) + 1))
    try:
        text = repr(value)
    except Exception:                     # noqa: BLE001 - any object
        text = type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


def real(value, what: str) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError, OverflowError):
        raise Problem(N_("{what} must be a number, got {value}"), what=what, value=shown(value)) from None
    return v


def count(value, what: str, minimum: int = 1, maximum: int = MAX_SAMPLES) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError, OverflowError):
        raise Problem(N_("{what} must be a whole number, got {value}"), what=what, value=shown(value)) from None
    if n < minimum:
        raise Problem(N_("{what} must be at least {least:,}, got {value}"), what=what, least=minimum, value=shown(n))
    if n > maximum:
        raise Problem(N_("{what} must be at most {most:,}, got {value}"), what=what, most=maximum, value=shown(n))
    return n


def finite_array(values, what: str, max_size: int = MAX_SAMPLES) -> np.ndarray:
    try:
        a = np.asarray(values, dtype=float)
    except (TypeError, ValueError, OverflowError):
        raise Problem(N_("{what} must be numbers"), what=what) from None
    if a.size > max_size:
        raise Problem(N_("{what} has {n:,} values; at most {most:,}"), what=what, n=a.size, most=max_size)
    if not np.all(np.isfinite(a)):
        raise Problem(N_("{what} must be finite (no NaN or infinity)"), what=what)
    return a


def point(value, what: str) -> tuple[float, float]:
    """Two finite numbers ``(x0, x1)``."""
    try:
        x0, x1 = (float(v) for v in value)
    except (TypeError, ValueError, OverflowError):
        raise Problem(N_("{what} must be two numbers (x0, x1), got {value}"), what=what, value=shown(value)) from None
    if not (np.isfinite(x0) and np.isfinite(x1)):
        raise Problem(N_("{what} ({x0:g}, {x1:g}) must be finite"), what=what, x0=x0, x1=x1)
    return x0, x1


def size_of(shape, what: str, maximum: int = MAX_SAMPLES) -> int:
    """The number of values of an array of ``shape`` (whole numbers ≥ 0), at most ``maximum``."""
    dims = (shape,) if isinstance(shape, (int, np.integer)) else shape
    try:
        dims = [count(d, what, 0, 10**12) for d in dims]
    except TypeError:
        raise Problem(N_("{what} must be whole numbers, got {value}"), what=what, value=shown(shape)) from None
    size = 1
    for d in dims:
        size *= d
    if size > maximum:
        raise Problem(N_("{what} {dims} has {n:,} values; at most {most:,}"), what=what, dims=tuple(dims), n=size, most=maximum)
    return size
