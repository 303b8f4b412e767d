"""Encode your own: draw a digit, encode → decode it with the all-digits VAE.

    x → μ(x) (encoder mean) → X(μ(x)) (decoder)
    anomaly score = reconstruction error ‖x − X(μ(x))‖²  (seed 001, theory part)

and its percentile among the 1,000 test digits: an input unlike the training digits
reconstructs badly.  Ctrl+R encodes the drawing (an empty canvas: a warning, nothing
replaced); releasing the mouse after a stroke does too.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from nnlab_gui.engine.latent import percentile_of, reconstruction_error
from nnlab_gui.pages import Page
from nnlab_gui.tabs.generator import models
from nnlab_gui.widgets.image_view import ImagePanel
from nnlab_gui.widgets.paint_canvas import PaintCanvas
from nnlab_gui.engine import numbers
from nnlab_gui.engine.texts import Problem
from nnlab_gui.i18n import N_, error_text, tr_, translate


class EncodePage(Page):
    TITLE = N_("Encode your own")
    MODEL = models.DIGITS_MODEL

    def build(self) -> None:
        self._reference_errors: np.ndarray | None = None
        self._test_rng = np.random.default_rng(1)
        self._shown = False
        self.last_encoding: dict | None = None

        self.canvas = PaintCanvas((28, 28), soft=True, brush_size=2.6)
        self.canvas.setMaximumSize(380, 380)
        self.canvas.stroke_finished.connect(self.run)
        self.recon_image = ImagePanel()
        self.recon_image.setMaximumSize(380, 380)
        self.recon_image.set_image(np.zeros((28, 28)))
        clear = QPushButton(tr_("Clear"))
        clear.clicked.connect(self._on_clear_canvas)
        self.sample_test_button = QPushButton(tr_("Load a test digit"))
        self.sample_test_button.setToolTip(tr_("Put a random digit of the test split on the canvas"))
        self.sample_test_button.clicked.connect(self._on_load_test_digit)
        self.encode_button = QPushButton(tr_("Encode → decode"))
        self.encode_button.setToolTip(tr_("x → μ(x) (encoder mean) → X(μ(x)) (decoder); also runs when a "
                                      "stroke ends (Ctrl+R)"))
        self.encode_button.clicked.connect(self.run)
        self.encode_result = QLabel(tr_("Draw, then release the mouse: the all-digits VAE encodes the drawing to "
                                    "its mean code μ(x) and decodes it."))
        self.encode_result.setWordWrap(True)
        self.encode_result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.encode_result.setToolTip(tr_("Anomaly score = reconstruction error ‖x − X(μ(x))‖² (seed 001): "
                                      "an input unlike the training digits reconstructs badly"))
        self.add_export(N_("Drawing and reconstruction (PNG/SVG)…"),
                        lambda: self.save_widget(self.images, "encode-your-own"))

        self.images = QWidget()
        grid = QGridLayout(self.images)
        grid.setContentsMargins(0, 0, 0, 0)
        model = QLabel(tr_("<b>Model:</b> {model} (the Samples page's generator chooser does not apply "
                           "here).").format(model=translate(models.DIGITS_MODEL)))
        grid.addWidget(model, 0, 0, 1, 2)
        grid.addWidget(QLabel(tr_("Draw a digit (left button paints, right button erases):")), 1, 0)
        grid.addWidget(QLabel(tr_("The all-digits VAE's nearest digit X(μ(x)):")), 1, 1)
        grid.addWidget(self.canvas, 2, 0)
        grid.addWidget(self.recon_image, 2, 1)
        row = QHBoxLayout()
        for b in (clear, self.sample_test_button, self.encode_button):
            row.addWidget(b)
        row.addWidget(self.export_button())
        row.addStretch(1)
        grid.addLayout(row, 3, 0)
        grid.addWidget(self.encode_result, 3, 1, 2, 1)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(2, 1)
        self.stack(self.images)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            if self.canvas.array.max() <= 0:
                self._on_load_test_digit()   # something to look at on the first visit

    def run_now(self) -> bool:
        """Ctrl+R: encode → decode the drawing."""
        return self.encode_drawing() is not None

    # -------------------------------------------------------------- encoding
    def _ensure_reference(self) -> np.ndarray | None:
        if self._reference_errors is None:
            try:
                g = models.digits_model()
            except ValueError as exc:
                self.messages.error(error_text(exc))
                return None
            self._reference_errors = reconstruction_error(g, models.digits_test_split().images)
        return self._reference_errors

    def _on_clear_canvas(self) -> None:
        self.canvas.clear()
        self.recon_image.set_image(np.zeros((28, 28)))
        self.encode_result.setText(tr_("Canvas cleared."))

    def _on_load_test_digit(self) -> None:
        test = models.digits_test_split()
        k = int(self._test_rng.integers(len(test)))
        self.canvas.set_array(test.images[k])
        self.run()

    def encode_drawing(self) -> dict | None:
        x = self.canvas.array.copy()
        if x.max() <= 0:
            self.messages.warning(N_("The canvas is empty: draw a digit first."), source="drawing")
            return None
        ref = self._ensure_reference()
        if ref is None:
            return None
        self.messages.resolve("drawing")
        g = models.digits_model()
        z = g.encode(x[None])[0]
        rec = g.decode(z)
        err = float(np.sum((rec - x) ** 2))
        pct = percentile_of(err, ref)
        codes = models.digits_test_codes()
        nearest = int(np.argmin(np.sum((codes - z) ** 2, axis=1)))
        label = int(models.digits_test_split().labels[nearest])
        self.recon_image.set_image(rec)
        verdict = tr_("typical") if pct < 90 else tr_("unusual") if pct < 99 else tr_("an outlier (anomaly)")
        self.encode_result.setText(tr_(
            "<b>Reconstruction error</b> ‖x − X(μ(x))‖² = {err}<br>higher than {pct} % of the 1,000 test "
            "digits: {verdict}.<br>Nearest test code belongs to a <b>{label}</b>.").format(
                err=numbers.fmt(err, 3), pct=f"{pct:.1f}", verdict=verdict, label=label))
        self.last_encoding = {"z": z, "reconstruction": rec, "error": err, "percentile": pct, "digit": label}
        return self.last_encoding

    # ---------------------------------------------------------------- state
    def extra_state(self) -> dict:
        return {"drawing": self.canvas.array.tolist()}

    def apply_extra_state(self, state: dict) -> None:
        if "drawing" not in state:
            return
        try:
            a = np.asarray(state["drawing"], dtype=float)
        except (TypeError, ValueError):
            a = np.zeros(0)
        if a.shape != (28, 28) or not np.isfinite(a).all():
            raise Problem(N_("the drawing must be 28 × 28 finite numbers in [0, 1]"))
        self._shown = True                  # the first visit keeps it
        self.canvas.set_array(a, emit=False)

    def refresh(self) -> None:
        if self.canvas.array.max() > 0:
            self.encode_drawing()
        else:
            self.recon_image.set_image(np.zeros((28, 28)))
