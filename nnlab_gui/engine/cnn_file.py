"""Is a file's content text?  Binary content is identified before anything decodes it.

The CNN calculator imports networks in the text form (:mod:`~nnlab_gui.engine.cnn_text`):
a UTF-8 text.  :func:`decode_text` turns a file's bytes into that text or raises a
``ValueError`` that says what the file is instead, in this order:

1. a known binary signature (PNG, JPEG, GIF, PDF, ZIP / ``.npz``, gzip, NumPy ``.npy``,
   MATLAB ``.mat``, HDF5, ELF, 7-Zip, RAR): "not a text file: this is a binary file (a PNG
   image)";
2. a UTF-16 or UTF-32 byte-order mark: a text, but not UTF-8 -- "save it as UTF-8";
3. a NUL byte anywhere: binary;
4. bytes that do not decode as UTF-8: binary when more than 2 % of them are control
   bytes (a text in another encoding has none), else "not a UTF-8 text file (byte 0xf6 at
   position 20): save it as UTF-8" (e.g. a Latin-1 text);
5. a control character other than tab, new line, carriage return, form feed and vertical
   tab in the decoded text: "not a text file".

A UTF-8 byte-order mark is dropped.  No step looks at more than the bytes it is given, so
the time is linear in the file's size (the caller bounds that).
"""

from __future__ import annotations

import re

from nnlab_gui.engine.texts import N_, Problem

__all__ = ["decode_text", "SIGNATURES"]

SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF87a", N_("a GIF image")), (b"GIF89a", N_("a GIF image")),
    (b"%PDF-", N_("a PDF document")),
    (b"PK\x03\x04", N_("a ZIP archive (e.g. .npz, .docx)")), (b"PK\x05\x06", N_("an empty ZIP archive")),
    (b"\x1f\x8b", N_("gzip-compressed data")),
    (b"\x93NUMPY", N_("a NumPy .npy array")),
    (b"MATLAB 5.0 MAT-file", N_("a MATLAB .mat file")),
    (b"\x89HDF\r\n\x1a\n", N_("an HDF5 / MATLAB 7.3 file")),
    (b"\x7fELF", N_("an executable (ELF)")),
    (b"7z\xbc\xaf\x27\x1c", N_("a 7-Zip archive")),
    (b"Rar!\x1a\x07", N_("a RAR archive")),
)
_BOMS = ((b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
         (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"))
_CONTROL_BYTES = bytes(b for b in range(256) if b < 0x20 and b not in (9, 10, 11, 12, 13)) + b"\x7f"
_CONTROL_CHAR = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _binary(what: Problem) -> Problem:
    return Problem(N_("not a text file: this is a binary file ({what})"), what=what)


def _control_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def decode_text(data: bytes) -> str:
    """``data`` as text (UTF-8, a BOM dropped); ValueError saying what it is otherwise."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise Problem(N_("expected the bytes of a file, got {type}"), type=type(data).__name__)
    data = bytes(data)
    for magic, what in SIGNATURES:
        if data.startswith(magic):
            raise _binary(Problem(what))
    for bom, name in _BOMS:
        if data.startswith(bom):
            raise Problem(N_("not a UTF-8 text file: this is {encoding} text (byte-order mark); save it as UTF-8"),
                          encoding=name)
    nul = data.find(b"\0")
    if nul >= 0:
        raise _binary(Problem(N_("it contains NUL bytes, the first at position {position:,}"), position=nul))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _control_bytes(data) * 50 > len(data):
            raise _binary(Problem(N_("most of its bytes are not text"))) from None
        raise Problem(N_("not a UTF-8 text file (byte 0x{byte:02x} at position {position:,}): save it as UTF-8"),
                      byte=data[exc.start], position=exc.start) from None
    bad = _CONTROL_CHAR.search(text)
    if bad:
        raise Problem(N_("not a text file: control character U+{code:04X} at position {position:,}"),
                      code=ord(bad.group()), position=bad.start())
    return text
