"""The course's languages: Greek, Hebrew (right to left) and Russian beside English.

What is checked: ``i18n.available()`` / ``set_language`` round trips; the window's menus,
run panels, lesson panel and field messages speak the language; Hebrew mirrors the window
but not its plots, matrices and typed numbers; View → Language and ``--lang``; the default
follows the system locale; the committed ``.qm`` files are current and the ``.ts`` files have
no unfinished entry.  The walk over every page (no English left) is the acceptance goal.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nnlab_gui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("el", "he", "ru")


@pytest.fixture(autouse=True)
def _back_to_english(qapp):
    yield
    i18n.set_language("en")


def ts_messages(path: Path) -> dict[str, tuple[str, str]]:
    """source -> (translation, type) of a .ts file."""
    out = {}
    for msg in ET.parse(path).getroot().iter("message"):
        tr = msg.find("translation")
        out[msg.findtext("source") or ""] = (tr.text or "", tr.get("type", ""))
    return out


def make_window(qtbot):
    from nnlab_gui.app import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


# ---------------------------------------------------------------------------- the API
def test_available_lists_the_four_course_languages():
    assert i18n.available() == ["en", "el", "he", "ru"]
    for code in LANGS:
        assert (TS_DIR / f"nnlab_{code}.qm").stat().st_size > 1000


def test_unknown_language_is_refused_with_the_choices_and_nothing_changes(qapp):
    i18n.set_language("el")
    with pytest.raises(ValueError, match=r"'xx' is not available; NN Lab speaks en, el, he, ru"):
        i18n.set_language("xx")
    assert i18n.language() == "el"
    assert i18n.translate("Cancel") == "Ακύρωση"


def test_set_language_round_trip(qapp):
    from PySide6.QtCore import Qt

    expected = {"el": "Ακύρωση", "he": "ביטול", "ru": "Отмена"}
    for code in ("el", "he", "ru", "en", "ru", "el"):
        i18n.set_language(code)
        assert i18n.language() == code
        assert i18n.translate("Cancel") == expected.get(code, "Cancel")
        assert qapp.layoutDirection() == (Qt.LayoutDirection.RightToLeft if code == "he"
                                          else Qt.LayoutDirection.LeftToRight)
    i18n.set_language("en")
    assert i18n.translate("Cancel") == "Cancel"
    assert i18n.translate("step {i} of {n}").format(i=2, n=5) == "step 2 of 5"


def _fields(text: str) -> list[tuple] | None:
    """The str.format fields of ``text`` (name, conversion, spec), or None if it is no template."""
    import string

    try:
        return sorted((name, conv or "", spec or "") for _lit, name, spec, conv in string.Formatter().parse(text)
                      if name is not None)
    except ValueError:
        return None


@pytest.mark.parametrize("code", LANGS)
def test_every_translation_keeps_the_placeholders_of_its_source(code):
    """A translation has the same {fields} as its source, conversions and format specs included,
    and str.format can read it (a direction mark inside "{code!r}" could not be read)."""
    bad = []
    for source, (text, _kind) in ts_messages(TS_DIR / f"nnlab_{code}.ts").items():
        want = _fields(source)
        if want is not None and _fields(text) != want:
            bad.append((source, text))
    assert not bad, bad[:5]


def test_hebrew_sets_left_to_right_values_as_islands_and_leaves_numbers_and_hebrew_alone(qapp):
    """In Hebrew a filled-in value that reads left to right ("λ=0: 100.0 %", a file name) is an
    LRI … PDI island, so "אומנו λ=0: 100.0 %" does not put its "%" first; a number alone and a
    Hebrew value are filled in as they are; other languages get no marks."""
    LRI, PDI = "\u2066", "\u2069"
    i18n.set_language("he")
    shown = i18n.tr_("trained {list}").format(list="λ=0: 100.0 %, λ=20: 91.7 %")
    assert shown == f"אומנו {LRI}λ=0: 100.0 %, λ=20: 91.7 %{PDI}"
    assert i18n.tr_("step {i} of {n}").format(i=2, n=5) == "צעד 2 מתוך 5"
    assert i18n.tr_("Saved {path}").format(path="/tmp/a.png").endswith(f"{LRI}/tmp/a.png{PDI}")
    assert LRI not in i18n.tr_("trained {list}").format(list="אימון")
    i18n.set_language("ru")
    assert LRI not in i18n.tr_("trained {list}").format(list="λ=0: 100.0 %")


def test_placeholders_survive_translation(qapp):
    i18n.set_language("ru")
    assert i18n.translate("step {i} of {n}").format(i=2, n=5) == "шаг 2 из 5"
    i18n.set_language("he")
    assert i18n.translate("step {i} of {n}").format(i=2, n=5) == "צעד 2 מתוך 5"


# ---------------------------------------------------------------------------- the window
MENU_TITLES = {
    "el": ["&Αρχείο", "Ε&κτέλεση", "&Προβολή", "&Τάξη", "&Βοήθεια"],
    "he": ["&קובץ", "&הרצה", "&תצוגה", "&כיתה", "&עזרה"],
    "ru": ["&Файл", "&Запуск", "&Вид", "&Занятие", "&Справка"],
}
RUN_BUTTONS = {"el": ("Εκπαίδευση όλων", "Ακύρωση"), "he": ("אימון הכול", "ביטול"),
               "ru": ("Обучить все", "Отмена")}


@pytest.mark.parametrize("code", LANGS)
def test_menus_tabs_and_run_panel_speak_the_language(qtbot, code):
    i18n.set_language(code)
    win = make_window(qtbot)
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == MENU_TITLES[code]
    file_items = [a.text() for a in win.menuBar().actions()[0].menu().actions() if a.text()]
    assert not any(t in ("&Open…", "&Quit", "Open &session…") for t in file_items)
    assert win.tab_titles()[0] == {"el": "Γεννήτρια", "he": "מחולל", "ru": "Генератор"}[code]
    assert win.tab_names()[0] == "Generator"             # the names show_page takes stay English
    page = win.show_page("Hidden units:λ sweep")
    run, cancel = RUN_BUTTONS[code]
    assert page.run_panel.run_button.text() == run
    assert page.run_panel.cancel_button.text() == cancel
    assert page.form.label("max_iter").text() != "Iterations"
    assert win.statusBar().currentMessage() != "Ready"


@pytest.mark.parametrize("code", LANGS)
def test_field_error_names_the_field_in_the_language(qtbot, code):
    from PySide6.QtCore import Qt

    i18n.set_language(code)
    win = make_window(qtbot)
    page = win.show_page("Hidden units:λ sweep")
    box = page.form.widget("lams")
    box.clear()
    qtbot.keyClicks(box, "1, x")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    label = {"el": "Τιμές λ", "he": "ערכי λ", "ru": "Значения λ"}[code]
    why = {"el": "δεν είναι αριθμός", "he": "אינו מספר", "ru": "не число"}[code]
    assert page.messages.level == "error"
    assert page.messages.text().startswith(label + ":") and why in page.messages.text()


def test_lesson_panel_chrome_is_translated(qtbot):
    from nnlab_gui import lessons

    i18n.set_language("el")
    win = make_window(qtbot)
    assert win.start_lesson(lessons.available()[0]) or win.lesson is not None
    dock = win.lesson_dock
    assert dock.next_button.text() == "Επόμενο ▶"
    assert dock.back_button.text() == "◀ Πίσω"
    assert dock.position.text() == f"βήμα 1 από {len(win.lesson.steps)}"


# ---------------------------------------------------------------------------- Hebrew
def test_hebrew_mirrors_the_window_but_not_plots_matrices_or_numbers(qtbot):
    import pyqtgraph as pg
    from PySide6.QtCore import Qt

    from nnlab_gui.widgets.matrix_editor import MatrixEditor

    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    i18n.set_language("he")
    win = make_window(qtbot)
    assert win.layoutDirection() == rtl
    page = win.show_page("RNN & attention:RNN")
    qtbot.waitUntil(lambda: page.isVisible())
    assert page.layoutDirection() == rtl
    editors = page.findChildren(MatrixEditor)
    plots = page.findChildren(pg.PlotWidget)
    assert editors and plots
    assert all(e.layoutDirection() == ltr for e in editors)
    for plot in plots:
        assert plot.layoutDirection() == ltr
        assert plot.getPlotItem().layoutDirection() == ltr     # the axes stay on the left
        left = plot.getPlotItem().getAxis("left")
        assert left.mapToScene(0, 0).x() < plot.getPlotItem().vb.mapToScene(0, 0).x()
    # a form row is mirrored: its label stands to the right of its widget
    sweep = win.show_page("Hidden units:λ sweep")
    qtbot.waitUntil(lambda: sweep.form.isVisible())
    label, box = sweep.form.label("max_iter"), sweep.form.widget("max_iter")
    assert label.mapTo(win, label.rect().topLeft()).x() > box.mapTo(win, box.rect().topLeft()).x()
    assert sweep.form.widget("lams").layoutDirection() == ltr   # "0, 1, 20" reads left to right
    from PySide6.QtWidgets import QTableWidget

    from nnlab_gui.widgets.feature_maps import FeatureMapDiagram

    cnn = win.show_page("CNN calculator")
    tables = cnn.findChildren(QTableWidget)
    assert tables and all(t.layoutDirection() == ltr for t in tables)   # "55×55×96" stays in order
    assert all(d.layoutDirection() == ltr for d in cnn.findChildren(FeatureMapDiagram))


def test_english_window_is_left_to_right(qtbot):
    from PySide6.QtCore import Qt

    win = make_window(qtbot)
    assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert [a.text() for a in win.menuBar().actions()][0] == "&File"


# ---------------------------------------------------------------------------- choosing
def test_view_language_menu_remembers_the_choice_for_the_next_start(qtbot):
    from nnlab_gui import settings
    from nnlab_gui.language_menu import NEXT_START

    win = make_window(qtbot)
    names = [a.text() for a in win.language_menu.actions()]
    assert names == ["English", "Ελληνικά", "עברית", "Русский"]
    win.language_actions["ru"].trigger()
    assert settings.settings().value("language") == "ru"
    assert win.language_actions["ru"].isChecked() and not win.language_actions["en"].isChecked()
    assert win.statusBar().currentMessage() == NEXT_START["ru"]
    assert i18n.language() == "en"                        # applied at the next start
    assert i18n.startup_language() == "ru"
    assert not win.choose_language("xx")
    assert "not available" in win.statusBar().currentMessage()


def test_default_follows_the_system_locale_when_it_is_a_course_language(monkeypatch):
    for name, code in (("el_GR", "el"), ("he_IL", "he"), ("iw_IL", "he"), ("ru_RU", "ru"),
                       ("de_DE", "en"), ("en_US", "en"), ("C", "en")):
        monkeypatch.setattr(i18n, "system_locale_name", lambda n=name: n)
        assert i18n.startup_language() == code, name


def test_lang_option(qapp, capsys):
    from nnlab_gui.__main__ import _set_language, build_parser

    assert not _set_language(build_parser().parse_args(["--lang", "xx"]))
    assert "'xx' is not available" in capsys.readouterr().err
    assert _set_language(build_parser().parse_args(["--lang", "he"]))
    assert i18n.language() == "he"


def test_screenshot_in_greek(tmp_path, qapp):
    from nnlab_gui.__main__ import main

    out = tmp_path / "el.png"
    assert main(["--screenshot", str(out), "--lang", "el", "--tab", "WL kernel", "--delay", "0"]) == 0
    assert out.stat().st_size > 10_000
    assert i18n.language() == "el"


# ---------------------------------------------------------------------------- the files
def test_ts_files_have_no_unfinished_entries():
    for code in LANGS:
        msgs = ts_messages(TS_DIR / f"nnlab_{code}.ts")
        assert len(msgs) > 300
        todo = [s for s, (t, kind) in msgs.items() if kind in ("unfinished", "vanished", "obsolete") or not t]
        assert not todo, f"{code}: {len(todo)} unfinished, e.g. {todo[:3]}"
        for src, (tr, _k) in msgs.items():       # every {placeholder} kept
            assert set(re.findall(r"\{\w*\}", src)) == set(re.findall(r"\{\w*\}", tr)), (code, src, tr)


def test_qm_files_are_current(tmp_path):
    """Re-extract the strings with pyside6-lupdate and re-compile: the committed files match."""
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    for code in LANGS:
        shutil.copy(TS_DIR / f"nnlab_{code}.ts", tmp_path / f"nnlab_{code}.ts")
    translations.lupdate([tmp_path / f"nnlab_{c}.ts" for c in LANGS])
    for code in LANGS:
        fresh, committed = ts_messages(tmp_path / f"nnlab_{code}.ts"), ts_messages(TS_DIR / f"nnlab_{code}.ts")
        # every string the code marks is in the .ts (a string the code no longer has is harmless:
        # the next `update` drops it)
        new = sorted(set(fresh) - set(committed))
        assert not new, (f"{code}: the code has {len(new)} strings the .ts lacks; run "
                         f"python tools/translations.py update, translate them, then release", new[:5])
        import subprocess

        subprocess.run([translations.tool("pyside6-lrelease"), "-silent", str(TS_DIR / f"nnlab_{code}.ts"),
                        "-qm", str(tmp_path / f"{code}.qm")], check=True)
        assert (tmp_path / f"{code}.qm").read_bytes() == (TS_DIR / f"nnlab_{code}.qm").read_bytes(), \
            f"{code}: nnlab_{code}.qm is older than its .ts; run python tools/translations.py release"


def test_translations_are_packaged():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"translations/*.qm"' in text


# ---------------------------------------------------------------------------- acceptance
# words that stay as they are in every language: names, file formats, functions, keys
KEEP = {
    "nn", "lab", "rnn", "cnn", "vae", "png", "svg", "csv", "map", "rmsprop", "adam", "adams", "bfgs",
    "scipy", "softmax", "relu", "tanh", "sigmoid", "exp", "log", "sqrt", "sin", "cos", "tan", "abs",
    "max", "min", "corr", "mutag", "gibbs", "laplace", "grakel", "ctrl", "esc", "pageup", "pagedown",
    "markdown", "numpy", "gram", "seed", "cdf", "pca", "mnist", "mat", "npz", "npy", "txt", "one", "hot",
    "mean", "tol", "num", "ana", "lbfgs", "iter", "weisfeilerlehman", "lehman", "weisfeiler", "shift",
    "pixels", "autoencoder", "pi", "std", "fc", "conv", "pool", "tex", "md", "nnlab", "tu", "wl", "gpu",
    "lambda", "inf", "nan", "true", "false", "yours", "right", "sgd", "momentum", "rms", "adagrad",
    "checknngradients", "alexnet", "vgg", "lenet", "macs", "cat", "staring", "stop", "petersen", "kamada", "kawai",
}


def english_words(text: str) -> list[str]:
    words = []
    for token in re.findall(r"[A-Za-z][A-Za-z0-9_.\-]*", text):
        if any(c in token for c in "_.0123456789") or len(token) < 3:
            continue                                     # file names, variables, formulas
        for part in token.split("-"):
            if len(part) >= 3 and part.lower() not in KEEP and not part.isupper():
                words.append(part)
    return words


def shown_texts(page) -> list[str]:
    """Every text a student reads on the page: labels, buttons, boxes, lists, tabs, headers, plots,
    and the text panels (QTextEdit, QTextBrowser)."""
    import pyqtgraph as pg
    from PySide6.QtGui import QTextDocumentFragment
    from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QTableWidget, QTabWidget,
                                   QTextEdit)
    from PySide6.QtCore import Qt

    texts = []
    texts += [e.toPlainText() for e in page.findChildren(QTextEdit) if e.isVisibleTo(page)]   # QTextBrowser too
    for w in page.findChildren(QLabel):
        if w.isVisibleTo(page):
            t = w.text()
            texts.append(QTextDocumentFragment.fromHtml(t).toPlainText() if Qt.mightBeRichText(t) else t)
    texts += [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
    texts += [g.title() for g in page.findChildren(QGroupBox) if g.isVisibleTo(page)]
    for c in page.findChildren(QComboBox):
        if c.isVisibleTo(page):
            texts += [c.itemText(i) for i in range(c.count())]
    for t in page.findChildren(QTabWidget):
        texts += [t.tabText(i) for i in range(t.count())]
    for table in page.findChildren(QTableWidget):
        for i in range(table.columnCount()):
            item = table.horizontalHeaderItem(i)
            texts.append(item.text() if item is not None else "")
    def plain(t: str) -> str:           # a plot title may be rich text: what is drawn, not the tags
        return QTextDocumentFragment.fromHtml(t).toPlainText() if Qt.mightBeRichText(t) else t

    for view in page.findChildren(pg.PlotWidget):
        item = view.getPlotItem()
        texts.append(plain(item.titleLabel.text or ""))
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            texts.append(axis.labelText or "")
        if item.legend is not None:
            texts += [label.text for _sample, label in item.legend.items]
    return [t for t in texts if t]


def english_left(win) -> dict[str, list[str]]:
    left = {}
    for path, page in win.pages(build=True):
        words = sorted({w for t in shown_texts(page) for w in english_words(t)})
        if words:
            left[path] = words
    return left


@pytest.mark.parametrize("code", LANGS)
def test_every_page_has_no_english_left(qtbot, code):
    i18n.set_language(code)
    win = make_window(qtbot)
    left = english_left(win)
    assert not left, f"{code}: English left on {len(left)} pages: " + "; ".join(
        f"{p}: {' '.join(w[:8])}" for p, w in left.items())


def test_no_english_left_after_a_run_either(qtbot, monkeypatch):
    """Result lines, progress texts and messages of every page after a short run (Run, two
    snapshots, Cancel where it is long) are Russian too."""
    from nnlab_gui.widgets import export

    monkeypatch.setattr(export, "ask_open_path", lambda *a, **k: "")
    monkeypatch.setattr(export, "ask_open_dir", lambda *a, **k: "")
    i18n.set_language("ru")
    win = make_window(qtbot)
    left = {}
    for path, page in win.pages(build=True):
        win.show_page(path)
        if page.run() and page.is_running():
            seen = []
            page.run_panel.runner.snapshot.connect(lambda *_: seen.append(1))
            qtbot.waitUntil(lambda: len(seen) >= 2 or not page.is_running(), timeout=60000)
            if page.is_running():
                page.cancel()
            qtbot.waitUntil(lambda: not page.is_running(), timeout=60000)
        texts = shown_texts(page) + [page.messages.text(), win.statusBar().currentMessage()]
        words = sorted({w for t in texts for w in english_words(t)})
        if words:
            left[path] = words
    assert not left, left


def test_the_english_detector_finds_english_and_spares_formulas():
    assert english_words("Train all (Ctrl+R)") == ["Train", "all"]
    assert english_words("J(z) = N log‖X(z) − y‖² · RMSprop, L-BFGS, ex4weights.mat, z_A") == []
    assert english_words("Εκπαίδευση όλων · אימון הכול · Обучить все") == []


def test_a_finished_denoising_says_so_in_russian(qtbot):
    """The end-of-run line of a job that finishes (not only of one cancelled mid-run, which the
    walk above mostly sees) is in the language: the Laplace page's, formulas kept."""
    from PySide6.QtCore import Qt

    from nnlab_gui.tabs.generator.laplace import LaplacePage

    i18n.set_language("ru")
    page = LaplacePage(key="test/ru-laplace")
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    page.form.set_values({"iterations": 30, "restarts": 2})
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=120000):
        qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
    text = page.messages.text()
    assert text.startswith("шум убран: среднее |X(z) − чистое| = ") and "(L2)" in text and "(L1)" in text
    assert not english_words(text) and not english_words(page.summary.text()), text
