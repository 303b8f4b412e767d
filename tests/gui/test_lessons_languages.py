"""Lessons in the course's languages: every bundled lesson has Greek, Hebrew and Russian
titles and narration; the panel and Classroom → Lessons show the window's language; a title
table with an unknown language is refused; the bundled lessons reach their expectations in
Russian and Hebrew too (the language-neutral parts of ``expect``, or its per-language list);
Hebrew narration keeps its formulas left to right."""

from __future__ import annotations

import pytest

from nnlab_gui import i18n, lessons

from test_i18n import english_words

BUNDLED = lessons.available()
OTHERS = ("el", "he", "ru")


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


def check_translated(en: str, other: str, where: str) -> None:
    assert other and other.strip(), f"{where}: empty"
    if english_words(en):                         # only a formula may read the same
        assert other != en, f"{where}: still the English text"


@pytest.mark.parametrize("name", BUNDLED)
def test_every_bundled_lesson_speaks_greek_hebrew_and_russian(name):
    les = lessons.load(name)
    for code in OTHERS:
        assert code in les.titles and code in les.exercises, (name, code)
        check_translated(les.title, les.titles[code], f"{name} title [{code}]")
        check_translated(les.exercise, les.exercises[code], f"{name} exercise [{code}]")
        for i, step in enumerate(les.steps, 1):
            assert code in step.titles and code in step.narration, (name, i, code)
            check_translated(step.title, step.titles[code], f"{name} step {i} title [{code}]")
            check_translated(step.text("en"), step.narration[code], f"{name} step {i} narration [{code}]")
            assert step.heading(code) == step.titles[code] and step.text(code) == step.narration[code]
            if code != "he":                       # Greek and Russian: no English sentence left
                assert len(english_words(step.narration[code])) <= 3, (name, i, code, step.narration[code])
        assert les.heading(code) == les.titles[code]
    assert les.heading("en") == les.title and les.steps[0].heading("en") == les.steps[0].title


def test_the_panel_and_the_menu_show_greek(qtbot):
    i18n.set_language("el")
    win = make_window(qtbot)
    les = lessons.load("02_inpainting")
    assert win.start_lesson("02_inpainting"), win.lesson_dock.problem.text()
    dock = win.lesson_dock
    assert dock.title.text() == les.steps[0].titles["el"] == "Κρατάμε τα πρώτα 500 pixels"
    assert "Η παρατήρηση κρατά τα πρώτα" in dock.text.toPlainText()
    assert "J(z) = N · log ‖T X(z) − xₙ‖² + ‖z‖²" in dock.text.toPlainText()     # the formula as it is
    assert les.titles["el"] in dock.windowTitle() and "Inpainting and" not in dock.windowTitle()
    assert win.lesson_next() and dock.title.text() == les.steps[1].titles["el"]
    win._fill_lesson_menu()
    titles = [a.text() for a in win.lesson_menu.actions()]
    assert titles[:2] == [lessons.load(n).titles["el"] for n in BUNDLED[:2]]


def test_english_is_the_fallback(tmp_path):
    path = tmp_path / "l.toml"
    path.write_text('title = { en = "Kernels", ru = "Ядра" }\n[[steps]]\ntitle = "Only English"\n'
                    'page = "p"\nnarration = "hello"\n', encoding="utf-8")
    les = lessons.load(path)
    assert les.title == "Kernels" and les.heading("ru") == "Ядра" and les.heading("he") == "Kernels"
    assert les.steps[0].heading("el") == "Only English" == les.steps[0].title


@pytest.mark.parametrize("text, code", [
    ('title = { en = "x", fr = "y" }\n[[steps]]\ntitle = "t"\npage = "p"', "fr"),
    ('title = "x"\n[[steps]]\ntitle = { en = "t", gr = "τ" }\npage = "p"', "gr"),
    ('title = "x"\nexercise = { en = "e", xx = "e" }\n[[steps]]\ntitle = "t"\npage = "p"', "xx"),
    ('title = "x"\n[[steps]]\ntitle = "t"\npage = "p"\nexpect = { en = ["a"], de = ["b"] }', "de"),
])
def test_a_bad_language_code_in_a_table_is_refused_naming_it(text, code, tmp_path):
    from nnlab_gui.engine.texts import Problem

    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Problem, match=rf"language '{code}' is not one of en, el, he, ru"):
        lessons.load(path)


def test_a_title_that_is_neither_text_nor_table_is_refused(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('title = "x"\n[[steps]]\ntitle = 3\npage = "p"', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad, step 1: 'title' is a text, or a table of languages"):
        lessons.load(path)


def test_the_neutral_parts_of_an_expectation():
    n = lessons.neutral_parts
    assert n("N = 500 observed pixels") == ["N = 500"]
    assert n("MSE to the ideal") == ["MSE"]
    assert n("latent 10 → 128 ReLU → 784 sigmoid") == ["10 → 128 ReLU → 784"]
    assert n("Your arithmetic departs at W_hx x_1") == ["W_hx x_1"]
    assert n("keeps its initial label") == [] and n("report's interval") == []
    assert n("[0.25, 0.25, 0.25, 0.25]") == ["[0.25, 0.25, 0.25, 0.25]"]
    step = lessons.parse('title = "x"\n[[steps]]\ntitle = "t"\npage = "p"\n'
                         'expect = { en = ["back-propagation is correct", "λ = 1"], ru = ["верно"] }').steps[0]
    assert step.expected("en") == ("back-propagation is correct", "λ = 1")
    assert step.expected("ru") == ("верно",) and step.expected("el") == ("λ = 1",)
    assert lessons.shows("מחיר \u2066λ = 1\u2069", "λ = 1")


@pytest.mark.parametrize("code", ["ru", "he"])
@pytest.mark.parametrize("name", BUNDLED)
def test_each_lesson_reaches_its_course_results_in_the_language(name, code, qtbot):
    """Every step applies (no problem on the panel) and the page shows what the step expects
    in that language: at least one text per lesson is checked."""
    i18n.set_language(code)
    win = make_window(qtbot)
    les = lessons.load(name)
    assert win.start_lesson(name), win.lesson_dock.problem.text()
    checked = 0
    for i, step in enumerate(les.steps):
        if i:
            assert win.lesson_next(), win.lesson_dock.problem.text()
        page = win.current_page()
        if page.is_running():
            qtbot.waitUntil(lambda: not page.is_running(), timeout=120000)
        win.lesson_reveal()
        text = page.visible_text()
        for expected in step.expected(code):
            assert lessons.shows(text, expected), f"{name}, step {i + 1} [{code}]: {expected!r} not shown"
            checked += 1
        assert win.lesson_dock.title.text()
    assert checked >= len(les.steps) - 1


def test_hebrew_narration_keeps_its_formulas_left_to_right(qtbot):
    from nnlab_gui.lesson_dock import formula_spans, isolate_formulas

    text = "עם h₀ = 0 ו־x₁ = [0, 0, 1, 1, 1]: מתפלג אחיד על [0, 1] (ממוצע 0.5)."
    spans = [text[a:b] for a, b in formula_spans(text)]
    assert spans == ["h₀ = 0", "x₁ = [0, 0, 1, 1, 1]", "[0, 1]", "0.5"]
    assert "\u2066[0,\u00a01]\u2069" in isolate_formulas(text)
    i18n.set_language("he")
    win = make_window(qtbot)
    assert win.start_lesson("04_rnn")
    shown = win.lesson_dock.text.document().toRawText()      # toPlainText() turns no-break spaces into spaces
    assert "\u2066h₀\u00a0=\u00a00\u2069" in shown and "ולכן" in shown
    assert shown.startswith("h_t = ReLU(W_hx x_t")          # a formula on its own line stays as it is


@pytest.mark.parametrize("code", ["he", "ru"])
def test_the_bad_language_message_is_shown_in_the_language(code, tmp_path, qapp):
    path = tmp_path / "bad.toml"
    path.write_text('title = { en = "x", fr = "y" }\n[[steps]]\ntitle = "t"\npage = "p"', encoding="utf-8")
    with pytest.raises(ValueError) as info:
        lessons.load(path)
    i18n.set_language(code)
    text = i18n.error_text(info.value)             # the template's placeholders survive translation
    plain = text.replace("\u2066", "").replace("\u2069", "")   # Hebrew sets the names as islands
    assert "'fr'" in plain and plain.startswith("bad: 'title'")
