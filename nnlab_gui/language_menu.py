"""View → Language: the four course languages, each named in itself; the choice is remembered.

Mixed into the main window (``LanguageMixin``).  Choosing a language stores it
(:func:`nnlab_gui.i18n.remember_language`) and says, in the status bar and in the chosen
language's own words, that it applies at the next start: the pages are built once, in
the language the lab started in, and a half-translated window would be worse than
waiting.  ``nnlab-gui --lang CODE`` starts in a language without remembering it.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup

from nnlab_gui import i18n
from nnlab_gui.i18n import error_text, tr_

# "applies at the next start", in the language just chosen (its translator is not loaded yet)
NEXT_START = {
    "en": "English: the language changes at the next start of NN Lab.",
    "el": "Ελληνικά: η γλώσσα αλλάζει στην επόμενη εκκίνηση του NN Lab.",
    "he": "עברית: השפה תתחלף בהפעלה הבאה של NN Lab.",
    "ru": "Русский: язык сменится при следующем запуске NN Lab.",
}


class LanguageMixin:
    def _build_language_menu(self, view_menu) -> None:
        self.language_menu = view_menu.addMenu(tr_("&Language"))
        self.language_menu.setToolTip(tr_("The language of the lab (applied at the next start)"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        current = i18n.chosen_language() or i18n.language()
        for code in i18n.available():
            action = QAction(i18n.NATIVE_NAMES.get(code, code), self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str) -> bool:
        """Remember ``code`` for the next start; False (and a message) if it is unknown."""
        try:
            i18n.remember_language(code)
        except ValueError as exc:
            self.statusBar().showMessage(error_text(exc))
            return False
        if code in getattr(self, "language_actions", {}):
            self.language_actions[code].setChecked(True)
        if code == i18n.language():
            self.statusBar().showMessage(tr_("The lab already speaks this language."), 8000)
        else:
            self.statusBar().showMessage(NEXT_START.get(code, NEXT_START["en"]), 15000)
        return True
