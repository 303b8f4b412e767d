"""The page contract: a page declares its controls, presets, job and exports; this builds them.

A page is a :class:`Page` subclass with declarations and a ``build()`` that lays out
its views::

    class GramPage(Page):
        TITLE = "Dataset"
        FIELDS = [Int("h", "Iterations h", 5, 0, 12, tip="φ counts labels of iterations 0..h")]
        RUN_TEXT = "Compute Gram matrix"

        def build(self):
            self.heat = pg.PlotWidget()
            self.add_export("Heatmap / Gram matrix…", lambda: self.save_plot(self.heat, "gram"))
            self.side_layout(self.heat)            # controls on the left, messages below

        def job(self):                             # Ctrl+R and the Run button
            return Job(wl.kernel_steps, (self.batch,), self.form.values())

        def _on_done(self, snap): self.heat_img.setImage(snap.K)

What the machinery gives every page: ``self.form`` (:class:`Form` of ``FIELDS``, values
remembered across runs), ``self.run_panel`` (when ``RUN_TEXT`` is set: the page's one
runner), ``self.preset_picker`` (for ``PRESETS``), ``self.messages`` (its message bar),
the ``save_*`` helpers, ``state()`` / ``apply_state()`` (what presets, sessions and lessons
apply), and the hooks the window calls: ``run()`` (Ctrl+R), ``cancel()`` (Esc),
``open_file(path)`` (File → Open… with ``OPEN_FILTER``), ``page_left()``, ``shutdown()``.
A page with nothing to run on a worker (the calculators) overrides ``run_now()``.
"""

from __future__ import annotations

import sys
from typing import Any, Sequence

from PySide6.QtWidgets import (QHBoxLayout, QMenu, QSizePolicy, QSplitter, QToolButton,
                               QVBoxLayout, QWidget)
from PySide6.QtCore import Qt, Signal

from nnlab_gui import i18n
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_, translate
from nnlab_gui.widgets import reading_order
from nnlab_gui.widgets.side_column import SideColumn
from nnlab_gui.pages.fields import Field, Preset
from nnlab_gui.pages.form import Form
from nnlab_gui.pages.presets import PresetPicker
from nnlab_gui.pages.run_panel import Job, RunPanel
from nnlab_gui.pages.saving import Saving
from nnlab_gui.widgets.messages import MessageBar


class Page(Saving, QWidget):
    TITLE = ""
    FIELDS: Sequence[Field] = ()
    FORM_COLUMNS = 1
    PRESETS: Sequence[Preset] = ()
    RUN_TEXT: str | None = None        # a run panel (one runner) when set
    RUN_TIP = ""
    RATE_HZ = 30.0                     # how often the latest snapshot is drawn
    OPEN_FILTER: str | None = None
    PERSIST = True                     # remember the form's values across runs
    MODEL = ""                         # the model the page uses, named on its tab's bar
    model_changed = Signal()           # emit when model_text() changes

    def __init__(self, key: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key or self.TITLE or type(self).__name__
        self._exports = []
        self._state_parts: dict[str, tuple] = {}   # key → (get, apply): widgets' own state
        self.files: dict[str, dict] = {}           # slot → file reference (path, sha256)
        self.file_notes: list[str] = []            # what the last applied state's files lacked
        self.runs = 0                  # jobs started (Ctrl+R, Run, run_now)
        self.messages = MessageBar(self)
        self.form: Form | None = None
        if self.FIELDS:
            self.form = Form(self.FIELDS, key=self.key, columns=self.FORM_COLUMNS, persist=self.PERSIST)
            self.form.problem.connect(lambda name, msg: self.messages.error(msg, source=name))
            self.form.fixed.connect(self.messages.resolve)
        self.run_panel = RunPanel(self, self.RUN_TEXT, self.RATE_HZ, self.RUN_TIP) if self.RUN_TEXT else None
        self.preset_picker = PresetPicker(self, self.PRESETS) if self.PRESETS else None
        self.build()
        if self.form is not None:
            self.form.changed.connect(self._on_changed)
        i18n.translate_widgets(self)          # texts the page's module holds in constants
        if i18n.is_right_to_left():
            i18n.keep_left_to_right(self)     # plots, matrices, drawings, typed numbers
        reading_order.install(self)           # Tab in reading order; every control named

    # ----------------------------------------------------------- declarations
    def build(self) -> None:
        """Make the views and lay the page out (see :meth:`side_layout`)."""

    def job(self) -> Job | None:
        """The job Run / Ctrl+R starts (ValueError: a message, nothing starts)."""
        return None

    def run_now(self) -> bool:
        """Ctrl+R on a page without a worker job: do its instant computation."""
        self.messages.info(tr_("This page has nothing to run"))
        return False

    def progress_of(self, snap: Any) -> tuple[float, float] | None:
        """(done, total) of a snapshot, for the progress bar."""
        prog = getattr(snap, "progress", None)
        if isinstance(prog, tuple) and len(prog) == 2:
            return prog
        done, total = getattr(snap, "done", None), getattr(snap, "total", None)
        if isinstance(done, (int, float)) and isinstance(total, (int, float)):
            return done, total
        return None

    def extra_state(self) -> dict[str, Any]:
        """What the page holds beyond its form (matrices, masks, graphs), as JSON-able data."""
        return {}

    def apply_extra_state(self, state: dict[str, Any]) -> None:
        """Apply the non-form keys of a (partial) state."""

    def model_text(self) -> str:
        """Which model the page uses ("" for none), shown on the tab's bar as "Model: …"."""
        return self.MODEL

    def refresh(self) -> None:
        """Recompute / redraw from the current inputs (after a state was applied)."""

    def results_state(self) -> Any:
        """The page's trained result as data (``engine.result_data``), None without one: a
        session keeps it when the user asks for trained results."""
        return None

    def apply_results_state(self, data: Any) -> None:
        """Show a saved trained result (ValueError if it does not fit)."""

    # ----------------------------------------------------------------- hooks
    def _on_changed(self, name: str) -> None:
        """A form field changed (``"*"``: several at once)."""

    def _on_snapshot(self, snap: Any) -> None: ...
    def _on_done(self, value: Any) -> None: ...
    def _on_failed(self, message: str) -> None: ...
    def _on_cancelled(self) -> None:
        self.messages.info(tr_("Cancelled: the views show the last snapshot"))

    def _on_running(self, running: bool) -> None: ...

    # ------------------------------------------------------------------ actions
    def run(self) -> bool:
        """Ctrl+R / Run: start the page's job (or its instant computation)."""
        ok = self.run_panel.run() if self.run_panel is not None else bool(self.run_now())
        if ok:
            self.runs += 1
        return ok

    def cancel(self) -> bool:
        return self.run_panel.cancel() if self.run_panel is not None else False

    def is_running(self) -> bool:
        return self.run_panel is not None and self.run_panel.is_running()

    def open_file(self, path: str) -> bool:
        self.messages.error(tr_("{page} opens no files").format(page=translate(self.TITLE) or tr_("This page")))
        return False

    def page_left(self) -> None:
        """The user went to another page: its messages are no longer about what they see."""
        self.messages.clear_message()

    def shutdown(self) -> None:
        """The window closes: stop the job, and take the plots' scenes down while Python
        still holds their items (Qt deleting a pyqtgraph scene later can call back into
        Python objects that are already gone, e.g. a legend's sizeHint).  The job is
        discarded, so nothing it still sends reaches the closed plots."""
        if self.run_panel is not None:
            self.run_panel.discard()
        pg = sys.modules.get("pyqtgraph")
        if pg is None:
            return
        for view in self.findChildren(pg.GraphicsView):
            if not getattr(view, "closed", False):
                try:
                    view.close()
                except (RuntimeError, AttributeError):   # already half torn down
                    pass

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override (a page shown on its own)
        self.shutdown()
        super().closeEvent(event)

    def runners(self) -> list:
        return [self.run_panel.runner] if self.run_panel is not None else []

    def sibling(self, path: str) -> QWidget:
        """Another page of the same tab (``"RNN"``, ``"Sampling:Gibbs"``), built if needed."""
        from nnlab_gui.pages.group import PageGroup

        tab, w = None, self.parentWidget()
        while w is not None:                  # the outermost group is the tab
            if isinstance(w, PageGroup):
                tab = w
            w = w.parentWidget()
        if tab is None:
            raise KeyError(f"page {self.key!r} is not inside a tab")
        return tab.page(path)

    # -------------------------------------------------------------------- state
    def state(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.form is not None:
            out.update({k: list(v) if isinstance(v, tuple) else v for k, v in self.form._values.items()})
        out.update(self.extra_state())
        out.update({key: get() for key, (get, _apply) in self._state_parts.items()})
        if self.files:
            out["files"] = {slot: dict(ref) for slot, ref in self.files.items()}
        return out

    def record_file(self, slot: str, path: str, reread: bool = True) -> None:
        """The page loaded ``path`` into ``slot``: a session refers to it by path and digest
        (``reread``: its content is not in the state, restoring reads it again)."""
        from nnlab_gui.engine.file_refs import make_ref

        try:
            self.files[slot] = make_ref(path, reread)
        except OSError:
            self.files.pop(slot, None)

    def _apply_files(self, refs: Any) -> None:
        """Read again the files a state refers to; a missing or changed one is noted, not fatal."""
        from nnlab_gui.engine.file_refs import check_ref

        if not isinstance(refs, dict):
            raise Problem(N_("files: a table of file references"))
        why = {slot: check_ref(ref) for slot, ref in refs.items()}      # all checked first
        for slot, ref in refs.items():
            if why[slot] is not None:
                self.file_notes.append(f"{self.TITLE or self.key} ({slot}): {why[slot]}")
            elif ref.get("reread", True) and self.files.get(slot, {}).get("sha256") != ref["sha256"]:
                if not self.open_file(ref["path"]):
                    self.file_notes.append(f"{self.TITLE or self.key} ({slot}): {ref['path']} did not open")
            else:
                self.files[slot] = dict(ref)

    def add_state_part(self, key: str, get, apply) -> None:
        """A widget's own state under ``key`` (e.g. the check-my-answer box): ``get()`` gives
        JSON data, ``apply(data)`` checks it (ValueError) and applies it."""
        self._state_parts[key] = (get, apply)

    def apply_state(self, state: dict[str, Any]) -> list[str]:
        """Apply a (partial) state in one step; returns messages for refused values.

        A ``preset`` key (a preset's name) applies that preset first, so a lesson step can
        say ``{ preset = "Seed 003 pair (K = 65)", k = 1 }``.
        """
        problems: list[str] = []
        self.file_notes = []
        if "files" in state:               # the files first: a generator before its chooser
            state = dict(state)
            try:
                self._apply_files(state.pop("files"))
            except ValueError as exc:
                return [error_text(exc)]
        if "preset" in state:
            state = dict(state)
            name = state.pop("preset")
            preset = next((p for p in self.PRESETS if p.name == name), None)
            if preset is None:
                return [tr_("{page} has no preset {name}; its presets: {presets}").format(
                    page=translate(self.TITLE) or self.key, name=repr(name),
                    presets=", ".join(p.name for p in self.PRESETS) or tr_("none"))]
            state = {**preset.values, **state}
            if self.preset_picker is not None:
                self.preset_picker.show_name(preset.name)
        if self.form is not None:
            problems = self.form.set_values(state, emit=False)
        results = state.get("results")
        rest = {k: v for k, v in state.items() if (self.form is None or k not in self.form.fields)
                and k not in self._state_parts and k != "results"}
        try:
            self.apply_extra_state(rest)
            for key, (_get, apply) in self._state_parts.items():
                if key in state:
                    apply(state[key])
        except ValueError as exc:
            problems.append(error_text(exc))
        self.refresh()
        if results is not None and not problems:
            try:
                self.apply_results_state(results)
            except (ValueError, TypeError) as exc:
                problems.append(tr_("trained result: {why}").format(why=error_text(exc)))
        return problems

    def apply_preset(self, preset: Preset) -> None:
        problems = self.apply_state(preset.values)
        if problems:
            self.messages.error("; ".join(problems))
        else:
            self.messages.info(tr_("Preset: {name}").format(name=translate(preset.name)))
        if self.preset_picker is not None:
            self.preset_picker.show_name(preset.name)

    def visible_text(self) -> str:
        """Every text the page shows now (labels, text views, fields, table cells), one per line:
        what a lesson's ``expect`` and the tests read."""
        from PySide6.QtGui import QTextDocumentFragment
        from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QTableWidget, QTextEdit

        parts = []
        for w in self.findChildren(QWidget):
            if not w.isVisibleTo(self):
                continue
            if isinstance(w, QLabel):
                text = w.text()
                parts.append(QTextDocumentFragment.fromHtml(text).toPlainText() if Qt.mightBeRichText(text)
                             else text)
            elif isinstance(w, QTextEdit):
                parts.append(w.toPlainText())
            elif isinstance(w, (QLineEdit, QAbstractSpinBox)):
                parts.append(w.text())
            elif isinstance(w, QComboBox):
                parts.append(w.currentText())
            elif isinstance(w, QTableWidget):
                parts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())
                          if w.item(r, c) is not None]
        return "\n".join(p for p in parts if p)

    # ------------------------------------------------------------------- layout
    def export_button(self, text: str = N_("Export")) -> QToolButton:
        """A button with a menu of the page's declared exports."""
        b = QToolButton()
        b.setText(translate(text) + " ▾")
        b.setToolTip(tr_("Save a view, a plot or the data behind it (PNG / SVG / CSV)"))
        b.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(b)
        menu.aboutToShow.connect(lambda m=menu: self.fill_export_menu(m))
        b.setMenu(menu)
        return b

    def fill_export_menu(self, menu: QMenu) -> None:
        menu.clear()
        for label, handler in self._exports:
            menu.addAction(translate(label)).triggered.connect(lambda _=False, h=handler: h())
        if not self._exports:
            menu.addAction(tr_("(nothing to export on this page)")).setEnabled(False)

    def controls(self, *widgets: QWidget | None, exports: bool = True) -> QWidget:
        """The standard control column: presets, form, ``widgets``, run panel, exports."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.preset_picker, self.form, *widgets, self.run_panel):
            if w is not None:
                lay.addWidget(w)
        if exports and self._exports:
            lay.addWidget(self.export_button(), 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        return box

    def side_layout(self, main: QWidget, *widgets: QWidget | None, width: int = 330,
                    scroll: bool = True) -> QSplitter:
        """Controls (a scrollable column) on the left, ``main`` on the right, messages below."""
        side = self.controls(*widgets)
        if scroll:
            side = SideColumn(side, width)      # as wide as its content, scrolls only vertically
        else:
            side.setMinimumWidth(min(width, 260))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(side)
        split.addWidget(main)
        split.setStretchFactor(1, 1)
        split.setSizes([max(width, side.minimumSizeHint().width()), 1000])
        split.setChildrenCollapsible(False)
        self.stack(split)
        return split

    def stack(self, *parts: QWidget | QHBoxLayout, stretch_index: int | None = None) -> QVBoxLayout:
        """Lay the page out top to bottom: ``parts``, then the message bar."""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        for i, part in enumerate(parts):
            is_main = i == (len(parts) - 1 if stretch_index is None else stretch_index)
            if isinstance(part, QWidget):
                lay.addWidget(part, 1 if is_main else 0)
            else:
                lay.addLayout(part, 1 if is_main else 0)
        # never taller than its text needs; its minimum is one line, not the height a long
        # (Greek, Russian) message would wrap to at a narrow width: the page's minimum stays put
        self.messages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay.addWidget(self.messages)
        return lay

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        # word-wrapped labels inside would make the page height-for-width, and the
        # window's scroll area would then size it by its preferred height
        return False
