"""The binary-file messages as templates (engine.texts.Problem): a bad .mat or .npz built here,
a bad generator, a bad mosaic and the answer sets' labels each raise (or hold) a Problem whose
English is the message the f-string used to give, and whose text in a (fake) translation is the
translated template filled with the same values, the nested parts (the key, the kind of file,
the generator) translated too."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest
import scipy.io

from nnlab_gui.engine import answer_check, answer_sets, imaging, matfile
from nnlab_gui.engine.generator import Generator, load_generator
from nnlab_gui.engine.texts import Problem

FAKE = {
    "key '{name}' in {source}": "KEY<{name}>@{source}",
    "key '{name}'": "KEY<{name}>",
    "{key} (shape {shape}) contains {count} NaN/inf values": "{key} {shape} HAS {count} NAN",
    "{key} has shape {shape}, expected {want}": "{key} SHAPE {shape} WANT {want}",
    "a {n}-D array": "ARRAY-{n}D",
    "{key} (shape {shape}) has an entry of magnitude {size:.3g}; the limit is {limit:g}":
        "{key} TOO BIG {size:.3g} > {limit:g}",
    "key '{key}' is missing from {name} (keys found: {keys})": "NO KEY {key} IN {name} ({keys})",
    "none": "NOTHING",
    "{name} is empty (0 bytes): not a {what}": "{name} EMPTY, NOT {what}",
    "{name} is a folder, not a {what}": "{name} FOLDER, NOT {what}",
    "generator file": "GENERATOR-FILE",
    "MATLAB .mat file": "MAT-FILE",
    "{name} is a MATLAB v7.3 (HDF5) file, which the lab cannot read: save it again in MATLAB with "
    "save(name, '-v7') (or Octave: save -v7)": "{name} IS V7.3",
    "{name} is not a MATLAB .mat file: it begins with '{start}' (a MATLAB file begins with "
    "'MATLAB 5.0 MAT-file')": "{name} NOT MAT ('{start}')",
    "{name} is not a {what}: it begins with '{start}', not with a zip archive's 'PK'": "{name} NOT {what} ('{start}')",
    "generator .npz": "GEN-NPZ",
    "{name} is an empty archive: no arrays": "{name} EMPTY ARCHIVE",
    "array '{key}' in {name} is a Python pickle, which the lab never unpickles: save plain numbers":
        "{key}@{name} PICKLE",
    "{name}: A_1 is {A_1}, B_1 {B_1}, A_2 {A_2}; their hidden sizes disagree": "{name}: {A_1}/{B_1}/{A_2} DISAGREE",
    "{name}: unknown generator format {suffix!r} (expected .mat or .npz)": "{name}: FORMAT {suffix!r}?",
    "generator {name!r}": "GEN {name!r}",
    "{where}: A1 is {hidden}×{latent}, so its latent size is {latent}; expected 1 to {most} latent inputs":
        "{where}: LATENT {latent} > {most}",
    "course vectors must be {pixels}×n columns, got shape {shape}": "VECTORS {pixels}×n ≠ {shape}",
    "mosaic needs (n, h, w) or (n, h, w, 3) images, got shape {shape}": "MOSAIC ≠ {shape}",
    "units of layer {n} ({layer})": "UNITS L{n} ({layer})",
    "Your first wrong quantity is {label}: {detail}.": "FIRST WRONG {label}: {detail}.",
    "you have {yours}, correct is {correct}": "YOURS {yours} RIGHT {correct}",
    "units = H2·W2·K": "UNITS = H2·W2·K",
}


def fake_tr(text: str) -> str:
    return FAKE.get(text, text)


def problem_of(call, *args, **kwargs) -> Problem:
    with pytest.raises(ValueError) as info:
        call(*args, **kwargs)
    assert isinstance(info.value, Problem), type(info.value)
    return info.value


def mat(tmp_path, name, arrays):
    scipy.io.savemat(str(tmp_path / name), arrays)
    return tmp_path / name


def test_a_nan_a_wrong_shape_and_a_huge_entry_name_the_key_and_the_file(tmp_path):
    path = mat(tmp_path, "nan.mat", {"X": np.array([[1.0, np.nan], [np.inf, 2.0]])})
    p = problem_of(matfile.load_mat, path, {"X": (2, 2)})
    assert isinstance(p, matfile.FileRefused)
    assert str(p) == "key 'X' in nan.mat (shape (2, 2)) contains 2 NaN/inf values"
    assert p.text(fake_tr) == "KEY<X>@nan.mat (2, 2) HAS 2 NAN"
    path = mat(tmp_path, "w.mat", {"W": np.ones((3, 4))})
    p = problem_of(matfile.load_mat, path, {"W": (None, None, None)})
    assert str(p) == "key 'W' in w.mat has shape (3, 4), expected a 3-D array"
    assert p.text(fake_tr) == "KEY<W>@w.mat SHAPE (3, 4) WANT ARRAY-3D"
    assert str(problem_of(matfile.load_mat, path, {"W": (3, 5)})) == \
        "key 'W' in w.mat has shape (3, 4), expected 3×5"
    p = problem_of(matfile.load_mat, mat(tmp_path, "big.mat", {"W": np.full((2, 2), 5e7)}), {"W": (2, 2)},
                   max_abs={"W": 1e6})
    assert str(p) == "key 'W' in big.mat (shape (2, 2)) has an entry of magnitude 5e+07; the limit is 1e+06"
    assert p.text(fake_tr) == "KEY<W>@big.mat TOO BIG 5e+07 > 1e+06"
    p = problem_of(matfile.check_array, "z", [1.0, np.nan])
    assert str(p) == "key 'z' (shape (2,)) contains 1 NaN/inf values"
    assert p.text(fake_tr) == "KEY<z> (2,) HAS 1 NAN"


def test_a_missing_key_lists_the_keys_found(tmp_path):
    path = mat(tmp_path, "w.mat", {"W": np.eye(2), "b": np.ones(2)})
    p = problem_of(matfile.load_mat, path, {"A_1": None})
    assert str(p) == "key 'A_1' is missing from w.mat (keys found: W, b)"
    assert p.text(fake_tr) == "NO KEY A_1 IN w.mat (W, b)"


def test_empty_folder_hdf5_and_foreign_files_are_refused_by_name(tmp_path):
    (tmp_path / "empty.mat").write_bytes(b"")
    p = problem_of(load_generator, tmp_path / "empty.mat")
    assert str(p) == "empty.mat is empty (0 bytes): not a generator file"
    assert p.text(fake_tr) == "empty.mat EMPTY, NOT GENERATOR-FILE"
    (tmp_path / "dir.mat").mkdir()
    p = problem_of(matfile.mat_keys, tmp_path / "dir.mat")
    assert str(p) == "dir.mat is a folder, not a MATLAB .mat file"
    assert p.text(fake_tr) == "dir.mat FOLDER, NOT MAT-FILE"
    (tmp_path / "v73.mat").write_bytes(b"\x89HDF\r\n\x1a\n" + b"\0" * 200)
    p = problem_of(matfile.mat_keys, tmp_path / "v73.mat")
    assert str(p) == ("v73.mat is a MATLAB v7.3 (HDF5) file, which the lab cannot read: save it again in MATLAB "
                      "with save(name, '-v7') (or Octave: save -v7)")
    assert p.text(fake_tr) == "v73.mat IS V7.3"
    (tmp_path / "notes.mat").write_text("these are my notes about the course\n" * 5)
    p = problem_of(matfile.mat_keys, tmp_path / "notes.mat")
    assert str(p) == ("notes.mat is not a MATLAB .mat file: it begins with 'these are my notes about' "
                      "(a MATLAB file begins with 'MATLAB 5.0 MAT-file')")
    assert p.text(fake_tr) == "notes.mat NOT MAT ('these are my notes about')"
    assert str(problem_of(matfile.check_file, tmp_path / "gone.mat")) == f"file not found: {tmp_path / 'gone.mat'}"


def test_npz_files_a_text_an_empty_archive_and_a_pickle(tmp_path):
    (tmp_path / "gen.npz").write_text("A1 = [1 2]")
    p = problem_of(load_generator, tmp_path / "gen.npz")
    assert str(p) == "gen.npz is not a generator .npz: it begins with 'A1 =', not with a zip archive's 'PK'"
    assert p.text(fake_tr) == "gen.npz NOT GEN-NPZ ('A1 =')"
    with zipfile.ZipFile(tmp_path / "none.npz", "w"):
        pass
    p = problem_of(matfile.read_npz, tmp_path / "none.npz")
    assert str(p) == "none.npz is an empty archive: no arrays"
    assert p.text(fake_tr) == "none.npz EMPTY ARCHIVE"
    with zipfile.ZipFile(tmp_path / "pickled.npz", "w") as zf:
        zf.writestr("A1.npy", b"\x80\x04\x95rest of a pickle")
    p = problem_of(matfile.read_npz, tmp_path / "pickled.npz")
    assert str(p) == "array 'A1' in pickled.npz is a Python pickle, which the lab never unpickles: save plain numbers"
    assert p.text(fake_tr) == "A1@pickled.npz PICKLE"


def test_a_course_generator_whose_hidden_sizes_disagree(tmp_path):
    path = mat(tmp_path, "g.mat", {"A_1": np.ones((5, 2)), "B_1": np.ones((4, 1)), "A_2": np.ones((784, 5)),
                                   "B_2": np.ones((784, 1))})
    p = problem_of(load_generator, path)
    assert str(p) == "g.mat: A_1 is (5, 2), B_1 (4, 1), A_2 (784, 5); their hidden sizes disagree"
    assert p.text(fake_tr) == "g.mat: (5, 2)/(4, 1)/(784, 5) DISAGREE"
    (tmp_path / "g.txt").write_text("x")
    p = problem_of(load_generator, tmp_path / "g.txt")
    assert str(p) == "g.txt: unknown generator format '.txt' (expected .mat or .npz)"
    assert p.text(fake_tr) == "g.txt: FORMAT '.txt'?"


def test_a_generator_with_too_many_latent_inputs_is_named_in_the_message():
    from nnlab_gui.engine.generator import MAX_LATENT

    d = MAX_LATENT + 1
    p = problem_of(Generator, np.zeros((2, d)), np.zeros(2), np.zeros((784, 2)), np.zeros(784), name="wide")
    assert str(p) == (f"generator 'wide': A1 is 2×{d}, so its latent size is {d}; expected 1 to {MAX_LATENT} "
                      "latent inputs")
    assert p.text(fake_tr) == f"GEN 'wide': LATENT {d} > {MAX_LATENT}"
    p = problem_of(Generator, np.zeros((2, 3)), np.zeros(2), np.zeros((784, 2)), np.full(784, np.nan), name="g")
    assert str(p) == "key 'b2' in generator 'g' (shape (784,)) contains 784 NaN/inf values"
    assert p.text(fake_tr) == "KEY<b2>@GEN 'g' (784,) HAS 784 NAN"


def test_layout_and_mosaic_messages():
    p = problem_of(matfile.col_major_to_images, np.zeros((10, 2)))
    assert str(p) == "course vectors must be 784×n columns, got shape (10, 2)"
    assert p.text(fake_tr) == "VECTORS 784×n ≠ (10, 2)"
    p = problem_of(imaging.mosaic, np.zeros((2, 3)))
    assert str(p) == "mosaic needs (n, h, w) or (n, h, w, 3) images, got shape (2, 3)"
    assert p.text(fake_tr) == "MOSAIC ≠ (2, 3)"
    assert str(problem_of(imaging.tile_at, 0, 0, (3,), 2, 4)) == "tile_shape must be (h, w), got (3,)"


def test_the_answer_sets_labels_and_the_verdict_are_templates():
    from nnlab_gui.engine import cnn

    s = cnn.summarize(*cnn.PRESETS["alexnet"]).layers[0]
    qs = answer_sets.cnn_quantities(s)
    units = next(q for q in qs if q.key == "units")
    assert isinstance(units.label, Problem)
    assert str(units.label) == f"units of layer 1 ({s.label})"
    assert units.label.text(fake_tr) == f"UNITS L1 ({s.label})"
    res = answer_check.check_answers(qs, {"units": "290401"})
    assert res.message.startswith(f"Your first wrong quantity is units of layer 1 ({s.label}): "
                                  "you have 290,401, correct is 290,400; units = H2·W2·K = ")
    assert str(res.problem) == res.message
    assert res.problem.text(fake_tr).startswith(f"FIRST WRONG UNITS L1 ({s.label}): YOURS 290,401 RIGHT 290,400; "
                                                "UNITS = H2·W2·K = ")
    assert res.verdict("units").detail == str(res.verdict("units").problem)
