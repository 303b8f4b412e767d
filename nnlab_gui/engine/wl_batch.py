"""Graphs for the Weisfeiler–Lehman kernel: many graphs as one disjoint union in CSR form.

:class:`GraphBatch` is what the relabelling works on: the symmetric adjacency of the union
of all graphs (each undirected edge stored in both directions, a self-loop once), the
node range of every graph and the initial integer labels ℓ⁽⁰⁾(v).  ``batch_from_graphs``
builds one from networkx graphs (node attribute ``label``, default 1),
``GraphBatch.from_edges`` from arrays (the TU data sets).

Initial labels are integers within int64 (whole floats such as ``2.0`` count as
integers) or texts; a missing label (or ``None``) is 1.  Anything else (lists, dicts,
tuples, bytes, booleans, NaN, inf, fractions, integers beyond int64) raises ValueError
naming the graph and the node.  Integers in 0 ≤ ℓ < 2³¹ are kept as they are; when any
label is negative, larger or a text, the distinct labels are mapped to 1..m in sorted order
(integers by value, then texts; ``label_names`` keeps the originals), which changes no
kernel value.  Undirected simple graphs only: directed graphs and multigraphs are refused
(convert with ``G.to_undirected()`` or ``nx.Graph(G)``).  An empty list of graphs is refused.
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from typing import Iterable, Sequence

import networkx as nx
import numpy as np
import scipy.sparse as sp

from nnlab_gui.engine.texts import N_, Problem


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
        counts = _whole_array(n_nodes_per_graph, Problem(N_("node counts")))
        if counts.ndim != 1 or counts.size == 0:
            raise Problem(N_("node counts: expected one count per graph (at least one graph), got shape {shape}"),
                          shape=counts.shape)
        if counts.min() < 0:
            raise Problem(N_("node counts: graph {g} has {n} nodes"), g=int(np.argmin(counts)) + 1, n=int(counts.min()))
        offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        n = int(offsets[-1])
        edges = _whole_array(edges, Problem(N_("edges")))
        if edges.size == 0:
            edges = edges.reshape(0, 2)
        if edges.ndim != 2 or edges.shape[1] != 2:
            raise Problem(N_("edges: expected an (m, 2) array of node pairs, got shape {shape}"), shape=edges.shape)
        if edges.size and (edges.min() < 0 or edges.max() >= n):
            raise Problem(N_("edge refers to node {node}, but there are only {n} nodes"), node=int(edges.max()) + 1, n=n)
        if labels is None:
            labels = np.ones(n, dtype=np.int64)
        labels = np.asarray(labels)
        if labels.shape != (n,):
            raise Problem(N_("{count} node labels for {n} nodes"), count=labels.shape[0] if labels.ndim else 0, n=n)
        if labels.dtype.kind == "f":
            labels = _whole_array(labels, Problem(N_("node labels")))
        labels, names = _integer_labels(labels if labels.dtype.kind in "iu" else
                                        [as_label(v, Problem(N_("node {i}: label"), i=i + 1)) for i, v in enumerate(labels.tolist())])
        u, v = edges[:, 0], edges[:, 1]
        g = np.repeat(np.arange(len(counts)), counts)
        if edges.size and np.any(g[u] != g[v]):
            raise Problem(N_("an edge joins nodes of two different graphs"))
        src = np.concatenate([u, v])
        dst = np.concatenate([v, u])
        adj = sp.csr_matrix((np.ones(len(src), dtype=np.int8), (src, dst)), shape=(n, n))
        adj.sum_duplicates()
        adj.sort_indices()
        return GraphBatch(adj.indptr.astype(np.int64), adj.indices.astype(np.int64),
                          offsets, labels, None, names)


INT64 = 2 ** 63
KEEP_BELOW = 2 ** 31      # integer labels 0 ≤ ℓ < 2³¹ are kept; others are mapped to 1..m


def _whole_array(values, what: Problem) -> np.ndarray:
    """An int64 array of whole numbers (whole floats allowed), or ValueError naming ``what``."""
    try:
        arr = np.asarray(values)
    except (ValueError, TypeError):
        raise Problem(N_("{what}: not an array of whole numbers"), what=what) from None
    if arr.size == 0:
        return arr.astype(np.int64)
    if arr.dtype.kind == "b" or arr.dtype.kind not in "iuf":
        raise Problem(N_("{what}: expected whole numbers, got {dtype} values"), what=what, dtype=arr.dtype)
    if arr.dtype.kind == "f":
        bad = ~np.isfinite(arr) | (arr != np.round(arr)) | (np.abs(arr) >= 2.0 ** 62)
        if bad.any():
            raise Problem(N_("{what}: {value!r} is not a whole number within int64"), what=what, value=arr[bad].ravel()[0])
    elif arr.dtype.kind == "u" and arr.max() >= INT64:
        raise Problem(N_("{what}: {value} is beyond int64"), what=what, value=int(arr.max()))
    return arr.astype(np.int64)


def as_label(value, what: str | Problem):
    """An initial label as the engine takes it: an int within int64 or a text; ValueError otherwise.

    ``what`` names it in the message (``"graph 2, node 'a': label"``).
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        text = repr(value)
        raise Problem(N_("{what} {value} is not an integer or a text ({type})"), what=what,
                      value=text[:40] + ('…' if len(text) > 40 else ''), type=type(value).__name__)
    if isinstance(value, numbers.Integral):
        v = int(value)
    else:
        f = float(value)
        if not np.isfinite(f):
            raise Problem(N_("{what} {value!r} is not a finite number"), what=what, value=f)
        if not f.is_integer():
            raise Problem(N_("{what} {value!r} is not a whole number"), what=what, value=f)
        v = int(f)
    if not -INT64 <= v < INT64:
        if abs(v) < 10 ** 300:
            raise Problem(N_("{what} {value:.3g} is beyond int64 (−2⁶³ … 2⁶³−1)"), what=what, value=v)
        raise Problem(N_("{what} is an integer of {digits} digits, beyond int64"), what=what, digits=len(str(abs(v))))
    return v


def _is_whole(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, numbers.Integral):
        return True
    return isinstance(value, numbers.Real) and float(value).is_integer()


def _integer_labels(values) -> tuple[np.ndarray, dict | None]:
    """Checked labels (ints within int64, or texts) as int64: kept when all are in
    0 ≤ ℓ < 2³¹, else the distinct labels mapped to 1..m in sorted order."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "iu":
        arr = values.astype(np.int64)
    else:
        arr = None
        if all(type(v) is int for v in values):
            arr = np.asarray(values, dtype=np.int64).reshape(-1)
    if arr is not None and (arr.size == 0 or (arr.min() >= 0 and arr.max() < KEEP_BELOW)):
        return arr, None
    values = arr.tolist() if arr is not None else list(values)
    distinct = sorted(set(values), key=lambda v: (isinstance(v, str), v if not isinstance(v, str) else 0,
                                                  v if isinstance(v, str) else ""))
    code = {v: i + 1 for i, v in enumerate(distinct)}
    return np.asarray([code[v] for v in values], dtype=np.int64), {i: v for v, i in code.items()}


def batch_from_graphs(graphs: Iterable[nx.Graph] | GraphBatch) -> GraphBatch:
    """Check the graphs and join them into one :class:`GraphBatch` (ValueError names the
    graph and node of any problem; no graphs at all is a problem too)."""
    if isinstance(graphs, GraphBatch):
        if graphs.n_graphs == 0:
            raise Problem(N_("graphs: no graphs (the WL kernel needs at least one graph)"))
        return graphs
    if isinstance(graphs, nx.Graph):
        raise Problem(N_("graphs: expected a list of graphs (networkx), got one graph (pass [G])"))
    if graphs is None or isinstance(graphs, (str, bytes, dict)) or not isinstance(graphs, Iterable):
        raise Problem(N_("graphs: expected a list of graphs (networkx), got {type}"), type=type(graphs).__name__)
    graphs = list(graphs)
    if not graphs:
        raise Problem(N_("graphs: no graphs (the WL kernel needs at least one graph)"))
    counts, edges, labels, nodes = [], [], [], []
    offset = 0
    for gi, g in enumerate(graphs):
        if not isinstance(g, nx.Graph):
            raise Problem(N_("graph {g} is a {type}, not a networkx graph"), g=gi + 1, type=type(g).__name__)
        if g.is_directed():
            raise Problem(N_("graph {g} is directed; the WL kernel here needs undirected graphs "
                             "(convert with G.to_undirected())"), g=gi + 1)
        if g.is_multigraph():
            raise Problem(N_("graph {g} is a multigraph; the WL kernel here needs simple graphs "
                             "(collapse parallel edges with nx.Graph(G))"), g=gi + 1)
        keys = list(g.nodes)
        index = {v: i + offset for i, v in enumerate(keys)}
        for v, d in g.nodes(data=True):
            lab = d.get("label", 1)
            labels.append(1 if lab is None else as_label(lab, Problem(N_("graph {g}, node {v!r}: label"), g=gi + 1, v=v)))
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
