"""Scaled dot-product attention, every intermediate kept (SPEC §4, exercise 3b).

With queries ``Q`` (q × d_k), keys ``K`` (k × d_k) and values ``V`` (k × d_v)::

    S = Q Kᵀ                      scores, one row per query          (q × k)
    S̃ = S / √d_k                  scaled scores (when ``scale=True``)
    P = softmax(S̃) row by row     attention weights, rows sum to 1   (q × k)
    Z = P V                       context / output, one row per query (q × d_v)

The softmax subtracts each row's maximum first, so scores of 1000 or -1000 neither
overflow nor give 0/0.  The exercise's baseline is the plain mean of the values,
``C = ¼ Σ_j i_j`` (``mean_context``): it equals ``Z`` whenever all scores of a query
are equal (e.g. the query ``h_0 = 0``), because then every weight is ``1/k``.

Arguments are checked: Q, K, V finite real matrices (a row for a vector), non-empty, every
size at most ``MAX_SIZE`` and each of the q × k and q × d_v results at most ``MAX_CELLS``
entries; ``scale`` True or False.  Scores or outputs that overflow the float range are
refused with a message, never turned into NaN weights.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.matrix_text import format_matrix, format_number
from nnlab_gui.engine.texts import N_

__all__ = ["AttentionResult", "scaled_dot_product", "softmax", "mean_context", "to_markdown"]
MAX_SIZE = 10_000         # rows or columns of Q, K, V
MAX_CELLS = 4_000_000     # entries of S, S̃, P (q × k) and of Z (q × d_v): 32 MB each


def softmax(z, axis: int = -1) -> np.ndarray:
    """Numerically stable softmax: ``exp(z - max z) / Σ exp(z - max z)`` along ``axis``."""
    z = ck.array("z", z)
    if isinstance(axis, bool) or not isinstance(axis, (int, np.integer)) or not -z.ndim <= axis < max(z.ndim, 1):
        raise ck.BadArgument(N_("axis must be an axis of z (shape {shape}), got {value}"), shape=z.shape,
                             value=ck.show(axis))
    shifted = z - np.max(z, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)


def _as_matrix(name: str, a) -> np.ndarray:
    arr = ck.floats(name, a)
    if arr.ndim == 1:
        arr = arr[None, :]
    if arr.ndim != 2:
        raise ck.BadArgument(N_("{name} must be a matrix (2-D), got shape {shape}"), name=name, shape=arr.shape)
    if arr.size == 0:
        raise ck.BadArgument(N_("{name} is empty (shape {shape})"), name=name, shape=_shape(arr))
    if max(arr.shape) > MAX_SIZE:
        raise ck.BadArgument(N_("{name} is {shape}; each size may be at most {most}"), name=name, shape=_shape(arr),
                             most=MAX_SIZE)
    if not np.all(np.isfinite(arr)):
        raise ck.BadArgument(N_("{name} contains NaN or inf"), name=name)
    return arr


def _shape(a: np.ndarray) -> str:
    return f"{a.shape[0]}×{a.shape[1]}"


@dataclass(frozen=True, eq=False)
class AttentionResult:
    Q: np.ndarray
    K: np.ndarray
    V: np.ndarray
    scale: bool
    factor: float          # 1/√d_k when scaled, else 1
    scores: np.ndarray     # Q Kᵀ
    scaled: np.ndarray     # factor · Q Kᵀ (what the softmax sees)
    weights: np.ndarray    # softmax of each row of ``scaled``
    output: np.ndarray     # weights @ V

    @property
    def d_k(self) -> int:
        return self.Q.shape[1]


def scaled_dot_product(Q, K, V, scale: bool = True) -> AttentionResult:
    """Attention of every query (row of ``Q``) over the keys/values (rows of ``K``/``V``)."""
    Q, K, V = _as_matrix("Q", Q), _as_matrix("K", K), _as_matrix("V", V)
    scale = ck.flag("scale", scale)
    if Q.shape[1] != K.shape[1]:
        raise ck.BadArgument(N_("Q is {q_shape} and K is {k_shape}: queries and keys need the same width d_k (Q has "
                                "{q_columns} columns, K has {k_columns})"), q_shape=_shape(Q), k_shape=_shape(K),
                             q_columns=Q.shape[1], k_columns=K.shape[1])
    if K.shape[0] != V.shape[0]:
        raise ck.BadArgument(N_("K is {k_shape} and V is {v_shape}: there must be one value per key (K has {k_rows} "
                                "rows, V has {v_rows})"), k_shape=_shape(K), v_shape=_shape(V), k_rows=K.shape[0],
                             v_rows=V.shape[0])
    q, k, dv = Q.shape[0], K.shape[0], V.shape[1]
    if max(q * k, q * dv) > MAX_CELLS:
        raise ck.BadArgument(N_("Q is {q_shape}, K {k_shape}, V {v_shape}: the scores (q × k = {scores:,}) and the "
                                "output (q × d_v = {outputs:,}) may have at most {most:,} entries each"),
                             q_shape=_shape(Q), k_shape=_shape(K), v_shape=_shape(V), scores=q * k, outputs=q * dv,
                             most=MAX_CELLS)
    factor = 1.0 / np.sqrt(Q.shape[1]) if scale else 1.0
    with np.errstate(over="ignore", invalid="ignore"):
        scores = Q @ K.T
        scaled = scores * factor
    if not (np.all(np.isfinite(scores)) and np.all(np.isfinite(scaled))):
        raise ck.BadArgument(N_("the scores Q Kᵀ overflow the float range (beyond ±1.8e308): use smaller "
                                "queries or keys"))
    weights = softmax(scaled, axis=1)
    with np.errstate(over="ignore", invalid="ignore"):
        output = weights @ V
    if not np.all(np.isfinite(output)):
        raise ck.BadArgument(N_("the output P V overflows the float range (beyond ±1.8e308): use smaller values"))
    return AttentionResult(Q, K, V, bool(scale), float(factor), scores, scaled, weights, output)


def mean_context(V) -> np.ndarray:
    """The exercise's baseline ``C = (1/k) Σ_j v_j``: uniform weights over the values."""
    V = _as_matrix("V", V)
    return V.mean(axis=0)


def to_markdown(att: AttentionResult, digits: int = 4) -> str:
    """The worked attention computation as Markdown (numbers rounded to ``digits``)."""
    ck.instance("att", att, AttentionResult, "an AttentionResult (scaled_dot_product's)")
    digits = ck.integer("digits", digits, 0, 12)
    fm = lambda a: format_matrix(np.round(a, digits), "matlab")  # noqa: E731
    lines = ["## Scaled dot-product attention", "",
             f"- Q = `{fm(att.Q)}` ({_shape(att.Q)}), K = `{fm(att.K)}` ({_shape(att.K)}), "
             f"V = `{fm(att.V)}` ({_shape(att.V)})",
             f"- scores S = Q Kᵀ = `{fm(att.scores)}`"]
    if att.scale:
        lines.append(f"- scaled S / √d_k (d_k = {att.d_k}, √d_k = {format_number(np.sqrt(att.d_k), digits)})"
                     f" = `{fm(att.scaled)}`")
    else:
        lines.append("- no scaling (S is used as it is)")
    lines += [f"- weights P = softmax(row by row) = `{fm(att.weights)}`",
              f"- output Z = P V = `{fm(att.output)}`",
              f"- mean of the values C = (1/{att.V.shape[0]}) Σ v_j = `{fm(mean_context(att.V)[None, :])}`", ""]
    return "\n".join(lines)
