"""Help → About and Help → Generative models compared in Greek, Hebrew and Russian.

What is checked: in each language both pages show no English words but proper names,
software names and formulas; the Greek About keeps the data facts (the 5.000 images, the
licence CC BY-SA 3.0); in Hebrew the dialog and every paragraph of the page read right to
left, the table's first column (the aspect) is on the right, and the formulas are
left-to-right islands; English shows the English page, left to right.
"""

from __future__ import annotations

import re

import pytest
from test_i18n import english_words, make_window

from nnlab_gui import i18n

LANGS = ("el", "he", "ru")
# names that stay as they are in every language (people, software, places, a loss)
PROPER_NAMES = ("Yann LeCun", "Corinna Cortes", "Christopher J. C. Burges", "PySide6", "pyqtgraph",
                "superqt", "networkx", "mlxtend", "PyPI", "NIST", "TU Dortmund", "Wasserstein", "U-Net")
LRI, PDI = "\u2066", "\u2069"


@pytest.fixture(autouse=True)
def _back_to_english(qapp):
    yield
    i18n.set_language("en")


def shown(dialog):
    from PySide6.QtWidgets import QTextBrowser

    return dialog.findChild(QTextBrowser)


def words_left(text: str) -> list[str]:
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    return english_words(text)


def open_pages(qtbot, code):
    i18n.set_language(code)
    win = make_window(qtbot)
    return win, win._on_about(), win._on_models_compared()


@pytest.mark.parametrize("code", LANGS)
def test_help_pages_have_no_english_left(qtbot, code):
    win, about, models = open_pages(qtbot, code)
    for dialog in (about, models):
        text = shown(dialog).toPlainText()
        assert len(text) > 500
        assert not words_left(text), (code, dialog.windowTitle(), words_left(text))
    assert about.windowTitle() == i18n.translate("About NN Lab") != "About NN Lab"
    assert models.windowTitle() == i18n.translate("Generative models compared") != "Generative models compared"
    models_text = shown(models).toPlainText()
    for kept in ("VAE", "GAN", "ELBO", "KL(q(z|x) ‖ N(0, I))", "z = μ + σ·ε", "log p(x)", "seed 003"):
        assert kept in models_text.replace(LRI, "").replace(PDI, ""), (code, kept)
    about_text = shown(about).toPlainText()
    for kept in ("MNIST", "CC BY-SA 3.0", "data21.mat", "ex4weights.mat", "MUTAG", "Yann LeCun", "MIT"):
        assert kept in about_text, (code, kept)


def test_greek_about_names_the_images_and_the_licence(qtbot):
    _win, about, _models = open_pages(qtbot, "el")
    text = shown(about).toPlainText()
    assert "5.000 εικόνων" in text and "500 ανά κλάση" in text
    assert "άδεια CC BY-SA 3.0" in text
    assert "Δεδομένα" in text and "Ψηφία" in text


def test_hebrew_help_pages_read_right_to_left_with_formulas_left_to_right(qtbot):
    from PySide6.QtCore import Qt

    rtl = Qt.LayoutDirection.RightToLeft
    _win, about, models = open_pages(qtbot, "he")
    for dialog in (about, models):
        browser = shown(dialog)
        assert dialog.layoutDirection() == rtl and browser.layoutDirection() == rtl
        doc = browser.document()
        assert doc.defaultTextOption().textDirection() == rtl
        block = doc.begin()
        while block.isValid():                 # every paragraph and table cell, "NN Lab" too
            assert block.textDirection() == rtl, block.text()
            block = block.next()
    text = shown(models).toPlainText()
    for formula in ("εθ(xt, t)", "q(z|x)", "p(x|z)", "+ KL(q(z|x) ‖ N(0, I))", "z = μ + σ·ε",
                    "X = σ(A2 ReLU(A1 z + b1) + b2)", "(ELBO)", "seed 003"):
        assert f"{LRI}{formula}{PDI}" in text, formula          # one island each, in order
    for island in re.findall(f"{LRI}(.*?){PDI}", text, re.S):
        assert island.count("(") == island.count(")"), island
    assert "מקודד ⁦q(z|x)⁩ ← קוד לטנטי" in text              # the arrows point the way it reads
    # Qt does not mirror a table: the Hebrew page lists each row from its last cell to its first,
    # so the aspect is on the right and VAE next to it
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(shown(models).document())
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, n=2)
    table = cursor.currentTable()
    assert table is not None and table.columns() == 4 and table.rows() == 10
    cell = lambda r, c: table.cellAt(r, c).firstCursorPosition().block().text().strip(LRI + PDI)  # noqa: E731
    assert [cell(0, c) for c in range(4)] == ["מודל דיפוזיה", "GAN", "VAE", ""]
    assert cell(1, 3) == "ארכיטקטורה" and cell(9, 3) == "שימושים אופייניים"
    about_text = shown(about).toPlainText()
    assert "5,000" in about_text and f"{LRI}CC BY-SA 3.0{PDI}" in about_text


def test_english_help_pages_stay_english_left_to_right(qtbot):
    from PySide6.QtCore import Qt

    from nnlab_gui.tabs.help_texts import ABOUT_HTML

    _win, about, models = open_pages(qtbot, "en")
    assert shown(about).document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight
    assert "the 5,000-image MNIST subset" in shown(about).toPlainText()
    assert "Generative models compared" in shown(models).toPlainText()
    assert i18n.translate(ABOUT_HTML) == ABOUT_HTML


def test_the_log_keeps_each_line_its_own_direction_in_hebrew(qtbot):
    from PySide6.QtCore import Qt

    i18n.set_language("he")
    win = make_window(qtbot)
    log = win.show_log()
    assert shown(log).document().defaultTextOption().textDirection() == Qt.LayoutDirection.LayoutDirectionAuto
