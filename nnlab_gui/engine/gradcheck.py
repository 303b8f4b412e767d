"""Gradient checking by centred differences (SPEC §3).

For every parameter θ_i::

    num_i = (J(θ + ε e_i) − J(θ − ε e_i)) / (2ε),      ε = 1e-4

and the agreement with the analytic (back-propagated) gradient is the relative difference::

    ‖num − ana‖ / ‖num + ana‖      (below 1e-9 for a correct MLP back-propagation)

``check_nn_gradients(lam)`` is the course's ``checkNNGradients``: a 3-5-3 network, 5
samples, deterministic ``sin`` weights and inputs, labels ``(1..5) mod 3``.

Arguments are checked at entry: ``f`` callable, returning ``(cost, grad)`` (or a cost for
:func:`numerical_gradient`) with a finite cost and a finite gradient of θ's size; ``theta``
finite with 1 … ``MAX_PARAMETERS`` entries (the check calls ``f`` 2n times); ``eps`` in
(0, ``EPS_MAX``].  A non-finite cost or gradient from ``f`` is refused with a message
(it would make the relative difference NaN).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine import mlp
from nnlab_gui.engine.texts import N_, Problem

MAX_PARAMETERS = 100_000      # 2·10⁵ evaluations of f at most
EPS_MAX = 1.0                 # a centred difference wider than this says nothing about a gradient
MAX_NN_SIZE = 100             # check_nn_gradients: units per layer (the course uses 3-5-3)
MAX_NN_SAMPLES = 1000
__all__ = ["numerical_gradient", "relative_difference", "GradCheck", "check",
           "check_nn_gradients"]


def _cost_only(f, theta):
    out = f(theta)
    return _cost(out[0] if isinstance(out, tuple) else out, theta)


def _cost(value, theta) -> float:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)) \
            and not (isinstance(value, np.ndarray) and value.size == 1):
        raise ck.BadArgument(N_("f must return a number as its cost, got {value}"), value=ck.show(value))
    try:
        cost = float(np.asarray(value).ravel()[0]) if isinstance(value, np.ndarray) else float(value)
    except OverflowError:
        cost = float("inf")
    if not np.isfinite(cost):
        raise ck.BadArgument(N_("f returned a non-finite cost ({cost}) at θ of norm {norm:.4g}: the gradient check "
                                "needs finite costs"), cost=cost, norm=np.linalg.norm(theta))
    return cost


def _check_args(f, theta, eps) -> tuple[np.ndarray, float]:
    ck.callable_arg("f", f, Problem(N_("a function θ -> (cost, grad)")))
    theta = ck.array("theta (θ)", theta).ravel()
    if theta.size > MAX_PARAMETERS:
        raise ck.BadArgument(N_("theta (θ) has {count} parameters; at most {most} (the check evaluates f twice per "
                                "parameter)"), count=theta.size, most=MAX_PARAMETERS)
    return theta, ck.real("eps (ε)", eps, 0.0, EPS_MAX, lo_open=True)


def numerical_gradient(f: Callable, theta, eps: float = 1e-4) -> np.ndarray:
    """Centred differences of ``f`` (returning a cost, or ``(cost, grad)``) at ``theta``."""
    theta, eps = _check_args(f, theta, eps)
    theta = theta.copy()
    num = np.empty_like(theta)
    for i in range(theta.size):
        old = theta[i]
        theta[i] = old + eps
        plus = _cost_only(f, theta)
        theta[i] = old - eps
        minus = _cost_only(f, theta)
        theta[i] = old
        num[i] = (plus - minus) / (2.0 * eps)
    return num


@dataclass(frozen=True, eq=False)
class GradCheck:
    numeric: np.ndarray
    analytic: np.ndarray
    relative_difference: float


def check(f: Callable, theta, eps: float = 1e-4) -> GradCheck:
    """Numeric and analytic gradient of ``f(theta) -> (cost, grad)`` side by side."""
    theta, eps = _check_args(f, theta, eps)
    out = f(theta.copy())
    if not isinstance(out, tuple) or len(out) != 2:
        raise ck.BadArgument(N_("f must return (cost, grad), got {value}"), value=ck.show(out))
    _cost(out[0], theta)
    ana = ck.array(Problem(N_("the gradient f returned")), out[1], empty=True, finite=False).ravel()
    if ana.shape != theta.shape:
        raise ck.BadArgument(N_("f returned a gradient of shape {shape} for {count} parameters"), shape=ana.shape,
                             count=theta.size)
    if not np.all(np.isfinite(ana)):
        raise ck.BadArgument(N_("f returned a gradient with NaN/inf entries: the gradient check needs a finite one"))
    num = numerical_gradient(f, theta, eps)
    denom = np.linalg.norm(num + ana)
    rel = float(np.linalg.norm(num - ana) / denom) if denom > 0 else float(np.linalg.norm(num - ana))
    return GradCheck(num, ana, rel)


def relative_difference(f: Callable, theta, eps: float = 1e-4) -> float:
    """``‖num − ana‖ / ‖num + ana‖`` for ``f(theta) -> (cost, grad)`` (API.md)."""
    return check(f, theta, eps).relative_difference


def check_nn_gradients(lam: float = 0.0, input_size: int = 3, hidden_size: int = 5,
                       num_labels: int = 3, m: int = 5, eps: float = 1e-4) -> GradCheck:
    """The course's ``checkNNGradients(λ)`` on the MLP of :mod:`nnlab_gui.engine.mlp`."""
    lam = mlp.check_lam(lam)
    layers = tuple(ck.integer(name, v, 1, MAX_NN_SIZE) for name, v in
                   (("input_size", input_size), ("hidden_size", hidden_size), ("num_labels", num_labels)))
    input_size, hidden_size, num_labels = layers
    m = ck.integer(Problem(N_("m (samples)")), m, 1, MAX_NN_SAMPLES)
    eps = ck.real("eps (ε)", eps, 0.0, EPS_MAX, lo_open=True)
    thetas = mlp.debug_params(layers)
    # X = debugInitializeWeights(m, input_size − 1): sin(1..m·input_size)/10, column-major
    X = np.sin(np.arange(1, m * input_size + 1)).reshape(input_size, m).T / 10.0
    y = np.arange(1, m + 1) % num_labels        # the course's 1 + mod(1:m, K), 0-based
    Y = mlp._one_hot(y, num_labels)

    def f(vec):
        J, grads = mlp._cost_grad(mlp.unpack(vec, layers), X, Y, float(lam))
        return J, mlp.pack(grads)

    return check(f, mlp.pack(thetas), eps)
