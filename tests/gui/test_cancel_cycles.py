"""Cancel and close, 50 times in a row, for every long job: no thread is left, the page still works.

For every long job of ``tests/gui/long_jobs.py`` (Inpainting run, Compare and a threaded
64-restart run; λ sweep with both optimisers; sparse autoencoder training and Compare;
WL Gram matrix; inverse CDF; Gibbs; Laplace denoising):

* 50 cycles in one window of start (Ctrl+R, the Run button or the job's own button) →
  first snapshot → cancel (the Cancel button clicked, or Esc in the window), each step
  waited for by its signal; then no superqt worker runs and no extra Python thread is
  alive within 5 s, and one last full run gives the result the engine gives when called
  directly;
* 50 cycles per job of new window → start → first snapshot → close the window (150
  windows, each running 3 or 4 jobs of different pages side by side, so that one close
  stops several); then no worker and no extra thread within 5 s.

Problem sizes are small (3 restarts, 500 patches, a 160-graph TU dataset, …) but every
job is far from its end when its first snapshot arrives.  Memory over 200 cycles is
measured by ``benchmarks/cancel_cycles.py``, not asserted here.  The last tests pin what
the cycles found in the runner: a job's RuntimeError left it "running" for ever, a cancelled
job's generator was closed later on the GUI thread (its threads outlived the window), and a
third job waited behind two running ones.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from PySide6.QtCore import QThreadPool
from superqt.utils import WorkerBase

from nnlab_gui import workers
from nnlab_gui.app import MainWindow
from nnlab_gui.workers import EngineRunner
from tests.gui.conftest import python_threads
from tests.gui.long_jobs import JOBS, TIMEOUT, Context, cycle, run_to_end, start_job, window_rounds

CYCLES = 50
PARAMS = [pytest.param(job, id=job.name.replace(" ", "-"),
                       marks=() if job.needs else pytest.mark.skip(reason=f"{job.name}: a resource is missing"))
          for job in JOBS]


@pytest.fixture
def ctx(tmp_path, monkeypatch, qtbot):
    return Context(tmp_path, monkeypatch.setattr, qtbot.waitSignal, {})


def nothing_left(before: set) -> bool:
    """No superqt worker is running and no Python thread beyond ``before`` is alive."""
    return (not any(w.is_running for w in WorkerBase._worker_set)
            and not set(python_threads()) - before)


@pytest.mark.parametrize("job", PARAMS)
def test_fifty_cancels_leave_no_thread_and_the_page_still_works(window, qtbot, ctx, job):
    before = set(python_threads())
    page = window.show_page(job.path)
    job.prepare(page, ctx)
    runner = page.run_panel.runner
    for i in range(CYCLES):
        cycle(window, page, job, i, qtbot.waitSignal)
        assert not page.is_running() and page.run_panel.run_button.isEnabled(), f"cycle {i}"
        assert runner.last_error is None, f"cycle {i}: {runner.last_error}"
    qtbot.waitUntil(lambda: nothing_left(before), timeout=5000)
    run_to_end(window, page, job, ctx)
    assert runner.last_error is None and page.run_panel.progress.value() == page.run_panel.progress.maximum()
    qtbot.waitUntil(lambda: nothing_left(before), timeout=5000)


def close_and_delete(qtbot, win) -> None:
    """Close the window (it stops every job and waits for the workers), then delete it: a closed
    MainWindow is otherwise kept alive by the lambdas of its View menu (see the report)."""
    gone: list = []
    win.close()
    win.destroyed.connect(lambda: gone.append(True))     # no argument: PySide cannot convert it now
    win.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=5000)


def test_fifty_windows_closed_during_every_job_leave_no_thread(qtbot, ctx, monkeypatch):
    """Every job 50 times: new window → start → first snapshot → close.  A page's jobs take
    turns; pages share windows (3 or 4 jobs side by side), so one close stops several."""
    from nnlab_gui.pages.form import Form

    # Form.__getitem__ (unused) makes shiboken take a form for a sequence when a deleted window
    # invalidates it: a KeyError is left pending and the next Python call raises SystemError.
    # The fix belongs in pages/form.py (drop __getitem__); until then the test deletes it.
    if "__getitem__" in Form.__dict__:
        monkeypatch.delattr(Form, "__getitem__")
    jobs = [job for job in JOBS if job.needs]
    before = set(python_threads())
    closed: Counter = Counter()
    for k, round_ in enumerate(window_rounds(jobs, CYCLES)):
        win = MainWindow()
        win.show()
        pages: list = []
        try:
            pages = [win.show_page(job.path) for job in round_]   # built first: then the jobs start
            for job, page in zip(round_, pages):
                job.prepare(page, ctx)
            for job, page in zip(round_, pages):
                win.show_page(job.path)
                with qtbot.waitSignal(page.run_panel.runner.snapshot, timeout=TIMEOUT):
                    start_job(win, page, job, k)
            assert [job.name for job, page in zip(round_, pages) if not page.is_running()] == [], f"window {k}"
        finally:
            close_and_delete(qtbot, win)
        assert [job.name for job, page in zip(round_, pages) if page.is_running()] == [], f"window {k}"
        assert not any(w.is_running for w in WorkerBase._worker_set), f"window {k}"
        closed.update(job.name for job in round_)
    assert closed == {job.name: CYCLES for job in jobs}
    qtbot.waitUntil(lambda: nothing_left(before), timeout=5000)


# ----------------------------------------------------------- what the cycles found in the runner
def paced(stop: threading.Event, on_close=None):
    """A long job: a snapshot every 5 ms (paced by its own stop event) until cancelled."""
    try:
        i = 0
        while True:
            i += 1
            stop.wait(0.005)
            yield i
    finally:
        if on_close is not None:
            on_close()


def test_a_job_raising_a_runtime_error_fails_instead_of_running_for_ever(qtbot):
    def job():
        yield 1
        raise NotImplementedError("no such optimiser yet")     # a RuntimeError subclass

    runner = EngineRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.start(job)
    assert failed.args == ["NotImplementedError: no such optimiser yet"]
    assert not runner.is_running() and "no such optimiser yet" in runner.traceback
    qtbot.waitUntil(lambda: not any(w.is_running for w in WorkerBase._worker_set), timeout=5000)


def test_a_cancelled_job_is_closed_on_its_worker_thread_before_the_worker_ends(qtbot):
    """The engine's finally blocks (joining its own threads) run on the worker thread, so
    ``shutdown_all`` (the window's close) returns with the engine's threads gone, and the GUI
    thread never waits for them."""
    stop, closed_on = threading.Event(), []
    own = threading.Thread(target=stop.wait, name="engine-own", daemon=True)

    def job():
        own.start()

        def join():
            closed_on.append(threading.current_thread() is threading.main_thread())
            stop.set()
            own.join()
        yield from paced(threading.Event(), on_close=join)

    runner = EngineRunner()
    with qtbot.waitSignal(runner.snapshot, timeout=5000):
        runner.start(job)            # no stop event: only closing the generator ends its thread
    assert own.is_alive()
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.cancel()
    assert workers.shutdown_all(5000)
    assert closed_on == [False] and not own.is_alive()


def test_a_third_job_runs_while_two_others_do(qtbot):
    """The shared pool has one thread per core; a job started while others run is not queued."""
    runners = [EngineRunner() for _ in range(QThreadPool.globalInstance().maxThreadCount() + 1)]
    with qtbot.waitSignals([r.snapshot for r in runners], timeout=5000):
        for r in runners:
            r.start(paced, _stop_arg="stop")
    assert all(r.is_running() for r in runners)
    for r in runners:
        with qtbot.waitSignal(r.cancelled, timeout=5000):
            r.cancel()


def _blas_threads() -> set:
    from threadpoolctl import threadpool_info

    return {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}


def test_a_job_on_another_worker_thread_still_gets_one_blas_thread():
    """What made a λ sweep 4-5× slower after a cancelled job: its worker ran on a second pool
    thread, and the limit it asked for was silently ignored (two BLAS threads per chunk thread)."""
    from nnlab_gui.engine.blas import one_blas_thread

    if _blas_threads() == {1}:
        pytest.skip("BLAS runs on one thread here anyway")
    first_done, seen, release = threading.Event(), [], threading.Event()

    def first():                      # a job on pool thread 1, which then idles (alive)
        with one_blas_thread():
            pass
        first_done.set()
        release.wait(10)

    def second():                     # the next job, on pool thread 2
        with one_blas_thread():
            seen.append(_blas_threads())

    a = threading.Thread(target=first)
    a.start()
    try:
        assert first_done.wait(10)
        b = threading.Thread(target=second)
        b.start()
        b.join(10)
    finally:
        release.set()
        a.join(10)
    assert seen == [{1}]


class _Cyclic:
    """Cyclic garbage that notes the thread it is destroyed on."""

    threads: list = []

    def __init__(self):
        self.me = self

    def __del__(self):
        _Cyclic.threads.append(threading.current_thread() is threading.main_thread())


def test_garbage_made_while_a_job_runs_is_collected_on_the_gui_thread(qtbot):
    """A collection triggered on a worker thread destroys the Qt objects in the garbage there
    (closing windows then crashed in QTimerInfoList::activateTimers); while jobs run, the
    runner collects on the GUI thread instead, and the collector is back on afterwards."""
    import gc

    _Cyclic.threads = []

    def job(stop):
        while True:
            for _ in range(2000):            # well past the collector's threshold (700)
                _Cyclic()
            yield len(_Cyclic.threads)
            stop.wait(0.005)

    runner = EngineRunner()
    with qtbot.waitSignal(runner.snapshot, timeout=5000):
        runner.start(job, _stop_arg="stop")
    qtbot.waitUntil(lambda: len(_Cyclic.threads) > 5000, timeout=10000)
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.cancel()
    assert workers.shutdown_all(5000)
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    assert set(_Cyclic.threads) == {True}
