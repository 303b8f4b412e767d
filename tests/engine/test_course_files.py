"""Course files: telling a generator from data22 / data23 images, the image pairs, clear refusals.

Every file is a small one of the course's format written into tmp_path (the course
files themselves are never copied).
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.io

from nnlab_gui.engine import course_files as cf
from nnlab_gui.engine.generator import Generator
from nnlab_gui.engine.inpaint import block_average
from nnlab_gui.engine.matfile import col_major_to_images, images_to_col_major


def small_generator(seed: int = 0) -> Generator:
    rng = np.random.default_rng(seed)
    return Generator(rng.normal(0, 0.6, (16, 10)), rng.normal(0, 0.2, 16),
                     rng.normal(0, 0.4, (784, 16)), rng.normal(0, 0.3, 784), name="small")


def write_images(path, rows: int, n: int = 3, seed: int = 0) -> dict:
    rng = np.random.default_rng(seed)
    data = {"X_i": rng.random((784, n)), "X_n": rng.random((rows, n))}
    scipy.io.savemat(str(path), data)
    return data


def test_sniff_tells_the_kinds_apart(tmp_path):
    small_generator().save_course_mat(tmp_path / "data21.mat")
    small_generator().save(tmp_path / "gen.npz")
    write_images(tmp_path / "data22.mat", 784)
    write_images(tmp_path / "data23.mat", 49)
    assert cf.sniff(tmp_path / "data21.mat") == cf.GENERATOR
    assert cf.sniff(tmp_path / "gen.npz") == cf.GENERATOR
    assert cf.sniff(tmp_path / "data22.mat") == cf.IMAGES
    assert cf.sniff(tmp_path / "data23.mat") == cf.IMAGES


def test_a_course_generator_is_read_and_known_as_the_courses(tmp_path):
    g = small_generator(1)
    g.save_course_mat(tmp_path / "data21.mat")
    f = cf.read_course_file(tmp_path / "data21.mat")
    assert f.kind == cf.GENERATOR and f.images is None
    assert f.generator.latent_dim == 10 and cf.is_course_generator(f.generator)
    z = np.linspace(-1, 1, 10)
    np.testing.assert_allclose(f.generator.decode(z), g.decode(z), atol=1e-12)
    g.save(tmp_path / "mine.npz")
    own = cf.read_course_file(tmp_path / "mine.npz").generator
    assert not cf.is_course_generator(own)


def test_data22_pairs_are_the_noisy_images_upright(tmp_path):
    data = write_images(tmp_path / "data22.mat", 784, n=4)
    f = cf.read_course_file(tmp_path / "data22.mat")
    pairs = f.images
    assert f.kind == cf.IMAGES and f.generator is None
    assert len(pairs) == 4 and not pairs.superres and pairs.name == "data22"
    assert pairs.ideal.shape == pairs.observed.shape == (4, 28, 28)
    np.testing.assert_array_equal(pairs.ideal, col_major_to_images(data["X_i"]))
    np.testing.assert_array_equal(pairs.observed, col_major_to_images(data["X_n"]))
    # column-major: the course vector is the picture read column by column
    np.testing.assert_array_equal(images_to_col_major(pairs.observed)[:, 1], data["X_n"][:, 1])
    ideal, observed = pairs.pair(2)
    np.testing.assert_array_equal(ideal, pairs.ideal[2])
    assert "noisy" in pairs.description


def test_data23_pairs_show_the_7x7_average_as_blocks(tmp_path):
    data = write_images(tmp_path / "data23.mat", 49, n=2, seed=3)
    pairs = cf.read_course_file(tmp_path / "data23.mat").images
    assert pairs.superres and "super-resolution" in pairs.description
    B = block_average(4)
    for i in range(2):
        # T applied to the shown 28×28 picture gives back the file's 49 numbers
        np.testing.assert_allclose(B.apply(pairs.observed[i]), B.from_course(data["X_n"][:, i]))
        assert np.all(pairs.observed[i][:4, :4] == pairs.observed[i][0, 0])     # one 4×4 block


@pytest.mark.parametrize("make, words", [
    (lambda p: write_images(p, 400), ["X_n", "400", "784", "49"]),
    (lambda p: scipy.io.savemat(str(p), {"X_i": np.zeros((784, 0)), "X_n": np.zeros((784, 0))}),
     ["X_i", "no images"]),
    (lambda p: scipy.io.savemat(str(p), {"X_i": np.zeros((400, 2)), "X_n": np.zeros((784, 2))}),
     ["X_i", "400"]),
    (lambda p: scipy.io.savemat(str(p), {"X_i": np.zeros((784, 3)), "X_n": np.zeros((784, 2))}),
     ["X_n", "columns"]),
    (lambda p: scipy.io.savemat(str(p), {"X_i": np.full((784, 1), np.nan), "X_n": np.zeros((784, 1))}),
     ["X_i", "NaN"]),
    (lambda p: scipy.io.savemat(str(p), {"W": np.eye(3)}), ["neither", "W"]),
    (lambda p: p.write_bytes(b"not a MATLAB file at all"), ["not a MATLAB .mat file", "begins with"]),
])
def test_a_bad_file_is_refused_with_one_clear_sentence(tmp_path, make, words):
    path = tmp_path / "bad.mat"
    make(path)
    with pytest.raises(ValueError) as info:
        cf.read_course_file(path)
    for word in words:
        assert word in str(info.value)


def test_missing_and_unknown_files_are_refused(tmp_path):
    with pytest.raises(ValueError, match="not found"):
        cf.read_course_file(tmp_path / "missing.mat")
    with pytest.raises(ValueError, match="not found"):
        cf.read_course_file(tmp_path / "missing.npz")
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ValueError, match="unknown file type"):
        cf.sniff(tmp_path / "notes.txt")


def test_a_generator_without_latent_input_is_refused(tmp_path):
    np.savez(tmp_path / "flat.npz", A1=np.zeros((4, 0)), b1=np.zeros(4), A2=np.zeros((784, 4)), b2=np.zeros(784))
    with pytest.raises(ValueError, match="latent size is 0"):
        cf.read_course_file(tmp_path / "flat.npz")
    with pytest.raises(ValueError, match="latent size is 0"):
        Generator(np.zeros((4, 0)), np.zeros(4), np.zeros((784, 4)), np.zeros(784), name="flat")


def test_the_course_generator_beside_the_images_is_found(tmp_path):
    write_images(tmp_path / "data22.mat", 784)
    assert cf.companion_generator(tmp_path / "data22.mat") is None
    small_generator(2).save_course_mat(tmp_path / "data21.mat")
    g = cf.companion_generator(tmp_path / "data22.mat")
    assert g.name == "data21" and cf.is_course_generator(g)
    (tmp_path / "data21.mat").write_bytes(b"broken")
    with pytest.raises(ValueError, match="data21.mat"):
        cf.companion_generator(tmp_path / "data22.mat")
