"""WL kernel engine: the seed's worked example, a dictionary reference, edge cases."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest

from nnlab_gui.engine import wl, wl_gram
from nnlab_gui.engine.wl import seed_pair


def _table_strings(it):
    return {wl.format_signature(s): lab for s, lab in it.table.items()}


# ------------------------------------------------------------------ seed 003
def test_seed_pair_reproduces_the_tables_vectors_and_kernel():
    G1, G2 = seed_pair()
    assert G1.number_of_nodes() == G2.number_of_nodes() == 7
    tr = wl.trace([G1, G2], iterations=2)
    assert len(tr.iterations) == 3
    assert tr.iterations[0].table == {}
    assert all(v == 1 for lab in tr.iterations[0].labels for v in lab.values())
    assert _table_strings(tr.iterations[1]) == {"1,1": 2, "1,11": 3, "1,111": 4, "1,1111": 5}
    assert _table_strings(tr.iterations[2]) == {
        "2,4": 6, "3,34": 7, "3,35": 8, "3,44": 9, "3,45": 10,
        "4,233": 11, "4,334": 12, "4,344": 13, "4,444": 14, "5,3333": 15}
    assert tr.label_ids.tolist() == list(range(1, 16))
    F = wl.features([G1, G2], iterations=2)
    assert F[0].tolist() == [7, 1, 4, 1, 1, 1, 0, 2, 0, 2, 1, 0, 0, 0, 1]
    assert F[1].tolist() == [7, 0, 3, 4, 0, 0, 2, 0, 1, 0, 0, 1, 2, 1, 0]
    assert np.array_equal(F, tr.F)
    K = wl.kernel([G1, G2], iterations=2)
    assert K[0, 1] == 65 == K[1, 0]
    # per-label products: 49 + 12 + 4
    prod = F[0] * F[1]
    assert [int(p) for p in prod if p] == [49, 12, 4]
    # after iteration 2 the graphs share no label (where the course stops)
    assert tr.iterations[2].shared_new_labels() == set()
    assert tr.iterations[1].shared_new_labels() == {3, 4}


def test_normalised_kernel_is_cosine():
    G1, G2 = seed_pair()
    K = wl.kernel([G1, G2], iterations=2)
    Kn = wl.kernel([G1, G2], iterations=2, normalize=True)
    assert K[0, 0] == 79 and K[1, 1] == 85
    assert Kn[0, 1] == pytest.approx(65 / np.sqrt(79 * 85))
    assert np.allclose(np.diag(Kn), 1.0)


# --------------------------------------------------------- dictionary reference
def reference_wl(graphs, h):
    """Plain dictionary WL, the textbook way: one Python loop per node."""
    labels = [{v: g.nodes[v].get("label", 1) for v in g} for g in graphs]
    counter = max([x for lab in labels for x in lab.values()], default=0) + 1
    history = [labels]
    for _ in range(h):
        sigs = [{v: (lab[v],) + tuple(sorted(lab[u] for u in g.neighbors(v))) for v in g}
                for g, lab in zip(graphs, labels)]
        table = {}
        for s in sorted({s for sg in sigs for s in sg.values()}):
            table[s] = counter
            counter += 1
        labels = [{v: table[s] for v, s in sg.items()} for sg in sigs]
        history.append(labels)
    ids = sorted({x for it in history for lab in it for x in lab.values()})
    col = {x: i for i, x in enumerate(ids)}
    F = np.zeros((len(graphs), len(ids)), dtype=np.int64)
    for it in history:
        for gi, lab in enumerate(it):
            for x in lab.values():
                F[gi, col[x]] += 1
    return history, F


def random_graphs(rng, n_graphs=12):
    out = []
    for _ in range(n_graphs):
        n = rng.randint(0, 11)
        g = nx.gnp_random_graph(n, rng.uniform(0.1, 0.6), seed=rng.randint(0, 10**6))
        for v in g:
            g.nodes[v]["label"] = rng.randint(0, 3)
        out.append(g)
    return out


@pytest.mark.parametrize("seed", range(6))
def test_matches_dictionary_reference_on_random_labelled_graphs(seed):
    rng = random.Random(seed)
    graphs = random_graphs(rng)
    h = rng.randint(0, 4)
    history, F_ref = reference_wl(graphs, h)
    tr = wl.trace(graphs, iterations=h)
    for k in range(h + 1):
        assert list(tr.iterations[k].labels) == history[k]
    F = wl.features(graphs, iterations=h)
    assert np.array_equal(F, F_ref)
    K = wl.kernel(graphs, iterations=h)
    assert np.array_equal(K, (F_ref @ F_ref.T).astype(float))


def test_gram_paths_agree_dense_and_sparse(monkeypatch):
    rng = random.Random(7)
    graphs = random_graphs(rng, 40)
    K = wl.kernel(graphs, iterations=3)
    monkeypatch.setattr(wl_gram, "DENSE_FRACTION", 1e9)   # everything dense
    assert np.array_equal(wl.kernel(graphs, iterations=3), K)
    monkeypatch.setattr(wl_gram, "DENSE_FRACTION", 0.0)   # everything sparse
    assert np.array_equal(wl.kernel(graphs, iterations=3), K)
    monkeypatch.setattr(wl_gram, "DENSE_FRACTION", 3.0)    # a mix, over several row tiles
    monkeypatch.setattr(wl_gram, "TILE", 64)
    big = random_graphs(random.Random(8), 600)
    F = wl.features(big, iterations=2).astype(float)   # features() is checked against the reference above
    Kb = wl.kernel(big, iterations=2)
    assert np.array_equal(Kb, F @ F.T)


def test_wide_signatures_use_the_unpacked_sort():
    """A star with many leaves: rows too wide to pack into one integer key."""
    star = nx.star_graph(40)
    for v in star:
        star.nodes[v]["label"] = v % 7
    _hist, F_ref = reference_wl([star, nx.path_graph(4)], 3)
    assert np.array_equal(wl.features([star, nx.path_graph(4)], 3), F_ref)


def test_a_hub_in_a_big_graph_needs_no_huge_matrix():
    """A star of 200 000 nodes: the padded matrix would hold 4·10¹⁰ entries (a MemoryError before)."""
    n = 200_000
    edges = np.stack([np.zeros(n - 1, dtype=np.int64), np.arange(1, n)], axis=1)
    batch = wl.GraphBatch.from_edges([n, 3], np.vstack([edges, [[n, n + 1], [n + 1, n + 2]]]))
    K = wl.kernel(batch, iterations=2)
    assert K[0, 0] == n ** 2 + ((n - 1) ** 2 + 1) * 2


def test_isomorphic_graphs_get_equal_features():
    rng = random.Random(3)
    g = nx.gnp_random_graph(12, 0.3, seed=5)
    for v in g:
        g.nodes[v]["label"] = rng.randint(1, 3)
    perm = list(g.nodes)
    rng.shuffle(perm)
    h = nx.relabel_nodes(g, dict(zip(g.nodes, perm)))
    # also insert the nodes in another order
    h2 = nx.Graph()
    h2.add_nodes_from(sorted(h.nodes(data=True), key=lambda t: -t[0]))
    h2.add_edges_from(h.edges())
    F = wl.features([g, h2], iterations=4)
    assert np.array_equal(F[0], F[1])


def test_relabelling_invariance_of_the_kernel():
    """Renaming initial labels by an order-preserving map changes no kernel value."""
    rng = random.Random(11)
    graphs = random_graphs(rng, 8)
    K = wl.kernel(graphs, iterations=3)
    renamed = []
    for g in graphs:
        g2 = g.copy()
        for v in g2:
            g2.nodes[v]["label"] = 10 * g2.nodes[v]["label"] + 5
        renamed.append(g2)
    assert np.array_equal(wl.kernel(renamed, iterations=3), K)
    named = []
    for g in graphs:
        g2 = g.copy()
        for v in g2:
            g2.nodes[v]["label"] = "ABCD"[g2.nodes[v]["label"]]
        named.append(g2)
    assert np.array_equal(wl.kernel(named, iterations=3), K)


def test_two_triangles_and_hexagon_are_not_told_apart():
    a = nx.disjoint_union(nx.cycle_graph(3), nx.cycle_graph(3))
    b = nx.cycle_graph(6)
    assert not nx.is_isomorphic(a, b)
    F = wl.features([a, b], iterations=5)
    assert np.array_equal(F[0], F[1])
    tr = wl.trace([a, b], iterations=3)
    assert tr.stable_at() == 1


def test_stable_colouring_is_detected():
    G1, G2 = seed_pair()
    tr = wl.trace([G1, G2], iterations=5)
    k = tr.stable_at()
    assert k is not None and 2 <= k <= 5
    # a path's colouring stabilises when the ends' distances are all known
    tr = wl.trace([nx.path_graph(5)], iterations=4)
    assert tr.stable_at() == 3


# ------------------------------------------------------------------ edge cases
def test_empty_graph_and_isolated_nodes():
    empty = nx.Graph()
    iso = nx.empty_graph(3)
    tr = wl.trace([empty, iso], iterations=2)
    assert tr.iterations[1].labels[0] == {}
    assert set(tr.iterations[1].labels[1].values()) == {2}
    assert _table_strings(tr.iterations[1]) == {"1,": 2}
    K = wl.kernel([empty, iso], iterations=2)
    assert K.tolist() == [[0, 0], [0, 27]]
    Kn = wl.kernel([empty, iso], iterations=2, normalize=True)
    assert Kn.tolist() == [[0, 0], [0, 1]]
    assert wl.kernel([empty], iterations=0).tolist() == [[0]]


def test_self_loop_counts_the_node_once():
    g = nx.Graph([(0, 0), (0, 1)])
    tr = wl.trace([g], iterations=1)
    assert _table_strings(tr.iterations[1]) == {"1,1": 2, "1,11": 3}


def test_directed_and_multigraphs_are_refused():
    with pytest.raises(ValueError, match="directed"):
        wl.kernel([nx.DiGraph([(0, 1)])])
    with pytest.raises(ValueError, match="multigraph"):
        wl.kernel([nx.MultiGraph([(0, 1), (0, 1)])])
    with pytest.raises(ValueError, match="iterations"):
        wl.kernel([nx.path_graph(3)], iterations=-1)


def test_no_graphs_is_refused_as_api_md_says():
    """Issue 14: wl.kernel([]) returned an empty array."""
    for call in (wl.kernel, wl.features, wl.trace, wl.batch_from_graphs):
        with pytest.raises(ValueError, match="no graphs"):
            call([])


@pytest.mark.parametrize("label", [["a", 1], {"a": 1}, float("nan"), float("inf"), 1.5, True, 2 ** 70, b"C",
                                   (1, 2), 1j])
def test_labels_must_be_integers_or_texts(label):
    g = nx.path_graph(3)
    g.nodes[1]["label"] = label
    with pytest.raises(ValueError, match="graph 2, node 1: label"):
        wl.trace([nx.path_graph(2), g])


def test_whole_float_labels_and_large_or_negative_integers_are_fine():
    g = nx.path_graph(3)
    for v, lab in zip(g, (2.0, -5, 2 ** 62)):
        g.nodes[v]["label"] = lab
    h = nx.path_graph(3)
    for v, lab in zip(h, (1, 0, 2)):
        h.nodes[v]["label"] = lab
    assert np.array_equal(wl.kernel([g]), wl.kernel([h]))     # an order-preserving renaming


@pytest.mark.parametrize("kwargs, match", [
    ({"iterations": 10 ** 9}, "iterations"), ({"iterations": 2.5}, "iterations"), ({"iterations": "2"}, "iterations"),
    ({"iterations": True}, "iterations"), ({"iterations": None}, "iterations"), ({"normalize": "yes"}, "normalize"),
])
def test_bad_arguments_are_refused_at_once(kwargs, match):
    with pytest.raises(ValueError, match=match):
        wl.kernel([nx.path_graph(3)], **kwargs)
    if "iterations" in kwargs:
        with pytest.raises(ValueError, match=match):
            wl.trace([nx.path_graph(3)], **kwargs)


def test_not_graphs_are_refused_with_value_error():
    for bad, match in ((["x"], "graph 1 is a str"), (nx.path_graph(3), "a list of graphs"), (None, "a list of graphs"),
                       (5, "a list of graphs")):
        with pytest.raises(ValueError, match=match):
            wl.kernel(bad)


def test_kernel_steps_yield_progress_and_the_matrix_last():
    G1, G2 = seed_pair()
    snaps = list(wl.kernel_steps([G1, G2], iterations=3))
    assert [s.done for s in snaps] == [1, 2, 3, 4, 5] and snaps[-1].total == 5
    assert all(s.K is None for s in snaps[:-1])
    assert np.array_equal(snaps[-1].K, wl.kernel([G1, G2], iterations=3))
