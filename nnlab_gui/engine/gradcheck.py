"""Gradient checking by centred differences (SPEC §3).

For every parameter θ_i::

    num_i = (J(θ + ε e_i) − J(θ − ε e_i)) / (2ε),      ε = 1e-4

and the agreement with the analytic (back-propagated) gradient is the relative difference::

    ‖num − ana‖ / ‖num + ana‖      (below 1e-9 for a correct MLP back-propagation)

``check_nn_gradients(lam)`` is the course's ``checkNNGradients``: a 3-5-3 network, 5
samples, deterministic ``sin`` weights and inputs, labels ``(1..5) mod 3``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from nnlab_gui.engine import mlp

__all__ = ["numerical_gradient", "relative_difference", "GradCheck", "check",
           "check_nn_gradients"]


def _cost_only(f, theta):
    out = f(theta)
    return float(out[0] if isinstance(out, tuple) else out)


def numerical_gradient(f: Callable, theta, eps: float = 1e-4) -> np.ndarray:
    """Centred differences of ``f`` (returning a cost, or ``(cost, grad)``) at ``theta``."""
    theta = np.array(theta, dtype=float).ravel()
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
    theta = np.array(theta, dtype=float).ravel()
    _, ana = f(theta.copy())
    ana = np.asarray(ana, dtype=float).ravel()
    if ana.shape != theta.shape:
        raise ValueError(f"f returned a gradient of shape {ana.shape} for {theta.size} parameters")
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
    layers = (input_size, hidden_size, num_labels)
    thetas = mlp.debug_params(layers)
    # X = debugInitializeWeights(m, input_size − 1): sin(1..m·input_size)/10, column-major
    X = np.sin(np.arange(1, m * input_size + 1)).reshape(input_size, m).T / 10.0
    y = np.arange(1, m + 1) % num_labels        # the course's 1 + mod(1:m, K), 0-based
    Y = mlp._one_hot(y, num_labels)

    def f(vec):
        J, grads = mlp._cost_grad(mlp.unpack(vec, layers), X, Y, float(lam))
        return J, mlp.pack(grads)

    return check(f, mlp.pack(thetas), eps)
