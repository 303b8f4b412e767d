"""The bundled digits (``resources/digits.npz``) and the course's test images.

``load_digits()`` returns every image as float in [0, 1], upright and row-major:
``images`` (5000, 28, 28), ``images20`` (5000, 20, 20), ``labels`` 0–9 and the fixed
stratified split ``is_test`` (4,000 train / 1,000 test).  ``load_course_images``
reads ``data22.mat`` / ``data23.mat`` (``X_i`` ideal 784×n, ``X_n`` observed m×n,
column-major).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from nnlab_gui.engine.matfile import col_major_to_images, load_mat
from nnlab_gui.engine.resources import resource_path

__all__ = ["Digits", "load_digits", "CourseImages", "load_course_images"]


@dataclass(frozen=True, eq=False)
class Digits:
    images: np.ndarray    # (n, 28, 28) float in [0, 1]
    images20: np.ndarray  # (n, 20, 20) float in [0, 1]
    labels: np.ndarray    # (n,) int 0..9
    is_test: np.ndarray   # (n,) bool

    def split(self, which: str) -> "Digits":
        """``"train"`` or ``"test"`` subset."""
        if which not in ("train", "test"):
            raise ValueError(f"split must be 'train' or 'test', got {which!r}")
        keep = self.is_test if which == "test" else ~self.is_test
        return Digits(self.images[keep], self.images20[keep], self.labels[keep], self.is_test[keep])

    @property
    def X400(self) -> np.ndarray:
        """(n, 400) rows of 20×20 pixels, the MLP's input."""
        return self.images20.reshape(len(self.images20), 400)

    def __len__(self) -> int:
        return len(self.labels)


@lru_cache(maxsize=2)
def _load(path: str) -> Digits:
    with np.load(path, allow_pickle=False) as d:
        images = d["images"].astype(float) / 255.0
        images20 = d["images20"].astype(float) / 255.0
        labels = d["labels"].astype(np.int64)
        is_test = d["is_test"].astype(bool)
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
    """``data22.mat``-style file: ``X_i`` (784×n) and ``X_n`` (m×n), m ≤ 784."""
    raw = load_mat(path, {"X_i": (784, None), "X_n": (None, None)})
    n = raw["X_i"].shape[1]
    if raw["X_n"].shape[1] != n:
        raise ValueError(f"key 'X_n' has shape {raw['X_n'].shape}: expected {n} columns like X_i {raw['X_i'].shape}")
    if raw["X_n"].shape[0] > 784:
        raise ValueError(f"key 'X_n' has shape {raw['X_n'].shape}: more than 784 rows")
    return CourseImages(col_major_to_images(raw["X_i"]), raw["X_n"].T.copy(), Path(path).stem)
