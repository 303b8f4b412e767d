"""A page's run panel: its one runner, Run / Cancel, a progress bar, and the job's outcome.

The page states its job (``Page.job()`` returns a :class:`Job`: an engine generator
function and its arguments); the panel starts it on the page's one
:class:`~nnlab_gui.workers.EngineRunner` and sends what comes back to the page's
handlers ``_on_snapshot``, ``_on_done``, ``_on_cancelled`` and ``_on_running``.  A failed
job's one-line message goes to the page's message bar (its traceback to the log).

There is one cancellation path: Cancel, Esc and closing the window all call
:meth:`RunPanel.cancel`, which stops the generator at its next ``yield`` and sets the
job's ``stop`` event (``Job(..., stop=True)``) that threads inside the engine call
watch.  A job superseded by new input is dropped with :meth:`discard`: its late
snapshots are ignored by job id.  Ctrl+R / Esc are the main window's, sent to the
current page only (so nested panels can never make a shortcut ambiguous).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import error_text, is_right_to_left, isolate, tr_, translate
from nnlab_gui.workers import EngineRunner

if TYPE_CHECKING:  # pragma: no cover
    from nnlab_gui.pages.page import Page


@dataclass
class Job:
    """One engine call: ``func(*args, **kwargs)``, a generator function yielding snapshots."""

    func: Callable[..., Any]
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    stop: bool = False          # pass the runner's threading.Event as stop=
    kind: str = "run"           # which of the page's jobs (handlers can tell them apart)
    message: str = ""           # shown on the message bar when the job starts


class StampBar(QProgressBar):
    """The progress bar: never narrower than the outcome it shows ("done · 12.34 s", in the
    lab's language and font), so the stamp is read whole at any scale."""

    def _text_width(self) -> int:
        fm = self.fontMetrics()
        words = [tr_("done"), tr_("failed"), tr_("cancelled")]
        return max(fm.horizontalAdvance(f"{w} · 999.99 s") for w in words) + 2 * fm.averageCharWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._text_width()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._text_width()), hint.height())


class RunPanel(QWidget):
    def __init__(self, page: "Page", run_text: str = "Run", rate_hz: float = 30.0,
                 tip: str = ""):
        super().__init__(page)
        self.page = page
        self.runner = EngineRunner(self, rate_hz=rate_hz)
        self.kind = ""
        self.started_at = 0.0
        self.elapsed = 0.0
        run_text, tip = translate(run_text), translate(tip)
        self.run_button = QPushButton(run_text)
        self.run_button.setToolTip((tip + "\n" if tip else "") + f"{run_text} (Ctrl+R)")
        self.cancel_button = QPushButton(tr_("Cancel"))
        self.cancel_button.setToolTip(tr_("Stop at the next snapshot (Esc)"))
        self.cancel_button.setEnabled(False)
        self.progress = StampBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setFormat("%p%")
        self._extra: list[QPushButton] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.run_button)
        lay.addWidget(self.cancel_button)
        lay.addWidget(self.progress, 1)
        self.run_button.clicked.connect(page.run)
        self.cancel_button.clicked.connect(self.cancel)
        r = self.runner
        r.running_changed.connect(self._on_running_changed)
        r.snapshot.connect(self._on_snapshot)
        r.done.connect(self._on_done)
        r.failed.connect(self._on_failed)
        r.cancelled.connect(self._on_cancelled)

    # ------------------------------------------------------------------ jobs
    def run(self) -> bool:
        """Start the page's job (``page.job()``); False when there is none or it is refused."""
        if self.runner.is_running():
            return False
        try:
            job = self.page.job()
        except ValueError as exc:
            self.page.messages.error(error_text(exc), source="job")
            return False
        return self.start(job) if job is not None else False

    def start(self, job: Job) -> bool:
        """Start ``job`` (superseding a running one)."""
        self.kind = job.kind
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        if self.page.messages.source == "job":
            self.page.messages.clear_message()
        if job.message:
            self.page.messages.info(translate(job.message))
        self.started_at = time.perf_counter()
        self.runner.start(job.func, *job.args, _stop_arg="stop" if job.stop else None, **job.kwargs)
        return True

    def cancel(self) -> bool:
        return self.runner.cancel()

    def discard(self) -> bool:
        """Drop the running job: its inputs changed, so nothing it still sends is shown."""
        return self.runner.discard()

    def is_running(self) -> bool:
        return self.runner.is_running()

    def add_button(self, text: str, job: Callable[[], Job | None], tip: str = "") -> QPushButton:
        """A second job of the page on the same runner (e.g. "Compare optimisers")."""
        b = QPushButton(translate(text))
        b.setToolTip(translate(tip))

        def start() -> None:
            if self.runner.is_running():
                return
            try:
                j = job()
            except ValueError as exc:
                self.page.messages.error(error_text(exc), source="job")
                return
            if j is not None:
                self.start(j)

        b.clicked.connect(start)
        self._extra.append(b)
        self.layout().insertWidget(1 + len(self._extra) - 1, b)
        return b

    def set_progress(self, done: float, total: float) -> None:
        frac = 0.0 if total <= 0 else max(0.0, min(1.0, done / total))
        self.progress.setValue(int(round(frac * self.progress.maximum())))

    # ------------------------------------------------------------- handlers
    def _on_running_changed(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for b in self._extra:
            b.setEnabled(not running)
        self.page._on_running(running)

    def _on_snapshot(self, snap: Any) -> None:
        prog = self.page.progress_of(snap)
        if prog is not None:
            self.set_progress(*prog)
        self.page._on_snapshot(snap)

    def _stamp(self, what: str) -> None:
        self.elapsed = time.perf_counter() - self.started_at
        seconds = f"{self.elapsed:.2f} s"
        if is_right_to_left():                   # "0.24 s" must not read "s 0.24"
            seconds = isolate(seconds)
        self.progress.setFormat(f"{what} · {seconds}")   # what: already translated

    def _on_done(self, value: Any) -> None:
        self.progress.setValue(self.progress.maximum())
        self._stamp(tr_("done"))
        self.page._on_done(value)

    def _on_failed(self, message: str) -> None:
        if isinstance(self.runner.last_exception, Problem):    # the engine's message, translated
            message = error_text(self.runner.last_exception)
        self._stamp(tr_("failed"))
        self.page.messages.error(tr_("{message}  (details: Help → Show log)").format(message=message), source="job")
        self.page._on_failed(message)

    def _on_cancelled(self) -> None:
        self._stamp(tr_("cancelled"))
        self.page._on_cancelled()
