"""A damaged v5 .mat variable is refused before scipy's compiled reader sees it (it crashed)."""

from __future__ import annotations

import io
import struct

import numpy as np
import pytest
import scipy.io

from nnlab_gui.engine.mat_v5 import check_numeric_data
from nnlab_gui.engine.matfile import load_mat


def _saved(compress: bool = False) -> bytes:
    buf = io.BytesIO()
    scipy.io.savemat(buf, {"X_i": np.arange(6.0).reshape(3, 2), "X_n": np.ones((3, 2))}, do_compression=compress)
    return buf.getvalue()


def _data_tag(raw: bytes, name: bytes) -> int:
    """Offset of the real-data tag of variable ``name`` in an uncompressed file."""
    at = raw.index(name + b"\x00")          # small name element: its 4 bytes, then the data tag
    return at + 4


def test_an_unknown_data_type_is_refused_with_the_variables_name(tmp_path):
    raw = bytearray(_saved())
    tag = _data_tag(bytes(raw), b"X_n")
    assert struct.unpack_from("<I", raw, tag)[0] == 9           # miDOUBLE
    raw[tag] = 135                                              # the byte flip that crashed the lab
    path = tmp_path / "bad.mat"
    path.write_bytes(bytes(raw))
    with pytest.raises(ValueError, match="'X_n'.*unknown type code 135"):
        load_mat(path, {"X_i": None, "X_n": None})


def test_data_shorter_than_its_dimensions_is_refused(tmp_path):
    raw = bytearray(_saved())
    tag = _data_tag(bytes(raw), b"X_i")
    struct.pack_into("<I", raw, tag + 4, 40)                   # 5 doubles for a 3×2 array
    path = tmp_path / "short.mat"
    path.write_bytes(bytes(raw))
    with pytest.raises(ValueError, match="'X_i' is 3×2 \\(6 numbers\\).*40 bytes"):
        check_numeric_data(path, ["X_i"])


@pytest.mark.parametrize("compress", [False, True])
def test_good_files_pass_and_load_the_same_numbers(tmp_path, compress):
    path = tmp_path / "good.mat"
    path.write_bytes(_saved(compress))
    check_numeric_data(path, ["X_i", "X_n"])
    out = load_mat(path, {"X_i": (3, 2), "X_n": (3, 2)})
    assert np.array_equal(out["X_i"], np.arange(6.0).reshape(3, 2)) and np.array_equal(out["X_n"], np.ones((3, 2)))


def test_the_damage_is_named_by_a_translatable_template(tmp_path):
    """DamagedMat is a Problem: the English as before, the words translated where it is shown."""
    from nnlab_gui.engine.texts import Problem

    raw = bytearray(_saved())
    tag = _data_tag(bytes(raw), b"X_i")
    struct.pack_into("<I", raw, tag + 4, 40)
    path = tmp_path / "short.mat"
    path.write_bytes(bytes(raw))
    with pytest.raises(Problem) as info:
        check_numeric_data(path, ["X_i"])
    assert str(info.value) == "variable 'X_i' is 3×2 (6 numbers) but its real data holds 40 bytes of 8-byte numbers"
    fake = {"variable '{name}' is {shape} ({count} numbers) but its real data holds {size} bytes of "
            "{width}-byte numbers": "VAR {name} {shape}: {count} / {size} / {width}"}
    assert info.value.text(lambda t: fake.get(t, t)) == "VAR X_i 3×2: 6 / 40 / 8"
