"""The RNN & attention and CNN calculator pages in the lab's languages: a wrong answer checked
on the RNN page in Russian gives a Russian verdict (the numbers, vectors and the product row
kept, no English word), the attention box's errors in Russian, a CNN layer that cannot exist
in Greek, an imported network's "… layers" message in Russian, and the drawing's caption in
Hebrew (words right to left, the log₂ formulas left-to-right islands).  English is unchanged
(the tabs' own tests check it)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from nnlab_gui import i18n
from nnlab_gui.tabs.cnn_calculator.calculator import CnnCalculatorPage
from nnlab_gui.tabs.rnn_attention.attention import AttentionPage
from nnlab_gui.tabs.rnn_attention.rnn import RnnPage
from nnlab_gui.widgets import feature_maps

from test_i18n import english_words

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture
def language(qapp):
    def use(code: str) -> None:
        i18n.set_language(code)
    yield use
    i18n.set_language("en")


def make(qtbot, cls, key):
    page = cls(key=key)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    return page


def plain(text: str) -> str:
    """``text`` without the direction marks and isolates a right-to-left sentence carries."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069\u200e\u200f")


def test_a_wrong_rnn_answer_is_named_in_russian_with_its_numbers(qtbot, language):
    language("ru")
    page = make(qtbot, RnnPage, "test/ru-rnn-check")
    box = page.answers
    page.set_answer("Whx_x", "[1, 2]")
    res = page.check_answers()
    assert res.first_wrong == "Whx_x"
    assert res.message.startswith("Your arithmetic departs at W_hx x_1")          # the engine's English
    text = box.result.text()
    assert text == ("✘ Ваши вычисления расходятся с верными на W_hx x_1: вы написали [1, 2], правильное значение — "
                    "[2, 2]; "
                    "компонента 1: у вас 1, правильно 2 (строка 1 матрицы W_hx, умноженная на x_1: "
                    "1·0 + 0·0 + 1·1 + 1·1 + 0·1 = 2)."), text
    assert not english_words(text), text
    assert box.marks["Whx_x"].toolTip().startswith("компонента 1: у вас 1, правильно 2")
    # a slip carried forward, and a missing earlier value
    page.set_answer("Whx_x", "1 1")
    page.set_answer("pre", "1 1")
    page.set_answer("h", "1; 1")
    page.check_answers()
    text = box.result.text()
    assert text.endswith("a_1 = W_hx x_1 + W_hh h_0 + b_h, h_1 верно следуют из ваших же предыдущих чисел."), text
    assert not english_words(text), text
    box.clear()
    page.set_answer("h", "1 1")
    page.check_answers()
    text = box.result.text()
    assert "Вы не ввели значение для W_hx x_1, W_hh h_0" in text and "W_hh h_0 = [0, 0]" in text, text
    assert not english_words(text), text


def test_the_predicted_word_and_all_right_in_russian(qtbot, language):
    language("ru")
    page = make(qtbot, RnnPage, "test/ru-rnn-word")
    box = page.answers
    page.set_answer("prediction", "1")
    page.check_answers()
    text = box.result.text()
    assert text == ("✘ Ваше предсказание при t = 1 неверно: наибольшая компонента y_1 — компонента 4 (8), "
                    "вы выбрали компоненту 1. Вы не ввели значение для y_1: ошибка может быть там (правильные "
                    "значения: y_1 = [-20, 6, 6, 8, 4, 5.8])."), text
    assert not english_words(text), text
    page.set_answer("prediction", "4")
    page.set_answer("Whx_x", "2 2")
    assert page.check_answers().all_right
    text = box.result.text()
    assert text == "✔ Всё верно: W_hx x_1 = [2, 2], предсказание при t = 1 = компонента 4.", text
    page.set_answer("prediction", "dog")
    assert page.check_answers() is None
    text = box.result.text()
    assert text == "✘ предсказание: 'dog' — не слово словаря и не номер компоненты 1–6", text
    assert box.edits["prediction"].placeholderText() == "слово или номер компоненты"


def test_the_attention_box_speaks_russian(qtbot, language):
    language("ru")
    page = make(qtbot, AttentionPage, "test/ru-attention-check")
    box = page.answer_check
    assert box.query.toolTip() == "запрос: строка Q, к которой относятся ваши ответы"
    assert box.edits["output"].toolTip() == "по числу на столбец V, например [1, 1]"
    box.query.setValue(3)                        # the seed has one query
    box.set_answer("scores", "0 0 0 0")
    assert box.check() is None
    text = box.result.text()
    assert text == "✘ в Q запросов: 1; выберите запрос от 1 до 1", text
    page.editors["Q"].paste_text("[[1, 2, 3]]")
    text = page.messages.text().split(": ", 1)[1]     # after the page's own "Attention: "
    assert text == "Q имеет размер 1×3, а K — 4×2: у запросов и ключей должна быть одна ширина d_k (столбцов в Q: 3, " \
                   "в K: 2)", text
    assert not english_words(text), text


def test_a_layer_that_cannot_exist_is_named_in_greek(qtbot, language):
    language("el")
    page = make(qtbot, CnnCalculatorPage, "test/el-cnn-layer")
    page.text_edit.setText("input 4x4x1; conv 1 5")
    page.text_edit.returnPressed.emit()
    text = page.messages.text()
    assert page.messages.level == "error", text
    assert text.startswith("επίπεδο 1 (conv 1 5 s1 p0): "), text
    assert "4 − 5" in text and not english_words(text), text


def test_an_imported_network_is_counted_in_russian(qtbot, language, tmp_path):
    language("ru")
    page = make(qtbot, CnnCalculatorPage, "test/ru-cnn-import")
    path = tmp_path / "small.txt"
    path.write_text("input 32x32x3\nconv 16 3 s1 p1\npool 2\nfc 10\n", encoding="utf-8")
    assert page.open_file(str(path))
    text = page.messages.text()
    assert text == "Импортирован файл small.txt; слоёв: 3", text
    page.text_edit.setText("input 8x8x1; conv 2 3; flatten")
    page.text_edit.returnPressed.emit()
    assert page.messages.text() == "Текстовая форма применена; слоёв: 2"
    assert not english_words(page.messages.text())
    assert page.table.item(0, 0).toolTip() == "Conv2d: дважды щёлкните, чтобы сменить вид"
    page.table.item(0, 0).setText("lstm")            # a kind the calculator does not know
    text = page.messages.text()
    assert text == "строка 1: неизвестный вид слоя 'lstm'", text


def test_the_drawing_caption_in_hebrew(qtbot, language):
    language("he")
    caption = feature_maps.caption()
    assert plain(caption) == "בקנה מידה log₂: חזית ∝ log₂(1+H)×log₂(1+W), עומק ∝ log₂(1+C)", caption
    assert f"{LRI}log₂(1+H)×log₂(1+W){PDI}" in caption and f"{LRI}log₂(1+C){PDI}" in caption
    page = make(qtbot, CnnCalculatorPage, "test/he-cnn-caption")
    image = QImage(page.diagram.size(), QImage.Format.Format_ARGB32)
    page.diagram.render(image)                       # the caption is drawn right to left, without error
    assert not image.isNull()
    i18n.set_language("en")
    assert feature_maps.caption() == "to scale on log₂: face ∝ log₂(1+H)×log₂(1+W), depth ∝ log₂(1+C)"


def test_the_bidi_tool_leaves_a_hebrew_parenthesis_outside_the_formula_islands():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from translations import isolate_runs

    text = isolate_runs("נדרש אותו רוחב d_k (ל־Q יש {q_columns} עמודות, למשל 1e-5)")
    assert text == f"נדרש אותו רוחב {LRI}d_k{PDI} (ל־{LRI}Q{PDI} יש {{q_columns}} עמודות, למשל {LRI}1e-5{PDI})"
    assert isolate_runs("בדוח x_3 (כתוב x_3 = [0, 1, ·]).") == f"בדוח {LRI}x_3{PDI} (כתוב {LRI}x_3 = [0, 1, ·]{PDI})."
    assert isolate_runs("גובה H1 (פיקסלים): H2 = (H1 − F)/S + 1") == \
        f"גובה {LRI}H1{PDI} (פיקסלים): {LRI}H2 = (H1 − F)/S + 1{PDI}"


def test_the_bidi_tool_keeps_placeholders_whole_and_sets_formulas_of_numbers_as_islands():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from translations import isolate_runs

    RLM = "\u200f"
    # a placeholder with a conversion or a format spec stays one token str.format can read
    assert isolate_runs("שפת ההסבר {code!r} אינה אחת מ־{codes}") == "שפת ההסבר {code!r} אינה אחת מ־{codes}"
    assert isolate_runs("קובץ {mb:>5.0f} MB").format(mb=3.0) == f"קובץ {LRI}    3 MB{PDI}"
    # an "=" between the words and a value stays outside the island
    assert isolate_runs("J סופי = {J}") == f"{RLM}{LRI}J{PDI} סופי = {{J}}"
    # numbers joined by operators are a formula: one island (else "65/√(90·96)" reads "(96·90)√/65")
    assert isolate_runs("K מנורמל = {a}/√({b}·{c})") == f"{RLM}{LRI}K{PDI} מנורמל = {LRI}{{a}}/√({{b}}·{{c}}){PDI}"
    assert isolate_runs("ערך −1 כאן") == f"ערך {LRI}−1{PDI} כאן"
    assert isolate_runs("צעד {i} מתוך {n}") == "צעד {i} מתוך {n}"             # a number alone: as it is
    # rich text whose first letter is Latin keeps a right-to-left paragraph
    rich = isolate_runs("<p><b>K(G1,G2)</b> על פני איטרציות</p>")
    assert rich == f"<p><b>{RLM}{LRI}K(G1,G2){PDI}</b> על פני איטרציות</p>"
    for text in (rich, isolate_runs("J סופי = {J}")):
        assert isolate_runs(text) == text                                    # made afresh: the same
