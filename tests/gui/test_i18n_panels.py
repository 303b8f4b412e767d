"""The text panels of the RNN, Attention and CNN calculator pages in the course's languages.

What is checked: the CNN formula panel of AlexNet's first convolution in Russian has the
Russian words of its formula names and the exact numbers and formulas; in Hebrew the page is
right to left while the formula cells are left-to-right blocks (``dir='ltr'`` in the HTML,
left-to-right text blocks in the document); the RNN step text in Greek keeps the step's numbers;
the Attention panel in Russian explains its rows in Russian; the engine's English is unchanged
when ``tr_`` is not given (no isolation marks)."""

from __future__ import annotations

import pytest

from nnlab_gui import i18n

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture(autouse=True)
def _back_to_english(qapp):
    yield
    i18n.set_language("en")


def make_window(qtbot):
    from nnlab_gui.app import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def cnn_page(qtbot, code):
    i18n.set_language(code)
    win = make_window(qtbot)
    page = win.show_page("CNN calculator")
    page.apply_preset(next(p for p in page.PRESETS if p.name.startswith("AlexNet")))
    page.table.selectRow(0)
    return page


def test_russian_cnn_formula_panel_has_russian_words_and_the_exact_formulas(qtbot):
    page = cnn_page(qtbot, "ru")
    text = page.formula_text()
    for words in ("Слой 1", "размер выхода W2 = (W1 − F + 2P)/S + 1", "глубина", "число фильтров = 96",
                  "параметры (F·F·C1 + 1)·K", "рецептивное поле r", "память активаций (float32)"):
        assert words in text, words
    for formula in ("227×227×3 → 55×55×96", "(227 − 11 + 2·0) / 4 + 1 = 55", "(11·11·3 + 1)·96 = 34,944",
                    "55·55·96 · 11·11·3 = 105,415,200", "1 + (11 − 1)·1 = 11", "290,400 · 4 B = 1.16 MB"):
        assert formula in text, formula
    assert LRI not in text                       # isolation marks only where the language reads right to left
    tip = page.preset_picker.combo.itemData(page.preset_picker.combo.currentIndex(), 3) or ""
    assert "параметров" in tip and "parameters" not in tip


def test_russian_uneven_division_warning_and_floor_are_russian(qtbot):
    page = cnn_page(qtbot, "ru")
    page.form.widget("height").setValue(224)
    page.form.widget("width").setValue(224)
    page.table.selectRow(0)
    text = page.formula_text()
    assert "(224 − 11 + 2·0) / 4 + 1 = 54.25 → 54 (округление вниз)" in text
    assert "высота и ширина: (224 − 11 + 2·0) / 4 + 1 = 54.25: не делится нацело" in text
    assert "does not divide" not in text and "floor" not in text
    assert page.messages.level == "warning" and "строка 1" in page.messages.text()


def test_hebrew_cnn_formula_block_is_left_to_right_in_a_right_to_left_page(qtbot):
    from PySide6.QtCore import Qt

    from nnlab_gui.engine.cnn_rows import formula_html

    page = cnn_page(qtbot, "he")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    html = formula_html(page.net, 0, len(page.table.rows), {}, tr_=i18n.translate)
    assert "<td dir='ltr'><span style='font-family:monospace'>(227 − 11 + 2·0) / 4 + 1 = 55</span>" in html
    assert "<p dir='ltr'>227×227×3 → <b>55×55×96</b></p>" in html
    assert f"שכבה 1: {LRI}conv 96 11 s4 p0{PDI}" in html
    doc = page.formula_view.document()
    block, directions = doc.begin(), {}
    while block.isValid():                     # the direction each block is set to
        directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
    assert directions["(227 − 11 + 2·0) / 4 + 1 = 55"] == ltr
    assert directions["227×227×3 → 55×55×96"] == ltr
    assert directions["1 + (11 − 1)·1 = 11"] == ltr
    assert directions["עומק"] == rtl                          # the words read right to left
    assert directions[f"מספר המסננים = {LRI}96{PDI}"] == rtl    # "=" between the words and the number
    assert directions[f"גודל הפלט {LRI}W2 = (W1 − F + 2P)/S + 1{PDI}"] == rtl


def test_greek_rnn_step_keeps_the_numbers(qtbot):
    i18n.set_language("el")
    win = make_window(qtbot)
    page = win.show_page("RNN & attention:RNN")
    page.apply_preset(page.PRESETS[0])
    text = page.arith.toPlainText()
    assert "Βήμα t = 1" in text and "πρόβλεψη" in text
    assert "γραμμή 1: 1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2" in text
    assert "x_1 = [0, 0, 1, 1, 1], h_0 = [0, 0]" in text
    assert "μεγαλύτερη συνιστώσα του y_1: η συνιστώσα 4 (8)" in text
    assert "“Cat”" in text and "λέξη 1: (-5)·2 + (-5)·2 + 0 = -20" in text
    page.step_forward()
    page.step_forward()
    text = page.arith.toPlainText()
    assert "Βήμα t = 3" in text and "προσωρινή τιμή" in text      # x_3's lost entry, in Greek
    assert LRI not in text


def test_russian_attention_panel(qtbot):
    i18n.set_language("ru")
    win = make_window(qtbot)
    page = win.show_page("RNN & attention:Attention")
    page.apply_preset(page.PRESETS[0])
    text = page.att_text.toPlainText()
    for words in ("Внимание через масштабированное скалярное произведение", "оценки S = Q Kᵀ",
                  "веса P = softmax(S̃)", "выход Z = P V", "среднее значений C", "равно Z: все веса равны"):
        assert words in text, words
    assert "q_1·k_1 = 4·0 + 0·0 = 0" in text and "[0.25, 0.25, 0.25, 0.25]" in text


def test_hebrew_rnn_and_attention_formula_cells_are_left_to_right(qtbot):
    from PySide6.QtCore import Qt

    from nnlab_gui.engine import rnn_text

    i18n.set_language("he")
    win = make_window(qtbot)
    rnn_page = win.show_page("RNN & attention:RNN")
    rnn_page.apply_preset(rnn_page.PRESETS[0])
    html = rnn_text.step_html(rnn_page.current_step(), rnn_page.vocab(), (), i18n.translate)
    assert "<td dir='ltr'" in html and f"שורה 1: {LRI}1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2{PDI}" in html
    assert rnn_page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    att = win.show_page("RNN & attention:Attention")
    att_html = rnn_text.attention_html(att.att, i18n.translate)
    assert "<td dir='ltr'" in att_html and "ציונים" in att_html


def test_english_engine_text_is_unchanged_without_tr():
    from nnlab_gui.engine import cnn, cnn_rows

    net = cnn.summarize(*cnn.PRESETS["alexnet"])
    html = cnn_rows.formula_html(net, 0, len(net.layers), {})
    assert "<h3>Layer 1: conv 96 11 s4 p0</h3>" in html and "number of filters = 96" in html
    assert LRI not in html
    assert net.layers[0].formula("depth") == "number of filters = 96"
