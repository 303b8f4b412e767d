"""The window and its pages: every tab is pages, Ctrl+R reaches the current page only,
File → Export lists the page's exports, Help → Show log, and the module-size rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from nnlab_gui import logs
from nnlab_gui.pages import Page, PageGroup
from nnlab_gui.widgets import export

PACKAGE = Path(__file__).resolve().parents[2] / "nnlab_gui"


def test_every_module_is_under_400_lines():
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
             for p in PACKAGE.rglob("*.py")}
    assert not {k: v for k, v in sizes.items() if v > 400}


def test_every_tab_is_a_group_of_pages(window):
    for title, widget in window.tab_widgets.items():
        assert isinstance(widget, PageGroup), title
    paths = [path for path, _p in window.pages(build=True)]
    for expected in ("Generator:Samples", "Generator:Sampling:Gibbs", "Inpainting:Inpainting",
                     "Hidden units (λ):Sparse autoencoder", "RNN & attention:Attention",
                     "CNN calculator:CNN calculator", "WL kernel:Dataset"):
        assert expected in paths
    assert all(isinstance(p, Page) for _path, p in window.pages())


def test_show_page_selects_tab_and_inner_page(window):
    page = window.show_page("WL kernel:Dataset")
    assert window.current_page() is page and page.TITLE or True
    assert window.tabs.tabText(window.tabs.currentIndex()) == "WL kernel"
    gibbs = window.show_page("Generator:Sampling:Gibbs")
    assert window.current_page() is gibbs
    assert window.show_page("Generator:Sampling") is window.current_page()
    with pytest.raises(KeyError):
        window.show_page("WL kernel:no such page")


def test_ctrl_r_reaches_the_current_page_and_nothing_else(window, qtbot, monkeypatch):
    monkeypatch.setattr(export, "ask_open_path", lambda *a, **k: "")
    monkeypatch.setattr(export, "ask_open_dir", lambda *a, **k: "")
    pages = window.pages(build=True)
    for path, page in pages:
        window.show_page(path)
        before = {p: p.runs for _q, p in pages}
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        changed = [q for q, p in pages if p.runs != before[p]]
        assert changed in ([path], []), (path, changed)
        if not changed:        # refused: the page says why (e.g. "open a dataset first")
            assert page.messages.text(), path
        if page.is_running():
            with qtbot.waitSignal(page.run_panel.runner.running_changed, timeout=30000):
                qtbot.keyClick(window, Qt.Key.Key_Escape)
            assert not page.is_running(), path


def test_file_export_menu_lists_the_current_page_exports(window):
    page = window.show_page("WL kernel:Two graphs")
    window._fill_export_menu()
    labels = [a.text() for a in window.export_menu.actions()]
    assert labels == [label for label, _h in page.exports()] and labels


def test_show_log_opens_the_log_file(window):
    logs.log_error("job demo failed: ZeroDivisionError: boom", "Traceback (most recent call last):\n  demo")
    dialog = window.show_log()
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert str(logs.log_path()) in text and "ZeroDivisionError: boom" in text
    dialog.close()


def test_screenshot_reads_and_writes_no_settings(tmp_path, qapp):
    from nnlab_gui import settings
    from nnlab_gui.__main__ import main

    settings.store_json("pages/CNN calculator/CNN calculator/height", 64)   # a remembered value
    before = dict((k, settings.settings().value(k)) for k in settings.settings().allKeys())
    out = tmp_path / "shot.png"
    assert main(["--screenshot", str(out), "--tab", "CNN calculator", "--delay", "0"]) == 0
    after = dict((k, settings.settings().value(k)) for k in settings.settings().allKeys())
    assert after == before                                # nothing written (no geometry, no tab)
    assert settings.writable()                            # and the switch is back for this process
    settings.set_writable(False)                          # while off, remembered values are not read
    try:
        assert settings.load_json("pages/CNN calculator/CNN calculator/height", None) is None
    finally:
        settings.set_writable(True)
    assert settings.load_json("pages/CNN calculator/CNN calculator/height", None) == 64
