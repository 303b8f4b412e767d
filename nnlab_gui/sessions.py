"""The window's files: sessions (.nnlab), recent sessions, drag-and-drop and command-line files.

Mixed into :class:`~nnlab_gui.app.MainWindow`:

* ``session_state()``: ``{tab: {page: page.state()}}`` for every page (each page's form and
  its declared extra state: masks, drawn digits, graphs with positions, matrices, layers);
* ``restore_session(state)``: applies it in one step — if any page refuses its part, every
  page goes back to what it was and the window says why;
* ``save_session(path)`` / ``open_session(path)``: the ``.nnlab`` file of
  :mod:`nnlab_gui.engine.session_file` (read and checked completely before anything changes);
* files a page loaded are referred to by path and SHA-256 (``Page.record_file``); a session
  opened where one is missing or different says which (``session_notes``) and keeps the rest;
* ``open_path(path)``: any file the lab knows, sent to the page that opens it
  (:mod:`nnlab_gui.engine.file_kinds`) — drops on the window and ``nnlab-gui FILE`` use it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from nnlab_gui import settings as lab_settings
from nnlab_gui.engine import file_kinds, session_file
from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.i18n import error_text, tr_
from nnlab_gui.pages import PageGroup
from nnlab_gui.widgets import export

SESSION_FILTER = "NN Lab session (*.nnlab)"
PAGE_FOR = {
    file_kinds.GENERATOR: "Generator:Samples",
    file_kinds.COURSE_IMAGES: "Inpainting:Inpainting",
    file_kinds.COURSE_WEIGHTS: "Hidden units:Course weights",
    file_kinds.TU_DATASET: "WL kernel:Dataset",
    file_kinds.GRAPH: "WL kernel:Two graphs",
    file_kinds.CNN_TEXT: "CNN calculator:CNN calculator",
}
MAX_RECENT = 8


class SessionsMixin:
    # ------------------------------------------------------------------ state
    def session_state(self, results: bool = False) -> dict:
        """Every page's state, one entry per tab: ``{tab: {page path: state}}``; with ``results``
        also the trained results (``Page.results_state``: the inpainting run, the λ-sweep weights,
        the sparse autoencoder)."""
        out: dict[str, dict] = {}
        for title, widget in self.tab_widgets.items():
            if isinstance(widget, PageGroup):
                out[title] = {path: self._page_state(page, results) for path, page in widget.all_pages()}
        return out

    @staticmethod
    def _page_state(page, results: bool) -> dict:
        state = page.state()
        if results:
            data = page.results_state()
            if data is not None:
                state["results"] = data
        return state

    def current_path(self) -> str:
        widget = self.current_tab()
        title = list(self.tab_widgets)[self.tabs.currentIndex()]     # the English name
        return f"{title}:{widget.current_path()}" if isinstance(widget, PageGroup) else title

    def restore_session(self, state: dict) -> bool:
        """Apply a session state (``session_state()``'s form, or a read file); all or nothing."""
        tabs = state.get("tabs", state) if isinstance(state, dict) else None
        try:
            targets = self._session_targets(tabs)
        except ValueError as exc:
            self.statusBar().showMessage(tr_("Session not applied: {error}").format(error=error_text(exc)))
            return False
        before = {path: page.state() for path, page, _s in targets}
        problems = []
        for path, page, part in targets:
            try:
                problems += [f"{path}: {p}" for p in page.apply_state(part)]
            except Exception as exc:  # noqa: BLE001 - a page that cannot take its part undoes all
                problems.append(f"{path}: {type(exc).__name__}: {error_text(exc)}")
        if problems:
            for path, page, _s in targets:
                page.apply_state(before[path])
            self.statusBar().showMessage(tr_("Session not applied (everything kept as it was): {problems}").format(
                problems="; ".join(problems[:3])))
            return False
        current = state.get("current") if isinstance(state, dict) else None
        if isinstance(current, str) and current:
            try:
                self.show_page(current)
            except KeyError:
                pass
        self.session_notes = [n for _p, page, _s in targets for n in page.file_notes]
        for _p, page, _s in targets:
            if page.file_notes:
                page.messages.warning("Kept the rest of the session; " + "; ".join(page.file_notes))
        if self.session_notes:
            self.statusBar().showMessage("Session restored without these files: " + "; ".join(self.session_notes))
        return True

    def _session_targets(self, tabs) -> list:
        if not isinstance(tabs, dict):
            raise Problem(N_("a session maps tab titles to their pages' states"))
        targets = []
        for title, pages in tabs.items():
            widget = self.tab_widgets.get(title)
            if not isinstance(widget, PageGroup):
                raise Problem(N_("this NN Lab has no tab {title!r}"), title=title)
            if not isinstance(pages, dict):
                raise Problem(N_("tab {title!r}: expected its pages' states"), title=title)
            for path, part in pages.items():
                try:
                    page = widget.page(path)
                except KeyError:
                    raise Problem(N_("tab {title!r} has no page {path!r}"), title=title, path=path) from None
                if not isinstance(part, dict):
                    raise Problem(N_("{title}:{path}: a page's state is a mapping"), title=title, path=path)
                targets.append((f"{title}:{path}", page, part))
        return targets

    # ------------------------------------------------------------------ files
    def save_session(self, path: str | Path, results: bool | None = None) -> bool:
        """Write the session; ``results`` (default: File → "Include trained results") adds them."""
        if results is None:
            action = getattr(self, "results_action", None)
            results = bool(action is not None and action.isChecked())
        path = Path(path)
        if path.suffix.lower() != session_file.SUFFIX:
            path = path.with_name(path.name + session_file.SUFFIX)
        try:
            session_file.write_session(path, self.session_state(results), current=self.current_path())
        except (ValueError, OSError) as exc:
            self.statusBar().showMessage(tr_("Could not save the session: {error}").format(error=error_text(exc)))
            return False
        self._remember_recent(path)
        self.statusBar().showMessage(tr_("Session saved to {path}").format(path=path), 8000)
        return True

    def open_session(self, path: str | Path) -> bool:
        try:
            doc = session_file.read_session(path)
        except ValueError as exc:
            self.statusBar().showMessage(tr_("Session not opened (nothing changed): {error}").format(error=error_text(exc)))
            return False
        if not self.restore_session(doc):
            return False
        self._remember_recent(Path(path))
        notes = getattr(self, "session_notes", [])
        self.statusBar().showMessage(tr_("Session {name} opened").format(name=Path(path).name) + (
            " — restored without these files (the rest is kept): " + "; ".join(notes) if notes else ""),
            0 if notes else 8000)
        return True

    def open_path(self, path: str | Path) -> bool:
        """Open any file the lab knows on the page that opens it (drops, the command line)."""
        try:
            kind = file_kinds.kind_of(path)
        except ValueError as exc:
            self.statusBar().showMessage(tr_("Not opened: {error}").format(error=error_text(exc)))
            return False
        if kind == file_kinds.SESSION:
            return self.open_session(path)
        page = self.show_page(PAGE_FOR[kind])
        return bool(page.open_file(str(path)))

    # ------------------------------------------------------------------ recent
    def recent_sessions(self) -> list[str]:
        items = lab_settings.load_json("recent_sessions", [])
        return [p for p in items if isinstance(p, str)][:MAX_RECENT] if isinstance(items, list) else []

    def _remember_recent(self, path: Path) -> None:
        items = [str(path.resolve())] + [p for p in self.recent_sessions() if p != str(path.resolve())]
        lab_settings.store_json("recent_sessions", items[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for p in self.recent_sessions():
            menu.addAction(Path(p).name).triggered.connect(lambda _=False, p=p: self.open_session(p))
        if menu.isEmpty():
            menu.addAction(tr_("(no sessions yet)")).setEnabled(False)

    def _build_session_menu(self, file_menu) -> None:
        self._action(file_menu, tr_("Open &session…"), self._on_open_session, QKeySequence("Ctrl+Shift+O"),
                     tr_("Open an NN Lab session (.nnlab): every page as it was saved"))
        self._action(file_menu, tr_("Sa&ve session…"), self._on_save_session, QKeySequence.StandardKey.Save,
                     tr_("Save every page's settings, masks, drawings, graphs and matrices to one .nnlab file"))
        self.results_action = file_menu.addAction("Include trained results in saved sessions")
        self.results_action.setCheckable(True)
        self.results_action.setChecked(False)
        self.results_action.setToolTip("Save session also keeps the inpainting run and the λ-sweep weights "
                                       "(a bigger file); off: only the settings, drawings and files")
        self.recent_menu = file_menu.addMenu(tr_("&Recent sessions"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _on_open_session(self) -> None:
        path = export.ask_open_path(self, tr_("Open session"), SESSION_FILTER)
        if path:
            self.open_session(path)

    def _on_save_session(self) -> None:
        path = export.ask_save_path(self, tr_("Save session"), SESSION_FILTER, "lesson.nnlab")
        if path:
            self.save_session(path)

    # ------------------------------------------------------------------ drops
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        for url in event.mimeData().urls():
            self.open_path(url.toLocalFile())
        event.acceptProposedAction()
