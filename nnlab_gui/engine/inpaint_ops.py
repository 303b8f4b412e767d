"""The observation operators T of inpainting and super-resolution, and the observation itself.

The course observes ``x_n = T x_ideal + noise`` (seed 000, questions 2–3).  Every
operator T here averages groups of k pixels: row i of ``T x`` is the mean of the pixels
``index[i]``.  The course's ``T = [I_N 0]`` (k = 1, the first N pixels in column-major
order: ``keep_first``), the 4×4 block average (k = 16, 49 rows: ``block_average``) and
any painted mask (k = 1: ``from_mask``).  Indices are row-major; ``course_order`` maps
the course's (column-major) row order to the operator's.  ``observe`` draws
``x_n = T x_ideal + σ ε``, ε ~ N(0, I).

Arguments are checked at entry (:mod:`~nnlab_gui.engine.arg_checks`): images and
observations must be finite with entries within ±``VALUE_LIMIT`` (10⁶: an image is in
[0, 1], and ‖T X − x_n‖² of such values stays far from float32's overflow), a mask is
boolean (or 0/1), pixel counts and block sizes are whole numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.generator import column_major_permutation
from nnlab_gui.engine.texts import N_, Problem, same

SIDE = 28
PIXELS = SIDE * SIDE
KINDS = ("select", "block")
VALUE_LIMIT = 1e6          # |pixel|, |observation|, σ: far inside float32 once squared and summed
OPERATOR = Problem(N_("an inpainting Operator (keep_first, block_average, from_mask)"))  # what T must be


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
    template: str = ""                # ``name`` as a marked template with ``args``: the GUI
    args: tuple = ()                  # translates the template, then fills it (title())

    def title(self, tr_=same) -> str:
        """``name`` in the GUI's language (``tr_``: its translation of the template)."""
        return tr_(self.template).format(*self.args) if self.template else self.name

    def name_arg(self):
        """``name`` as a message argument: a Problem (translated) when the template gives ``name``."""
        try:
            label = Problem(self.template, *self.args)
            return label if self.template and str(label) == self.name else self.name
        except (TypeError, ValueError, IndexError, KeyError, AttributeError):
            return self.name

    def __post_init__(self) -> None:
        ck.instance("name", self.name, str, Problem(N_("a string")))
        ck.choice("kind", self.kind, KINDS)
        idx = ck.array("index", self.index, dtype=None, empty=True)
        if idx.ndim != 2 or idx.shape[0] == 0 or idx.shape[1] == 0:
            raise ck.BadArgument(N_("the operator '{name}' observes no pixel (index has shape {shape}, expected (m, k) "
                                    "with m, k ≥ 1)"), name=self.name_arg(), shape=idx.shape)
        if idx.dtype.kind not in "iu":
            raise ck.BadArgument(N_("index of the operator '{name}' must hold whole pixel numbers, got dtype {dtype}"),
                                 name=self.name_arg(), dtype=idx.dtype)
        if idx.min() < 0 or idx.max() >= PIXELS:
            raise ck.BadArgument(N_("the operator '{name}' indexes a pixel outside 0..{top}"), name=self.name_arg(),
                                 top=PIXELS - 1)
        idx = idx.astype(np.intp)
        idx.setflags(write=False)
        object.__setattr__(self, "index", idx)
        if self.course_order is not None:
            order = ck.array("course_order", self.course_order, (idx.shape[0],), dtype=None)
            if order.dtype.kind not in "iu" or not np.array_equal(np.sort(order), np.arange(idx.shape[0])):
                raise ck.BadArgument(N_("course_order of the operator '{name}' must be a permutation of 0..{top}"),
                                     name=self.name_arg(), top=idx.shape[0] - 1)
            order = order.astype(np.intp)
            order.setflags(write=False)
            object.__setattr__(self, "course_order", order)

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
        images = ck.array("images", images, empty=True, bound=VALUE_LIMIT)
        single = images.ndim == 2
        if images.ndim not in (2, 3) or images.shape[-2:] != (SIDE, SIDE):
            raise ck.BadArgument(N_("images have shape {shape}, expected ({side}, {side}) or (n, {side}, {side})"),
                                 shape=images.shape, side=SIDE)
        flat = images.reshape(-1, PIXELS)[:, self.flat_index].reshape(-1, self.m, self.k).mean(axis=2)
        return flat[0] if single else flat

    def from_course(self, y_course: np.ndarray) -> np.ndarray:
        """An observation in the course's (column-major) row order -> this operator's order."""
        y = ck.array(Problem(N_("the observation y_course")), y_course, ndim=(1, 2), bound=VALUE_LIMIT)
        if y.shape[-1] != self.m:
            raise ck.BadArgument(N_("the observation has {count} values, the operator '{name}' gives {m}"),
                                 count=y.shape[-1], name=self.name_arg(), m=self.m)
        return y if self.course_order is None else y[..., self.course_order]

    def to_image(self, y: np.ndarray, fill: float = np.nan) -> np.ndarray:
        """Paint an observation back on the 28×28 grid (each value on its pixels); ``fill`` elsewhere."""
        y = ck.array(Problem(N_("the observation y")), y, empty=True, finite=False)
        if y.shape != (self.m,):
            raise ck.BadArgument(N_("the observation has shape {shape}, expected ({m},)"), shape=y.shape, m=self.m)
        ck.array(Problem(N_("the observation y")), y, bound=VALUE_LIMIT)
        if not isinstance(fill, (int, float, np.integer, np.floating)) or isinstance(fill, bool):
            raise ck.BadArgument(N_("fill must be a number (NaN for 'no value'), got {value}"), value=ck.show(fill))
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
    n = ck.integer("keep_first: n", n, 1, PIXELS)
    return Operator(column_major_permutation()[:n, None], f"keep first {n}", "select",
                    template=N_("keep first {0}"), args=(n,))


def block_average(size: int = 4) -> Operator:
    """Mean of each non-overlapping ``size``×``size`` block; blocks listed row-major."""
    size = ck.integer("block_average: size", size, 1, SIDE)
    if SIDE % size:
        raise ck.BadArgument(N_("block size must divide {side} (1, 2, 4, 7, 14 or 28), got {size}"), side=SIDE,
                             size=size)
    b = SIDE // size
    grid = np.arange(PIXELS).reshape(b, size, b, size).transpose(0, 2, 1, 3)   # (br, bc, r, c)
    index = grid.reshape(b * b, size * size)
    course_order = np.arange(b * b).reshape(b, b).T.ravel()   # course lists blocks column-major
    return Operator(index, f"{size}×{size} block average", "block", course_order,
                    template=N_("{0}×{0} block average"), args=(size,))


def from_mask(mask: np.ndarray) -> Operator:
    """Observe the pixels where ``mask`` (28, 28) is True, in row-major order."""
    mask = ck.array(Problem(N_("the mask")), mask, dtype=None, empty=True, finite=False)
    if mask.shape != (SIDE, SIDE):
        raise ck.BadArgument(N_("the mask has shape {shape}, expected ({side}, {side})"), shape=mask.shape, side=SIDE)
    if mask.dtype != bool and not np.isin(mask, (0, 1)).all():
        raise ck.BadArgument(N_("the mask must be True/False (or 0 and 1) in every pixel; found other values"))
    idx = np.flatnonzero(mask.astype(bool).ravel())
    if idx.size == 0:
        raise ck.BadArgument(N_("the mask observes no pixel: paint some observed pixels first"))
    return Operator(idx[:, None], f"mask of {idx.size} pixels", "select",
                    template=N_("mask of {0} pixels"), args=(idx.size,))


def observe(T: Operator, image: np.ndarray, sigma: float = 0.0, seed: int | None = 0) -> np.ndarray:
    """``x_n = T x_ideal + σ ε`` with ε ~ N(0, I) drawn from ``seed``."""
    ck.instance("T", T, Operator, OPERATOR)
    sigma = ck.real(Problem(N_("sigma (the noise σ)")), sigma, 0.0, VALUE_LIMIT)
    seed = ck.seed("seed", seed)
    image = ck.array("image", image, bound=VALUE_LIMIT)
    y = T.apply(image)
    if sigma > 0:
        y = y + float(sigma) * np.random.default_rng(seed).standard_normal(y.shape)
    return y
