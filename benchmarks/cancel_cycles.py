"""Memory over many start → first snapshot → cancel cycles of every long job, in one window.

For every long job of the lab (the table in ``tests/gui/long_jobs.py``: Inpainting run,
Compare and a threaded 64-restart run; the λ sweep with both optimisers; the sparse
autoencoder's training and Compare; inverse CDF; Gibbs (a new chain each cycle); Laplace
denoising; the WL Gram matrix of a large synthetic TU dataset) the script runs
``--cycles`` cycles (default 200) in one offscreen window: start (Ctrl+R / Run / the job's
button), wait for the first snapshot, cancel (the Cancel button / Esc), wait for
``cancelled``.  It prints the resident set size (VmRSS of /proc/self/status, after
``gc.collect()`` and the deferred deletions) before the first cycle and after every
``--every`` cycles, the growth from cycle 0 and from the first checkpoint (which leaves
out what the first runs allocate once: caches, imports, plot items), the mean cycle time
and the Python threads alive at the end.  ``--trim`` adds a row: the RSS right after
glibc's ``malloc_trim(0)``, which hands the heap's free pages back, so a growth the trim
undoes is memory the allocator keeps for reuse, not a leak (the trims also lower the
first row's later figures).  ``--windows N`` also runs N cycles of new window → start →
first snapshot → close (then ``deleteLater``) per job.  Nothing is asserted.

    python benchmarks/cancel_cycles.py [--cycles 200] [--every 50] [--trim] [--windows 0] [--only WORD ...]
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NNLAB_DATA_DIR", tempfile.mkdtemp(prefix="nnlab-bench-data-"))


def rss_mib() -> float:
    """Resident set size now (VmRSS), MiB; the peak (ru_maxrss) where /proc is absent."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def trim() -> bool:
    """Give the C heap's free pages back to the system (glibc ``malloc_trim``); False elsewhere."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return False
    return True


def measure(app, trimmed: bool) -> tuple[float, float]:
    """(RSS, RSS after malloc_trim or NaN) in MiB, once everything pending has settled."""
    settle(app)
    raw = rss_mib()
    return raw, rss_mib() if trimmed and trim() else float("nan")


def settle(app) -> None:
    """Deliver deferred deletions and queued signals, then collect garbage."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@contextmanager
def wait_signal(signal, timeout: int = 60_000):
    """qtbot.waitSignal for a script: run the event loop until ``signal`` is emitted."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, seen = QEventLoop(), []

    def got(*_args):
        seen.append(True)
        loop.quit()

    signal.connect(got)
    try:
        yield
        if not seen:
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(loop.quit)
            guard.start(timeout)
            loop.exec()
            guard.stop()
    finally:
        signal.disconnect(got)
    if not seen:
        raise TimeoutError(f"no signal within {timeout} ms")


def python_threads() -> list:
    return [t for t in threading.enumerate()
            if t is not threading.main_thread() and not isinstance(t, threading._DummyThread) and t.is_alive()]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cycles", type=int, default=200)
    ap.add_argument("--every", type=int, default=50)
    ap.add_argument("--trim", action="store_true", help="also the RSS right after malloc_trim(0)")
    ap.add_argument("--windows", type=int, default=0, help="also N new window → start → close cycles per job")
    ap.add_argument("--only", nargs="*", help="only the jobs whose name contains one of these words")
    args = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from nnlab_gui import settings
    from nnlab_gui.app import MainWindow
    from tests.gui.long_jobs import JOBS, Context, cycle, patched, start_job

    settings.set_writable(False)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    marks = sorted(set(range(0, args.cycles + 1, max(1, args.every))) | {args.cycles, min(args.every, args.cycles)})
    jobs = [j for j in JOBS if j.needs and (not args.only or any(w in j.name for w in args.only))]
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; RSS (MiB) after n cycles of "
          "start → first snapshot → cancel, one window, offscreen")
    head = " ".join(f"{m:>7d}" for m in marks)
    if args.cycles:
        print(f"{'job':<36s} {head}  {'growth':>7s} {f'{marks[1]}→{marks[-1]}':>8s} {'cycle':>7s} threads")
    with tempfile.TemporaryDirectory() as tmp:
        cache: dict = {}
        undo: list = []

        def patch(obj, name, value):
            cm = patched(obj, name, value)
            cm.__enter__()
            undo.append(cm)

        ctx = Context(Path(tmp), patch, wait_signal, cache)
        window = MainWindow(restore=False)
        window.resize(1400, 900)
        window.show()
        for job in jobs if args.cycles else []:
            page = window.show_page(job.path)
            job.prepare(page, ctx)
            rss = [measure(app, args.trim)]
            t0 = time.perf_counter()
            for i in range(args.cycles):
                cycle(window, page, job, i, wait_signal)
                if i + 1 in marks:
                    rss.append(measure(app, args.trim))
            per = (time.perf_counter() - t0) / max(1, args.cycles)
            t_end = time.monotonic() + 5
            while python_threads() and time.monotonic() < t_end:
                app.processEvents()
                time.sleep(0.02)
            for k, (label, tail) in enumerate([(job.name, f"{1000 * per:5.0f}ms {len(python_threads())}"),
                                               ("  after malloc_trim", "")][:1 + args.trim]):
                r = [m[k] for m in rss]
                row = " ".join(f"{x:7.1f}" for x in r)
                print(f"{label:<36s} {row}  {r[-1] - r[0]:+7.1f} {r[-1] - r[1]:+8.1f} {tail}", flush=True)
            while undo:
                undo.pop().__exit__(None, None, None)
        window.close()
        del window
        settle(app)
        if args.windows:
            print(f"\nRSS (MiB) before and after {args.windows} cycles of new window → start → first snapshot → "
                  "close (→ deleteLater), growth, cycle time, threads left")
            for job in jobs:
                rss = [measure(app, args.trim)]
                t0 = time.perf_counter()
                for i in range(args.windows):
                    win = MainWindow(restore=False)
                    win.show()
                    page = win.show_page(job.path)
                    job.prepare(page, ctx)
                    with wait_signal(page.run_panel.runner.snapshot):
                        start_job(win, page, job, i)
                    win.close()
                    win.deleteLater()
                    del win, page
                    settle(app)
                    while undo:
                        undo.pop().__exit__(None, None, None)
                rss.append(measure(app, args.trim))
                per = (time.perf_counter() - t0) / max(1, args.windows)
                (a, ta), (b, tb) = rss
                trimmed = f"   after malloc_trim {ta:7.1f} {tb:7.1f} {tb - ta:+7.1f}" if args.trim else ""
                print(f"{job.name:<36s} {a:7.1f} {b:7.1f} {b - a:+7.1f}{trimmed}  {1000 * per:5.0f}ms "
                      f"{len(python_threads())}", flush=True)


if __name__ == "__main__":
    main()
