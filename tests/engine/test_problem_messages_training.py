"""The training engines' messages as templates (engine.texts.Problem): the MLP and its sweep
checks, the inpainting operators, cost and runs, L-BFGS, the gradient check, the sparse
autoencoder (its patches and features), softmax regression, whitening and the natural-image
sweeps.  Each bad input raises a Problem whose English text is the one the f-strings gave
(the old messages, unchanged), and whose translation fills the translated template, the
nested argument names, operator names, memory descriptions and hints included.
(mlp_sweep, mlp_batch, inpaint_optim and sparse_ae_net raise no message of their own.)"""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine import (arg_checks, gradcheck, inpaint, inpaint_cost, inpaint_ops, lbfgs, mlp, mlp_net,
                              natural_images, softmax, sparse_ae, sparse_ae_features, sparse_ae_patches, whitening)
from nnlab_gui.engine.generator import Generator
from nnlab_gui.engine.texts import Problem

FAKE = {
    # arg_checks' own templates, so the nested names show
    "{name} must be a whole number{range}": "{name} WHOLE{range}",
    "{name} must be a finite number{range}": "{name} FINITE{range}",
    " from {lo} to {hi}": " IN {lo}..{hi}",
    " {a} and {b}": " {a} & {b}",
    "{want}, got {value}": "{want}; GOT {value}",
    "{what} would need about {mb:,.0f} MB of memory (limit {limit} MB): {hint}": "{what} NEEDS {mb:,.0f}/{limit} MB: {hint}",
    "{what} would need about {mb:,.0f} MB of memory (limit {limit} MB)": "{what} NEEDS {mb:,.0f}/{limit} MB",
    "{name} must be {what}, got {value}": "{name} IS-NOT {what}: {value}",
    "{name} must be True or False, got {value}": "{name} NOT-BOOL {value}",
    # mlp_net, mlp
    "{name} must list 2 to {most} layer sizes (inputs, hidden …, outputs), got {count}": "{name} 2..{most} SIZES NOT {count}",
    "{name}[{i}] (units)": "{name}[{i}] (UNITS)",
    "a network of layers {sizes} ({params:,} weights)": "NET {sizes} ({params:,} W)",
    "Θ{layer} has shape {shape} but Θ{previous} has {units} units: Θ{layer} needs {columns} columns (a bias and "
    "one per unit)": "T{layer} {shape} / T{previous} {units} -> {columns}",
    "m (samples)": "M (SAMPLES)",
    "{count} λ values given; at most {most} networks train at once": "{count} λ > {most}",
    "hidden layer sizes": "HIDDEN-SIZES",
    "training {count} networks of layers {layers} on {samples} samples": "TRAIN {count} NETS {layers} / {samples}",
    "training {count} network of layers {layers} on {samples} samples": "TRAIN {count} NET {layers} / {samples}",
    "use fewer λ values, hidden units or samples": "FEWER",
    # inpainting
    "the mask observes no pixel: paint some observed pixels first": "EMPTY MASK",
    "the observation has {count} values, the operator '{name}' gives {m}": "OBS {count} / '{name}' {m}",
    "keep first {0}": "FIRST {0}",
    "sigma (the noise σ)": "SIGMA (NOISE σ)",
    "an inpainting Operator (keep_first, block_average, from_mask)": "AN OPERATOR",
    "the observation y has {count} values (shape {shape}), the operator '{name}' gives {m}: y must be a vector "
    "of {m}": "Y {count} {shape} '{name}' {m}",
    "Z (latent vectors) has shape {shape}, expected ({d},) or (R, {d}) with 1 ≤ R ≤ {most}: the generator's latent "
    "size is {d}": "Z {shape} NOT ({d},) R≤{most}",
    "starting latents z0 have shape {shape}; expected (k, {d}) with 1 ≤ k ≤ {restarts} (the restarts)":
        "Z0 {shape} (k, {d}) k≤{restarts}",
    "lr (the learning rate μ)": "LR (μ)",
    "{restarts} restarts × {iterations} iterations": "{restarts}R × {iterations}I",
    "use fewer restarts or iterations": "FEWER-R",
    # lbfgs, gradcheck
    "tell needs a mapping {{problem: (f, ∇f)}}, got {value}": "MAPPING {{P: (f, g)}} NOT {value}",
    "problem {problem}: the gradient has shape {shape}, expected ({n},)": "P{problem} G {shape} ({n},)",
    "problem {problem}: the gradient": "P{problem}-GRADIENT",
    "{name} must hold real numbers, got {what} (shape {shape})": "{name} REAL NOT {what} {shape}",
    "text": "TEXT",
    "f returned a non-finite cost ({cost}) at θ of norm {norm:.4g}: the gradient check needs finite costs":
        "F {cost} @|θ|={norm:.4g}",
    "a function θ -> (cost, grad)": "A FUNCTION",
    # sparse autoencoder
    "patch = {patch}: {patch}×{patch} patches have {pixels} pixels ({colour} in colour), but X has {columns} "
    "columns": "P{patch} {pixels}/{colour} X {columns}",
    "rho (the sparsity target ρ)": "RHO (TARGET ρ)",
    "hidden (units)": "HIDDEN (UNITS)",
    "a {sizes} autoencoder": "AE {sizes}",
    "{n} patches of {size}×{size}": "{n} P {size}²",
    "ask for fewer patches": "FEWER-P",
    "size (the patch side)": "SIZE (SIDE)",
    "patch = {patch}: {patch}×{patch} windows have {values} values, the autoencoder takes {inputs}":
        "W{patch} {values} / AE {inputs}",
    "the whitening was fitted on {values} values per patch, the autoencoder takes {inputs}": "ZCA {values} / AE {inputs}",
    # softmax, whitening, natural images
    "softmax regression of {samples} samples on {classes} classes": "SOFTMAX {samples}×{classes}",
    "use fewer samples or features": "FEWER-S",
    "W has shape {shape}: it takes {inputs} inputs, X has {columns} columns": "W {shape} {inputs} X {columns}",
    "epsilon = 0: a component of these patches has no variance (removing each patch's mean leaves one); use "
    "epsilon > 0": "ε=0 NO VARIANCE",
    "P has {columns} columns, the whitening was fitted on {n}": "P {columns} / {n}",
    "epsilon (the whitening ε)": "EPSILON (ε)",
}


def fake_tr(text: str) -> str:
    return FAKE.get(text, text)


def problem_of(call, *args, **kwargs) -> Problem:
    with pytest.raises(ValueError) as info:
        call(*args, **kwargs)
    assert isinstance(info.value, Problem), type(info.value)
    assert isinstance(info.value, arg_checks.BadArgument), type(info.value)
    return info.value


def small_generator() -> Generator:
    rng = np.random.default_rng(0)
    return Generator(rng.normal(0, 0.6, (32, 10)), rng.normal(0, 0.2, 32), rng.normal(0, 0.4, (784, 32)),
                     rng.normal(0, 0.3, 784), name="small")


X6 = np.random.default_rng(0).random((6, 4))
Y6 = np.array([0, 1, 2, 0, 1, 2])


# ------------------------------------------------------------------------- MLP
def test_mlp_net_layer_sizes_weights_and_memory():
    p = problem_of(mlp_net.check_layers, (3,))
    assert str(p) == "layers must list 2 to 18 layer sizes (inputs, hidden …, outputs), got 1"
    assert p.text(fake_tr) == "layers 2..18 SIZES NOT 1"
    p = problem_of(mlp_net.check_layers, (3, 0, 2))
    assert str(p) == "layers[1] (units) must be a whole number from 1 to 10000, got 0"
    assert p.text(fake_tr) == "layers[1] (UNITS) WHOLE IN 1..10000; GOT 0"
    p = problem_of(mlp_net.check_layers, (10000, 10000, 10000))
    assert str(p) == ("a network of layers (10000, 10000, 10000) (200,020,000 weights) would need about 1,526 MB "
                      "of memory (limit 512 MB)")
    assert p.text(fake_tr) == "NET (10000, 10000, 10000) (200,020,000 W) NEEDS 1,526/512 MB"
    p = problem_of(mlp_net.check_thetas, [np.ones((3, 5)), np.ones((2, 3))])
    assert str(p) == "Θ2 has shape (2, 3) but Θ1 has 3 units: Θ2 needs 4 columns (a bias and one per unit)"
    assert p.text(fake_tr) == "T2 (2, 3) / T1 3 -> 4"
    p = problem_of(mlp_net.penalty, [np.ones((2, 3))], 0.1, 0)
    assert str(p) == "m (samples) must be a whole number ≥ 1, got 0"
    assert p.text(fake_tr) == "M (SAMPLES) WHOLE ≥ 1; GOT 0"
    assert str(problem_of(mlp_net.unpack, np.ones(3), (2, 2))) == "parameter vector has 3 entries, layers (2, 2) need 6"
    assert str(problem_of(mlp_net.hidden_tiles, np.ones((2, 6)))) == \
        "Θ1 has 5 input weights per unit: not a square picture of side 2"


def test_mlp_sweep_checks_the_lambdas_the_hidden_sizes_and_the_memory():
    p = problem_of(mlp.train_many, X6, Y6, [0.1] * 100)
    assert str(p) == "100 λ values given; at most 64 networks train at once"
    assert p.text(fake_tr) == "100 λ > 64"
    assert str(problem_of(mlp.train_many, X6, Y6, [])) == "no λ given: enter at least one value"
    p = problem_of(mlp.train_many, X6, Y6, [0.1], hidden=[3, 0])
    assert str(p) == "hidden layer sizes[1] must be a whole number from 1 to 10000, got 0"
    assert p.text(fake_tr) == "HIDDEN-SIZES[1] WHOLE IN 1..10000; GOT 0"   # the item's name translated too
    big_X, big_y = np.ones((4000, 1000)), np.arange(4000) % 10
    p = problem_of(mlp.train_many, big_X, big_y, [0.1] * 10, hidden=10000)
    assert str(p) == ("training 10 networks of layers (1000, 10000, 10) on 4000 samples would need about 41,530 MB "
                      "of memory (limit 512 MB): use fewer λ values, hidden units or samples")
    assert p.text(fake_tr) == "TRAIN 10 NETS (1000, 10000, 10) / 4000 NEEDS 41,530/512 MB: FEWER"
    p = problem_of(mlp.train_many, big_X, big_y, [0.1], hidden=10000)
    assert str(p).startswith("training 1 network of layers (1000, 10000, 10) on 4000 samples would need about ")
    assert p.text(fake_tr).startswith("TRAIN 1 NET (1000, 10000, 10) / 4000 NEEDS ")


# ------------------------------------------------------------------ inpainting
def test_inpaint_ops_mask_observation_and_operator_names():
    p = problem_of(inpaint_ops.from_mask, np.zeros((28, 28), bool))
    assert str(p) == "the mask observes no pixel: paint some observed pixels first"
    assert p.text(fake_tr) == "EMPTY MASK"
    p = problem_of(inpaint_ops.keep_first(5).from_course, np.ones(4))
    assert str(p) == "the observation has 4 values, the operator 'keep first 5' gives 5"
    assert p.text(fake_tr) == "OBS 4 / 'FIRST 5' 5"                    # the operator's name translated too
    p = problem_of(inpaint_ops.observe, inpaint_ops.keep_first(5), np.ones((28, 28)), sigma=-1)
    assert str(p) == "sigma (the noise σ) must be a finite number from 0 to 1e+06, got -1"
    assert p.text(fake_tr) == "SIGMA (NOISE σ) FINITE IN 0..1e+06; GOT -1"
    p = problem_of(inpaint_ops.observe, "T", np.ones((28, 28)))
    assert str(p) == "T must be an inpainting Operator (keep_first, block_average, from_mask), got 'T'"
    assert p.text(fake_tr) == "T IS-NOT AN OPERATOR: 'T'"
    assert str(problem_of(inpaint_ops.block_average, 5)) == "block size must divide 28 (1, 2, 4, 7, 14 or 28), got 5"
    p = problem_of(inpaint_ops.Operator, np.array([[1], [2]]), "mine", "select", np.array([0, 0]))
    assert str(p) == "course_order of the operator 'mine' must be a permutation of 0..1"
    assert p.text(fake_tr) == str(p)                                    # no template: the name as given


def test_inpaint_cost_observation_and_latents():
    g, T = small_generator(), inpaint_ops.keep_first(5)
    p = problem_of(inpaint_cost.check_problem, g, T, np.ones(4), "l2")
    assert str(p) == ("the observation y has 4 values (shape (4,)), the operator 'keep first 5' gives 5: y must be a "
                      "vector of 5")
    assert p.text(fake_tr) == "Y 4 (4,) 'FIRST 5' 5"
    p = problem_of(inpaint_cost.cost_and_grad, g, T, np.ones(5), np.ones(3))
    assert str(p) == ("Z (latent vectors) has shape (3,), expected (10,) or (R, 10) with 1 ≤ R ≤ 100000: the "
                      "generator's latent size is 10")
    assert p.text(fake_tr) == "Z (3,) NOT (10,) R≤100000"


def test_inpaint_run_checks_and_memory():
    g, T = small_generator(), inpaint_ops.keep_first(5)
    p = problem_of(lambda: next(inpaint.iter_reconstruct(g, T, np.ones(5), restarts=2, z0=np.ones((3, 10)))))
    assert str(p) == "starting latents z0 have shape (3, 10); expected (k, 10) with 1 ≤ k ≤ 2 (the restarts)"
    assert p.text(fake_tr) == "Z0 (3, 10) (k, 10) k≤2"
    p = problem_of(lambda: next(inpaint.iter_reconstruct(g, T, np.ones(5), lr=0)))
    assert str(p) == "lr (the learning rate μ) must be a finite number > 0, got 0"
    assert p.text(fake_tr) == "LR (μ) FINITE > 0; GOT 0"
    T784 = inpaint_ops.keep_first(784)
    p = problem_of(lambda: next(inpaint.iter_reconstruct(g, T784, np.ones(784), restarts=2000, iterations=100000)))
    assert str(p).startswith("2000 restarts × 100000 iterations would need about ")
    assert str(p).endswith(" MB of memory (limit 512 MB): use fewer restarts or iterations")
    assert p.text(fake_tr).startswith("2000R × 100000I NEEDS ") and p.text(fake_tr).endswith("/512 MB: FEWER-R")
    p = problem_of(lambda: next(inpaint.iter_compare(g, T, np.ones(5), optimizers=("gd",))))
    assert str(p) == "optimizers must be a pair (one for run A, one for run B), got ('gd',)"


# ---------------------------------------------------------- L-BFGS, gradient check
def test_lbfgs_tell_messages():
    opt = lbfgs.LockstepLBFGS(np.zeros((2, 3)))
    p = problem_of(opt.tell, 5)
    assert str(p) == "tell needs a mapping {problem: (f, ∇f)}, got 5"
    assert p.text(fake_tr) == "MAPPING {P: (f, g)} NOT 5"
    p = problem_of(opt.tell, {0: (1.0, np.zeros(2))})
    assert str(p) == "problem 0: the gradient has shape (2,), expected (3,)"
    assert p.text(fake_tr) == "P0 G (2,) (3,)"
    p = problem_of(opt.tell, {1: (1.0, "ab")})
    assert str(p) == "problem 1: the gradient must hold real numbers, got text (shape ())"
    assert p.text(fake_tr) == "P1-GRADIENT REAL NOT TEXT ()"
    assert str(problem_of(opt.tell, {7: (1.0, np.zeros(3))})) == "problem 7 is not an active problem (active: [0, 1])"
    assert str(problem_of(lbfgs.LockstepLBFGS, np.zeros((1, 0)))) == \
        "starting points x0 have shape (1, 0): at least one problem of at least one variable is needed"


def test_gradcheck_costs_and_functions():
    p = problem_of(gradcheck.check, lambda t: (np.inf, t), np.ones(2))
    assert str(p) == "f returned a non-finite cost (inf) at θ of norm 1.414: the gradient check needs finite costs"
    assert p.text(fake_tr) == "F inf @|θ|=1.414"
    p = problem_of(gradcheck.check, 3, np.ones(2))
    assert str(p) == "f must be a function θ -> (cost, grad), got 3"
    assert p.text(fake_tr) == "f IS-NOT A FUNCTION: 3"
    p = problem_of(gradcheck.check_nn_gradients, m=0)
    assert str(p) == "m (samples) must be a whole number from 1 to 1000, got 0"
    assert p.text(fake_tr) == "M (SAMPLES) WHOLE IN 1..1000; GOT 0"
    assert str(problem_of(gradcheck.check, lambda t: (1.0, np.ones(3)), np.ones(2))) == \
        "f returned a gradient of shape (3,) for 2 parameters"


# --------------------------------------------------------------- sparse autoencoder
def test_sparse_ae_settings_patch_size_and_memory():
    X = np.ones((2, 2)) / 2
    p = problem_of(sparse_ae.cost_and_grad, np.zeros(3), X, 1, rho=2)
    assert str(p) == "rho (the sparsity target ρ) must be a finite number > 0 and < 1, got 2"
    assert p.text(fake_tr) == "RHO (TARGET ρ) FINITE > 0 & < 1; GOT 2"
    p = problem_of(sparse_ae.train, np.ones((3, 10)) / 2, hidden=2, patch=3)
    assert str(p) == "patch = 3: 3×3 patches have 9 pixels (27 in colour), but X has 10 columns"
    assert p.text(fake_tr) == "P3 9/27 X 10"
    p = problem_of(sparse_ae.init_params, 4, [2, 0])
    assert str(p) == "hidden (units)[1] must be a whole number from 1 to 10000, got 0"
    assert p.text(fake_tr) == "HIDDEN (UNITS)[1] WHOLE IN 1..10000; GOT 0"
    p = problem_of(sparse_ae.init_params, 10000, [10000] * 9)
    assert str(p) == ("a 10000-10000-10000-10000-10000-10000-10000-10000-10000-10000-10000 autoencoder would need "
                      "about 30,521 MB of memory (limit 512 MB)")
    assert p.text(fake_tr) == "AE 10000-10000-10000-10000-10000-10000-10000-10000-10000-10000-10000 NEEDS 30,521/512 MB"
    p = problem_of(sparse_ae.cost_and_grad, np.zeros(3), X, 1, linear=5)
    assert str(p) == "linear (a linear output layer) must be True or False, got 5"


def test_sparse_ae_patches_sizes_and_memory():
    p = problem_of(sparse_ae_patches.sample_patches, np.ones((3, 28, 28)), n=1000000, size=28)
    assert str(p) == ("1000000 patches of 28×28 would need about 29,907 MB of memory (limit 512 MB): ask for fewer "
                      "patches")
    assert p.text(fake_tr) == "1000000 P 28² NEEDS 29,907/512 MB: FEWER-P"
    p = problem_of(sparse_ae_patches.sample_patches, np.ones((3, 4, 4)), size=5)
    assert str(p) == "size (the patch side) must be a whole number from 1 to 4, got 5"
    assert p.text(fake_tr) == "SIZE (SIDE) WHOLE IN 1..4; GOT 5"
    p = problem_of(sparse_ae_patches.sample_patches, np.zeros((3, 8, 8)), n=10, size=2, min_ink=1.0)
    assert str(p) == ("no 2×2 patch of these 3 images has ink above min_ink = 1 (the most ink in a patch is 0): "
                      "lower min_ink or use other images")
    assert str(problem_of(sparse_ae_patches.digits_data, "x")) == "data must be 'patches' or 'digits', got 'x'"


def test_sparse_ae_features_windows_and_whitening():
    params = sparse_ae.unpack(sparse_ae.init_params(16, 2), 16, 2)
    p = problem_of(sparse_ae_features.patch_features, params, np.ones((2, 8, 8)), 3)
    assert str(p) == "patch = 3: 3×3 windows have 9 values, the autoencoder takes 16"
    assert p.text(fake_tr) == "W3 9 / AE 16"
    zca = whitening.fit_zca(np.random.default_rng(0).random((20, 9)))
    p = problem_of(sparse_ae_features.patch_features, params, np.ones((2, 8, 8)), 4, whitening=zca)
    assert str(p) == "the whitening was fitted on 9 values per patch, the autoencoder takes 16"
    assert p.text(fake_tr) == "ZCA 9 / AE 16"


# ------------------------------------------------- softmax, whitening, natural images
def test_softmax_shapes_and_memory():
    p = problem_of(softmax.cost_and_grad, np.ones((3, 3)), X6, Y6)
    assert str(p) == "W has shape (3, 3): it takes 2 inputs, X has 4 columns"
    assert p.text(fake_tr) == "W (3, 3) 2 X 4"
    p = problem_of(softmax.train, np.ones((100000, 10)), np.arange(100000) % 1000)
    assert str(p) == ("softmax regression of 100000 samples on 1000 classes would need about 2,291 MB of memory "
                      "(limit 512 MB): use fewer samples or features")
    assert p.text(fake_tr) == "SOFTMAX 100000×1000 NEEDS 2,291/512 MB: FEWER-S"


def test_whitening_columns_and_zero_epsilon():
    p = problem_of(whitening.fit_zca, np.ones((3, 3)), epsilon=0)
    assert str(p) == ("epsilon = 0: a component of these patches has no variance (removing each patch's mean leaves "
                      "one); use epsilon > 0")
    assert p.text(fake_tr) == "ε=0 NO VARIANCE"
    p = problem_of(whitening.fit_zca(np.random.default_rng(0).random((5, 3))).apply, np.ones((2, 4)))
    assert str(p) == "P has 4 columns, the whitening was fitted on 3"
    assert p.text(fake_tr) == "P 4 / 3"


def test_natural_images_sweeps_check_the_whitening_epsilon():
    p = problem_of(lambda: next(natural_images.iter_step_sweep(epsilon=-1)))
    assert str(p) == "epsilon (the whitening ε) must be a finite number from 0 to 1000, got -1"
    assert p.text(fake_tr) == "EPSILON (ε) FINITE IN 0..1000; GOT -1"
    p = problem_of(lambda: next(natural_images.iter_patch_sweep(rho=0)))
    assert str(p) == "rho (the sparsity target ρ) must be a finite number > 0 and < 1, got 0"
    assert p.text(fake_tr) == "RHO (TARGET ρ) FINITE > 0 & < 1; GOT 0"


def test_sizes_keeps_a_plain_name_plain():
    p = problem_of(arg_checks.sizes, "steps", [3, 0])
    assert str(p) == "steps[1] must be a whole number ≥ 1, got 0"
    assert p.text(fake_tr) == "steps[1] WHOLE ≥ 1; GOT 0"
