"""Every long job of the lab, as data: how to start it, cancel it and check a full run.

Shared by ``tests/gui/test_cancel_cycles.py`` (50 start → first snapshot → cancel
cycles per job, and 50 new window → start → close cycles) and
``benchmarks/cancel_cycles.py`` (200 cycles per job, RSS).  A :class:`LongJob` names
the page, how to make its job small but long enough to be cancelled after its first
snapshot (``prepare``), the button that starts it (``None``: Run / Ctrl+R), what to do
before each cycle (``before``) and a short full run whose result is checked against
the engine called directly (``finish`` returns the check).

The jobs: Inpainting run, Compare, and a threaded run (64 restarts: the engine splits
them over two threads); the λ sweep with both optimisers; the sparse autoencoder's
training and its Compare; inverse CDF sampling; Gibbs; Laplace denoising; the WL Gram
matrix of a large synthetic TU dataset.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from nnlab_gui.engine import inpaint as ip
from nnlab_gui.engine.resources import resource_path

TIMEOUT = 60_000             # ms: any single wait (a first snapshot, a cancel, a full run)
HAS_EIGHTS = resource_path("generator_eights.npz").exists()


@dataclass
class Context:
    """What a job's set-up may need: a scratch folder, a way to patch a module attribute
    (``monkeypatch.setattr`` in a test), and a way to wait for a signal."""

    tmp: Path
    patch: Callable[[Any, str, Any], None]
    wait: Callable[..., Any]          # wait(signal, timeout=ms) -> context manager
    cache: dict


@dataclass(frozen=True)
class LongJob:
    name: str
    path: str                                        # "Tab:Page" for window.show_page
    prepare: Callable[[Any, Context], None]          # small, still long enough to cancel
    finish: Callable[[Any, Context], Callable[[], None]]   # a short full run; returns its check
    button: str | None = None                        # the page's start button; None: Run / Ctrl+R
    before: Callable[[Any], None] | None = None      # before each cycle (e.g. a new Gibbs chain)
    needs: bool = True                               # False: a resource is missing, skip


# --------------------------------------------------------------------- helpers
def setv(page, values: dict) -> None:
    """Set form fields (every one accepted)."""
    problems = page.form.set_values(values)
    assert not problems, problems


def left_click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def key_click(window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed in the window: the window's shortcuts need it to be the active one
    (a window just shown becomes active only once the event loop has run)."""
    if not window.isActiveWindow():
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window, 5000), "the window never became active"
    QTest.keyClick(window, key, modifier)


def start_job(window, page, job: LongJob, i: int) -> None:
    """Start ``job`` as a user would: its button, else Ctrl+R (even cycles) or Run (odd)."""
    if job.button is not None:
        left_click(getattr(page, job.button))
    elif i % 2 == 0:
        key_click(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    else:
        left_click(page.run_panel.run_button)


def cancel_job(window, page, i: int) -> None:
    """Cancel as a user would: the Cancel button, or Esc in the window (every other pair)."""
    if (i // 2) % 2 == 0:
        left_click(page.run_panel.cancel_button)
    else:
        key_click(window, Qt.Key.Key_Escape)


def cycle(window, page, job: LongJob, i: int, wait) -> None:
    """One start → first snapshot → cancel cycle, each step waited for by its signal."""
    runner = page.run_panel.runner
    if job.before is not None:
        job.before(page)
    with wait(runner.snapshot, timeout=TIMEOUT):
        start_job(window, page, job, i)
    with wait(runner.cancelled, timeout=TIMEOUT):
        cancel_job(window, page, i)


def window_rounds(jobs=None, cycles: int = 50) -> list[list[LongJob]]:
    """The jobs to start in each of a series of new windows so that every job is started (and
    its window closed) ``cycles`` times: a page's jobs take turns (it has one runner), pages
    share windows, as few side by side as can be (each running page draws its snapshots)."""
    by_page: dict[str, list[LongJob]] = {}
    for job in (JOBS if jobs is None else jobs):
        by_page.setdefault(job.path, []).append(job)
    n = cycles * max(len(v) for v in by_page.values())
    rounds: list[list[LongJob]] = [[] for _ in range(n)]
    for page_jobs in sorted(by_page.values(), key=len, reverse=True):
        m = cycles * len(page_jobs)               # consecutive windows (wrapping round)
        start = min(range(n), key=lambda s: (max(len(rounds[(s + i) % n]) for i in range(m)), s))
        for i in range(m):
            rounds[(start + i) % n].append(page_jobs[i % len(page_jobs)])
    return rounds


def run_to_end(window, page, job: LongJob, ctx: Context) -> None:
    """The short full run of ``finish``, started like cycle 1, then its check."""
    check = job.finish(page, ctx)
    with ctx.wait(page.run_panel.runner.done, timeout=TIMEOUT):
        start_job(window, page, job, 1)
    check()


@contextmanager
def patched(obj, name: str, value):
    """A ``monkeypatch.setattr`` for scripts."""
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, old)


# ------------------------------------------------------------------ inpainting
def _inpaint_prepare(restarts: int):
    def prepare(page, ctx):
        setv(page, {"restarts": restarts, "iterations": 100_000, "live": False})
    return prepare


def _inpaint_reference(page, iterations: int, optimizer_key="optimizer", lr_key="lr", workers=None):
    g, T, y = page._problem()
    v = page.form.values()
    return ip.reconstruct(g, T, y, restarts=v["restarts"], iterations=iterations, lr=v[lr_key],
                          optimizer=v[optimizer_key], seed=v["seed"], data_term=v["data_term"], workers=workers)


def _inpaint_finish(iterations: int, workers=None):
    def finish(page, ctx):
        setv(page, {"iterations": iterations})

        def check():
            last = page.plot.last
            assert last.finished and last.costs.shape == (iterations, page.form.value("restarts"))
            ref = _inpaint_reference(page, iterations, workers=workers)
            np.testing.assert_allclose(last.costs, ref.costs, rtol=1e-6)
            np.testing.assert_array_equal(page.triptych.recon_view.image(), last.image)
            assert page.messages.text().startswith("Done: best restart")
        return check
    return finish


def _compare_finish(page, ctx):
    setv(page, {"iterations": 40})

    def check():
        a, b = page.plot.last, page.plot.last_b
        assert a.finished and b is not None and b.finished and a.costs.shape == b.costs.shape == (40, 3)
        np.testing.assert_allclose(a.costs, _inpaint_reference(page, 40).costs, rtol=1e-6)
        np.testing.assert_allclose(b.costs, _inpaint_reference(page, 40, "optimizer_b", "lr_b").costs, rtol=1e-6)
        assert page.messages.text().startswith("A (")
    return check


def _threaded_prepare(page, ctx):
    # 2·MIN_GROUP restarts: two groups on two threads (forced to 2, so one core means the same;
    # fewer restarts keep the engine's own choice, so the other inpainting jobs stay as they are)
    real = ip.default_workers
    ctx.patch(ip, "default_workers",
              lambda restarts, precision="single": 2 if restarts >= 2 * ip.MIN_GROUP[precision] else
              real(restarts, precision))
    _inpaint_prepare(2 * ip.MIN_GROUP["single"])(page, ctx)


# --------------------------------------------------------------------- λ sweep
def _sweep_prepare(optimizer: str):
    def prepare(page, ctx):
        setv(page, {"lams": [0.0, 20.0], "max_iter": 5000, "optimizer": optimizer, "seed": 0})
    return prepare


def _sweep_finish(page, ctx):
    from nnlab_gui.engine import mlp
    from nnlab_gui.engine.datasets import load_digits

    setv(page, {"max_iter": 3})
    v = page.form.values()

    def check():
        d = load_digits()
        tr, va = d.split("train"), d.split("test")
        ref = mlp.train_many(tr.X400, tr.labels, list(v["lams"]), hidden=25, max_iter=3, seed=v["seed"],
                             X_val=va.X400, y_val=va.labels, workers=mlp.default_workers(),
                             dtype=np.float32, optimizer=v["optimizer"])
        assert [r.lam for r in page.results] == [0.0, 20.0]
        for got, want in zip(page.results, ref):
            assert got.iterations == want.iterations
            np.testing.assert_allclose(got.objective, want.objective, rtol=1e-5)
            np.testing.assert_allclose(got.thetas[0], want.thetas[0], rtol=1e-4, atol=1e-6)
        assert page.messages.text().startswith("trained ")
    return check


# ----------------------------------------------------------- sparse autoencoder
AE_SMALL = {"data": "patches", "samples": 500, "hidden": 9}


def _ae_prepare(page, ctx):
    setv(page, {**AE_SMALL, "max_iter": 5000})


def _ae_finish(page, ctx):
    from nnlab_gui.engine import sparse_ae

    setv(page, {"max_iter": 5})
    v = page.form.values()

    def check():
        X, patch = page._data(v)
        ref = sparse_ae.train(X, hidden=v["hidden"], rho=v["rho"], beta=v["beta"], lam=v["lam"], max_iter=5,
                              seed=0, patch=patch)
        got = page.ae_result
        assert got is not None and page.ae_grid.tiles.shape == (9, 8, 8)
        np.testing.assert_allclose(got.costs, ref.costs, rtol=1e-9)
        np.testing.assert_allclose(got.W1, ref.W1, rtol=1e-9)
    return check


def _ae_compare_prepare(page, ctx):
    setv(page, {**AE_SMALL, "max_iter": 3})
    with ctx.wait(page.run_panel.runner.done, timeout=TIMEOUT):     # Compare needs a trained autoencoder
        page.run()
    assert page.ae_result is not None
    page.cmp_max_iter = 400


def _ae_compare_finish(page, ctx):
    from nnlab_gui.engine import sparse_ae
    from nnlab_gui.engine.datasets import load_digits

    page.cmp_max_iter = 5

    def check():
        d = load_digits()
        tr, te = d.split("train"), d.split("test")
        ref = sparse_ae.compare_features(page.ae_result, tr.images, tr.labels, te.images, te.labels, max_iter=5)
        got = page.comparison
        assert got is not None and page.run_panel.kind == "compare"
        assert (got.n_pixels, got.n_features) == (ref.n_pixels, ref.n_features)
        assert got.pixel_accuracy == ref.pixel_accuracy and got.feature_accuracy == ref.feature_accuracy
        assert page.cmp_table.item(1, 2).text() == f"{100 * ref.feature_accuracy:.2f} %"
    return check


# -------------------------------------------------------------------- WL Gram
WL_GRAPHS, WL_REPEAT = 4, 40


def write_random_tu(folder: Path, graphs: int = WL_GRAPHS, nodes: int = 400, edges: int = 1200,
                    seed: int = 0) -> Path:
    """A synthetic TU folder of a few random graphs (repeated, it makes a long job)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    lines, indicator = [], []
    for g in range(graphs):
        e = rng.integers(0, nodes, (edges, 2))
        e = e[e[:, 0] != e[:, 1]] + g * nodes + 1
        lines += [f"{a}, {b}\n{b}, {a}\n" for a, b in e]
        indicator += [f"{g + 1}\n"] * nodes
    (folder / "SYN_A.txt").write_text("".join(lines))
    (folder / "SYN_graph_indicator.txt").write_text("".join(indicator))
    (folder / "SYN_graph_labels.txt").write_text("".join(f"{g % 2}\n" for g in range(graphs)))
    return folder


def _wl_datasets(ctx):
    """(base, repeated) TU datasets, read once per context."""
    from nnlab_gui.engine.tu_dataset import load_tu

    if "wl" not in ctx.cache:
        base = load_tu(write_random_tu(ctx.tmp / "SYN"))
        ctx.cache["wl"] = base, base.repeated(WL_REPEAT)
    return ctx.cache["wl"]


def _wl_prepare(page, ctx):
    page.show_dataset(_wl_datasets(ctx)[1])
    setv(page, {"h": 12, "normalised": False})


def _wl_finish(page, ctx):
    from nnlab_gui.engine import wl

    setv(page, {"h": 3})

    def check():
        base, big = _wl_datasets(ctx)
        K0 = wl.kernel(base.batch, 3)
        assert page.gram.shape == (big.n_graphs, big.n_graphs)
        np.testing.assert_array_equal(page.gram, np.tile(K0, (WL_REPEAT, WL_REPEAT)))
        assert "h = 3" in page.time_label.text()
    return check


# ------------------------------------------------------------------- sampling
def _inverse_prepare(page, ctx):
    setv(page, {"n": 1_000_000, "animate": True, "seed": 0})


def _inverse_finish(page, ctx):
    from nnlab_gui.engine import sampling as sm
    from nnlab_gui.engine import sampling_jobs as sj

    setv(page, {"n": 3000, "animate": False})

    def check():
        batch, _pause = sj.batching(3000, False, frames=150)
        *_, last = sm.iter_inverse_cdf(page.density, 3000, seed=0, batch=batch)
        np.testing.assert_array_equal(page.samples, last.samples)
        assert page.ks_pvalue is not None and "Kolmogorov" in page.messages.text()
    return check


def _gibbs_prepare(page, ctx):
    setv(page, {"n": 1_000_000, "animate": True, "seed": 0, "bounds": "correct"})


def _gibbs_new_chain(page) -> None:
    left_click(page.reset_button)        # a new chain each cycle: the samples do not pile up


def _gibbs_finish(page, ctx):
    from nnlab_gui.engine import sampling_jobs as sj

    _gibbs_new_chain(page)
    setv(page, {"n": 2000, "animate": False})
    start = page.point

    def check():
        batch, _pause = sj.batching(2000, False, frames=200)
        *_, last = sj.iter_gibbs_run(2000, seed=[0, 0, 2], start=start, batch=batch)
        np.testing.assert_array_equal(page.samples, last.samples)
        assert page.stats is not None and page.stats.n == 2000
    return check


def _laplace_prepare(page, ctx):
    setv(page, {"iterations": 20000, "restarts": 5})


def _laplace_finish(page, ctx):
    from nnlab_gui.engine import sampling as sm
    from nnlab_gui.tabs.generator import models

    setv(page, {"iterations": 20, "restarts": 2})
    v = page.form.values()

    def check():
        *_, last = sm.iter_denoise_compare(models.eights_model(), page.noisy, restarts=2, iterations=20,
                                            lr=v["lr"], seed=v["noise_seed"])
        for key in ("l2", "l1"):
            got, want = page.result.runs[key], last.runs[key]
            assert got.finished
            np.testing.assert_allclose(got.costs, want.costs, rtol=1e-6)
        assert page.messages.text().startswith("denoised")
    return check


HU = "Hidden units (λ)"
JOBS = [
    LongJob("inpainting run", "Inpainting", _inpaint_prepare(3), _inpaint_finish(50)),
    LongJob("inpainting compare", "Inpainting", _inpaint_prepare(3), _compare_finish, button="compare_button"),
    LongJob("inpainting threaded (64 restarts)", "Inpainting", _threaded_prepare, _inpaint_finish(20, workers=1)),
    LongJob("λ sweep lbfgs", f"{HU}:λ sweep", _sweep_prepare("lbfgs"), _sweep_finish),
    LongJob("λ sweep scipy", f"{HU}:λ sweep", _sweep_prepare("scipy"), _sweep_finish),
    LongJob("autoencoder training", f"{HU}:Sparse autoencoder", _ae_prepare, _ae_finish),
    LongJob("autoencoder compare", f"{HU}:Sparse autoencoder", _ae_compare_prepare, _ae_compare_finish,
            button="cmp_button"),
    LongJob("inverse CDF", "Generator:Sampling:Inverse CDF", _inverse_prepare, _inverse_finish),
    LongJob("Gibbs", "Generator:Sampling:Gibbs", _gibbs_prepare, _gibbs_finish, before=_gibbs_new_chain),
    LongJob("Laplace denoising", "Generator:Sampling:Laplace noise", _laplace_prepare, _laplace_finish,
            needs=HAS_EIGHTS),
    # last: side by side with the others (``window_rounds``), the quickest to finish starts last
    LongJob("WL Gram matrix", "WL kernel:Dataset", _wl_prepare, _wl_finish),
]
