"""Small graphs as files and as data: edge lists, GraphML, GML, and JSON-able dicts.

The WL kernel works on undirected simple graphs whose nodes carry an initial label
ℓ⁽⁰⁾(v) (node attribute ``label``, default 1).  This module moves such graphs in and out:

* :func:`read_graph_file` / :func:`write_graph_file`: by suffix, ``.graphml``, ``.gml``
  (labels stored as ``wl_label``, since GML reserves ``label``) or an edge list (any other
  suffix; it keeps neither labels nor isolated nodes, which the writer notes).  Directed
  files become undirected and parallel edges collapse (the reader notes both); a file
  that cannot be read raises ``ValueError`` naming it.
* :func:`graph_to_data` / :func:`graph_from_data`: a graph with its drawing as
  ``{"nodes": [[id, label, x, y], ...], "edges": [[a, b], ...]}`` (ids and labels are
  integers or text, positions in the unit square), what a page's state, a preset and a
  session file hold; malformed data raises ``ValueError`` naming the entry.
* :func:`fit_unit_square` and :func:`component_layout`: drawings that fill the unit square
  and a Kamada–Kawai layout that lays disconnected components side by side.
* :func:`is_tu_path`: a folder or ``NAME_A.txt`` (a TU dataset) rather than a graph file.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["read_graph_file", "write_graph_file", "graph_to_data", "graph_from_data",
           "fit_unit_square", "component_layout", "is_tu_path"]


def _maybe_int(v):
    """``"3"``, ``3.0`` → 3; anything that is not a whole number stays as it is."""
    if isinstance(v, str):
        try:
            return int(v)
        except ValueError:
            try:
                f = float(v)
                return int(f) if f.is_integer() else v
            except ValueError:
                return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


# ------------------------------------------------------------------------ files
def read_graph_file(path: str | Path) -> tuple[nx.Graph, list[str]]:
    """Read an edge list, GraphML or GML file; returns (graph, notes).

    Rules: directed graphs become undirected, parallel edges collapse; a node's
    ``label`` (``wl_label`` in GML) becomes its initial label (default 1).
    Raises ValueError with the reason when the file cannot be read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    notes: list[str] = []
    try:
        if suffix == ".graphml":
            g = nx.read_graphml(path)
        elif suffix == ".gml":
            g = nx.read_gml(path, label="id")
        else:
            g = nx.read_edgelist(path, data=False)
    except Exception as exc:  # networkx raises many kinds for bad files
        raise ValueError(f"cannot read {path.name}: {type(exc).__name__}: {exc}") from None
    if g.is_directed():
        g = g.to_undirected()
        notes.append("directed edges taken as undirected")
    if g.is_multigraph():
        g = nx.Graph(g)
        notes.append("parallel edges collapsed")
    out = nx.Graph()
    mapping = {v: _maybe_int(v) for v in g.nodes}
    if len(set(mapping.values())) != len(mapping):
        mapping = {v: v for v in g.nodes}
    for v, data in g.nodes(data=True):
        lab = data.get("wl_label", data.get("label", 1))
        out.add_node(mapping[v], label=_maybe_int(lab))
    out.add_edges_from((mapping[a], mapping[b]) for a, b in g.edges())
    return out, notes


def write_graph_file(graph: nx.Graph, path: str | Path) -> list[str]:
    """Write by suffix: .graphml, .gml (labels as ``wl_label``), else an edge list.

    Returns notes on what the format could not keep.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    notes = []
    g = nx.Graph()
    for v, data in graph.nodes(data=True):
        g.add_node(v, label=data.get("label", 1))
    g.add_edges_from(graph.edges())
    if suffix == ".graphml":
        nx.write_graphml(g, path)
    elif suffix == ".gml":
        h = nx.Graph()
        for v, data in g.nodes(data=True):
            h.add_node(str(v), wl_label=data["label"])
        h.add_edges_from((str(a), str(b)) for a, b in g.edges())
        nx.write_gml(h, path)
    else:
        nx.write_edgelist(g, path, data=False)
        if any(d.get("label", 1) != 1 for _v, d in g.nodes(data=True)):
            notes.append("an edge list keeps no node labels (use GraphML or GML)")
        if any(g.degree(v) == 0 for v in g):
            notes.append("an edge list keeps no isolated nodes")
    return notes


def is_tu_path(path: str | Path) -> bool:
    """A folder or a ``NAME_A.txt``: a TU dataset, not a single graph file."""
    p = Path(path)
    return p.is_dir() or p.name.endswith("_A.txt")


# ------------------------------------------------------------------------ data
def _key(value: Any, what: str):
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"{what}: {value!r} is not a whole number or a text")
    return value


def graph_to_data(graph: nx.Graph, pos: dict) -> dict:
    """``{"nodes": [[id, label, x, y], ...], "edges": [[a, b], ...]}`` (JSON-able)."""
    nodes = []
    for v, data in graph.nodes(data=True):
        lab = data.get("label", 1)
        x, y = pos.get(v, (0.5, 0.5))
        nodes.append([_key(v, "node id"), _key(1 if lab is None else lab, f"label of node {v!r}"),
                      float(x), float(y)])
    return {"nodes": nodes, "edges": [[a, b] for a, b in graph.edges()]}


def graph_from_data(data: Any, name: str = "graph") -> tuple[nx.Graph, dict]:
    """(graph with node attribute ``label``, {node: (x, y)}) from :func:`graph_to_data`'s form.

    Everything is checked before anything is built: ValueError names ``name`` and the entry.
    """
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) \
            or not isinstance(data.get("edges", []), list):
        raise ValueError(f"{name}: expected {{'nodes': [[id, label, x, y], ...], 'edges': [[a, b], ...]}}")
    g, pos = nx.Graph(), {}
    for i, row in enumerate(data["nodes"]):
        if not isinstance(row, (list, tuple)) or len(row) != 4:
            raise ValueError(f"{name}, node {i + 1}: expected [id, label, x, y], got {row!r}")
        v = _key(row[0], f"{name}, node {i + 1}")
        if v in g:
            raise ValueError(f"{name}: node {v!r} is listed twice")
        lab = _key(row[1], f"{name}, label of node {v!r}")
        xy = []
        for c in row[2:]:
            if isinstance(c, bool) or not isinstance(c, (int, float)) or not math.isfinite(c):
                raise ValueError(f"{name}, node {v!r}: position {c!r} is not a finite number")
            xy.append(min(max(float(c), 0.0), 1.0))
        g.add_node(v, label=lab)
        pos[v] = (xy[0], xy[1])
    for j, edge in enumerate(data.get("edges", [])):
        if not isinstance(edge, (list, tuple)) or len(edge) != 2:
            raise ValueError(f"{name}, edge {j + 1}: expected [a, b], got {edge!r}")
        for v in edge:
            if isinstance(v, (list, dict)) or v not in g:
                raise ValueError(f"{name}, edge {j + 1}: no node {v!r}")
        g.add_edge(edge[0], edge[1])
    return g, pos


# ---------------------------------------------------------------------- layout
def fit_unit_square(pos: dict, margin: float = 0.08) -> dict:
    """Scale and shift a drawing to fill [margin, 1 − margin]² (a flat axis is centred)."""
    if not pos:
        return {}
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    span = 1.0 - 2 * margin
    out = {}
    for v, (x, y) in pos.items():
        fx = 0.5 if x1 == x0 else (x - x0) / (x1 - x0)
        fy = 0.5 if y1 == y0 else (y - y0) / (y1 - y0)
        out[v] = (margin + span * fx, margin + span * fy)
    return out


def component_layout(g: nx.Graph) -> dict:
    """Kamada–Kawai per connected component (it needs distances), components side by side."""
    comps = [g.subgraph(c) for c in nx.connected_components(g)]
    pos, x = {}, 0.0
    for c in sorted(comps, key=len, reverse=True):
        p = nx.kamada_kawai_layout(c) if len(c) > 1 else {next(iter(c)): (0.0, 0.0)}
        xs = [v[0] for v in p.values()]
        width = (max(xs) - min(xs)) if len(c) > 1 else 0.0
        for v, xy in p.items():
            pos[v] = (float(xy[0]) - min(xs) + x, float(xy[1]))
        x += width + 0.6
    return pos
