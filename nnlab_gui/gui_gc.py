"""Cyclic garbage collection on the GUI thread only, while jobs run on worker threads.

A collection started by an allocation on a worker thread would destroy the Qt objects in
the garbage (a deleted page's pyqtgraph menus, say) on that thread, leaving their timers
registered with the GUI thread's event loop, which then crashes.  :func:`gui_thread_gc`
is the one collector the job runner (``nnlab_gui.workers``) tells when workers start and end.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot


class GuiThreadGc(QObject):
    """Cyclic garbage collection on the GUI thread only, while worker threads run Python.

    The first job to start turns the automatic collector off (pyqtgraph's GarbageCollector
    does the same for the whole program); a timer then does what it would have done, by the
    same thresholds; when the last worker has finished, it does so once more and the
    collector is back on (unless it was off before).  While jobs run, the objects that
    were alive when the first started (the window, its pages and plots: most of the
    program's objects) are frozen (``gc.freeze``), so a full collection during a run looks
    only at what the run made: tens of milliseconds less on the GUI thread."""

    INTERVAL_MS = 200

    def __init__(self):
        super().__init__()
        self._workers = 0
        self._was_enabled = True
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    def worker_started(self) -> None:
        if self._workers == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
            gc.freeze()           # the window's objects: a full collection during the run skips them
            self._timer.start()
        self._workers += 1

    @Slot()
    def worker_finished(self) -> None:
        self._workers = max(0, self._workers - 1)
        if self._workers == 0:
            self._timer.stop()
            gc.unfreeze()
            self.collect(full=False)    # a full one, if due, is the automatic collector's, later
            if self._was_enabled:
                gc.enable()

    @Slot()
    def collect(self, full: bool = True) -> None:
        t0, t1, t2 = gc.get_threshold()
        if gc.get_count()[0] > t0:
            gc.collect(0)
            if gc.get_count()[1] > t1:
                gc.collect(1)
                if full and gc.get_count()[2] > t2:
                    gc.collect(2)


_GC: list[GuiThreadGc] = []      # made by the first job (on the GUI thread)


def gui_thread_gc() -> GuiThreadGc:
    if not _GC:
        _GC.append(GuiThreadGc())
    return _GC[0]
