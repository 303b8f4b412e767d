"""NN Lab session files (``.nnlab``): a whole window's state in one zip.

A session file is a zip archive holding ``session.json``::

    {"format": "nnlab-session", "version": 1, "saved_by": "NN Lab 0.1.0",
     "current": "WL kernel:Two graphs", "tabs": {tab title: {page path: page state}}}

and, under ``arrays/``, every NumPy array of the state as a ``.npy`` file; in the JSON an
array stands as ``{"$array": "arrays/3.npy"}``.  Page states are otherwise plain JSON
(numbers, strings, booleans, nested lists and dicts).

Reading checks everything before the caller sees anything: that the file is a zip, its
size (at most ``MAX_BYTES`` unpacked), that ``session.json`` parses and has this format,
that its version is not newer than :data:`VERSION`, that every ``.npy`` is a plain
numeric array (never unpickled) and every reference resolves.  Anything else raises
``ValueError`` naming what is wrong.  Qt-free.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from nnlab_gui.engine.texts import N_, Problem

FORMAT = "nnlab-session"
VERSION = 1
MAX_BYTES = 512 * 2**20          # unpacked; a session of drawn digits and graphs is kilobytes
MAX_MEMBERS = 10_000
SUFFIX = ".nnlab"


def _pack(value: Any, arrays: dict[str, np.ndarray]) -> Any:
    if isinstance(value, np.ndarray):
        name = f"arrays/{len(arrays)}.npy"
        arrays[name] = value
        return {"$array": name}
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dict):
        return {str(k): _pack(v, arrays) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_pack(v, arrays) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise Problem(N_("a session cannot hold a {type} ({value:.60})"), type=type(value).__name__, value=repr(value))


def write_session(path: str | Path, tabs: dict, current: str = "", saved_by: str = "NN Lab") -> Path:
    """Write ``tabs`` (``{tab: {page: state}}``) and the current page to ``path``."""
    arrays: dict[str, np.ndarray] = {}
    doc = {"format": FORMAT, "version": VERSION, "saved_by": saved_by, "current": current,
           "tabs": _pack(tabs, arrays)}
    text = json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=1)
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("session.json", text)
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.save(buf, np.ascontiguousarray(arr), allow_pickle=False)
            zf.writestr(name, buf.getvalue())
    tmp.replace(path)                      # a failed write never leaves half a session behind
    return path


def _unpack(value: Any, arrays: dict[str, np.ndarray]) -> Any:
    if isinstance(value, dict):
        if set(value) == {"$array"}:
            name = value["$array"]
            if name not in arrays:
                raise Problem(N_("the session refers to {name!r}, which the file does not hold"), name=name)
            return arrays[name]
        return {k: _unpack(v, arrays) for k, v in value.items()}
    if isinstance(value, list):
        return [_unpack(v, arrays) for v in value]
    return value


def read_session(path: str | Path) -> dict:
    """``{"current": str, "tabs": {...}, "version": int, "saved_by": str}`` of a session file."""
    path = Path(path)
    if path.is_dir():
        raise Problem(N_("{name} is a folder, not an NN Lab session file"), name=path.name)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise Problem(N_("{name} does not exist"), name=path.name) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise Problem(N_("{name} is not an NN Lab session file (not a zip archive: {why})"), name=path.name,
                      why=exc) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise Problem(N_("{name} holds {count} files; a session holds at most {most}"), name=path.name,
                          count=len(infos), most=MAX_MEMBERS)
        total = sum(i.file_size for i in infos)
        if total > MAX_BYTES:
            raise Problem(N_("{name} unpacks to {mb:.0f} MB; a session is at most {most} MB"), name=path.name,
                          mb=total / 2**20, most=MAX_BYTES // 2**20)
        names = {i.filename for i in infos}
        if "session.json" not in names:
            raise Problem(N_("{name} is not an NN Lab session file (no session.json inside)"), name=path.name)
        try:
            doc = json.loads(zf.read("session.json").decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, zipfile.BadZipFile, OSError, EOFError) as exc:
            raise Problem(N_("session.json in {name} cannot be read: {why}"), name=path.name, why=exc) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            if isinstance(doc, dict):
                raise Problem(N_("{name} is not an NN Lab session file (format {format!r})"), name=path.name,
                              format=doc.get("format"))
            raise Problem(N_("{name}: session.json is not an object"), name=path.name)
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise Problem(N_("{name}: the session version {version!r} is not a positive whole number"), name=path.name,
                          version=version)
        if version > VERSION:
            raise Problem(N_("{name} was saved by a newer NN Lab (session format {version}; this one "
                             "reads up to {newest}): update NN Lab to open it"), name=path.name, version=version,
                          newest=VERSION)
        tabs = doc.get("tabs")
        if not isinstance(tabs, dict) or not all(isinstance(v, dict) for v in tabs.values()):
            raise Problem(N_("{name}: 'tabs' must map tab titles to their pages' states"), name=path.name)
        arrays = {}
        for name in sorted(n for n in names if n.startswith("arrays/") and n.endswith(".npy")):
            try:
                arr = np.load(io.BytesIO(zf.read(name)), allow_pickle=False)
            except (ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:
                raise Problem(N_("{member} in {name} is not a plain NumPy array: {why}"), member=name, name=path.name,
                              why=exc) from None
            if arr.dtype.kind not in "biufc":
                raise Problem(N_("{member} in {name} holds {dtype} data; a session keeps numbers only"), member=name,
                              name=path.name, dtype=arr.dtype)
            arrays[name] = arr
        current = doc.get("current", "")
        return {"version": version, "saved_by": str(doc.get("saved_by", "")),
                "current": current if isinstance(current, str) else "", "tabs": _unpack(tabs, arrays)}
