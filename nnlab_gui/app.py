"""The main window: six tabs of pages, menus, remembered settings, clean shutdown.

``MainWindow`` builds the tabs listed in ``nnlab_gui.tabs.TAB_SPECS``: a tab package
that declares ``PAGES`` becomes a :class:`~nnlab_gui.pages.PageGroup` (its pages built
when first shown).  A tab that fails to build is replaced by a label naming the error,
so one broken tab never takes the lab down.  The window owns the page-scoped
shortcuts: Ctrl+R runs the current page's job and Esc cancels it, whatever has the
focus.  Closing the window stops every page's job and waits for the threads.
Settings (geometry, last tab, presentation scale and theme: ``view_menu``) live in the QSettings INI file of
``nnlab_gui.settings``; tests point ``QSettings.setPath`` at a temporary folder.
"""

from __future__ import annotations

import importlib
import traceback

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QDialog,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nnlab_gui import logs, settings as lab_settings, workers
from nnlab_gui.i18n import error_text, tr_, translate
from nnlab_gui.pages import Page, PageGroup
from nnlab_gui.language_menu import LanguageMixin
from nnlab_gui.lesson_dock import LessonMixin
from nnlab_gui.sessions import SessionsMixin
from nnlab_gui.tabs import TAB_SPECS
from nnlab_gui.tabs.help_texts import ABOUT_HTML, GENERATIVE_MODELS_HTML
from nnlab_gui.view_menu import ViewMixin
from nnlab_gui.widgets import appearance, export, hint_bar


class _LiteralTabTextStyle(QProxyStyle):
    """Draw tab titles literally, so "RNN & attention" shows its ampersand."""

    def drawItemText(self, painter, rect, flags, pal, enabled, text, textRole=None):
        flags = int(flags) & ~int(Qt.TextFlag.TextShowMnemonic)
        if textRole is None:
            super().drawItemText(painter, rect, flags, pal, enabled, text)
        else:
            super().drawItemText(painter, rect, flags, pal, enabled, text, textRole)

    def sizeFromContents(self, ctype, option, size, widget=None):
        out = super().sizeFromContents(ctype, option, size, widget)
        if ctype == QStyle.ContentsType.CT_TabBarTab and widget is not None:
            text = getattr(option, "text", "") or ""
            out.setWidth(out.width() + widget.fontMetrics().horizontalAdvance("&") * text.count("&"))
        return out


def make_settings() -> QSettings:
    return lab_settings.settings()


def _norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


class MainWindow(ViewMixin, LanguageMixin, LessonMixin, SessionsMixin, QMainWindow):
    def __init__(self, settings: QSettings | None = None, restore: bool = True):
        super().__init__()
        appearance.install_style()            # Fusion + focus frame, before any widget is styled
        self.setWindowTitle("NN Lab")
        self.settings = settings or make_settings()
        # scale and theme before any widget exists: a widget made at the previous window's
        # scale measured its table columns with that font (a 2.0 window, then a 1.0 one)
        self._restore_appearance(restore)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._tab_style = _LiteralTabTextStyle()
        self.tabs.tabBar().setStyle(self._tab_style)
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(tr_("Ready"))
        self.tab_widgets: dict[str, QWidget] = {}
        for title, module in TAB_SPECS:
            page = self._build_tab(title, module)
            self.tab_widgets[title] = page
            # a scroll area per tab: a tab wider than a small screen scrolls
            # instead of forcing the whole window wider
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidget(page)
            self.tabs.addTab(scroller, translate(title))
        self._build_menus()
        self._sync_view_actions()
        if restore:
            self._restore_settings()
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._on_page_changed()
        self.setAcceptDrops(True)             # files dropped on the window go to their page

    # ---------------------------------------------------------------- tabs
    def _build_tab(self, title: str, module: str) -> QWidget:
        try:
            mod = importlib.import_module(f"nnlab_gui.tabs.{module}")
            group = PageGroup(title, mod.PAGES, package=mod.__name__, key=title, hint=getattr(mod, "HINT", ""))
        except Exception as exc:  # a broken tab must not take the window down
            text = "".join(traceback.format_exception_only(exc)).strip()
            why = tr_("This tab could not be built:")
            label = QLabel(f"<h3>{translate(title)}</h3><p>{why}</p><pre>{text}</pre>")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            return label
        group.current_changed.connect(self._on_page_changed)
        return group

    def tab(self, name: str) -> QWidget:
        """The tab whose title starts with ``name`` (case and punctuation ignored)."""
        key = _norm(name)
        for title, widget in self.tab_widgets.items():
            if _norm(title).startswith(key):
                return widget
        raise KeyError(f"no tab named {name!r}; tabs: {', '.join(self.tab_widgets)}")

    def current_tab(self) -> QWidget:
        """The tab shown now (the widget inside its scroll area)."""
        return list(self.tab_widgets.values())[self.tabs.currentIndex()]

    def select_tab(self, name: str) -> QWidget:
        """Show ``"Tab"`` or ``"Tab:Page"`` and return the tab (``show_page`` returns the page)."""
        self.show_page(name)
        return self.tab(name.partition(":")[0])

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def tab_names(self) -> list[str]:
        """The six tab titles, in order (API.md): the names ``show_page`` takes, in English
        whatever the language (``tab_titles()`` is what the tab bar shows)."""
        return list(self.tab_widgets)

    def show_page(self, name: str) -> Page | QWidget:
        """Show ``"Tab"`` or ``"Tab:Page"`` (prefixes allowed) and return the page shown."""
        outer, _, inner = name.partition(":")
        widget = self.tab(outer)
        self.tabs.setCurrentIndex(list(self.tab_widgets.values()).index(widget))
        if isinstance(widget, PageGroup) and inner:
            widget.select(inner)
        elif inner:
            raise KeyError(f"tab {outer!r} could not be built, so it has no page {inner!r}")
        return self.current_page() or widget

    def page(self, name: str) -> Page | QWidget:
        """The page ``"Tab:Page"`` (built if needed, not shown); ``"Tab"``: its first page."""
        outer, _, inner = name.partition(":")
        widget = self.tab(outer)
        if not isinstance(widget, PageGroup):
            raise KeyError(f"tab {outer!r} could not be built")
        return widget.page(inner or widget.names()[0])

    def current_page(self) -> Page | None:
        """The page shown now (the leaf inside the current tab); None on a tab that failed."""
        widget = self.current_tab()
        return widget.current_page() if isinstance(widget, PageGroup) else None

    def pages(self, build: bool = False) -> list[tuple[str, Page]]:
        """("Tab:Page", page) for every page built so far (``build``: every page)."""
        out = []
        for title, widget in self.tab_widgets.items():
            if isinstance(widget, PageGroup):
                if build:
                    out += [(f"{title}:{path}", p) for path, p in widget.all_pages()]
                else:
                    out += [(p.key.replace("/", ":"), p) for p in widget.built_pages()]
        return out

    def _on_tab_changed(self, index: int) -> None:
        if lab_settings.writable():
            self.settings.setValue("last_tab", index)
        old = getattr(self, "_shown_page", None)
        if old is not None:
            try:
                old.page_left()
            except RuntimeError:
                pass
        self._on_page_changed()

    def _on_page_changed(self) -> None:
        self._shown_page = self.current_page()

    def run_current(self) -> bool:
        """Ctrl+R: the current page's job, and nothing else."""
        page = self.current_page()
        return page.run() if page is not None else False

    def cancel_current(self) -> bool:
        page = self.current_page()
        return page.cancel() if page is not None else False

    # --------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr_("&File"))
        self.open_action = self._action(file_menu, tr_("&Open…"), self._on_open, QKeySequence.StandardKey.Open,
                                        tr_("Open a file in the current tab"))
        self.export_action = self._action(file_menu, tr_("&Export view as PNG/SVG…"), self._on_export_view,
                                          QKeySequence("Ctrl+E"), tr_("Save the current tab as a picture"))
        self._build_session_menu(file_menu)
        self.export_menu = file_menu.addMenu(tr_("Export from this &page"))
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        file_menu.addSeparator()
        self._action(file_menu, tr_("&Quit"), self.close, QKeySequence.StandardKey.Quit, tr_("Quit NN Lab"))

        run_menu = bar.addMenu(tr_("&Run"))
        self.run_action = self._action(run_menu, tr_("&Run this page"), self.run_current, QKeySequence("Ctrl+R"),
                                       tr_("Start the current page's computation"))
        self.cancel_action = self._action(run_menu, tr_("&Cancel"), self.cancel_current,
                                          QKeySequence(Qt.Key.Key_Escape), tr_("Stop the current page's computation"))
        for action in (self.run_action, self.cancel_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        view_menu = bar.addMenu(tr_("&View"))
        self._build_view_menu(view_menu)
        self._build_language_menu(view_menu)
        view_menu.addSeparator()
        for i, (title, _m) in enumerate(TAB_SPECS):
            self._action(view_menu, translate(title), lambda _=False, i=i: self.tabs.setCurrentIndex(i),
                         QKeySequence(f"Alt+{i + 1}"))

        class_menu = bar.addMenu(tr_("&Classroom"))
        self._build_lesson_menu(class_menu)

        help_menu = bar.addMenu(tr_("&Help"))
        self._action(help_menu, tr_("Show &log"), self.show_log, tip=tr_("Errors and their details (tracebacks)"))
        self._action(help_menu, tr_("Generative models &compared"), self._on_models_compared)
        self._action(help_menu, "Show tab &hints again", self.show_tab_hints,
                     tip="Bring back every tab's one-line hint (what to do here)")
        self._action(help_menu, tr_("&About NN Lab"), self._on_about)

    def _action(self, menu, text, slot, shortcut=None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_export_menu(self) -> None:
        page = self.current_page()
        if page is not None:
            page.fill_export_menu(self.export_menu)
        else:
            self.export_menu.clear()
            self.export_menu.addAction(tr_("(use the tab's export buttons)")).setEnabled(False)

    def _on_open(self) -> None:
        page = self.current_page()
        filt = getattr(page, "OPEN_FILTER", None)
        if page is None or not filt:
            self.statusBar().showMessage(tr_("This page of {tab} opens no files").format(
                tab=self.tabs.tabText(self.tabs.currentIndex())), 6000)
            return
        path = export.ask_open_path(self, tr_("Open"), filt)
        if path:
            page.open_file(path)

    def _on_export_view(self) -> None:
        path = export.ask_save_path(self, tr_("Export view"), export.IMAGE_FILTER, "nnlab-view.png")
        if path:
            self.export_view(path)

    def export_view(self, path: str) -> None:
        page = self.current_page() or self.current_tab()
        try:
            export.export_widget(page, path)
        except (ValueError, OSError) as exc:
            self.statusBar().showMessage(tr_("Error: {error}").format(error=error_text(exc)))
        else:
            self.statusBar().showMessage(tr_("Saved {path}").format(path=path), 6000)

    def _show_html(self, title: str, html: str, direction: Qt.LayoutDirection | None = None) -> QDialog:
        """A dialog showing ``html``; its paragraphs read in ``direction`` (the window's, right to
        left in Hebrew, unless told; ``LayoutDirectionAuto``: each paragraph by its first letter)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        option = browser.document().defaultTextOption()     # (a QTextBrowser's paragraphs do not
        option.setTextDirection(self.layoutDirection() if direction is None else direction)  # follow it)
        browser.document().setDefaultTextOption(option)
        browser.setHtml(html)
        lay = QVBoxLayout(dialog)
        lay.addWidget(browser)
        dialog.resize(760, 560)
        dialog.show()
        return dialog

    def show_log(self) -> QDialog:
        """Help → Show log: the log file (worker tracebacks), newest at the end."""
        text = logs.read_log() or tr_("(the log is empty: nothing has gone wrong yet)")
        dialog = self._show_html(tr_("NN Lab log"), "", Qt.LayoutDirection.LayoutDirectionAuto)
        browser = dialog.findChild(QTextBrowser)
        browser.setPlainText(f"{logs.log_path()}\n\n{text}")
        browser.moveCursor(browser.textCursor().MoveOperation.End)
        return dialog

    def show_tab_hints(self) -> None:
        hint_bar.forget_hidden()
        for widget in self.tab_widgets.values():
            if getattr(widget, "hint_bar", None) is not None:
                widget.hint_bar.refresh()

    def _on_about(self) -> QDialog:
        return self._show_html(tr_("About NN Lab"), translate(ABOUT_HTML))

    def _on_models_compared(self) -> QDialog:
        return self._show_html(tr_("Generative models compared"), translate(GENERATIVE_MODELS_HTML))

    # ------------------------------------------------------------ settings
    def _restore_settings(self) -> None:
        if not self._restore_geometry():
            self.resize(1280, 820)
        try:
            last = int(self.settings.value("last_tab", 0))
        except (TypeError, ValueError):
            last = 0
        if 0 <= last < self.tabs.count():
            self.tabs.setCurrentIndex(last)

    def closeEvent(self, event: QCloseEvent) -> None:
        if lab_settings.writable():
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("last_tab", self.tabs.currentIndex())
            self.settings.sync()
        for widget in self.tab_widgets.values():
            stop = getattr(widget, "shutdown", None)
            if callable(stop):
                stop()
        if not workers.shutdown_all(10000):
            QMessageBox.warning(self, "NN Lab", tr_("A computation did not stop in time."))
        super().closeEvent(event)

