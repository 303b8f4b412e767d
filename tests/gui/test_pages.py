"""The page contract: declared forms, the run panel, presets, saving, messages and the log."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from nnlab_gui import logs
from nnlab_gui.pages import Choice, Flag, Float, Form, Int, Job, Numbers, Page, Preset, Text, format_float
from nnlab_gui.pages.form import FloatSpinBox
from nnlab_gui.widgets import export

FIELDS = [
    Int("restarts", "Restarts", 20, 1, 200, tip="random starts"),
    Float("lr", "Step μ", 1e-3, 1e-6, 1.0, log=True, tip="z ← z − μ g"),
    Float("sigma", "Noise σ", 0.0, 0.0, 0.3, step=0.01, slider=True),
    Choice("optimizer", "Optimiser", "rmsprop", [("rmsprop", "RMSprop"), ("adam", "Adam"), ("gd", "GD")]),
    Flag("scale", "scale by 1/√d_k", True),
    Text("density", "p(s)", "0.5 + s"),
    Numbers("lams", "λ values", (0.0, 1.0, 20.0), minimum=0.0),
    Int("seed", "Seed", 0, 0, 10**6, persist=False),
]
DEFAULTS = {"restarts": 20, "lr": 1e-3, "sigma": 0.0, "optimizer": "rmsprop", "scale": True,
            "density": "0.5 + s", "lams": (0.0, 1.0, 20.0), "seed": 0}


def make_form(qtbot, key="test/form"):
    form = Form(FIELDS, key=key, columns=2)
    qtbot.addWidget(form)
    return form


def test_form_builds_typed_widgets_and_gives_engine_values(qtbot):
    form = make_form(qtbot)
    assert form.values() == DEFAULTS
    assert isinstance(form.widget("restarts"), QSpinBox)
    assert isinstance(form.widget("lr"), FloatSpinBox)
    assert isinstance(form.widget("optimizer"), QComboBox)
    assert isinstance(form.widget("scale"), QCheckBox)
    assert isinstance(form.widget("lams"), QLineEdit)
    assert form.widget("lr").text() == "0.001"         # a rate reads as a rate (never 0.001000)
    assert form.widget("lams").text() == "0, 1, 20"
    assert form.widget("restarts").toolTip() == "random starts"


def test_form_round_trip_and_refusals(qtbot):
    form = make_form(qtbot)
    new = {"restarts": 7, "lr": 2e-5, "sigma": 0.15, "optimizer": "adam", "scale": False,
           "density": "exp(-s)", "lams": (0.0, 3.0), "seed": 42}
    assert form.set_values(new) == []
    assert form.values() == new
    assert form.widget("lr").text() == "2e-5"
    assert form.widget("optimizer").currentText() == "Adam"
    problems = form.set_values({"restarts": 0, "optimizer": "sgd", "lams": [1, 1], "unknown": 3})
    assert len(problems) == 3 and "Restarts" in problems[0] and "λ values" in problems[2]
    assert form.values() == new                          # refused values change nothing


def test_form_remembers_user_edits_across_runs_unless_told_not_to(qtbot):
    form = make_form(qtbot)
    form.widget("restarts").setValue(33)                 # as the user would
    form.widget("optimizer").setCurrentIndex(2)
    form.widget("seed").setValue(9)                      # persist=False
    lams = form.widget("lams")
    lams.setText("0.5, 2")
    lams.editingFinished.emit()
    again = make_form(qtbot)
    assert again.value("restarts") == 33
    assert again.value("optimizer") == "gd"
    assert again.value("lams") == (0.5, 2.0)
    assert again.value("seed") == 0
    other = make_form(qtbot, key="another/page")         # keys keep pages apart
    assert other.value("restarts") == 20


def test_a_bad_typed_list_is_reported_and_blocks_values_until_fixed(qtbot):
    form = make_form(qtbot)
    problems, fixed = [], []
    form.problem.connect(lambda name, msg: problems.append((name, msg)))
    form.fixed.connect(fixed.append)
    edit = form.widget("lams")
    edit.setText("0, -1")
    edit.editingFinished.emit()
    assert problems and problems[0][0] == "lams" and "≥ 0" in problems[0][1]
    with pytest.raises(ValueError, match="λ values"):
        form.values()
    assert form.value("restarts") == 20
    edit.setText("0, 1")
    edit.editingFinished.emit()
    assert fixed == ["lams"] and form.values()["lams"] == (0.0, 1.0)


def test_float_box_reads_scientific_text_and_steps_1_2_5(qtbot):
    form = make_form(qtbot)
    box = form.widget("lr")
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "3e-4")
    box.interpretText()
    assert form.value("lr") == pytest.approx(3e-4)
    box.setValue(1e-3)
    box.stepBy(1)
    assert box.value() == pytest.approx(2e-3)
    box.stepBy(2)
    assert box.value() == pytest.approx(1e-2)
    box.stepBy(-3)
    assert box.value() == pytest.approx(1e-3)
    assert [format_float(v) for v in (0.001, 0.25, 20.0, 1e-5, 0.0)] == ["0.001", "0.25", "20", "1e-5", "0"]


# ------------------------------------------------------------------ a page with a job
def counting(n, delay=0.0, stop=None, fail_at=None):
    for i in range(n):
        if stop is not None and stop.is_set():
            return "stopped"
        if fail_at == i:
            raise ZeroDivisionError("the dummy engine divided by zero")
        time.sleep(delay)
        yield i
    return n


def spin_forever(stop):
    """An engine call with a thread of its own that only the stop event ends."""
    seen = []

    def helper():
        while not stop.is_set():
            time.sleep(0.005)
        seen.append("helper stopped")

    t = threading.Thread(target=helper, name="engine-helper")
    t.start()
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        stop.set()
        t.join()


class CountPage(Page):
    TITLE = "Count"
    FIELDS = [Int("n", "Count to", 5, 1, 10**6), Flag("forever", "forever", False, persist=False),
              Int("fail_at", "Fail at", 0, 0, 100, special="never", persist=False)]
    PRESETS = [Preset("Short", {"n": 3}), Preset("Long", {"n": 50, "marks": [1, 2]})]
    RUN_TEXT = "Count"

    def build(self):
        self.seen, self.done, self.marks = [], [], []
        self.side_layout(QLineEdit())

    def job(self):
        v = self.form.values()
        if v["forever"]:
            return Job(spin_forever, stop=True)
        return Job(counting, (v["n"],), dict(fail_at=v["fail_at"] or None), message="counting…")

    def progress_of(self, snap):
        return snap + 1, self.form.value("n")

    def _on_snapshot(self, snap):
        self.seen.append(snap)

    def _on_done(self, value):
        self.done.append(value)

    def extra_state(self):
        return {"marks": list(self.marks)}

    def apply_extra_state(self, state):
        if "marks" in state:
            self.marks = [int(m) for m in state["marks"]]


@pytest.fixture
def page(qtbot):
    p = CountPage(key="test/count")
    qtbot.addWidget(p)
    p.show()
    return p


def test_run_button_starts_the_declared_job_and_reports_progress(qtbot, page):
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=10000):
        qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
    assert page.done == [5] and page.seen[-1] == 4
    assert page.runs == 1
    assert page.run_panel.progress.value() == page.run_panel.progress.maximum()
    assert page.run_panel.progress.format().startswith("done")
    assert page.messages.text() == "counting…"


def test_a_worker_error_reaches_the_message_bar_and_the_log(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path))
    page.form.set_values({"fail_at": 2})
    with qtbot.waitSignal(page.run_panel.runner.failed, timeout=10000):
        page.run()
    assert page.messages.level == "error"
    assert "ZeroDivisionError: the dummy engine divided by zero" in page.messages.text()
    log = (tmp_path / "nnlab.log").read_text()
    assert "Traceback" in log and "in counting" in log and "divided by zero" in log
    assert logs.read_log() == log


def test_cancel_sets_the_stop_event_that_the_engine_threads_watch(qtbot, page):
    page.form.set_values({"forever": True})
    with qtbot.waitSignal(page.run_panel.runner.yielded, timeout=10000):
        page.run()
    assert any(t.name == "engine-helper" for t in threading.enumerate())
    with qtbot.waitSignal(page.run_panel.runner.cancelled, timeout=10000):
        page.cancel()
    qtbot.waitUntil(lambda: not any(t.name == "engine-helper" for t in threading.enumerate()), timeout=5000)
    assert page.run_panel.run_button.isEnabled()


def test_a_discarded_job_sends_nothing_more(qtbot, page):
    page.form.set_values({"n": 10**6})
    with qtbot.waitSignal(page.run_panel.runner.yielded, timeout=10000):
        page.run()
    page.run_panel.discard()
    assert not page.is_running() and page.run_panel.run_button.isEnabled()
    count = len(page.seen)
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=10000):
        page.form.set_values({"n": 2})
        page.run()
    assert page.done == [2]
    assert all(s in (0, 1) for s in page.seen[count:])


def test_bad_input_stops_the_job_with_a_message(qtbot, page):
    edit = page.form.widget("n")
    edit.setValue(5)

    def refuse():
        raise ValueError("the λ list is empty: add at least one value")

    page.job = refuse
    assert page.run() is False and page.runs == 0
    assert page.messages.level == "error" and "λ list is empty" in page.messages.text()
    assert not page.is_running()


def test_choosing_a_preset_applies_it_at_once(qtbot, page):
    picker = page.preset_picker
    assert picker.names() == ["Short", "Long"]
    picker.combo.setCurrentIndex(1)
    picker.combo.activated.emit(1)
    assert page.form.value("n") == 50 and page.marks == [1, 2]
    page.form.widget("n").setValue(8)
    picker.combo.activated.emit(1)                       # the same preset again: re-applied
    assert page.form.value("n") == 50
    assert page.state() == {"n": 50, "forever": False, "fail_at": 0, "marks": [1, 2]}
    assert page.apply_state({"n": -3}) and page.form.value("n") == 50


def test_save_helpers_write_by_filter_and_report(qtbot, page, tmp_path, monkeypatch):
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.plot([0, 1, 2], [3, 1, 2])
    qtbot.addWidget(plot)
    plot.show()
    target = tmp_path / "curve.csv"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(target))
    page.save_plot(plot, "curve", table=lambda: (np.array([[0, 3], [1, 1]]), ["x", "y"]))
    assert target.read_text().splitlines() == ["x,y", "0,3", "1,1"]
    assert page.messages.level == "info" and str(target) in page.messages.text()
    bad = tmp_path / "no-such-folder" / "x.txt"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: str(bad))
    page.save_text(lambda suffix: "hello", "Text (*.txt)", "x.txt")
    assert page.messages.level == "error" and "could not save x.txt" in page.messages.text()


def test_messages_stay_until_fixed_and_leave_with_the_page(qtbot, page):
    edit = page.form.widget("n")
    page.messages.error("Count to: bad", source="n")
    page.messages.resolve("other")
    assert page.messages.level == "error"
    page.messages.resolve("n")
    assert page.messages.level == "info" and page.messages.text() == ""
    page.messages.error("still wrong")
    page.page_left()
    assert page.messages.text() == ""
    assert edit.isEnabled()
