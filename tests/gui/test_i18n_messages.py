"""The engine's error messages in the GUI's language: a bad matrix cell on the RNN page, a bad
CNN text form and a bad density show Russian text in the page's message bar (no English word
left, the numbers and the typed text kept)."""

from __future__ import annotations

import pytest

from nnlab_gui import i18n
from nnlab_gui.tabs.cnn_calculator.calculator import CnnCalculatorPage
from nnlab_gui.tabs.generator.inverse_cdf import InverseCdfPage
from nnlab_gui.tabs.rnn_attention.rnn import RnnPage

from test_i18n import english_words


@pytest.fixture
def russian(qapp):
    i18n.set_language("ru")
    yield
    i18n.set_language("en")


def make(qtbot, cls, key):
    page = cls(key=key)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    return page


def test_a_bad_matrix_cell_on_the_rnn_page_is_shown_in_russian(qtbot, russian):
    page = make(qtbot, RnnPage, "test/ru-rnn")
    ed = page.editors["W_hh"]
    ed.set_cell_text(0, 1, "x")
    text = page.messages.text()
    assert page.messages.level == "error" and ed.is_bad(0, 1)
    assert "W_hh[1,2]: 'x' — не число (пишите, например, 2, -0.5, 1e-3 или 1/3); в матрице остаётся 1" in text
    assert not english_words(text), text
    assert "не число" in ed.table.item(0, 1).toolTip()


def test_a_bad_cnn_text_form_is_shown_in_russian(qtbot, russian):
    page = make(qtbot, CnnCalculatorPage, "test/ru-cnn")
    rows = page.table.rowCount()
    page.text_edit.setText("input 32x32x3; conv 16")
    page.text_edit.returnPressed.emit()
    text = page.messages.text()
    assert page.messages.level == "error" and page.table.rowCount() == rows
    assert text == "текстовая форма: инструкция 2 'conv 16': токен 'conv': нужны фильтры и ядро"
    assert not english_words(text), text


def test_a_bad_cnn_table_cell_is_shown_in_russian(qtbot, russian):
    page = make(qtbot, CnnCalculatorPage, "test/ru-cnn-cell")
    page.text_edit.setText("input 32x32x3; conv 16 3")
    page.text_edit.returnPressed.emit()
    page.table.item(0, 2).setText("x")
    text = page.messages.text()
    assert page.messages.level == "error"
    assert "'x' — не целое число вида 3 или 5x3" in text and "строка 1" in text
    assert not english_words(text), text


def test_a_bad_density_is_shown_in_russian(qtbot, russian):
    page = make(qtbot, InverseCdfPage, "test/ru-density")
    edit = page.form.widget("density")
    edit.setText("s % 2")
    edit.editingFinished.emit()
    text = page.messages.text()
    assert page.messages.level == "error"
    assert "оператор в 's % 2' не разрешён (только + - * / **)" in text
    assert "по-прежнему используется p(s) =" in text
    assert not english_words(text), text
