"""The model engines' error messages in the GUI's language: a layer whose output cannot exist
on the CNN page, a negative density on the Inverse CDF page and a Gibbs job that fails on its
worker show Greek text in the page's message bar (no English word left; the layer, the
formula and the numbers kept)."""

from __future__ import annotations

import pytest

from nnlab_gui import i18n
from nnlab_gui.engine import sampling
from nnlab_gui.pages import Job, Page
from nnlab_gui.tabs.cnn_calculator.calculator import CnnCalculatorPage
from nnlab_gui.tabs.generator.inverse_cdf import InverseCdfPage

from test_i18n import english_words


@pytest.fixture
def greek(qapp):
    i18n.set_language("el")
    yield
    i18n.set_language("en")


def make(qtbot, cls, key):
    page = cls(key=key)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    return page


def test_an_impossible_cnn_layer_is_shown_in_greek(qtbot, greek):
    page = make(qtbot, CnnCalculatorPage, "test/el-cnn-layer")
    page.text_edit.setText("input 28x28x1; conv 8 29")
    page.text_edit.returnPressed.emit()
    text = page.messages.text()
    assert page.messages.level == "error", text
    assert "επίπεδο 1 (conv 8 29 s1 p0): το ύψος εξόδου (28 − 29 + 2·0) / 1 + 1 = 0 δεν" in text
    assert "δεν είναι θετικό (το παράθυρο είναι μεγαλύτερο από την είσοδο)" in text
    assert not english_words(text), text


def test_a_negative_density_is_shown_in_greek(qtbot, greek):
    page = make(qtbot, InverseCdfPage, "test/el-density")
    edit = page.form.widget("density")
    edit.setText("s - 1")
    edit.editingFinished.emit()
    text = page.messages.text()
    assert page.messages.level == "error", text
    assert "η πυκνότητα 's - 1' είναι αρνητική στο [0, 1], π.χ. -1 στο s = 0" in text
    assert "μια πυκνότητα δεν είναι ποτέ αρνητική" in text
    assert not english_words(text), text


class GibbsOutsidePage(Page):
    RUN_TEXT = "Run"

    def build(self):
        self.stack(self.run_panel)

    def job(self):
        return Job(sampling.iter_gibbs_disk, (10,), dict(start=(2.0, 0.0)))


def test_a_job_that_fails_with_an_engine_message_shows_it_in_greek(qtbot, greek):
    page = make(qtbot, GibbsOutsidePage, "test/el-gibbs-job")
    with qtbot.waitSignal(page.run_panel.runner.failed, timeout=10000):
        assert page.run()
    text = page.messages.text()
    assert page.messages.level == "error", text
    assert text.startswith("το σημείο εκκίνησης (2, 0) βρίσκεται έξω από τον μοναδιαίο δίσκο"), text
    assert "ValueError" not in text and not english_words(text), text
