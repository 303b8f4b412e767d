"""Property tests of the binary readers: any damage to a good generator / course file gives either a
usable result or a ValueError — never another exception, never NaN pictures, always quickly.

Damage is a truncation, flipped bytes or spliced garbage anywhere in a good ``.npz`` (stored and
compressed), a good course ``.mat`` (plain and compressed), a ``data22``-style and an
``ex4weights``-style file.  Each example is bounded by the hypothesis deadline (2 s).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pytest
import scipy.io
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnlab_gui.engine import course_files as cf
from nnlab_gui.engine import datasets
from nnlab_gui.engine.generator import Generator, load_generator
from tests.corpus import generator_files as corpus


def _mat(arrays, compress=False) -> bytes:
    buf = io.BytesIO()
    scipy.io.savemat(buf, arrays, do_compression=compress)
    return buf.getvalue()


def _npz(compress: bool) -> bytes:
    buf = io.BytesIO()
    (np.savez_compressed if compress else np.savez)(buf, **corpus.arrays(d=2, h=3))
    return buf.getvalue()


GOOD = {
    "stored.npz": (_npz(False), load_generator),
    "compressed.npz": (_npz(True), load_generator),
    "data21.mat": (_mat(corpus.course(d=2, h=3)), load_generator),
    "data21z.mat": (_mat(corpus.course(d=2, h=3), compress=True), cf.read_course_file),
    "data22.mat": (_mat(corpus.images(n=2)), cf.read_course_file),
    "ex4weights.mat": (_mat(corpus.weights(), compress=True), cf.read_course_weights),
}

damage = st.one_of(
    st.tuples(st.just("cut"), st.floats(0.0, 1.0)),
    st.tuples(st.just("flip"), st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(1, 255)), min_size=1,
                                        max_size=8)),
    st.tuples(st.just("splice"), st.tuples(st.floats(0.0, 1.0), st.binary(min_size=1, max_size=64))),
)


def damaged(data: bytes, how) -> bytes:
    kind, arg = how
    if kind == "cut":
        return data[: int(arg * len(data))]
    if kind == "flip":
        out = bytearray(data)
        for where, mask in arg:
            i = min(int(where * len(out)), len(out) - 1)
            out[i] ^= mask
        return bytes(out)
    where, junk = arg
    i = int(where * len(data))
    return data[:i] + junk + data[i + len(junk):]


def check_result(result) -> None:
    if isinstance(result, Generator):
        X = result.decode(np.zeros((2, result.latent_dim)))
        assert np.isfinite(X).all()
    elif isinstance(result, cf.CourseFile):
        if result.generator is not None:
            check_result(result.generator)
        else:
            assert len(result.images) >= 1 and np.isfinite(result.images.observed).all()
    else:
        assert all(np.isfinite(t).all() for t in result)


@pytest.mark.parametrize("name", sorted(GOOD))
@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=damage)
def test_damaged_files_load_or_give_a_value_error(name, how, tmp_path):
    data, loader = GOOD[name]
    path = Path(tmp_path) / name
    path.write_bytes(damaged(data, how))
    try:
        result = loader(path)
    except ValueError as exc:
        assert str(exc).strip()
    else:
        check_result(result)


@settings(max_examples=40, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shape=st.lists(st.integers(-3, 10 ** 15), min_size=0, max_size=4),
       descr=st.sampled_from(["<f8", "<f4", "|b1", "<i8", "|O", "<U3", "<c16", "|V8", "<M8[D]"]),
       body=st.binary(max_size=256))
def test_any_npy_header_is_read_or_refused(shape, descr, body, tmp_path):
    members = {f"{k}.npy": corpus.npy(v) for k, v in corpus.arrays().items() if k != "A1"}
    members["A1.npy"] = corpus.npy_header(shape, descr=descr) + body
    path = Path(tmp_path) / "g.npz"
    path.write_bytes(corpus.zipped(members, zipfile.ZIP_DEFLATED))
    try:
        check_result(load_generator(path))
    except ValueError as exc:
        assert str(exc).strip()


@settings(max_examples=40, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.integers(0, 900), n=st.integers(0, 6), m=st.integers(0, 900), k=st.integers(0, 6),
       value=st.sampled_from([0.5, np.nan, np.inf, -1e300, 1e3, -1e3]))
def test_course_images_of_any_shape_load_or_give_a_value_error(rows, n, m, k, value, tmp_path):
    X_i, X_n = np.full((rows, n), 0.5), np.full((m, k), 0.5)
    if X_n.size:
        X_n.flat[0] = value
    path = Path(tmp_path) / "data22.mat"
    path.write_bytes(_mat({"X_i": X_i, "X_n": X_n}))
    try:
        images = datasets.load_course_images(path)
    except ValueError as exc:
        assert str(exc).strip()
    else:
        assert rows == 784 and n == k >= 1 and m in (784, 49) and abs(value) <= 1e3
        assert len(images.ideal) == n and np.isfinite(images.observed).all()
