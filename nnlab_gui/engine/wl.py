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
adjacency.  Signatures are rows of an (n_nodes, 1 + max degree) integer matrix
(own label, sorted neighbour labels, padded with -1, which sorts before every
label, so shorter signatures come first just as in tuple order); one sort of the
rows (packed into one int64 key when they fit, else ``lexsort``) and a cumulative
sum over "row differs from the previous" compresses them.  Memory is
O(n_nodes · max degree).  The Gram matrix F Fᵀ is split by label frequency: labels
held by many graphs go through BLAS ``dsyrk``, rare ones through a sparse product,
both into one array (see :func:`gram_from_counts`).

Initial labels: non-negative integers are kept as they are (the counter continues
after the largest); any other labels (strings, negative numbers, floats that are not
whole) are first mapped to 1..m in sorted order.  Undirected simple graphs only:
directed graphs and multigraphs are refused (convert with ``G.to_undirected()`` or
``nx.Graph(G)``).  A self-loop makes a node its own neighbour once.  Empty graphs
(no nodes) have φ = 0; isolated nodes have the signature ``ℓ,`` (no neighbours).
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.linalg import blas

__all__ = [
    "GraphBatch", "WlIteration", "WlTrace", "KernelProgress",
    "batch_from_graphs", "trace", "features", "kernel", "kernel_steps",
    "format_signature", "normalize_gram",
]


# --------------------------------------------------------------------------- input
@dataclass(frozen=True)
class GraphBatch:
    """Many graphs as one disjoint union in CSR form.

    ``indptr``/``indices``: symmetric adjacency of the union (each undirected edge
    stored in both directions, a self-loop once); ``graph_of_node[i]``: the graph
    node i belongs to; ``node_offsets[g]:node_offsets[g+1]``: graph g's nodes;
    ``labels``: initial integer labels (≥ 0); ``nodes``: per graph, the original
    node keys in order (``None`` when the batch did not come from networkx).
    """

    indptr: np.ndarray
    indices: np.ndarray
    node_offsets: np.ndarray
    labels: np.ndarray
    nodes: tuple | None = None
    label_names: dict | None = None   # integer label -> original label, when relabelled

    @property
    def n_graphs(self) -> int:
        return len(self.node_offsets) - 1

    @property
    def n_nodes(self) -> int:
        return len(self.labels)

    @property
    def graph_of_node(self) -> np.ndarray:
        return np.repeat(np.arange(self.n_graphs), np.diff(self.node_offsets))

    @staticmethod
    def from_edges(n_nodes_per_graph: Sequence[int], edges: np.ndarray,
                   labels: np.ndarray | None = None) -> "GraphBatch":
        """Build from global node indices: ``edges`` (m, 2) undirected pairs.

        Pairs may be listed once or in both directions (duplicates collapse).
        """
        counts = np.asarray(n_nodes_per_graph, dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        n = int(offsets[-1])
        edges = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
        if edges.size and (edges.min() < 0 or edges.max() >= n):
            raise ValueError(f"edge refers to node {int(edges.max()) + 1}, but there are only {n} nodes")
        if labels is None:
            labels = np.ones(n, dtype=np.int64)
        labels = np.asarray(labels)
        if labels.shape != (n,):
            raise ValueError(f"{labels.shape[0] if labels.ndim else 0} node labels for {n} nodes")
        labels, names = _integer_labels(labels.tolist())
        u, v = edges[:, 0], edges[:, 1]
        g = np.repeat(np.arange(len(counts)), counts)
        if edges.size and np.any(g[u] != g[v]):
            raise ValueError("an edge joins nodes of two different graphs")
        src = np.concatenate([u, v])
        dst = np.concatenate([v, u])
        adj = sp.csr_matrix((np.ones(len(src), dtype=np.int8), (src, dst)), shape=(n, n))
        adj.sum_duplicates()
        adj.sort_indices()
        return GraphBatch(adj.indptr.astype(np.int64), adj.indices.astype(np.int64),
                          offsets, labels, None, names)


def _is_whole(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, numbers.Integral):
        return True
    return isinstance(value, numbers.Real) and float(value).is_integer()


def _integer_labels(values: list) -> tuple[np.ndarray, dict | None]:
    """Non-negative whole numbers stay; otherwise map the distinct labels to 1..m."""
    try:
        arr = np.asarray(values)
    except (ValueError, TypeError):
        arr = None
    if arr is not None and arr.ndim == 1 and arr.dtype.kind in "iu" and (arr.size == 0 or arr.min() >= 0):
        return arr.astype(np.int64), None
    if all(_is_whole(v) and v >= 0 for v in values):
        return np.asarray([int(v) for v in values], dtype=np.int64), None
    distinct = sorted(set(values), key=lambda v: (not isinstance(v, numbers.Real), v if isinstance(v, numbers.Real) else str(v)))
    code = {v: i + 1 for i, v in enumerate(distinct)}
    return np.asarray([code[v] for v in values], dtype=np.int64), {i: v for v, i in code.items()}


def batch_from_graphs(graphs: Iterable[nx.Graph] | GraphBatch) -> GraphBatch:
    """Check the graphs and join them into one :class:`GraphBatch`."""
    if isinstance(graphs, GraphBatch):
        return graphs
    graphs = list(graphs)
    counts, edges, labels, nodes = [], [], [], []
    offset = 0
    for gi, g in enumerate(graphs):
        if not isinstance(g, nx.Graph):
            raise TypeError(f"graph {gi + 1} is a {type(g).__name__}, not a networkx graph")
        if g.is_directed():
            raise ValueError(f"graph {gi + 1} is directed; the WL kernel here needs undirected graphs "
                             "(convert with G.to_undirected())")
        if g.is_multigraph():
            raise ValueError(f"graph {gi + 1} is a multigraph; the WL kernel here needs simple graphs "
                             "(collapse parallel edges with nx.Graph(G))")
        keys = list(g.nodes)
        index = {v: i + offset for i, v in enumerate(keys)}
        labels.extend(1 if d.get("label", 1) is None else d.get("label", 1) for _v, d in g.nodes(data=True))
        edges.extend((index[a], index[b]) for a, b in g.edges())
        counts.append(len(keys))
        nodes.append(tuple(keys))
        offset += len(keys)
    n = offset
    offsets = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)]).astype(np.int64)
    e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    loop = e[:, 0] == e[:, 1]                 # a self-loop is stored once
    src = np.concatenate([e[:, 0], e[~loop, 1]])
    dst = np.concatenate([e[:, 1], e[~loop, 0]])
    adj = sp.csr_matrix((np.ones(len(src), dtype=np.int8), (src, dst)), shape=(n, n))
    adj.sort_indices()
    int_labels, names = _integer_labels(labels)
    return GraphBatch(adj.indptr.astype(np.int64), adj.indices.astype(np.int64), offsets,
                      int_labels, tuple(nodes), names)


# ------------------------------------------------------------------- relabelling
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


def trace(graphs: Iterable[nx.Graph] | GraphBatch, iterations: int = 2) -> WlTrace:
    """Every iteration's labels and compression table (API.md ``wl.trace``)."""
    batch = batch_from_graphs(graphs)
    offsets = batch.node_offsets
    keys = batch.nodes or tuple(tuple(range(offsets[g + 1] - offsets[g])) for g in range(batch.n_graphs))
    its, all_labels = [], []
    for k, labels, distinct, new_ids in _label_steps(batch, iterations, want_tables=True):
        per_graph = tuple({v: int(labels[offsets[g] + i]) for i, v in enumerate(keys[g])}
                          for g in range(batch.n_graphs))
        table = {}
        if distinct is not None:
            for row, lab in zip(distinct.tolist(), new_ids.tolist()):
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


def features(graphs: Iterable[nx.Graph] | GraphBatch, iterations: int = 2) -> np.ndarray:
    """φ(G) for every graph: (n_graphs, n_labels) counts over iterations 0..h.

    Columns are the labels in ascending order (for the seed: labels 1..15).
    """
    batch = batch_from_graphs(graphs)
    labs = [lab for _k, lab, _d, _n in _label_steps(batch, iterations)]
    return _count(batch, labs)[1]


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


DENSE_FRACTION = 16.0  # a label held by ≥ n_graphs / DENSE_FRACTION graphs goes to the dense product


def _count_columns(labels: np.ndarray, g: np.ndarray, n_g: int) -> sp.csc_matrix:
    """C: (graphs × labels of this iteration) counts, as a sparse matrix."""
    ids, col = np.unique(labels, return_inverse=True)
    n_l = len(ids)
    key, counts = np.unique(g * n_l + col, return_counts=True)
    return sp.csc_matrix((counts.astype(np.float64), (key // n_l, key % n_l)), shape=(n_g, n_l))


def gram_from_counts(C: sp.spmatrix) -> np.ndarray:
    """C Cᵀ for a sparse count matrix, exactly (integers in float64, exact below 2⁵³).

    One (n_graphs × n_graphs) array is allocated and filled in place: the rare
    labels' sparse product (cost Σ_ℓ m_ℓ², m_ℓ = graphs holding label ℓ) is
    scattered into it, BLAS ``dsyrk`` adds the frequent labels' dense block
    (held by ≥ n_graphs / DENSE_FRACTION graphs) to its upper triangle, and the
    upper triangle is mirrored tile by tile.
    """
    C = sp.csc_matrix(C, dtype=np.float64)
    n_g = C.shape[0]
    K = np.zeros((n_g, n_g), dtype=np.float64, order="F")
    if n_g == 0:
        return K
    m = np.diff(C.indptr)                       # graphs per label
    dense = m * DENSE_FRACTION >= n_g
    if (~dense).any():
        S = C[:, np.flatnonzero(~dense)].tocsr()
        P = (S @ S.T.tocsc()).tocoo()
        K[P.row, P.col] = P.data
    if dense.any():
        D = np.asfortranarray(C[:, np.flatnonzero(dense)].toarray())
        out = blas.dsyrk(1.0, D, beta=1.0, c=K, overwrite_c=1, lower=0)
        if out is not K:                        # pragma: no cover - BLAS copied c
            K[...] = out
        step = 512
        for r in range(0, n_g, step):
            for c in range(r + step, n_g, step):
                K[c:c + step, r:r + step] = K[r:r + step, c:c + step].T
            block = K[r:r + step, r:r + step]
            K[r:r + step, r:r + step] = np.triu(block) + np.triu(block, 1).T
    return K.T                                  # symmetric: the C-ordered view of the same array


def kernel_steps(graphs: Iterable[nx.Graph] | GraphBatch, iterations: int = 2,
                 normalize: bool = False) -> Iterator[KernelProgress]:
    """The Gram matrix as a generator: a snapshot per relabelling iteration, then
    one holding ``K`` once the products are done (``done == total``)."""
    batch = batch_from_graphs(graphs)
    g = batch.graph_of_node
    n_g = batch.n_graphs
    parts: list = []
    total = iterations + 2
    for k, labels, _d, _n in _label_steps(batch, iterations):
        parts.append(_count_columns(labels, g, n_g))
        yield KernelProgress(k + 1, total, None, sum(p.shape[1] for p in parts))
    C = sp.hstack(parts, format="csc") if parts else sp.csc_matrix((n_g, 0))
    K = gram_from_counts(C)
    if normalize:
        K = normalize_gram(K)
    yield KernelProgress(total, total, K, C.shape[1])


def kernel(graphs: Iterable[nx.Graph] | GraphBatch, iterations: int = 2,
           normalize: bool = False) -> np.ndarray:
    """K = F Fᵀ (float64, exact integers while < 2⁵³); cosine-normalised on request."""
    last = None
    for last in kernel_steps(graphs, iterations, normalize):
        pass
    return last.K


# ----------------------------------------------------------------------- presets
def _with_pos(g: nx.Graph, pos: dict) -> nx.Graph:
    nx.set_node_attributes(g, {v: (float(x), float(y)) for v, (x, y) in pos.items()}, "pos")
    return g


def seed_pair() -> tuple[nx.Graph, nx.Graph]:
    """The two 7-node graphs of seed 003, rebuilt from the SPEC §5 tables.

    Iteration 1 gives the degrees (label 2..5 = degree 1..4); iteration 2's
    signatures give each node's neighbours' degrees.  G1: a pendant node a on the
    degree-3 node d, d joined to c1, c2, which meet the degree-4 node e, and e
    closes the triangle e-b1-b2.  G2: t joined to r, s1, s2; s1-s2; q on s1, s2;
    r on the edge p1-p2.  Node attribute ``pos`` holds a drawing (unit square, y down).
    """
    g1 = nx.Graph()
    g1.add_nodes_from("a d c1 c2 e b1 b2".split(), label=1)
    g1.add_edges_from([("a", "d"), ("d", "c1"), ("d", "c2"), ("c1", "e"), ("c2", "e"),
                       ("e", "b1"), ("e", "b2"), ("b1", "b2")])
    _with_pos(g1, {"a": (0.0, 0.5), "d": (0.25, 0.5), "c1": (0.5, 0.1), "c2": (0.5, 0.9),
                   "e": (0.72, 0.5), "b1": (1.0, 0.15), "b2": (1.0, 0.85)})
    g2 = nx.Graph()
    g2.add_nodes_from("p1 p2 r t s1 s2 q".split(), label=1)
    g2.add_edges_from([("t", "r"), ("t", "s1"), ("t", "s2"), ("s1", "s2"), ("s1", "q"),
                       ("s2", "q"), ("r", "p1"), ("r", "p2"), ("p1", "p2")])
    _with_pos(g2, {"p1": (0.0, 0.15), "p2": (0.0, 0.85), "r": (0.27, 0.5), "t": (0.52, 0.5),
                   "s1": (0.76, 0.1), "s2": (0.76, 0.9), "q": (1.0, 0.5)})
    return g1, g2


def isomorphic_pair() -> tuple[nx.Graph, nx.Graph]:
    """The Petersen graph and a shuffled copy: equal features at every h."""
    g = nx.petersen_graph()
    nx.set_node_attributes(g, 1, "label")
    _with_pos(g, {v: (0.5 + 0.5 * xy[0], 0.5 - 0.5 * xy[1])
                  for v, xy in nx.shell_layout(g, [range(5), range(5, 10)]).items()})
    perm = [3, 7, 0, 9, 5, 1, 8, 2, 6, 4]
    h = nx.Graph()
    h.add_nodes_from(range(10), label=1)
    h.add_edges_from((perm[a], perm[b]) for a, b in g.edges())
    _with_pos(h, {v: (0.5 + 0.5 * xy[0], 0.5 - 0.5 * xy[1]) for v, xy in nx.circular_layout(h).items()})
    return g, h


def indistinguishable_pair() -> tuple[nx.Graph, nx.Graph]:
    """Two triangles against a hexagon: not isomorphic, yet WL sees the same colours."""
    a = nx.disjoint_union(nx.cycle_graph(3), nx.cycle_graph(3))
    b = nx.cycle_graph(6)
    nx.set_node_attributes(a, 1, "label")
    nx.set_node_attributes(b, 1, "label")
    _with_pos(a, {0: (0.0, 0.1), 1: (0.0, 0.9), 2: (0.4, 0.5), 3: (0.6, 0.1), 4: (0.6, 0.9), 5: (1.0, 0.5)})
    _with_pos(b, {v: (0.5 + 0.5 * xy[0], 0.5 - 0.5 * xy[1]) for v, xy in nx.circular_layout(b).items()})
    return a, b


PRESETS = {
    "Seed 003 pair (K = 65)": seed_pair,
    "Isomorphic pair (Petersen, shuffled)": isomorphic_pair,
    "WL cannot tell: two triangles vs hexagon": indistinguishable_pair,
}
