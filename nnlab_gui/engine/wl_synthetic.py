"""Synthetic TU-like graph datasets for scaling the WL kernel (benchmarks and tests).

``synthetic_batch(n_graphs, seed)`` makes molecule-like graphs of 20–40 nodes: a chain with
short branches (node i joins one of the three nodes before it) plus about one extra edge per
ten nodes closing rings, node labels drawn from seven atom-like classes with MUTAG-like
frequencies, and two graph classes.  Everything is vectorised, so 100k graphs (≈ 3M nodes)
take about a second; the same seed gives the same dataset.
"""

from __future__ import annotations

import numpy as np

from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.engine.wl_batch import GraphBatch

LABEL_P = np.array([0.70, 0.10, 0.10, 0.04, 0.03, 0.02, 0.01])


def synthetic_batch(n_graphs: int, seed: int = 0, min_nodes: int = 20,
                    max_nodes: int = 40) -> tuple[GraphBatch, np.ndarray]:
    """(batch, graph classes 0/1) of ``n_graphs`` random molecule-like graphs."""
    if not 1 <= n_graphs <= 10_000_000:
        raise Problem(N_("n_graphs must be in 1…10⁷, got {value}"), value=n_graphs)
    if not 2 <= min_nodes <= max_nodes <= 10_000:
        raise Problem(N_("node counts: need 2 ≤ min_nodes ≤ max_nodes ≤ 10⁴, got {min_nodes}, {max_nodes}"),
                      min_nodes=min_nodes, max_nodes=max_nodes)
    rng = np.random.default_rng(seed)
    counts = rng.integers(min_nodes, max_nodes + 1, n_graphs)
    offsets = np.concatenate([[0], np.cumsum(counts)])
    n = int(offsets[-1])
    graph = np.repeat(np.arange(n_graphs), counts)
    local = np.arange(n) - offsets[graph]
    child = np.flatnonzero(local > 0)
    back = np.minimum(rng.integers(1, 4, len(child)), local[child])
    tree = np.stack([child, child - back], axis=1)
    extra_g = rng.integers(0, n_graphs, n // 10)
    a = offsets[extra_g] + (rng.random(len(extra_g)) * counts[extra_g]).astype(np.int64)
    b = offsets[extra_g] + (rng.random(len(extra_g)) * counts[extra_g]).astype(np.int64)
    keep = a != b
    edges = np.concatenate([tree, np.stack([a[keep], b[keep]], axis=1)])
    labels = rng.choice(len(LABEL_P), size=n, p=LABEL_P) + 1
    classes = (rng.random(n_graphs) < 0.5).astype(np.int64)
    return GraphBatch.from_edges(counts, edges, labels), classes
