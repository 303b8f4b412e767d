"""Trained results as session data: frozen dataclasses of arrays and numbers, both ways.

``to_data(value)`` turns a result (a dataclass, a tuple of them, arrays, numbers, strings,
None) into JSON-able data with arrays left as NumPy arrays (the session file stores them as
``.npy``); a dataclass becomes ``{"$result": name, field: …}``.  ``from_data(data, types)``
rebuilds it, accepting only the dataclasses named in ``types`` (e.g. the inpainting snapshot,
the λ-sweep's ``TrainResult`` and ``History``), so a session file cannot make anything else.
No Qt.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable

import numpy as np

from nnlab_gui.engine.texts import N_, Problem

__all__ = ["to_data", "from_data"]


def to_data(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {"$result": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = to_data(getattr(value, f.name))
        return out
    if isinstance(value, (tuple, list)):
        return {"$tuple": [to_data(v) for v in value]}
    if isinstance(value, np.ndarray):
        return np.array(value)
    if isinstance(value, np.generic):
        return value.item()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise Problem(N_("a result holds a {type}, which a session cannot keep"), type=type(value).__name__)


def from_data(data: Any, types: Iterable[type]) -> Any:
    """The result ``to_data`` made; ValueError for anything else (unknown type, missing field)."""
    known = {t.__name__: t for t in types}

    def build(d: Any, depth: int = 0) -> Any:
        if depth > 20:
            raise Problem(N_("the saved result is nested too deeply"))
        if isinstance(d, dict) and "$tuple" in d:
            if not isinstance(d["$tuple"], list):
                raise Problem(N_("a saved tuple must be a list"))
            return tuple(build(v, depth + 1) for v in d["$tuple"])
        if isinstance(d, dict) and "$result" in d:
            cls = known.get(d["$result"])
            if cls is None:
                raise Problem(N_("a saved result of kind {kind!r} is not one this page keeps"), kind=d["$result"])
            names = [f.name for f in dataclasses.fields(cls)]
            missing = [n for n in names if n not in d]
            if missing:
                raise Problem(N_("the saved {type} lacks {fields}"), type=cls.__name__, fields=", ".join(missing))
            return cls(**{n: build(d[n], depth + 1) for n in names})
        if isinstance(d, list):                       # an array that came back as JSON lists
            return np.asarray(d, dtype=float)
        if isinstance(d, np.ndarray) or d is None or isinstance(d, (bool, int, float, str)):
            return d
        raise Problem(N_("a saved result holds {type}"), type=type(d).__name__)

    return build(data)
