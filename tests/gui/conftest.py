"""GUI fixtures: temporary QSettings and a check that no worker thread outlives a test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, qapp):
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    yield


@pytest.fixture(autouse=True)
def _collect_between_tests(qapp):
    """Cyclic garbage is collected between tests, on the GUI thread, after the deferred deletions.

    The windows of earlier tests (closed by qtbot, kept in cycles by their slots' lambdas)
    would otherwise be collected whenever an allocation crosses the threshold, e.g. halfway
    through pyqtgraph building a ViewBox menu in the next test, where destroying Qt objects
    has crashed the process.  During a test the collector runs as the app runs it."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    was = gc.isenabled()
    gc.disable()
    try:
        qapp.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        qapp.processEvents()
    finally:
        if was:
            gc.enable()
    yield


def python_threads() -> list:
    """Python threads other than the main one that are alive (the engine's own threads)."""
    import threading

    return [t for t in threading.enumerate()
            if t is not threading.main_thread() and not isinstance(t, threading._DummyThread) and t.is_alive()]


@pytest.fixture(autouse=True)
def _no_dangling_threads(qapp):
    """Fail a test that leaves a worker or an engine thread running (napari's habit)."""
    import time

    before = set(python_threads())
    yield
    from PySide6.QtCore import QThreadPool
    from superqt.utils import WorkerBase

    pool = QThreadPool.globalInstance()
    # a worker that is merely finishing (its last signal already delivered) gets
    # a moment; one that is still computing after that was left running
    pool.waitForDone(3000)
    qapp.processEvents()
    running = [w for w in WorkerBase._worker_set if w.is_running]
    for worker in list(WorkerBase._worker_set):
        worker.quit()
    pool.waitForDone(10000)
    qapp.processEvents()
    assert not running, f"{len(running)} worker(s) still running at the end of the test"
    deadline = time.monotonic() + 5.0
    while time.monotonic() < deadline and set(python_threads()) - before:
        time.sleep(0.02)
    left = set(python_threads()) - before
    assert not left, f"engine thread(s) still running at the end of the test: {[t.name for t in left]}"


@pytest.fixture
def window(qtbot):
    from nnlab_gui.app import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win
