"""Sampling panel (placeholder until its issue lands): shown as a page of the Generator tab."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class SamplingPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("Inverse-CDF and Gibbs samplers and Laplace-noise denoising arrive here."))
        lay.addStretch(1)
