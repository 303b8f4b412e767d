"""The model engines' messages as templates (engine.texts.Problem): sampling, the Gibbs chain,
the sampling jobs and running statistics, the CNN calculator and its layers, the generator,
inpainting, the sparse autoencoder, the MLP, the latent helpers and the expression evaluator.
Each bad input raises a Problem whose English text is the one the f-strings gave, and whose
translation fills the translated template, the nested argument names and reasons included."""

from __future__ import annotations

import ast

import numpy as np
import pytest

from nnlab_gui.engine import (cnn, gibbs_chain, latent, mlp_net, running_stats, safe_expr, sampling,
                              sampling_jobs, sparse_ae)
from nnlab_gui.engine.cnn import Conv2d, Dropout, LayerError, MaxPool2d
from nnlab_gui.engine.generator import Generator, column_major_permutation
from nnlab_gui.engine.inpaint import keep_first, reconstruct
from nnlab_gui.engine.texts import Problem

FAKE = {
    "the interval [{lo}, {hi}] is empty: the upper end must exceed the lower end": "EMPTY [{lo}; {hi}]",
    "the density '{density}' is not finite on [{lo:g}, {hi:g}]: {what} at s = {s:.4g}": "NOT-FINITE {density} <{what}> @{s:.4g}",
    "infinite or too large (it overflows)": "OVERFLOW",
    "the Laplace scale b must be positive and finite, got {b}": "LAPLACE-B>0 NOT {b}",
    "the start point ({x0:g}, {x1:g}) lies outside the unit disk": "START ({x0:g}; {x1:g}) OUTSIDE",
    "{what} must be a whole number, got {value}": "{what} WHOLE NOT {value}",
    "the largest lag": "LARGEST-LAG",
    "the bin edges must be at least two increasing numbers, got {count}": "EDGES<2: {count}",
    "the largest lag must be in 0…10⁴, got {lag}": "LAG 0..10^4 NOT {lag}",
    "the chain has a value that is not a finite number": "CHAIN NOT FINITE",
    "layer {n} ({layer}): {why}": "L{n} [{layer}] {why}",
    "output height {size} is not positive (the window is larger than the input)": "HEIGHT {size} <= 0 (WINDOW)",
    "{what} must be ≥ {least}, got {value}": "{what} >= {least} NOT {value}",
    "{kind} filters": "FILTERS({kind})",
    "input size": "INPUT-SIZE",
    "{what} must be at most {most:,}, got {value}": "{what} <= {most:,} NOT {value}",
    "a number of about {n} digits": "~{n} DIGITS",
    "dropout rate must be in [0, 1), got {rate}": "DROPOUT [0,1) NOT {rate}",
    "{what} must be one integer or a pair (height, width), got {value}": "{what} ONE OR PAIR NOT {value}",
    "{kind} kernel": "KERNEL({kind})",
    "the network has no layer with units": "NO UNITS",
    "side must be a whole number from 1 to 1024, got {side!r}": "SIDE 1..1024 NOT {side!r}",
    "latent vectors have {count} entries, the generator takes {size}": "Z HAS {count}, G TAKES {size}",
    "the generator '{name}' has no encoder": "NO ENCODER IN {name}",
    "the optimisation diverged at step {step} (learning rate {lr} is too large for '{optimizer}')":
        "DIVERGED @{step} LR {lr} / {optimizer}",
    "parameter vector has {count} entries, a {sizes} autoencoder needs {need}": "VEC {count} / AE {sizes} NEEDS {need}",
    "unexpected node {type}": "NODE {type}?",
    "labels must lie in 0..{top}, found {lo}..{hi}": "LABELS 0..{top} NOT {lo}..{hi}",
    "unknown interpolation method {method}: use 'linear' or 'spherical'": "INTERPOLATION {method}?",
}


def fake_tr(text: str) -> str:
    return FAKE.get(text, text)


def problem_of(call, *args, **kwargs) -> Problem:
    with pytest.raises(ValueError) as info:
        call(*args, **kwargs)
    assert isinstance(info.value, Problem), type(info.value)
    return info.value


def small_generator(d: int = 10, h: int = 32) -> Generator:
    rng = np.random.default_rng(0)
    return Generator(rng.normal(0, 0.6, (h, d)), rng.normal(0, 0.2, h),
                     rng.normal(0, 0.4, (784, h)), rng.normal(0, 0.3, 784), name="small")


# ------------------------------------------------------------------------ sampling
def test_sampling_interval_and_density_messages():
    p = problem_of(sampling.make_density, "0.5 + s", 1, 1)
    assert str(p) == "the interval [1.0, 1.0] is empty: the upper end must exceed the lower end"
    assert p.text(fake_tr) == "EMPTY [1.0; 1.0]"
    p = problem_of(sampling.make_density, "1/(s - 0.5)", 0, 1)
    assert str(p) == "the density '1/(s - 0.5)' is not finite on [0, 1]: infinite or too large (it overflows) at s = 0.5"
    assert p.text(fake_tr) == "NOT-FINITE 1/(s - 0.5) <OVERFLOW> @0.5"
    p = problem_of(sampling.make_density, "s - 1", 0, 1)
    assert str(p) == "the density 's - 1' is negative on [0, 1], e.g. -1 at s = 0: a density is never negative"
    assert str(problem_of(sampling.make_density, "0 * s", 0, 1)) == "the density '0 * s' has zero total mass on [0, 1]"
    assert str(problem_of(sampling.make_density, "s", 0, 2e6)) == \
        "the interval [0, 2e+06] is too wide: its ends must lie within ±1e+06"


def test_sampling_laplace_and_uniform_messages():
    p = problem_of(sampling.laplace_pdf, np.zeros(3), -1)
    assert str(p) == "the Laplace scale b must be positive and finite, got -1.0"
    assert p.text(fake_tr) == "LAPLACE-B>0 NOT -1.0"
    assert str(problem_of(sampling.laplace_noise, (2, 2), -0.5)) == \
        "the Laplace scale b must be zero or positive and finite, got -0.5"
    assert str(problem_of(sampling.closed_form_inverse, [0.5, 2.0])) == "x must lie in [0, 1] (a uniform draw)"
    p = problem_of(lambda: next(sampling.iter_inverse_cdf(sampling.make_density("0.5 + s"), "many")))
    assert str(p) == "the number of samples must be a whole number, got 'many'"


# -------------------------------------------------------------------- Gibbs chain
def test_gibbs_chain_messages_and_the_re_export():
    assert sampling.sample_gibbs_disk is gibbs_chain.sample_gibbs_disk
    p = problem_of(sampling.sample_gibbs_disk, 10, start=(2.0, 0.0))
    assert str(p) == "the start point (2, 0) lies outside the unit disk"
    assert p.text(fake_tr) == "START (2; 0) OUTSIDE"
    assert str(problem_of(gibbs_chain.r2_uniformity, [1.0, 2.0, 3.0])) == \
        "the points must be pairs (x0, x1), got 3 numbers"
    p = problem_of(gibbs_chain.autocorrelation, [1.0, 2.0, 3.0], "x")
    assert str(p) == "the largest lag must be a whole number, got 'x'"
    assert p.text(fake_tr) == "LARGEST-LAG WHOLE NOT 'x'"


# ---------------------------------------------------------- sampling jobs, running stats
def test_sampling_jobs_messages():
    p = problem_of(sampling_jobs.density_histogram, [0.5], [1.0])
    assert str(p) == "the bin edges must be at least two increasing numbers, got 1"
    assert p.text(fake_tr) == "EDGES<2: 1"
    assert str(problem_of(sampling_jobs.chain_stats, np.zeros(41))) == \
        "the chain's points must be pairs (x0, x1), got 41 numbers"


def test_running_stats_messages():
    p = problem_of(running_stats.RunningChain, -1)
    assert str(p) == "the largest lag must be in 0…10⁴, got -1"
    assert p.text(fake_tr) == "LAG 0..10^4 NOT -1"
    assert str(problem_of(running_stats.RunningChain, 5, [1.0])) == "the bin edges must be at least two increasing numbers"
    p = problem_of(running_stats.RunningChain().extend, [[np.nan, 0.0]])
    assert str(p) == "the chain has a value that is not a finite number"
    assert p.text(fake_tr) == "CHAIN NOT FINITE"


# --------------------------------------------------------------------------- CNN
def test_cnn_layer_error_is_a_translated_problem():
    layer = Conv2d(8, 29)
    ax = cnn._forward_axis(28, 29, 1, 0, 1)
    p = problem_of(cnn.summarize, (28, 28, 1), [layer])
    assert isinstance(p, LayerError) and p.index == 0 and p.layer is layer
    assert str(p) == (f"layer 1 ({cnn.layer_label(layer)}): output height {ax.text} is not positive "
                      "(the window is larger than the input)")
    assert p.text(fake_tr) == f"L1 [{cnn.layer_label(layer)}] HEIGHT {ax.text} <= 0 (WINDOW)"


def test_cnn_network_messages():
    p = problem_of(cnn.summarize, (0,), [])
    assert str(p) == "input size must be ≥ 1, got 0"
    assert p.text(fake_tr) == "INPUT-SIZE >= 1 NOT 0"
    assert str(problem_of(cnn.summarize, "28x28", [])) == "input shape must be (H, W, C), (H, W) or (n,), got '28x28'"
    assert str(problem_of(cnn.summarize, (28, 28), "conv")) == "layers must be a list of layers, got 'conv'"
    assert str(problem_of(cnn.summarize, (28, 28), [3])) == "layer 1: not a layer: 3"
    assert str(problem_of(cnn.summarize, (4,), [cnn.Flatten()] * 1001)) == "a network has at most 1,000 layers, got 1,001"
    p = problem_of(cnn.code_size, cnn.summarize((4, 4, 1), [MaxPool2d(2)]))
    assert str(p) == "the network has no layer with units" and p.text(fake_tr) == "NO UNITS"


def test_cnn_layer_argument_messages():
    p = problem_of(Conv2d, 0, 3)
    assert str(p) == "conv filters must be ≥ 1, got 0"
    assert p.text(fake_tr) == "FILTERS(conv) >= 1 NOT 0"
    p = problem_of(Conv2d, 2**400, 3)
    assert str(p) == "conv filters must be at most 1,000,000, got a number of about 121 digits"
    assert p.text(fake_tr) == "FILTERS(conv) <= 1,000,000 NOT ~121 DIGITS"
    p = problem_of(MaxPool2d, (2, 2, 2))
    assert str(p) == "pool kernel must be one integer or a pair (height, width), got (2, 2, 2)"
    assert p.text(fake_tr) == "KERNEL(pool) ONE OR PAIR NOT (2, 2, 2)"
    assert str(problem_of(Conv2d, 8, 3.5)) == "conv kernel must be an integer, got 3.5"
    assert str(problem_of(Conv2d, 8, 3, padding="full")) == "conv padding must be an integer, 'same' or 'valid', got 'full'"
    assert str(problem_of(Conv2d, 8, 3, stride=1e30)) == "conv stride must be at most 1,000,000, got 1e+30"
    assert str(problem_of(cnn.ConvTranspose2d, 8, 3, output_padding=-1)) == "deconv output padding must be ≥ 0, got -1"
    assert str(problem_of(cnn.Dense, 0)) == "fc units must be ≥ 1, got 0"
    p = problem_of(Dropout, 1.5)
    assert str(p) == "dropout rate must be in [0, 1), got 1.5" and p.text(fake_tr) == "DROPOUT [0,1) NOT 1.5"
    assert str(problem_of(Dropout, "x")) == "dropout rate must be a number, got 'x'"


# --------------------------------------------------------------- generator, inpainting
def test_generator_messages():
    p = problem_of(column_major_permutation, 0)
    assert str(p) == "side must be a whole number from 1 to 1024, got 0" and p.text(fake_tr) == "SIDE 1..1024 NOT 0"
    g = small_generator()
    p = problem_of(g.decode, np.zeros((2, 3)))
    assert str(p) == "latent vectors have 3 entries, the generator takes 10"
    assert p.text(fake_tr) == "Z HAS 3, G TAKES 10"
    p = problem_of(g.encode, np.zeros((1, 28, 28)))
    assert str(p) == "the generator 'small' has no encoder" and p.text(fake_tr) == "NO ENCODER IN small"


def test_inpainting_divergence_message():
    g = small_generator()
    T = keep_first(300)
    p = problem_of(reconstruct, g, T, T.apply(np.full((28, 28), 0.2)), optimizer="gd", lr=1e6, iterations=50,
                   restarts=2)
    assert str(p).startswith("the optimisation diverged at step ") and str(p).endswith(" is too large for 'gd')")
    step = p.template_kwargs["step"]
    assert str(p) == f"the optimisation diverged at step {step} (learning rate {p.template_kwargs['lr']} is too large for 'gd')"
    assert p.text(fake_tr) == f"DIVERGED @{step} LR {p.template_kwargs['lr']} / gd"


# ------------------------------------------------- sparse AE, MLP, latent, expressions
def test_sparse_ae_mlp_latent_and_expression_messages():
    need = sparse_ae.net.n_params((4, 2, 4))
    p = problem_of(sparse_ae.unpack, np.zeros(3), 4, 2)
    assert str(p) == f"parameter vector has 3 entries, a 4-2-4 autoencoder needs {need}"
    assert p.text(fake_tr) == f"VEC 3 / AE 4-2-4 NEEDS {need}"
    p = problem_of(mlp_net._one_hot, np.array([0, 5]), 3)
    assert str(p) == "labels must lie in 0..2, found 0..5" and p.text(fake_tr) == "LABELS 0..2 NOT 0..5"
    p = problem_of(latent.interpolate, np.zeros(2), np.ones(2), 4, "cubic")
    assert str(p) == "unknown interpolation method 'cubic': use 'linear' or 'spherical'"
    assert p.text(fake_tr) == "INTERPOLATION 'cubic'?"
    assert str(problem_of(latent.interpolate, np.zeros(2), np.ones(3))) == \
        "the end points z0 and z1 differ in size: (2,) and (3,)"
    p = problem_of(safe_expr._eval, ast.Tuple(elts=[], ctx=ast.Load()), np.zeros(1), "s")
    assert str(p) == "unexpected node Tuple" and p.text(fake_tr) == "NODE Tuple?"
