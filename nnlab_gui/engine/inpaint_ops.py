"""The observation operators T of inpainting and super-resolution, and the observation itself.

The course observes ``x_n = T x_ideal + noise`` (seed 000, questions 2–3).  Every
operator T here averages groups of k pixels: row i of ``T x`` is the mean of the pixels
``index[i]``.  The course's ``T = [I_N 0]`` (k = 1, the first N pixels in column-major
order: ``keep_first``), the 4×4 block average (k = 16, 49 rows: ``block_average``) and
any painted mask (k = 1: ``from_mask``).  Indices are row-major; ``course_order`` maps
the course's (column-major) row order to the operator's.  ``observe`` draws
``x_n = T x_ideal + σ ε``, ε ~ N(0, I).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnlab_gui.engine.generator import column_major_permutation

SIDE = 28
PIXELS = SIDE * SIDE


@dataclass(frozen=True, eq=False)
class Operator:
    """``T``: row i of ``T x`` is the mean of the pixels ``index[i]`` (row-major indices).

    ``index`` is (m, k); ``course_order`` (optional, length m) maps the course's row
    order to this one: ``y_lab = y_course[course_order]``.
    """

    index: np.ndarray                 # (m, k) int, row-major pixel indices
    name: str
    kind: str                         # "select" or "block"
    course_order: np.ndarray | None = None

    def __post_init__(self) -> None:
        idx = np.asarray(self.index)
        if idx.ndim != 2 or idx.shape[0] == 0:
            raise ValueError(f"the operator '{self.name}' observes no pixel")
        if idx.min() < 0 or idx.max() >= PIXELS:
            raise ValueError(f"the operator '{self.name}' indexes a pixel outside 0..{PIXELS - 1}")
        idx = idx.astype(np.intp)
        idx.setflags(write=False)
        object.__setattr__(self, "index", idx)

    @property
    def m(self) -> int:
        """N, the number of rows of T."""
        return int(self.index.shape[0])

    @property
    def k(self) -> int:
        return int(self.index.shape[1])

    @property
    def flat_index(self) -> np.ndarray:
        return self.index.ravel()

    @property
    def mask(self) -> np.ndarray:
        """(28, 28) bool: pixels that enter the observation."""
        out = np.zeros(PIXELS, dtype=bool)
        out[self.flat_index] = True
        return out.reshape(SIDE, SIDE)

    def apply(self, images: np.ndarray) -> np.ndarray:
        """(n, 28, 28) -> (n, m); (28, 28) -> (m,)."""
        images = np.asarray(images, dtype=float)
        single = images.ndim == 2
        if images.shape[-2:] != (SIDE, SIDE):
            raise ValueError(f"images have shape {images.shape}, expected (…, {SIDE}, {SIDE})")
        flat = images.reshape(-1, PIXELS)[:, self.flat_index].reshape(-1, self.m, self.k).mean(axis=2)
        return flat[0] if single else flat

    def from_course(self, y_course: np.ndarray) -> np.ndarray:
        """An observation in the course's (column-major) row order -> this operator's order."""
        y = np.asarray(y_course, dtype=float)
        if y.shape[-1] != self.m:
            raise ValueError(f"the observation has {y.shape[-1]} values, the operator '{self.name}' "
                             f"gives {self.m}")
        return y if self.course_order is None else y[..., self.course_order]

    def to_image(self, y: np.ndarray, fill: float = np.nan) -> np.ndarray:
        """Paint an observation back on the 28×28 grid (each value on its pixels); ``fill`` elsewhere."""
        y = np.asarray(y, dtype=float)
        if y.shape != (self.m,):
            raise ValueError(f"the observation has shape {y.shape}, expected ({self.m},)")
        out = np.full(PIXELS, fill, dtype=float)
        out[self.flat_index] = np.repeat(y, self.k)
        return out.reshape(SIDE, SIDE)

    def matrix(self) -> np.ndarray:
        """The dense (m, 784) T on row-major pixel vectors (tests and benchmarks only)."""
        T = np.zeros((self.m, PIXELS))
        rows = np.repeat(np.arange(self.m), self.k)
        T[rows, self.flat_index] = 1.0 / self.k
        return T

    def course_matrix(self) -> np.ndarray:
        """The dense T as the course writes it: rows in course order, columns column-major."""
        T = self.matrix()[:, column_major_permutation()]
        if self.course_order is not None:
            inv = np.empty_like(self.course_order)
            inv[self.course_order] = np.arange(self.m)
            T = T[inv]
        return T


def keep_first(n: int) -> Operator:
    """The course's ``T = [I_n 0]``: the first n pixels in column-major order (left part)."""
    n = int(n)
    if not 1 <= n <= PIXELS:
        raise ValueError(f"keep_first needs 1 ≤ n ≤ {PIXELS}, got {n}")
    return Operator(column_major_permutation()[:n, None], f"keep first {n}", "select")


def block_average(size: int = 4) -> Operator:
    """Mean of each non-overlapping ``size``×``size`` block; blocks listed row-major."""
    size = int(size)
    if size < 1 or SIDE % size:
        raise ValueError(f"block size must divide {SIDE}, got {size}")
    b = SIDE // size
    grid = np.arange(PIXELS).reshape(b, size, b, size).transpose(0, 2, 1, 3)   # (br, bc, r, c)
    index = grid.reshape(b * b, size * size)
    course_order = np.arange(b * b).reshape(b, b).T.ravel()   # course lists blocks column-major
    return Operator(index, f"{size}×{size} block average", "block", course_order)


def from_mask(mask: np.ndarray) -> Operator:
    """Observe the pixels where ``mask`` (28, 28) is True, in row-major order."""
    mask = np.asarray(mask)
    if mask.shape != (SIDE, SIDE):
        raise ValueError(f"the mask has shape {mask.shape}, expected ({SIDE}, {SIDE})")
    idx = np.flatnonzero(mask.astype(bool).ravel())
    if idx.size == 0:
        raise ValueError("the mask observes no pixel: paint some observed pixels first")
    return Operator(idx[:, None], f"mask of {idx.size} pixels", "select")


def observe(T: Operator, image: np.ndarray, sigma: float = 0.0, seed: int | None = 0) -> np.ndarray:
    """``x_n = T x_ideal + σ ε`` with ε ~ N(0, I) drawn from ``seed``."""
    y = T.apply(image)
    if sigma > 0:
        y = y + float(sigma) * np.random.default_rng(seed).standard_normal(y.shape)
    return y
