"""Checking the engine's arguments at its boundary, with one kind of message.

Every public call of the engine checks what it is given once, at entry, before it
computes or allocates anything, and refuses bad input with :class:`BadArgument` (a
``ValueError``) whose message names the argument, what was given (its value or its
shape) and what is allowed::

    restarts must be a whole number from 1 to 10000, got 0
    X has shape (3, 5), expected (m, 400)
    lr must be a finite number > 0, got inf
    y must hold whole numbers (class labels), found 1.7 at position 0

Numbers are taken as they are given: ``True`` is not 1, ``"5"`` is not 5, ``3.5`` is not
a whole number, ``1e309`` (a Python float that is already inf) is not finite, and an
integer too large for a float is refused, never rounded to inf.  Sizes have limits, so
no request turns into a ``MemoryError`` or an endless loop: :data:`MEMORY_LIMIT` bounds
what one call may allocate, estimated from its arguments before anything is allocated.
"""

from __future__ import annotations

import math
from typing import Iterable, Sequence

import numpy as np

from nnlab_gui.engine.texts import N_, Problem

__all__ = ["BadArgument", "labels_and_count", "floats", "MEMORY_LIMIT", "show", "integer", "real", "choice", "seed", "flag",
           "array", "labels", "memory", "instance", "callable_arg", "sizes", "event"]

# The largest allocation one engine call may plan: a few hundred MB, well inside a
# teaching laptop's memory; the biggest run the tabs offer (100 000 iterations × 200
# restarts of inpainting, ~400 MB of cost history) fits.
MEMORY_LIMIT = 512 * 2**20
SEED_MAX = 2**63 - 1


class BadArgument(Problem):
    """An engine argument outside what the call accepts (the message says what is allowed)."""


def show(value) -> str:
    """A short rendering of a bad value for a message (arrays by their shape)."""
    return str(_shown(value))


def _shown(value):
    """:func:`show` as a message argument (a Problem where it has words, so it is translated too)."""
    if isinstance(value, np.ndarray) and value.ndim > 0:
        return Problem(N_("an array of shape {shape}"), shape=value.shape)
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool) and abs(int(value)) > 10**30:
        return Problem(N_("an integer of {n} digits"), n=int(abs(int(value)).bit_length() * 0.30103) + 1)
    if isinstance(value, (list, tuple)) and len(value) > 8:
        return Problem(N_("a {type} of {n} items"), type=type(value).__name__, n=len(value))
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 — a hostile __repr__
        return Problem(N_("a {type}"), type=type(value).__name__)
    return text if len(text) <= 60 else text[:57] + "…"


def _range(lo, hi, lo_open: bool = False, hi_open: bool = False):
    if lo is not None and hi is not None and not lo_open and not hi_open:
        g = isinstance(lo, float) or isinstance(hi, float)
        return Problem(N_(" from {lo} to {hi}"), lo=f"{lo:g}" if g else lo, hi=f"{hi:g}" if g else hi)
    parts = []
    if lo is not None:
        parts.append(f"{'>' if lo_open else '≥'} {lo:g}")
    if hi is not None:
        parts.append(f"{'<' if hi_open else '≤'} {hi:g}")
    if len(parts) == 2:
        return Problem(N_(" {a} and {b}"), a=parts[0], b=parts[1])
    return (" " + parts[0]) if parts else ""


def _got(want: Problem, value) -> BadArgument:
    return BadArgument(N_("{want}, got {value}"), want=want, value=value)


def _scalar(value):
    if isinstance(value, np.ndarray) and value.ndim == 0:
        return value[()]
    return value


def integer(name: str, value, lo: int | None = None, hi: int | None = None) -> int:
    """A whole number in ``lo … hi`` (an int, a NumPy integer or an integral float)."""
    value = _scalar(value)
    want = Problem(N_("{name} must be a whole number{range}"), name=name, range=_range(lo, hi))
    if isinstance(value, (bool, np.bool_)):
        raise _got(want, repr(value))
    if isinstance(value, (int, np.integer)):
        v = int(value)
    elif isinstance(value, (float, np.floating)) and math.isfinite(float(value)) and float(value).is_integer():
        v = int(value)
    else:
        raise _got(want, _shown(value))
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        raise _got(want, _shown(value))
    return v


def real(name: str, value, lo: float | None = None, hi: float | None = None, *,
         lo_open: bool = False, hi_open: bool = False) -> float:
    """A finite real number in the given (closed, or open) bounds."""
    value = _scalar(value)
    want = Problem(N_("{name} must be a finite number{range}"), name=name, range=_range(lo, hi, lo_open, hi_open))
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise _got(want, _shown(value))
    try:
        v = float(value)
    except OverflowError:
        raise BadArgument(N_("{want}, got {value} (too large for a float)"), want=want, value=_shown(value)) from None
    if not math.isfinite(v):
        raise _got(want, str(v))
    if lo is not None and (v <= lo if lo_open else v < lo):
        raise _got(want, f"{v:g}")
    if hi is not None and (v >= hi if hi_open else v > hi):
        raise _got(want, f"{v:g}")
    return v


def choice(name: str, value, options: Iterable[str]) -> str:
    options = tuple(options)
    if not isinstance(value, str) or value not in options:
        raise BadArgument(N_("{name} must be one of {options}, got {value}"), name=name,
                          options=", ".join(repr(o) for o in options), value=_shown(value))
    return value


def seed(name: str, value) -> int | None:
    """None (fresh randomness) or a whole number from 0 to 2⁶³ − 1."""
    return None if value is None else integer(name, value, 0, SEED_MAX)


def flag(name: str, value) -> bool:
    value = _scalar(value)
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)) and int(value) in (0, 1):
        return bool(value)
    raise BadArgument(N_("{name} must be True or False, got {value}"), name=name, value=_shown(value))


def instance(name: str, value, cls, what: str):
    if not isinstance(value, cls):
        raise BadArgument(N_("{name} must be {what}, got {value}"), name=name, what=what,
                          value=_shown(value) if not hasattr(value, 'shape') else type(value).__name__)
    return value


def callable_arg(name: str, value, what: str):
    if not callable(value):
        raise BadArgument(N_("{name} must be {what}, got {value}"), name=name, what=what, value=_shown(value))
    return value


def event(name: str, value):
    """None or an object like ``threading.Event`` (``is_set`` and ``set``)."""
    if value is not None and not (callable(getattr(value, "is_set", None)) and callable(getattr(value, "set", None))):
        raise BadArgument(N_("{name} must be None or a threading.Event, got {value}"), name=name, value=_shown(value))
    return value


def _numeric(name: str, value) -> np.ndarray:
    try:
        arr = np.asarray(value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise BadArgument(N_("{name} must be an array of numbers ({why})"), name=name, why=exc) from None
    kind = arr.dtype.kind
    if kind == "O":
        try:
            arr = arr.astype(float)
        except (TypeError, ValueError, OverflowError):
            raise BadArgument(N_("{name} must hold real numbers only (shape {shape}): found an entry "
                                 "that is not a number, or too large for a float"), name=name, shape=arr.shape) from None
    elif kind not in "biuf":
        what = {"U": N_("text"), "S": N_("bytes"), "c": N_("complex numbers")}.get(kind)
        what = Problem(what) if what else Problem(N_("dtype {dtype}"), dtype=arr.dtype)
        raise BadArgument(N_("{name} must hold real numbers, got {what} (shape {shape})"), name=name, what=what,
                          shape=arr.shape)
    return arr


def _shape_text(shape: Sequence) -> str:
    inner = ", ".join("any" if s is None else str(s) for s in shape)
    return f"({inner},)" if len(shape) == 1 else f"({inner})"


def floats(name: str, value, copy: bool = False) -> np.ndarray:
    """``value`` as a float array (a copy when ``copy``); texts, bytes, complex numbers and
    numbers too large for a float are refused, naming ``name`` and showing the value."""
    try:
        raw = np.asarray(value)
        if raw.dtype.kind in "USc":
            raise TypeError
        return np.array(raw, dtype=float) if copy else np.asarray(raw, dtype=float)
    except (TypeError, ValueError, OverflowError):
        raise BadArgument(N_("{name} must be numeric (real numbers, none too large for a float), got {value}"),
                          name=name, value=_shown(value)) from None


def array(name: str, value, shape: Sequence | None = None, *, ndim: int | Sequence[int] | None = None,
          empty: bool = False, finite: bool = True, bound: float | None = None,
          within: tuple[float, float] | None = None, dtype=float) -> np.ndarray:
    """A real array, converted to ``dtype`` (no copy when it already is).

    ``shape``: one entry per axis, an int (that size), None or a name such as ``"m"``
    (any size, named in the message).  ``ndim``: the allowed numbers of axes when the
    shape is free.  ``empty``: whether a size-0 array is allowed.  ``finite``: refuse
    NaN/inf.  ``bound``: refuse entries with |x| > bound.  ``within``: refuse entries
    outside [lo, hi].
    """
    arr = _numeric(name, value)
    if shape is not None:
        ok = arr.ndim == len(shape) and all(not isinstance(s, int) or s == a for s, a in zip(shape, arr.shape))
        if not ok:
            raise BadArgument(N_("{name} has shape {shape}, expected {expected}"), name=name, shape=arr.shape,
                              expected=_shape_text(shape))
    if ndim is not None:
        allowed = (ndim,) if isinstance(ndim, int) else tuple(ndim)
        if arr.ndim not in allowed:
            dims = f"{allowed[0]}-D"
            for d in allowed[1:]:
                dims = Problem(N_("{a} or {b}"), a=dims, b=f"{d}-D")
            raise BadArgument(N_("{name} must be a {dims} array, got shape {shape}"), name=name, dims=dims, shape=arr.shape)
    if not empty and arr.size == 0:
        raise BadArgument(N_("{name} is empty (shape {shape}); it needs at least one entry"), name=name, shape=arr.shape)
    if dtype is not None:
        arr = arr.astype(dtype, copy=False)
    if arr.size and (finite or bound is not None or within is not None) and arr.dtype.kind == "f":
        if finite and not np.isfinite(arr).all():
            bad = int(arr.size - np.count_nonzero(np.isfinite(arr)))
            raise BadArgument(N_("{name} (shape {shape}) contains {n} NaN/inf values; only finite numbers are allowed")
                              if bad > 1 else N_("{name} (shape {shape}) contains {n} NaN/inf value; only finite "
                                                 "numbers are allowed"), name=name, shape=arr.shape, n=bad)
        if bound is not None or within is not None:
            lo, hi = float(np.min(arr)), float(np.max(arr))
            if bound is not None and max(-lo, hi) > bound:
                raise BadArgument(N_("{name} has an entry of {x:.4g}; entries must lie within ±{bound:g}"),
                                  name=name, x=hi if hi > -lo else lo, bound=bound)
            if within is not None and (lo < within[0] or hi > within[1]):
                raise BadArgument(N_("{name} must lie in [{a:g}, {b:g}], found values from {lo:.4g} to {hi:.4g}"),
                                  name=name, a=within[0], b=within[1], lo=lo, hi=hi)
    return arr


def labels(name: str, value, count: int | None = None, n_labels: int | None = None,
           max_labels: int = 1000) -> np.ndarray:
    """Class labels 0 … K−1 as int64 (1-D, or a row or column, raveled).

    ``count``: the labels needed (one per sample); ``n_labels`` = K when it is known,
    else every label must lie below ``max_labels``.
    """
    arr = _numeric(name, value)
    if arr.dtype.kind == "b":
        raise BadArgument(N_("{name} must hold whole-number class labels, got booleans (shape {shape})"), name=name,
                          shape=arr.shape)
    if arr.ndim > 2 or (arr.ndim == 2 and min(arr.shape) > 1):
        raise BadArgument(N_("{name} must be a vector of labels (one per sample), got shape {shape}"), name=name,
                          shape=arr.shape)
    arr = arr.ravel()
    if count is not None and arr.size != count:
        raise BadArgument(N_("{name} has {n} labels, expected {count} (one per sample)"), name=name, n=arr.size, count=count)
    if arr.dtype.kind == "f" and arr.size:
        whole = np.isfinite(arr) & (arr == np.round(arr))
        if not whole.all():
            i = int(np.flatnonzero(~whole)[0])
            raise BadArgument(N_("{name} must hold whole numbers (class labels), found {x} at position {i}"), name=name,
                              x=repr(float(arr[i])), i=i)
    top = (n_labels if n_labels is not None else max_labels) - 1
    if arr.size and (arr.min() < 0 or arr.max() > top):
        lo, hi = arr.min(), arr.max()
        if n_labels is not None:
            raise BadArgument(N_("{name} must lie in 0 to {top}, found labels from {lo:.15g} to {hi:.15g}"),
                              name=name, top=top, lo=lo, hi=hi)
        raise BadArgument(N_("{name} must lie in 0 to {top} (at most {most} classes), found labels from {lo:.15g} "
                             "to {hi:.15g}"), name=name, top=top, most=max_labels, lo=lo, hi=hi)
    return arr.astype(np.int64)


def labels_and_count(value, count: int, num_labels, max_labels: int = 1000) -> tuple[np.ndarray, int]:
    """``(y, K)``: the labels ``y`` of ``count`` samples and the number of classes, which is
    ``num_labels`` when given (an integer 1 … ``max_labels``) or the largest label + 1."""
    if num_labels is None:
        y = labels("y", value, count=count, max_labels=max_labels)
        return y, int(y.max()) + 1
    k = integer("num_labels", num_labels, 1, max_labels)
    return labels("y", value, count=count, n_labels=k), k


def sizes(name: str, value, lo: int = 1, hi: int | None = None, count: tuple[int, int] = (1, 64)) -> tuple[int, ...]:
    """A whole number, or a non-empty sequence of them, each in ``lo … hi``."""
    if isinstance(value, (int, np.integer, float, np.floating)) and not isinstance(value, (bool, np.bool_)):
        return (integer(name, value, lo, hi),)
    if isinstance(value, (str, bytes)) or not isinstance(value, (Sequence, np.ndarray)):
        raise BadArgument(N_("{name} must be a whole number or a sequence of them, got {value}"), name=name,
                          value=_shown(value))
    items = list(value)
    if not count[0] <= len(items) <= count[1]:
        raise BadArgument(N_("{name} must list {a} to {b} sizes, got {n}"), name=name, a=count[0], b=count[1], n=len(items))
    # a name that is a Problem (an N_ template) stays one, so the item's name is translated too
    return tuple(integer(Problem("{name}[{i}]", name=name, i=i) if isinstance(name, Problem) else f"{name}[{i}]",
                         v, lo, hi) for i, v in enumerate(items))


def memory(what: str, nbytes: float, hint: str = "") -> None:
    """Refuse a call whose planned arrays need more than :data:`MEMORY_LIMIT` bytes."""
    if nbytes > MEMORY_LIMIT:
        if hint:
            raise BadArgument(N_("{what} would need about {mb:,.0f} MB of memory (limit {limit} MB): {hint}"),
                              what=what, mb=nbytes / 2**20, limit=MEMORY_LIMIT // 2**20, hint=hint)
        raise BadArgument(N_("{what} would need about {mb:,.0f} MB of memory (limit {limit} MB)"),
                          what=what, mb=nbytes / 2**20, limit=MEMORY_LIMIT // 2**20)
