"""λ sweep benchmark: the lab's MLP trainer against scikit-learn's MLPClassifier.

Both train 400-25-10 logistic networks on all 5,000 bundled digits at 20×20 for
λ = 0, 1, 20, with exactly ``--iterations`` L-BFGS iterations each (tolerances off on both
sides, so the work is equal).  scikit-learn's penalty is alpha/(2·n_samples)·‖W‖² on the
non-bias weights, the course's is λ/(2m)·‖W‖²: so alpha = λ.  (scikit-learn's output layer
is a softmax with log-loss; the course's is ten sigmoids with binary cross-entropy.)

The lab trains the three λ together: every evaluation is batched into one stacked
first-layer product and split by rows over the cores (``engine.mlp._BatchCost``), and a
lockstep L-BFGS (``engine.lbfgs``) moves all λ in one loop.  The Hidden units tab runs it
with float32 products; float64 and the scipy L-BFGS-B path are printed too.

Run: ``python benchmarks/lambda_sweep.py [--iterations 400]``.  scikit-learn is a
benchmark-only dependency; the lab never imports it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from nnlab_gui.engine import mlp  # noqa: E402
from nnlab_gui.engine.datasets import load_digits  # noqa: E402

LAMS = (0.0, 1.0, 20.0)


def sklearn_sweep(X, y, iterations, blas_threads=None):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier
    from threadpoolctl import threadpool_limits

    out = []
    with threadpool_limits(limits=blas_threads, user_api="blas"):
        t0 = time.perf_counter()
        for lam in LAMS:
            clf = MLPClassifier(hidden_layer_sizes=(25,), activation="logistic", solver="lbfgs",
                                max_iter=iterations, alpha=lam, tol=0.0, random_state=0)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                clf.fit(X, y)
            out.append((lam, clf.n_iter_, float(np.mean(clf.predict(X) == y))))
        return time.perf_counter() - t0, out


SCIPY_FTOL = 1e7 * np.finfo(float).eps   # L-BFGS-B's default ftol, which scikit-learn's lbfgs keeps


def lab_sweep(X, y, iterations, workers=None, dtype=np.float64, ftol=SCIPY_FTOL, optimizer="lbfgs"):
    """The lab's sweep with scikit-learn's stopping rule (``ftol=0``: all iterations, as the tab)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        t0 = time.perf_counter()
        res = mlp.train_many(X, y, LAMS, hidden=25, max_iter=iterations, seed=0, workers=workers,
                             dtype=dtype, ftol=ftol, optimizer=optimizer)
        dt = time.perf_counter() - t0
    return dt, [(r.lam, r.iterations, r.train_accuracy) for r in res]


def per_it(run):
    dt, rows = run
    return dt / max(1, sum(it for _, it, _ in rows))


def show(name, dt, rows):
    acc = ", ".join(f"λ={lam:g}: {it} it, {100 * a:.2f} %" for lam, it, a in rows)
    print(f"{name:<44s} {dt:8.2f} s {1000 * per_it((dt, rows)):6.1f} ms/it   {acc}", flush=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=400)
    args = ap.parse_args(argv)
    d = load_digits()
    X = np.ascontiguousarray(d.X400)
    y = d.labels
    cores = mlp.default_workers()
    print(f"{len(X)} digits at 20×20, λ = {LAMS}, {args.iterations} L-BFGS iterations each; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    print("scikit-learn: MLPClassifier(hidden_layer_sizes=(25,), activation='logistic', "
          "solver='lbfgs', max_iter=N, alpha=λ, tol=0)  [alpha/(2n)‖W‖² = λ/(2m)‖W‖²]; "
          "its lbfgs solver always computes in float64")
    print("same stopping rule on both sides: maxiter, gtol = 0, scipy's default ftol = 2.2e-9")
    lab32 = lab_sweep(X, y, args.iterations, cores, np.float32)
    show(f"lab: lockstep L-BFGS, float32, {cores} cores", *lab32)
    lab64 = lab_sweep(X, y, args.iterations, cores, np.float64)
    show(f"lab: lockstep L-BFGS, float64, {cores} cores", *lab64)
    labsp = lab_sweep(X, y, args.iterations, cores, np.float32, optimizer="scipy")
    show(f"lab: scipy L-BFGS-B, float32, {cores} cores", *labsp)
    lab1 = lab_sweep(X, y, args.iterations, 1, np.float32)
    show("lab: lockstep L-BFGS, float32, 1 core", *lab1)
    lab_all = lab_sweep(X, y, args.iterations, cores, np.float32, ftol=0.0)
    show("lab: as the tab runs it (ftol = 0: all iterations)", *lab_all)
    sk_def = sklearn_sweep(X, y, args.iterations, blas_threads=None)
    show("scikit-learn: default BLAS threads", *sk_def)
    sk_one = sklearn_sweep(X, y, args.iterations, blas_threads=1)
    show("scikit-learn: 1 BLAS thread", *sk_one)
    print("ratios (scikit-learn time / lab time), whole sweep and per L-BFGS iteration; target 5×:")
    for sk_name, sk in (("as the issue configures it (default BLAS threads)", sk_def),
                        ("held to 1 BLAS thread (faster here)", sk_one)):
        print(f" against scikit-learn {sk_name}, {sk[0]:.2f} s:")
        for name, lab in (("lockstep, float32 (the tab)", lab32), ("lockstep, float64", lab64),
                          ("scipy L-BFGS-B, float32", labsp)):
            print(f"   lab {name:<28s}: whole sweep {sk[0] / lab[0]:5.2f}×, "
                  f"per iteration {per_it(sk) / per_it(lab):5.2f}×")
        print(f"   lab as the tab runs it, every λ to {args.iterations} iterations (more work than "
              f"scikit-learn's early stop): whole sweep {sk[0] / lab_all[0]:5.2f}×, per iteration "
              f"{per_it(sk) / per_it(lab_all):5.2f}×")
    print(f"  {cores} cores vs 1 core (lab, float32): {lab1[0] / lab32[0]:.2f}×")


if __name__ == "__main__":
    main()
