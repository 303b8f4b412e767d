"""ZCA whitening of image patches (the course's preprocessing for natural images).

Given patches as rows ``P`` (m, n)::

    x ← x − mean(x)              each patch's own mean (its brightness), if patch_mean
    x ← x − μ                    μ: the mean patch of the (mean-removed) training rows
    Σ = (1/m) Σ_k x_k x_kᵀ = U diag(s) Uᵀ
    Z = U diag(1 / √(s + ε)) Uᵀ  (symmetric: whitened patches still look like patches)
    x_white = Z x

The whitened rows have covariance ``U diag(s / (s + ε)) Uᵀ``: the identity on the
components whose variance ``s`` is well above ``ε``, the smallest (noisiest) ones damped
rather than blown up.  Removing each patch's mean leaves one component of variance 0 (the
constant patch), which whitening sends to 0.

A first-layer weight row ``w`` applied to whitened input acts on the mean-removed raw
patch as the filter ``Zᵀ w = Z w``: :meth:`ZCA.filters` gives those, the pictures the
course shows (edges and colour transitions).

Limits: rows finite, at least 2 rows and 1 column, ``epsilon`` finite in 0 … ``MAX_EPSILON``
(0 only works when every component has variance: otherwise ``ValueError``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["ZCA", "fit_zca", "MAX_EPSILON", "EPSILON"]

MAX_EPSILON = 1e3
EPSILON = 0.01
MAX_INPUTS = 4096
PATCHES = Problem(N_("P (patches)"))                    # argument names in messages
EPSILON_NAME = Problem(N_("epsilon (the whitening ε)"))


@dataclass(frozen=True, eq=False)
class ZCA:
    mean: np.ndarray            # (n,) the mean patch μ (after each patch's own mean is removed)
    matrix: np.ndarray          # (n, n) Z, symmetric
    eigenvalues: np.ndarray     # s, descending
    vectors: np.ndarray         # U, columns in the order of s
    epsilon: float
    patch_mean: bool

    @property
    def n(self) -> int:
        return len(self.mean)

    def centre(self, P: np.ndarray) -> np.ndarray:
        """Rows minus their own mean (if patch_mean), minus μ: float32."""
        P = np.array(P, dtype=np.float32)
        if self.patch_mean:
            P -= P.mean(axis=1, keepdims=True)
        P -= self.mean.astype(np.float32)
        return P

    def apply(self, P) -> np.ndarray:
        """Whitened rows ``Z (x − μ)`` (float32); P (m, n) finite."""
        P = ck.array(PATCHES, P, ndim=2, empty=True)
        if P.shape[1] != self.n:
            raise ck.BadArgument(N_("P has {columns} columns, the whitening was fitted on {n}"), columns=P.shape[1],
                                 n=self.n)
        return self.centre(P) @ self.matrix.astype(np.float32)

    def filters(self, W1) -> np.ndarray:
        """The first-layer rows as filters on the (mean-removed) raw patch: ``W1 Z``."""
        W1 = np.asarray(W1, dtype=float)
        return W1 @ self.matrix

    def kept(self, factor: float = 100.0) -> np.ndarray:
        """Indices of the components whose variance is above ``factor · ε`` (and above 0)."""
        tiny = 1e-10 * max(float(self.eigenvalues[0]), 1e-300)
        return np.flatnonzero((self.eigenvalues > factor * self.epsilon) & (self.eigenvalues > tiny))


def fit_zca(P, epsilon: float = EPSILON, patch_mean: bool = True) -> ZCA:
    """The ZCA whitening of the rows of P (see the module docstring)."""
    P = ck.array(PATCHES, P, ndim=2)
    m, n = P.shape
    if m < 2 or n < 1:
        raise ck.BadArgument(N_("P has shape {shape}: whitening needs at least 2 patches of 1 value"), shape=P.shape)
    if n > MAX_INPUTS:
        raise ck.BadArgument(N_("P has {columns} columns: whitening takes at most {most} values per patch"),
                             columns=n, most=MAX_INPUTS)
    epsilon = ck.real(EPSILON_NAME, epsilon, 0.0, MAX_EPSILON)
    patch_mean = ck.flag("patch_mean", patch_mean)
    X = np.array(P, dtype=float)
    if patch_mean:
        X -= X.mean(axis=1, keepdims=True)
    mu = X.mean(axis=0)
    X -= mu
    s, U = np.linalg.eigh(X.T @ X / m)
    order = np.argsort(s)[::-1]
    s, U = np.maximum(s[order], 0.0), U[:, order]
    if epsilon == 0.0:
        tiny = 1e-10 * max(float(s[0]), 1e-300)
        if s[-1] <= tiny:
            raise ck.BadArgument(N_("epsilon = 0: a component of these patches has no variance (removing each "
                                    "patch's mean leaves one); use epsilon > 0"))
    Z = (U / np.sqrt(s + epsilon)) @ U.T
    return ZCA(mu, (Z + Z.T) / 2, s, U, float(epsilon), bool(patch_mean))
