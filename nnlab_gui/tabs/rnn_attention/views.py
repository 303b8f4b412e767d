"""What both pages of the RNN & attention tab build the same way: plots and matrix editors.

``make_editors`` makes one :class:`MatrixEditor` per spec of ``presets.RNN_EDITORS`` /
``ATTENTION_EDITORS``, wired to the page (an edit recomputes, a bad cell or paste goes to the
page's message bar under the editor's key); ``editor_state`` / ``checked_state`` turn the
editors into page state and back (everything checked before anything is replaced);
``resolve_inputs`` clears an input error once the inputs compute again.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pyqtgraph as pg

from nnlab_gui.widgets.matrix_editor import MatrixEditor
from nnlab_gui.widgets import plots
from nnlab_gui.widgets.messages import MessageBar


def make_plot(title: str, x_label: str, y_label: str) -> pg.PlotWidget:
    w = plots.make_plot(title, x_label, y_label, grid=0.25, menu=False)
    w.setMinimumHeight(170)
    return w


def make_editors(specs, on_changed: Callable[[], Any], messages: MessageBar) -> dict[str, MatrixEditor]:
    editors = {}
    for key, title, tip, options in specs:
        ed = MatrixEditor(title, tooltip=tip, **options)
        ed.changed.connect(on_changed)
        ed.problem.connect(lambda msg, k=key: messages.error(msg, source=k))
        editors[key] = ed
    return editors


def editor_state(editors: dict[str, MatrixEditor]) -> dict[str, list]:
    """Each editor's matrix as nested lists (a column vector as a flat list)."""
    return {key: (ed.matrix().ravel() if ed.fixed_cols == 1 else ed.matrix()).tolist()
            for key, ed in editors.items()}


def checked_state(editors: dict[str, MatrixEditor], state: dict[str, Any]) -> dict[str, np.ndarray]:
    """The matrices of ``state`` that belong to ``editors``, each checked (ValueError names it)."""
    return {key: editors[key].checked(state[key]) for key in editors if key in state}


def resolve_inputs(messages: MessageBar, editors: dict[str, MatrixEditor], source: str) -> None:
    """The inputs computed: clear an error about them (a cell still marked bad keeps its own)."""
    src = messages.source
    if src == source or (src in editors and not editors[src].has_errors()):
        messages.resolve(src)
