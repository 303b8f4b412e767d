"""Files a session refers to: path and SHA-256 digest, and whether this machine has the same file.

A page that loaded a course ``.mat``, a TU folder, a graph file or a CNN text file keeps a
reference ``{"path": absolute path, "sha256": hex digest, "reread": bool}``; a session saves it.
``reread`` says the content is not in the session (course images, a generator, a TU
dataset): restoring reads the file again.  ``check_ref`` says what is wrong on this machine
— the file is missing, or its content differs (another digest) — so the window can name it
and keep the rest.  A folder's digest covers its regular files (names and contents, sorted).
No Qt.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from nnlab_gui.engine.texts import N_, Problem

__all__ = ["digest", "make_ref", "check_ref", "MAX_FILES"]

MAX_FILES = 1_000            # files of a folder that are digested (a TU folder has a handful)
_CHUNK = 1 << 20


def _file_digest(path: Path, h) -> None:
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(_CHUNK), b""):
            h.update(block)


def digest(path: str | Path) -> str:
    """SHA-256 (hex) of a file, or of a folder's regular files (each name, then its content)."""
    p = Path(path)
    h = hashlib.sha256()
    if p.is_dir():
        files = sorted(q for q in p.iterdir() if q.is_file())[:MAX_FILES]
        for q in files:
            h.update(q.name.encode("utf-8", "surrogateescape") + b"\0")
            _file_digest(q, h)
    else:
        _file_digest(p, h)
    return h.hexdigest()


def make_ref(path: str | Path, reread: bool = True) -> dict[str, Any]:
    p = Path(path).resolve()
    return {"path": str(p), "sha256": digest(p), "reread": bool(reread)}


def check_ref(ref: Any) -> str | None:
    """None when this machine has the file ``ref`` names with the same content, else why not.

    A malformed reference raises ``ValueError``."""
    if not (isinstance(ref, dict) and isinstance(ref.get("path"), str) and isinstance(ref.get("sha256"), str)
            and isinstance(ref.get("reread", True), bool)):
        raise Problem(N_("a file reference is {path, sha256, reread}"))
    p = Path(ref["path"])
    if not p.exists():
        return f"{p} is not on this machine"
    try:
        if digest(p) != ref["sha256"]:
            return f"{p} differs from the file the session was saved with (another SHA-256)"
    except OSError as exc:
        return f"{p} cannot be read ({exc.strerror or exc})"
    return None
