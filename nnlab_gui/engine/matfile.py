"""Reading the lab's binary files — MATLAB ``.mat`` and NumPy ``.npz`` — identified, checked, bounded.

``load_mat(path, {"A_1": (128, None), ...})`` returns float arrays for the named keys;
``read_npz(path)`` returns every array of a ``.npz``; ``None`` in a shape matches any size.
A missing key, a wrong shape, a non-numeric array or NaN/inf raises :class:`FileRefused`
(a ``ValueError``) naming the key and the shape found, so the GUI can show one sentence.

A file is identified by its first bytes before it is parsed (a MATLAB v5 header, a
MATLAB v4 matrix, a zip archive); MATLAB v7.3 (HDF5) files get their own message.  Every
size is checked from the headers before any data is read, against stated limits:

* ``MAX_FILE_BYTES`` = 512 MiB on disk (the course files are < 1 MB, the bundled
  generators ~3 MB): a bigger file is refused without reading it;
* ``MAX_ARRAY_BYTES`` = 256 MiB of float64 data per file, counted from the array headers
  (a ``.npy`` header claiming 10¹³ floats is refused, never allocated), and the same
  bound on what the compressed parts of a ``.mat`` inflate to (no zip bombs);
* ``MAX_MEMBERS`` = 256 arrays in a ``.npz`` (the lab writes at most a dozen).

Object arrays are never unpickled: a ``.npz`` member holding Python objects is refused.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from nnlab_gui.engine.mat_v5 import check_numeric_data
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["FileRefused", "load_mat", "mat_keys", "read_npz", "check_array", "check_file", "col_major_to_images",
           "images_to_col_major", "MAX_FILE_BYTES", "MAX_ARRAY_BYTES", "MAX_MEMBERS"]

MAX_FILE_BYTES = 512 * 2 ** 20
MAX_ARRAY_BYTES = 256 * 2 ** 20
MAX_MEMBERS = 256
MAX_TEXT = 10_000                    # characters of a text member (a name, a note)
HDF5_MAGIC = b"\x89HDF\r\n\x1a\n"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
MAT_CLASSES = {"double", "single", "logical", "int8", "uint8", "int16", "uint16", "int32", "uint32",
               "int64", "uint64"}


class FileRefused(Problem):
    """A file (or an array in it) the lab will not use; the message says what and why (a
    :class:`~nnlab_gui.engine.texts.Problem`, so its template can be translated)."""


def _mib(n: int) -> float:
    """``n`` bytes in MiB (the templates write it ``{size:,.0f} MiB``)."""
    return n / 2 ** 20


def _shape(shape: Sequence[int]) -> str | Problem:
    return "×".join(str(s) for s in shape) if len(shape) else Problem(N_("scalar"))


def _noun(what) -> Problem:
    """A kind of file (``"generator file"``, marked with N_ by the caller) as a message argument."""
    return what if isinstance(what, Problem) else Problem(what)


def _key(name: str, source) -> Problem:
    """The subject of a message about one array: ``key 'A1'`` or ``key 'A1' in file.mat``."""
    if source:
        return Problem(N_("key '{name}' in {source}"), name=name, source=source)
    return Problem(N_("key '{name}'"), name=name)


def check_array(name: str, value, shape: Sequence[int | None] | None = None,
                source: str = "", max_abs: float | None = None) -> np.ndarray:
    """Validate one array: numeric, finite, of ``shape`` (None = any size), |entries| ≤ ``max_abs``."""
    key = _key(name, source)
    try:
        arr = np.asarray(value)
    except (ValueError, TypeError, OverflowError) as exc:
        raise FileRefused(N_("{key} is not an array of numbers ({why})"), key=key, why=exc) from None
    if arr.dtype == object or not (np.issubdtype(arr.dtype, np.number) or arr.dtype == bool):
        raise FileRefused(N_("{key} is not a numeric array (dtype {dtype}, shape {shape})"), key=key,
                          dtype=arr.dtype, shape=arr.shape)
    if np.iscomplexobj(arr):
        raise FileRefused(N_("{key} is complex (shape {shape}); expected real numbers"), key=key, shape=arr.shape)
    arr = arr.astype(float, copy=False)
    if shape is not None:
        ok = arr.ndim == len(shape) and all(s is None or s == a for s, a in zip(shape, arr.shape))
        if not ok:
            want = "×".join("n" if s is None else str(s) for s in shape)
            if all(s is None for s in shape):
                want = Problem(N_("a {n}-D array"), n=len(shape))
            raise FileRefused(N_("{key} has shape {shape}, expected {want}"), key=key, shape=arr.shape, want=want)
    if arr.size and not np.all(np.isfinite(arr)):
        bad = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise FileRefused(N_("{key} (shape {shape}) contains {count} NaN/inf values"), key=key, shape=arr.shape,
                          count=bad)
    if max_abs is not None and arr.size and float(np.max(np.abs(arr))) > max_abs:
        raise FileRefused(N_("{key} (shape {shape}) has an entry of magnitude {size:.3g}; the limit is {limit:g}"),
                          key=key, shape=arr.shape, size=float(np.max(np.abs(arr))), limit=max_abs)
    return arr


def check_file(path, what: str = N_("file")) -> Path:
    """``path`` as a Path to an existing, non-empty regular file of at most ``MAX_FILE_BYTES``
    (``what``, marked with N_ by the caller, names the kind of file in the messages)."""
    what = _noun(what)
    if isinstance(path, bytes) or not isinstance(path, (str, Path)) or not str(path):
        raise FileRefused(N_("a {what} path must be a file name, got {value!r}"), what=what, value=path)
    path = Path(path)
    try:
        if not path.exists():
            raise FileRefused(N_("file not found: {path}"), path=path)
        if path.is_dir():
            raise FileRefused(N_("{name} is a folder, not a {what}"), name=path.name, what=what)
        size = path.stat().st_size
    except OSError as exc:
        raise FileRefused(N_("{name} cannot be read ({why})"), name=path.name, why=exc.strerror or exc) from None
    if size == 0:
        raise FileRefused(N_("{name} is empty (0 bytes): not a {what}"), name=path.name, what=what)
    if size > MAX_FILE_BYTES:
        raise FileRefused(N_("{name} is {size:,.0f} MiB: larger than the {limit:,.0f} MiB limit for a {what}"),
                          name=path.name, size=_mib(size), limit=_mib(MAX_FILE_BYTES), what=what)
    return path


def _head(path: Path, n: int = 128) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(n)
    except OSError as exc:
        raise FileRefused(N_("{name} cannot be read ({why})"), name=path.name, why=exc.strerror or exc) from None


# ------------------------------------------------------------------ MATLAB
def _identify_mat(path: Path) -> int:
    """4 or 5 (the MATLAB format); FileRefused for v7.3 / HDF5 and for what is no .mat at all."""
    head = _head(path)
    v73 = FileRefused(N_("{name} is a MATLAB v7.3 (HDF5) file, which the lab cannot read: save it again "
                         "in MATLAB with save(name, '-v7') (or Octave: save -v7)"), name=path.name)
    if head.startswith(HDF5_MAGIC):
        raise v73
    if len(head) == 128 and head[126:128] in (b"IM", b"MI"):
        major = head[125] if head[126:128] == b"IM" else head[124]
        if major == 2:
            raise v73
        if major != 1:
            raise FileRefused(N_("{name}: unknown MATLAB file version {version} (expected a v5/v7 .mat)"),
                              name=path.name, version=major)
        return 5
    if len(head) >= 20 and 0 in head[:4] and not head.startswith(ZIP_MAGIC):
        return 4                     # a v4 matrix header (type, rows, cols, imag, name length)
    shown = head[:24].decode("latin-1").encode("unicode_escape").decode()
    raise FileRefused(N_("{name} is not a MATLAB .mat file: it begins with '{start}' "
                         "(a MATLAB file begins with 'MATLAB 5.0 MAT-file')"), name=path.name, start=shown)


def _inflated_size_ok(path: Path, limit: int) -> None:
    """Walk a v5 file's top-level elements; refuse compressed ones that inflate beyond ``limit``."""
    total, size = 0, path.stat().st_size
    with open(path, "rb") as f:
        head = f.read(128)
        endian = "<" if head[126:128] == b"IM" else ">"
        while True:
            tag = f.read(8)
            if len(tag) < 8:
                return
            mdtype, nbytes = struct.unpack(endian + "II", tag)
            if mdtype & 0xFFFF0000:                 # a small data element: data in the tag
                continue
            if f.tell() + nbytes > size:
                raise FileRefused(N_("{name} is truncated: a variable at byte {offset} needs {size} bytes, "
                                     "the file ends {left} bytes later"), name=path.name, offset=f.tell() - 8,
                                  size=nbytes, left=size - f.tell())
            if mdtype != 15:                        # not miCOMPRESSED: skip (scipy checks it)
                f.seek(nbytes + (-nbytes % 8), 1)
                continue
            inflate = zlib.decompressobj()
            left = nbytes
            while left > 0:
                chunk = f.read(min(left, 1 << 20))
                if not chunk:
                    break
                left -= len(chunk)
                try:
                    total += len(inflate.decompress(chunk, 1 << 20))
                    while inflate.unconsumed_tail and total <= limit:
                        total += len(inflate.decompress(inflate.unconsumed_tail, 1 << 20))
                except zlib.error as exc:
                    raise FileRefused(N_("{name} is damaged: a compressed variable does not inflate ({why})"),
                                      name=path.name, why=exc) from None
                if total > limit:
                    raise FileRefused(N_("{name}: its compressed variables inflate to more than {limit:,.0f} MiB, "
                                         "the limit for a course file"), name=path.name, limit=_mib(limit))


def _listing(path) -> tuple[Path, dict[str, tuple[tuple[int, ...], str]]]:
    """The checked path and {name: (shape, MATLAB class)} of its variables, from the headers only."""
    import scipy.io

    path = check_file(path, N_("MATLAB .mat file"))
    version = _identify_mat(path)
    try:
        if version == 5:
            _inflated_size_ok(path, MAX_ARRAY_BYTES)
        listing = scipy.io.whosmat(str(path))
    except FileRefused:
        raise
    except Exception as exc:  # scipy raises many kinds for a corrupt file
        raise FileRefused(N_("{name} is not a readable MATLAB .mat file ({why})"), name=path.name, why=exc) from None
    return path, {name: (tuple(int(d) for d in shape), cls) for name, shape, cls in listing}


def mat_keys(path) -> set[str]:
    """The variable names of a MATLAB file (identified and bounded as :func:`load_mat` does)."""
    return set(_listing(path)[1])


def load_mat(path, keys: Mapping[str, Sequence[int | None] | None],
             max_abs: Mapping[str, float] | None = None) -> dict[str, np.ndarray]:
    """Load and validate ``keys`` from a MATLAB ``.mat`` file (v4 or v5/v7; v7.3 is refused)."""
    import scipy.io

    path, found = _listing(path)
    budget = MAX_ARRAY_BYTES
    for key, shape in keys.items():
        if key not in found:
            raise FileRefused(N_("key '{key}' is missing from {name} (keys found: {keys})"), key=key,
                              name=path.name, keys=", ".join(sorted(found)) or Problem(N_("none")))
        dims, cls = found[key]
        if cls not in MAT_CLASSES:
            raise FileRefused(N_("key '{key}' in {name} is not a numeric array (a MATLAB {kind} array, {shape}): "
                                 "expected numbers"), key=key, name=path.name, kind=cls, shape=_shape(dims))
        budget -= 8 * int(np.prod([int(d) for d in dims], dtype=object))
        if budget < 0:
            raise FileRefused(N_("key '{key}' in {name} is {shape}: more than {limit:,.0f} MiB of numbers, "
                                 "the limit for a course file"), key=key, name=path.name, shape=_shape(dims),
                              limit=_mib(MAX_ARRAY_BYTES))
    if _identify_mat(path) == 5:
        try:
            check_numeric_data(path, keys)
        except ValueError as exc:
            raise FileRefused(N_("{name} is damaged: {why}"), name=path.name, why=exc) from None
    try:
        data = scipy.io.loadmat(str(path), variable_names=list(keys))
    except Exception as exc:  # scipy raises many kinds for a corrupt file
        raise FileRefused(N_("{name} is not a readable MATLAB .mat file ({why})"), name=path.name, why=exc) from None
    out = {}
    for key, shape in keys.items():
        if key not in data:
            raise FileRefused(N_("key '{key}' of {name} could not be read"), key=key, name=path.name)
        out[key] = check_array(key, data[key], shape, path.name, (max_abs or {}).get(key))
    return out


# ------------------------------------------------------------------- NumPy
def _read_header(fp, key: str, src: str):
    magic = fp.read(8)
    if magic.startswith(b"\x80") or magic[:1] in (b"(", b"]", b"}", b"c"):
        raise FileRefused(N_("array '{key}' in {name} is a Python pickle, which the lab never unpickles: "
                             "save plain numbers"), key=key, name=src)
    if not magic.startswith(b"\x93NUMPY") or len(magic) < 8:
        shown = magic.decode("latin-1").encode("unicode_escape").decode()
        raise FileRefused(N_("array '{key}' in {name} is not a .npy array: it begins with '{start}'"), key=key,
                          name=src, start=shown)
    version = (magic[6], magic[7])
    if version == (1, 0):
        return np.lib.format.read_array_header_1_0(fp)
    if version == (2, 0):
        return np.lib.format.read_array_header_2_0(fp)
    reader = getattr(np.lib.format, "_read_array_header", None)
    if version == (3, 0) and reader is not None:
        return reader(fp, version)
    raise FileRefused(N_("array '{key}' in {name} uses .npy format version {major}.{minor}; "
                         "the lab reads 1.0, 2.0 and 3.0"), key=key, name=src, major=version[0], minor=version[1])


def _member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, src: str, budget: int, text_keys) -> np.ndarray:
    key = info.filename[:-4]
    with zf.open(info) as fp:
        shape, fortran, dtype = _read_header(fp, key, src)
        if any(int(s) < 0 for s in shape):
            raise FileRefused(N_("array '{key}' in {name} has a negative dimension in its shape {shape}"), key=key,
                              name=src, shape=shape)
        if dtype.hasobject:
            raise FileRefused(N_("array '{key}' in {name} holds Python objects (dtype {dtype}); the lab never "
                                 "unpickles data: save plain numbers"), key=key, name=src, dtype=dtype)
        is_text = dtype.kind in "US" and (key in text_keys or key.startswith("meta_"))
        if dtype.fields is not None or dtype.subdtype is not None or (dtype.kind not in "biuf" and not is_text):
            raise FileRefused(N_("array '{key}' in {name} is not numeric (dtype {dtype}, shape {shape})"), key=key,
                              name=src, dtype=dtype, shape=_shape(shape))
        count = int(np.prod([int(s) for s in shape], dtype=object))
        if 8 * count > budget:
            raise FileRefused(N_("array '{key}' in {name} claims shape {shape}: {size:,.0f} MiB of numbers, "
                                 "over the {limit:,.0f} MiB limit for a file"), key=key, name=src,
                              shape=_shape(shape), size=_mib(8 * count), limit=_mib(MAX_ARRAY_BYTES))
        if is_text and (count > 1 or dtype.itemsize > 4 * MAX_TEXT):
            raise FileRefused(N_("text '{key}' in {name} must be one string of at most {most} characters "
                                 "(found shape {shape}, dtype {dtype})"), key=key, name=src, most=MAX_TEXT,
                              shape=_shape(shape), dtype=dtype)
        nbytes = count * dtype.itemsize
        body = fp.read(nbytes)
        if len(body) != nbytes:
            raise FileRefused(N_("array '{key}' in {name} is truncated: its header says {shape} ({size} bytes), "
                                 "the file holds {found}"), key=key, name=src, shape=_shape(shape), size=nbytes,
                              found=len(body))
        if fp.read(1):
            raise FileRefused(N_("array '{key}' in {name} has bytes after its data"), key=key, name=src)
    arr = np.frombuffer(body, dtype=dtype) if nbytes else np.zeros(0, dtype=dtype)
    return arr.reshape(shape[::-1]).T if fortran else arr.reshape(shape)


def read_npz(path, text_keys: Sequence[str] = ("name",), what: str = N_("NumPy .npz file")) -> dict[str, np.ndarray]:
    """Every array of a ``.npz`` (numbers; text only under ``text_keys`` and ``meta_*``), checked."""
    what = _noun(what)
    path = check_file(path, what)
    head = _head(path, 4)
    if not head.startswith(ZIP_MAGIC):
        shown = head.decode("latin-1").encode("unicode_escape").decode()
        raise FileRefused(N_("{name} is not a {what}: it begins with '{start}', not with a zip archive's 'PK'"),
                          name=path.name, what=what, start=shown)
    out: dict[str, np.ndarray] = {}
    budget = MAX_ARRAY_BYTES
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise FileRefused(N_("{name} holds {count} arrays, more than the {most} allowed"), name=path.name,
                                  count=len(infos), most=MAX_MEMBERS)
            if not infos:
                raise FileRefused(N_("{name} is an empty archive: no arrays"), name=path.name)
            for info in infos:
                if not info.filename.endswith(".npy") or info.is_dir():
                    raise FileRefused(N_("{name} holds '{member}', which is not a NumPy array (.npy)"),
                                      name=path.name, member=info.filename)
                if info.flag_bits & 0x1:
                    raise FileRefused(N_("array '{key}' in {name} is encrypted"), key=info.filename[:-4],
                                      name=path.name)
                try:
                    arr = _member(zf, info, path.name, budget, text_keys)
                except FileRefused:
                    raise
                except Exception as exc:  # zlib.error, BadZipFile (CRC), EOFError, NotImplementedError …
                    raise FileRefused(N_("array '{key}' in {name} is damaged ({kind}: {why})"),
                                      key=info.filename[:-4], name=path.name, kind=type(exc).__name__,
                                      why=exc) from None
                budget -= 8 * arr.size
                out[info.filename[:-4]] = arr
    except FileRefused:
        raise
    except Exception as exc:  # BadZipFile, OSError, struct.error … from the archive's directory
        raise FileRefused(N_("{name} is a damaged {what} ({kind}: {why})"), name=path.name, what=what,
                          kind=type(exc).__name__, why=exc) from None
    return out


# -------------------------------------------------------------- the layout
def col_major_to_images(columns: np.ndarray, side: int = 28) -> np.ndarray:
    """(side², n) column-major course vectors -> (n, side, side) upright images."""
    columns = check_array("columns", columns)
    if columns.ndim == 1:
        columns = columns[:, None]
    if columns.ndim != 2 or columns.shape[0] != side * side:
        raise FileRefused(N_("course vectors must be {pixels}×n columns, got shape {shape}"), pixels=side * side,
                          shape=columns.shape)
    n = columns.shape[1]
    # a column-major vector reshaped row-major gives the transpose
    return columns.T.reshape(n, side, side).transpose(0, 2, 1).copy()


def images_to_col_major(images: np.ndarray) -> np.ndarray:
    """(n, s, s) upright images -> (s², n) column-major course vectors."""
    images = check_array("images", images)
    if images.ndim != 3 or images.shape[1] != images.shape[2]:
        raise FileRefused(N_("images must be (n, s, s) square pictures, got shape {shape}"), shape=images.shape)
    n, s, _ = images.shape
    return images.transpose(0, 2, 1).reshape(n, s * s).T.copy()
