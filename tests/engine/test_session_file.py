"""Session files (.nnlab): round trips with arrays, and every kind of bad file refused."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest

from nnlab_gui.engine import file_kinds, session_file as sf

TABS = {"Inpainting": {"Inpainting": {"restarts": 7, "mask": [[0, 1], [1, 0]], "lr": 1e-3}},
        "WL kernel": {"Two graphs": {"k": 2, "graphs": [{"nodes": [[1, 1, 0.5, 0.5]], "edges": []}]}}}


def test_round_trip_keeps_every_value_and_array(tmp_path):
    weights = np.arange(12, dtype=np.float32).reshape(3, 4)
    tabs = {**TABS, "Hidden units (λ)": {"Course weights": {"theta": weights, "n": np.int64(3)}}}
    path = sf.write_session(tmp_path / "a.nnlab", tabs, current="WL kernel:Two graphs")
    doc = sf.read_session(path)
    assert doc["version"] == sf.VERSION and doc["current"] == "WL kernel:Two graphs"
    assert doc["tabs"]["Inpainting"] == TABS["Inpainting"]
    got = doc["tabs"]["Hidden units (λ)"]["Course weights"]
    assert got["n"] == 3 and got["theta"].dtype == np.float32 and np.array_equal(got["theta"], weights)
    assert file_kinds.kind_of(path) == file_kinds.SESSION


def zip_with(tmp_path, members: dict[str, bytes], name="bad.nnlab"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        for k, v in members.items():
            zf.writestr(k, v)
    return path


def doc(**over) -> bytes:
    d = {"format": sf.FORMAT, "version": 1, "tabs": {}}
    d.update(over)
    return json.dumps(d).encode()


def npy(arr) -> bytes:
    buf = io.BytesIO()
    np.save(buf, arr, allow_pickle=True)
    return buf.getvalue()


@pytest.mark.parametrize("members, message", [
    ({"other.txt": b"x"}, "no session.json"),
    ({"session.json": b"{not json"}, "cannot be read"),
    ({"session.json": b"\xff\xfe"}, "cannot be read"),
    ({"session.json": b"[1, 2]"}, "not an object"),
    ({"session.json": doc(format="something else")}, "not an NN Lab session"),
    ({"session.json": doc(version=2)}, "newer NN Lab"),
    ({"session.json": doc(version="1")}, "not a positive whole number"),
    ({"session.json": doc(tabs=[1])}, "'tabs' must map"),
    ({"session.json": doc(tabs={"A": {"p": {"x": {"$array": "arrays/9.npy"}}}})}, "does not hold"),
    ({"session.json": doc(), "arrays/0.npy": npy(np.array([{"a": 1}], dtype=object))}, "not a plain NumPy"),
    ({"session.json": doc(), "arrays/0.npy": b"\x93NUMPY garbage"}, "not a plain NumPy"),
    ({"session.json": doc(), "arrays/0.npy": npy(np.array(["text"]))}, "numbers only"),
])
def test_bad_session_files_are_refused_with_a_reason(tmp_path, members, message):
    with pytest.raises(ValueError, match=message):
        sf.read_session(zip_with(tmp_path, members))


def test_not_a_zip_a_folder_a_missing_file_and_a_too_large_one(tmp_path, monkeypatch):
    (tmp_path / "text.nnlab").write_text("hello")
    with pytest.raises(ValueError, match="not a zip"):
        sf.read_session(tmp_path / "text.nnlab")
    with pytest.raises(ValueError, match="folder"):
        sf.read_session(tmp_path)
    with pytest.raises(ValueError, match="does not exist"):
        sf.read_session(tmp_path / "missing.nnlab")
    path = sf.write_session(tmp_path / "big.nnlab", {"A": {"p": {"a": np.zeros(1000)}}})
    monkeypatch.setattr(sf, "MAX_BYTES", 1000)
    with pytest.raises(ValueError, match="unpacks to"):
        sf.read_session(path)


def test_a_state_that_is_not_data_is_refused_and_no_file_is_left(tmp_path):
    with pytest.raises(ValueError, match="cannot hold a object"):
        sf.write_session(tmp_path / "x.nnlab", {"A": {"p": {"w": object()}}})
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("name, content, kind", [
    ("net.cnn", b"input 8x8x1; conv 2 3", file_kinds.CNN_TEXT),
    ("net.txt", b"# a network\ninput 8x8x1; fc 3", file_kinds.CNN_TEXT),
    ("g.txt", b"# edges\n1 2\n2 3\n", file_kinds.GRAPH),
    ("g.gml", b"graph [ ]", file_kinds.GRAPH),
    ("MUTAG_A.txt", b"1, 2\n", file_kinds.TU_DATASET),
    ("gen.npz", b"PK", file_kinds.GENERATOR),
])
def test_file_kinds_from_name_and_content(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_bytes(content)
    assert file_kinds.kind_of(path) == kind


def test_file_kinds_of_mat_files_and_refusals(tmp_path):
    import scipy.io

    for keys, kind in (({"A_1": np.zeros((2, 2))}, file_kinds.GENERATOR),
                       ({"X_i": np.zeros((784, 1)), "X_n": np.zeros((784, 1))}, file_kinds.COURSE_IMAGES),
                       ({"Theta1": np.zeros((25, 401))}, file_kinds.COURSE_WEIGHTS)):
        path = tmp_path / f"{kind.replace(' ', '_')}.mat"
        scipy.io.savemat(path, keys)
        assert file_kinds.kind_of(path) == kind
    scipy.io.savemat(tmp_path / "other.mat", {"Q": np.zeros(2)})
    (tmp_path / "junk.mat").write_bytes(b"not matlab")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG")
    (tmp_path / "empty_folder").mkdir()
    for name, message in (("other.mat", "does not know"), ("junk.mat", "not a readable"),
                          ("bin.txt", "not a text file"), ("pic.png", "does not open .png"),
                          ("empty_folder", "no TU dataset"), ("absent.cnn", "does not exist")):
        with pytest.raises(ValueError, match=message):
            file_kinds.kind_of(tmp_path / name)
