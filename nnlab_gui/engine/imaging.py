"""Image helpers shared by the tabs: tile mosaics and grey-level conversion.

``mosaic(images, cols, pad)`` lays ``n`` images of ``h × w`` out row by row in a
grid of ``cols`` columns separated by ``pad`` pixels; ``tile_at`` inverts it.

These helpers sit on drawing paths, so they treat NaN as "no value" rather than an error:
``mosaic`` copies pixels as they are, ``normalise_tiles`` ignores non-finite pixels when
it finds a tile's range (and leaves them NaN), ``to_uint8`` writes NaN as 0.  Types,
shapes and sizes are checked: real numbers, (n, h, w) or (n, h, w, 3) stacks, whole
numbers for counts, and a mosaic within
:data:`~nnlab_gui.engine.arg_checks.MEMORY_LIMIT`.
"""

from __future__ import annotations

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.texts import N_, Problem

MAX_PAD = 1000

__all__ = ["mosaic", "tile_at", "normalise_tiles", "to_uint8"]


def mosaic(images: np.ndarray, cols: int | None = None, pad: int = 1,
           pad_value: float = 0.0) -> np.ndarray:
    """Arrange ``images`` (n, h, w) or (n, h, w, 3) into one array."""
    images = ck.array("images", images, empty=True, finite=False)
    if images.ndim not in (3, 4) or (images.ndim == 4 and images.shape[3] not in (3, 4)):
        raise ck.BadArgument(N_("mosaic needs (n, h, w) or (n, h, w, 3) images, got shape {shape}"), shape=images.shape)
    n, h, w = images.shape[:3]
    if cols is None:
        cols = max(1, int(np.ceil(np.sqrt(n))))
    cols = max(1, min(ck.integer("cols", cols, 1), max(n, 1)))
    pad = ck.integer("pad", pad, 0, MAX_PAD)
    if isinstance(pad_value, bool) or not isinstance(pad_value, (int, float, np.integer, np.floating)):
        raise ck.BadArgument(N_("pad_value must be a number, got {value}"), value=ck.show(pad_value))
    rows = max(1, int(np.ceil(n / cols)))
    extra = images.shape[3:]
    cells = (rows * h + (rows - 1) * pad) * (cols * w + (cols - 1) * pad) * int(np.prod(extra, dtype=int))
    ck.memory(Problem(N_("a mosaic of {count} tiles of {height}×{width} with padding {pad}"), count=n, height=h,
                      width=w, pad=pad), 8.0 * cells)
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
    if isinstance(tile_shape, (str, bytes)) or not hasattr(tile_shape, "__len__") or len(tile_shape) != 2:
        raise ck.BadArgument(N_("tile_shape must be (h, w), got {value}"), value=ck.show(tile_shape))
    h, w = (ck.integer("tile_shape", v, 1) for v in tile_shape)
    cols, n, pad = ck.integer("cols", cols, 1), ck.integer("n", n, 0), ck.integer("pad", pad, 0)
    row, col = ck.real("row", row), ck.real("col", col)
    if row < 0 or col < 0:
        return None
    r, ry = divmod(int(row), h + pad)
    c, cx = divmod(int(col), w + pad)
    if ry >= h or cx >= w or c >= cols:
        return None
    k = r * cols + c
    return k if k < n else None


def normalise_tiles(tiles: np.ndarray) -> np.ndarray:
    """Scale each tile to [0, 1] by its own min/max (weights shown as pictures); non-finite
    pixels are left out of the range and come back NaN (a tile of them only: all NaN)."""
    tiles = ck.array("tiles", tiles, empty=True, finite=False)
    if tiles.ndim < 2 or tiles.shape[0] == 0 or tiles[0].size == 0:
        raise ck.BadArgument(N_("tiles must be a non-empty stack (n, …) of non-empty tiles, got shape {shape}"),
                             shape=tiles.shape)
    flat = tiles.reshape(len(tiles), -1)
    good = np.isfinite(flat)
    if good.all():
        lo = flat.min(axis=1, keepdims=True)
        hi = flat.max(axis=1, keepdims=True)
        span = np.where(hi - lo > 0, hi - lo, 1.0)
        return ((flat - lo) / span).reshape(tiles.shape)
    lo = np.where(good, flat, np.inf).min(axis=1, keepdims=True)
    hi = np.where(good, flat, -np.inf).max(axis=1, keepdims=True)
    lo = np.where(np.isfinite(lo), lo, 0.0)
    span = np.where(hi - lo > 0, hi - lo, 1.0)
    with np.errstate(invalid="ignore", over="ignore"):
        out = np.where(good, (flat - lo) / span, np.nan)
    return out.reshape(tiles.shape)


def to_uint8(image: np.ndarray) -> np.ndarray:
    """[0, 1] -> 0 … 255 (clipped; NaN is written as 0)."""
    image = ck.array("image", image, empty=True, finite=False)
    return (np.nan_to_num(np.clip(image, 0.0, 1.0), nan=0.0) * 255.0 + 0.5).astype(np.uint8)
