"""The bad-input corpus, GUI side: File → Open of every bad file on every page that opens
that kind of file shows a message and keeps the page's previous state; nothing raises."""

from __future__ import annotations

import json

import pytest

from nnlab_gui.widgets import export
from tests.corpus import all_files

CASES = all_files()
PAGES = sorted({page for case in CASES for page in case.pages})


def fingerprint(window) -> str:
    """Every built page's declared state, as JSON (what a refusal must leave unchanged)."""
    return json.dumps({path: page.state() for path, page in window.pages()}, sort_keys=True, default=str)


@pytest.mark.parametrize("target", PAGES or ["(no cases yet)"])
def test_file_open_refuses_every_bad_file_and_keeps_the_state(target, window, qtbot, tmp_path, monkeypatch):
    if not PAGES:
        pytest.skip("the corpus lists no files for any page yet")
    cases = [c for c in CASES if target in c.pages]
    for case in cases:
        path = case.write(tmp_path)
        page = window.show_page(target)
        before = fingerprint(window)
        monkeypatch.setattr(export, "ask_open_path", lambda *a, p=path, **k: str(p))
        window.open_action.trigger()
        shown = window.current_page()
        assert shown.messages.level in ("error", "warning") and shown.messages.text(), \
            f"{case.name} on {target}: no message ({case.why})"
        assert fingerprint(window) == before, f"{case.name} on {target}: the state changed ({case.why})"
        if shown is not page:
            page.messages.clear_message()
        shown.messages.clear_message()
