"""Example graph pairs for the WL kernel tab, each with a drawing (node attribute ``pos``).

``seed_pair`` rebuilds the two graphs of seed 003 (the worked example, K = 65); ``isomorphic_pair``
has equal features at every h; ``indistinguishable_pair`` is not isomorphic, yet WL gives
it the same colours.  ``PRESETS`` maps the tab's titles to these builders.
"""

from __future__ import annotations

import networkx as nx


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
