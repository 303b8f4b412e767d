"""The lesson panel: a dock with the step's narration, Back / Next / Reveal and "step i of n".

Mixed into the main window (``LessonMixin``): ``start_lesson(name_or_path)`` opens a lesson
(:mod:`nnlab_gui.lessons`) at step 0; going to a step shows its page, applies its state
(and its session part), covers the results it hides until Reveal and runs its action.
PageDown / PageUp go forward and back (a presenter's clicker sends them), Space too in
presenter mode (F11: full screen with the panel).  A step that cannot be applied (a page
that does not exist, a value the page refuses) says so in the panel; the lesson stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from nnlab_gui import i18n, lessons
from nnlab_gui.i18n import error_text, tr_


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
        dock.setWindowTitle(tr_("Lesson: {title}").format(title=lesson.heading(i18n.language())))
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
        dock.title.setText(step.heading(i18n.language()))
        dock.text.setMarkdown(step.text(i18n.language()))
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
