"""Quality of the bundled generators (and of the course's data21.mat, if present).

    python benchmarks/generator_quality.py

For each generator: 200 samples z ~ N(0, I) (seed 0) are classified by a k-NN
classifier (k = 5, Euclidean on the 28×28 pixels) fitted on the training split of
``resources/digits.npz``; we print the share classified as an 8 (the eights models)
or the class histogram (the all-digits model), and the diversity: mean pairwise
Euclidean distance between samples divided by that between the real test eights
(or all real test digits).  As a second opinion the course's 400-25-10 MLP
(``engine.mlp``, λ = 1, on the 20×20 area-averaged images) classifies the same
samples, and the mean over sample seeds 0–4 is printed beside seed 0's figure.
Last, the time of one decode (a slider drag) and of a 10×10 grid is measured.

data21.mat draws dark digits on a white background (its output ``1/(1+exp(W2))``
is near 1 on the background), while the bundled digits are white ink on black, so
its samples are inverted (1 − X) before they are classified and measured; the
output says so.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nnlab_gui.engine.datasets import load_digits  # noqa: E402
from nnlab_gui.engine import mlp  # noqa: E402
from nnlab_gui.engine.generator import Generator, default_generator, digits_generator, load_generator  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from build_resources import resample_20  # noqa: E402

COURSE = ROOT.parent / "shared" / "course_files" / "data21.mat"
N_SAMPLES = 200
K = 5


class KNN:
    def __init__(self, X: np.ndarray, y: np.ndarray, k: int = K):
        self.X = X.reshape(len(X), -1).astype(np.float64)
        self.sq = np.sum(self.X ** 2, axis=1)
        self.y = y
        self.k = k

    def predict(self, Q: np.ndarray) -> np.ndarray:
        Q = Q.reshape(len(Q), -1).astype(np.float64)
        d2 = np.sum(Q ** 2, axis=1)[:, None] - 2 * Q @ self.X.T + self.sq[None, :]
        nn = np.argpartition(d2, self.k, axis=1)[:, :self.k]
        votes = self.y[nn]
        counts = np.stack([(votes == c).sum(axis=1) for c in range(10)], axis=1)
        # ties: the nearest neighbour's class wins among the tied ones
        best = counts.max(axis=1, keepdims=True)
        order = np.take_along_axis(d2, nn, axis=1).argsort(axis=1)
        ranked = np.take_along_axis(votes, order, axis=1)
        out = np.empty(len(Q), dtype=int)
        for i in range(len(Q)):
            tied = set(np.flatnonzero(counts[i] == best[i, 0]))
            out[i] = next(c for c in ranked[i] if c in tied)
        return out


def mean_pairwise_distance(images: np.ndarray) -> float:
    F = images.reshape(len(images), -1).astype(np.float64)
    sq = np.sum(F ** 2, axis=1)
    d2 = np.maximum(sq[:, None] - 2 * F @ F.T + sq[None, :], 0.0)
    n = len(F)
    return float(np.sqrt(d2)[np.triu_indices(n, 1)].mean())


def samples(g: Generator, n: int = N_SAMPLES, seed: int = 0, invert: bool = False) -> np.ndarray:
    Z = np.random.default_rng(seed).standard_normal((n, g.latent_dim))
    X = g.decode(Z)
    return 1.0 - X if invert else X


def to_x400(images: np.ndarray) -> np.ndarray:
    """28×28 in [0, 1] -> 400-pixel rows, resampled exactly as the bundled images20."""
    return resample_20(np.clip(images * 255.0, 0, 255)).reshape(len(images), 400) / 255.0


def eights_figures(g: Generator, knn: KNN, thetas, ref_dist: float, invert: bool = False) -> dict[str, float]:
    out = {"eights": [], "mlp": [], "diversity": []}
    for seed in range(5):
        X = samples(g, seed=seed, invert=invert)
        out["eights"].append(np.mean(knn.predict(X) == 8))
        out["mlp"].append(np.mean(mlp.predict(thetas, to_x400(X)) == 8))
        out["diversity"].append(mean_pairwise_distance(X) / ref_dist)
    return {k: (float(v[0]), float(np.mean(v))) for k, v in out.items()}


def main() -> None:
    digits = load_digits()
    train, test = digits.split("train"), digits.split("test")
    t0 = time.perf_counter()
    knn = KNN(train.images, train.labels)
    acc = float(np.mean(knn.predict(test.images) == test.labels))
    print(f"classifier: {K}-NN on 28×28 pixels, fitted on the training split (4,000 digits); "
          f"test accuracy {acc:.1%}")
    thetas, _ = mlp.train(train.X400, train.labels, 1.0, hidden=25, max_iter=400, seed=0)
    acc_mlp = float(np.mean(mlp.predict(thetas, test.X400) == test.labels))
    print(f"second opinion: 400-25-10 MLP (λ = 1, 400 L-BFGS steps) on 20×20 images; test accuracy {acc_mlp:.1%}")
    real8 = test.images[test.labels == 8]
    d8 = mean_pairwise_distance(real8)
    dall = mean_pairwise_distance(test.images)
    print(f"mean pairwise distance: real test eights {d8:.3f}, all real test digits {dall:.3f}")
    print(f"samples: {N_SAMPLES} latent vectors z ~ N(0, I), seed 0\n")

    rows = [("bundled generator_eights.npz", default_generator(), False)]
    if COURSE.exists():
        rows.append(("course data21.mat (samples inverted: 1 − X)", load_generator(COURSE), True))
    else:
        print(f"(course file {COURSE} not found: no comparison)")
    print("figures: sample seed 0 (mean over seeds 0–4)")
    print(f"{'generator':46s} {'5-NN: 8':>16s} {'MLP: 8':>16s} {'diversity':>16s}")
    figures = {}
    for label, g, inv in rows:
        f = eights_figures(g, knn, thetas, d8, invert=inv)
        figures[label] = f
        print(f"{label:46s} " + " ".join(f"{f[k][0]:7.1%} ({f[k][1]:5.1%})" for k in ("eights", "mlp", "diversity")))
    ours = figures[rows[0][0]]
    ok = ours["eights"][0] >= 0.90 and ours["diversity"][0] >= 0.60
    if len(rows) > 1:
        ok = ok and ours["eights"][0] >= figures[rows[1][0]]["eights"][0]
    print(f"quality bar (≥ 90 % eights, ≥ data21's share, diversity ≥ 60 %): {'met' if ok else 'NOT met'}\n")

    g = digits_generator()
    X = samples(g)
    pred = knn.predict(X)
    hist = np.bincount(pred, minlength=10) / len(pred)
    print(f"bundled generator_digits.npz (latent {g.latent_dim}): classes of {N_SAMPLES} samples")
    print("  " + "  ".join(f"{c}:{h:4.0%}" for c, h in enumerate(hist)))
    print(f"  diversity vs all real test digits: {mean_pairwise_distance(X) / dall:.1%}")
    if g.has_encoder:
        Zt = g.encode(test.images)
        rec = g.decode(Zt)
        recon_pred = knn.predict(rec)
        print(f"  test split encoded → decoded: mean squared error per image "
              f"{np.mean(np.sum((rec - test.images) ** 2, axis=(1, 2))):.2f}, "
              f"classified as its own digit {np.mean(recon_pred == test.labels):.1%}")
    g8 = default_generator()
    z = np.zeros(g8.latent_dim)
    Z = np.random.default_rng(0).standard_normal((100, g8.latent_dim))
    for label, arg in (("one image (a slider drag)", z), ("a 10×10 grid", Z)):
        reps = 200
        t1 = time.perf_counter()
        for _ in range(reps):
            g8.decode(arg)
        ms = (time.perf_counter() - t1) / reps * 1e3
        print(f"decode {label}: {ms:.3f} ms = {ms / 16.7:.1%} of a 60 Hz frame")
    print(f"\n(total time {time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
