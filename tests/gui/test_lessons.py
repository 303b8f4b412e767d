"""Lessons: every bundled lesson, driven step by step, reaches its course result on screen;
bad lesson files are refused with clear messages; the panel's Back / Next / Reveal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from nnlab_gui import lessons

BUNDLED = lessons.available()


def finish(window, qtbot):
    page = window.current_page()
    if page is not None and page.is_running():
        qtbot.waitUntil(lambda: not page.is_running(), timeout=120000)
    return page


def test_at_least_seven_lessons_are_bundled_and_valid():
    assert len(BUNDLED) >= 7, BUNDLED
    for name in BUNDLED:
        les = lessons.load(name)
        assert les.title and les.steps and all(s.page for s in les.steps)


@pytest.mark.parametrize("name", BUNDLED)
def test_each_lesson_reaches_its_course_results(name, window, qtbot):
    les = lessons.load(name)
    assert window.start_lesson(name), window.lesson_dock.problem.text()
    for i, step in enumerate(les.steps):
        if i:
            assert window.lesson_next(), window.lesson_dock.problem.text()
        assert window.lesson_position() == (i, len(les.steps))
        page = finish(window, qtbot)
        window.lesson_reveal()
        text = page.visible_text()
        for expected in step.expect:
            assert expected in text, f"{name}, step {i + 1} ({step.title}): {expected!r} not shown"
    assert not window.lesson_next()                                 # the last step


def test_back_next_reveal_and_the_clicker_keys(window, qtbot):
    assert window.start_lesson("05_attention")
    page = window.current_page()
    assert not page.heat_plot.isVisibleTo(page)                     # covered until Reveal
    assert window.lesson_dock.reveal_button.isEnabled()
    qtbot.mouseClick(window.lesson_dock.reveal_button, Qt.MouseButton.LeftButton)
    assert page.heat_plot.isVisibleTo(page)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.lesson_position() == (1, 2)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.lesson_position() == (0, 2)
    assert window.lesson_dock.position.text() == "step 1 of 2"
    assert window.lesson_goto(1) and not window.lesson_goto(5)


BAD = [
    ("", "'title' must be"),
    ("title = [", "not valid TOML"),
    ("title = 'x'", "at least one"),
    ("title = 'x'\n[[steps]]\npage = 'CNN calculator'", "'title' must be"),
    ("title = 'x'\n[[steps]]\ntitle = 't'", "'page' must be"),
    ("title = 'x'\n[[steps]]\ntitle = 't'\npage = 'p'\ncolour = 1", "unknown key 'colour'"),
    ("title = 'x'\n[[steps]]\ntitle = 't'\npage = 'p'\nnarration = { fr = 'bonjour' }", "language 'fr'"),
    ("title = 'x'\n[[steps]]\ntitle = 't'\npage = 'p'\nstate = 3", "'state' is a table"),
    ("title = 'x'\n[[steps]]\ntitle = 't'\npage = 'p'\nhidden = [1]", "'hidden' is a list"),
    ("title = 'x'\nauthor = 'me'\n[[steps]]\ntitle = 't'\npage = 'p'", "unknown key 'author'"),
    ("title = 'x'\n[[steps]]\ntitle = 't'\npage = 'p'\nsession = { A = 1 }", "'session' is a table"),
]


@pytest.mark.parametrize("text, message", BAD)
def test_bad_lesson_files_name_what_is_wrong(text, message, tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ValueError, match=message):
        lessons.load(path)


def test_a_lesson_step_that_cannot_be_applied_says_why(window, tmp_path):
    path = tmp_path / "wrong.toml"
    path.write_text("title = 'x'\n[[steps]]\ntitle = 'a'\npage = 'No such tab'\n"
                    "[[steps]]\ntitle = 'b'\npage = 'CNN calculator'\nstate = { height = -1 }\n"
                    "[[steps]]\ntitle = 'c'\npage = 'CNN calculator'\naction = 'explode'\n")
    assert not window.start_lesson(path)
    assert "no tab" in window.lesson_dock.problem.text()
    assert not window.lesson_next() and "-1 is outside" in window.lesson_dock.problem.text()
    assert not window.lesson_next() and "no action 'explode'" in window.lesson_dock.problem.text()
    assert not window.start_lesson(tmp_path / "missing.toml")
    assert "no lesson" in window.statusBar().currentMessage()


def test_narration_follows_the_language(tmp_path):
    path = tmp_path / "l.toml"
    path.write_text("title = 'x'\n[[steps]]\ntitle = 't'\npage = 'p'\nnarration = { en = 'hello', ru = 'привет' }\n")
    step = lessons.load(path).steps[0]
    assert step.text("ru") == "привет" and step.text("el") == "hello"


def test_the_teachers_guide_names_real_results_and_actions(window):
    """docs/LESSONS.md's table of hideable results and actions matches the pages."""
    import re
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    doc = (Path(__file__).resolve().parents[2] / "docs" / "LESSONS.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\|([^|`]+)\|([^|]*)\|([^|]*)\|$", doc, re.M)
    rows = [r for r in rows if r[0].strip() not in ("page", "key") and "---" not in r[0]]
    assert len(rows) >= 8
    for page_name, views, actions in rows:
        page = window.page(page_name.strip())
        for v in re.findall(r"`(\w+)`", views):
            assert isinstance(getattr(page, v, None), QWidget), (page_name, v)
        for a in re.findall(r"`(\w+)`", actions):
            assert callable(getattr(page, a, None)), (page_name, a)


def test_the_command_line_opens_a_lesson_at_a_step(tmp_path, qapp):
    from PySide6.QtGui import QImage

    from nnlab_gui.__main__ import main

    out = tmp_path / "lesson.png"
    assert main(["--lesson", "07_wl_kernel", "--step", "4", "--screenshot", str(out), "--size", "1366x768",
                 "--delay", "0"]) == 0
    assert QImage(str(out)).width() == 1366
    assert main(["--lesson", "07_wl_kernel", "--step", "9", "--screenshot", str(out), "--delay", "0"]) == 2
    assert main(["--lesson", "no-such-lesson", "--screenshot", str(out), "--delay", "0"]) == 2


def test_a_bad_lesson_file_is_named_in_the_language(tmp_path, qapp):
    """The messages of a bad lesson file are templates: English as before, Russian in the
    status bar when the lab speaks Russian (the step, the key and the file name kept)."""
    from nnlab_gui import i18n
    from nnlab_gui.engine.texts import Problem

    from test_i18n import english_words

    path = tmp_path / "bad.toml"
    path.write_text("title = 'x'\n[[steps]]\ntitle = 't'\npage = 'p'\ncolour = 1\n")
    with pytest.raises(Problem) as info:
        lessons.load(path)
    assert str(info.value) == ("bad, step 1: unknown key 'colour' (a step has action, expect, hidden, "
                               "narration, page, session, state, title)")
    i18n.set_language("ru")
    try:
        text = i18n.error_text(info.value)
    finally:
        i18n.set_language("en")
    assert text.startswith("bad, шаг 1: ") and "'colour'" in text and "narration, page" in text
    keys = "action, expect, hidden, narration, page, session, state, title"
    assert english_words(text.replace(keys, "")) == ["bad", "colour"], text   # the file's own words only
