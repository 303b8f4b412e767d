"""Benchmark: WL subtree Gram matrix of MUTAG repeated 30 times (5,640 graphs, h = 5).

Compares ``nnlab_gui.engine.wl.kernel`` with GraKeL's
``WeisfeilerLehman(n_iter=5, base_graph_kernel=VertexHistogram)`` in the same run
and checks that the two matrices are exactly equal.

GraKeL (0.1.11) sets ``_n_iter = n_iter + 1``: its ``n_iter=5`` sums the vertex-
histogram kernels of iterations 0..5, which is our ``iterations=5`` (h = 5), raw
(not normalised).  GraKeL is benchmark-only; the lab never imports it.

Usage: ``python benchmarks/wl.py [--times 30] [--h 5] [--folder ../shared/course_files/MUTAG]``
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nnlab_gui.engine import wl  # noqa: E402
from nnlab_gui.engine.tu_dataset import load_tu  # noqa: E402


def grakel_input(batch):
    """GraKeL's native input: per graph [edge dictionary, node-label dictionary]."""
    out = []
    ind, ptr, lab = batch.indices.tolist(), batch.indptr.tolist(), batch.labels.tolist()
    offs = batch.node_offsets.tolist()
    for g in range(batch.n_graphs):
        lo, hi = offs[g], offs[g + 1]
        edges = {i: {j: 1 for j in ind[ptr[i]:ptr[i + 1]]} for i in range(lo, hi)}
        out.append([edges, {i: lab[i] for i in range(lo, hi)}])
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--folder", default=str(ROOT.parent / "shared" / "course_files" / "MUTAG"))
    p.add_argument("--times", type=int, default=30)
    p.add_argument("--h", type=int, default=5)
    p.add_argument("--repeats", type=int, default=3, help="runs of our kernel")
    p.add_argument("--ref-repeats", type=int, default=2, help="runs of GraKeL (each takes ~30 s)")
    args = p.parse_args(argv)

    from grakel.kernels import VertexHistogram, WeisfeilerLehman

    base = load_tu(args.folder)
    ds = base.repeated(args.times)
    b = ds.batch
    print(f"{ds.name}: {b.n_graphs} graphs, {b.n_nodes} nodes, {len(b.indices) // 2} edges, h = {args.h}")

    ours = []
    for _ in range(args.repeats):
        t = time.perf_counter()
        K = wl.kernel(b, iterations=args.h)
        ours.append(time.perf_counter() - t)
    t_ours = min(ours)
    print(f"nnlab wl.kernel (array batch)      : {t_ours:8.3f} s  (best of {args.repeats}: "
          + ", ".join(f"{x:.3f}" for x in ours) + ")")

    graphs = ds.graphs()
    t = time.perf_counter()
    K_nx = wl.kernel(graphs, iterations=args.h)
    t_nx = time.perf_counter() - t
    print(f"nnlab wl.kernel (networkx graphs)  : {t_nx:8.3f} s  (includes converting {len(graphs)} nx graphs)")

    X = grakel_input(b)
    refs = []
    for _ in range(args.ref_repeats):
        gk = WeisfeilerLehman(n_iter=args.h, base_graph_kernel=VertexHistogram, normalize=False)
        t = time.perf_counter()
        K_ref = gk.fit_transform(X)
        refs.append(time.perf_counter() - t)
    t_ref = min(refs)
    print(f"GraKeL WeisfeilerLehman(n_iter={args.h})  : {t_ref:8.3f} s  (best of {args.ref_repeats}: "
          + ", ".join(f"{x:.3f}" for x in refs) + ")")

    equal = np.array_equal(K, K_ref) and np.array_equal(K_nx, K_ref)
    print(f"matrices exactly equal             : {equal}  (max |diff| = {np.abs(K - K_ref).max():g})")
    print(f"speed-up (array batch, best/best)  : {t_ref / t_ours:8.1f}x")
    print(f"speed-up (array batch, first/first): {refs[0] / ours[0]:8.1f}x  (first runs pay the page faults "
          "of fresh 250 MB matrices)")
    print(f"speed-up (networkx graphs)         : {t_ref / t_nx:8.1f}x  (GraKeL best / one nx run)")
    return 0 if equal else 1


if __name__ == "__main__":
    sys.exit(main())
