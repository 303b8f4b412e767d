"""Graphs for the Weisfeiler–Lehman kernel: many graphs as one disjoint union in CSR form.

:class:`GraphBatch` is what the relabelling works on: the symmetric adjacency of the union
of all graphs (each undirected edge stored in both directions, a self-loop once), the
node range of every graph and the initial integer labels ℓ⁽⁰⁾(v).  ``batch_from_graphs``
builds one from networkx graphs (node attribute ``label``, default 1),
``GraphBatch.from_edges`` from arrays (the TU data sets).

Initial labels: non-negative integers are kept as they are; any other labels (strings,
negative numbers, floats that are not whole) are first mapped to 1..m in sorted order
(``label_names`` keeps the originals).  Undirected simple graphs only: directed graphs
and multigraphs are refused (convert with ``G.to_undirected()`` or ``nx.Graph(G)``).
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from typing import Iterable, Sequence

import networkx as nx
import numpy as np
import scipy.sparse as sp


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
