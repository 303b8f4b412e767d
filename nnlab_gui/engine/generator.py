"""The course's generator network and its files.

    W1 = A1 z + B1,   Z1 = max(W1, 0),   W2 = A2 Z1 + B2,   X = 1 / (1 + exp(W2))

Course ``.mat`` files store ``A_1 (h×d), B_1 (h×1), A_2 (784×h), B_2 (784×1)`` with
784-vectors in column-major (MATLAB) order and the output non-linearity written
without its minus sign.  Internally the lab keeps one convention:

    X = sigmoid(A2 Z1 + b2),   sigmoid(w) = 1 / (1 + exp(−w)),

with ``A2``'s rows in row-major pixel order, so ``decode`` returns upright images
directly.  Loading a course file negates ``A_2, B_2`` and permutes their rows;
both are exact, so ``save_course_mat`` writes back the very same numbers.

The lab's own ``.npz`` holds ``A1, b1, A2, b2`` in the internal convention plus,
for the bundled VAEs, the encoder's arrays under ``enc_*`` names.

Every generator is checked when it is made (``ValueError`` naming the array): 2-D weights
whose sizes agree, finite entries, and the stated limits

* latent size 1 … ``MAX_LATENT`` = 1024 (the Samples page shows a slider per latent
  entry; the course uses 10), hidden size 1 … ``MAX_HIDDEN`` = 16384 (A2 is then
  784 × 16384 doubles, 100 MB);
* |weight| ≤ ``MAX_WEIGHT`` = 1e6 and |z| ≤ ``MAX_Z`` = 1e6: the products stay far from
  overflow, so ``decode`` never returns NaN (trained weights are of order 1).

Files are read by :mod:`nnlab_gui.engine.matfile` (identified first, sizes bounded, no
unpickling).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import numpy as np

from nnlab_gui.engine.matfile import FileRefused, check_array, check_file, load_mat, read_npz
from nnlab_gui.engine.resources import resource_path
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["Generator", "load_generator", "default_generator", "digits_generator",
           "column_major_permutation", "sigmoid", "MAX_LATENT", "MAX_HIDDEN", "MAX_WEIGHT", "MAX_Z"]

SIDE = 28
PIXELS = SIDE * SIDE
MAX_LATENT = 1024
MAX_HIDDEN = 16384
MAX_WEIGHT = 1e6
MAX_Z = 1e6


def sigmoid(w: np.ndarray) -> np.ndarray:
    # split by sign so exp never overflows
    out = np.empty_like(w, dtype=float)
    pos = w >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-w[pos]))
    e = np.exp(w[~pos])
    out[~pos] = e / (1.0 + e)
    return out


def column_major_permutation(side: int = SIDE) -> np.ndarray:
    """``perm[k]`` = row-major index of the k-th column-major pixel (side 1 … 1024)."""
    if isinstance(side, bool) or not isinstance(side, (int, np.integer)) or not 1 <= side <= 1024:
        raise Problem(N_("side must be a whole number from 1 to 1024, got {side!r}"), side=side)
    return np.arange(side * side).reshape(side, side).T.ravel()


@dataclass(frozen=True, eq=False)
class Generator:
    """A two-layer generator ``z -> 28×28`` image (internal, row-major convention)."""

    A1: np.ndarray  # (hidden, latent)
    b1: np.ndarray  # (hidden,)
    A2: np.ndarray  # (784, hidden), rows in row-major pixel order
    b2: np.ndarray  # (784,)
    name: str = "generator"
    encoder: Mapping[str, np.ndarray] = field(default_factory=dict)
    meta: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        where = Problem(N_("generator {name!r}"), name=self.name)
        A1 = check_array("A1", self.A1, (None, None), where, MAX_WEIGHT)
        h, d = A1.shape
        if not 1 <= d <= MAX_LATENT:
            raise FileRefused(N_("{where}: A1 is {hidden}×{latent}, so its latent size is {latent}; expected 1 to "
                                 "{most} latent inputs"), where=where, hidden=h, latent=d, most=MAX_LATENT)
        if not 1 <= h <= MAX_HIDDEN:
            raise FileRefused(N_("{where}: A1 is {hidden}×{latent}, so its hidden size is {hidden}; expected 1 to "
                                 "{most} hidden units"), where=where, hidden=h, latent=d, most=MAX_HIDDEN)
        checked = {"A1": A1}
        for key, shape in (("b1", (h,)), ("A2", (PIXELS, h)), ("b2", (PIXELS,))):
            checked[key] = check_array(key, getattr(self, key), shape, where, MAX_WEIGHT)
        for key, arr in checked.items():
            object.__setattr__(self, key, arr)
        object.__setattr__(self, "encoder", _checked_encoder(dict(self.encoder), d, where))
        object.__setattr__(self, "meta", {str(k): str(v) for k, v in dict(self.meta).items()})

    @property
    def latent_dim(self) -> int:
        return int(self.A1.shape[1])

    @property
    def hidden_dim(self) -> int:
        return int(self.A1.shape[0])

    @property
    def has_encoder(self) -> bool:
        return bool(self.encoder)

    def forward(self, Z: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(W1, Z1, X) for a batch Z (n, d); X is (n, 784) row-major."""
        Z = check_array("Z", Z, None, Problem(N_("the latent vectors")), MAX_Z)
        if Z.ndim not in (1, 2):
            raise FileRefused(N_("latent vectors must be (n, {size}) or ({size},), got shape {shape}"),
                              size=self.latent_dim, shape=Z.shape)
        Z = np.atleast_2d(Z)
        if Z.shape[1] != self.latent_dim:
            raise Problem(N_("latent vectors have {count} entries, the generator takes {size}"), count=Z.shape[1],
                          size=self.latent_dim)
        W1 = Z @ self.A1.T + self.b1
        Z1 = np.maximum(W1, 0.0)
        X = sigmoid(Z1 @ self.A2.T + self.b2)
        return W1, Z1, X

    def decode_flat(self, Z: np.ndarray) -> np.ndarray:
        return self.forward(Z)[2]

    def decode(self, Z: np.ndarray) -> np.ndarray:
        """(n, d) latent vectors -> (n, 28, 28) upright images; (d,) -> (28, 28)."""
        single = np.ndim(Z) == 1
        X = self.decode_flat(Z).reshape(-1, SIDE, SIDE)
        return X[0] if single else X

    def encode(self, images: np.ndarray) -> np.ndarray:
        """Encoder mean for (n, 28, 28) images (bundled VAEs only)."""
        if not self.encoder:
            raise Problem(N_("the generator '{name}' has no encoder"), name=self.name)
        X = check_array("images", images, None, Problem(N_("the images to encode")))
        if X.ndim not in (1, 2, 3) or X.size % PIXELS or X.shape[-1] not in (SIDE, PIXELS):
            raise FileRefused(N_("images to encode must be (n, 28, 28) or (n, 784), got shape {shape}"),
                              shape=X.shape)
        X = X.reshape(-1, PIXELS)
        enc = self.encoder
        H = np.maximum(X @ enc["W1"].T + enc["b1"], 0.0)
        return H @ enc["Wmu"].T + enc["bmu"]

    # ---------------------------------------------------------------- files
    def save(self, path: str | Path) -> Path:
        """Save as the lab's ``.npz`` (exact round trip with :func:`load_generator`)."""
        path = Path(path)
        arrays = {"A1": self.A1, "b1": self.b1, "A2": self.A2, "b2": self.b2,
                  "name": np.array(self.name)}
        arrays.update({f"enc_{k}": v for k, v in self.encoder.items()})
        arrays.update({f"meta_{k}": np.array(v) for k, v in self.meta.items()})
        np.savez_compressed(path, **arrays)
        return path

    def save_course_mat(self, path: str | Path) -> Path:
        """Write the course's ``.mat`` layout (column-major, ``1/(1+exp(W2))``)."""
        import scipy.io              # here, not at import: the window starts without scipy

        perm = column_major_permutation()
        scipy.io.savemat(str(path), {
            "A_1": self.A1, "B_1": self.b1[:, None],
            "A_2": -self.A2[perm], "B_2": -self.b2[perm][:, None],
        })
        return Path(path)


ENCODER = ("W1", "b1", "Wmu", "bmu")


def _checked_encoder(enc: dict, d: int, where: Problem) -> dict[str, np.ndarray]:
    """The VAE encoder: W1 (e, 784), b1 (e,), Wmu (d, e), bmu (d,), optional Wlv, blv like Wmu, bmu."""
    if not enc:
        return {}
    missing = [k for k in ENCODER if k not in enc]
    if missing:
        raise FileRefused(N_("{where}: the encoder lacks {missing} (an encoder has {arrays}, optionally Wlv, blv)"),
                          where=where, missing=", ".join(missing), arrays=", ".join(ENCODER))
    W1 = check_array("enc_W1", enc["W1"], (None, PIXELS), where, MAX_WEIGHT)
    e = W1.shape[0]
    shapes = {"W1": (e, PIXELS), "b1": (e,), "Wmu": (d, e), "bmu": (d,), "Wlv": (d, e), "blv": (d,)}
    out = {}
    for key, arr in enc.items():
        if key not in shapes:
            raise FileRefused(N_("{where}: unknown encoder array 'enc_{key}' (expected {arrays})"), where=where,
                              key=key, arrays=", ".join(shapes))
        out[key] = check_array(f"enc_{key}", arr, shapes[key], where, MAX_WEIGHT)
    return out


def _from_course(path: Path) -> Generator:
    limits = dict.fromkeys(("A_1", "B_1", "A_2", "B_2"), MAX_WEIGHT)
    raw = load_mat(path, {"A_1": (None, None), "B_1": (None, 1), "A_2": (PIXELS, None), "B_2": (PIXELS, 1)},
                   max_abs=limits)
    h, d = raw["A_1"].shape
    if raw["B_1"].shape[0] != h or raw["A_2"].shape[1] != h:
        raise FileRefused(N_("{name}: A_1 is {A_1}, B_1 {B_1}, A_2 {A_2}; their hidden sizes disagree"),
                          name=path.name, A_1=raw["A_1"].shape, B_1=raw["B_1"].shape, A_2=raw["A_2"].shape)
    perm = column_major_permutation()
    A2 = np.empty_like(raw["A_2"])
    b2 = np.empty(PIXELS)
    A2[perm] = -raw["A_2"]
    b2[perm] = -raw["B_2"][:, 0]
    return Generator(raw["A_1"], raw["B_1"][:, 0], A2, b2, name=path.stem,
                     meta={"source": "course .mat"})


def _from_npz(path: Path) -> Generator:
    data = read_npz(path, what=N_("generator .npz"))
    for key in ("A1", "b1", "A2", "b2"):
        if key not in data:
            raise FileRefused(N_("key '{key}' is missing from {name} (keys found: {keys}; a generator .npz holds "
                                 "A1, b1, A2, b2)"), key=key, name=path.name, keys=", ".join(data))
    A1 = check_array("A1", data["A1"], (None, None), path.name, MAX_WEIGHT)
    h = A1.shape[0]
    b1 = check_array("b1", data["b1"], (h,), path.name, MAX_WEIGHT)
    A2 = check_array("A2", data["A2"], (PIXELS, h), path.name, MAX_WEIGHT)
    b2 = check_array("b2", data["b2"], (PIXELS,), path.name, MAX_WEIGHT)
    encoder = {k[4:]: data[k] for k in data if k.startswith("enc_")}
    meta = {k[5:]: str(data[k]) for k in data if k.startswith("meta_")}
    name = str(data["name"]) if "name" in data else path.stem
    try:
        return Generator(A1, b1, A2, b2, name=name, encoder=encoder, meta=meta)
    except FileRefused as exc:
        raise FileRefused(N_("{name}: {why}"), name=path.name, why=exc) from None


def load_generator(path: str | Path) -> Generator:
    """Load a course ``.mat`` generator or the lab's own ``.npz`` (ValueError naming what is wrong)."""
    path = check_file(path, N_("generator file"))
    suffix = path.suffix.lower()
    if suffix == ".mat":
        return _from_course(path)
    if suffix == ".npz":
        return _from_npz(path)
    raise FileRefused(N_("{name}: unknown generator format {suffix!r} (expected .mat or .npz)"), name=path.name,
                      suffix=suffix)


def default_generator() -> Generator:
    """The bundled generator of eights (``resources/generator_eights.npz``)."""
    return load_generator(resource_path("generator_eights.npz"))


def digits_generator() -> Generator:
    """The bundled all-digits generator (``resources/generator_digits.npz``)."""
    return load_generator(resource_path("generator_digits.npz"))
