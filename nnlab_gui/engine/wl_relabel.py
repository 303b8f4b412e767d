"""One Weisfeiler–Lehman relabelling step on a whole :class:`~nnlab_gui.engine.wl_batch.GraphBatch`.

In iteration k a node's signature is its label followed by its neighbours' labels sorted
ascending::

    σ⁽ᵏ⁾(v) = ( ℓ⁽ᵏ⁻¹⁾(v), sort{ ℓ⁽ᵏ⁻¹⁾(u) : u ∈ N(v) } ),

written ``3,34`` in the course's notation (:func:`format_signature`).  The distinct
signatures receive new labels ``counter, counter + 1, …`` in sorted (tuple) order, one
counter continuing over all graphs and iterations.  Signatures are
rows of an (n_nodes, 1 + max degree) integer matrix (own label, sorted neighbour labels,
padded with -1, which sorts before every label, so shorter signatures come first just as
in tuple order); one sort of the rows (packed into one int64 key when they fit, else
``lexsort``) and a cumulative sum over "row differs from the previous" compresses them.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from nnlab_gui.engine.wl_batch import GraphBatch


def _signatures(batch: GraphBatch, labels: np.ndarray) -> np.ndarray:
    """(n, 1 + max degree) matrix: own label, sorted neighbour labels, -1 padding."""
    n = len(labels)
    deg = np.diff(batch.indptr)
    width = 1 + (int(deg.max()) if n else 0)
    rows = np.full((n, width), -1, dtype=np.int64)
    rows[:, 0] = labels
    if len(batch.indices):
        owner = np.repeat(np.arange(n), deg)
        nbr = labels[batch.indices]
        top = int(labels.max()) + 1
        if n * top < 2 ** 62:                      # one packed key: node, then neighbour label
            order = np.argsort(owner * top + nbr, kind="stable")
        else:
            order = np.lexsort((nbr, owner))
        pos = np.arange(len(owner)) - batch.indptr[owner]
        rows[owner, 1 + pos] = nbr[order]
    return rows


def _compress(rows: np.ndarray, counter: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """New labels ``counter, counter+1, …`` for the distinct rows in sorted order.

    Returns (new label per row, distinct rows sorted, their labels).
    """
    n = rows.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64), rows, np.zeros(0, dtype=np.int64)
    width = rows.shape[1]
    bits = max(1, int(rows.max()) + 2).bit_length()   # values -1..max shifted to 0..max+1
    if bits * width <= 62:
        # pack each row into one int64 whose order is the rows' lexicographic order
        key = np.zeros(n, dtype=np.int64)
        for j in range(width):
            key = (key << bits) | (rows[:, j] + 1)
        order = np.argsort(key, kind="stable")
    else:
        order = np.lexsort(rows.T[::-1])           # column 0 is the primary key
    srt = rows[order]
    starts = np.empty(n, dtype=bool)
    starts[0] = True
    np.any(srt[1:] != srt[:-1], axis=1, out=starts[1:])
    rank = np.cumsum(starts) - 1
    new = np.empty(n, dtype=np.int64)
    new[order] = counter + rank
    distinct = srt[starts]
    return new, distinct, counter + np.arange(len(distinct), dtype=np.int64)


def _first_counter(labels: np.ndarray) -> int:
    return int(labels.max()) + 1 if len(labels) else 1


def _label_steps(batch: GraphBatch, iterations: int, want_tables: bool = False):
    """Yield (k, labels, table rows, table labels) for k = 0..iterations."""
    if iterations < 0:
        raise ValueError(f"iterations must be ≥ 0, got {iterations}")
    labels = batch.labels.copy()
    counter = _first_counter(labels)
    yield 0, labels, None, None
    for k in range(1, iterations + 1):
        rows = _signatures(batch, labels)
        labels, distinct, new_ids = _compress(rows, counter)
        counter += len(new_ids)
        yield k, labels, (distinct if want_tables else None), new_ids


def format_signature(signature: Sequence[int]) -> str:
    """The course's notation: ``(3, 3, 4)`` → ``"3,34"``; wide labels are joined by spaces."""
    own, rest = signature[0], list(signature[1:])
    if all(0 <= r < 10 for r in rest):
        return f"{own}," + "".join(str(r) for r in rest)
    return f"{own}," + " ".join(str(r) for r in rest)
