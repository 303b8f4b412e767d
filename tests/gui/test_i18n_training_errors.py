"""The training engines' argument checks in the GUI's language: on the λ sweep page a λ beyond
the engine's limit (the form takes any λ ≥ 0) fails the job on its worker; on the Natural
images page whitening with ε = 0 after removing each patch's mean fails the sweep (a
component without variance); on the Inpainting page a cleared mask (no observed pixel) is
refused when the operator is built.  In Russian every message is Russian (no English word
left; λ, ε, the limits and the numbers kept)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocumentFragment

from nnlab_gui import i18n
from nnlab_gui.tabs.hidden_units.natural_images import NaturalImagesPage
from nnlab_gui.tabs.hidden_units.sweep import SweepPage
from nnlab_gui.tabs.inpainting.page import InpaintingPage

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


def test_a_lambda_beyond_the_engines_limit_fails_the_sweep_in_russian(qtbot, russian):
    page = make(qtbot, SweepPage, "test/ru-sweep-lambda")
    edit = page.form.widget("lams")
    edit.setText("0, 2e6")                  # the form takes it: λ ≥ 0, no upper bound
    edit.editingFinished.emit()
    assert page.messages.level != "error", page.messages.text()
    with qtbot.waitSignal(page.run_panel.runner.failed, timeout=30000):
        assert page.run()
    text = page.messages.text()
    assert page.messages.level == "error", text
    assert text.startswith("λ должно быть конечным числом от 0 до 1e+06, получено 2e+06"), text
    assert "ValueError" not in text and not english_words(text), text


def test_whitening_with_no_epsilon_fails_the_natural_images_sweep_in_russian(qtbot, russian):
    page = make(qtbot, NaturalImagesPage, "test/ru-natural-epsilon")
    page.form.set_values({"hidden": 8, "deep": (), "patches": 300, "max_iter": 3, "steps": (32,),
                          "whiten": True, "patch_mean": True, "epsilon": 0.0})
    assert page.form.value("epsilon") == 0.0
    with qtbot.waitSignal(page.run_panel.runner.failed, timeout=300000):
        assert page.run()
    text = page.messages.text()
    assert page.messages.level == "error", text
    assert text.startswith("ε = 0: у одной из компонент этих фрагментов нет дисперсии (вычитание среднего "
                           "каждого фрагмента оставляет такую); возьмите ε > 0"), text
    assert "ValueError" not in text and not english_words(text), text


def test_a_mask_without_observed_pixels_is_refused_in_russian(qtbot, russian):
    page = make(qtbot, InpaintingPage, "test/ru-inpainting-mask")
    page.mask_box.clear_mask()
    text = QTextDocumentFragment.fromHtml(page.mask_box.operator_label.text()).toPlainText()
    assert text == "маска не наблюдает ни одного пикселя: сначала закрасьте наблюдаемые пиксели", text
    assert not english_words(text), text
