"""λ sweep benchmark: the lab's MLP trainer against scikit-learn's MLPClassifier.

Both train 400-25-10 logistic networks on all 5,000 bundled digits at 20×20 for
λ = 0, 1, 20, with exactly ``--iterations`` L-BFGS iterations each (tolerances off on both
sides, so the work is equal).  scikit-learn's penalty is alpha/(2·n_samples)·‖W‖² on the
non-bias weights, the course's is λ/(2m)·‖W‖²: so alpha = λ.  (scikit-learn's output layer
is a softmax with log-loss; the course's is ten sigmoids with binary cross-entropy.)

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


def lab_sweep(X, y, iterations, workers, dtype=np.float64):
    t0 = time.perf_counter()
    res = mlp.train_many(X, y, LAMS, hidden=25, max_iter=iterations, seed=0, workers=workers, dtype=dtype)
    dt = time.perf_counter() - t0
    return dt, [(r.lam, r.iterations, r.train_accuracy) for r in res]


def per_it(run):
    dt, rows = run
    return dt / max(1, sum(it for _, it, _ in rows))


def show(name, dt, rows):
    acc = ", ".join(f"λ={lam:g}: {it} it, {100 * a:.2f} %" for lam, it, a in rows)
    print(f"{name:<40s} {dt:8.2f} s {1000 * per_it((dt, rows)):6.1f} ms/it   {acc}", flush=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=400)
    args = ap.parse_args(argv)
    d = load_digits()
    X = np.ascontiguousarray(d.X400)
    y = d.labels
    print(f"{len(X)} digits at 20×20, λ = {LAMS}, {args.iterations} L-BFGS iterations each; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    print("scikit-learn: MLPClassifier(hidden_layer_sizes=(25,), activation='logistic', "
          "solver='lbfgs', max_iter=N, alpha=λ, tol=0)  [alpha/(2n)‖W‖² = λ/(2m)‖W‖²]")
    lab2 = lab_sweep(X, y, args.iterations, workers=2)
    show("lab: 2 threads (1 BLAS thread each)", *lab2)
    lab1 = lab_sweep(X, y, args.iterations, workers=1)
    show("lab: 1 thread (sequential)", *lab1)
    lab32 = lab_sweep(X, y, args.iterations, workers=2, dtype=np.float32)
    show("lab: 2 threads, float32", *lab32)
    sk_def = sklearn_sweep(X, y, args.iterations, blas_threads=None)
    show("scikit-learn: default BLAS threads", *sk_def)
    sk_one = sklearn_sweep(X, y, args.iterations, blas_threads=1)
    show("scikit-learn: 1 BLAS thread", *sk_one)
    print(f"threads vs sequential (lab): {lab1[0] / lab2[0]:.2f}×")
    for name, sk in (("default BLAS", sk_def), ("1 BLAS thread", sk_one)):
        for lname, lab in (("2 threads", lab2), ("2 threads float32", lab32)):
            print(f"scikit-learn ({name}) / lab ({lname}): whole sweep {sk[0] / lab[0]:.2f}×, "
                  f"per L-BFGS iteration {per_it(sk) / per_it(lab):.2f}×")


if __name__ == "__main__":
    main()
