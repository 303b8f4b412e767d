"""WL kernel at dataset scale: sparse feature matrices, the Gram matrix in tiles, exact views.

* :func:`feature_matrix` — φ of every graph as a ``scipy.sparse`` CSR matrix of integer
  counts (graphs × labels, labels ascending, iterations 0..h).  Memory is O(nodes · h):
  100k molecule-sized graphs (3M nodes, h = 5) take a few hundred MB, where the dense
  matrix would take 100k × 7M × 8 bytes.
* :func:`gram_tiles` — K = F Fᵀ one block of rows at a time (``gram`` writes them into one
  array; a dataset too large for K reads the tiles it needs).  Labels held by many graphs go through a
  dense BLAS product, the rest through a sparse one.  Exact for integer counts: the dense
  product runs in float32 only when every entry is provably below 2²⁴ (Cauchy–Schwarz on
  the row norms: all partial sums are non-negative and at most the final value), else in
  float64 (exact below 2⁵³); the sparse product is float64.  :func:`gram` assembles them;
  graphs with identical φ (repeated molecules, a dataset repeated for a benchmark) share
  their row of K, so K is computed for the distinct rows (:func:`distinct_rows`: hashed,
  then checked entry by entry) and expanded by whole-row copies.
* :func:`block_means` — the heatmap of a dataset too large to show (or store) K: the mean
  of K over blocks of consecutive graphs in a given (class-sorted) order, computed exactly
  from block sums of φ (Σ_{i∈I} Σ_{j∈J} φ_i·φ_j = (Σ_I φ_i)·(Σ_J φ_j)) without forming K.
* :func:`entry` — one exact K(i, j) (raw or cosine-normalised) for the hover.
"""

from __future__ import annotations

import mmap
from typing import Iterator

import numpy as np
import scipy.sparse as sp

from nnlab_gui.engine.wl_batch import GraphBatch

DENSE_FRACTION = 16.0   # a label held by ≥ n_graphs / DENSE_FRACTION graphs goes to the dense product
FLOAT32_EXACT = 2 ** 24
TILE = 1024


def iteration_counts(labels: np.ndarray, graph: np.ndarray, n_graphs: int, first_id: int | None):
    """(graph, column, count) of one iteration's labels, sorted by graph then column, and the
    iteration's label ids.  ``first_id``: the iteration's labels are ``first_id …`` (all used);
    None: arbitrary (iteration 0)."""
    if first_id is None:
        lo = int(labels.min()) if len(labels) else 0
        span = int(labels.max()) - lo + 1 if len(labels) else 0
        if span <= max(1 << 22, 4 * len(labels)):      # a presence table instead of a sort
            seen = np.zeros(span, dtype=bool)
            seen[labels - lo] = True
            ids = np.flatnonzero(seen) + lo
            col = (np.cumsum(seen, dtype=np.int64) - 1)[labels - lo]
        else:
            ids, col = np.unique(labels, return_inverse=True)
            col = col.reshape(-1)
    else:
        col = labels - first_id
        ids = first_id + np.arange(int(col.max()) + 1 if len(col) else 0, dtype=np.int64)
    n_l = max(1, len(ids))
    key = np.sort(graph * n_l + col)
    if not len(key):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, ids
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    counts = np.diff(np.r_[starts, len(key)])
    k = key[starts]
    return k // n_l, k % n_l, counts, ids


def csr_from_iterations(parts: list, n_graphs: int) -> sp.csr_matrix:
    """Join per-iteration (graph, column, count, ids) into one CSR matrix without a sort:
    each row holds iteration 0's columns, then iteration 1's, … (already ascending)."""
    widths = [len(p[3]) for p in parts]
    offsets = np.concatenate([[0], np.cumsum(widths)]).astype(np.int64)
    per_row = [np.bincount(p[0], minlength=n_graphs) for p in parts]
    indptr = np.zeros(n_graphs + 1, dtype=np.int64)
    np.cumsum(np.sum(per_row, axis=0), out=indptr[1:])
    nnz = int(indptr[-1])
    index_type = np.int32 if max(nnz, int(offsets[-1])) < 2 ** 31 else np.int64
    indices = np.empty(nnz, dtype=index_type)
    data = np.empty(nnz, dtype=np.int64)
    before = np.zeros(n_graphs, dtype=np.int64)           # entries of earlier iterations in each row
    for (g, col, cnt, _ids), off, rows in zip(parts, offsets, per_row):
        row_start = np.cumsum(rows) - rows           # g is sorted: a row's entries are consecutive
        pos = np.repeat(indptr[:-1] + before - row_start, rows) + np.arange(len(g))
        indices[pos] = col + off
        data[pos] = cnt
        before += rows
    return sp.csr_matrix((data, indices, indptr), shape=(n_graphs, int(offsets[-1])))


def feature_matrix(batch: GraphBatch, iterations: int, steps=None) -> tuple[sp.csr_matrix, np.ndarray]:
    """(F, label ids): φ of every graph as a sparse CSR matrix of int64 counts.

    ``steps``: the relabelling iterator to consume (default ``_label_steps(batch, h)``)."""
    from nnlab_gui.engine.wl_relabel import _label_steps

    graph = batch.graph_of_node
    parts = []
    for k, labels, _d, new_ids in (steps if steps is not None else _label_steps(batch, iterations)):
        first = None if k == 0 else (int(new_ids[0]) if len(new_ids) else 0)
        parts.append(iteration_counts(labels, graph, batch.n_graphs, first))
    F = csr_from_iterations(parts, batch.n_graphs)
    ids = np.concatenate([p[3] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    return F, ids


def squared_norms(F: sp.spmatrix) -> np.ndarray:
    """K(G, G) = ‖φ(G)‖² for every graph (float64, exact below 2⁵³)."""
    F = sp.csr_matrix(F)
    return np.asarray(F.multiply(F).sum(axis=1), dtype=np.float64).ravel()


class _Split:
    """F split by label frequency: a dense block of frequent labels, a sparse rest."""

    def __init__(self, F: sp.spmatrix):
        C = sp.csc_matrix(F, dtype=np.float64)
        n = C.shape[0]
        m = np.diff(C.indptr)
        dense = m * DENSE_FRACTION >= n
        self.n = n
        D = C[:, np.flatnonzero(dense)].toarray() if dense.any() else np.zeros((n, 0))
        bound = float((D * D).sum(axis=1).max()) if D.size else 0.0
        whole = bool(np.all(D == np.round(D)))         # integer counts (block sums, normalised: not)
        self.dense = D.astype(np.float32) if whole and bound < FLOAT32_EXACT else D
        self.sparse = C[:, np.flatnonzero(~dense)].tocsr() if (~dense).any() else None
        self.sparse_t = self.sparse.T.tocsr() if self.sparse is not None else None

    def rows(self, r0: int, r1: int, out: np.ndarray | None = None) -> np.ndarray:
        """K[r0:r1, :] exactly, as float64 (written into ``out`` when given)."""
        if out is None:
            out = np.empty((r1 - r0, self.n), dtype=np.float64)
        if self.sparse is not None:                 # the sparse part fills ``out`` (zeros included)
            (self.sparse[r0:r1] @ self.sparse_t).tocsr().toarray(out=out)
            if self.dense.shape[1]:
                out += self.dense[r0:r1] @ self.dense.T
        elif self.dense.dtype == np.float64:
            np.dot(self.dense[r0:r1], self.dense.T, out=out)
        else:
            out[...] = self.dense[r0:r1] @ self.dense.T
        return out


def gram_tiles(F: sp.spmatrix, tile: int | None = None) -> Iterator[tuple[int, int, np.ndarray]]:
    """(r0, r1, K[r0:r1, :]) for consecutive blocks of ``tile`` rows (a new array each)."""
    tile = int(tile or TILE)
    split = _Split(F)
    for r0 in range(0, split.n, tile):
        r1 = min(split.n, r0 + tile)
        yield r0, r1, split.rows(r0, r1)


def distinct_rows(F: sp.spmatrix) -> tuple[np.ndarray, np.ndarray] | None:
    """(representatives, inverse): F[representatives][inverse] == F row for row, or None when
    every row is distinct.  Rows are grouped by a hash of their entries and every row is then
    compared entry by entry with its group's representative (a collision: None, no grouping)."""
    F = sp.csr_matrix(F)
    n = F.shape[0]
    if n < 2:
        return None
    if not F.has_sorted_indices:
        F = F.sorted_indices()
    nnz = np.diff(F.indptr)
    with np.errstate(over="ignore"):
        col = F.indices.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        val = F.data.astype(np.uint64) * np.uint64(0xBF58476D1CE4E5B9)
        mixed = (col ^ (col >> np.uint64(29))) + val
        mixed *= np.uint64(0x94D049BB133111EB)
        mixed ^= mixed >> np.uint64(31)
        h = np.zeros(n, dtype=np.uint64)
        if F.nnz:                                      # a row's entries are contiguous in CSR
            h[nnz > 0] = np.add.reduceat(mixed, F.indptr[:-1][nnz > 0])
        h ^= nnz.astype(np.uint64) * np.uint64(0xD6E8FEB86659FD93)
    _u, first, inverse = np.unique(h, return_index=True, return_inverse=True)
    if len(first) == n:
        return None
    rep = first[inverse]                               # each row's representative
    if np.any(nnz != nnz[rep]):
        return None
    off = np.arange(F.nnz) - np.repeat(F.indptr[:-1], nnz)
    pos_rep = np.repeat(F.indptr[rep], nnz) + off
    if np.any(F.indices != F.indices[pos_rep]) or np.any(F.data != F.data[pos_rep]):
        return None                                    # a hash collision: no grouping
    return first, inverse.ravel()


def _new_square(n: int) -> np.ndarray:
    """An uninitialised (n, n) float64 array.  A large one is an anonymous mmap of its own:
    without NumPy's huge-page advice, so its first write faults in 4 kB pages instead of
    stalling on the kernel's compaction for 2 MB pages (MUTAG × 30's 250 MB K: up to 1 s)."""
    nbytes = 8 * n * n
    if nbytes < 1 << 25:
        return np.empty((n, n), dtype=np.float64)
    return np.frombuffer(mmap.mmap(-1, nbytes), dtype=np.float64).reshape(n, n)


def gram(F: sp.spmatrix, tile: int | None = None, dedup: bool = True) -> np.ndarray:
    """K = F Fᵀ (float64, exact for integer counts), written tile by tile into one array.

    ``dedup``: graphs with identical φ have identical rows of K, so K is computed for the
    distinct rows only and expanded (a dataset with repeated graphs pays for its distinct ones)."""
    tile = int(tile or TILE)
    groups = distinct_rows(F) if dedup else None
    if groups is not None:
        reps, inverse = groups
        Ku = gram(sp.csr_matrix(F)[reps], tile, dedup=False)
        wide = np.ascontiguousarray(Ku[:, inverse])     # (distinct, n): each distinct row, expanded
        K = _new_square(len(inverse))
        # whole-row copies; mode="clip" (indices are in range) because take's default
        # mode="raise" buffers ``out``: a second pass over K, 20× slower for MUTAG × 30
        np.take(wide, inverse, axis=0, out=K, mode="clip")
        return K
    split = _Split(F)
    K = _new_square(split.n)
    for r0 in range(0, split.n, tile):
        r1 = min(split.n, r0 + tile)
        split.rows(r0, r1, out=K[r0:r1])
    return K


def block_means(F: sp.spmatrix, order: np.ndarray, blocks: int, normalize: bool = False
                ) -> tuple[np.ndarray, np.ndarray]:
    """(M, edges): M[a, b] = mean of K over graphs ``order[edges[a]:edges[a+1]]`` ×
    ``order[edges[b]:edges[b+1]]`` (K cosine-normalised when ``normalize``), for at most
    ``blocks`` nearly equal blocks of consecutive positions."""
    n = F.shape[0]
    blocks = max(1, min(int(blocks), n))
    edges = np.linspace(0, n, blocks + 1).round().astype(np.int64)
    pos_block = np.repeat(np.arange(blocks), np.diff(edges))
    F = sp.csr_matrix(F, dtype=np.float64)
    if normalize:
        norms = np.sqrt(squared_norms(F))
        scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
        F = sp.diags(scale) @ F
    A = sp.csr_matrix((np.ones(n), (pos_block, np.asarray(order))), shape=(blocks, n))
    S = (A @ F).tocsr()
    M = gram(S, dedup=False)                           # frequent labels dense, the rest sparse
    size = np.diff(edges).astype(np.float64)
    return M / np.outer(size, size), edges


def entry(F: sp.spmatrix, i: int, j: int, normalize: bool = False) -> float:
    """K(i, j) exactly (cosine-normalised on request; 0 for an empty graph)."""
    F = sp.csr_matrix(F)
    a, b = F[i], F[j]
    k = float(a.multiply(b).sum())
    if not normalize:
        return k
    d = float(a.multiply(a).sum()) * float(b.multiply(b).sum())
    return k / np.sqrt(d) if d > 0 else 0.0
