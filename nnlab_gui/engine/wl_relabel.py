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

That matrix has n × (1 + max degree) entries, so one hub in a large graph would make it
huge (a star of 10⁶ nodes: 10¹² entries).  Above ``SIGNATURE_BUDGET`` entries (2²⁵, 256 MB)
the same order is found without it (:func:`_compress_ragged`): the nodes are sorted by own
label, then tied nodes only are refined by their next ≤ 64 neighbour labels, round after
round, until every group is a single node or exhausted; memory stays O(n + edges) and the
labels are identical to the matrix path's.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from nnlab_gui.engine.wl_batch import GraphBatch


def _signatures(batch: GraphBatch, labels: np.ndarray, _where: dict | None = None) -> np.ndarray:
    """(n, 1 + max degree) matrix: own label, sorted neighbour labels, -1 padding.

    The neighbour labels are written unsorted (CSR order) with a sentinel above every
    label as padding, each short row is sorted on its own (``sort(axis=1)``: no global
    sort of the edges), and the sentinel becomes -1.  ``_where`` caches, across the
    iterations of one batch, where each CSR entry goes in the matrix."""
    n = len(labels)
    deg = np.diff(batch.indptr)
    width = 1 + (int(deg.max()) if n else 0)
    if width == 1 or not len(batch.indices):
        rows = np.full((n, width), -1, dtype=np.int64)
        rows[:, 0] = labels
        return rows
    where = _where.get("flat") if _where is not None else None
    if where is None:
        owner = np.repeat(np.arange(n, dtype=np.int64), deg)
        where = owner * width + 1 + (np.arange(len(owner)) - batch.indptr[owner])
        if _where is not None:
            _where["flat"] = where
    top = int(labels.max()) + 1
    rows = np.full((n, width), top, dtype=np.int64)
    rows[:, 0] = labels
    rows.ravel()[where] = labels[batch.indices]
    rows[:, 1:].sort(axis=1)
    rows[rows == top] = -1
    return rows


def _dense_rank(key: np.ndarray) -> tuple[np.ndarray, int]:
    """Rank of every key among the distinct keys in ascending order (0, 1, …), and their number."""
    order = np.argsort(key)
    srt = key[order]
    starts = np.empty(len(key), dtype=bool)
    starts[0] = True
    np.not_equal(srt[1:], srt[:-1], out=starts[1:])
    rank = np.empty(len(key), dtype=np.int64)
    rank[order] = np.cumsum(starts) - 1
    return rank, int(rank.max()) + 1 if len(key) else 0


def _compress(rows: np.ndarray, counter: int, want_rows: bool = True) -> tuple[np.ndarray, np.ndarray | None,
                                                                             np.ndarray]:
    """New labels ``counter, counter+1, …`` for the distinct rows in sorted order.

    Returns (new label per row, distinct rows sorted, their labels).  The rows' order is
    found column group by column group: the values are shifted to 0 (padding) … range, as
    many columns as fit are packed with the rank of the columns before them into one int64
    key, and the key's dense rank (which keeps the order) carries on — a few sorts of n
    int64 keys instead of a ``lexsort`` over every column.
    """
    n = rows.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64), rows, np.zeros(0, dtype=np.int64)
    width = rows.shape[1]
    own = rows[:, 0]                                # every neighbour label is some node's own label
    lo = int(own.min())
    span = int(own.max()) - lo + 2                  # values 0 (padding) … span - 1
    bits = max(1, (span - 1).bit_length())
    if bits > 62:                                   # pragma: no cover - labels are below 2⁶²
        order = np.lexsort(rows.T[::-1])
        srt = rows[order]
        starts = np.r_[True, np.any(srt[1:] != srt[:-1], axis=1)]
        rank = np.empty(n, dtype=np.int64)
        rank[order] = np.cumsum(starts) - 1
        d = int(starts.sum())
    else:
        cols = np.add(rows.T, 1 - lo, order="C")    # column by column: labels → 1 … span - 1,
        np.maximum(cols, 0, out=cols)               # padding -1 → 0, below every label
        rank, d, j = None, 1, 0
        while j < width:
            rank_bits = (d - 1).bit_length() if rank is not None else 0
            take = max(1, min(width - j, (62 - rank_bits) // bits))
            key = rank if rank is not None else np.zeros(n, dtype=np.int64)
            for c in range(j, j + take):
                key <<= bits
                key |= cols[c]
            j += take
            rank, d = _dense_rank(key)
    new = counter + rank
    if not want_rows:
        return new, None, counter + np.arange(d, dtype=np.int64)
    first = np.empty(d, dtype=np.int64)
    first[rank[::-1]] = np.arange(n - 1, -1, -1)    # the first row of every distinct signature
    return new, rows[first], counter + np.arange(d, dtype=np.int64)


SIGNATURE_BUDGET = 2 ** 25     # entries of the padded signature matrix before the ragged path
CHUNK = 64                      # neighbour labels compared per round on the ragged path


def _compress_ragged(batch: GraphBatch, labels: np.ndarray, counter: int, want_rows: bool):
    """:func:`_compress` of the signatures without the padded matrix (same labels, same order).

    Returns (new label per node, distinct signatures as tuples or None, their labels).
    """
    n = len(labels)
    if n == 0:
        return np.zeros(0, dtype=np.int64), ([] if want_rows else None), np.zeros(0, dtype=np.int64)
    indptr = batch.indptr
    deg = np.diff(indptr)
    owner = np.repeat(np.arange(n), deg)
    nbr = labels[batch.indices]
    flat = nbr[np.lexsort((nbr, owner))]          # each node's neighbour labels, sorted, CSR order
    perm = np.argsort(labels, kind="stable")       # column 0: own label
    srt = labels[perm]
    first = np.r_[True, srt[1:] != srt[:-1]]
    block = np.empty(n, dtype=np.int64)            # group id = position of its first node in the order
    block[perm] = np.flatnonzero(first)[np.cumsum(first) - 1]
    j, active = 0, np.arange(n)
    while len(active):
        _ids, inv, cnt = np.unique(block[active], return_inverse=True, return_counts=True)
        longest = np.zeros(len(cnt), dtype=np.int64)
        np.maximum.at(longest, inv, deg[active])
        active = active[(cnt[inv] > 1) & (longest[inv] > j)]   # a single node or an exhausted group is done
        if not len(active):
            break
        w = int(max(1, min(CHUNK, SIGNATURE_BUDGET // len(active))))
        take = np.clip(deg[active] - j, 0, w)
        rows = np.repeat(np.arange(len(active)), take)
        cols = np.arange(int(take.sum())) - np.repeat(np.cumsum(take) - take, take)
        M = np.full((len(active), w), -1, dtype=np.int64)
        M[rows, cols] = flat[indptr[active][rows] + j + cols]
        order = np.lexsort(tuple(M[:, c] for c in range(w - 1, -1, -1)) + (block[active],))
        a, Ms, b = active[order], M[order], block[active][order]
        new_group = np.r_[True, (b[1:] != b[:-1]) | np.any(Ms[1:] != Ms[:-1], axis=1)]
        block_start = np.r_[True, b[1:] != b[:-1]]
        idx = np.arange(len(a))
        start_of_block = np.maximum.accumulate(np.where(block_start, idx, 0))
        start_of_group = np.maximum.accumulate(np.where(new_group, idx, 0))
        block[a] = b + (start_of_group - start_of_block)
        j += w
    ids, inverse = np.unique(block, return_inverse=True)
    new = counter + inverse.astype(np.int64)
    distinct = None
    if want_rows:
        distinct = [(int(labels[r]),) + tuple(flat[indptr[r]:indptr[r + 1]].tolist())
                    for r in _representatives(block, ids)]
    return new, distinct, counter + np.arange(len(ids), dtype=np.int64)


def _representatives(block: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """One node of each group, in the groups' order."""
    order = np.argsort(block, kind="stable")
    return order[np.searchsorted(block[order], ids)]


def _first_counter(labels: np.ndarray) -> int:
    return int(labels.max()) + 1 if len(labels) else 1


MAX_ITERATIONS = 1000   # a colouring of n nodes is stable after < n iterations; later ones only rename


def check_iterations(iterations) -> int:
    """h as an int in 0..MAX_ITERATIONS, or ValueError naming it."""
    if isinstance(iterations, (bool, np.bool_)) or not isinstance(iterations, (int, np.integer)):
        raise ValueError(f"iterations: expected a whole number 0…{MAX_ITERATIONS}, got {iterations!r}")
    if not 0 <= iterations <= MAX_ITERATIONS:
        raise ValueError(f"iterations must be in 0…{MAX_ITERATIONS}, got {iterations}")
    return int(iterations)


def _label_steps(batch: GraphBatch, iterations: int, want_tables: bool = False):
    """Yield (k, labels, table rows, table labels) for k = 0..iterations."""
    iterations = check_iterations(iterations)
    labels = batch.labels.copy()
    counter = _first_counter(labels)
    yield 0, labels, None, None
    width = 1 + (int(np.diff(batch.indptr).max()) if len(labels) else 0)
    ragged = len(labels) * width > SIGNATURE_BUDGET
    where: dict = {}
    for k in range(1, iterations + 1):
        if ragged:
            labels, distinct, new_ids = _compress_ragged(batch, labels, counter, want_tables)
        else:
            labels, distinct, new_ids = _compress(_signatures(batch, labels, where), counter, want_tables)
        counter += len(new_ids)
        yield k, labels, (distinct if want_tables else None), new_ids


def format_signature(signature: Sequence[int]) -> str:
    """The course's notation: ``(3, 3, 4)`` → ``"3,34"``; wide labels are joined by spaces."""
    own, rest = signature[0], list(signature[1:])
    if all(0 <= r < 10 for r in rest):
        return f"{own}," + "".join(str(r) for r in rest)
    return f"{own}," + " ".join(str(r) for r in rest)
