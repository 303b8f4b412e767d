"""The Inpainting page's triptych: the ideal image, what T observes of it, the reconstruction.

The observed panel shows T applied to the target (x_n = T x_ideal + σ ε) put back on the
28×28 grid: selected pixels where they are, unobserved ones blue; for the 4×4 block
average every block shows its mean.  Below, the MSE of the best reconstruction X(z*)
to the ideal image, mean over the 784 pixels of (X(z*) − x_ideal)².
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from nnlab_gui.engine import inpaint as ip
from nnlab_gui.widgets.image_view import ImagePanel
from nnlab_gui.engine import numbers
from nnlab_gui.i18n import N_, tr_, translate

UNOBSERVED_RGB = np.array([0.20, 0.45, 0.85])   # how hidden pixels look in "observed"
NO_MSE = N_("MSE to the ideal: –")


class Triptych(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.ideal_view = ImagePanel(title=N_("ideal"))
        # a short title (the long one was cut off at scale 2.0 and in Russian); the key is a tooltip
        self.observed_view = ImagePanel(title=N_("observed"))
        self.observed_view.setToolTip(tr_("what T observes of the target; blue: the pixels it does not observe"))
        self.recon_view = ImagePanel(title=N_("reconstruction X(z*)"))
        for i, v in enumerate((self.ideal_view, self.observed_view, self.recon_view)):
            lay.addWidget(v, 0, i)
        self.mse_label = QLabel(translate(NO_MSE))
        self.mse_label.setToolTip(tr_("mean over the 784 pixels of (X(z*) − x_ideal)²"))
        self.mse_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # its text changes every frame of a run: its width must not move the panels (a new
        # layout repaints the whole page, 20 ms a frame)
        self.mse_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lay.addWidget(self.mse_label, 1, 0, 1, 3)

    def show_target(self, ideal: np.ndarray) -> None:
        """A new target: its ideal image, and no reconstruction yet."""
        self.ideal_view.set_image(ideal)
        self.recon_view.set_image(np.full((28, 28), 0.5))
        self.mse_label.setText(translate(NO_MSE))

    def show_observation(self, T: ip.Operator | None, y: np.ndarray | None = None) -> np.ndarray | None:
        """What T observes (None: nothing, all blue); returns the observation as a 28×28 image."""
        if T is None:
            self.observed_view.set_image(np.tile(UNOBSERVED_RGB, (28, 28, 1)))
            return None
        img = T.to_image(y)
        rgb = np.repeat(np.clip(np.nan_to_num(img), 0, 1)[..., None], 3, axis=2)
        rgb[np.isnan(img)] = UNOBSERVED_RGB
        self.observed_view.set_image(rgb)
        return img

    def show_result(self, snap: ip.InpaintSnapshot, ideal: np.ndarray) -> float:
        """The best reconstruction so far and its MSE to the ideal image (returned)."""
        self.recon_view.set_image(snap.image)
        mse = float(np.mean((snap.image - ideal) ** 2))
        self.mse_label.setText(tr_("MSE to the ideal: {mse}   ·   best restart {k}, J = {J}   ·   iteration {i}/{n}").format(
            mse=numbers.fmt(mse, 4), k=snap.best + 1, J=f"{snap.best_cost:.2f}", i=snap.iteration, n=snap.iterations))
        return mse
