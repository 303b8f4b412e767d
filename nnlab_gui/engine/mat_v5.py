"""A check of a MATLAB v5 file's numeric variables before scipy reads them.

scipy's v5 reader is compiled code that trusts the file: a data element with an unknown
type code, or fewer bytes than its dimensions need, can crash the process instead of
raising (one flipped byte in a course file did).  :func:`check_numeric_data` walks the
top-level elements in Python (inflating compressed ones, whose total size the caller has
already bounded) and, for every variable it is asked about, checks the array flags, the
dimensions, the name and the real (and imaginary) data: a known numeric type, exactly the
bytes the dimensions need, inside the variable's element.  Anything else is a ValueError
naming the variable.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Iterable

import numpy as np

from nnlab_gui.engine.texts import N_, Problem

MI_SIZES = {1: 1, 2: 1, 3: 2, 4: 2, 5: 4, 6: 4, 7: 4, 9: 8, 12: 8, 13: 8}   # miINT8 … miUINT64

MI_MATRIX, MI_COMPRESSED = 14, 15
# one template per part (the words around "real"/"imaginary" differ by language)
_UNKNOWN_TYPE = {"real": N_("variable '{name}': its real data has an unknown type code {code}"),
                 "imaginary": N_("variable '{name}': its imaginary data has an unknown type code {code}")}
_WRONG_SIZE = {"real": N_("variable '{name}' is {shape} ({count} numbers) but its real data holds {size} "
                          "bytes of {width}-byte numbers"),
               "imaginary": N_("variable '{name}' is {shape} ({count} numbers) but its imaginary data holds "
                               "{size} bytes of {width}-byte numbers")}


class DamagedMat(Problem):
    """A v5 variable whose structure does not hold together (a translatable template)."""


def _element(buf: bytes, pos: int, end: int, e: str) -> tuple[int, int, int, int]:
    """(type, nbytes, data start, next position) of the data element at ``pos``."""
    if pos + 8 > end:
        raise DamagedMat(N_("an element header runs past the end of its variable"))
    mdtype, nbytes = struct.unpack_from(e + "II", buf, pos)
    if mdtype >> 16:                       # small element: 1-4 bytes inside the tag
        small = mdtype >> 16
        if small > 4:
            raise DamagedMat(N_("a small element claims {count} bytes (at most 4)"), count=small)
        return mdtype & 0xFFFF, small, pos + 4, pos + 8
    start, stop = pos + 8, pos + 8 + nbytes
    if stop > end:
        raise DamagedMat(N_("an element of {count} bytes runs past the end of its variable"), count=nbytes)
    return mdtype, nbytes, start, stop + (-nbytes % 8)


def _check_matrix(buf: bytes, pos: int, end: int, e: str, wanted: set[str]) -> None:
    """Check one miMATRIX body ``buf[pos:end]`` if its name is in ``wanted``."""
    t, n, start, pos = _element(buf, pos, end, e)
    if t != 6 or n != 8:
        raise DamagedMat(N_("a variable's array flags are not two 32-bit words"))
    flags = struct.unpack_from(e + "I", buf, start)[0]
    cls, is_complex = flags & 0xFF, bool(flags & 0x800)
    t, n, start, pos = _element(buf, pos, end, e)
    if t != 5 or n % 4 or n < 8:
        raise DamagedMat(N_("a variable's dimensions are not 32-bit integers"))
    dims = struct.unpack_from(e + f"{n // 4}i", buf, start)
    t, n, start, pos = _element(buf, pos, end, e)
    if t not in (1, 2):
        raise DamagedMat(N_("a variable's name is not text"))
    name = bytes(buf[start:start + n]).decode("latin-1")
    if name not in wanted or not 6 <= cls <= 15:
        return
    if min(dims) < 0:
        raise DamagedMat(N_("variable '{name}' has a negative dimension {dims}"), name=name, dims=dims)
    count = int(np.prod([int(d) for d in dims], dtype=object))
    for part in ("real", "imaginary")[: 2 if is_complex else 1]:
        t, n, start, pos = _element(buf, pos, end, e)
        if t not in MI_SIZES:
            raise DamagedMat(_UNKNOWN_TYPE[part], name=name, code=t)
        if n != count * MI_SIZES[t]:
            raise DamagedMat(_WRONG_SIZE[part], name=name, shape="×".join(map(str, dims)), count=f"{count:,}",
                             size=f"{n:,}", width=MI_SIZES[t])


def check_numeric_data(path: Path, names: Iterable[str]) -> None:
    """Check the named numeric variables of the v5 file ``path`` (see the module docstring)."""
    data = Path(path).read_bytes()
    e = "<" if data[126:128] == b"IM" else ">"
    wanted, pos = set(names), 128
    while pos + 8 <= len(data):
        t, n, start, nxt = _element(data, pos, len(data), e)
        if t == MI_COMPRESSED:
            try:
                inner = zlib.decompress(data[start:start + n])
            except zlib.error as exc:
                raise DamagedMat(N_("a compressed variable does not inflate ({reason})"), reason=str(exc)) from None
            it, inn, istart, _ = _element(inner, 0, len(inner), e)
            if it == MI_MATRIX:
                _check_matrix(inner, istart, istart + inn, e, wanted)
        elif t == MI_MATRIX:
            _check_matrix(data, start, start + n, e, wanted)
        pos = start + n if t == MI_COMPRESSED else nxt       # compressed elements are not padded
