"""Folding sections: a form's "More settings" and the check-my-answer box open and fold by a
click, remember the choice, and keep their fields working while folded."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nnlab_gui.pages.fields import Int
from nnlab_gui.pages.form import Form
from nnlab_gui.widgets.section import Section, fold_advanced

FIELDS = [Int("n", "Samples", 10, 1, 100), Int("seed", "Seed", 0, 0, 99, advanced=True)]


def test_advanced_fields_sit_in_a_folded_section_and_still_count(qtbot):
    form = Form(FIELDS, key="test/sections")
    qtbot.addWidget(form)
    form.show()
    assert form.more is not None and not form.more.is_expanded()
    assert form.widget("n").isVisible() and not form.widget("seed").isVisible()
    form.set_values({"seed": 7})                              # a preset or a session reaches it folded
    assert form.values() == {"n": 10, "seed": 7}
    qtbot.mouseClick(form.more.header, Qt.MouseButton.LeftButton)
    assert form.more.is_expanded() and form.widget("seed").isVisible()
    again = Form(FIELDS, key="test/sections")                 # the choice is remembered
    qtbot.addWidget(again)
    assert again.more.is_expanded()
    assert Form([FIELDS[0]], key="test/plain").more is None   # no advanced field: no section


def test_presenter_folding_gives_back_each_state_and_writes_nothing(qtbot):
    from nnlab_gui import settings

    root = Section("root")
    qtbot.addWidget(root)
    opened = Section("a", key="test/a", expanded=True, advanced=True, parent=root.body)
    folded = Section("b", key="test/b", expanded=False, advanced=True, parent=root.body)
    plain = Section("c", expanded=True, parent=root.body)      # not advanced: left alone
    assert fold_advanced(root, True) == 2
    assert not opened.is_expanded() and not folded.is_expanded() and plain.is_expanded()
    assert settings.load_json("sections/test/a", None) is None
    fold_advanced(root, False)
    assert opened.is_expanded() and not folded.is_expanded()
