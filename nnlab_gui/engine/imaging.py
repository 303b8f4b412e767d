"""Image helpers shared by the tabs: tile mosaics and grey-level conversion.

``mosaic(images, cols, pad)`` lays ``n`` images of ``h × w`` out row by row in a
grid of ``cols`` columns separated by ``pad`` pixels; ``tile_at`` inverts it.
"""

from __future__ import annotations

import numpy as np

__all__ = ["mosaic", "tile_at", "normalise_tiles", "to_uint8"]


def mosaic(images: np.ndarray, cols: int | None = None, pad: int = 1,
           pad_value: float = 0.0) -> np.ndarray:
    """Arrange ``images`` (n, h, w) or (n, h, w, 3) into one array."""
    images = np.asarray(images, dtype=float)
    if images.ndim not in (3, 4):
        raise ValueError(f"mosaic needs (n, h, w) images, got shape {images.shape}")
    n, h, w = images.shape[:3]
    if cols is None:
        cols = max(1, int(np.ceil(np.sqrt(n))))
    cols = max(1, min(int(cols), max(n, 1)))
    rows = max(1, int(np.ceil(n / cols)))
    extra = images.shape[3:]
    out = np.full((rows * h + (rows - 1) * pad, cols * w + (cols - 1) * pad) + extra,
                  pad_value, dtype=float)
    for k in range(n):
        r, c = divmod(k, cols)
        y, x = r * (h + pad), c * (w + pad)
        out[y:y + h, x:x + w] = images[k]
    return out


def tile_at(row: float, col: float, tile_shape: tuple[int, int], cols: int, n: int,
            pad: int = 1) -> int | None:
    """Index of the tile under mosaic pixel (row, col), or None on padding/outside."""
    h, w = tile_shape
    if row < 0 or col < 0:
        return None
    r, ry = divmod(int(row), h + pad)
    c, cx = divmod(int(col), w + pad)
    if ry >= h or cx >= w or c >= cols:
        return None
    k = r * cols + c
    return k if k < n else None


def normalise_tiles(tiles: np.ndarray) -> np.ndarray:
    """Scale each tile to [0, 1] by its own min/max (weights shown as pictures)."""
    tiles = np.asarray(tiles, dtype=float)
    flat = tiles.reshape(len(tiles), -1)
    lo = flat.min(axis=1, keepdims=True)
    hi = flat.max(axis=1, keepdims=True)
    span = np.where(hi - lo > 0, hi - lo, 1.0)
    return ((flat - lo) / span).reshape(tiles.shape)


def to_uint8(image: np.ndarray) -> np.ndarray:
    return (np.clip(np.asarray(image, dtype=float), 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
