"""The bundled digits (``resources/digits.npz``) and the course's test images.

``load_digits()`` returns every image as float in [0, 1], upright and row-major:
``images`` (5000, 28, 28), ``images20`` (5000, 20, 20), ``labels`` 0–9 and the fixed
stratified split ``is_test`` (4,000 train / 1,000 test).  ``load_course_images``
reads ``data22.mat`` / ``data23.mat`` (``X_i`` ideal 784×n, ``X_n`` observed m×n,
column-major) and checks them completely: 1 to ``MAX_IMAGES`` = 100 000 images (the
Inpainting page's Image # range), ``X_n`` of 784 rows (noisy images) or 49 (7×7 block
averages), as many columns as ``X_i``, finite values of magnitude at most ``MAX_PIXEL`` =
1000 (pixels lie in [0, 1], the course's noise reaches 1.4; larger values overflow the cost).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from nnlab_gui.engine.matfile import FileRefused, check_file, col_major_to_images, load_mat
from nnlab_gui.engine.resources import resource_path
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["Digits", "load_digits", "CourseImages", "load_course_images", "MAX_IMAGES", "MAX_PIXEL"]

MAX_IMAGES = 100_000
MAX_PIXEL = 1e3
OBSERVATION_ROWS = (784, 49)


@dataclass(frozen=True, eq=False)
class Digits:
    images: np.ndarray    # (n, 28, 28) float in [0, 1]
    images20: np.ndarray  # (n, 20, 20) float in [0, 1]
    labels: np.ndarray    # (n,) int 0..9
    is_test: np.ndarray   # (n,) bool

    def split(self, which: str) -> "Digits":
        """``"train"`` or ``"test"`` subset (made once per set of digits, then cached: the
        copy holds the interpreter's lock for tens of milliseconds, a stall of the GUI even
        when a worker thread makes it)."""
        if which not in ("train", "test"):
            raise Problem(N_("split must be 'train' or 'test', got {value!r}"), value=which)
        return _split(self, which)

    @property
    def X400(self) -> np.ndarray:
        """(n, 400) rows of 20×20 pixels, the MLP's input."""
        return self.images20.reshape(len(self.images20), 400)

    def __len__(self) -> int:
        return len(self.labels)


@lru_cache(maxsize=4)
def _split(d: Digits, which: str) -> Digits:
    keep = d.is_test if which == "test" else ~d.is_test
    parts = [a[keep] for a in (d.images, d.images20, d.labels, d.is_test)]
    for a in parts:
        a.setflags(write=False)
    return Digits(*parts)


@lru_cache(maxsize=2)
def _load(path: str) -> Digits:
    try:
        with np.load(check_file(path, N_("digits file")), allow_pickle=False) as d:
            images = d["images"].astype(float) / 255.0
            images20 = d["images20"].astype(float) / 255.0
            labels = d["labels"].astype(np.int64)
            is_test = d["is_test"].astype(bool)
    except FileRefused:
        raise
    except Exception as exc:  # a damaged resource: one sentence, not a traceback
        raise FileRefused(N_("the digits file {path} cannot be read ({type}: {why})"), path=path, type=type(exc).__name__,
                          why=exc) from None
    for a in (images, images20, labels, is_test):
        a.setflags(write=False)
    return Digits(images, images20, labels, is_test)


def load_digits(path: str | Path | None = None) -> Digits:
    """The bundled digits (cached: callers must not modify the arrays)."""
    return _load(str(path) if path is not None else str(resource_path("digits.npz")))


@dataclass(frozen=True, eq=False)
class CourseImages:
    ideal: np.ndarray     # (n, 28, 28) upright
    observed: np.ndarray  # (n, m) observation vectors as stored (course order)
    name: str


def load_course_images(path: str | Path) -> CourseImages:
    """``data22.mat``-style file: ``X_i`` (784×n) and ``X_n`` (784×n or 49×n), n ≥ 1."""
    raw = load_mat(path, {"X_i": (784, None), "X_n": (None, None)}, max_abs={"X_i": MAX_PIXEL, "X_n": MAX_PIXEL})
    name = Path(path).name
    n = raw["X_i"].shape[1]
    if not 1 <= n <= MAX_IMAGES:
        held = Problem(N_("no images")) if n == 0 else Problem(N_("{n} images"), n=n)
        raise FileRefused(N_("key 'X_i' in {name} holds {held} (shape {shape}): expected 1 to {most} images, "
                             "one 784-pixel column each"), name=name, held=held, shape=raw["X_i"].shape, most=MAX_IMAGES)
    if raw["X_n"].shape[1] != n:
        raise FileRefused(N_("key 'X_n' in {name} has shape {shape}: expected {n} columns like X_i {shape_i}"),
                          name=name, shape=raw["X_n"].shape, n=n, shape_i=raw["X_i"].shape)
    if raw["X_n"].shape[0] not in OBSERVATION_ROWS:
        raise FileRefused(N_("key 'X_n' in {name} has {rows} rows: expected {pixels} (data22: noisy images) "
                             "or {blocks} (data23: 7×7 averages)"), name=name, rows=raw["X_n"].shape[0], pixels=784,
                          blocks=49)
    return CourseImages(col_major_to_images(raw["X_i"]), raw["X_n"].T.copy(), Path(path).stem)
