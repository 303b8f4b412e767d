"""One Weisfeiler–Lehman relabelling step on a whole :class:`~nnlab_gui.engine.wl_batch.GraphBatch`.

In iteration k a node's signature is its label followed by its neighbours' labels sorted
ascending::

    σ⁽ᵏ⁾(v) = ( ℓ⁽ᵏ⁻¹⁾(v), sort{ ℓ⁽ᵏ⁻¹⁾(u) : u ∈ N(v) } ),

written ``3,34`` in the course's notation (:func:`format_signature`).  The distinct
signatures receive new labels ``counter, counter + 1, …`` in sorted (tuple) order (a shorter
signature before every longer one it begins), one counter continuing over all graphs and
iterations.

:func:`_refine` finds that order without a matrix of signatures, in O(nodes + edges) memory
and a few sorts of int64 keys per iteration:

1. the previous labels are replaced by their dense ranks 1…d (0 stands for "no more
   neighbours", below every label), which keeps their order and makes them short;
2. the nodes are grouped by own label with a counting sort; a group is named by the
   position of its first node in the final order, so a node alone in its group (most
   nodes after a few iterations) already has its place and drops out, and so does a
   group whose nodes have no neighbours left to compare;
3. only the nodes still tied get their neighbour ranks sorted (one sort of
   ``node << bits | rank`` over their edges), and the ties are split column by column:
   as many neighbour columns as fit are packed with the group number into one int64
   key, the key sorted (with the node's index in its low bits, so a plain ``np.sort``
   replaces ``argsort`` when it fits), and every group that stays tied goes on to the
   next columns, until none is left;
4. the new label of a node is the dense rank of its group's name.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.engine.wl_batch import GraphBatch


KEY_BITS = 63      # bits of an int64 sort key (tests lower it to force one column a round and argsort)


def _bits(x: int) -> int:
    return max(1, int(x).bit_length())


def _sort_order(key: np.ndarray, value_bits: int) -> tuple[np.ndarray, np.ndarray]:
    """(order, key[order]) for non-negative keys below 2**value_bits (ties by index)."""
    index_bits = _bits(len(key) - 1)
    if value_bits + index_bits <= KEY_BITS:              # key and index in one int64: a plain sort
        packed = np.sort((key << index_bits) | np.arange(len(key), dtype=np.int64))
        return packed & ((1 << index_bits) - 1), packed >> index_bits
    order = np.argsort(key)
    return order, key[order]


def _dense_values(labels: np.ndarray) -> tuple[np.ndarray, int]:
    """Every label's rank 1…d among the distinct labels (order kept), and d."""
    lo = int(labels.min())
    span = int(labels.max()) - lo + 1
    if span <= max(1 << 22, 4 * len(labels)):      # a presence table, no sort
        seen = np.zeros(span, dtype=bool)
        seen[labels - lo] = True
        code = np.cumsum(seen, dtype=np.int64)
        return code[labels - lo], int(code[-1])
    _u, inverse = np.unique(labels, return_inverse=True)
    return inverse.reshape(-1).astype(np.int64) + 1, len(_u)


def _refine(batch: GraphBatch, labels: np.ndarray, counter: int, want_rows: bool = False,
            cache: dict | None = None, dense: bool = False):
    """New labels ``counter, counter + 1, …`` for the distinct signatures in sorted order.

    Returns (new label per node, the distinct signatures as tuples in that order or None,
    their labels).  ``cache`` keeps, across the iterations of one batch, each edge's owner;
    ``dense``: the labels are known to be every integer of their range (those of an
    earlier :func:`_refine`)."""
    n = len(labels)
    if n == 0:
        return np.zeros(0, dtype=np.int64), ([] if want_rows else None), np.zeros(0, dtype=np.int64)
    cache = {} if cache is None else cache
    indptr, indices = batch.indptr, batch.indices
    deg = cache.get("deg")
    if deg is None:
        deg = cache["deg"] = np.diff(indptr)
        cache["owner"] = np.repeat(np.arange(n, dtype=np.int64), deg)
    owner = cache["owner"]
    if dense:
        lo = int(labels.min())
        v, d = labels - (lo - 1), int(labels.max()) - lo + 1
    else:
        v, d = _dense_values(labels)
    b = _bits(d)                                    # bits of a neighbour column (0 … d)
    size = np.bincount(v, minlength=d + 1)
    first = np.cumsum(size) - size                  # a group's name: its first position
    block = first[v]
    most = np.zeros(d + 1, dtype=np.int64)
    np.maximum.at(most, v, deg)
    tied = (size[v] > 1) & (most[v] > 0)
    a = np.flatnonzero(tied)
    if len(a):
        edge = tied[owner] if len(a) < n else slice(None)
        key = np.sort((owner[edge] << b) | v[indices[edge]])
        nbr = key & ((1 << b) - 1)                  # the tied nodes' neighbour ranks, sorted per node
        start = np.zeros(n, dtype=np.int64)
        start[a] = np.cumsum(deg[a]) - deg[a]
        seen = np.zeros(d + 1, dtype=bool)
        seen[v[a]] = True
        gid = (np.cumsum(seen) - 1)[v[a]]           # groups numbered 0… in order
        j = 0
        while len(a):
            gb = _bits(int(gid.max()))
            da, sa = deg[a], start[a]
            t = max(1, min(int(da.max()) - j, (KEY_BITS - _bits(len(a) - 1) - gb) // b))
            key = gid.copy()
            last = len(nbr) - 1
            for c in range(j, j + t):              # column c, or 0 past a node's last neighbour
                key <<= b
                key |= np.where(da > c, nbr[np.minimum(sa + c, last)], 0)
            order, srt = _sort_order(key, gb + b * t)
            a, j = a[order], j + t
            new = np.empty(len(a), dtype=bool)
            new[0] = True
            np.not_equal(srt[1:], srt[:-1], out=new[1:])
            head = np.empty(len(a), dtype=bool)
            head[0] = True
            np.not_equal(srt[1:] >> (b * t), srt[:-1] >> (b * t), out=head[1:])
            starts = np.flatnonzero(new)
            count = np.diff(np.append(starts, len(a)))
            at_head = head[starts]                  # a new group's offset in the group it split from
            offset = starts - np.maximum.accumulate(np.where(at_head, starts, 0))
            block[a] += np.repeat(offset, count)
            left = (count > 1) & (np.maximum.reduceat(deg[a], starts) > j)   # still tied, not exhausted
            keep = np.repeat(left, count)
            a = a[keep]
            gid = np.cumsum(new[keep]) - 1
    seen = np.zeros(n, dtype=bool)
    seen[block] = True
    rank = np.cumsum(seen, dtype=np.int64) - 1
    new_labels = counter + rank[block]
    m = int(rank[-1]) + 1
    distinct = None
    if want_rows:
        rep = np.empty(m, dtype=np.int64)
        rep[rank[block]] = np.arange(n)
        lab = labels.tolist()
        distinct = [(lab[r],) + tuple(sorted(lab[u] for u in indices[indptr[r]:indptr[r + 1]].tolist()))
                    for r in rep.tolist()]
    return new_labels, distinct, counter + np.arange(m, dtype=np.int64)


def _first_counter(labels: np.ndarray) -> int:
    return int(labels.max()) + 1 if len(labels) else 1


MAX_ITERATIONS = 1000   # a colouring of n nodes is stable after < n iterations; later ones only rename


def check_iterations(iterations) -> int:
    """h as an int in 0..MAX_ITERATIONS, or ValueError naming it."""
    if isinstance(iterations, (bool, np.bool_)) or not isinstance(iterations, (int, np.integer)):
        raise Problem(N_("iterations: expected a whole number 0…{most}, got {value!r}"), most=MAX_ITERATIONS, value=iterations)
    if not 0 <= iterations <= MAX_ITERATIONS:
        raise Problem(N_("iterations must be in 0…{most}, got {value}"), most=MAX_ITERATIONS, value=iterations)
    return int(iterations)


def _label_steps(batch: GraphBatch, iterations: int, want_tables: bool = False):
    """Yield (k, labels, table rows, table labels) for k = 0..iterations."""
    iterations = check_iterations(iterations)
    labels = batch.labels.copy()
    counter = _first_counter(labels)
    yield 0, labels, None, None
    cache: dict = {}
    for k in range(1, iterations + 1):
        labels, distinct, new_ids = _refine(batch, labels, counter, want_tables, cache, dense=k > 1)
        counter += len(new_ids)
        yield k, labels, (distinct if want_tables else None), new_ids


def format_signature(signature: Sequence[int]) -> str:
    """The course's notation: ``(3, 3, 4)`` → ``"3,34"``; wide labels are joined by spaces."""
    own, rest = signature[0], list(signature[1:])
    if all(0 <= r < 10 for r in rest):
        return f"{own}," + "".join(str(r) for r in rest)
    return f"{own}," + " ".join(str(r) for r in rest)
