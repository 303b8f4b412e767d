"""GUI-thread latency during every long job of every page, in one window.

A 10 ms QTimer probe on the GUI thread records how late each tick fires while a job
runs; for every job the script prints its wall time and the worst, 99th and 95th
percentile lateness (target: 99th ≤ 16 ms, one frame at 60 Hz, and worst ≤ 33 ms,
first run included).  The jobs run with each page's default settings:

inpainting run, inpainting compare, inpainting live painting (3 s of strokes drawn as a
hand draws them, each re-running the live optimisation, then until the last run ends),
λ sweep (lockstep L-BFGS and scipy's L-BFGS-B), sparse autoencoder training and its
comparison, WL Gram matrix (the course's MUTAG when ../shared/course_files is present,
else a synthetic dataset of the same size; and a synthetic one 30 times as large), inverse-CDF sampling, Gibbs, Laplace denoising.

Before each job the window idles for 300 ms (as it would between a student's clicks).
Run: ``python benchmarks/gui_latency.py [--only NAME ...]`` (offscreen).  Nothing is asserted.
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
MUTAG = ROOT.parent / "shared" / "course_files" / "MUTAG"


def synthetic_tu(folder: Path, graphs: int = 188, seed: int = 0) -> Path:
    """A MUTAG-sized TU dataset (rings with tails, 7 node labels, 2 classes)."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    edges, indicator, labels, classes, offset = [], [], [], [], 0
    for g in range(graphs):
        n = int(rng.integers(10, 28))
        for i in range(n):
            j = (i + 1) % n if i < n - 3 else int(rng.integers(0, n - 3))
            edges += [(offset + i + 1, offset + j + 1), (offset + j + 1, offset + i + 1)]
        indicator += [g + 1] * n
        labels += list(rng.integers(0, 7, n))
        classes.append(1 if g % 2 else -1)
        offset += n
    (folder / "SYN_A.txt").write_text("".join(f"{a}, {b}\n" for a, b in edges))
    (folder / "SYN_graph_indicator.txt").write_text("".join(f"{g}\n" for g in indicator))
    (folder / "SYN_node_labels.txt").write_text("".join(f"{l}\n" for l in labels))
    (folder / "SYN_graph_labels.txt").write_text("".join(f"{c}\n" for c in classes))
    return folder


class Probe:
    """A 10 ms timer that records its own lateness (ms)."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.late: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, (now - self.last - 0.010) * 1000))
        self.last = now

    def start(self) -> None:
        self.late.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> np.ndarray:
        self.timer.stop()
        return np.array(self.late or [0.0])


IDLE_MS = 300     # the window idles this long before each job (what the previous one left, settles)


def idle(app, ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (timers, deferred deletes, idle-time work)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def run_job(app, page, start, probe: Probe, during=None, timeout_s: float = 300.0,
            paint_s: float = 0.0) -> tuple[float, np.ndarray]:
    """Start a job with ``start()``, wait for its end; ``during()`` is called every
    ``during.interval_ms`` (50 ms by default) meanwhile, for at least ``paint_s`` seconds
    (live painting starts new runs while it goes on)."""
    from PySide6.QtCore import QEventLoop, QTimer

    runner = page.run_panel.runner
    loop = QEventLoop()
    t0 = time.perf_counter()

    def maybe_quit(*_):
        if not page.is_running() and time.perf_counter() - t0 >= paint_s:
            loop.quit()

    runner.running_changed.connect(maybe_quit)
    helper = QTimer()
    if during is not None:
        helper.setInterval(getattr(during, "interval_ms", 50))
        helper.timeout.connect(lambda: during() if time.perf_counter() - t0 < paint_s or page.is_running()
                               else maybe_quit())
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    probe.start()
    t0 = time.perf_counter()
    start()
    if during is not None:
        helper.start()
    guard.start(int(timeout_s * 1000))
    if page.is_running() or time.perf_counter() - t0 < paint_s:
        loop.exec()
    wall = time.perf_counter() - t0
    helper.stop()
    runner.running_changed.disconnect(maybe_quit)
    return wall, probe.stop()


def stroke_maker(canvas):
    """Strokes on the mask painter as a hand makes them (real mouse events): each call is one
    event of the present stroke (press, five moves, release), one call per 16 ms (a mouse
    reports 60-125 times a second); 0.4 s later the next stroke, on another row (meanwhile
    the live run the stroke started draws its frames)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    state = {"k": 0, "step": 0}
    moves = 5
    PAUSE_TICKS = 25                        # 0.4 s between strokes, as a hand lifts and moves on

    def stroke() -> None:
        w, h = canvas.width(), canvas.height()
        k, step = state["k"], state["step"]
        y = int(h * (0.2 + 0.6 * ((k * 0.37) % 1.0)))
        x = w // 4 + (w // 2) * step // (moves + 1)
        if step < 0:                        # the pause between strokes: the live run draws
            state["step"] = step + 1
            return
        if step == 0:
            QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
        elif step <= moves:
            QTest.mouseMove(canvas, QPoint(x, y))
        else:
            QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
            state["k"], step = k + 1, -1 - PAUSE_TICKS
        state["step"] = step + 1

    stroke.interval_ms = 16
    return stroke


def jobs(window, tmp: Path):
    """(name, page path, prepare(page) -> (start, during), seconds of painting)."""

    def inpaint_run(page):
        return page.run, None

    def inpaint_compare(page):
        return page.compare_button.click, None

    def inpaint_live(page):
        page.form.set_values({"live": True})
        return page.run, stroke_maker(page.canvas)

    def sweep(optimizer):
        def prepare(page):
            page.form.set_values({"optimizer": optimizer})
            return page.run, None
        return prepare

    def ae_compare(page):
        return page.cmp_button.click, None

    def gram(page):
        page.open_file(str(MUTAG if MUTAG.is_dir() else synthetic_tu(tmp / "SYN")))
        page.run_panel.discard()               # opening starts a computation: time a fresh one
        return page.run, None

    def big_gram(page):                        # MUTAG's size × 30: the downsampled heatmap
        page.open_file(str(synthetic_tu(tmp / "SYN30", graphs=5640)))
        page.run_panel.discard()
        return page.run, None

    plain = lambda page: (page.run, None)      # noqa: E731
    return [
        ("inpainting run", "Inpainting", inpaint_run, 0),
        ("inpainting compare", "Inpainting", inpaint_compare, 0),
        ("inpainting live painting during a run", "Inpainting", inpaint_live, 3.0),
        ("λ sweep, lockstep L-BFGS", "Hidden units:λ sweep", sweep("lbfgs"), 0),
        ("λ sweep, scipy L-BFGS-B", "Hidden units:λ sweep", sweep("scipy"), 0),
        ("sparse autoencoder training", "Hidden units:Sparse autoencoder", plain, 0),
        ("sparse autoencoder comparison", "Hidden units:Sparse autoencoder", ae_compare, 0),
        ("WL Gram matrix", "WL kernel:Dataset", gram, 0),
        ("WL Gram matrix, 5,640 graphs", "WL kernel:Dataset", big_gram, 0),
        ("inverse-CDF sampling", "Generator:Sampling:Inverse CDF", plain, 0),
        ("Gibbs", "Generator:Sampling:Gibbs", plain, 0),
        ("Laplace denoising", "Generator:Sampling:Laplace noise", plain, 0),
    ]


def main(argv=None) -> None:
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="run only jobs whose name contains one of these words")
    args = ap.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from nnlab_gui import settings
    from nnlab_gui.app import MainWindow

    settings.set_writable(False)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(restore=False)
    window.resize(1400, 900)
    window.show()
    probe = Probe()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; a 10 ms probe; "
          "target: 99th percentile ≤ 16 ms, worst ≤ 33 ms")
    print(f"{'job':<42s} {'wall':>8s} {'worst':>8s} {'99th':>7s} {'95th':>7s} {'ticks':>6s}  {'load 1 min':>10s}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path, prepare, paint_s in jobs(window, Path(tmp)):
            if args.only and not any(w in name for w in args.only):
                continue
            page = window.show_page(path)
            idle(app, IDLE_MS)                 # a student does not click within a millisecond
            start, during = prepare(page)
            wall, late = run_job(app, page, start, probe, during, paint_s=paint_s)
            verdict = "ok" if np.percentile(late, 99) <= 16 and late.max() <= 33 else "over"
            print(f"{name:<42s} {wall:7.2f}s {late.max():7.1f}ms {np.percentile(late, 99):6.1f}ms "
                  f"{np.percentile(late, 95):6.1f}ms {len(late):6d}  {os.getloadavg()[0]:10.2f}  {verdict}",
                  flush=True)
    print(f"load average after (1/5/15 min): {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")
    window.close()


if __name__ == "__main__":
    main()
