"""A streaming plot's view range that stays still while the data stay inside it.

pyqtgraph's auto-range refits the view on every ``setData``.  During a run that moves
the axes on every frame, and a moved axis regenerates its ticks, its labels and the grid
lines it draws across the plot: 5–10 ms per axis, most of a frame's cost.  A
:class:`SteadyRange` takes over the view while a run streams: :meth:`follow` is given the
data's extent and changes the range only when the data leave it, growing it with
headroom, so the axes move a few times per run instead of on every frame.
:meth:`release` hands the view back to pyqtgraph's auto-range (at the end of a run: one
tight fit).  Extents are in view coordinates (log10 of the data on a log axis).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg


def _grow(current: tuple[float, float] | None, lo: float, hi: float,
          headroom: float) -> tuple[float, float] | None:
    """The range to show for data in [lo, hi]: ``current`` if it holds them, else a wider one."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return current
    if current is not None and current[0] <= lo and hi <= current[1]:
        return current
    span = hi - lo
    if span <= 0:
        span = abs(hi) or 1.0
    new_lo, new_hi = lo - headroom * span, hi + headroom * span
    if current is not None:                 # never shrink while a run streams
        new_lo, new_hi = min(new_lo, current[0]), max(new_hi, current[1])
    return new_lo, new_hi


class SteadyRange:
    """The view range of ``plot`` while a run streams into it (see the module's docstring).

    ``floor``: the y range never starts below it while the data do not (a cost ≥ 0, a
    density ≥ 0); ``headroom``: the fraction of the data's span added on each side when the
    range has to grow.  :meth:`start` may fix the x range for the run (0 … the number of
    iterations, say); otherwise x follows the data as y does.
    """

    def __init__(self, plot: pg.PlotWidget, headroom: float = 0.25, floor: float | None = None):
        self.view = plot.getPlotItem().getViewBox()
        self.headroom, self.floor = headroom, floor
        self.x: tuple[float, float] | None = None
        self.y: tuple[float, float] | None = None
        self.fixed_x: tuple[float, float] | None = None
        self.changes = 0                     # how often the range moved (tests, benchmarks)

    def start(self, x: tuple[float, float] | None = None) -> None:
        """A new run: forget the last range; ``x`` fixes the horizontal one."""
        self.view.disableAutoRange()
        self.x = self.fixed_x = x
        self.y = None
        if x is not None:
            self.view.setXRange(*x, padding=0)
            self.changes += 1

    def follow(self, x: tuple[float, float] | None = None, y: tuple[float, float] | None = None) -> bool:
        """The data now span ``x`` and ``y``; True if the view range had to change."""
        self.view.disableAutoRange()
        nx = self.x if self.fixed_x is not None or x is None else _grow(self.x, *x, self.headroom)
        ny = self.y
        if y is not None:
            ny = _grow(self.y, *y, self.headroom)
            if ny is not None and self.floor is not None and ny[0] < self.floor <= y[0]:
                ny = (self.floor, ny[1])
        if nx == self.x and ny == self.y:
            return False
        self.x, self.y = nx, ny
        self.view.setRange(xRange=nx, yRange=ny, padding=0)
        self.changes += 1
        return True

    def release(self) -> None:
        """The run is over: back to pyqtgraph's auto-range (one fit to the data)."""
        self.x = self.y = self.fixed_x = None
        self.view.enableAutoRange()


def extent(*arrays) -> tuple[float, float]:
    """(min, max) over the finite values of ``arrays`` ((nan, nan) when there are none)."""
    lo, hi = math.inf, -math.inf
    for a in arrays:
        if a is None or len(a) == 0:
            continue
        a = np.asarray(a, dtype=float)
        finite = a[np.isfinite(a)]
        if finite.size:
            lo, hi = min(lo, float(finite.min())), max(hi, float(finite.max()))
    return (lo, hi) if lo <= hi else (math.nan, math.nan)
