"""Inpainting speed: 20 restarts × 3000 iterations of keep_first(350) on the course generator.

Compares, in the same run, each library at its best on this machine:

* the lab's engine (``reconstruct``: all restarts in one batch, only the 350
  observed rows of the generator's last layer evaluated) as it runs by default
  (``workers=None``: the restarts split over the cores when there are enough of
  them, ``MIN_GROUP[precision]`` per thread), with ``workers=1`` (one thread), with the
  split forced over every core when the default does not split (to show what it costs at
  this size), and with ``precision="double"`` (float64 steps, like the float64 references;
  also timed on one thread when its default splits);
  the default ``precision="single"`` runs each step in float32 (costs float64);
* (a) the course report's own loop (seed 000): one restart at a time, column
  vectors, the dense 350 × 784 T, float64, single-threaded NumPy; 4 single restarts
  are timed and the fastest is scaled ×20 (restarts are independent and identical in
  cost); ``--full`` times 20;
* (b) PyTorch CPU autograd on the same batched problem (20 restarts at once, the
  same RMSprop step): float64 with the course's dense T (``X Tᵀ``), float64 with the
  same row selection the engine uses (``A2[idx]``), and float32 with the row
  selection (like for like with the engine's single precision).  Each runs with one
  thread and with torch's default thread count, and the faster is the reference.
  Torch is benchmark-only.

Every figure is the fastest wall-clock time of several repeats (wall, not CPU time:
the threaded runs use more than one core).  The machines are shared and times swing
from run to run, so the lab engine (0.3 s a run) is timed again before every
reference (1.5–7 s a run) and its fastest time kept: a busy spell during one part
of the run cannot decide a ratio; the many short lab runs do favour it a little over
the few long reference runs.  NumPy's BLAS runs on one thread (the engine asks for
one BLAS thread per worker itself).

    python benchmarks/inpaint.py [--full] [--iterations 3000] [--restarts 20]
    python benchmarks/inpaint.py --gui     # GUI latency during a run in the Inpainting tab

``--gui`` runs the tab (offscreen unless a display is set) with a 10 ms QTimer probe and
prints how late its ticks came while the restarts streamed into the plot
(``--restarts 128`` makes the tab's run use two threads; ``--workers 1`` keeps it on one).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nnlab_gui.engine.datasets import load_course_images  # noqa: E402
from nnlab_gui.engine.generator import Generator, load_generator  # noqa: E402
from nnlab_gui.engine.inpaint import MIN_GROUP, default_workers, keep_first, reconstruct  # noqa: E402
from nnlab_gui.engine.matfile import col_major_to_images  # noqa: E402

COURSE = ROOT.parent / "shared" / "course_files"
N = 350


def course_problem():
    """(generator, course arrays A1, B1, A2, B2, y, ideal) from data21/data22, or a stand-in."""
    if (COURSE / "data21.mat").exists() and (COURSE / "data22.mat").exists():
        import scipy.io
        g = load_generator(COURSE / "data21.mat")
        raw = scipy.io.loadmat(str(COURSE / "data21.mat"))
        data = load_course_images(COURSE / "data22.mat")
        noisy = col_major_to_images(data.observed.T)[0]
        y = keep_first(N).apply(noisy)
        return g, (raw["A_1"], raw["B_1"], raw["A_2"], raw["B_2"]), y, data.ideal[0], "course data21/data22"
    print("note: ../shared/course_files is absent: a random course-shaped generator stands in")
    rng = np.random.default_rng(0)
    g = Generator(rng.normal(0, 0.3, (128, 10)), rng.normal(0, 0.1, 128),
                  rng.normal(0, 0.1, (784, 128)), rng.normal(0, 0.1, 784), name="stand-in")
    path = Path("/tmp/_bench_gen.mat")
    g.save_course_mat(path)
    import scipy.io
    raw = scipy.io.loadmat(str(path))
    ideal = g.decode(rng.standard_normal(10))
    return g, (raw["A_1"], raw["B_1"], raw["A_2"], raw["B_2"]), keep_first(N).apply(ideal), ideal, "stand-in"


# ----------------------------------------------------------------- (a) the report's loop
class CourseNN:
    """Seed 000's ``NN`` class and its ``training`` loop, as the report wrote them
    (including its repeated ``np.dot(T, X)`` products and its log10 in the printed cost)."""

    def ReLu(self, x):
        return np.where(x > 0, x, 0)

    def ReLu_der(self, x):
        temp = np.where(x > 0, 1, 0)
        return np.reshape(temp, (len(temp), 1))

    def Sigmoid(self, output):
        return 1 / (1 + np.exp(output))

    def Sigmoid_der(self, x):
        return -np.exp(x) / (np.power((1 + np.exp(x)), 2))

    def forward_pass(self, Z, A1, A2, B1, B2):
        W1 = np.dot(A1, Z) + B1
        Z1 = self.ReLu(W1)
        W2 = np.dot(A2, Z1) + B2
        X = self.Sigmoid(W2)
        return W1, Z1, W2, X

    def calc_fi_x(self, T, X, Xn, N):
        temp = np.reshape(Xn, (1, N))
        norm_power = np.sum(np.power((np.dot(T, X).T - temp), 2))
        return np.log10(norm_power)

    def calc_fi_x_der(self, T, X, Xn, N):
        temp = np.reshape(Xn, (1, N))
        num = 2 * np.dot((np.dot(T, X).T - temp), T)
        den = np.sum(np.power((np.dot(T, X).T - temp), 2))
        return num / den

    def calc_Jz(self, N, T, X, Xn, Z):
        return N * self.calc_fi_x(T, X, Xn, N) + np.sum(np.power(Z, 2))

    def calc_Jz_der(self, N, u0, Z):
        return N * u0 + 2 * Z

    def training(self, Xn, A1, A2, B1, B2, T, Z, N, rep):
        learnig_rate = 0.001
        cost = []
        l_adams = 0.1
        for i in range(rep):
            W1, _, W2, X = self.forward_pass(Z, A1, A2, B1, B2)
            Jz = self.calc_Jz(N, T, X, Xn, Z)
            u2 = self.calc_fi_x_der(T, X, Xn, N)
            v2 = np.multiply(u2.T, self.Sigmoid_der(W2))
            u1 = np.dot(A2.T, v2)
            v1 = np.multiply(u1, self.ReLu_der(W1))
            u0 = np.dot(A1.T, v1)
            Jz_der = self.calc_Jz_der(N, u0, Z)
            if i == 0:
                power = np.power(Jz_der, 2)
            else:
                power = (1 - l_adams) * power + l_adams * np.power(Jz_der, 2)
            Z = Z - learnig_rate * Jz_der / (np.sqrt(power + 0.0000001))
            cost.append(Jz)
        return X, Jz, cost


def run_course_loop(arrays, y, restarts, iterations, seed=0):
    A1, B1, A2, B2 = arrays
    T = np.concatenate((np.eye(N), np.zeros((N, 784 - N))), axis=1)
    rng = np.random.default_rng(seed)
    finals = []
    for _ in range(restarts):
        Z = rng.standard_normal((10, 1))
        _, Jz, _ = CourseNN().training(y, A1, A2, B1, B2, T, Z, N, iterations)
        finals.append(Jz)
    return finals


# ----------------------------------------------------------------- (b) torch autograd
def run_torch(g, y, restarts, iterations, dense: bool, seed=0, single: bool = False):
    import torch

    dt = torch.float32 if single else torch.float64
    A1 = torch.tensor(g.A1, dtype=dt)
    b1 = torch.tensor(g.b1, dtype=dt)
    idx = keep_first(N).flat_index
    if dense:
        A2 = torch.tensor(g.A2, dtype=dt)
        b2 = torch.tensor(g.b2, dtype=dt)
        T = torch.tensor(keep_first(N).matrix(), dtype=dt)          # (350, 784) on row-major pixels
    else:
        A2 = torch.tensor(g.A2[idx], dtype=dt)
        b2 = torch.tensor(g.b2[idx], dtype=dt)
    yt = torch.tensor(y, dtype=dt)
    z = torch.tensor(np.random.default_rng(seed).standard_normal((restarts, g.latent_dim)), dtype=dt,
                     requires_grad=True)
    P = None
    costs = torch.empty((iterations, restarts), dtype=torch.float64)
    for t in range(iterations):
        X = torch.sigmoid(torch.relu(z @ A1.T + b1) @ A2.T + b2)
        TX = X @ T.T if dense else X
        r = TX - yt
        J = N * torch.log((r * r).sum(dim=1)) + (z * z).sum(dim=1)
        (gz,) = torch.autograd.grad(J.sum(), z)
        with torch.no_grad():
            costs[t] = J
            P = gz * gz if P is None else 0.9 * P + 0.1 * gz * gz
            z -= 1e-3 * gz / torch.sqrt(P + 1e-7)
    return costs.numpy()


def timed(fn, repeat=1):
    """Fastest wall-clock time of ``repeat`` calls, and the last call's value."""
    best = float("inf")
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def gui_latency(iterations: int, restarts: int, workers: int | None = None) -> None:
    """Worst lateness of a 10 ms QTimer while the Inpainting tab runs (printed, not asserted).
    ``workers`` overrides the engine's default thread count for the tab's runs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import nnlab_gui.engine.inpaint as ip
    if workers is not None:
        ip.default_workers = lambda restarts, precision="single", n=workers: max(1, min(n, restarts))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from nnlab_gui.app import MainWindow

    win = MainWindow()
    win.resize(1500, 950)
    win.show()
    tab = win.show_page("Inpainting")
    if (COURSE / "data22.mat").exists():
        tab.open_file(str(COURSE / "data22.mat"))        # finds data21.mat beside it
    tab.form.set_values({"iterations": iterations, "restarts": restarts})
    runner = tab.run_panel.runner
    print(f"GUI: {os.cpu_count()} cores; the tab's engine runs {ip.default_workers(restarts)} thread(s) "
          f"for {restarts} restarts")
    for label in ("first run", "second run"):
        late: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            late.append(now - last[0] - 0.010)
            last[0] = now

        probe = QTimer()
        probe.setInterval(10)
        probe.timeout.connect(tick)
        loop = QEventLoop()
        runner.done.connect(loop.quit)
        runner.failed.connect(loop.quit)
        probe.start()
        last[0] = time.perf_counter()
        t0 = time.perf_counter()
        tab.run_panel.run_button.click()
        loop.exec()
        probe.stop()
        runner.done.disconnect(loop.quit)
        runner.failed.disconnect(loop.quit)
        late_ms = np.sort(np.array(late)) * 1000
        print(f"GUI, {label}: {restarts} × {iterations} in {time.perf_counter() - t0:.2f} s, "
              f"{tab.plot.snapshots_drawn} snapshots drawn; a 10 ms timer was late by worst {late_ms[-1]:.1f} ms, "
              f"95th percentile {np.percentile(late_ms, 95):.1f} ms, median {np.median(late_ms):.1f} ms")
    print(tab.messages.text())
    win.close()


class LabTimer:
    """The lab engine, timed again before every reference; ``best[key]`` is its fastest time."""

    def __init__(self, g, T, y, R, I):
        self.args = (g, T, y)
        self.R, self.I = R, I
        cores = os.cpu_count() or 1
        self.configs = {"default": ("single", None), "one": ("single", 1), "double": ("double", None)}
        if default_workers(R) == 1 and min(cores, R) > 1:
            self.configs["split"] = ("single", min(cores, R))
        if default_workers(R, "double") > 1:
            self.configs["double1"] = ("double", 1)
        self.best = {key: float("inf") for key in self.configs}
        self.result = {}

    def time(self, key: str = "default", repeat: int = 1) -> None:
        g, T, y = self.args
        precision, workers = self.configs[key]
        t, res = timed(lambda: reconstruct(g, T, y, restarts=self.R, iterations=self.I, seed=0,
                                           precision=precision, workers=workers), repeat=repeat)
        self.best[key] = min(self.best[key], t)
        self.result[key] = res

    def again(self) -> None:
        """One more run of the default and the one-thread engine (before each reference run)."""
        self.time("default")
        if default_workers(self.R) > 1:
            self.time("one")


def ratio(ref: float, lab: float) -> str:
    return f"{ref / lab:6.1f}×"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true", help="time all restarts of the course loop")
    ap.add_argument("--iterations", type=int, default=3000)
    ap.add_argument("--restarts", type=int, default=20)
    ap.add_argument("--gui", action="store_true", help="measure GUI latency during a run instead")
    ap.add_argument("--workers", type=int, default=None,
                    help="with --gui: the engine's threads for the tab's runs (default: the engine's choice)")
    args = ap.parse_args()
    R, I = args.restarts, args.iterations
    if args.gui:
        gui_latency(I, R, args.workers)
        return
    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(1, user_api="blas")     # NumPy's BLAS (the course loop); torch is set below
    except ImportError:
        pass
    g, arrays, y, ideal, source = course_problem()
    T = keep_first(N)
    cores = os.cpu_count() or 1
    W = default_workers(R)
    print(f"problem: keep_first({N}), {R} restarts × {I} iterations, generator: {source}; "
          f"{cores} cores; times: fastest wall clock of several runs")
    lab = LabTimer(g, T, y, R, I)
    for key in lab.configs:
        lab.time(key, repeat=3 if key in ("default", "one") else 2)

    sub = R if args.full else max(1, R // 5)
    per = []
    for k in range(sub):
        lab.again()
        per.append(timed(lambda k=k: run_course_loop(arrays, y, 1, I, seed=k))[0])
    t_course = min(per) * R

    torch_times = {}
    try:
        import torch
    except ImportError:
        torch = None
    if torch is not None:
        default_threads = torch.get_num_threads()
        settings = sorted({1, default_threads})
        for key, dense, single in (("dense64", True, False), ("sel64", False, False), ("sel32", False, True)):
            for threads in settings:
                torch.set_num_threads(threads)
                best, costs = float("inf"), None
                for _ in range(2):
                    lab.again()
                    t, costs = timed(lambda: run_torch(g, y, R, I, dense=dense, single=single))
                    best = min(best, t)
                    if threads > 1 and best > 2 * torch_times[key, 1][0]:
                        break       # torch's spinning threads on a busy machine: not its best, once is enough
                torch_times[key, threads] = (best, costs)
        torch.set_num_threads(default_threads)
        for key in ("double", "double1", "one"):
            if key in lab.configs:
                lab.time(key)

    if W == 1:      # the default is the one-thread run: the same code, timed as one
        lab.best["default"] = lab.best["one"] = min(lab.best["default"], lab.best["one"])
    t_lab, t_one, t_lab64 = lab.best["default"], lab.best["one"], lab.best["double"]
    res, res64 = lab.result["default"], lab.result["double"]
    mse = float(np.mean((res.image - ideal) ** 2))
    mse64 = float(np.mean((res64.image - ideal) ** 2))
    m = MIN_GROUP["single"]
    why = (f"{W} threads of ≥{m} restarts" if W > 1 else
           f"1 thread: {R} restarts < 2 × MIN_GROUP = {2 * m}, where the split starts to pay")
    print(f"lab engine, default ({why})")
    print(f"                                     : {t_lab:8.3f} s   ({t_lab / I * 1e6:.0f} µs per step of {R} "
          f"restarts; float32 steps) best J {res.best_cost:.3f}, MSE {mse:.5f}")
    print(f"lab engine, workers=1 (one thread)   : {t_one:8.3f} s   ({t_one / I * 1e6:.0f} µs per step)   "
          + ("(the default: the same run)" if W == 1 else f"default / workers=1: ×{t_one / t_lab:.2f}"))
    if "split" in lab.configs:
        t_split = lab.best["split"]
        same = np.allclose(lab.result["split"].costs[0], lab.result["one"].costs[0], rtol=1e-6)
        label = f"lab engine, workers={lab.configs['split'][1]} (forced split)"
        print(f"{label:<37}: {t_split:8.3f} s   "
              f"({t_split / I * 1e6:.0f} µs per step)   ×{t_one / t_split:.2f} of one thread "
              f"(why not the default here; same J at step 0: {same})")
    W64 = default_workers(R, "double")
    label = f'lab engine, "double" ({W64} thread{"s" if W64 > 1 else ""})'
    print(f"{label:<37}: {t_lab64:8.3f} s   ({t_lab64 / I * 1e6:.0f} µs per step; "
          f"float64) best J {res64.best_cost:.3f}, MSE {mse64:.5f}")
    if "double1" in lab.best:
        t64one = lab.best["double1"]
        label = 'lab engine, "double", workers=1'
        print(f"{label:<37}: {t64one:8.3f} s   ({t64one / I * 1e6:.0f} µs per step)   "
              f"{W64} threads / 1: ×{t64one / t_lab64:.2f} (float64 splits from {2 * MIN_GROUP['double']} restarts)")
    how = (f"fastest of {sub} single restarts × {R}; the mean would give "
           f"{np.mean(per) * R / t_lab:.1f}× against the default")
    print(f"{'(a) course loop (dense T, 1 by 1)':<37}: {t_course:8.3f} s   ({how})")
    print(f"    (a) / lab default                :             ratio {ratio(t_course, t_lab)}")
    print(f"    (a) / lab workers=1              :             ratio {ratio(t_course, t_one)}   (both one thread)")
    print(f"    (a) / float64 engine             :             ratio {ratio(t_course, t_lab64)}   (both float64)")
    if "double1" in lab.best:
        print(f"    (a) / float64 engine, workers=1  :             ratio {ratio(t_course, lab.best['double1'])}"
              f"   (both float64, one thread)")
    if torch is None:
        print("(b) torch not installed: pip install torch==2.13.0 (benchmark only)")
        return
    print(f"(b) torch {torch.__version__} autograd, reference = the faster of 1 thread and "
          f"torch's default {default_threads} threads:")
    names = {"dense64": "dense T, float64     ", "sel64": "row selection, float64",
             "sel32": "row selection, float32"}
    refs = {}
    for key in ("dense64", "sel64", "sel32"):
        times = {n: torch_times[key, n][0] for n in settings}
        n_best = min(times, key=times.get)
        refs[key] = torch_times[key, n_best]
        shown = ", ".join(f"{n} thread{'s' if n > 1 else ''} {times[n]:.3f} s" for n in settings)
        line = (f"    {names[key]}: {shown} → reference {times[n_best]:.3f} s; "
                f"ratio to lab default {ratio(times[n_best], t_lab)}, to lab workers=1 {ratio(times[n_best], t_one)}")
        if key != "sel32":
            line += f", to the float64 engine {ratio(times[n_best], t_lab64)}"
        else:
            line += "   (like for like with the float32 engine)"
        print(line)
    c_dense, c_sel, c_sel32 = (refs[k][1] for k in ("dense64", "sel64", "sel32"))
    # same problem: identical first costs (float32 agrees to its rounding)
    same = np.allclose(c_sel[0], res64.costs[0], rtol=1e-9) and np.allclose(c_dense[0], res64.costs[0], rtol=1e-9)
    same32 = np.allclose(c_sel32[0], res.costs[0], rtol=1e-5)
    print(f"    same J at step 0 as the engine: float64 {same}, float32 {same32}; best final J: "
          f"dense {c_dense[-1].min():.3f}, selection {c_sel[-1].min():.3f}, float32 {c_sel32[-1].min():.3f}")


if __name__ == "__main__":
    main()
