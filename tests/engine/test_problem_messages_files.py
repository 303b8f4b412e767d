"""The file, session and WL messages as templates (engine.texts.Problem): each bad input below
raises a Problem whose English is the message the f-string used to give, and whose text in a
(fake) translation is the translated template filled with the same values, nested parts too."""

from __future__ import annotations

import json
import zipfile

import networkx as nx
import numpy as np
import pytest
import scipy.io

from nnlab_gui.engine import (answer_check, cnn_file, course_files, datasets, file_kinds, file_refs, palette,
                              resources, result_data, session_file, variants, wl, wl_batch, wl_relabel,
                              wl_synthetic)
from nnlab_gui.engine.texts import Problem

FAKE = {
    "graph {g} is directed; the WL kernel here needs undirected graphs (convert with G.to_undirected())":
        "GRAPH {g} DIRECTED",
    "{what} {value!r} is not a whole number": "{what} -> {value!r} NOT WHOLE",
    "graph {g}, node {v!r}: label": "G{g}/N{v!r}/LABEL",
    "{what}: {value!r} is not a whole number within int64": "{what}: {value!r} NOT INT64",
    "node counts": "NODE-COUNTS",
    "{name} is not an NN Lab session file (no session.json inside)": "{name}: NO SESSION.JSON",
    "{name} was saved by a newer NN Lab (session format {version}; this one reads up to {newest}): "
    "update NN Lab to open it": "{name} NEWER {version} > {newest}",
    "{name}: the lab does not open {suffix}; it opens {known}": "{name} REFUSED {suffix}; OPENS {known}",
    "files without a suffix": "NO-SUFFIX",
    "the folder {name} holds no TU dataset (no NAME_A.txt); the lab opens {known}": "FOLDER {name} NOT TU",
    "the saved {type} lacks {fields}": "SAVED {type} LACKS {fields}",
    "{name} holds neither a generator ({generator_keys}) nor course images (X_i, X_n); keys found: {keys}":
        "{name} NEITHER ({generator_keys}) KEYS {keys}",
    "none": "NONE",
    "not a text file: this is a binary file ({what})": "BINARY ({what})",
    "a PNG image": "PNG-IMAGE",
    "it contains NUL bytes, the first at position {position:,}": "NUL AT {position:,}",
    "normalize: expected True or False, got {value!r}": "NORMALIZE? {value!r}",
    "{text!r} is not an exercise number: type e.g. {exercise}-017 or 17": "{text!r} NOT EXERCISE ({exercise}-017)",
    "n_graphs must be in 1…10⁷, got {value}": "N_GRAPHS 1…10⁷ ≠ {value}",
    "iterations must be in 0…{most}, got {value}": "ITERATIONS 0…{most} ≠ {value}",
    "{name} has {size} entry; you gave {given} (write one number, e.g. 34944 or 34,944)":
        "{name}: {size} ENTRY, GAVE {given}",
    "{name}: {why}": "{name} => {why}",
    "colour must look like #rrggbb, got {value!r}": "COLOUR #rrggbb ≠ {value!r}",
    "bundled resource '{name}' is missing from {folder}; reinstall the lab or run tools/build_resources.py":
        "MISSING {name}",
    "a file reference is {path, sha256, reread}": "FILE-REF {path, sha256, reread}",
    "split must be 'train' or 'test', got {value!r}": "SPLIT ≠ {value!r}",
    "key 'X_n' in {name} has {rows} rows: expected {pixels} (data22: noisy images) or {blocks} "
    "(data23: 7×7 averages)": "X_n IN {name}: {rows} ROWS, NOT {pixels}/{blocks}",
}


def fake_tr(text: str) -> str:
    return FAKE.get(text, text)


def problem_of(call, *args, **kwargs) -> Problem:
    with pytest.raises(ValueError) as info:
        call(*args, **kwargs)
    assert isinstance(info.value, Problem), type(info.value)
    return info.value


def test_wl_batch_graph_and_label_messages():
    p = problem_of(wl_batch.batch_from_graphs, [nx.Graph(), nx.DiGraph([(0, 1)])])
    assert str(p) == ("graph 2 is directed; the WL kernel here needs undirected graphs "
                      "(convert with G.to_undirected())")
    assert p.text(fake_tr) == "GRAPH 2 DIRECTED"
    g = nx.Graph()
    g.add_node("a", label=2.5)
    p = problem_of(wl_batch.batch_from_graphs, [g])
    assert str(p) == "graph 1, node 'a': label 2.5 is not a whole number"
    assert p.text(fake_tr) == "G1/N'a'/LABEL -> 2.5 NOT WHOLE"
    p = problem_of(wl_batch.GraphBatch.from_edges, [1.5], np.zeros((0, 2)))
    assert str(p) == f"node counts: {np.float64(1.5)!r} is not a whole number within int64"    # as before
    assert p.text(fake_tr) == f"NODE-COUNTS: {np.float64(1.5)!r} NOT INT64"
    assert str(problem_of(wl_batch.GraphBatch.from_edges, [2], [[0, 5]])) == \
        "edge refers to node 6, but there are only 2 nodes"
    assert str(problem_of(wl_batch.batch_from_graphs, [])) == \
        "graphs: no graphs (the WL kernel needs at least one graph)"


def zip_with(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for k, v in members.items():
            zf.writestr(k, v)
    return path


def test_session_file_messages(tmp_path):
    p = problem_of(session_file.read_session, zip_with(tmp_path / "a.nnlab", {"x.txt": "x"}))
    assert str(p) == "a.nnlab is not an NN Lab session file (no session.json inside)"
    assert p.text(fake_tr) == "a.nnlab: NO SESSION.JSON"
    newer = json.dumps({"format": session_file.FORMAT, "version": 7, "tabs": {}})
    p = problem_of(session_file.read_session, zip_with(tmp_path / "b.nnlab", {"session.json": newer}))
    assert str(p) == ("b.nnlab was saved by a newer NN Lab (session format 7; this one reads up to 1): "
                      "update NN Lab to open it")
    assert p.text(fake_tr) == "b.nnlab NEWER 7 > 1"
    p = problem_of(session_file.write_session, tmp_path / "c.nnlab", {"T": {"p": {"x": object}}})
    assert str(p) == f"a session cannot hold a type ({object!r:.60})"


def test_file_kinds_messages(tmp_path):
    (tmp_path / "README").write_text("x")
    p = problem_of(file_kinds.kind_of, tmp_path / "README")
    assert str(p) == f"README: the lab does not open files without a suffix; it opens {file_kinds.KNOWN}"
    assert p.text(fake_tr) == f"README REFUSED NO-SUFFIX; OPENS {file_kinds.KNOWN}"
    (tmp_path / "x.png").write_bytes(b"png")
    assert str(problem_of(file_kinds.kind_of, tmp_path / "x.png")).startswith("x.png: the lab does not open .png;")
    (tmp_path / "empty").mkdir()
    p = problem_of(file_kinds.kind_of, tmp_path / "empty")
    assert p.text(fake_tr) == "FOLDER empty NOT TU"
    assert str(problem_of(file_kinds.kind_of, tmp_path / "gone.nnlab")) == "gone.nnlab does not exist"


def test_result_data_messages():
    from nnlab_gui.engine.inpaint import InpaintSnapshot

    p = problem_of(result_data.from_data, {"$result": "InpaintSnapshot"}, (InpaintSnapshot,))
    fields = [f for f in InpaintSnapshot.__dataclass_fields__]
    assert str(p) == f"the saved InpaintSnapshot lacks {', '.join(fields)}"
    assert p.text(fake_tr) == f"SAVED InpaintSnapshot LACKS {', '.join(fields)}"
    assert str(problem_of(result_data.from_data, {"$result": "Other"}, ())) == \
        "a saved result of kind 'Other' is not one this page keeps"


def test_course_files_messages(tmp_path):
    scipy.io.savemat(str(tmp_path / "w.mat"), {"W": np.eye(3)})
    p = problem_of(course_files.read_course_file, tmp_path / "w.mat")
    assert str(p) == "w.mat holds neither a generator (A_1, B_1, A_2, B_2) nor course images (X_i, X_n); keys found: W"
    assert p.text(fake_tr) == "w.mat NEITHER (A_1, B_1, A_2, B_2) KEYS W"
    (tmp_path / "notes").write_text("hello")
    assert str(problem_of(course_files.sniff, tmp_path / "notes")) == (
        "notes: unknown file type '(no suffix)'; expected a course .mat (data21 / data22 / data23) or a generator .npz")
    (tmp_path / "notes.txt").write_text("hello")
    assert str(problem_of(course_files.sniff, tmp_path / "notes.txt")).startswith(
        "notes.txt: unknown file type '.txt'; expected a course .mat")


def test_datasets_course_images_message_is_a_translated_file_refusal(tmp_path):
    scipy.io.savemat(str(tmp_path / "bad.mat"), {"X_i": np.zeros((784, 4)), "X_n": np.zeros((400, 4))})
    p = problem_of(course_files.read_course_file, tmp_path / "bad.mat")
    assert isinstance(p, datasets.FileRefused)
    assert str(p) == "key 'X_n' in bad.mat has 400 rows: expected 784 (data22: noisy images) or 49 (data23: 7×7 averages)"
    assert p.text(fake_tr) == "X_n IN bad.mat: 400 ROWS, NOT 784/49"
    digits = datasets.load_digits()
    p = problem_of(digits.split, "validation")
    assert str(p) == "split must be 'train' or 'test', got 'validation'"
    assert p.text(fake_tr) == "SPLIT ≠ 'validation'"


def test_cnn_file_messages():
    p = problem_of(cnn_file.decode_text, b"\x89PNG\r\n\x1a\nrest")
    assert str(p) == "not a text file: this is a binary file (a PNG image)"
    assert p.text(fake_tr) == "BINARY (PNG-IMAGE)"
    p = problem_of(cnn_file.decode_text, b"input 28x28" + b"\0" * 3 + b"x" * 2000)
    assert str(p) == "not a text file: this is a binary file (it contains NUL bytes, the first at position 11)"
    assert p.text(fake_tr) == "BINARY (NUL AT 11)"
    assert str(problem_of(cnn_file.decode_text, "text")) == "expected the bytes of a file, got str"
    assert str(problem_of(cnn_file.decode_text, b"caf\xe9 " * 10)) == \
        "not a UTF-8 text file (byte 0xe9 at position 3): save it as UTF-8"
    assert str(problem_of(cnn_file.decode_text, "a\x01b".encode())) == \
        "not a text file: control character U+0001 at position 1"


def test_wl_and_relabel_messages():
    g = [nx.path_graph(3)]
    p = problem_of(lambda: next(wl.kernel_steps(g, 1, normalize="yes")))
    assert str(p) == "normalize: expected True or False, got 'yes'"
    assert p.text(fake_tr) == "NORMALIZE? 'yes'"
    p = problem_of(wl_relabel.check_iterations, 5000)
    assert str(p) == f"iterations must be in 0…{wl_relabel.MAX_ITERATIONS}, got 5000"
    assert p.text(fake_tr) == f"ITERATIONS 0…{wl_relabel.MAX_ITERATIONS} ≠ 5000"
    assert str(problem_of(wl_relabel.check_iterations, 1.5)) == \
        f"iterations: expected a whole number 0…{wl_relabel.MAX_ITERATIONS}, got 1.5"


def test_wl_synthetic_message():
    p = problem_of(wl_synthetic.synthetic_batch, 0)
    assert str(p) == "n_graphs must be in 1…10⁷, got 0"
    assert p.text(fake_tr) == "N_GRAPHS 1…10⁷ ≠ 0"
    assert str(problem_of(wl_synthetic.synthetic_batch, 3, min_nodes=9, max_nodes=4)) == \
        "node counts: need 2 ≤ min_nodes ≤ max_nodes ≤ 10⁴, got 9, 4"


def test_variants_messages():
    p = problem_of(variants.parse_number, "abc", "3")
    assert str(p) == "'abc' is not an exercise number: type e.g. 3-017 or 17"
    assert p.text(fake_tr) == "'abc' NOT EXERCISE (3-017)"
    assert str(problem_of(variants.parse_number, "4-017", "3")) == \
        "4-017 is a number of exercise 4; this page's is exercise 3"
    assert str(problem_of(variants.parse_number, "0", "3")) == "exercise numbers run from 1 to 999, got 0"
    assert str(problem_of(variants.make, "9", 1)) == "exercise must be one of 3, 3b, 4, 6, got '9'"


def test_answer_check_messages_nest_the_matrix_problem():
    p = problem_of(answer_check.parse_answer, "1 2", 1, "units")
    assert str(p) == "units has 1 entry; you gave 2 (write one number, e.g. 34944 or 34,944)"
    assert p.text(fake_tr) == "units: 1 ENTRY, GAVE 2"
    assert str(problem_of(answer_check.parse_answer, "1", 3, "h")) == "h has 3 entries; you gave 1"
    p = problem_of(answer_check.parse_answer, "1 x", None, "K")
    assert str(p) == "K: row 1, entry 2: 'x' is not a number"
    tr = {**FAKE, "row {i}, entry {j}: {why}": "ROW {i} ENTRY {j} -> {why}"}
    assert p.text(lambda t: tr.get(t, t)) == "K => ROW 1 ENTRY 2 -> 'x' is not a number"


def test_palette_resources_and_file_refs_messages():
    p = problem_of(palette.mix, "#12", "#ffffff", 0.5)
    assert str(p) == "colour must look like #rrggbb, got '#12'"
    assert p.text(fake_tr) == "COLOUR #rrggbb ≠ '#12'"
    p = problem_of(resources.resource_path, "no-such-file.npz")
    assert str(p) == (f"bundled resource 'no-such-file.npz' is missing from {resources.resources_dir()}; "
                      "reinstall the lab or run tools/build_resources.py")
    assert p.text(fake_tr) == "MISSING no-such-file.npz"
    p = problem_of(file_refs.check_ref, {"path": 3})
    assert str(p) == "a file reference is {path, sha256, reread}"
    assert p.text(fake_tr) == "FILE-REF {path, sha256, reread}"
