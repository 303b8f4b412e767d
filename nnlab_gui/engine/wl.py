"""Weisfeiler–Lehman subtree kernel (SPEC §5, seed 003 exercise 6).

Every node starts with a label ℓ⁽⁰⁾(v) (node attribute ``label``, default 1).  In
iteration k a node's *signature* is its label followed by its neighbours' labels
sorted ascending,

    σ⁽ᵏ⁾(v) = ( ℓ⁽ᵏ⁻¹⁾(v), sort{ ℓ⁽ᵏ⁻¹⁾(u) : u ∈ N(v) } ),

written in the course's notation ``3,34`` (label 3, neighbours 3 and 4).  Signatures
never seen before receive new integer labels in sorted (tuple) order of signature,
continuing one counter over all graphs, so the seed's example gives ``1,1 → 2``,
``1,11 → 3``, …, ``5,3333 → 15`` label for label.  The feature vector φ(G) counts
every label of every iteration 0..h, and the kernel is

    K(G, G') = φ(G)·φ(G') = Σ_k Σ_ℓ c_ℓ⁽ᵏ⁾(G) c_ℓ⁽ᵏ⁾(G'),

its cosine-normalised form K(G,G')/√(K(G,G) K(G',G')).

Implementation: all graphs are relabelled at once on one disjoint-union CSR
adjacency, without a matrix of signatures: the nodes are grouped by own label with a
counting sort, and only the nodes still tied are split by their sorted neighbour labels,
several columns packed into one int64 sort key per round (see
:mod:`~nnlab_gui.engine.wl_relabel`).  Memory is O(nodes + edges), whatever the degrees.
The features are a sparse matrix and the Gram matrix F Fᵀ is
computed in tiles, split by label frequency (frequent labels through a dense BLAS
product, rare ones through a sparse one), exactly: see :mod:`~nnlab_gui.engine.wl_gram`.

Initial labels: integers within int64 or texts (a missing label is 1); anything else
(lists, dicts, booleans, NaN, inf, fractions) raises ValueError naming the graph and the
node.  Integers 0 ≤ ℓ < 2³¹ are kept as they are (the counter continues after the
largest); otherwise the distinct labels are first mapped to 1..m in sorted order.
Undirected simple graphs only: directed graphs and multigraphs are refused (convert with
``G.to_undirected()`` or ``nx.Graph(G)``).  A self-loop makes a node its own neighbour
once.  Empty graphs (no nodes) have φ = 0; isolated nodes have the signature ``ℓ,``
(no neighbours).  No graphs at all is refused (API.md), so is h outside 0…1000
(``MAX_ITERATIONS``; a colouring is stable after fewer than n iterations) and, for the
trace, which keeps every node's label of every iteration, n·(h + 1) > 2·10⁷ entries.

This module holds the trace, the features and the kernel; it re-exports the graph batch
(:mod:`~nnlab_gui.engine.wl_batch`), the relabelling step
(:mod:`~nnlab_gui.engine.wl_relabel`) and the example pairs
(:mod:`~nnlab_gui.engine.wl_presets`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

import networkx as nx
import numpy as np
import scipy.sparse as sp

from nnlab_gui.engine import wl_gram
from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.engine.wl_batch import (  # noqa: F401  (re-exported)
    GraphBatch, _integer_labels, _is_whole, batch_from_graphs)
from nnlab_gui.engine.wl_presets import (  # noqa: F401  (re-exported)
    PRESETS, _with_pos, indistinguishable_pair, isomorphic_pair, seed_pair)
from nnlab_gui.engine.wl_relabel import (  # noqa: F401  (re-exported)
    MAX_ITERATIONS, _first_counter, _label_steps, _refine, check_iterations, format_signature)

__all__ = [
    "GraphBatch", "WlIteration", "WlTrace", "KernelProgress",
    "batch_from_graphs", "trace", "features", "kernel", "kernel_steps",
    "format_signature", "normalize_gram", "dataset_steps",
]


# ------------------------------------------------------------------------ trace
@dataclass(frozen=True)
class WlIteration:
    """One iteration: per graph ``{node: label}``; the table ``{signature: new label}``."""

    k: int
    labels: tuple[dict, ...]
    table: dict

    def shared_new_labels(self, a: int = 0, b: int = 1) -> set:
        return set(self.labels[a].values()) & set(self.labels[b].values())


@dataclass(frozen=True)
class WlTrace:
    iterations: tuple[WlIteration, ...]
    label_ids: np.ndarray          # the label of each feature column, ascending
    F: np.ndarray                  # (n_graphs, n_labels) counts over iterations 0..h
    label_names: dict | None = None

    def feature_upto(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(label ids, counts) of the labels of iterations 0..k only."""
        used = set()
        for it in self.iterations[: k + 1]:
            for lab in it.labels:
                used.update(lab.values())
        mask = np.isin(self.label_ids, np.fromiter(used, dtype=np.int64, count=len(used)))
        return self.label_ids[mask], self.F[:, mask]

    def stable_at(self) -> int | None:
        """First iteration k ≥ 1 whose colouring partitions the nodes as iteration k-1 did."""
        for k in range(1, len(self.iterations)):
            if _same_partition(self.iterations[k - 1], self.iterations[k]):
                return k
        return None


def _same_partition(a: WlIteration, b: WlIteration) -> bool:
    pairs = set()
    for la, lb in zip(a.labels, b.labels):
        for v, x in la.items():
            pairs.add((x, lb[v]))
    return len({x for x, _ in pairs}) == len(pairs) == len({y for _, y in pairs})


TRACE_BUDGET = 20_000_000    # node labels a trace keeps over all iterations (Python dicts)


def trace(graphs: Iterable[nx.Graph] | GraphBatch, iterations: int = 2) -> WlTrace:
    """Every iteration's labels and compression table (API.md ``wl.trace``)."""
    iterations = check_iterations(iterations)
    batch = batch_from_graphs(graphs)
    if batch.n_nodes * (iterations + 1) > TRACE_BUDGET:
        raise Problem(N_("a trace keeps every node's label at every iteration: {nodes:,} nodes × {iterations} "
                         "iterations exceeds {budget:,}; use features() or kernel()"), nodes=batch.n_nodes,
                      iterations=iterations + 1, budget=TRACE_BUDGET)
    offsets = batch.node_offsets
    keys = batch.nodes or tuple(tuple(range(offsets[g + 1] - offsets[g])) for g in range(batch.n_graphs))
    its, all_labels = [], []
    for k, labels, distinct, new_ids in _label_steps(batch, iterations, want_tables=True):
        per_graph = tuple({v: int(labels[offsets[g] + i]) for i, v in enumerate(keys[g])}
                          for g in range(batch.n_graphs))
        table = {}
        if distinct is not None:
            rows = distinct.tolist() if isinstance(distinct, np.ndarray) else distinct
            for row, lab in zip(rows, new_ids.tolist()):
                table[tuple(x for x in row if x >= 0)] = lab
        its.append(WlIteration(k, per_graph, table))
        all_labels.append(labels)
    label_ids, F = _count(batch, all_labels)
    return WlTrace(tuple(its), label_ids, F, batch.label_names)


def _count(batch: GraphBatch, all_labels: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    g = batch.graph_of_node
    if not all_labels or batch.n_nodes == 0:
        return np.zeros(0, dtype=np.int64), np.zeros((batch.n_graphs, 0), dtype=np.int64)
    labs = np.concatenate(all_labels)
    ids, col = np.unique(labs, return_inverse=True)
    gg = np.tile(g, len(all_labels))
    F = np.bincount(gg * len(ids) + col, minlength=batch.n_graphs * len(ids))
    return ids, F.reshape(batch.n_graphs, len(ids)).astype(np.int64)


def features(graphs: Iterable[nx.Graph] | GraphBatch, iterations: int = 2,
             sparse: bool = False) -> np.ndarray | sp.csr_matrix:
    """φ(G) for every graph: (n_graphs, n_labels) counts over iterations 0..h.

    Columns are the labels in ascending order (for the seed: labels 1..15).  ``sparse``:
    a ``scipy.sparse`` CSR matrix (what a dataset of 100k graphs needs), else a dense array.
    """
    iterations = check_iterations(iterations)
    batch = batch_from_graphs(graphs)
    F, _ids = wl_gram.feature_matrix(batch, iterations)
    return F if sparse else F.toarray()


# ------------------------------------------------------------------------ kernel
def normalize_gram(K: np.ndarray) -> np.ndarray:
    """K(G,G') / √(K(G,G) K(G',G')); rows of an empty graph (K(G,G) = 0) stay 0."""
    d = np.sqrt(np.diag(K).astype(float))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = K / np.outer(d, d)
    return np.nan_to_num(out, nan=0.0, posinf=0.0, neginf=0.0)


@dataclass(frozen=True)
class KernelProgress:
    done: int                      # iterations finished (0..h)
    total: int
    K: np.ndarray | None = None    # the finished Gram matrix on the last snapshot
    n_labels: int = 0
    extra: dict = field(default_factory=dict)


def gram_from_counts(C: sp.spmatrix) -> np.ndarray:
    """C Cᵀ for a sparse count matrix, exactly (tiles of :mod:`~nnlab_gui.engine.wl_gram`)."""
    return wl_gram.gram(C)


def kernel_steps(graphs: Iterable[nx.Graph] | GraphBatch, iterations: int = 2,
                 normalize: bool = False) -> Iterator[KernelProgress]:
    """The Gram matrix as a generator: a snapshot per relabelling iteration, then
    one holding ``K`` once the products are done (``done == total``).

    A generator function (the worker streams it): the arguments are checked when the
    first snapshot is asked for, before any work."""
    iterations = check_iterations(iterations)
    if not isinstance(normalize, (bool, np.bool_)):
        raise Problem(N_("normalize: expected True or False, got {value!r}"), value=normalize)
    yield from _kernel_steps(batch_from_graphs(graphs), iterations, bool(normalize))


def _kernel_steps(batch: GraphBatch, iterations: int, normalize: bool) -> Iterator[KernelProgress]:
    total = iterations + 2
    graph = batch.graph_of_node
    parts = []
    for k, labels, _d, new_ids in _label_steps(batch, iterations):
        first = None if k == 0 else (int(new_ids[0]) if len(new_ids) else 0)
        parts.append(wl_gram.iteration_counts(labels, graph, batch.n_graphs, first))
        yield KernelProgress(k + 1, total, None, sum(len(p[3]) for p in parts))
    F = wl_gram.csr_from_iterations(parts, batch.n_graphs)
    K = wl_gram.gram(F)
    if normalize:
        K = normalize_gram(K)
    yield KernelProgress(total, total, K, F.shape[1], {"F": F})


FULL_GRAM_LIMIT = 6000      # graphs up to which dataset_steps also keeps the whole K (6000² × 8 B = 288 MB)
VIEW_BLOCKS = 1000          # at most this many blocks a side in the heatmap view


def dataset_steps(batch: GraphBatch, iterations: int, normalize: bool, order: np.ndarray,
                  blocks: int = VIEW_BLOCKS, full_limit: int = FULL_GRAM_LIMIT) -> Iterator[KernelProgress]:
    """What the Dataset page shows: a snapshot per iteration, then one whose ``extra`` has
    ``F`` (sparse features), ``view`` (K in ``order``, or its exact block means when there
    are more than ``blocks`` graphs) and ``edges`` (the blocks' bounds in positions);
    ``K`` is the whole Gram matrix only up to ``full_limit`` graphs (else None: hover
    entries come from ``F``)."""
    iterations = check_iterations(iterations)
    order = np.asarray(order, dtype=np.int64)
    if order.shape != (batch.n_graphs,) or not np.array_equal(np.sort(order), np.arange(batch.n_graphs)):
        raise Problem(N_("order: expected a permutation of the graphs"))
    total = iterations + 2
    graph = batch.graph_of_node
    parts = []
    for k, labels, _d, new_ids in _label_steps(batch, iterations):
        first = None if k == 0 else (int(new_ids[0]) if len(new_ids) else 0)
        parts.append(wl_gram.iteration_counts(labels, graph, batch.n_graphs, first))
        yield KernelProgress(k + 1, total, None, sum(len(p[3]) for p in parts))
    F = wl_gram.csr_from_iterations(parts, batch.n_graphs)
    n = batch.n_graphs
    K = None
    if n <= full_limit:
        K = wl_gram.gram(F)
        if normalize:
            K = normalize_gram(K)
    if n <= blocks and K is not None:
        view, edges = K[np.ix_(order, order)], np.arange(n + 1)
    else:
        view, edges = wl_gram.block_means(F, order, blocks, normalize)
    yield KernelProgress(total, total, K, F.shape[1], {"F": F, "view": view, "edges": edges})


def kernel(graphs: Iterable[nx.Graph] | GraphBatch, iterations: int = 2,
           normalize: bool = False) -> np.ndarray:
    """K = F Fᵀ (float64, exact integers while < 2⁵³); cosine-normalised on request."""
    last = None
    for last in kernel_steps(graphs, iterations, normalize):
        pass
    return last.K
