"""The files the Inpainting page opens: which kind a file is, read and checked completely.

Three kinds of course file, told apart by their keys:

* a generator: ``data21.mat`` (``A_1``, ``B_1``, ``A_2``, ``B_2``, the course's
  column-major layout) or the lab's own ``.npz`` (:func:`~nnlab_gui.engine.generator.load_generator`);
* noisy images, ``data22.mat``: ``X_i`` (784×n, the ideal images) and ``X_n`` (784×n, the
  noisy ones, x_n = x_ideal + noise), both column-major;
* 7×7 observations, ``data23.mat``: ``X_i`` (784×n) and ``X_n`` (49×n): the 4×4 block
  averages x_n = T x_ideal (T = 49 × 784 with entries 1/16), blocks in column-major order.

:func:`read_course_file` reads a whole file and validates it before returning (a wrong
shape, an empty ``X_i``, NaN, unknown keys: ``ValueError`` with one clear sentence), so
a page can keep what it shows until the file is known to be good.  The image pairs come
as 28×28 pictures: the ideal image and the observation (for data23 the 7×7 average
shown as 4×4 blocks, so that T applied to it gives back the file's 49 numbers).

The fourth course file, ``ex4weights.mat`` (Θ1 25×401, Θ2 10×26, the Hidden units tab's),
is read by :func:`read_course_weights`.  Files are identified and bounded by
:mod:`nnlab_gui.engine.matfile` (its limits: 512 MiB on disk, 256 MiB of numbers).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnlab_gui.engine.datasets import CourseImages, load_course_images
from nnlab_gui.engine.generator import Generator, load_generator
from nnlab_gui.engine.inpaint import PIXELS, block_average
from nnlab_gui.engine.matfile import check_array, check_file, col_major_to_images, load_mat, mat_keys
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["GENERATOR", "IMAGES", "CoursePairs", "CourseFile", "sniff", "course_pairs",
           "read_course_file", "is_course_generator", "companion_generator", "read_course_weights"]

GENERATOR, IMAGES = "generator", "images"
BLOCK_ROWS = 49                 # data23: 7×7 block averages
GENERATOR_KEYS = ("A_1", "B_1", "A_2", "B_2")
COMPANION = "data21.mat"        # the course generator that belongs to data22 / data23


@dataclass(frozen=True, eq=False)
class CoursePairs:
    """Course images as (ideal, observed) 28×28 pairs, numbered from 1 as in the report."""

    name: str
    ideal: np.ndarray           # (n, 28, 28) upright
    observed: np.ndarray        # (n, 28, 28): the noisy image, or the 7×7 average as 4×4 blocks
    superres: bool              # X_n had 49 rows: T is the 4×4 block average

    def __len__(self) -> int:
        return len(self.ideal)

    def pair(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        return self.ideal[i], self.observed[i]

    @property
    def description(self) -> str:
        return "7×7 observations: super-resolution" if self.superres else "noisy 28×28"


@dataclass(frozen=True, eq=False)
class CourseFile:
    """A file read completely: either a generator or course images."""

    kind: str                             # GENERATOR or IMAGES
    path: Path
    generator: Generator | None = None
    images: CoursePairs | None = None


def _keys(path: Path) -> set[str]:
    return mat_keys(path)


def sniff(path: str | Path) -> str:
    """``GENERATOR`` or ``IMAGES``, from the suffix and the keys (ValueError otherwise)."""
    path = check_file(path, N_("course file"))
    suffix = path.suffix.lower()
    if suffix == ".npz":
        return GENERATOR
    if suffix != ".mat":
        raise Problem(N_("{name}: unknown file type {suffix}; expected a course .mat (data21 / data22 / data23) "
                         "or a generator .npz"), name=path.name,
                      suffix=repr(suffix) if suffix else Problem(N_("'(no suffix)'")))
    keys = _keys(path)
    if "A_1" in keys:
        return GENERATOR
    if "X_i" in keys:
        return IMAGES
    raise Problem(N_("{name} holds neither a generator ({generator_keys}) nor course images (X_i, X_n); "
                     "keys found: {keys}"), name=path.name, generator_keys=", ".join(GENERATOR_KEYS),
                  keys=", ".join(sorted(keys)) or Problem(N_("none")))


def course_pairs(data: CourseImages, source: str = "") -> CoursePairs:
    """(ideal, observed-as-28×28) pairs of ``data``; ValueError for no images or a wrong X_n."""
    where = source or data.name
    ideal = check_array("X_i", data.ideal, (None, 28, 28), where)
    observed = check_array("X_n", data.observed, (len(ideal), None), where)
    n, m = observed.shape
    if len(ideal) == 0 or n == 0:
        raise Problem(N_("key 'X_i' in {name} holds no images (shape {pixels}×0): expected one column per image"),
                      name=where, pixels=PIXELS)
    if m == PIXELS:
        pictures = col_major_to_images(observed.T)
    elif m == BLOCK_ROWS:
        B = block_average(4)
        pictures = np.stack([B.to_image(B.from_course(v)) for v in observed])
    else:
        raise Problem(N_("key 'X_n' in {name} has {rows} rows: expected {pixels} (data22: noisy images) "
                         "or {blocks} (data23: 7×7 averages)"), name=where, rows=m, pixels=PIXELS, blocks=BLOCK_ROWS)
    return CoursePairs(data.name, ideal, pictures, m == BLOCK_ROWS)


def is_course_generator(g: Generator) -> bool:
    """A generator read from the course's .mat (dark digits on white, for the course images)."""
    return g.meta.get("source") == "course .mat"


def _checked_generator(path: Path) -> Generator:
    return load_generator(path)         # a Generator checks its sizes (latent ≥ 1) when it is made


def read_course_file(path: str | Path) -> CourseFile:
    """Read and validate ``path`` completely; ValueError with one sentence when it is not usable."""
    path = check_file(path, N_("course file"))
    kind = sniff(path)
    if kind == GENERATOR:
        return CourseFile(kind, path, generator=_checked_generator(path))
    return CourseFile(kind, path, images=course_pairs(load_course_images(path), path.name))


def companion_generator(images_path: str | Path) -> Generator | None:
    """The course generator ``data21.mat`` beside ``images_path``; None when there is none.

    ValueError when it is there but cannot be used.
    """
    sibling = Path(images_path).with_name(COMPANION)
    if not sibling.exists():
        return None
    return _checked_generator(sibling)


WEIGHT_SHAPES = {"Theta1": (25, 401), "Theta2": (10, 26)}
MAX_THETA = 1e6                 # |Θ| beyond this overflows Θ² in the penalty term


def read_course_weights(path: str | Path) -> list[np.ndarray]:
    """``ex4weights.mat``: [Θ1 (25×401), Θ2 (10×26)], finite, |Θ| ≤ ``MAX_THETA``, read completely."""
    w = load_mat(path, WEIGHT_SHAPES, max_abs=dict.fromkeys(WEIGHT_SHAPES, MAX_THETA))
    return [w["Theta1"], w["Theta2"]]
