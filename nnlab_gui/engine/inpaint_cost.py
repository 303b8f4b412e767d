"""The inpainting cost J(z) and its gradient, for a batch of latent vectors at once.

With N the number of rows of T and X(z) the generator's image::

    J(z)  = N · log ‖T X(z) − x_n‖² + ‖z‖²          (data_term="l2", the course's cost)
    J₁(z) = N · log Σ|T X(z) − x_n|  + ‖z‖²          (data_term="l1", Laplace noise)

Back-propagation to the input, as the report derives it (internal convention
X = sigmoid(W2), so f2'(W2) = X(1 − X))::

    u2 = 2 (T X − x_n)ᵀ T / ‖T X − x_n‖²      (l1: sign(T X − x_n)ᵀ T / Σ|T X − x_n|)
    v2 = u2 ∘ f2'(W2),  u1 = A2ᵀ v2,  v1 = u1 ∘ 1[W1 > 0],  u0 = A1ᵀ v1
    ∇J = N u0 + 2 z

Every operator averages groups of k pixels, so T X never needs the dense N × 784 matrix:
only the generator rows T touches are evaluated (``A2[index]``) and a reshape-mean does
the averaging; its transpose repeats ``r / k``.

:func:`check_problem` checks a problem once (the generator finite, the observation of
the operator's length and finite, within ±``VALUE_LIMIT``); :func:`cost_and_grad` also
refuses latent vectors beyond ±``LATENT_LIMIT`` and an exact fit (‖T X(z) − x_n‖² = 0,
where J = N log 0 = −∞ and ∇J = 0/0 are undefined).
"""

from __future__ import annotations

import copy

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.generator import Generator
from nnlab_gui.engine.inpaint_ops import OPERATOR, VALUE_LIMIT, Operator
from nnlab_gui.engine.texts import N_, Problem

DATA_TERMS = ("l2", "l1")
LATENT_LIMIT = 1e6     # |z| entries: a generator's latents are O(1); ‖z‖² stays finite in float32
MAX_BATCH = 100_000    # latent vectors in one cost_and_grad call
OBSERVATION = Problem(N_("the observation y"))  # the argument's name in messages


def check_generator(g) -> Generator:
    """A :class:`Generator` with finite weights and at least one latent and hidden unit."""
    ck.instance("g", g, Generator, Problem(N_("a Generator (load_generator, default_generator)")))
    if g.latent_dim < 1 or g.hidden_dim < 1:
        raise ck.BadArgument(N_("the generator '{name}' has latent size {latent} and hidden size {hidden}; both must "
                                "be at least 1"), name=g.name, latent=g.latent_dim, hidden=g.hidden_dim)
    for key in ("A1", "b1", "A2", "b2"):
        ck.array(Problem(N_("the generator '{name}': {key}"), name=g.name, key=key), getattr(g, key))
    return g


def check_problem(g, T, y, data_term: str) -> np.ndarray:
    """Check the generator, the operator, the observation (returned as a float vector) and the data term."""
    check_generator(g)
    ck.instance("T", T, Operator, OPERATOR)
    ck.choice("data_term", data_term, DATA_TERMS)
    y = ck.array(OBSERVATION, y, finite=False)
    if y.size != T.m or y.ndim > 2 or (y.ndim == 2 and min(y.shape) != 1):
        raise ck.BadArgument(N_("the observation y has {count} values (shape {shape}), the operator '{name}' gives "
                                "{m}: y must be a vector of {m}"), count=y.size, shape=y.shape, name=T.name_arg(),
                             m=T.m)
    if not np.all(np.isfinite(y)):
        raise ck.BadArgument(N_("the observation y contains NaN/inf values; only finite numbers are allowed"))
    return ck.array(OBSERVATION, y.ravel(), bound=VALUE_LIMIT)


class _Problem:
    """The generator restricted to the rows T touches: data term and ∇J for a batch of z's.

    ``dtype`` is the precision of every per-step array (float32 halves the cost of the
    two products).  With 20 restarts a step is two products of ~1 M multiply-adds and
    ~25 small NumPy calls, each costing about a microsecond whatever its size; so the
    work arrays are allocated once per batch size and reused, every call writes into
    its last (positional) argument, and constants are 0-d arrays or repeated rows
    (a Python float or a broadcast operand costs a conversion or an iterator per call).
    """

    def __init__(self, g: Generator, T: Operator, y: np.ndarray, data_term: str,
                 dtype: type = np.float64):
        y = check_problem(g, T, y, data_term)
        dt = np.dtype(dtype)
        self.dtype, self.l1 = dt, data_term == "l1"
        self.N, self.k, self.h, self.d = T.m, T.k, g.hidden_dim, g.latent_dim
        self.y = y.astype(dt)
        self.A1T = np.ascontiguousarray(g.A1.T, dtype=dt)          # (d, h)
        # ∇J's row scale is c/s (s = ‖r‖², c = 2N/k; l1: s = Σ|r|, c = N/k): the constant c
        # rides on the backward pass's copy of A1
        c = (1.0 if self.l1 else 2.0) * self.N / self.k
        self.cA1 = np.ascontiguousarray(c * g.A1, dtype=dt)        # c A1 (h, d)
        self.b1 = g.b1.astype(dt)
        rows = T.flat_index
        self.A2s = np.ascontiguousarray(g.A2[rows], dtype=dt)      # (m·k, h)
        # −[A2ᵀ; b2ᵀ; 0] on the touched rows: the bias rides along as a hidden unit fixed at
        # 1, the sign gives −W2 directly for e^(−W2), and zero rows pad the inner dimension
        # to a multiple of 4 (OpenBLAS's sgemm is ~7% slower with an odd one, here 129)
        self.K = -(-(self.h + 1) // 4) * 4
        negB = np.zeros((self.K, rows.size), dtype=dt)
        negB[:self.h] = -g.A2[rows].T
        negB[self.h] = -g.b2[rows]
        self.negA2sT_b = negB
        self._zero, self._one = np.zeros((), dtype=dt), np.ones((), dtype=dt)
        self._R = -1

    def fork(self) -> "_Problem":
        """A copy sharing the (read-only) matrices, with its own work arrays (one per thread)."""
        twin = copy.copy(self)
        twin._R = -1
        return twin

    def _buffers(self, R: int) -> None:
        if R == self._R:
            return
        dt, h, mk = self.dtype, self.h, self.A2s.shape[0]
        self._R = R
        self._W1 = np.empty((R, h), dtype=dt)
        self._mask = np.empty((R, h), dtype=dt)                    # 1[W1 > 0] as 0/1 numbers
        self._Z1 = np.zeros((R, self.K), dtype=dt)                 # [ReLU(W1), 1, 0 …]
        self._Z1[:, h] = 1.0                                       # the bias unit
        self._relu = self._Z1[:, :h]
        self._Xs = np.empty((R, mk), dtype=dt)
        self._v2 = np.empty((R, mk), dtype=dt)
        self._r = np.empty((R, self.N), dtype=dt)
        # b1 and x_n repeated for every restart: same-shape operands skip broadcasting's setup
        self._B1 = np.ascontiguousarray(np.broadcast_to(self.b1, (R, h)))
        self._Y = np.ascontiguousarray(np.broadcast_to(self.y, (R, self.N)))
        self._u1 = np.empty((R, h), dtype=dt)
        self._G = np.empty((R, self.d), dtype=dt)

    def evaluate(self, Z: np.ndarray, s: np.ndarray) -> np.ndarray:
        """∇J at Z (R, d); writes the data sum ‖T X − x_n‖² (l1: Σ|T X − x_n|) into ``s`` (R,),
        so J = N log s + ‖z‖².

        Z and s have the problem's dtype.  The returned ∇J is an internal buffer,
        overwritten by the next call.
        """
        R, k = Z.shape[0], self.k
        self._buffers(R)
        W1, mask, Xs, v2, r, u1, G = self._W1, self._mask, self._Xs, self._v2, self._r, self._u1, self._G
        np.dot(Z, self.A1T, W1)
        np.add(W1, self._B1, W1)                        # W1 = A1 z + b1
        np.greater(W1, self._zero, mask)
        np.multiply(W1, mask, self._relu)               # Z1 = ReLU(W1)
        np.dot(self._Z1, self.negA2sT_b, Xs)            # −W2 on the touched rows
        # X = 1/(1 + e^(−W2)) (exp → inf gives 0 exactly; faster than scipy's expit;
        # callers silence the overflow warning)
        np.exp(Xs, Xs)
        np.add(Xs, self._one, Xs)
        np.reciprocal(Xs, Xs)
        if k == 1:
            np.subtract(Xs, self._Y, r)                 # r = T X − x_n
        else:
            np.mean(Xs.reshape(R, self.N, k), axis=2, out=r)
            np.subtract(r, self._Y, r)
        if self.l1:
            u = np.sign(r)
            np.sum(np.abs(r), axis=1, out=s)
        else:
            u = r
            np.vecdot(r, r, s)                          # s = ‖r‖²
        # u2 = dΦ/d(TX) = (c/s) r, c = 2N/k (l1: (c/s) sign(r), c = N/k), Tᵀ repeating each
        # row's value over its k pixels.  The row scale c/s is applied at the end: c with
        # A1, 1/s on R × d numbers (not R × m·k)
        if k > 1:
            u = np.repeat(u, k, axis=1)
        np.multiply(Xs, Xs, v2)                         # f2' = X (1 − X) = X − X²
        np.subtract(Xs, v2, v2)
        np.multiply(v2, u, v2)                          # v2 = u2 ∘ f2'(W2), without c/s
        np.dot(v2, self.A2s, u1)                        # u1 = A2ᵀ v2
        np.multiply(u1, mask, u1)                       # v1 = u1 ∘ 1[W1 > 0]
        np.dot(u1, self.cA1, G)                         # N u0 = A1ᵀ v1, with c
        np.divide(G, s[:, None], G)                     # and 1/s
        np.add(G, Z, G)                                 # ∇J = N u0 + 2 z
        np.add(G, Z, G)
        return G

    def cost(self, s: np.ndarray, Z: np.ndarray) -> np.ndarray:
        """J = N log s + ‖z‖² in float64 from the sums :meth:`evaluate` wrote and the z's
        (s (…, R), Z (…, R, d))."""
        J = np.log(s, dtype=np.float64)
        J *= self.N
        J += np.einsum("...i,...i->...", Z, Z)
        return J


def cost_and_grad(g: Generator, T: Operator, y: np.ndarray, Z: np.ndarray,
                  data_term: str = "l2") -> tuple[np.ndarray, np.ndarray]:
    """J(z) and ∇J(z) for one z (d,) or a batch (R, d), in float64."""
    problem = _Problem(g, T, y, data_term)
    d = problem.d
    Z = ck.array(Problem(N_("Z (latent vectors)")), Z, ndim=(1, 2), bound=LATENT_LIMIT)
    if Z.shape[-1] != d or (Z.ndim == 2 and not 1 <= Z.shape[0] <= MAX_BATCH):
        raise ck.BadArgument(N_("Z (latent vectors) has shape {shape}, expected ({d},) or (R, {d}) with "
                                "1 ≤ R ≤ {most}: the generator's latent size is {d}"), shape=Z.shape, d=d, most=MAX_BATCH)
    single = Z.ndim == 1
    Z2 = np.ascontiguousarray(np.atleast_2d(Z))
    s = np.empty(len(Z2))
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        G = problem.evaluate(Z2, s).copy()
    if np.any(s == 0):
        raise ck.BadArgument(N_("the observation is matched exactly at z (‖T X(z) − x_n‖ = 0): J = N log 0 = −∞ "
                                "and its gradient are undefined there (latent vector {index})"), index=int(np.argmin(s)))
    J = problem.cost(s, Z2)
    if not (np.all(np.isfinite(J)) and np.all(np.isfinite(G))):
        raise ck.BadArgument(N_("J(z) or its gradient is not finite for these finite inputs (a float overflow)"))
    return (float(J[0]), G[0]) if single else (J, G)
