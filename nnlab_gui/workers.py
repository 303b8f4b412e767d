"""Run engine generators on worker threads and forward their snapshots to the GUI.

An engine computation is a plain Python generator function that yields progress
snapshots.  :class:`EngineRunner` runs one such job at a time on superqt's thread
pool (``superqt.utils.create_worker``) and re-emits what happens as Qt signals on
the GUI thread:

``yielded(object)``
    every snapshot, in order (queued across threads);
``snapshot(object)``
    the *latest* snapshot only, at most ``rate_hz`` times a second -- connect
    drawing code here so a fast engine cannot flood the event queue.  The rate is
    paced by what drawing costs: after each snapshot the runner measures how long the
    GUI thread was busy with it (the handlers, then the repaint they caused) and waits
    long enough that drawing takes at most ``BUSY_SHARE`` of the GUI thread's time
    (:func:`paced_interval`), so a page whose frames are heavy draws less often instead
    of making the window lag;
``done(object)``
    the job ended normally: the generator's return value, or its last snapshot
    when it returned ``None``;
``failed(str)``
    the job raised: a one-line message ``"ExcType: message"`` (the exception itself is
    ``last_exception``, so a page can show an engine message in the lab's language);
``cancelled()``
    the job stopped at a ``yield`` after :meth:`cancel`;
``running_changed(bool)``
    for enabling Run/Cancel buttons.

Cancellation is cooperative: the worker stops at the next ``yield``, so every long
engine loop yields.  A job whose engine call also runs threads of its own (the scipy
optimiser threads of the λ sweep, say) takes a ``threading.Event``: ``start(...,
_stop_arg="stop")`` passes the runner's event as ``stop=``, and :meth:`cancel` sets it.
:meth:`EngineRunner.discard` cancels and also drops the job's late signals (its
results belong to inputs that have changed).  :func:`shutdown_all` cancels every
runner's job, sets every stop event and waits for the pool (the main window calls it
when it closes).  A job's traceback is written to the lab's log (``nnlab_gui.logs``).

What superqt's generator worker does not do, this module's worker does: it closes the
job's generator on the worker thread as soon as the job stops, so the engine's ``finally``
blocks (stop events, its own threads and pools) run there, before the worker counts as
finished, and closing the window leaves no engine thread behind; it reports a job's
``RuntimeError`` as ``failed`` (superqt would swallow it); and it pauses the job at a yield
while the GUI thread draws a snapshot (the GIL is the GUI's for the frame).  Each
job gets a thread of its own: the shared pool grows past its default (the number of cores)
rather than queue a job behind jobs of other pages that are still running.  While any job
runs, Python's automatic cyclic garbage collection is off and a GUI-thread timer collects
instead: a collection started by an allocation on a worker thread would destroy the Qt
objects inside the garbage (a deleted page's pyqtgraph menus, say) on that thread, leaving
their timers registered with the GUI thread's event loop, which then crashes.
"""

from __future__ import annotations

import inspect
import threading
import time
import traceback
import weakref
from functools import partial
from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from superqt.utils import GeneratorWorker, WorkerBase, create_worker

from nnlab_gui import logs
from nnlab_gui.gui_gc import gui_thread_gc

__all__ = ["EngineRunner", "shutdown_all", "active_thread_count"]

_NOTHING = object()
_RUNNERS: "weakref.WeakSet[EngineRunner]" = weakref.WeakSet()


def _message(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class _JobError(Exception):
    """A ``RuntimeError`` the job raised, carried past superqt (whose generator worker takes
    any RuntimeError for its own deleted signals: it returns quietly, never finishing)."""

    def __init__(self, exc: RuntimeError):
        super().__init__(str(exc))
        self.exc = exc


DRAW_WAIT_S = 0.04        # the longest a job waits at a yield for the GUI to finish drawing


def _guarded(gen, drawn: threading.Event | None = None):
    """``gen`` as the worker runs it: the same snapshots, sends and close; a RuntimeError wrapped.

    After each snapshot it waits (at most ``DRAW_WAIT_S``, the GIL released) while ``drawn``
    is clear: the GUI thread is drawing a snapshot, and a job running Python between its
    NumPy calls would otherwise take the GIL from it half the time, doubling the frame."""
    try:
        sent = None
        while True:
            try:
                snap = gen.send(sent)
            except StopIteration as stop:
                return stop.value
            sent = yield snap
            if drawn is not None and not drawn.is_set():
                drawn.wait(DRAW_WAIT_S)
    except RuntimeError as exc:
        raise _JobError(exc) from exc
    finally:
        gen.close()


class _JobWorker(GeneratorWorker):
    """superqt's generator worker that closes the job's generator on its own thread when the
    job stops, and reports the job's RuntimeErrors as errors (see the module docstring)."""

    def __init__(self, func: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__(func, *args, **kwargs)
        self.drawn = threading.Event()      # clear while the GUI draws a snapshot (see _guarded)
        self.drawn.set()
        self._gen = _guarded(self._gen, self.drawn)

    def work(self) -> Any:
        try:
            return super().work()
        finally:
            try:
                self._gen.close()    # a cancelled job's finally blocks run here, now
            except Exception as exc:  # noqa: BLE001 - the job has ended either way: log, go on
                logs.log_error(f"a job's clean-up failed: {_message(exc)}",
                               "".join(traceback.format_exception(exc)))


BUSY_SHARE = 0.3          # the share of the GUI thread's time drawing snapshots may take
MAX_INTERVAL_MS = 250     # a run shows progress at least four times a second


def paced_interval(busy_ms: float, base_ms: int) -> int:
    """The wait before the next snapshot after one that kept the GUI busy ``busy_ms``:
    ``base_ms`` (the runner's rate) unless drawing would then take more than
    ``BUSY_SHARE`` of the time, at most ``MAX_INTERVAL_MS``."""
    return int(min(MAX_INTERVAL_MS, max(base_ms, busy_ms / BUSY_SHARE)))


def _thread_for_one_more_job() -> None:
    """Let the shared pool run every started job at once: by default it has one thread per
    core and queues the rest, so a job started while two others run (on other pages, or
    superseded ones still on their way to their next yield) would show nothing until one ended."""
    pool = QThreadPool.globalInstance()
    wanted = len(WorkerBase._worker_set) + 1       # started and not yet finished, and this one
    if pool.maxThreadCount() < wanted:
        pool.setMaxThreadCount(wanted)


class EngineRunner(QObject):
    """Runs one engine generator at a time on a worker thread.

    Starting a new job while one runs cancels the old one first; its late
    signals are ignored, so a tab never sees a mix of two jobs.
    """

    yielded = Signal(object)
    snapshot = Signal(object)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, rate_hz: float = 30.0):
        super().__init__(parent)
        self._worker: GeneratorWorker | None = None
        self._latest: Any = _NOTHING
        self._last_seen: Any = None
        self._job = 0
        self._timer = QTimer(self)
        self._base_ms = max(1, int(round(1000.0 / rate_hz)))
        self._timer.setInterval(self._base_ms)
        self._timer.timeout.connect(self._flush)
        self.last_error: str | None = None
        self.last_exception: BaseException | None = None
        self.traceback: str | None = None
        self.name = ""
        self._stop_event = threading.Event()
        _RUNNERS.add(self)

    # ------------------------------------------------------------------ API
    def start(self, func: Callable[..., Any], *args: Any, _stop_arg: str | None = None,
              **kwargs: Any) -> None:
        """Run ``func(*args, **kwargs)`` on a worker: a generator function (snapshots), or a
        plain function (its return value only; it stops early only through ``stop``).

        ``_stop_arg="stop"`` passes a fresh ``threading.Event`` as ``stop=``; cancelling
        (or closing the window) sets it, so threads the engine call starts stop too.
        """
        self.discard()
        self._job += 1
        job = self._job
        self._stop_event = threading.Event()
        if _stop_arg:
            kwargs[_stop_arg] = self._stop_event
        self.name = getattr(func, "__qualname__", repr(func))
        self._latest = _NOTHING
        self._last_seen = None
        self.last_error = None
        self.last_exception = None
        self.traceback = None
        worker = create_worker(func, *args, _start_thread=False, _ignore_errors=True,
                               _worker_class=_JobWorker if inspect.isgeneratorfunction(func) else None,
                               **kwargs)
        worker.returned.connect(lambda value, job=job: self._on_returned(job, value))
        worker.errored.connect(lambda exc, job=job: self._on_errored(job, exc))
        if isinstance(worker, GeneratorWorker):    # a plain function has no snapshots
            worker.yielded.connect(lambda snap, job=job: self._on_yielded(job, snap))
            worker.aborted.connect(lambda job=job: self._on_aborted(job))
        worker.finished.connect(lambda job=job: self._on_finished(job))
        collector = gui_thread_gc()
        worker.finished.connect(collector.worker_finished)
        self._worker = worker
        self._timer.start(self._base_ms)
        _thread_for_one_more_job()
        collector.worker_started()
        worker.start()
        self.running_changed.emit(True)

    def cancel(self) -> bool:
        """Ask the running job to stop at its next yield; True if one was running."""
        self._stop_event.set()
        worker = self._worker
        if worker is None:
            return False
        worker.quit()
        return True

    def discard(self) -> bool:
        """Cancel the running job and ignore whatever it still sends (a superseded job)."""
        if not self.cancel():
            return False
        self._job += 1                 # its late signals carry the old job id
        self._latest = _NOTHING
        self._end()
        return True

    def is_running(self) -> bool:
        return self._worker is not None

    @property
    def worker(self) -> WorkerBase | None:
        return self._worker

    @property
    def latest(self) -> Any:
        """The last snapshot seen (``None`` before the first)."""
        return self._last_seen

    # ------------------------------------------------------------- handlers
    def _on_yielded(self, job: int, snap: Any) -> None:
        if job != self._job:
            return
        self._latest = snap
        self._last_seen = snap
        self.yielded.emit(snap)

    @property
    def interval_ms(self) -> int:
        """The current wait between snapshots (paced by the cost of drawing them)."""
        return self._timer.interval()

    def _flush(self) -> None:
        if self._latest is not _NOTHING:
            snap, self._latest = self._latest, _NOTHING
            t0 = time.perf_counter()
            drawn = getattr(self._worker, "drawn", None)
            if drawn is not None and self._timer.isActive():
                drawn.clear()              # the job waits at its next yield until this is drawn
            self.snapshot.emit(snap)
            if self._timer.isActive():     # measured once the repaint it caused is done
                QTimer.singleShot(0, self, partial(self._pace, t0, self._job, drawn))
            elif drawn is not None:
                drawn.set()

    def _pace(self, t0: float, job: int, drawn: threading.Event | None = None) -> None:
        if drawn is not None:
            drawn.set()
        if job == self._job and self._timer.isActive():
            wait = paced_interval((time.perf_counter() - t0) * 1000.0, self._base_ms)
            if wait != self._timer.interval():
                self._timer.setInterval(wait)

    def _on_returned(self, job: int, value: Any) -> None:
        if job != self._job:
            return
        self._flush()
        self._end()
        self.done.emit(self._last_seen if value is None else value)

    def _on_errored(self, job: int, exc: BaseException) -> None:
        if job != self._job:
            return
        if isinstance(exc, _JobError):
            exc = exc.exc
        self.last_error = _message(exc)
        self.last_exception = exc
        self.traceback = "".join(traceback.format_exception(exc))
        logs.log_error(f"job {self.name} failed: {self.last_error}", self.traceback)
        self._flush()
        self._end()
        self.failed.emit(self.last_error)

    def _on_aborted(self, job: int) -> None:
        if job != self._job:
            return
        self._flush()
        self._end()
        self.cancelled.emit()

    def _on_finished(self, job: int) -> None:
        # covers a FunctionWorker cancelled before it returned, and any path
        # that ended without returned/errored/aborted reaching us
        if job == self._job and self._worker is not None:
            self._flush()
            self._end()
            self.cancelled.emit()

    def _end(self) -> None:
        self._timer.stop()
        drawn = getattr(self._worker, "drawn", None)
        if drawn is not None:
            drawn.set()
        if self._worker is not None:
            self._worker = None
            self.running_changed.emit(False)


def active_thread_count() -> int:
    return QThreadPool.globalInstance().activeThreadCount()


def shutdown_all(msecs: int = 10000) -> bool:
    """Cancel every runner's job (stop events included), ask every worker to quit and
    wait up to ``msecs`` for the pool to drain."""
    for runner in list(_RUNNERS):
        try:
            runner.cancel()
        except RuntimeError:       # its C++ side is already gone
            pass
    try:
        WorkerBase.await_workers(msecs)
    except RuntimeError:
        return False
    return True
