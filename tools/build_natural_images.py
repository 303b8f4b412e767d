"""Build ``resources/natural_images.npz`` from the two photographs inside scikit-learn's wheel.

    pip install scikit-learn    # build-time only (the `build` extra); the lab never imports it
    python tools/build_natural_images.py

scikit-learn ships ``sklearn/datasets/images/china.jpg`` and ``flower.jpg`` (640×427,
Creative Commons Attribution 2.0, see their README.txt and resources/README.md).  The JPEGs
are decoded with Qt (PySide6 is a dependency of the lab anyway: no imaging library needed)
and stored as uint8 RGB, with a labelled set of 48×48 crops for the classification
experiment: six hand-drawn rectangles of one kind of surface (sky, water, trees and the
pagoda of china.jpg; the dahlia's petals and the blurred leaves of flower.jpg).  Each
rectangle is cut in a left and a right half: training crops lie wholly in the left half,
test crops in the right half, so no test pixel is ever seen in training.  Only the crop
corners are stored (``crops``: image, row, column; ``labels``; ``is_test``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "natural_images.npz"
CROP = 48
SEED = 2024
TRAIN_PER_CLASS, TEST_PER_CLASS = 80, 40
# class name, image index, rectangles (row0, row1, col0, col1) in 427×640 pixels
CLASSES = [
    ("sky", 0, [(5, 175, 340, 630)]),
    ("water", 0, [(235, 320, 355, 545)]),
    ("trees", 0, [(335, 427, 0, 200), (270, 427, 470, 640)]),
    ("pagoda", 0, [(110, 330, 95, 330)]),
    ("petals", 1, [(110, 330, 190, 420)]),
    ("leaves", 1, [(40, 300, 0, 150), (30, 300, 470, 640)]),
]


def read_images() -> np.ndarray:
    try:
        import sklearn.datasets
    except ImportError:
        sys.exit("scikit-learn is needed to build this resource: pip install scikit-learn")
    from PySide6.QtGui import QImage
    folder = Path(sklearn.datasets.__file__).parent / "images"
    out = []
    for name in ("china.jpg", "flower.jpg"):
        img = QImage(str(folder / name)).convertToFormat(QImage.Format.Format_RGB888)
        if img.isNull():
            sys.exit(f"could not decode {folder / name}")
        h, w, bpl = img.height(), img.width(), img.bytesPerLine()
        buf = np.frombuffer(img.constBits(), np.uint8, count=h * bpl).reshape(h, bpl)
        out.append(buf[:, :3 * w].reshape(h, w, 3).copy())
    return np.stack(out)


def crop_corners(rng, image: int, rects, n: int, half: int) -> np.ndarray:
    """n crop corners (image, row, col) wholly inside the left (half=0) or right half of the rectangles."""
    boxes = []
    for r0, r1, c0, c1 in rects:
        mid = (c0 + c1) // 2
        a, b = (c0, mid) if half == 0 else (mid, c1)
        if r1 - r0 >= CROP and b - a >= CROP:
            boxes.append((r0, r1 - CROP, a, b - CROP))
    area = np.array([(r1 - r0 + 1) * (c1 - c0 + 1) for r0, r1, c0, c1 in boxes], float)
    which = rng.choice(len(boxes), n, p=area / area.sum())
    rows = [rng.integers(boxes[k][0], boxes[k][1] + 1) for k in which]
    cols = [rng.integers(boxes[k][2], boxes[k][3] + 1) for k in which]
    return np.column_stack([np.full(n, image), rows, cols])


def main() -> None:
    images = read_images()
    assert images.shape == (2, 427, 640, 3), images.shape
    rng = np.random.default_rng(SEED)
    crops, labels, is_test = [], [], []
    for label, (_name, image, rects) in enumerate(CLASSES):
        for half, n in ((0, TRAIN_PER_CLASS), (1, TEST_PER_CLASS)):
            crops.append(crop_corners(rng, image, rects, n, half))
            labels.append(np.full(n, label))
            is_test.append(np.full(n, bool(half)))
    np.savez_compressed(OUT, images=images, crops=np.concatenate(crops).astype(np.int32),
                        labels=np.concatenate(labels).astype(np.int64), is_test=np.concatenate(is_test),
                        class_names=np.array([c[0] for c in CLASSES]), crop=np.int64(CROP))
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB): 2 images, "
          f"{len(CLASSES) * TRAIN_PER_CLASS} training and {len(CLASSES) * TEST_PER_CLASS} test crops")


if __name__ == "__main__":
    main()
