"""The worked example of docs/ARCHITECTURE.md runs as written: a page in under 100 lines."""

from __future__ import annotations

import re
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

DOC = Path(__file__).resolve().parents[2] / "docs" / "ARCHITECTURE.md"


def example_source() -> str:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    return next(b for b in blocks if "class SoftmaxPage(Page)" in b)


def example_module():
    mod = types.ModuleType("softmax_example")
    exec(compile(example_source(), str(DOC), "exec"), mod.__dict__)
    return mod


def test_the_example_is_short_and_only_declarations_and_one_engine_call():
    src = example_source()
    code = [l for l in src.splitlines() if l.strip() and not l.strip().startswith("#")]
    assert len(code) < 100
    assert src.count("Job(") == 1
    assert "QPushButton" not in src and "connect(" not in src   # nothing wired by hand


def test_the_example_page_trains_and_remembers_its_form(qtbot):
    page_cls = example_module().SoftmaxPage
    page = page_cls(key="test/softmax")
    qtbot.addWidget(page)
    page.show()
    page.form.set_value("max_iter", 15)
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=60000):
        qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
    assert page.model is not None and page.model.iterations <= 15
    acc = float(re.search(r"test accuracy ([\d.]+) %", page.result.text()).group(1))
    assert 70.0 < acc <= 100.0
    assert page.tiles.tiles.shape == (10, 28, 28)
    assert [label for label, _h in page.exports()] == ["Weights (PNG/SVG)…"]
    page.form.widget("lam").setValue(0.01)              # a user edit is remembered
    again = page_cls(key="test/softmax")
    qtbot.addWidget(again)
    assert again.form.value("lam") == pytest.approx(0.01)
