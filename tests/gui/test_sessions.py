"""Sessions: every page's state survives save → fresh window → open; bad files change nothing;
files dropped on the window or named on the command line go to their page."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from nnlab_gui.app import MainWindow
from nnlab_gui.engine import session_file
from nnlab_gui.pages import Choice, Flag, Float, Int


def canonical(state) -> str:
    return json.dumps(state, sort_keys=True, default=lambda a: np.asarray(a).tolist())


def edit_every_form(window) -> int:
    """Change one value of every kind in every page's form through its widget (as a user would)."""
    edits = 0
    for _path, page in window.pages(build=True):
        if page.form is None:
            continue
        done = set()
        for name, spec in page.form.fields.items():
            kind = type(spec)
            if kind in done or not spec.persist:
                continue
            w, v = page.form.widget(name), page.form.value(name)
            if isinstance(spec, Int):
                w.setValue(v + spec.step if v + spec.step <= spec.maximum else v - spec.step)
            elif isinstance(spec, Float) and not spec.slider:
                w.setValue(min(spec.maximum, v * 2 if v else spec.step))
            elif isinstance(spec, Choice) and len(spec.options) > 1:
                w.setCurrentIndex((w.currentIndex() + 1) % w.count())
            elif isinstance(spec, Flag):
                w.setChecked(not w.isChecked())
            else:
                continue
            done.add(kind)
            edits += 1
    return edits


@pytest.fixture
def fresh_settings(tmp_path):
    """Point the settings at an empty folder (a second machine, or a first start)."""
    def switch(name: str):
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / name))
    return switch


def test_a_session_round_trips_every_page_into_a_fresh_window(window, qtbot, tmp_path, fresh_settings):
    assert edit_every_form(window) > 20
    window.show_page("WL kernel:Two graphs").set_iteration(3)
    cnn = window.show_page("CNN calculator")
    cnn.preset_picker.choose(2)
    before = window.session_state()
    assert set(before) == set(window.tab_names())
    path = tmp_path / "lesson.nnlab"
    assert window.save_session(path) and path.exists()
    fresh_settings("machine-2")
    other = MainWindow()
    qtbot.addWidget(other)
    assert canonical(other.session_state()) != canonical(before)        # the edits were real
    assert other.open_session(path)
    assert canonical(other.session_state()) == canonical(before)
    assert other.current_path() == "CNN calculator:CNN calculator"
    assert other.page("CNN calculator").net.total_params == cnn.net.total_params   # computes the same
    assert str(path.resolve()) in other.recent_sessions()
    other.close()


def test_bad_or_newer_session_files_change_nothing(window, tmp_path):
    edit_every_form(window)
    before = canonical(window.session_state())
    (tmp_path / "junk.nnlab").write_text("not a zip")
    assert not window.open_session(tmp_path / "junk.nnlab")
    assert "not a zip" in window.statusBar().currentMessage()
    newer = tmp_path / "newer.nnlab"
    session_file.write_session(newer, {})
    import zipfile
    with zipfile.ZipFile(newer, "a") as zf:
        zf.writestr("session.json", json.dumps({"format": session_file.FORMAT, "version": 99, "tabs": {}}))
    assert not window.open_session(newer) and "newer NN Lab" in window.statusBar().currentMessage()
    bad = tmp_path / "bad.nnlab"
    state = window.session_state()
    state["CNN calculator"]["CNN calculator"]["height"] = -5                 # refused by the form
    state["WL kernel"]["Two graphs"]["k"] = 1                              # fine on its own
    session_file.write_session(bad, state)
    assert not window.open_session(bad)
    assert "everything kept" in window.statusBar().currentMessage()
    assert canonical(window.session_state()) == before
    assert not window.restore_session({"No such tab": {}})
    assert not window.restore_session({"WL kernel": {"No such page": {}}})
    assert canonical(window.session_state()) == before


def test_dropped_files_and_the_command_line_reach_their_page(window, qtbot, tmp_path):
    net = tmp_path / "tiny.cnn"
    net.write_text("input 8x8x1; conv 2 3; fc 4")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(net))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    page = window.current_page()
    assert window.current_path() == "CNN calculator:CNN calculator" and page.table.rowCount() == 2
    graph = tmp_path / "path.edgelist"
    graph.write_text("1 2\n2 3\n")
    assert window.open_path(graph)
    assert window.current_path() == "WL kernel:Two graphs"
    assert not window.open_path(tmp_path / "picture.png")
    assert "does not exist" in window.statusBar().currentMessage()


def test_nnlab_gui_opens_a_session_named_on_the_command_line(window, tmp_path, qapp):
    from nnlab_gui.__main__ import main

    window.show_page("WL kernel:Two graphs").set_iteration(4)
    path = tmp_path / "s.nnlab"
    assert window.save_session(path)
    out = tmp_path / "shot.png"
    assert main([str(path), "--screenshot", str(out), "--delay", "0"]) == 0 and out.exists()
