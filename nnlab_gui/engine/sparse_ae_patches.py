"""Random ``size × size`` patches of a stack of images, for the sparse autoencoder (seed 004).

``sample_patches(images, n, size, seed, min_ink)`` draws patch positions uniformly (image,
row, column) and keeps the patches whose ink (sum of pixels) exceeds ``min_ink``, drawing
again until it has ``n`` of them: blank borders teach nothing.

When a round of drawing keeps less than a quarter of its patches, the ink of every
possible position is counted once from a summed-area table (``S[r, c] = Σ_{i<r, j<c} x_ij``;
a window's ink is ``S[r+s, c+s] − S[r, c+s] − S[r+s, c] + S[r, c]``), so the redrawing
cannot loop for ever:

* no position has enough ink → ``ValueError`` naming the most ink a patch has;
* fewer than ``RARE`` (5 %) of the positions have enough → the rest of the patches are
  drawn uniformly from those positions directly (rejection would need about 1/share rounds);
* otherwise the rejection loop goes on as it always did: the count draws no random
  number, so the same seed gives the same patches as before.

Colour images (N, H, W, 3) give rows of ``size²·3`` values (row, column, channel), drawn
uniformly (ink counts every channel).

Limits: ``n`` 1 … ``MAX_PATCHES`` and the patches within
:data:`~nnlab_gui.engine.arg_checks.MEMORY_LIMIT`; images finite, (N, H, W) with N ≥ 1;
``size`` 1 … min(H, W); ``min_ink`` finite and ≥ 0.
"""

from __future__ import annotations

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["sample_patches", "MAX_PATCHES", "RARE"]

MAX_PATCHES = 1_000_000
RARE = 0.05
_CHUNK = 1024          # images per summed-area pass (bounded temporary memory)
SIZE, COUNT = Problem(N_("size (the patch side)")), Problem(N_("n (patches)"))   # argument names in messages
FEWER = Problem(N_("ask for fewer patches"))


def _window_ink(images: np.ndarray, size: int, lo: int, hi: int) -> np.ndarray:
    """Ink of every ``size × size`` window of images[lo:hi]: (k, H − size + 1, W − size + 1)."""
    block = images[lo:hi]
    k, H, W = block.shape
    S = np.zeros((k, H + 1, W + 1))
    np.cumsum(np.cumsum(block, axis=1), axis=2, out=S[:, 1:, 1:])
    return S[:, size:, size:] - S[:, :-size, size:] - S[:, size:, :-size] + S[:, :-size, :-size]


def _inked_positions(images: np.ndarray, size: int, min_ink: float) -> tuple[int, float, int]:
    """(positions with ink > min_ink, the most ink of any window, all positions)."""
    count, most = 0, -np.inf
    for lo in range(0, len(images), _CHUNK):
        ink = _window_ink(images, size, lo, lo + _CHUNK)
        count += int(np.count_nonzero(ink > min_ink))
        most = max(most, float(ink.max()))
    N, H, W = images.shape
    return count, most, N * (H - size + 1) * (W - size + 1)


def _draw_from_inked(images, n, size, min_ink, rng) -> np.ndarray:
    """``n`` patches drawn uniformly among the positions with ink > min_ink."""
    N, H, W = images.shape
    flat = []
    for lo in range(0, N, _CHUNK):
        ink = _window_ink(images, size, lo, lo + _CHUNK)
        i, r, c = np.nonzero(ink > min_ink)
        flat.append(((i + lo) * (H - size + 1) + r) * (W - size + 1) + c)
    flat = np.concatenate(flat)
    pick = flat[rng.integers(0, len(flat), n)]
    i, rc = np.divmod(pick, (H - size + 1) * (W - size + 1))
    r, c = np.divmod(rc, W - size + 1)
    rows = np.arange(size)
    P = images[i[:, None, None], r[:, None, None] + rows[None, :, None], c[:, None, None] + rows[None, None, :]]
    return P.reshape(n, -1)


def sample_patches(images: np.ndarray, n: int = 10000, size: int = 8, seed: int = 0,
                   min_ink: float = 0.0) -> np.ndarray:
    """``n`` random ``size × size`` patches from (N, H, W) images, as rows (n, size²).

    Patches with total ink below ``min_ink`` are redrawn (blank borders teach nothing).
    """
    images = ck.array("images", images, empty=True, finite=False)
    if images.ndim == 4 and images.shape[3] == 3 and images.shape[0] > 0:
        return _colour_patches(ck.array("images", images, empty=True), n, size, seed, min_ink)
    if images.ndim != 3 or images.shape[0] == 0:
        raise ck.BadArgument(N_("images must be a stack (N, H, W) with N ≥ 1, got shape {shape}"), shape=images.shape)
    images = ck.array("images", images, empty=True)
    N, H, W = images.shape
    if min(H, W) < 1:
        raise ck.BadArgument(N_("images have shape {shape}: every image needs at least one pixel"), shape=images.shape)
    size = ck.integer(SIZE, size, 1, min(H, W))
    n = ck.integer(COUNT, n, 1, MAX_PATCHES)
    seed = ck.seed("seed", seed)
    min_ink = ck.real("min_ink", min_ink, 0.0)
    ck.memory(Problem(N_("{n} patches of {size}×{size}"), n=n, size=size), 8.0 * n * size * size * 5, FEWER)
    ck.memory(Problem(N_("the ink table of {count} images"), count=N), 8.0 * min(N, _CHUNK) * (H + 1) * (W + 1) * 3)
    rng = np.random.default_rng(seed)
    out = np.empty((0, size * size))
    counted = False
    while len(out) < n:
        k = 2 * (n - len(out))
        i = rng.integers(0, N, k)
        r = rng.integers(0, H - size + 1, k)
        c = rng.integers(0, W - size + 1, k)
        rows = np.arange(size)
        P = images[i[:, None, None], r[:, None, None] + rows[None, :, None], c[:, None, None] + rows[None, None, :]]
        P = P.reshape(k, -1)
        P = P[P.sum(axis=1) > min_ink]
        out = np.vstack([out, P])
        if not counted and len(P) < k / 4 and len(out) < n:
            counted = True
            inked, most, total = _inked_positions(images, size, min_ink)
            if inked == 0:
                raise ck.BadArgument(N_("no {size}×{size} patch of these {count} images has ink above min_ink = "
                                        "{min_ink:g} (the most ink in a patch is {most:g}): lower min_ink or use "
                                        "other images"), size=size, count=N, min_ink=min_ink, most=most)
            if inked < RARE * total:
                rest = _draw_from_inked(images, n - len(out), size, min_ink, rng)
                out = np.vstack([out, rest])
    return out[:n].copy()


def _colour_patches(images: np.ndarray, n, size, seed, min_ink) -> np.ndarray:
    N, H, W, _ = images.shape
    size = ck.integer(SIZE, size, 1, min(H, W))
    n = ck.integer(COUNT, n, 1, MAX_PATCHES)
    rng = np.random.default_rng(ck.seed("seed", seed))
    min_ink = ck.real("min_ink", min_ink, 0.0)
    ck.memory(Problem(N_("{n} colour patches of {size}×{size}"), n=n, size=size), 8.0 * n * size * size * 3 * 3,
              FEWER)
    rows = np.arange(size)
    out, tries = [], 0
    while sum(len(o) for o in out) < n:
        tries += 1
        if tries > 50:
            raise ck.BadArgument(N_("too few {size}×{size} colour patches have ink above min_ink = {min_ink:g}"),
                                 size=size, min_ink=min_ink)
        k = n
        i, r, c = rng.integers(0, N, k), rng.integers(0, H - size + 1, k), rng.integers(0, W - size + 1, k)
        P = images[i[:, None, None], r[:, None, None] + rows[None, :, None], c[:, None, None] + rows[None, None, :]]
        P = P.reshape(k, -1)
        out.append(P[P.sum(axis=1) > min_ink])
    return np.concatenate(out)[:n].astype(float)


def digits_data(data: str = "patches", samples: int = 10000, path=None) -> tuple[np.ndarray, int | None]:
    """The autoencoder's rows from the bundled training digits, and their patch size.

    ``data="patches"``: ``samples`` 8×8 patches with some ink (seed 0), patch size 8;
    ``"digits"``: the first ``samples`` whole digits as 784-pixel rows, patch size None."""
    from nnlab_gui.engine.datasets import load_digits

    if data not in ("patches", "digits"):
        raise ck.BadArgument(N_("data must be 'patches' or 'digits', got {value!r}"), value=data)
    d = load_digits(path).split("train")
    if data == "patches":
        return sample_patches(d.images, n=samples, size=8, seed=0, min_ink=1.0), 8
    n = min(ck.integer("samples", samples, 1, 10**9), len(d))
    return d.images[:n].reshape(n, 784), None
