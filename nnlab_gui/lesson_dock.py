"""The lesson panel: a dock with the step's narration, Back / Next / Reveal and "step i of n".

Mixed into the main window (``LessonMixin``): ``start_lesson(name_or_path)`` opens a lesson
(:mod:`nnlab_gui.lessons`) at step 0; going to a step shows its page, applies its state
(and its session part), covers the results it hides until Reveal and runs its action.
PageDown / PageUp go forward and back (a presenter's clicker sends them), Space too in
presenter mode (F11: full screen with the panel).  A step that cannot be applied (a page
that does not exist, a value the page refuses) says so in the panel; the lesson stays.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from nnlab_gui import i18n, lessons
from nnlab_gui.i18n import error_text, tr_


_RTL_LETTER = re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f\u200f]")     # Hebrew (and the RLM)
_TRIM = " \t,.;:!?\"'«»“”"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """``text[a:b]`` without spaces and sentence punctuation at its ends, nor a bracket at an
    end that the run does not close (``"[0, 1] ("`` before a Hebrew word -> ``"[0, 1]"``)."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    while True:
        while a < b and text[a] in _TRIM:
            a += 1
        while b > a and text[b - 1] in _TRIM:
            b -= 1
        run = text[a:b]
        if run and run[0] in pairs and pairs[run[0]] not in run:
            a += 1
        elif run and run[-1] in pairs.values() and next(o for o, c in pairs.items() if c == run[-1]) not in run:
            b -= 1
        elif run and (run[0] in pairs.values() or run[-1] in pairs):
            a, b = (a + 1, b) if run[0] in pairs.values() else (a, b - 1)
        else:
            return a, b


def formula_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` (a right-to-left sentence) has formulas, numbers or Latin names: the runs
    between its Hebrew words, trimmed of spaces and sentence punctuation, that hold a letter
    or a digit.  Shown as left-to-right islands, ``[0, 4]`` keeps its brackets and
    ``W_hx x₁ = [2, 2]`` its order inside the sentence."""
    spans, start = [], 0
    for m in list(_RTL_LETTER.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        a, b = _trim(text, start, end)
        if any(c.isalnum() for c in text[a:b]):
            spans.append((a, b))
        start = m.end() if m else len(text)
    return spans


SHORT_FORMULA = 24                 # characters: a formula (or a bracket) this short is not wrapped


def unbreakable_spaces(formula: str) -> list[int]:
    """The spaces of a formula that must not end a line: every one in a short formula, else
    those inside a short bracket (``[0, 0, 1, 1, 1]``, ``(RMSprop, μ = 0.001)``) -- a formula
    wrapped inside a right-to-left sentence would read in pieces."""
    if len(formula) <= SHORT_FORMULA:
        return [i for i, c in enumerate(formula) if c == " "]
    keep, opened = [], []
    for i, c in enumerate(formula):
        if c in "([{":
            opened.append(i)
        elif c in ")]}" and opened:
            start = opened.pop()
            if i - start <= SHORT_FORMULA:
                keep += [j for j in range(start, i) if formula[j] == " "]
    return sorted(set(keep))


def isolate_formulas(text: str) -> str:
    """``text`` with its :func:`formula_spans` between U+2066 and U+2069 (and their short parts
    held together by no-break spaces)."""
    for a, b in reversed(formula_spans(text)):
        formula = list(text[a:b])
        for i in unbreakable_spaces(text[a:b]):
            formula[i] = "\u00a0"
        text = text[:a] + "\u2066" + "".join(formula) + "\u2069" + text[b:]
    return text


def isolate_document_formulas(document) -> None:
    """The same for every paragraph of a QTextDocument (after its Markdown was parsed)."""
    from PySide6.QtGui import QTextCursor

    block = document.begin()
    while block.isValid():
        text, base = block.text(), block.position()
        if _RTL_LETTER.search(text):            # a formula on its own line stays as it is
            for a, b in reversed(formula_spans(text)):
                cursor = QTextCursor(document)
                for i in unbreakable_spaces(text[a:b]):          # same length: positions stay
                    cursor.setPosition(base + a + i)
                    cursor.setPosition(base + a + i + 1, QTextCursor.MoveMode.KeepAnchor)
                    cursor.insertText("\u00a0")
                cursor.setPosition(base + b)
                cursor.insertText("\u2069")
                cursor.setPosition(base + a)
                cursor.insertText("\u2066")
        block = block.next()


class LessonDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr_("Lesson"), parent)
        self.setObjectName("lesson-dock")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        body = QWidget()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.position = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.back_button = QPushButton(tr_("◀ Back"))
        self.next_button = QPushButton(tr_("Next ▶"))
        self.reveal_button = QPushButton(tr_("Reveal"))
        self.back_button.setToolTip(tr_("The previous step (PageUp)"))
        self.next_button.setToolTip(tr_("The next step (PageDown)"))
        self.reveal_button.setToolTip(tr_("Show the results this step keeps covered"))
        row = QHBoxLayout()
        for w in (self.back_button, self.position, self.next_button):
            row.addWidget(w)
        lay = QVBoxLayout(body)
        lay.addWidget(self.title)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.problem)
        lay.addWidget(self.reveal_button)
        lay.addLayout(row)
        self.setWidget(body)
        self.setMinimumWidth(280)


class LessonMixin:
    lesson: lessons.Lesson | None = None
    lesson_index = 0

    def _build_lesson_menu(self, menu) -> None:
        self.lesson_menu = menu.addMenu(tr_("&Lessons"))
        self.lesson_menu.aboutToShow.connect(self._fill_lesson_menu)
        self._action(menu, tr_("&Presenter mode"), self.toggle_presenter, QKeySequence(Qt.Key.Key_F11),
                     tr_("Full screen with the lesson panel (PageDown / PageUp / Space move through the steps)"))

    def _fill_lesson_menu(self) -> None:
        self.lesson_menu.clear()
        for name in lessons.available():
            try:
                title = lessons.load(name).heading(i18n.language())
            except ValueError:
                continue
            if i18n.is_right_to_left():
                title = isolate_formulas(title)
            self.lesson_menu.addAction(title).triggered.connect(lambda _=False, n=name: self.start_lesson(n))

    def _ensure_dock(self) -> LessonDock:
        dock = getattr(self, "lesson_dock", None)
        if dock is None:
            dock = self.lesson_dock = LessonDock(self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.back_button.clicked.connect(self.lesson_back)
            dock.next_button.clicked.connect(self.lesson_next)
            dock.reveal_button.clicked.connect(self.lesson_reveal)
            for key, slot in ((Qt.Key.Key_PageDown, self.lesson_next), (Qt.Key.Key_PageUp, self.lesson_back)):
                QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WindowShortcut)
            self._space = QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.lesson_next,
                                    context=Qt.ShortcutContext.WindowShortcut)
            self._space.setEnabled(False)        # Space types in fields; only presenters page with it
        return dock

    # ------------------------------------------------------------------ API
    def start_lesson(self, name_or_path) -> bool:
        """Open a lesson (bundled name or a .toml path) at its first step."""
        try:
            lesson = lessons.load(name_or_path)
        except ValueError as exc:
            self.statusBar().showMessage(tr_("Lesson not opened: {error}").format(error=error_text(exc)))
            return False
        self.lesson = lesson
        dock = self._ensure_dock()
        title = lesson.heading(i18n.language())
        dock.setWindowTitle(tr_("Lesson: {title}").format(
            title=isolate_formulas(title) if i18n.is_right_to_left() else title))
        dock.show()
        return self.lesson_goto(0)

    def lesson_position(self) -> tuple[int, int]:
        return (self.lesson_index, len(self.lesson.steps)) if self.lesson else (0, 0)

    def lesson_next(self) -> bool:
        return self.lesson is not None and self.lesson_index + 1 < len(self.lesson.steps) \
            and self.lesson_goto(self.lesson_index + 1)

    def lesson_back(self) -> bool:
        return self.lesson is not None and self.lesson_index > 0 and self.lesson_goto(self.lesson_index - 1)

    def lesson_goto(self, i: int) -> bool:
        """Go to step ``i``: show its page, apply its state, cover its hidden results, run its action."""
        if self.lesson is None or not 0 <= i < len(self.lesson.steps):
            return False
        self._uncover()
        self.lesson_index = i
        step = self.lesson.steps[i]
        dock = self._ensure_dock()
        rtl = i18n.is_right_to_left()
        title = step.heading(i18n.language())
        dock.title.setText(isolate_formulas(title) if rtl else title)
        dock.text.setMarkdown(step.text(i18n.language()))
        if rtl:
            isolate_document_formulas(dock.text.document())
        dock.position.setText(tr_("step {i} of {n}").format(i=i + 1, n=len(self.lesson.steps)))
        dock.back_button.setEnabled(i > 0)
        dock.next_button.setEnabled(i + 1 < len(self.lesson.steps))
        problems = self._apply_step(step)
        dock.problem.setText("; ".join(problems))
        dock.problem.setVisible(bool(problems))
        dock.reveal_button.setEnabled(bool(self._covered))
        return not problems

    def lesson_reveal(self) -> None:
        self._uncover()
        if getattr(self, "lesson_dock", None) is not None:
            self.lesson_dock.reveal_button.setEnabled(False)

    def toggle_presenter(self) -> None:
        """F11: full screen with the lesson panel; again: back to the window."""
        on = not self.isFullScreen()
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        if self.lesson is not None:
            self._ensure_dock().setVisible(True)
        if getattr(self, "_space", None) is not None:
            self._space.setEnabled(on)
        self._presenter_look(on)

    def _presenter_look(self, on: bool, current=None) -> None:
        """Presenter mode: narration large enough for the back row, every page's advanced
        settings folded, the check-my-answer boxes (controls for students at their own
        machines) hidden -- except on the page of a step that checks answers; off: as they were."""
        from nnlab_gui.widgets.answer_check import AnswerCheck
        from nnlab_gui.widgets.section import fold_advanced

        fold_advanced(self, on)

        if current is None and on:
            try:
                current = self.show_page(self.current_path())
            except KeyError:
                current = None
        keep = False                     # the step on screen checks answers on its page
        if self.lesson is not None and 0 <= getattr(self, "lesson_index", -1) < len(self.lesson.steps):
            step = self.lesson.steps[self.lesson_index]
            state = step.state or {}
            keep = "check" in (step.action or "") or bool(state.get("answers") or state.get("check"))
        for box in self.findChildren(AnswerCheck):
            page = box.parentWidget()
            while page is not None and not hasattr(page, "apply_state"):
                page = page.parentWidget()
            box.setVisible(not on or (keep and page is not None and page is current))
        dock = getattr(self, "lesson_dock", None)
        if dock is not None:
            font = dock.text.font()
            base = getattr(dock, "_base_point_size", None) or font.pointSizeF()
            dock._base_point_size = base
            font.setPointSizeF(base * (1.5 if on else 1.0))
            dock.text.setFont(font)
            dock.setMinimumWidth(420 if on else 0)

    # ------------------------------------------------------------------ steps
    _covered: list = []

    def _apply_step(self, step: lessons.Step) -> list[str]:
        problems: list[str] = []
        if step.session and not self.restore_session({"tabs": step.session}):
            problems.append(self.statusBar().currentMessage())
        try:
            page = self.show_page(step.page)
        except KeyError as exc:
            return problems + [str(exc.args[0])]
        if not hasattr(page, "apply_state"):
            return problems + [tr_("the page {page} could not be built").format(page=step.page)]
        if self.isFullScreen():
            self._presenter_look(True, page)     # a page built just now follows the presenter look
        if step.state:
            problems += page.apply_state(step.state)
        covered = []
        for name in step.hidden:
            view = getattr(page, name, None)
            if not isinstance(view, QWidget):
                problems.append(tr_("the page {page} has no result {name}").format(page=step.page, name=repr(name)))
                continue
            if view.isVisible() or not view.isHidden():
                view.setVisible(False)
                covered.append(view)
        self._covered = covered
        if step.action:
            action = page.run if step.action == "run" else getattr(page, step.action, None)
            if step.action.startswith("_") or not callable(action):
                problems.append(tr_("the page {page} has no action {name}").format(page=step.page, name=repr(step.action)))
            else:
                action()
        return problems

    def _uncover(self) -> None:
        for view in self._covered:
            try:
                view.setVisible(True)
            except RuntimeError:      # its page is gone
                pass
        self._covered = []
