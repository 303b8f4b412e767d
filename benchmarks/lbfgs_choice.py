"""Lockstep L-BFGS against scipy's L-BFGS-B threads, both on one batched evaluation.

The λ sweep can move its networks with the lab's own lockstep L-BFGS
(``engine.lbfgs``, one loop for every λ) or with one ``scipy.optimize.minimize(method=
"L-BFGS-B")`` per λ on its own thread, the threads meeting in one batched evaluation.
The lockstep optimiser is kept only while it is at least 1.3× faster in the median of
five alternating runs (the decision the page-contract issue asks for).  Two settings:

* the Hidden units tab's default run: 4,000 training and 1,000 validation digits,
  λ = 0, 1, 20, 200 iterations, float32 products (the validation cost every iteration);
* ``benchmarks/lambda_sweep.py``'s: all 5,000 digits, 400 iterations, scipy's ftol.

Run: ``python benchmarks/lbfgs_choice.py [--runs 5]``; prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from nnlab_gui.engine import mlp  # noqa: E402
from nnlab_gui.engine.datasets import load_digits  # noqa: E402

LAMS = (0.0, 1.0, 20.0)
SCIPY_FTOL = 1e7 * np.finfo(float).eps


def settings():
    d = load_digits()
    tr, va = d.split("train"), d.split("test")
    tab = dict(X=tr.X400, y=tr.labels, max_iter=200, ftol=0.0, X_val=va.X400, y_val=va.labels)
    bench = dict(X=np.ascontiguousarray(d.X400), y=d.labels, max_iter=400, ftol=SCIPY_FTOL)
    return {"the tab's default run (4,000 + 1,000 validation, 200 it.)": tab,
            "lambda_sweep.py's run (5,000 digits, 400 it., scipy's ftol)": bench}


def one_run(optimizer: str, cfg: dict) -> float:
    from threadpoolctl import threadpool_limits

    kw = dict(cfg)
    X, y = kw.pop("X"), kw.pop("y")
    with threadpool_limits(limits=1, user_api="blas"):
        t0 = time.perf_counter()
        mlp.train_many(X, y, LAMS, hidden=25, seed=0, workers=mlp.default_workers(), dtype=np.float32,
                       optimizer=optimizer, **kw)
        return time.perf_counter() - t0


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; {args.runs} alternating runs each")
    for name, cfg in settings().items():
        one_run("lbfgs", dict(cfg, max_iter=10))       # warm-up (imports, first allocations)
        one_run("scipy", dict(cfg, max_iter=10))
        times: dict[str, list[float]] = {"lbfgs": [], "scipy": []}
        for k in range(args.runs):
            for opt in (("lbfgs", "scipy") if k % 2 == 0 else ("scipy", "lbfgs")):
                times[opt].append(one_run(opt, cfg))
        lock, sci = statistics.median(times["lbfgs"]), statistics.median(times["scipy"])
        print(f"{name}:\n  lockstep median {lock:.3f} s {sorted(round(t, 3) for t in times['lbfgs'])}\n"
              f"  scipy    median {sci:.3f} s {sorted(round(t, 3) for t in times['scipy'])}\n"
              f"  lockstep is {sci / lock:.2f}× faster (keep it at ≥ 1.30×)")


if __name__ == "__main__":
    main()
