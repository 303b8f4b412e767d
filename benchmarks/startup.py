"""Start-up time: process start → first painted frame of NN Lab's window, against a baseline.

The baseline is a bare PySide6 program with the lab's start-up imports (PySide6, pyqtgraph,
NumPy, superqt) and a QMainWindow with six tabs of one pyqtgraph plot each.  Each run is
a fresh process; the parent times it from spawn until the child reports that its window
has painted once (an event filter on the window's Paint event), and the child exits.
Runs alternate lab / baseline after one warm-up run of each (which also writes the lab's
bytecode, as its first start on a student's machine would); the medians and their ratio
are printed (target ≤ 1.3×).

Run: ``python benchmarks/startup.py [--runs 10]`` (offscreen unless a display is set).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(kind: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    if kind == "lab":
        sys.path.insert(0, str(ROOT))
        from nnlab_gui import settings
        from nnlab_gui.app import MainWindow

        settings.set_writable(False)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = MainWindow(restore=False)
        window.resize(1280, 820)
    else:
        import numpy  # noqa: F401
        import pyqtgraph as pg
        import superqt  # noqa: F401
        from PySide6.QtWidgets import QMainWindow, QTabWidget

        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = QMainWindow()
        tabs = QTabWidget()
        for i in range(6):
            tabs.addTab(pg.PlotWidget(), f"tab {i + 1}")
        window.setCentralWidget(tabs)
        window.resize(1280, 820)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        print("painted", flush=True)
        os._exit(0)                    # the time measured ends here: skip teardown

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


def one_run(kind: str) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # as on a student's machine, the lab's modules are read from their bytecode once it is
    # written (pip writes it at install; an editable checkout, at the first start, the warm-up
    # run here): with PYTHONDONTWRITEBYTECODE set, every start would compile them again, a
    # cost the baseline (whose packages pip compiled) never pays
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", kind], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"the {kind} child did not report a painted window")
    return elapsed


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--child", choices=("lab", "baseline"))
    args = ap.parse_args(argv)
    if args.child:
        child(args.child)
        return
    load_before = os.getloadavg()
    one_run("lab"), one_run("baseline")          # warm the file cache, write the lab's bytecode
    times: dict[str, list[float]] = {"lab": [], "baseline": []}
    for k in range(args.runs):
        for kind in (("lab", "baseline") if k % 2 == 0 else ("baseline", "lab")):
            times[kind].append(one_run(kind))
    lab, base = statistics.median(times["lab"]), statistics.median(times["baseline"])
    la = "/".join(f"{x:.2f}" for x in load_before)
    lb = "/".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} cores, load average (1/5/15 min) {la} before, {lb} after; "
          f"{args.runs} alternating runs each")
    print(f"lab      median {lab:.3f} s  (min {min(times['lab']):.3f}, max {max(times['lab']):.3f})")
    print(f"baseline median {base:.3f} s  (min {min(times['baseline']):.3f}, max {max(times['baseline']):.3f})")
    print(f"lab / baseline = {lab / base:.2f}×  (target ≤ 1.30×)")


if __name__ == "__main__":
    main()
