"""Hostile generator and course files: each known defect of issue 14, and the stated limits.

Before the fix a corrupted ``.npz`` raised ``BadZipFile`` / ``zlib.error`` / ``MemoryError``, a
generator of latent size 0 loaded, a ``.mat`` whose ``X_i`` is 784×0 loaded as an empty image
set, and NaN latent vectors decoded to NaN pictures.  Now each is a ``ValueError`` whose
message names the array and what is allowed.  The files are built in ``tests/corpus``.
"""

from __future__ import annotations

import io
import pickle
import time

import numpy as np
import pytest
import scipy.io

from nnlab_gui.engine import course_files as cf
from nnlab_gui.engine import datasets, matfile
from nnlab_gui.engine.generator import MAX_HIDDEN, MAX_LATENT, Generator, load_generator
from tests.corpus import generator_files as corpus

CASES = {c.name: c for c in corpus.FILES}


def refusal(name, tmp_path, loader=load_generator) -> str:
    path = CASES[name].write(tmp_path)
    with pytest.raises(ValueError) as info:
        loader(path)
    return str(info.value)


@pytest.mark.parametrize("name, words", [
    ("gen_npz_text", ["gen.npz", "not a generator .npz", "PK"]),
    ("gen_npz_truncated", ["damaged", "BadZipFile"]),
    ("gen_npz_deflate_broken", ["'A1'", "damaged", "decompressing"]),
    ("gen_npz_bad_crc", ["'A1'", "CRC"]),
    ("gen_npz_huge_header", ["'A2'", "784×12755102040", "256 MiB limit"]),
    ("gen_npz_huge_1d", ["'b2'", "10000000000000"]),
    ("gen_npz_over_limit", ["'A2'", "359 MiB", "limit"]),
])
def test_a_corrupted_npz_is_a_value_error_naming_the_problem(name, words, tmp_path):
    message = refusal(name, tmp_path)
    for word in words:
        assert word in message


def test_a_header_claiming_1e13_floats_allocates_nothing(tmp_path):
    path = CASES["gen_npz_huge_header"].write(tmp_path)
    t0 = time.perf_counter()
    with pytest.raises(ValueError, match="limit"):
        load_generator(path)
    assert time.perf_counter() - t0 < 1.0


class _Trap:
    fired = False

    def __reduce__(self):
        return (_Trap._fire, ())

    @staticmethod
    def _fire():
        _Trap.fired = True
        return "fired"


def test_object_arrays_are_never_unpickled(tmp_path):
    arrays = corpus.arrays()
    path = tmp_path / "trap.npz"
    np.savez(path, **arrays, name=np.array([_Trap()], dtype=object))
    raw = tmp_path / "raw.npz"
    raw.write_bytes(corpus.zipped({**{f"{k}.npy": corpus.npy(v) for k, v in arrays.items()},
                                   "meta_x.npy": pickle.dumps(_Trap())}))
    for p, word in ((path, "Python objects"), (raw, "pickle")):
        with pytest.raises(ValueError, match=word):
            load_generator(p)
    assert not _Trap.fired


@pytest.mark.parametrize("suffix", ["npz", "mat"])
def test_latent_size_zero_is_refused(suffix, tmp_path):
    message = refusal(f"gen_{suffix}_latent_zero", tmp_path)
    assert "latent size is 0" in message and f"1 to {MAX_LATENT}" in message


def test_the_limits_themselves_are_accepted(tmp_path):
    g = Generator(np.zeros((1, MAX_LATENT)), np.zeros(1), np.zeros((784, 1)), np.zeros(784))
    assert load_generator(g.save(tmp_path / "wide.npz")).latent_dim == MAX_LATENT
    with pytest.raises(ValueError, match=str(MAX_LATENT)):
        Generator(np.zeros((1, MAX_LATENT + 1)), np.zeros(1), np.zeros((784, 1)), np.zeros(784))
    with pytest.raises(ValueError, match=str(MAX_HIDDEN)):
        Generator(np.zeros((MAX_HIDDEN + 1, 2)), np.zeros(MAX_HIDDEN + 1), np.zeros((784, 1)), np.zeros(784))


def test_decoding_never_returns_nan():
    g = Generator(**corpus.arrays())
    for Z in (np.full((2, 3), np.nan), [0.0, np.inf, 0.0], np.full(3, 1e300)):
        with pytest.raises(ValueError, match="latent"):
            g.decode(Z)
    X = g.decode(np.full((2, 3), 1e6))           # the largest allowed z is still a picture
    assert np.isfinite(X).all()


def test_huge_finite_weights_are_refused_before_they_overflow(tmp_path):
    assert "1e+06" in refusal("gen_npz_huge_weight", tmp_path)
    assert "1e+06" in refusal("gen_mat_huge_weight", tmp_path)


@pytest.mark.parametrize("name, words", [
    ("mat_v73", ["v7.3", "HDF5", "-v7"]),
    ("mat_hdf5", ["v7.3", "HDF5"]),
    ("mat_truncated", ["truncated"]),
    ("mat_huge_text", ["not a MATLAB .mat file", "0.5 0.25"]),
    ("mat_empty", ["empty"]),
    ("mat_directory", ["folder"]),
])
def test_bad_mat_files_get_one_clear_sentence(name, words, tmp_path):
    for loader in (load_generator, cf.read_course_file, cf.read_course_weights):
        message = refusal(name, tmp_path, loader)
        for word in words:
            assert word in message, (loader.__name__, message)


def test_sizes_are_checked_from_the_headers(tmp_path):
    for loader in (load_generator, cf.read_course_file):
        message = refusal("gen_mat_huge_dims", tmp_path, loader)
        assert "100000×100000" in message and "256 MiB" in message
    assert "784×100000000" in refusal("img_huge_dims", tmp_path, datasets.load_course_images)


def test_a_huge_text_file_is_refused_at_once(tmp_path):
    path = CASES["mat_huge_text"].write(tmp_path)
    t0 = time.perf_counter()
    with pytest.raises(ValueError):
        cf.read_course_file(path)
    assert time.perf_counter() - t0 < 0.5


def test_an_empty_X_i_is_refused_by_the_loader_itself(tmp_path):
    """The loader (not only the page) refuses 784×0: before the fix it returned no images."""
    message = refusal("img_X_i_empty", tmp_path, datasets.load_course_images)
    assert "X_i" in message and "no images" in message


def test_observation_rows_are_784_or_49(tmp_path):
    for name in ("img_X_n_rows", "img_X_n_rows_1"):
        message = refusal(name, tmp_path, datasets.load_course_images)
        assert "784" in message and "49" in message


def test_a_compressed_mat_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(matfile, "MAX_ARRAY_BYTES", 2 ** 20)     # a small limit, a small bomb
    buf = io.BytesIO()
    scipy.io.savemat(buf, {"X_i": np.zeros((784, 400)), "X_n": np.zeros((784, 400))}, do_compression=True)
    path = tmp_path / "bomb.mat"
    path.write_bytes(buf.getvalue())
    assert path.stat().st_size < 2 ** 16
    with pytest.raises(ValueError, match="inflate"):
        datasets.load_course_images(path)


def test_course_weights_reader(tmp_path):
    good = tmp_path / "ex4weights.mat"
    scipy.io.savemat(good, corpus.weights())
    t1, t2 = cf.read_course_weights(good)
    assert t1.shape == (25, 401) and t2.shape == (10, 26)
    assert "Theta2" in refusal("w_huge_Theta2", tmp_path, cf.read_course_weights)


def test_paths_that_are_not_paths_are_value_errors():
    for loader in (load_generator, cf.read_course_file, datasets.load_course_images, cf.read_course_weights):
        for bad in (None, 123, b"x.mat", ""):
            with pytest.raises(ValueError, match="file name"):
                loader(bad)
