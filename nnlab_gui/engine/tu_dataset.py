"""Reader for the TU graph-dataset format (e.g. MUTAG).

A dataset NAME is a folder of plain-text files, nodes numbered 1..N over all graphs:

* ``NAME_A.txt``: one edge ``i, j`` per line (undirected edges usually listed both ways);
* ``NAME_graph_indicator.txt``: line i = the graph (1..G) of node i, nondecreasing;
* ``NAME_node_labels.txt`` (optional): line i = integer label of node i;
* ``NAME_graph_labels.txt`` (optional): line g = class of graph g.

Other files (edge labels, attributes) are ignored.  The result keeps the graphs as a
:class:`~nnlab_gui.engine.wl.GraphBatch` (array form, no Python loop per node) and
can also give networkx graphs.  Malformed files raise ``ValueError`` naming the file
and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import numpy as np

from nnlab_gui.engine.wl import GraphBatch

__all__ = ["TuDataset", "load_tu", "dataset_name"]


@dataclass(frozen=True)
class TuDataset:
    name: str
    batch: GraphBatch
    graph_labels: np.ndarray | None      # (n_graphs,) or None
    has_node_labels: bool

    @property
    def n_graphs(self) -> int:
        return self.batch.n_graphs

    def repeated(self, times: int) -> "TuDataset":
        """The dataset ``times`` times over (for benchmarks)."""
        b = self.batch
        counts = np.tile(np.diff(b.node_offsets), times)
        n = b.n_nodes
        deg = np.diff(b.indptr)
        src = np.repeat(np.arange(n), deg)
        shift = (np.arange(times) * n)[:, None]
        edges = np.stack([(src[None, :] + shift).ravel(), (b.indices[None, :] + shift).ravel()], axis=1)
        batch = GraphBatch.from_edges(counts, edges, np.tile(b.labels, times))
        gl = None if self.graph_labels is None else np.tile(self.graph_labels, times)
        return TuDataset(f"{self.name}×{times}", batch, gl, self.has_node_labels)

    def graphs(self) -> list[nx.Graph]:
        """networkx graphs with node attribute ``label`` (nodes 0..n_g-1 in each)."""
        b = self.batch
        out = []
        for g in range(b.n_graphs):
            lo, hi = int(b.node_offsets[g]), int(b.node_offsets[g + 1])
            G = nx.Graph()
            G.add_nodes_from((i - lo, {"label": int(b.labels[i])}) for i in range(lo, hi))
            for i in range(lo, hi):
                for j in b.indices[b.indptr[i]:b.indptr[i + 1]]:
                    if i <= j:
                        G.add_edge(i - lo, int(j) - lo)
            out.append(G)
        return out


def dataset_name(folder: str | Path) -> str:
    """NAME of the ``NAME_A.txt`` in ``folder``."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"{folder} is not a folder")
    found = sorted(p.name[:-6] for p in folder.glob("*_A.txt"))
    if not found:
        raise ValueError(f"{folder} holds no NAME_A.txt file: not a TU dataset folder")
    if len(found) > 1:
        raise ValueError(f"{folder} holds several datasets ({', '.join(found)}); pick one folder per dataset")
    return found[0]


def _optional_labels(path: Path, expected: int, what: str) -> np.ndarray | None:
    """One integer label per line, or None when the optional file is absent."""
    if not path.exists():
        return None
    values = _read_ints(path, 1)[:, 0]
    if len(values) != expected:
        raise ValueError(f"{path.name} has {len(values)} lines for {expected} {what}")
    return values


def _read_ints(path: Path, columns: int) -> np.ndarray:
    rows = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            parts = [p for p in line.replace(",", " ").split()]
            if len(parts) != columns:
                raise ValueError(f"{path.name}, line {lineno}: expected {columns} number(s), got {line!r}")
            try:
                rows.append([int(float(p)) if "." in p or "e" in p.lower() else int(p) for p in parts])
            except ValueError:
                raise ValueError(f"{path.name}, line {lineno}: not an integer: {line!r}") from None
    return np.asarray(rows, dtype=np.int64).reshape(-1, columns)


def load_tu(folder: str | Path, name: str | None = None) -> TuDataset:
    folder = Path(folder)
    name = name or dataset_name(folder)
    a_path = folder / f"{name}_A.txt"
    ind_path = folder / f"{name}_graph_indicator.txt"
    for p in (a_path, ind_path):
        if not p.exists():
            raise ValueError(f"TU dataset {name}: missing {p.name}")
    indicator = _read_ints(ind_path, 1)[:, 0]
    n = len(indicator)
    if n == 0:
        raise ValueError(f"{ind_path.name} is empty")
    if indicator.min() < 1 or np.any(np.diff(indicator) < 0):
        raise ValueError(f"{ind_path.name}: graph ids must start at 1 and never decrease")
    n_graphs = int(indicator.max())
    counts = np.bincount(indicator - 1, minlength=n_graphs)
    edges = _read_ints(a_path, 2) - 1
    if edges.size and (edges.min() < 0 or edges.max() >= n):
        bad = int(np.argmax((edges < 0).any(1) | (edges >= n).any(1))) + 1
        raise ValueError(f"{a_path.name}, edge {bad}: node id outside 1..{n}")
    labels = _optional_labels(folder / f"{name}_node_labels.txt", n, "nodes")
    graph_labels = _optional_labels(folder / f"{name}_graph_labels.txt", n_graphs, "graphs")
    try:
        batch = GraphBatch.from_edges(counts, edges, labels)
    except ValueError as exc:
        raise ValueError(f"{a_path.name}: {exc}") from None
    return TuDataset(name, batch, graph_labels, labels is not None)
