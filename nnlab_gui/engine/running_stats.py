"""Statistics of a growing chain, updated with the new samples only (the Gibbs page's views).

:class:`RunningChain` keeps, for the samples seen so far, the sums behind the mean, the mean
r², the density histogram of r² on fixed edges and the autocorrelation of x0 up to a
largest lag L.  ``extend(points)`` costs O(new · L), so a redraw at 30 Hz no longer
recomputes a histogram and an FFT over every sample of a long chain.  The autocorrelation
uses the same estimator as :func:`nnlab_gui.engine.sampling.autocorrelation`,

    ρ(k) = Σ_{t<n−k} (x_t − m)(x_{t+k} − m) / Σ_t (x_t − m)²,

expanded into running sums: Σ x_t x_{t+k} (kept per lag), Σ x and the first and last L
values, so the result equals the batch one up to rounding.
"""

from __future__ import annotations

import numpy as np

from nnlab_gui.engine.texts import N_, Problem


class RunningChain:
    def __init__(self, max_lag: int = 40, edges: np.ndarray | None = None):
        if not 0 <= int(max_lag) <= 10_000:
            raise Problem(N_("the largest lag must be in 0…10⁴, got {lag}"), lag=max_lag)
        self.max_lag = int(max_lag)
        self.edges = np.linspace(0, 1, 21) if edges is None else np.asarray(edges, dtype=float)
        if len(self.edges) < 2 or np.any(np.diff(self.edges) <= 0):
            raise Problem(N_("the bin edges must be at least two increasing numbers"))
        self.reset()

    def reset(self) -> None:
        self.n = 0
        self.sum = np.zeros(2)
        self.sum_r2 = 0.0
        self.counts = np.zeros(len(self.edges) - 1, dtype=np.int64)
        self.lag_sums = np.zeros(self.max_lag + 1)     # Σ_{t<n−k} x_t x_{t+k}
        self.head = np.zeros(0)                         # the first L values of x0
        self.tail = np.zeros(0)                         # the last L values of x0

    def extend(self, points: np.ndarray) -> None:
        """Add the samples ``points`` ((k, 2), in chain order) after those seen so far."""
        pts = np.asarray(points, dtype=float).reshape(-1, 2)
        if not len(pts):
            return
        if not np.isfinite(pts).all():
            raise Problem(N_("the chain has a value that is not a finite number"))
        r2 = np.square(pts).sum(axis=1)
        self.sum += pts.sum(axis=0)
        self.sum_r2 += float(r2.sum())
        self.counts += np.histogram(r2, self.edges)[0]
        x = pts[:, 0]
        L = self.max_lag
        joined = np.concatenate([self.tail, x])         # old tail, then the new values
        start = len(self.tail)
        for k in range(L + 1):                          # pairs (t, t + k) whose second is new
            lo = start - k
            if lo >= 0:
                self.lag_sums[k] += float(joined[lo:len(joined) - k] @ joined[start:])
            elif len(joined) > k:
                self.lag_sums[k] += float(joined[:len(joined) - k] @ joined[k:])
        if len(self.head) < L:
            self.head = np.concatenate([self.head, x[:L - len(self.head)]])
        self.tail = joined[-L:] if L else np.zeros(0)
        self.n += len(pts)

    def mean(self) -> np.ndarray:
        return self.sum / self.n if self.n else np.zeros(2)

    def mean_r2(self) -> float:
        return self.sum_r2 / self.n if self.n else 0.0

    def density(self) -> np.ndarray:
        """The r² histogram as a density (Σ height · width = 1 over the samples inside the edges'
        range, as ``sampling_jobs.density_histogram``)."""
        if not self.n:
            return np.zeros(len(self.counts))
        return self.counts / (self.n * np.diff(self.edges))

    def acf(self) -> np.ndarray:
        """ρ(0..min(L, n − 1)) of x0, as ``sampling.autocorrelation``."""
        n = self.n
        if n < 2:
            return np.ones(1)
        L = min(self.max_lag, n - 1)
        m = self.sum[0] / n
        total = self.sum[0]
        ks = np.arange(L + 1)
        head = np.concatenate([[0.0], np.cumsum(self.head)])   # Σ of the first k values
        tail = np.concatenate([[0.0], np.cumsum(self.tail[::-1])])   # Σ of the last k values
        first_part = total - tail[ks]                  # Σ_{t<n−k} x_t
        second_part = total - head[ks]                 # Σ_{t≥k} x_t
        acov = self.lag_sums[:L + 1] - m * (first_part + second_part) + (n - ks) * m * m
        var = acov[0]
        if var <= 1e-12 * max(1.0, self.lag_sums[0]):
            return np.concatenate([[1.0], np.zeros(L)])
        return acov / var
