"""The Inpainting page's target box: which digit is reconstructed, and by which generator.

Sources: a test-split eight of the bundled digits (with the bundled generator, white on
black), a course image of data22 / data23 (with the course generator data21, dark on
white; the files carry their own noise) or a digit drawn here.  The observation is
x_n = T x_ideal + σ ε, ε ~ N(0, I) (seeded); images are numbered from 1, as the report
numbers its four.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from nnlab_gui.engine.course_files import CoursePairs, is_course_generator
from nnlab_gui.engine.datasets import load_digits
from nnlab_gui.engine.generator import Generator, default_generator
from nnlab_gui.pages import Choice, Float, Form, Int
from nnlab_gui.widgets.messages import MessageBar
from nnlab_gui.widgets.paint_canvas import PaintCanvas
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_

SOURCES = [("bundled", "Test-split eight", "a test-split eight of the bundled digits, with the bundled "
            "generator (white on black)"),
           ("course", "Course image", "data22.mat / data23.mat (File → Open…), with the course generator "
            "data21.mat (dark on white)"),
           ("drawn", "My drawing", "the digit drawn below, with the bundled generator")]
TARGET_FIELDS = [
    Choice("source", N_("Source"), "bundled", SOURCES, persist=False,
           tip=N_("Bundled eights use the bundled generator (white on black); course images (File → Open… "
               "data22.mat / data23.mat) use the course generator data21.mat (dark on white)")),
    Int("index", N_("Image #"), 1, 1, 100_000, persist=False, tip=N_("numbered from 1, as the report numbers them")),
    Float("sigma", N_("Noise σ"), 0.0, 0.0, 0.3, step=0.01, decimals=2, slider=True,
          tip=N_("x_n = T x_ideal + σ ε, ε ~ N(0, I) (seeded). Course files carry their own noise.")),
]


@dataclass
class Target:
    ideal: np.ndarray            # (28, 28)
    noisy: np.ndarray            # (28, 28): the image T is applied to
    source: str                  # "bundled", "course", "drawn"
    name: str
    own_noise: bool = False      # course files carry their own noise


def _test_eights() -> np.ndarray:
    try:
        test = load_digits().split("test")
    except Exception:  # noqa: BLE001 - a missing resource must not kill the page
        return np.zeros((1, 28, 28))
    eights = test.images[test.labels == 8]
    return eights if len(eights) else np.zeros((1, 28, 28))


class TargetBox(QGroupBox):
    changed = Signal(str)        # "target": a new target image; "sigma": the noise level

    def __init__(self, key: str, messages: MessageBar, parent: QWidget | None = None):
        super().__init__("Target", parent)
        self.messages = messages
        self.bundled_gen: Generator | None = None
        self.course_gen: Generator | None = None
        self.gen_error = ""
        try:
            self.bundled_gen = default_generator()
        except ValueError as exc:
            self.gen_error = error_text(exc)
        self.test_eights = _test_eights()
        self.course: CoursePairs | None = None
        self.form = Form(TARGET_FIELDS, key=key + "/target")
        self.form.changed.connect(self._on_form_changed)
        self.draw_canvas = PaintCanvas((28, 28), soft=True, brush_size=2.6)
        self.draw_canvas.setMinimumSize(100, 100)
        self.draw_canvas.setMaximumHeight(120)
        self.draw_canvas.setToolTip(tr_("Draw your own digit (white on black), then 'Use drawing'"))
        self.use_drawing_button = QPushButton(tr_("Use drawing"))
        self.use_drawing_button.clicked.connect(lambda: self.use_drawing())
        clear = QPushButton(tr_("Clear"))
        clear.clicked.connect(self.draw_canvas.clear)
        row = QHBoxLayout()
        row.addWidget(self.use_drawing_button)
        row.addWidget(clear)
        self.gen_label = QLabel()
        self.gen_label.setWordWrap(True)
        lay = QFormLayout(self)
        lay.addRow(self.form)
        lay.addRow(self.draw_canvas)
        lay.addRow(row)
        lay.addRow("Generator", self.gen_label)
        self.target = self._bundled(0)
        self.select(emit=False)

    # ------------------------------------------------------------------ choosing
    def _bundled(self, i: int) -> Target:
        img = self.test_eights[i]
        return Target(img.copy(), img.copy(), "bundled", f"test eight #{i + 1}")

    def generator(self) -> Generator | None:
        """The generator that matches the current target."""
        return self.course_gen if self.target.source == "course" else self.bundled_gen

    def missing_generator(self) -> str:
        """Why there is no generator for the current target (File → Open… fixes it)."""
        return "no generator for this target: " + (
            "open the course generator data21.mat (File → Open…)" if self.target.source == "course"
            else "open a generator (.mat or .npz) with File → Open…")

    def _on_form_changed(self, name: str) -> None:
        if name == "sigma":
            self.changed.emit("sigma")
        else:
            self.select()

    def select(self, emit: bool = True) -> None:
        """The target the form names (source, image #), clamped to the images there are."""
        source, number = self.form.value("source"), self.form.value("index")
        if source == "course" and self.course is None:
            self.messages.warning(N_("Open a course image file (data22.mat or data23.mat) with File → Open…"))
            self.form.set_value("source", self.target.source, emit=False)
            return
        if source == "drawn":
            self.use_drawing(emit=emit)
            return
        count = len(self.course) if source == "course" else len(self.test_eights)
        i = min(max(number, 1), count) - 1
        if source == "course":
            ideal, noisy = self.course.pair(i)
            self.target = Target(ideal, noisy, "course", f"{self.course.name} #{i + 1}", own_noise=True)
        else:
            self.target = self._bundled(i)
        self.form.widget("index").setRange(1, count)
        self.form.set_value("index", i + 1, emit=False)
        self._done(emit)

    def use_drawing(self, emit: bool = True) -> bool:
        """The drawing becomes the target; an empty drawing is refused and the target kept."""
        img = np.nan_to_num(np.asarray(self.draw_canvas.array, dtype=float), nan=0.0, posinf=1.0, neginf=0.0)
        if img.shape != (28, 28) or img.max(initial=0.0) <= 0:
            self.messages.warning(f"The drawing is empty: draw a digit in the small canvas first, then press "
                                  f"'Use drawing' (the target stays {self.target.name})", source="drawing")
            self.form.set_value("source", self.target.source, emit=False)
            return False
        self.messages.resolve("drawing")
        self.target = Target(img, img.copy(), "drawn", "my drawing")
        self.form.set_value("source", "drawn", emit=False)
        self._done(emit)
        return True

    def _done(self, emit: bool) -> None:
        t = self.target
        self.form.set_enabled("sigma", not t.own_noise)
        self.form.set_enabled("index", t.source != "drawn")
        g = self.generator()
        if g is None:
            need = "open the course generator data21.mat" if t.source == "course" else \
                "open a generator with File → Open…"
            self.gen_label.setText(f"<span style='color:#c62828'>none — {need}</span>")
        else:
            self.gen_label.setText(f"{g.name} ({'course, dark on white' if t.source == 'course' else 'bundled'})")
        if emit:
            self.changed.emit("target")

    # ------------------------------------------------------------------ files
    def set_generator(self, g: Generator) -> str:
        """Use ``g`` for course images (a course .mat) or for eights and drawings; says which."""
        if is_course_generator(g):
            self.course_gen = g
            said = f"Course generator {g.name} loaded: used for course images"
        else:
            self.bundled_gen = g
            said = f"Generator {g.name} loaded: used for test eights and drawings"
        self._done(emit=True)
        return said

    def set_course(self, pairs: CoursePairs, generator: Generator | None = None) -> None:
        """Course images (and the course generator found beside them); shows image #1."""
        self.course = pairs
        if generator is not None:
            self.course_gen = generator
        self.form.set_values({"source": "course", "index": 1}, emit=False)
        self.select()

    def sigma(self) -> float:
        return 0.0 if self.target.own_noise else float(self.form.value("sigma"))

    # ------------------------------------------------------------------ state
    def drawing(self) -> list:
        return np.round(self.draw_canvas.array, 4).tolist()

    def parse_drawing(self, drawing) -> np.ndarray:
        """A 28×28 drawing of values in [0, 1] (ValueError when it is not)."""
        try:
            img = np.asarray(drawing, dtype=float)
        except (TypeError, ValueError):
            raise Problem(N_("drawing: not a 28×28 table of numbers")) from None
        if img.shape != (28, 28) or not np.all((img >= 0) & (img <= 1)):
            raise Problem(N_("drawing: expected 28×28 values in 0…1, got shape {shape}"), shape=img.shape)
        return img
