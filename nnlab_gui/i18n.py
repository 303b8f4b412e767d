"""The lab's language: which of the course's languages the window speaks.

``available()`` lists the languages the lab can show (English, and every language whose
compiled translation ``resources/translations/nnlab_<code>.qm`` is bundled);
``set_language(code)`` (after the QApplication exists, before ``MainWindow()``) loads that
translation and, for Hebrew, lays the window out right to left; ``language()`` is the
current one (lessons pick their narration by it).  ``startup_language()`` is what the lab
starts in: the one chosen in View → Language, else the system locale's when it is one of
the four, else English.

Every user-visible string goes through Qt's translation system in one context (``""``):

* ``tr_("Cancel")`` translates a literal now (and ``pyside6-lupdate`` extracts it);
* ``N_("Weight decay λ")`` only marks a literal in a declaration (a field label, a preset
  name, a page title); the page machinery translates it when it builds the widget, with
  ``translate(text)`` (the same lookup for a text that is not a literal).

Placeholders are ``str.format`` names (``tr_("step {i} of {n}").format(i=1, n=5)``), never
f-strings, so the source text the translator sees is the template.  Formulas, matrices,
numbers, plots and drawings stay left to right in Hebrew: :func:`keep_left_to_right`
(called by the page machinery on every page) and :func:`isolate` (U+2066 … U+2069) for a
formula inside a sentence.
"""

from __future__ import annotations

import re
import string

from nnlab_gui.engine.resources import resources_dir
from nnlab_gui.engine.texts import Phrase, Problem

COURSE_LANGUAGES = ("en", "el", "he", "ru")
NATIVE_NAMES = {"en": "English", "el": "Ελληνικά", "he": "עברית", "ru": "Русский"}
RIGHT_TO_LEFT = ("he",)
CONTEXT = ""                      # the one translation context (what lupdate gives N_ / tr_)
LUPDATE_ALIASES = "QT_TR_NOOP+=N_,QT_TR_NOOP+=tr_"
SETTINGS_KEY = "language"
_state = {"language": "en", "translator": None, "qt_translator": None}


def N_(text: str) -> str:  # noqa: N802 - the usual name of a no-op translation marker
    """Mark ``text`` for translation; the machinery translates it when it shows it."""
    return text


def translate(text: str) -> str:
    """``text`` in the current language (itself when it has no translation); an engine
    :class:`~nnlab_gui.engine.texts.Phrase` is translated template by template."""
    if not text:
        return text
    if isinstance(text, Phrase):
        return text.text(translate)
    from PySide6.QtCore import QCoreApplication

    out = QCoreApplication.translate(CONTEXT, text)
    return RightToLeftTemplate(out) if _state["language"] in RIGHT_TO_LEFT else out


_LTR_LETTER = re.compile(r"[A-Za-z\u0370-\u03ff\u0400-\u04ff]")
_RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff]")


class RightToLeftTemplate(str):
    """A translation in a right-to-left language whose ``format`` sets each filled-in value
    that reads left to right (a formula, a file name, "λ=0: 100.0 %, …") as an island, so
    the sentence keeps its direction and the value its order; a number alone, or a value
    in the language itself, is filled in as it is."""

    def format(self, *args, **kwargs) -> str:
        return _ISLANDS.vformat(str(self), args, kwargs)


class _IslandFormatter(string.Formatter):
    def format_field(self, value, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if _LTR_LETTER.search(text) and not _RTL_LETTER.search(text) and not text.startswith("\u2066"):
            return isolate(text)
        return text


_ISLANDS = _IslandFormatter()


translate.right_to_left = lambda: is_right_to_left()   # engine texts isolate formulas (texts.island)


def tr_(text: str) -> str:
    """Translate a literal now (the name ``pyside6-lupdate`` extracts)."""
    return translate(text)


def error_text(exc: BaseException) -> str:
    """An exception's message in the current language: a :class:`~nnlab_gui.engine.texts.Problem`
    is translated template by template (its arguments filled after), anything else is ``str(exc)``."""
    return exc.text(translate) if isinstance(exc, Problem) else str(exc)


def isolate(text: str) -> str:
    """``text`` as a left-to-right island (LRI … PDI) inside a sentence of either direction
    (the engine's texts do it with :func:`nnlab_gui.engine.texts.island`)."""
    return f"\u2066{text}\u2069"


def translations_dir():
    return resources_dir() / "translations"


def available() -> list[str]:
    folder = translations_dir()
    return ["en"] + [c for c in COURSE_LANGUAGES[1:] if (folder / f"nnlab_{c}.qm").is_file()]


def language() -> str:
    return _state["language"]


def is_right_to_left() -> bool:
    return _state["language"] in RIGHT_TO_LEFT


def check_code(code: str) -> str:
    """``code`` if the lab speaks it; ValueError naming the choices otherwise."""
    if code not in available():
        raise ValueError(f"language {code!r} is not available; NN Lab speaks {', '.join(available())}")
    return code


def system_language() -> str | None:
    """The system locale's language when it is one the lab speaks, else None."""
    code = system_locale_name().split("_")[0].lower()
    code = {"iw": "he"}.get(code, code)
    return code if code in available() else None


def system_locale_name() -> str:
    """The system locale's name, e.g. ``"el_GR"`` (a function, so tests can replace it)."""
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def chosen_language() -> str | None:
    """The language remembered from View → Language, if it is still available."""
    from nnlab_gui import settings

    if not settings.writable():           # --screenshot reads no settings
        return None
    code = settings.settings().value(SETTINGS_KEY, None)
    return code if isinstance(code, str) and code in available() else None


def remember_language(code: str) -> None:
    """Remember ``code`` for the next start (View → Language)."""
    from nnlab_gui import settings

    check_code(code)
    if settings.writable():
        s = settings.settings()
        s.setValue(SETTINGS_KEY, code)
        s.sync()


def startup_language() -> str:
    return chosen_language() or system_language() or "en"


def set_language(code: str) -> None:
    """Switch to ``code`` (one of :func:`available`); ValueError for any other."""
    check_code(code)
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator, Qt
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    for key in ("translator", "qt_translator"):
        if _state[key] is not None and app is not None:
            app.removeTranslator(_state[key])
        _state[key] = None
    if code != "en" and app is not None:
        tr = QTranslator(app)
        if not tr.load(str(translations_dir() / f"nnlab_{code}.qm")):
            raise ValueError(f"the {code} translation could not be loaded")
        app.installTranslator(tr)
        _state["translator"] = tr
        qt_tr = QTranslator(app)          # Qt's own dialogs and context menus, when installed
        if qt_tr.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            _state["qt_translator"] = qt_tr
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    _state["language"] = code


def translate_widgets(root) -> int:
    """Show every fixed text inside ``root`` (labels, buttons, group titles, list items, table
    headers, tooltips) in the current language when the catalog has it (exact match: a text
    held in a constant or a table of the page's module, marked with ``N_`` where it is
    defined or in ``nnlab_gui/tabs/catalog.py``); returns how many texts were replaced."""
    if _state["language"] == "en":
        return 0
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTableWidget, QWidget

    from nnlab_gui.widgets.messages import MessageBar

    n = 0

    def swap(get, put) -> None:
        nonlocal n
        text = get()
        if text:
            new = translate(text)
            if new != text:
                put(new)
                n += 1

    for w in [root, *root.findChildren(QWidget)]:
        swap(w.toolTip, w.setToolTip)
        if isinstance(w, QLabel) and not isinstance(w, MessageBar):   # the bar translates itself
            swap(w.text, w.setText)
        elif isinstance(w, QAbstractButton):
            swap(w.text, w.setText)
        elif isinstance(w, QGroupBox):
            swap(w.title, w.setTitle)
        elif isinstance(w, QLineEdit):
            swap(w.placeholderText, w.setPlaceholderText)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                swap(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
                swap(lambda i=i: w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "",
                     lambda t, i=i: w.setItemData(i, t, Qt.ItemDataRole.ToolTipRole))
        elif isinstance(w, QTableWidget):
            for i in range(w.columnCount()):
                item = w.horizontalHeaderItem(i)
                if item is not None:
                    swap(item.text, item.setText)
    return n


def left_to_right_types() -> tuple:
    """The widget types that always read left to right: plots, images, matrices, drawings."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QLineEdit, QTableView

    from nnlab_gui.widgets.feature_maps import FeatureMapDiagram
    from nnlab_gui.widgets.graph_canvas import GraphCanvas
    from nnlab_gui.widgets.matrix_editor import MatrixEditor
    from nnlab_gui.widgets.paint_canvas import PaintCanvas

    # tables hold numbers and shapes ("55×55×96" must not become "96×55×55")
    return (pg.GraphicsView, MatrixEditor, GraphCanvas, PaintCanvas, FeatureMapDiagram, QLineEdit, QTableView)


def keep_left_to_right(root) -> int:
    """Lay every plot, image, matrix, drawing and typed formula inside ``root`` out left to
    right (Hebrew mirrors the rest of the window); returns how many widgets were set."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    import pyqtgraph as pg
    from PySide6.QtWidgets import QGraphicsWidget

    ltr = Qt.LayoutDirection.LeftToRight
    types = left_to_right_types()
    n = 0
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, types):
            w.setLayoutDirection(ltr)
            n += 1
        if isinstance(w, pg.GraphicsView) and w.scene() is not None:
            # a scene's top-level widgets (plot items, layouts) follow the application's
            # direction, not their view's: an axis would jump to the right side
            for item in w.scene().items():
                if isinstance(item, QGraphicsWidget) and item.parentItem() is None:
                    item.setLayoutDirection(ltr)
    return n
