"""The course's own files: inpainting (data22) and super-resolution (data23) on data21.

Settings as in the report: 20 restarts, μ = 0.001, RMSprop λ = 0.1; 3000 iterations
for inpainting, 5000 for super-resolution.  Skips when ../shared/course_files is absent.
"""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine.datasets import load_course_images
from nnlab_gui.engine.generator import load_generator
from nnlab_gui.engine.inpaint import block_average, keep_first, reconstruct
from nnlab_gui.engine.matfile import col_major_to_images


@pytest.fixture
def course_file(course_path):
    return course_path


@pytest.fixture
def course_generator(course_file):
    return load_generator(course_file("data21.mat"))


@pytest.mark.parametrize("n", [500, 350])
def test_inpainting_data22(course_generator, course_file, n):
    data = load_course_images(course_file("data22.mat"))
    noisy = col_major_to_images(data.observed.T)       # X_n is 784 × 4: the noisy images
    T = keep_first(n)
    for i in range(len(data.ideal)):
        y = T.apply(noisy[i])
        np.testing.assert_array_equal(y, data.observed[i][:n])     # the course's T X_n = X_n[:n]
        res = reconstruct(course_generator, T, y, restarts=20, iterations=3000, seed=i)
        mse = np.mean((res.image - data.ideal[i]) ** 2)
        assert mse < 0.01, f"image {i + 1}, N = {n}: MSE {mse:.4f}"


def test_super_resolution_data23(course_generator, course_file):
    data = load_course_images(course_file("data23.mat"))
    T = block_average(4)
    assert data.observed.shape == (4, 49)
    for i in range(len(data.ideal)):
        y = T.from_course(data.observed[i])          # course blocks are column-major
        # the stored 7×7 observation is the block average of X_i plus a little noise
        assert np.abs(y - T.apply(data.ideal[i])).max() < 0.1
        res = reconstruct(course_generator, T, y, restarts=20, iterations=5000, seed=i)
        mse = np.mean((res.image - data.ideal[i]) ** 2)
        assert mse < 0.005, f"image {i + 1}: MSE {mse:.4f}"


def test_super_resolution_needs_the_block_order_conversion(course_file):
    """Read row-major, the course's 7×7 observation no longer matches X_i's blocks."""
    data = load_course_images(course_file("data23.mat"))
    T = block_average(4)
    for i in range(len(data.ideal)):
        right = np.abs(T.from_course(data.observed[i]) - T.apply(data.ideal[i])).max()
        wrong = np.abs(data.observed[i] - T.apply(data.ideal[i])).max()
        assert right < 0.1 < wrong
