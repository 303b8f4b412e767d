"""Where the lab remembers things: one QSettings INI file, and a switch to stop writing it.

Every remembered value (window geometry, font, the pages' declared controls) goes
through :func:`settings`.  ``nnlab-gui --screenshot`` calls :func:`set_writable(False)
<set_writable>`: the window then reads the defaults and writes nothing.  Tests point
``QSettings.setPath`` at a temporary folder, so they never touch the user's file.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSettings

ORGANISATION, APPLICATION = "NNLab", "nnlab_gui"
_state = {"writable": True}


def settings() -> QSettings:
    """The lab's settings file (INI format, user scope)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def writable() -> bool:
    return _state["writable"]


def set_writable(on: bool) -> None:
    """False: nothing is written (and remembered values are not read either)."""
    _state["writable"] = bool(on)


def load_json(key: str, default: Any = None) -> Any:
    """A value stored by :func:`store_json`, or ``default`` (also when unreadable)."""
    if not writable():
        return default
    raw = settings().value(key, None)
    if raw is None:
        return default
    try:
        return json.loads(str(raw))
    except (TypeError, ValueError):
        return default


def store_json(key: str, value: Any) -> None:
    if writable():
        s = settings()
        s.setValue(key, json.dumps(value))


def forget(prefix: str) -> None:
    """Remove every remembered value under ``prefix``."""
    if writable():
        s = settings()
        s.remove(prefix)
