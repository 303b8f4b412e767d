"""Quality of the bundled generators (and of the course's data21.mat, if present).

    python benchmarks/generator_quality.py

For each generator: 200 samples z ~ N(0, I) (seed 0) are classified by a k-NN
classifier (k = 5, Euclidean on the 28×28 pixels) fitted on the training split of
``resources/digits.npz``; we print the share classified as an 8 (the eights models)
or the class histogram (the all-digits model), and the diversity: mean pairwise
Euclidean distance between samples divided by that between the real test eights
(or all real test digits).

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
from nnlab_gui.engine.generator import Generator, default_generator, digits_generator, load_generator  # noqa: E402

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


def eights_figures(g: Generator, knn: KNN, ref_dist: float, invert: bool = False) -> dict[str, float]:
    X = samples(g, invert=invert)
    pred = knn.predict(X)
    return {"eights": float(np.mean(pred == 8)), "diversity": mean_pairwise_distance(X) / ref_dist}


def main() -> None:
    digits = load_digits()
    train, test = digits.split("train"), digits.split("test")
    t0 = time.perf_counter()
    knn = KNN(train.images, train.labels)
    acc = float(np.mean(knn.predict(test.images) == test.labels))
    print(f"classifier: {K}-NN on 28×28 pixels, fitted on the training split (4,000 digits); "
          f"test accuracy {acc:.1%}")
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
    print(f"{'generator':48s} {'classified 8':>13s} {'diversity':>10s}")
    figures = {}
    for label, g, inv in rows:
        f = eights_figures(g, knn, d8, invert=inv)
        figures[label] = f
        print(f"{label:48s} {f['eights']:13.1%} {f['diversity']:10.1%}")
    ours = figures[rows[0][0]]
    ok = ours["eights"] >= 0.90 and ours["diversity"] >= 0.60
    if len(rows) > 1:
        ok = ok and ours["eights"] >= figures[rows[1][0]]["eights"]
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
    print(f"\n(total time {time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
