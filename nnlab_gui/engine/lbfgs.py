"""L-BFGS for several independent problems advanced in lockstep.

The λ sweep trains one network per λ on the same data.  Their evaluations are cheapest
together (one stacked product for all networks), so the optimiser hands out one trial
point per problem, takes all their ``(f, ∇f)`` back at once, and moves every problem on::

    opt = LockstepLBFGS(x0s)                  # x0s: (S, n), one row per problem
    while opt.active:
        trials = opt.trials()                 # {problem: point}
        opt.tell({s: f_and_grad(s, x) for s, x in trials.items()})

Each problem is plain L-BFGS (Nocedal & Wright, Algorithms 7.4–7.5: the two-loop
recursion over the last ``memory`` pairs s = x₊ − x, y = ∇f₊ − ∇f, with H₀ = sᵀy/yᵀy),
with a line search for the strong Wolfe conditions (Algorithms 3.5–3.6, c₁ = 1e-4,
c₂ = 0.9, cubic interpolation in the zoom).  The first step has length 1/‖∇f‖, later
ones start at 1.  An iteration is one accepted step, as in scipy's ``nit``.

No bounds: unlike L-BFGS-B, nothing here is spent on projections or a Cauchy point, so
an iteration costs a few dozen vector operations (scipy's L-BFGS-B also holds the GIL
while it works, which serialises one-thread-per-problem runs).

The constructor checks its arguments: ``x0`` finite (S, n) with S, n ≥ 1, ``max_iter`` 1 …
``MAX_ITER``, ``memory`` and ``max_ls`` 1 … 1000, ``ftol`` in [0, 1), and the S problems'
memory pairs within :data:`~nnlab_gui.engine.arg_checks.MEMORY_LIMIT`.  :meth:`tell` takes
results only for active problems, with a real cost (non-finite costs at trial points are
part of the line search) and a gradient of n entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.linalg.blas import daxpy, ddot

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["LockstepLBFGS"]
MAX_ITER = 1_000_000


@dataclass
class _Problem:
    x: np.ndarray
    f: float = np.nan
    g: np.ndarray | None = None
    p: np.ndarray | None = None          # search direction
    mem: list = field(default_factory=list)   # (s, y, 1/sᵀy), oldest first
    nit: int = 0
    nfev: int = 0
    done: bool = False
    message: str = ""
    # line search state
    a: float = 0.0                       # trial step
    d0: float = 0.0                      # ∇f·p at step 0
    prev: tuple = ()                     # (a, f, d, g) of the previous trial (bracketing phase)
    lo: tuple = ()                       # (a, f, d, g) best step so far (zoom phase)
    hi: tuple = ()                       # (a, f, d) other end of the bracket
    tries: int = 0
    restarted: bool = False


class LockstepLBFGS:
    """L-BFGS on the rows of ``x0`` (S problems of n variables), one evaluation per problem per round.

    ``max_iter`` accepted steps per problem; ``ftol`` > 0 also stops a problem when
    (f − f₊) ≤ ftol · max(|f|, |f₊|, 1) (scipy's rule); ``max_ls`` trials per line search.
    """

    C1, C2 = 1e-4, 0.9

    def __init__(self, x0: np.ndarray, max_iter: int = 400, memory: int = 10, ftol: float = 0.0,
                 max_ls: int = 20):
        x0 = np.array(ck.array(Problem(N_("x0 (starting points)")), x0, empty=True, finite=False), dtype=float,
                      ndmin=2)
        if x0.ndim != 2 or not np.all(np.isfinite(x0)):
            raise ck.BadArgument(N_("starting points x0 must be a finite (S, n) array, got shape {shape}"),
                                 shape=x0.shape)
        if x0.size == 0:
            raise ck.BadArgument(N_("starting points x0 have shape {shape}: at least one problem of at least one "
                                    "variable is needed"), shape=x0.shape)
        self.max_iter = ck.integer("max_iter", max_iter, 1, MAX_ITER)
        self.memory = ck.integer("memory", memory, 1, 1000)
        self.ftol = ck.real("ftol", ftol, 0.0, 1.0, hi_open=True)
        self.max_ls = ck.integer("max_ls", max_ls, 1, 1000)
        ck.memory(Problem(N_("L-BFGS on {problems} problems of {variables} variables with memory {memory}"),
                          problems=x0.shape[0], variables=x0.shape[1], memory=self.memory),
                  8.0 * x0.size * (2 * self.memory + 8), Problem(N_("use a smaller memory")))
        self.n = x0.shape[1]
        self.problems = [_Problem(x.copy()) for x in x0]
        self._first = True

    # ------------------------------------------------------------------ public
    @property
    def active(self) -> list[int]:
        return [i for i, p in enumerate(self.problems) if not p.done]

    def trials(self) -> dict[int, np.ndarray]:
        """The point each active problem needs evaluated next."""
        if self._first:
            return {i: p.x for i, p in enumerate(self.problems)}
        return {i: p.x + p.a * p.p for i, p in enumerate(self.problems) if not p.done}

    def tell(self, results: dict[int, tuple[float, np.ndarray]]) -> list[int]:
        """Take ``{problem: (f, ∇f)}`` for the trial points; returns the problems that
        completed an iteration (their ``x``, ``f``, ``g``, ``nit`` are new)."""
        stepped = []
        for i, (f, g) in self._checked(results):
            pr = self.problems[i]
            pr.nfev += 1
            if self._first:
                self._start(pr, f, g)
            elif self._line_search(pr, f, g):
                stepped.append(i)
        self._first = False
        return stepped

    def x(self, i: int) -> np.ndarray:
        return self.problems[ck.integer("problem", i, 0, len(self.problems) - 1)].x

    def _checked(self, results) -> list[tuple[int, tuple[float, np.ndarray]]]:
        """``results`` as (problem, (f, ∇f)) pairs: active problems, real costs, n-entry gradients."""
        if not hasattr(results, "items"):
            raise ck.BadArgument(N_("tell needs a mapping {{problem: (f, ∇f)}}, got {value}"), value=ck.show(results))
        out = []
        for i, value in results.items():
            if isinstance(i, bool) or not isinstance(i, (int, np.integer)) or not 0 <= i < len(self.problems) \
                    or self.problems[i].done:
                raise ck.BadArgument(N_("problem {problem} is not an active problem (active: {active})"),
                                     problem=ck.show(i), active=self.active)
            try:
                f, g = value
            except (TypeError, ValueError):
                raise ck.BadArgument(N_("problem {problem}: expected a pair (f, ∇f), got {value}"), problem=i,
                                     value=ck.show(value)) from None
            if isinstance(f, (bool, np.bool_)) or not isinstance(f, (int, float, np.integer, np.floating)):
                raise ck.BadArgument(N_("problem {problem}: the cost f must be a number, got {value}"), problem=i,
                                     value=ck.show(f))
            try:
                f = float(f)
            except OverflowError:
                raise ck.BadArgument(N_("problem {problem}: the cost f = {value} is too large for a float"), problem=i,
                                     value=ck.show(f)) from None
            g = ck.array(Problem(N_("problem {problem}: the gradient"), problem=i), g, finite=False, empty=True)
            if g.shape != (self.n,):
                raise ck.BadArgument(N_("problem {problem}: the gradient has shape {shape}, expected ({n},)"),
                                     problem=i, shape=g.shape, n=self.n)
            out.append((int(i), (f, g)))
        return out

    # ---------------------------------------------------------------- internals
    def _start(self, pr: _Problem, f: float, g: np.ndarray) -> None:
        pr.f, pr.g = f, g
        if not np.isfinite(f) or not np.all(np.isfinite(g)):
            self._finish(pr, "the cost is not finite at the starting point")
        elif self.max_iter < 1:
            self._finish(pr, "no iterations asked for")
        else:
            self._new_direction(pr)

    def _finish(self, pr: _Problem, message: str) -> None:
        pr.done, pr.message = True, message

    def _new_direction(self, pr: _Problem) -> None:
        """p = −H∇f by the two-loop recursion; start the line search."""
        gnorm = float(np.linalg.norm(pr.g))
        if gnorm == 0.0:
            self._finish(pr, "the gradient is zero")
            return
        # BLAS level 1 in place (ddot, daxpy): half the passes of NumPy's q -= a * y
        q = pr.g.copy()
        alphas = []
        for s, y, rho in reversed(pr.mem):
            a = rho * ddot(s, q)
            q = daxpy(y, q, a=-a)          # in place (q is contiguous float64)
            alphas.append(a)
        if pr.mem:
            s, y, rho = pr.mem[-1]
            q *= 1.0 / (rho * ddot(y, y))                       # H₀ = sᵀy / yᵀy
        for (s, y, rho), a in zip(pr.mem, reversed(alphas)):
            q = daxpy(s, q, a=a - rho * ddot(y, q))
        pr.p = np.negative(q, out=q)
        pr.d0 = float(pr.g @ pr.p)
        if not pr.d0 < 0.0:                                     # not a descent direction: forget
            pr.mem.clear()
            pr.p = -pr.g
            pr.d0 = -gnorm * gnorm
        pr.a = 1.0 if pr.mem else 1.0 / float(np.linalg.norm(pr.p))
        pr.prev, pr.lo, pr.hi, pr.tries = (0.0, pr.f, pr.d0, None), (), (), 0

    def _line_search(self, pr: _Problem, f: float, g: np.ndarray) -> bool:
        """One trial of the strong-Wolfe search; True when the step was accepted."""
        a, pr.tries = pr.a, pr.tries + 1
        d = float(g @ pr.p) if np.isfinite(f) else np.nan
        armijo = np.isfinite(f) and np.isfinite(d) and f <= pr.f + self.C1 * a * pr.d0
        curvature = armijo and abs(d) <= -self.C2 * pr.d0
        if not pr.lo:                                           # bracketing (Algorithm 3.5)
            a0, f0, d_prev, _ = pr.prev
            if not armijo or (pr.tries > 1 and f >= f0):
                pr.lo, pr.hi = pr.prev, (a, f, d)
            elif curvature:
                return self._accept(pr, a, f, g)
            elif d >= 0:
                pr.lo, pr.hi = (a, f, d, g), (a0, f0, d_prev)
            else:
                pr.prev = (a, f, d, g)
                pr.a = 2.0 * a
                return self._maybe_give_up(pr, (a, f, d, g))
        else:                                                   # zoom (Algorithm 3.6)
            a_lo, f_lo, d_lo, g_lo = pr.lo
            if not armijo or f >= f_lo:
                pr.hi = (a, f, d)
            elif curvature:
                return self._accept(pr, a, f, g)
            else:
                if d * (pr.hi[0] - a_lo) >= 0:
                    pr.hi = (a_lo, f_lo, d_lo)
                pr.lo = (a, f, d, g)
        pr.a = self._interpolate(pr.lo, pr.hi)
        return self._maybe_give_up(pr, pr.lo)

    def _maybe_give_up(self, pr: _Problem, best: tuple) -> bool:
        if pr.tries < self.max_ls:
            return False
        a, f, _d, g = best
        if a > 0 and g is not None and f < pr.f:                # some decrease: take it
            return self._accept(pr, a, f, g)
        if pr.mem and not pr.restarted:                         # retry along −∇f
            pr.restarted = True
            pr.mem.clear()
            self._new_direction(pr)
            return False
        self._finish(pr, "the line search found no decrease (rounding noise near a minimum)")
        return False

    @staticmethod
    def _interpolate(lo: tuple, hi: tuple) -> float:
        """Minimiser of the cubic through (a, f, f') at both ends, kept inside the bracket."""
        (a0, f0, d0), (a1, f1, d1) = lo[:3], hi[:3]
        lo_b, hi_b = min(a0, a1), max(a0, a1)
        width = hi_b - lo_b
        guess = 0.5 * (a0 + a1)
        if all(np.isfinite(v) for v in (f0, f1, d0, d1)) and width > 0:
            t1 = d0 + d1 - 3.0 * (f0 - f1) / (a0 - a1)
            disc = t1 * t1 - d0 * d1
            if disc >= 0:
                t2 = np.copysign(np.sqrt(disc), a1 - a0)
                denom = d1 - d0 + 2.0 * t2
                if denom != 0:
                    guess = a1 - (a1 - a0) * (d1 + t2 - t1) / denom
        return float(np.clip(guess, lo_b + 0.1 * width, hi_b - 0.1 * width)) if width > 0 else float(guess)

    def _accept(self, pr: _Problem, a: float, f: float, g: np.ndarray) -> bool:
        s = a * pr.p
        y = g - pr.g
        sy = float(s @ y)
        if sy > 1e-10 * float(y @ y):                           # keep only curvature-positive pairs
            pr.mem.append((s, y, 1.0 / sy))
            if len(pr.mem) > self.memory:
                pr.mem.pop(0)
        f_old = pr.f
        pr.x = pr.x + s
        pr.f, pr.g = f, g
        pr.nit += 1
        pr.restarted = False
        if pr.nit >= self.max_iter:
            self._finish(pr, f"reached {self.max_iter} iterations")
        elif self.ftol > 0 and f_old - f <= self.ftol * max(abs(f_old), abs(f), 1.0):
            self._finish(pr, "relative reduction of f ≤ ftol")
        else:
            self._new_direction(pr)
        return True
