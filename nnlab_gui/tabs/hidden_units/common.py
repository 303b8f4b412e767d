"""What the Hidden units pages share: hidden-unit tiles, and File → Open… of course weights.

``unit_tiles(Θ1)`` turns the rows of Θ1 without the bias into pictures scaled to their
own min/max (``order="F"`` for the course's column-major ``ex4weights.mat``);
``stacked(top, bottom)`` is the pictures-above-curves splitter of the training pages.  The course
weights belong to the *Course weights* page, but the user may press Ctrl+O on any page
of the tab: :class:`OpensCourseWeights` forwards the file there.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from nnlab_gui.engine import mlp
from nnlab_gui.engine.imaging import normalise_tiles

COURSE_FILTER = "Course network weights (*.mat)"
TILE_TIP = ("Each tile: one hidden unit's 400 input weights Θ1[j, 1:] as a 20×20 picture "
            "(scaled to its own min/max). The larger λ, the blurrier.")


def unit_tiles(theta1: np.ndarray, order: str = "C") -> np.ndarray:
    """Θ1's rows (bias dropped) as square pictures in [0, 1], each scaled to its own range."""
    return normalise_tiles(mlp.hidden_tiles(theta1, order=order))


def stacked(top: QWidget, bottom: QWidget, stretch: tuple[int, int] = (1, 1)) -> QSplitter:
    """``top`` above ``bottom`` in a vertical splitter neither side can be collapsed to nothing."""
    split = QSplitter(Qt.Orientation.Vertical)
    for i, w in enumerate((top, bottom)):
        split.addWidget(w)
        split.setStretchFactor(i, stretch[i])
    split.setChildrenCollapsible(False)
    return split


class OpensCourseWeights:
    """Mixin for a page of this tab: File → Open… loads course weights on their own page."""

    OPEN_FILTER = COURSE_FILTER

    def open_file(self, path: str) -> bool:
        return self.sibling("Course weights").open_file(path)
