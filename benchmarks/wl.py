"""Benchmark: WL subtree Gram matrix of MUTAG repeated 30 times (5,640 graphs, h = 5).

Compares ``nnlab_gui.engine.wl.kernel`` with GraKeL's
``WeisfeilerLehman(n_iter=5, base_graph_kernel=VertexHistogram)`` in the same run
and checks that the two matrices are exactly equal.

GraKeL (0.1.11) sets ``_n_iter = n_iter + 1``: its ``n_iter=5`` sums the vertex-
histogram kernels of iterations 0..5, which is our ``iterations=5`` (h = 5), raw
(not normalised).  GraKeL is benchmark-only; the lab never imports it.

Then a scaling table over synthetic TU-like datasets (``engine.wl_synthetic``: 20–40 nodes
per graph) of 1k, 10k and 100k graphs: the sparse feature matrix (time, peak memory), the
Gram matrix in tiles (full K where it fits: 1k and 10k; for 100k, K would take 80 GB, so
the heatmap's exact 1000 × 1000 block means are timed instead), each size in a fresh
process so peak memory (ru_maxrss, minus the process before the step) is its own.

Usage: ``python benchmarks/wl.py [--times 30] [--h 5] [--folder ../shared/course_files/MUTAG]
[--sizes 1000,10000,100000] [--skip-grakel]``
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nnlab_gui.engine import wl, wl_gram  # noqa: E402
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


def high_water_mb() -> float:
    """This process's peak resident memory (VmHWM; unlike ru_maxrss it is not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def scaling_child(n_graphs: int, h: int) -> dict:
    """One size, in this (fresh) process: features, then the Gram matrix or its block means."""
    from nnlab_gui.engine import wl_gram
    from nnlab_gui.engine.wl_synthetic import synthetic_batch

    import tracemalloc

    def peak() -> float:
        """Peak of NumPy/Python allocations since the last call (MB; NumPy reports to tracemalloc)."""
        value = tracemalloc.get_traced_memory()[1] / 2 ** 20
        tracemalloc.reset_peak()
        return value

    batch, classes = synthetic_batch(n_graphs, seed=1)
    out = {"graphs": n_graphs, "nodes": batch.n_nodes, "edges": len(batch.indices) // 2}
    tracemalloc.start()
    t, c = time.perf_counter(), time.process_time()
    F = wl.features(batch, h, sparse=True)
    out.update(features_s=time.perf_counter() - t, features_cpu_s=time.process_time() - c, features_mb=peak(), labels=F.shape[1], nnz=F.nnz,
               features_store_mb=(F.data.nbytes + F.indices.nbytes + F.indptr.nbytes) / 2 ** 20)
    t = time.perf_counter()
    if n_graphs <= 20000:
        K = wl_gram.gram(F)
        # a large K is an mmap of its own, which tracemalloc does not see: count it here
        out.update(gram="full K (tiles)", gram_check=float(K[0, 0]) == wl_gram.entry(F, 0, 0),
                   gram_extra_mb=0.0 if K.flags.owndata else K.nbytes / 2 ** 20)
    else:
        M, _edges = wl_gram.block_means(F, np.argsort(classes, kind="stable"), 1000)
        out.update(gram="1000² block means", gram_check=bool(np.isfinite(M).all()))
    out.update(gram_s=time.perf_counter() - t, gram_mb=peak() + out.pop("gram_extra_mb", 0.0),
               max_rss_mb=high_water_mb())
    return out


def scaling_table(sizes, h: int) -> None:
    print(f"\nScaling over synthetic TU-like datasets (20–40 nodes per graph), h = {h}; "
          f"load average {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("peak: the largest NumPy/Python allocation total during the step (tracemalloc); "
          "max RSS: the whole process, data set included")
    print("features: wall time (CPU time of this process in brackets: the machine is shared)")
    print(f"{'graphs':>8} {'nodes':>9} {'labels':>9} {'nnz(F)':>10} | {'features':>17} {'peak':>8} {'F size':>8} "
          f"| {'Gram':>18} {'time':>8} {'peak':>8} {'max RSS':>8}")
    rows = []
    for n in sizes:
        proc = subprocess.run([sys.executable, __file__, "--scaling-child", str(n), "--h", str(h)],
                              capture_output=True, text=True, timeout=3600)
        if proc.returncode != 0:
            print(f"{n:>8}  failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr else proc.returncode}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        rows.append(r)
        print(f"{r['graphs']:>8} {r['nodes']:>9} {r['labels']:>9} {r['nnz']:>10} | {r['features_s']:>6.2f}s ({r['features_cpu_s']:>6.2f}s) "
              f"{r['features_mb']:>6.0f}MB {r['features_store_mb']:>6.0f}MB | {r['gram']:>18} "
              f"{r['gram_s']:>7.2f}s {r['gram_mb']:>6.0f}MB {r['max_rss_mb']:>6.0f}MB")
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        g = b["graphs"] / a["graphs"]
        print(f"growth {a['graphs']}→{b['graphs']} graphs (×{g:g}): features time ×{b['features_s'] / a['features_s']:.1f}, "
              f"feature storage ×{b['features_store_mb'] / max(a['features_store_mb'], 1e-9):.1f} (linear in nodes); "
              "a full Gram matrix grows as graphs², its block-mean view as nnz(F) + blocks²")
    print(f"load average after: {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--folder", default=str(ROOT.parent / "shared" / "course_files" / "MUTAG"))
    p.add_argument("--times", type=int, default=30)
    p.add_argument("--h", type=int, default=5)
    p.add_argument("--repeats", type=int, default=3, help="runs of our kernel")
    p.add_argument("--ref-repeats", type=int, default=2, help="runs of GraKeL (each takes ~30 s)")
    p.add_argument("--sizes", default="1000,10000,100000", help="graph counts of the scaling table ('' skips it)")
    p.add_argument("--skip-grakel", action="store_true", help="only the scaling table")
    p.add_argument("--scaling-child", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.scaling_child:
        print(json.dumps(scaling_child(args.scaling_child, args.h)))
        return 0
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    if args.skip_grakel:
        scaling_table(sizes, args.h)
        return 0
    print(f"load average {'/'.join(f'{x:.2f}' for x in os.getloadavg())} (1/5/15 min), {os.cpu_count()} cores")

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

    F = wl.features(b, args.h, sparse=True)
    groups = wl_gram.distinct_rows(F)
    t = time.perf_counter()
    K_plain = wl_gram.gram(F, dedup=False)
    t_plain = time.perf_counter() - t
    print(f"distinct φ rows                    : {b.n_graphs if groups is None else len(groups[0])} of "
          f"{b.n_graphs} (K is computed for those and expanded)")
    print(f"nnlab Gram without that grouping   : {t_plain:8.3f} s  (features computed before; not a first run)")

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

    equal = np.array_equal(K, K_ref) and np.array_equal(K_nx, K_ref) and np.array_equal(K_plain, K_ref)
    print(f"matrices exactly equal             : {equal}  (max |diff| = {np.abs(K - K_ref).max():g})")
    print(f"speed-up (array batch, best/best)  : {t_ref / t_ours:8.1f}x")
    print(f"speed-up (array batch, first/first): {refs[0] / ours[0]:8.1f}x  (target ≥ 30×)")
    print(f"speed-up (networkx graphs)         : {t_ref / t_nx:8.1f}x  (GraKeL best / one nx run)")
    print(f"load average after the comparison: {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")
    if sizes:
        scaling_table(sizes, args.h)
    return 0 if equal else 1


if __name__ == "__main__":
    sys.exit(main())
