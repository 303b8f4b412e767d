"""Main window, worker plumbing, settings and the --screenshot command."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel
from superqt.utils import WorkerBase

from nnlab_gui.app import MainWindow
from nnlab_gui.pages import Job, Page
from nnlab_gui.workers import EngineRunner

TITLES = ["Generator", "Inpainting", "Hidden units (λ)", "RNN & attention", "CNN calculator", "WL kernel"]


def slow_counter(n, delay=0.005, log=None):
    """A dummy engine generator: yields 0..n-1, a little work between yields."""
    for i in range(n):
        if log is not None:
            log.append(i)
        time.sleep(delay)
        yield i
    return "finished"


def failing_job(after):
    for i in range(after):
        yield i
    raise ArithmeticError("the dummy engine divided by zero")


def forever(log=None):
    i = 0
    while True:
        if log is not None:
            log.append(i)
        np.linalg.svd(np.ones((60, 60)))
        yield i
        i += 1


def test_six_tabs_in_order(window):
    assert window.tabs.count() == 6
    assert [window.tabs.tabText(i) for i in range(6)] == TITLES
    assert window.tab_titles() == TITLES
    for title in TITLES:  # every tab was built (no "could not be built" page)
        assert not isinstance(window.tab_widgets[title], QLabel), title


def test_select_tab_by_prefix(window):
    window.select_tab("wl")
    assert window.tabs.currentIndex() == 5
    window.select_tab("Hidden units")
    assert window.tabs.currentIndex() == 2
    with pytest.raises(KeyError):
        window.select_tab("no such tab")


def test_worker_streams_every_snapshot_in_order(qtbot):
    runner = EngineRunner()
    seen = []
    runner.yielded.connect(seen.append)
    with qtbot.waitSignal(runner.done, timeout=10000) as blocker:
        runner.start(slow_counter, 25, 0.001)
    assert seen == list(range(25))
    assert blocker.args == ["finished"]
    assert not runner.is_running()


def test_latest_snapshot_signal_ends_with_the_last_one(qtbot):
    runner = EngineRunner(rate_hz=60)
    drawn = []
    runner.snapshot.connect(drawn.append)
    with qtbot.waitSignal(runner.done, timeout=10000):
        runner.start(slow_counter, 40, 0.002)
    assert drawn and drawn[-1] == 39
    assert drawn == sorted(drawn) and len(drawn) <= 40


class ForeverPage(Page):
    RUN_TEXT = "Run"

    def build(self):
        self.log: list[int] = []
        self.stack(self.run_panel)

    def job(self):
        return Job(forever, (self.log,))


def test_cancel_button_stops_within_one_snapshot(qtbot):
    page = ForeverPage(key="test/forever")
    qtbot.addWidget(page)
    page.show()
    panel, runner = page.run_panel, page.run_panel.runner
    with qtbot.waitSignal(runner.yielded, timeout=10000):
        qtbot.mouseClick(panel.run_button, qtbot_button())
    assert panel.cancel_button.isEnabled() and not panel.run_button.isEnabled()
    with qtbot.waitSignal(runner.cancelled, timeout=10000):
        produced_at_cancel = len(page.log)
        qtbot.mouseClick(panel.cancel_button, qtbot_button())
    QThreadPool.globalInstance().waitForDone(5000)
    assert len(page.log) <= produced_at_cancel + 1
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()
    assert page.messages.text().startswith("Cancelled")


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_exception_arrives_as_error_signal_with_message(qtbot):
    runner = EngineRunner()
    got = []
    runner.yielded.connect(got.append)
    with qtbot.waitSignal(runner.failed, timeout=10000) as blocker:
        runner.start(failing_job, 3)
    assert blocker.args == ["ArithmeticError: the dummy engine divided by zero"]
    assert got == [0, 1, 2]
    assert "failing_job" in runner.traceback
    assert not runner.is_running()


def test_error_reaches_the_page_message_bar(qtbot):
    page = ForeverPage(key="test/failing")
    qtbot.addWidget(page)
    page.job = lambda: Job(failing_job, (1,))
    with qtbot.waitSignal(page.run_panel.runner.failed, timeout=10000):
        assert page.run()
    assert page.messages.level == "error"
    assert "divided by zero" in page.messages.text()


def test_starting_a_new_job_cancels_the_old_one(qtbot):
    runner = EngineRunner()
    seen = []
    runner.yielded.connect(seen.append)
    runner.start(forever)
    with qtbot.waitSignal(runner.done, timeout=10000):
        runner.start(slow_counter, 3, 0.0)
    QThreadPool.globalInstance().waitForDone(5000)
    assert seen[-3:] == [0, 1, 2]


def test_closing_the_window_mid_run_leaves_no_thread(qtbot, qtlog):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    runner = EngineRunner(win)
    with qtbot.waitSignal(runner.yielded, timeout=10000):
        runner.start(forever)
    assert QThreadPool.globalInstance().activeThreadCount() >= 1
    before = len(qtlog.records)
    win.close()
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    QApplication.processEvents()
    assert not [w for w in WorkerBase._worker_set if w.is_running]
    warnings = [r for r in qtlog.records[before:] if r.type.name in ("QtWarningMsg", "QtCriticalMsg")]
    assert not warnings, [r.message for r in warnings]


def test_gui_stays_responsive_while_a_job_runs(qtbot, capsys):
    """A QTimer probe measures its own lateness while the worker computes."""
    runner = EngineRunner()
    clock = QElapsedTimer()
    lateness = []
    interval = 10
    state = {"last": 0}

    def probe():
        now = clock.elapsed()
        lateness.append(now - state["last"] - interval)
        state["last"] = now

    timer = QTimer()
    timer.setInterval(interval)
    timer.timeout.connect(probe)
    clock.start()
    timer.start()
    log: list[int] = []

    def heavy(n):
        rng = np.random.default_rng(0)
        for i in range(n):
            a = rng.random((300, 300))
            np.linalg.inv(a @ a.T + np.eye(300))
            log.append(i)
            yield i

    with qtbot.waitSignal(runner.done, timeout=60000):
        runner.start(heavy, 120)
    timer.stop()
    assert len(log) == 120 and len(lateness) > 5
    with capsys.disabled():
        print(f"\n[latency probe] lateness percentiles 50/95/max: {np.percentile(lateness, 50):.0f}/{np.percentile(lateness, 95):.0f}/{max(lateness)} ms; first ticks {lateness[:5]}; worst GUI-thread lateness during a worker job: "
              f"{max(lateness)} ms over {len(lateness)} ticks of {interval} ms")


def test_font_size_and_last_tab_are_remembered(qtbot):
    original = QApplication.font()
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        start = win.font_size()
        win.change_font_size(+3)
        assert QApplication.font().pointSize() == start + 3
        win.tabs.setCurrentIndex(4)
        win.close()
        QApplication.setFont(original)
        win2 = MainWindow()
        qtbot.addWidget(win2)
        assert QApplication.font().pointSize() == start + 3
        assert win2.tabs.currentIndex() == 4
        win2.close()
    finally:
        QApplication.setFont(original)


def test_export_view_png_and_svg(window, tmp_path):
    window.resize(900, 600)
    window.export_view(str(tmp_path / "v.png"))
    img = QImage(str(tmp_path / "v.png"))
    assert not img.isNull() and img.width() > 100
    window.export_view(str(tmp_path / "v.svg"))
    text = (tmp_path / "v.svg").read_text()
    assert "<svg" in text
    window.export_view(str(tmp_path / "v.txt"))
    assert "unknown export format" in window.statusBar().currentMessage()


def test_screenshot_command_writes_png(tmp_path, qapp):
    from nnlab_gui.__main__ import main

    out = tmp_path / "shot.png"
    assert main(["--screenshot", str(out), "--size", "900x600", "--tab", "CNN calculator", "--delay", "0"]) == 0
    img = QImage(str(out))
    assert (img.width(), img.height()) == (900, 600)
    assert main(["--screenshot", str(out), "--tab", "no such tab", "--delay", "0"]) == 2
