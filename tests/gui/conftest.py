"""GUI fixtures: temporary QSettings and a check that no worker thread outlives a test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, qapp):
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    yield


_MENUS: list = []
TEARDOWN_NOISE: list = []  # exceptions from overrides of objects being collected between tests          # pyqtgraph's parentless context menus, kept for the whole session


@pytest.fixture(scope="session", autouse=True)
def _pyqtgraph_menus_live_on(qapp):
    """Every plot's context menus (PlotItem's "Plot Options", ViewBoxMenu) stay alive until
    the process ends.

    They are parentless QMenus whose widget actions are owned partly by Qt and partly by
    Python; torn down by the collector after their plot's window was deleted, they crashed
    shiboken (a widget action deleting a widget whose wrapper was already gone).  In the lab
    a plot lives as long as the window, so only the test session ever destroyed them."""
    import pyqtgraph as pg
    from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu

    plot_init, menu_init = pg.PlotItem.__init__, ViewBoxMenu.__init__

    def plot_item(self, *args, **kwargs):
        plot_init(self, *args, **kwargs)
        _MENUS.append(self.ctrlMenu)

    def view_box_menu(self, *args, **kwargs):
        menu_init(self, *args, **kwargs)
        _MENUS.append(self)

    pg.PlotItem.__init__, ViewBoxMenu.__init__ = plot_item, view_box_menu
    yield
    pg.PlotItem.__init__, ViewBoxMenu.__init__ = plot_init, menu_init


@pytest.fixture(autouse=True)
def _collect_between_tests(qapp):
    """Cyclic garbage is collected between tests, on the GUI thread, after the deferred deletions.

    The windows of earlier tests (closed by qtbot, kept in cycles by their slots' lambdas)
    would otherwise be collected whenever an allocation crosses the threshold, e.g. halfway
    through pyqtgraph building a ViewBox menu in the next test, where destroying Qt objects
    has crashed the process.  During a test the collector runs as the app runs it.

    An exception raised here by a Python override (pyqtgraph's ``LabelItem.sizeHint`` asked
    for by a layout while the collector has already cleared the item's attributes) comes
    from an earlier test's deleted window, not from this test: it is counted in
    ``TEARDOWN_NOISE`` instead of failing the next test's setup."""
    import gc
    import sys

    from PySide6.QtCore import QCoreApplication, QEvent

    was, hook = gc.isenabled(), sys.excepthook
    gc.disable()
    sys.excepthook = lambda *exc: TEARDOWN_NOISE.append(exc[1])
    try:
        qapp.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        qapp.processEvents()
    finally:
        sys.excepthook = hook
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
