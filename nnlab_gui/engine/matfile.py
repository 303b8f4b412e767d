"""Reading the course's MATLAB files with validation.

``load_mat(path, {"A_1": (128, None), ...})`` returns float arrays for the named
keys; ``None`` in a shape matches any size.  A missing key, a wrong shape, a
non-numeric array or NaN/inf raises ``ValueError`` naming the key and the shape
found, so the GUI can show one clear sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import scipy.io

__all__ = ["load_mat", "check_array", "col_major_to_images", "images_to_col_major"]


def check_array(name: str, value, shape: Sequence[int | None] | None = None,
                source: str = "") -> np.ndarray:
    """Validate one array: numeric, finite, and of ``shape`` (None = any size)."""
    where = f" in {source}" if source else ""
    arr = np.asarray(value)
    if arr.dtype == object or not (np.issubdtype(arr.dtype, np.number) or arr.dtype == bool):
        raise ValueError(f"key '{name}'{where} is not a numeric array "
                         f"(dtype {arr.dtype}, shape {arr.shape})")
    if np.iscomplexobj(arr):
        raise ValueError(f"key '{name}'{where} is complex (shape {arr.shape}); expected real numbers")
    arr = arr.astype(float)
    if shape is not None:
        ok = arr.ndim == len(shape) and all(s is None or s == a for s, a in zip(shape, arr.shape))
        if not ok:
            want = "×".join("any" if s is None else str(s) for s in shape)
            raise ValueError(f"key '{name}'{where} has shape {arr.shape}, expected {want}")
    if arr.size and not np.all(np.isfinite(arr)):
        bad = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise ValueError(f"key '{name}'{where} (shape {arr.shape}) contains {bad} NaN/inf values")
    return arr


def load_mat(path: str | Path, keys: Mapping[str, Sequence[int | None] | None]) -> dict[str, np.ndarray]:
    """Load and validate ``keys`` from a MATLAB ``.mat`` file."""
    path = Path(path)
    try:
        data = scipy.io.loadmat(str(path))
    except FileNotFoundError:
        raise ValueError(f"file not found: {path}") from None
    except Exception as exc:  # scipy raises many kinds for a corrupt file
        raise ValueError(f"{path.name} is not a readable MATLAB .mat file ({exc})") from None
    found = sorted(k for k in data if not k.startswith("__"))
    out = {}
    for key, shape in keys.items():
        if key not in data:
            raise ValueError(f"key '{key}' is missing from {path.name} (keys found: {', '.join(found) or 'none'})")
        out[key] = check_array(key, data[key], shape, path.name)
    return out


def col_major_to_images(columns: np.ndarray, side: int = 28) -> np.ndarray:
    """(side², n) column-major course vectors -> (n, side, side) upright images."""
    columns = np.asarray(columns, dtype=float)
    if columns.ndim == 1:
        columns = columns[:, None]
    n = columns.shape[1]
    # a column-major vector reshaped row-major gives the transpose
    return columns.T.reshape(n, side, side).transpose(0, 2, 1).copy()


def images_to_col_major(images: np.ndarray) -> np.ndarray:
    """(n, s, s) upright images -> (s², n) column-major course vectors."""
    images = np.asarray(images, dtype=float)
    n, s, _ = images.shape
    return images.transpose(0, 2, 1).reshape(n, s * s).T.copy()
