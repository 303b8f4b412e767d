"""The lab's language: which of the course's languages the window speaks.

``available()`` lists the languages the lab can show (English, and every language whose
compiled translation ``resources/translations/nnlab_<code>.qm`` is bundled);
``set_language(code)`` (after the QApplication exists, before ``MainWindow()``) loads that
translation and, for Hebrew, lays the window out right to left; ``language()`` is the
current one (lessons pick their narration by it).
"""

from __future__ import annotations

from nnlab_gui.engine.resources import resources_dir

COURSE_LANGUAGES = ("en", "el", "he", "ru")
RIGHT_TO_LEFT = ("he",)
_state = {"language": "en", "translator": None}


def translations_dir():
    return resources_dir() / "translations"


def available() -> list[str]:
    folder = translations_dir()
    return ["en"] + [c for c in COURSE_LANGUAGES[1:] if (folder / f"nnlab_{c}.qm").is_file()]


def language() -> str:
    return _state["language"]


def set_language(code: str) -> None:
    """Switch to ``code`` (one of :func:`available`); ValueError for any other."""
    if code not in available():
        raise ValueError(f"language {code!r} is not available; NN Lab speaks {', '.join(available())}")
    from PySide6.QtCore import QCoreApplication, QTranslator, Qt
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if _state["translator"] is not None and app is not None:
        app.removeTranslator(_state["translator"])
        _state["translator"] = None
    if code != "en" and app is not None:
        tr = QTranslator(app)
        if not tr.load(str(translations_dir() / f"nnlab_{code}.qm")):
            raise ValueError(f"the {code} translation could not be loaded")
        app.installTranslator(tr)
        _state["translator"] = tr
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    _state["language"] = code
