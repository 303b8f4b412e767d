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

Numbers are integers written as digits (``3``, ``-1``; ``3.0`` reads as 3), |v| < 10¹⁸
(within int64); fractions (``1.7``), exponents (``1e400``), NaN, inf and text are refused,
never truncated or overflowed.  Graph ids run 1..G and cannot exceed the node count.

Limits (checked before the arrays are built, so a hostile file gives a message, not a
MemoryError): at most ``MAX_NODES`` = 10⁶ nodes, ``MAX_GRAPHS`` = 5 000 graphs (the page
computes the G×G Gram matrix at once: 200 MB of float64 at the limit, plus its sorted copy
for the heatmap), ``MAX_EDGES`` = 4·10⁶ lines of ``NAME_A.txt`` and ``MAX_FILE_BYTES`` =
100 MB per file.  MUTAG (188 graphs, 3 371 nodes), PROTEINS, NCI1, DD and COLLAB's graph
count fit; REDDIT-MULTI-12K (11 929 graphs) does not.  The usual file (unsigned integers)
is checked and parsed without a Python loop per line; files with signs or points go
line by line (bounded by the limits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import numpy as np

from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.engine.wl import GraphBatch

MAX_NODES = 1_000_000        # nodes over all graphs
MAX_GRAPHS = 5_000           # the Gram matrix is G×G float64: 200 MB at the limit
MAX_EDGES = 4_000_000        # lines of NAME_A.txt (an undirected edge is usually listed twice)
MAX_FILE_BYTES = 100_000_000

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
        raise Problem(N_("{folder} is not a folder"), folder=folder)
    found = sorted(p.name[:-6] for p in folder.glob("*_A.txt"))
    if not found:
        raise Problem(N_("{folder} holds no NAME_A.txt file: not a TU dataset folder"), folder=folder)
    if len(found) > 1:
        raise Problem(N_("{folder} holds several datasets ({names}); pick one folder per dataset"), folder=folder,
                      names=", ".join(found))
    return found[0]


def _optional_labels(path: Path, expected: int, what: str) -> np.ndarray | None:
    """One integer label per line, or None when the optional file is absent."""
    if not path.exists():
        return None
    values = _read_ints(path, 1, expected + 1, what)[:, 0]
    if len(values) != expected:
        raise Problem(N_("{name} has {n} lines for {expected} {what}"), name=path.name, n=len(values), expected=expected,
                      what=Problem(what))
    return values


_TOKEN = re.compile(r"[+-]?\d{1,18}(?:\.0*)?")
_DIGITS = re.compile(r"[+-]?\d+(?:\.0*)?")
_SPLIT = re.compile(r"[ \t]*,[ \t]*|[ \t]+")
_PLAIN = b"0123456789 \t\r\n,"          # bytes of the fast path: unsigned integers only


def _line_problem(line: str, columns: int) -> Problem | None:
    """What is wrong with one line of a TU file (None: nothing)."""
    body = line.strip()
    if not body:
        return None
    parts = _SPLIT.split(body)
    for p in parts:
        if not _TOKEN.fullmatch(p):
            if _DIGITS.fullmatch(p):
                return Problem(N_("{value} has more than 18 digits: beyond the integers read here (|v| < 10¹⁸, "
                                  "within int64)"), value=repr(p[:40]))
            return Problem(N_("{value} is not an integer (write whole numbers as digits, e.g. 3 or -1)"), value=repr(p[:40]))
    if len(parts) != columns:
        return Problem(N_("expected {n} integers a line, got {value}") if columns > 1 else
                       N_("expected {n} integer a line, got {value}"), n=columns, value=repr(body[:60]))
    return None


def _first_problem(path: Path, data: bytes, columns: int) -> str:
    """The message for the first bad line (the slow path, only for a file already found bad)."""
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        if b"\x00" in raw:
            return f"{path.name}, line {lineno}: a NUL byte: not a text file"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            return f"{path.name}, line {lineno}: not UTF-8 text"
        problem = _line_problem(line, columns)
        if problem:
            return f"{path.name}, line {lineno}: {problem}"
    return f"{path.name}: not {columns} integer(s) a line"


def _fast_ints(data: bytes, columns: int) -> np.ndarray | None:
    """Unsigned integers only (the usual TU file), checked and parsed without a loop per line;
    None when the file needs the line-by-line reader (signs, points or anything else)."""
    if data.translate(None, _PLAIN):
        return None
    b = np.frombuffer(data, dtype=np.uint8)
    digit = (b >= 48) & (b <= 57)
    edge = np.diff(np.concatenate([[False], digit, [False]]).view(np.int8))
    starts, ends = np.flatnonzero(edge == 1), np.flatnonzero(edge == -1)
    if len(starts) and int((ends - starts).max()) > 18:
        return None
    per_line = np.bincount(np.searchsorted(np.flatnonzero(b == 10), starts), minlength=1)
    if np.any((per_line != 0) & (per_line != columns)):
        return None
    values = np.fromstring(data.replace(b",", b" "), dtype=np.int64, sep=" ")   # noqa: NPY201 (text mode)
    if values.size != len(starts):        # pragma: no cover - the checks above make this impossible
        return None
    return values.reshape(-1, columns)


def _read_ints(path: Path, columns: int, max_rows: int, what: str) -> np.ndarray:
    """Rows of ``columns`` integers (|v| < 10¹⁸; ``3.0`` reads as 3); blank lines skipped.

    Anything else (fractions, exponents, NaN, inf, text, NUL bytes, non-UTF-8 bytes) raises
    ValueError naming the file, the line and the value.  At most MAX_FILE_BYTES are read and
    ``max_rows`` rows kept: checked before parsing.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise Problem(N_("{name} is larger than {mb} MB ({size:,} bytes)"), name=path.name, mb=MAX_FILE_BYTES // 10**6,
                          size=size)
        data = path.read_bytes()
    except OSError as exc:
        raise Problem(N_("cannot read {name}: {why}"), name=path.name, why=exc.strerror or exc) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = data.count(b"\n") + 1
    if lines > 2 * max_rows + 1000:       # blank lines allowed, but not a flood of them
        raise Problem(N_("{name} has {n:,} lines: at most {most:,} {what}"), name=path.name, n=lines, most=max_rows,
                      what=Problem(what))
    rows = _fast_ints(data, columns)
    if rows is None:
        out = []
        for lineno, raw in enumerate(data.split(b"\n"), 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise Problem(N_("{name}, line {line}: not UTF-8 text"), name=path.name, line=lineno) from None
            if "\x00" in line:
                raise Problem(N_("{name}, line {line}: a NUL byte: not a text file"), name=path.name, line=lineno)
            problem = _line_problem(line, columns)
            if problem:
                raise Problem(N_("{name}, line {line}: {why}"), name=path.name, line=lineno, why=problem)
            if line.strip():
                out.append([int(p.split(".")[0]) for p in _SPLIT.split(line.strip())])
        rows = np.asarray(out, dtype=np.int64).reshape(-1, columns)
    return rows


def load_tu(folder: str | Path, name: str | None = None) -> TuDataset:
    """Read and check a TU dataset folder completely; ValueError names the file, line and value."""
    folder = Path(folder)
    name = name or dataset_name(folder)
    a_path = folder / f"{name}_A.txt"
    ind_path = folder / f"{name}_graph_indicator.txt"
    for p in (a_path, ind_path):
        if not p.is_file():
            raise Problem(N_("TU dataset {name}: missing {file}"), name=name, file=p.name)
    indicator = _read_ints(ind_path, 1, MAX_NODES, N_("nodes"))[:, 0]
    n = len(indicator)
    if n == 0:
        raise Problem(N_("{name} is empty: a dataset needs at least one node"), name=ind_path.name)
    if n > MAX_NODES:
        raise Problem(N_("{name}: {n:,} nodes; a dataset here has at most {most:,} nodes"), name=ind_path.name, n=n,
                      most=MAX_NODES)
    if indicator.min() < 1 or np.any(np.diff(indicator) < 0):
        raise Problem(N_("{name}: graph ids must start at 1 and never decrease"), name=ind_path.name)
    n_graphs = int(indicator.max())
    if n_graphs > n:
        raise Problem(N_("{name}: graph id {g} is beyond the {n} nodes (graph ids run 1..G, every graph has nodes)"),
                      name=ind_path.name, g=n_graphs, n=n)
    if n_graphs > MAX_GRAPHS:
        raise Problem(N_("{name}: {n:,} graphs; a dataset here has at most {most:,} graphs (its Gram matrix is G×G "
                         "numbers)"), name=ind_path.name, n=n_graphs, most=MAX_GRAPHS)
    counts = np.bincount(indicator - 1, minlength=n_graphs)
    edges = _read_ints(a_path, 2, MAX_EDGES, N_("edge lines"))
    if len(edges) > MAX_EDGES:
        raise Problem(N_("{name}: {n:,} edge lines; a dataset here has at most {most:,}"), name=a_path.name, n=len(edges),
                      most=MAX_EDGES)
    edges = edges - 1
    if edges.size and (edges.min() < 0 or edges.max() >= n):
        bad = int(np.argmax((edges < 0).any(1) | (edges >= n).any(1))) + 1
        raise Problem(N_("{name}, edge {j}: node id outside 1..{n}"), name=a_path.name, j=bad, n=n)
    labels = _optional_labels(folder / f"{name}_node_labels.txt", n, N_("nodes"))
    graph_labels = _optional_labels(folder / f"{name}_graph_labels.txt", n_graphs, N_("graphs"))
    try:
        batch = GraphBatch.from_edges(counts, edges, labels)
    except ValueError as exc:
        raise Problem(N_("{name}: {why}"), name=a_path.name, why=exc) from None
    return TuDataset(name, batch, graph_labels, labels is not None)
