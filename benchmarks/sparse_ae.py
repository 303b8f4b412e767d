"""Sparse-autoencoder benchmark: the page's default run against a plain reference, same data.

The default run of Hidden units → Sparse autoencoder: 10,000 8×8 patches of the training
digits, a 64-25-64 network, ρ = 0.1, β = 3, λ = 3e-3, 200 L-BFGS iterations; then
*Compare*: softmax (λ = 1e-4, 200 iterations) on the 4,000 training digits, tested on the
1,000 test digits, on raw pixels and on the hidden activations of every 8×8 window at
step 4 (36 windows × 25 units).

* **lab** — ``sparse_ae.train`` (float32 evaluator on preallocated buffers, scipy's
  L-BFGS-B in float64) and ``sparse_ae.compare_features`` (all windows in one product,
  the two softmax trainings on two threads, float32 products);
* **reference** — the SPEC's cost written out plainly in float64 NumPy (``expit``, one
  array per expression), minimised by ``scipy.optimize.minimize(method="L-BFGS-B")``; the
  window loop of the old page; softmax in float64, one after the other.

Both start from the same initial weights and run the same number of iterations; the
printout has the time of each stage, the final cost J and both accuracies.  With
``--sweep`` it also times the colour step sweep of the Natural images page (its defaults).

Run: ``python benchmarks/sparse_ae.py [--sweep]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np
import scipy.optimize
from scipy.special import expit, logsumexp

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from nnlab_gui.engine import sparse_ae  # noqa: E402
from nnlab_gui.engine.blas import one_blas_thread  # noqa: E402
from nnlab_gui.engine.datasets import load_digits  # noqa: E402

DEFAULT = dict(hidden=25, rho=0.1, beta=3.0, lam=3e-3, max_iter=200, seed=0, patch=8)


# ------------------------------------------------------------------ the plain reference
def ref_cost(vec, X, h, rho, beta, lam):
    m, n = X.shape
    W1 = vec[:h * n].reshape(h, n)
    W2 = vec[h * n:2 * h * n].reshape(n, h)
    b1 = vec[2 * h * n:2 * h * n + h]
    b2 = vec[2 * h * n + h:]
    a2 = expit(X @ W1.T + b1)
    a3 = expit(a2 @ W2.T + b2)
    r = a2.mean(axis=0)
    J = (0.5 * np.sum((a3 - X) ** 2) / m + lam / 2 * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
         + beta * np.sum(rho * np.log(rho / r) + (1 - rho) * np.log((1 - rho) / (1 - r))))
    d3 = (a3 - X) * a3 * (1 - a3)
    d2 = (d3 @ W2 + beta * (-rho / r + (1 - rho) / (1 - r))) * a2 * (1 - a2)
    grad = np.concatenate([(d2.T @ X / m + lam * W1).ravel(), (d3.T @ a2 / m + lam * W2).ravel(),
                           d2.mean(axis=0), d3.mean(axis=0)])
    return J, grad


def ref_softmax(X, y, lam, max_iter):
    m, n = X.shape
    Y = np.eye(10)[y]

    def f(v):
        W = v.reshape(10, n + 1)
        S = X @ W[:, 1:].T + W[:, 0]
        logp = S - logsumexp(S, axis=1, keepdims=True)
        J = -np.sum(Y * logp) / m + lam / 2 * np.sum(W[:, 1:] ** 2)
        D = np.exp(logp) - Y
        return J, np.column_stack([D.sum(axis=0) / m, D.T @ X / m + lam * W[:, 1:]]).ravel()

    res = scipy.optimize.minimize(f, np.zeros(10 * (n + 1)), jac=True, method="L-BFGS-B",
                                  options={"maxiter": max_iter})
    return res.x.reshape(10, n + 1)


def ref_accuracy(W, X, y):
    return float(np.mean(np.argmax(X @ W[:, 1:].T + W[:, 0], axis=1) == y))


def reference(X, tr, te):
    h, n = DEFAULT["hidden"], X.shape[1]
    t0 = time.perf_counter()
    x0 = sparse_ae.init_params(n, h, DEFAULT["seed"])
    res = scipy.optimize.minimize(ref_cost, x0, args=(X, h, DEFAULT["rho"], DEFAULT["beta"], DEFAULT["lam"]),
                                  jac=True, method="L-BFGS-B",
                                  options={"maxiter": DEFAULT["max_iter"], "maxfun": 20 * DEFAULT["max_iter"] + 100})
    t1 = time.perf_counter()
    W1 = res.x[:h * n].reshape(h, n)
    b1 = res.x[2 * h * n:2 * h * n + h]

    def feats(imgs):
        out = []
        for r in range(0, 21, 4):
            for c in range(0, 21, 4):
                out.append(expit(imgs[:, r:r + 8, c:c + 8].reshape(len(imgs), -1) @ W1.T + b1))
        return np.hstack(out)

    Ftr, Fte = feats(tr.images), feats(te.images)
    Ptr, Pte = tr.images.reshape(len(tr.images), -1), te.images.reshape(len(te.images), -1)
    acc_pix = ref_accuracy(ref_softmax(Ptr, tr.labels, 1e-4, 200), Pte, te.labels)
    acc_feat = ref_accuracy(ref_softmax(Ftr, tr.labels, 1e-4, 200), Fte, te.labels)
    t2 = time.perf_counter()
    return dict(train=t1 - t0, compare=t2 - t1, J=float(res.fun), iterations=int(res.nit),
                pixels=acc_pix, features=acc_feat)


def lab(X, tr, te):
    t0 = time.perf_counter()
    res = sparse_ae.train(X, **DEFAULT)
    t1 = time.perf_counter()
    cmp = sparse_ae.compare_features(res, tr.images, tr.labels, te.images, te.labels, max_iter=200)
    t2 = time.perf_counter()
    return dict(train=t1 - t0, compare=t2 - t1, J=float(res.costs[-1]), iterations=res.iterations,
                pixels=cmp.pixel_accuracy, features=cmp.feature_accuracy)


def show(name, r):
    print(f"{name:<10} train {r['train']:6.2f} s  compare {r['compare']:6.2f} s  total "
          f"{r['train'] + r['compare']:6.2f} s   J = {r['J']:.6f} ({r['iterations']} it)   "
          f"softmax: pixels {100 * r['pixels']:.1f} %, features {100 * r['features']:.1f} %")


def sweep_time():
    from nnlab_gui.engine import natural_images
    natural_images.load_natural_images()
    t0, c0 = time.perf_counter(), time.process_time()
    out = natural_images.run_step_sweep()
    t, c = time.perf_counter() - t0, time.process_time() - c0
    print(f"colour step sweep (Natural images page defaults: whitened ε = {natural_images.EPSILON}, linear "
          f"decoder, {natural_images.MAX_ITER} iterations): {t:.2f} s wall, {c:.2f} s CPU")
    for row in out.rows:
        print(f"   {row.column:<10} {row.label:<10} {100 * row.accuracy:5.1f} %  ({row.n_features} features)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sweep", action="store_true", help="also time the colour step sweep")
    args = ap.parse_args()
    d = load_digits()
    tr, te = d.split("train"), d.split("test")
    X = sparse_ae.sample_patches(tr.images, n=10000, size=8, seed=0, min_ink=1.0)
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start")
    with one_blas_thread():
        ref = reference(X, tr, te)
    mine = lab(X, tr, te)
    show("reference", ref)
    show("lab", mine)
    print(f"speed-up: train {ref['train'] / mine['train']:.1f}×, compare {ref['compare'] / mine['compare']:.1f}×, "
          f"total {(ref['train'] + ref['compare']) / (mine['train'] + mine['compare']):.1f}×; "
          f"ΔJ = {mine['J'] - ref['J']:+.2e}")
    if args.sweep:
        sweep_time()
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
