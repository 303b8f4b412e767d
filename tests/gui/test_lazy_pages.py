"""Lazy pages: the window builds only the page it shows; every other page is built the
first time it is shown or asked for, and its state, restore and File → Open work either way."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnlab_gui.pages import Page
from nnlab_gui.widgets import export

ROOT = Path(__file__).resolve().parents[2]


def built(window) -> set[str]:
    return {path for path, _p in window.pages()}


def test_a_fresh_window_builds_only_the_page_it_shows(window):
    assert window.current_path() == "Generator:Samples"
    assert built(window) == {"Generator:Samples"}
    # every other tab holds an empty placeholder until it is shown
    for title in ("Inpainting", "WL kernel", "Hidden units (λ)"):
        group = window.tab(title)
        assert group._children == [None] * len(group.entries)


def test_clicking_a_tab_builds_its_first_page_and_nothing_else(window, qtbot):
    bar = window.tabs.tabBar()
    index = window.tab_titles().index("WL kernel")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.current_path() == "WL kernel:Two graphs"
    assert built(window) == {"Generator:Samples", "WL kernel:Two graphs"}
    page = window.current_page()
    assert isinstance(page, Page)
    qtbot.waitUntil(page.isVisible)
    inner = window.tab("WL kernel").tabs.tabBar()
    qtbot.mouseClick(inner, Qt.MouseButton.LeftButton, pos=inner.tabRect(1).center())
    assert window.current_path() == "WL kernel:Dataset"
    assert "WL kernel:Dataset" in built(window)


def test_page_and_state_of_a_page_never_shown_build_it_without_showing_it(window):
    page = window.page("WL kernel:Dataset")
    assert "WL kernel:Dataset" in built(window)
    assert window.current_path() == "Generator:Samples"          # still the page shown
    assert page.state() == {"h": 5, "normalised": False}
    assert window.page("WL kernel:Dataset") is page              # built once


def test_restore_session_reaches_pages_that_were_never_shown(window):
    assert "CNN calculator:CNN calculator" not in built(window)
    assert window.restore_session({"CNN calculator": {"CNN calculator": {"height": 32, "width": 40}},
                                   "WL kernel": {"Dataset": {"h": 2, "normalised": True}}})
    cnn = window.page("CNN calculator")
    assert (cnn.form.value("height"), cnn.form.value("width")) == (32, 40)
    assert window.page("WL kernel:Dataset").state() == {"h": 2, "normalised": True}
    assert window.current_path() == "Generator:Samples"


def test_session_state_of_a_fresh_window_equals_the_state_after_visiting_every_page(qtbot):
    """Building a page for its state gives the state it has when shown, except the one
    documented first-visit action: Encode your own loads a test digit when first shown."""
    from nnlab_gui.app import MainWindow

    fresh = MainWindow()
    qtbot.addWidget(fresh)
    fresh.show()
    state = fresh.session_state()
    visited = MainWindow()
    qtbot.addWidget(visited)
    visited.show()
    for path, _page in visited.pages(build=True):
        visited.show_page(path)
    seen = visited.session_state()
    assert set(seen) == set(state) and sum(len(v) for v in state.values()) == len(visited.pages())
    assert max(map(max, state["Generator"]["Encode your own"].pop("drawing"))) == 0.0
    assert max(map(max, seen["Generator"]["Encode your own"].pop("drawing"))) > 0.5
    dump = lambda s: json.dumps(s, sort_keys=True, default=str)   # noqa: E731
    assert dump(seen) == dump(state)
    assert fresh.restore_session(visited.session_state())
    assert dump(fresh.session_state()) == dump(visited.session_state())


def test_open_path_builds_and_shows_the_page_that_opens_the_file(window, tmp_path):
    net = tmp_path / "tiny.cnn"
    net.write_text("input 8x8x1; conv 2 3; fc 4")
    assert "CNN calculator:CNN calculator" not in built(window)
    assert window.open_path(net)
    assert window.current_path() == "CNN calculator:CNN calculator"
    assert window.current_page().table.rowCount() == 2


def test_file_open_on_a_tab_shown_for_the_first_time(window, qtbot, monkeypatch, tmp_path):
    graph = tmp_path / "path.edgelist"
    graph.write_text("1 2\n2 3\n3 4\n")
    window.show_page("WL kernel")
    assert window.current_path() == "WL kernel:Two graphs"
    monkeypatch.setattr(export, "ask_open_path", lambda *a, **k: str(graph))
    window.open_action.trigger()
    page = window.current_page()
    g = page.canvases[0].graph
    assert (g.number_of_nodes(), g.number_of_edges()) == (4, 3)
    assert page.messages.text() == "G1: path.edgelist, 4 nodes, 3 edges"


def test_the_window_starts_without_scipy_or_other_pages_modules():
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from nnlab_gui import settings; settings.set_writable(False)\n"
        "app = QApplication([])\n"
        "from nnlab_gui.app import MainWindow\n"
        "w = MainWindow(restore=False); w.show(); app.processEvents()\n"
        "mods = sorted(m for m in sys.modules if m.split('.')[0] == 'scipy' or m.startswith('nnlab_gui.tabs.'))\n"
        "print(' '.join(mods))\n" % str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    mods = out.stdout.split()
    assert not [m for m in mods if m.startswith("scipy")], mods
    pages = {m for m in mods if m.count(".") == 3}
    assert pages <= {"nnlab_gui.tabs.generator.samples", "nnlab_gui.tabs.generator.steer"}, pages
    assert "nnlab_gui.tabs.generator.samples" in pages
    QApplication.processEvents()
