"""The generator network and its files: shapes, course orientation and sign, round trips."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.io

from nnlab_gui.engine.generator import (Generator, column_major_permutation, default_generator,
                                        digits_generator, load_generator)
from tests.conftest import course_file


def random_generator(d=4, h=6, seed=0, **kw) -> Generator:
    rng = np.random.default_rng(seed)
    return Generator(rng.standard_normal((h, d)), rng.standard_normal(h),
                     rng.standard_normal((784, h)), rng.standard_normal(784), **kw)


def letter_f() -> np.ndarray:
    """An asymmetric test picture (an 'F'): any flip or transpose changes it."""
    img = np.full((28, 28), 0.05)
    img[4:24, 6:10] = 0.95      # stem on the left
    img[4:8, 6:22] = 0.95       # top bar, long
    img[12:15, 6:17] = 0.95     # middle bar, shorter
    return img


def course_arrays_for_image(img: np.ndarray, d=3, h=5) -> dict:
    """A course-format generator whose output is ``img`` for every z (A_2 = 0)."""
    p = img.ravel(order="F")                       # column-major, as MATLAB stores it
    return {"A_1": np.ones((h, d)), "B_1": np.zeros((h, 1)), "A_2": np.zeros((784, h)),
            "B_2": np.log((1 - p) / p)[:, None]}   # X = 1/(1+exp(B_2)) = p


def test_decode_shapes():
    g = random_generator()
    assert g.latent_dim == 4 and g.hidden_dim == 6
    assert g.decode(np.zeros((5, 4))).shape == (5, 28, 28)
    assert g.decode(np.zeros(4)).shape == (28, 28)
    W1, Z1, X = g.forward(np.zeros((2, 4)))
    assert W1.shape == (2, 6) and Z1.shape == (2, 6) and X.shape == (2, 784)
    with pytest.raises(ValueError, match="latent vectors have 3 entries"):
        g.decode(np.zeros((1, 3)))


def test_course_file_shows_the_image_upright(tmp_path):
    img = letter_f()
    path = tmp_path / "f.mat"
    scipy.io.savemat(path, course_arrays_for_image(img))
    g = load_generator(path)
    np.testing.assert_allclose(g.decode(np.zeros(3)), img, atol=1e-12)
    assert not np.allclose(g.decode(np.zeros(3)), img.T, atol=0.1)


def test_course_formula_sign_and_order(tmp_path):
    rng = np.random.default_rng(3)
    arrays = {"A_1": rng.standard_normal((7, 10)), "B_1": rng.standard_normal((7, 1)),
              "A_2": rng.standard_normal((784, 7)), "B_2": rng.standard_normal((784, 1))}
    path = tmp_path / "c.mat"
    scipy.io.savemat(path, arrays)
    g = load_generator(path)
    z = rng.standard_normal(10)
    W1 = arrays["A_1"] @ z + arrays["B_1"][:, 0]
    W2 = arrays["A_2"] @ np.maximum(W1, 0) + arrays["B_2"][:, 0]
    X = 1 / (1 + np.exp(W2))                        # the course's sign convention
    np.testing.assert_allclose(g.decode(z), X.reshape(28, 28).T, rtol=1e-12, atol=1e-14)
    # and back to the very same numbers
    out = tmp_path / "back.mat"
    g.save_course_mat(out)
    back = scipy.io.loadmat(out)
    for k, v in arrays.items():
        np.testing.assert_array_equal(back[k], v)


def test_column_major_permutation():
    img = np.arange(784).reshape(28, 28)
    np.testing.assert_array_equal(img.ravel()[column_major_permutation()], img.ravel(order="F"))


def test_npz_round_trip_is_exact(tmp_path):
    g = random_generator(name="test", encoder={"W1": np.ones((3, 784)), "b1": np.zeros(3),
                                               "Wmu": np.ones((4, 3)), "bmu": np.zeros(4)},
                         meta={"made_by": "a test"})
    g2 = load_generator(g.save(tmp_path / "g.npz"))
    for k in ("A1", "b1", "A2", "b2"):
        np.testing.assert_array_equal(getattr(g2, k), getattr(g, k))
    assert g2.name == "test" and g2.meta["made_by"] == "a test"
    for k, v in g.encoder.items():
        np.testing.assert_array_equal(g2.encoder[k], v)
    z = np.random.default_rng(0).standard_normal((3, 4))
    np.testing.assert_array_equal(g2.decode(z), g.decode(z))


@pytest.mark.parametrize("arrays, match", [
    ({"A_1": np.ones((5, 3)), "B_1": np.ones((5, 1)), "A_2": np.ones((784, 5))}, "B_2"),
    ({"A_1": np.ones((5, 3)), "B_1": np.ones((5, 1)), "A_2": np.ones((700, 5)), "B_2": np.ones((700, 1))}, "A_2"),
    ({"A_1": np.ones((5, 3)), "B_1": np.ones((4, 1)), "A_2": np.ones((784, 5)), "B_2": np.ones((784, 1))}, "B_1"),
    ({"A_1": np.full((5, 3), np.nan), "B_1": np.ones((5, 1)), "A_2": np.ones((784, 5)), "B_2": np.ones((784, 1))}, "A_1"),
])
def test_bad_course_files_name_the_problem(tmp_path, arrays, match):
    path = tmp_path / "bad.mat"
    scipy.io.savemat(path, arrays)
    with pytest.raises(ValueError, match=match):
        load_generator(path)


def test_bad_files(tmp_path):
    junk = tmp_path / "junk.mat"
    junk.write_bytes(b"not a mat file at all")
    with pytest.raises(ValueError):
        load_generator(junk)
    with pytest.raises(ValueError, match="missing"):
        np.savez(tmp_path / "x.npz", A1=np.ones((3, 2)))
        load_generator(tmp_path / "x.npz")
    with pytest.raises(ValueError, match="unknown generator format"):
        (tmp_path / "g.txt").write_text("1 2 3")
        load_generator(tmp_path / "g.txt")
    with pytest.raises(ValueError, match="not found"):
        load_generator(tmp_path / "absent.npz")


def test_bundled_generators_have_the_course_shape_and_encoders():
    g = default_generator()
    assert (g.latent_dim, g.hidden_dim) == (10, 128)
    assert g.has_encoder
    d = digits_generator()
    assert d.latent_dim >= 2 and d.has_encoder
    for gen in (g, d):
        X = gen.decode(np.random.default_rng(0).standard_normal((20, gen.latent_dim)))
        assert X.shape == (20, 28, 28) and np.all((X >= 0) & (X <= 1))
        # white ink on black, like the bundled digits: the border is dark
        border = np.concatenate([X[:, 0], X[:, -1], X[:, :, 0], X[:, :, -1]], axis=1)
        assert border.mean() < 0.05


def test_course_data21_is_dark_ink_on_white():
    g = load_generator(course_file("data21.mat"))
    assert (g.latent_dim, g.hidden_dim) == (10, 128)
    X = g.decode(np.random.default_rng(0).standard_normal((50, 10)))
    border = np.concatenate([X[:, 0], X[:, -1], X[:, :, 0], X[:, :, -1]], axis=1)
    assert border.mean() > 0.95
    # the ink is in the middle columns of an upright eight, spread over many rows
    ink = (1 - X).mean(axis=0)
    rows_with_ink = np.flatnonzero(ink.max(axis=1) > 0.3)
    assert rows_with_ink.max() - rows_with_ink.min() >= 14
