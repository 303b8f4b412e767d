"""Small graphs as files and as data: edge lists, GraphML, GML, and JSON-able dicts.

The WL kernel works on undirected simple graphs whose nodes carry an initial label
ℓ⁽⁰⁾(v) (node attribute ``label``, default 1).  This module moves such graphs in and out:

* :func:`read_graph_file` / :func:`write_graph_file`: by suffix, ``.graphml``, ``.gml``
  (labels stored as ``wl_label``, since GML's ``label`` is the node's name and is not read
  as a WL label) or an edge list (any other suffix; it keeps neither labels nor isolated
  nodes, which the writer notes).  Directed files become undirected and parallel edges
  collapse (the reader notes both); a file that cannot be read raises ``ValueError``
  naming it (and the line, for an edge list).
* :func:`graph_to_data` / :func:`graph_from_data`: a graph with its drawing as
  ``{"nodes": [[id, label, x, y], ...], "edges": [[a, b], ...]}`` (ids and labels are
  integers or text, positions in the unit square), what a page's state, a preset and a
  session file hold; malformed data raises ``ValueError`` naming the entry.
* :func:`fit_unit_square` and :func:`component_layout`: drawings that fill the unit square
  and a Kamada–Kawai layout that lays disconnected components side by side.
* :func:`is_tu_path`: a folder or ``NAME_A.txt`` (a TU dataset) rather than a graph file.

What a file must hold (checked before a graph is returned):

* UTF-8 text without NUL bytes (binary files are refused before parsing);
* an edge list is lines of two node ids (``a b`` or ``a, b``; an id is letters, digits and
  ``_ . : + - / @``, at most 64 characters), ``#`` starts a comment, blank lines are
  skipped; any other line is refused with its line number, and a file without an edge too;
* node ids are integers (within int64; ``"7"`` reads as 7) or texts of 1–64 printable
  characters;
* initial labels are integers within int64 (``2.0`` and ``"2"`` read as 2) or texts of 1–64
  printable characters that are not numbers (atom symbols such as ``C``); a list, a dict, a
  boolean, NaN, inf, a fraction (``1.7`` or ``"1.7"``) or an integer beyond int64 is refused
  naming the node.  Text labels are mapped consistently by the engine (1..m in sorted order).

Limits, for a graph that is drawn, edited by hand and re-traced on every edit in the GUI
thread: at most ``MAX_NODES`` = 200 nodes and ``MAX_EDGES`` = 2 000 edges (Kamada–Kawai takes
about 1.5 s at 200 nodes and 23 s at 500; a canvas cannot show more nodes of radius 15
legibly), and files of at most ``MAX_FILE_BYTES`` = 2 MB (read before parsing).  The same
limits hold for :func:`graph_from_data` (a state, preset or session).
"""

from __future__ import annotations

import math
import numbers
import re
from pathlib import Path
from typing import Any

import networkx as nx

from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.engine.wl_batch import INT64, as_label

MAX_NODES = 200
MAX_EDGES = 2000
MAX_FILE_BYTES = 2_000_000
MAX_TEXT = 64            # characters of a node id or a text label

__all__ = ["read_graph_file", "write_graph_file", "unit_xy", "graph_to_data", "graph_from_data",
           "fit_unit_square", "component_layout", "is_tu_path", "check_label", "check_node_id",
           "MAX_NODES", "MAX_EDGES", "MAX_FILE_BYTES"]

_INT_TEXT = re.compile(r"[+-]?\d{1,18}")
_ID = r"[\w.:+/@-]+"
_EDGE = re.compile(rf"({_ID})\s*(?:,\s*|\s+)({_ID})")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _check_text(value: str, what: str) -> str:
    if not value:
        raise Problem(N_("{what} is an empty text"), what=what)
    if len(value) > MAX_TEXT:
        raise Problem(N_("{what} {value} is longer than {most} characters"), what=what, value=_short(value), most=MAX_TEXT)
    if not value.isprintable():
        raise Problem(N_("{what} {value} holds control characters"), what=what, value=_short(value))
    return value


def check_label(value: Any, what: str) -> int | str:
    """An initial label as files and page states hold it: an int within int64, or a text of
    1–64 printable characters that is not a number; ValueError naming ``what`` otherwise."""
    if isinstance(value, str):
        if _INT_TEXT.fullmatch(value.strip()):
            return int(value)
        try:
            f = float(value)
        except ValueError:
            return _check_text(value, what)
        if not (math.isfinite(f) and f.is_integer() and abs(f) < 2 ** 53):
            raise Problem(N_("{what} {value} is a number that is not an integer"), what=what, value=_short(value))
        return int(f)
    return as_label(value, what)


def check_node_id(value: Any, what: str) -> int | str:
    """A node id: an int within int64 or a text of 1–64 printable characters."""
    if isinstance(value, str):
        return _check_text(value, what)
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise Problem(N_("{what} {value} is not a whole number or a text"), what=what, value=_short(value))
    if not -INT64 <= int(value) < INT64:
        raise Problem(N_("{what} is an integer beyond int64"), what=what)
    return int(value)


def _id_from_text(token: str) -> int | str:
    return int(token) if _INT_TEXT.fullmatch(token) else token


# ------------------------------------------------------------------------ files
def _file_text(path: Path) -> str:
    """The file's text: at most MAX_FILE_BYTES, no NUL bytes, UTF-8."""
    try:
        if path.is_dir():
            raise Problem(N_("{name} is a folder, not a graph file"), name=path.name)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise Problem(N_("{name} is larger than {mb} MB ({size:,} bytes); a graph to draw has at most {most} nodes"),
                          name=path.name, mb=MAX_FILE_BYTES // 10**6, size=size, most=MAX_NODES)
        data = path.read_bytes()
    except OSError as exc:
        raise Problem(N_("cannot read {name}: {why}"), name=path.name, why=exc.strerror or exc) from None
    if b"\x00" in data:
        raise Problem(N_("{name} is not a text file (it holds NUL bytes): expected an edge list, GraphML or GML"),
                      name=path.name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise Problem(N_("{name}, line {line}: not UTF-8 text: expected an edge list, GraphML or GML"), name=path.name,
                      line=line) from None


def _read_edge_list(text: str, name: str) -> nx.Graph:
    g = nx.Graph()
    for lineno, line in enumerate(text.splitlines(), 1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = _EDGE.fullmatch(body)
        if m is None:
            raise Problem(N_("{name}, line {line}: expected two node ids (an edge list is one edge a line, "
                             "'a b' or 'a, b'; '#' starts a comment), got {value}"), name=name, line=lineno,
                          value=_short(body))
        a, b = m.groups()
        for token in (a, b):
            if len(token) > MAX_TEXT:
                raise Problem(N_("{name}, line {line}: a node id of {n} characters (at most {most})"), name=name,
                              line=lineno, n=len(token), most=MAX_TEXT)
        g.add_edge(_id_from_text(a), _id_from_text(b))
        _check_size(g, name)
    if g.number_of_edges() == 0:
        raise Problem(N_("{name} holds no edge: an edge list is lines of two node ids"), name=name)
    return g


def _check_size(g: nx.Graph, name: str) -> None:
    if g.number_of_nodes() > MAX_NODES:
        raise Problem(N_("{name} has {n} nodes or more; a graph to draw has at most {most}"), name=name,
                      n=g.number_of_nodes(), most=MAX_NODES)
    if g.number_of_edges() > MAX_EDGES:
        raise Problem(N_("{name} has {n} edges or more; a graph to draw has at most {most}"), name=name,
                      n=g.number_of_edges(), most=MAX_EDGES)


def read_graph_file(path: str | Path) -> tuple[nx.Graph, list[str]]:
    """Read an edge list, GraphML or GML file; returns (graph, notes).

    Rules: directed graphs become undirected, parallel edges collapse; a node's
    ``label`` (``wl_label`` in GML) becomes its initial label (default 1).
    Raises ValueError with the reason when the file cannot be read or breaks a rule of
    the module docstring (ids, labels, sizes).
    """
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    text = _file_text(path)
    notes: list[str] = []
    if suffix in (".graphml", ".gml"):
        try:
            g = nx.parse_graphml(text) if suffix == ".graphml" else nx.parse_gml(text, label="id")
        except Exception as exc:  # networkx and the XML parser raise many kinds for bad files
            msg = str(exc).splitlines()[0][:200] if str(exc) else ""
            raise Problem(N_("cannot read {name}: {why}"), name=name, why=f"{type(exc).__name__}: {msg}") from None
    else:
        g = _read_edge_list(text, name)
    if g.number_of_nodes() == 0:
        raise Problem(N_("{name} holds no nodes"), name=name)
    if g.is_directed():
        g = g.to_undirected()
        notes.append("directed edges taken as undirected")
    if g.is_multigraph():
        g = nx.Graph(g)
        notes.append("parallel edges collapsed")
    _check_size(g, name)
    keys = {v: check_node_id(v, f"{name}: node id") for v in g.nodes}
    mapping = {v: _id_from_text(k) if isinstance(k, str) else k for v, k in keys.items()}
    if len(set(mapping.values())) != len(mapping):
        mapping = keys
    out = nx.Graph()
    for v, data in g.nodes(data=True):
        lab = data.get("wl_label", 1) if suffix == ".gml" else data.get("wl_label", data.get("label", 1))
        out.add_node(mapping[v], label=check_label(lab, f"{name}: node {mapping[v]!r}: label"))
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
        spaced = next((v for v in g if isinstance(v, str) and (v != v.strip() or any(c.isspace() for c in v))), None)
        if spaced is not None:      # an edge list splits at white space: the file would read back wrong
            raise Problem(N_("node id {value} contains white space, which an edge list cannot keep; save as "
                             "GraphML (.graphml) or GML (.gml)"), value=_short(spaced))
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
def graph_to_data(graph: nx.Graph, pos: dict) -> dict:
    """``{"nodes": [[id, label, x, y], ...], "edges": [[a, b], ...]}`` (JSON-able)."""
    nodes = []
    for v, data in graph.nodes(data=True):
        lab = data.get("label", 1)
        x, y = unit_xy(pos.get(v))
        nodes.append([check_node_id(v, "node id"), check_label(1 if lab is None else lab, f"label of node {v!r}:"),
                      x, y])
    return {"nodes": nodes, "edges": [[a, b] for a, b in graph.edges()]}


def unit_xy(xy) -> tuple[float, float]:
    """A position as two finite floats in the unit square ((0.5, 0.5) when it is not one)."""
    try:
        x, y = (float(c) for c in xy)
    except (TypeError, ValueError, OverflowError):
        return 0.5, 0.5
    if not (math.isfinite(x) and math.isfinite(y)):
        return 0.5, 0.5
    return min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)


def graph_from_data(data: Any, name: str = "graph") -> tuple[nx.Graph, dict]:
    """(graph with node attribute ``label``, {node: (x, y)}) from :func:`graph_to_data`'s form.

    Everything is checked before anything is built: ValueError names ``name`` and the entry.
    """
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) \
            or not isinstance(data.get("edges", []), list):
        raise Problem(N_("{name}: expected {form}"), name=name, form="{'nodes': [[id, label, x, y], ...], 'edges': [[a, b], ...]}")
    if len(data["nodes"]) > MAX_NODES:
        raise Problem(N_("{name}: {n} nodes; a graph to draw has at most {most}"), name=name, n=len(data['nodes']), most=MAX_NODES)
    if len(data.get("edges", [])) > MAX_EDGES:
        raise Problem(N_("{name}: {n} edges; a graph to draw has at most {most}"), name=name, n=len(data['edges']), most=MAX_EDGES)
    g, pos = nx.Graph(), {}
    for i, row in enumerate(data["nodes"]):
        if not isinstance(row, (list, tuple)) or len(row) != 4:
            raise Problem(N_("{name}, node {i}: expected [id, label, x, y], got {value}"), name=name, i=i + 1, value=_short(row))
        v = check_node_id(row[0], Problem(N_("{name}, node {i}:"), name=name, i=i + 1))
        if v in g:
            raise Problem(N_("{name}: node {v} is listed twice"), name=name, v=repr(v))
        lab = check_label(row[1], Problem(N_("{name}, label of node {v}:"), name=name, v=repr(v)))
        xy = []
        for c in row[2:]:
            ok = not isinstance(c, bool) and isinstance(c, (int, float))
            try:
                ok = ok and math.isfinite(float(c))
            except OverflowError:
                ok = False
            if not ok:
                raise Problem(N_("{name}, node {v}: position {value} is not a finite number"), name=name, v=repr(v), value=_short(c))
            xy.append(min(max(float(c), 0.0), 1.0))
        g.add_node(v, label=lab)
        pos[v] = (xy[0], xy[1])
    for j, edge in enumerate(data.get("edges", [])):
        if not isinstance(edge, (list, tuple)) or len(edge) != 2:
            raise Problem(N_("{name}, edge {j}: expected [a, b], got {value}"), name=name, j=j + 1, value=_short(edge))
        for v in edge:
            if isinstance(v, (list, dict)) or v not in g:
                raise Problem(N_("{name}, edge {j}: no node {value}"), name=name, j=j + 1, value=_short(v))
        g.add_edge(edge[0], edge[1])
    return g, pos


# ---------------------------------------------------------------------- layout
def fit_unit_square(pos: dict, margin: float = 0.08) -> dict:
    """Scale and shift a drawing to fill [margin, 1 − margin]² (a flat axis is centred)."""
    if not pos:
        return {}
    finite = [p for p in pos.values() if _finite(p)]
    if len(finite) != len(pos):                      # a position that is no point: the centre
        pos = {v: (p if _finite(p) else (0.5, 0.5)) for v, p in pos.items()}
        finite = list(pos.values())
    xs = [float(p[0]) for p in finite]
    ys = [float(p[1]) for p in finite]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    span = 1.0 - 2 * margin
    out = {}
    for v, (x, y) in pos.items():
        fx = 0.5 if x1 == x0 else (x - x0) / (x1 - x0)
        fy = 0.5 if y1 == y0 else (y - y0) / (y1 - y0)
        out[v] = unit_xy((margin + span * fx, margin + span * fy))
    return out


def _finite(p) -> bool:
    try:
        return len(p) == 2 and all(math.isfinite(float(c)) for c in p)
    except (TypeError, ValueError, OverflowError):
        return False


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
