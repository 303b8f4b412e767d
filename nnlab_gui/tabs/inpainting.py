"""Inpainting tab: reconstruct a digit from part of its pixels, or from its 7×7 average.

Paint which pixels are observed, choose an optimiser and watch every restart's cost
J(z) = N log‖T X(z) − x_n‖² + ‖z‖² fall while the best reconstruction updates.
The engine is ``nnlab_gui.engine.inpaint``; this module only builds views.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QRadioButton, QScrollArea, QSpinBox, QSplitter, QVBoxLayout,
                               QWidget)
from superqt import QLabeledDoubleSlider, QLabeledSlider
from superqt.utils import qthrottled

from nnlab_gui.engine import inpaint as ip
from nnlab_gui.engine.datasets import load_course_images, load_digits
from nnlab_gui.engine.generator import Generator, default_generator, load_generator
from nnlab_gui.engine.matfile import col_major_to_images
from nnlab_gui.tabs.base import LabTab
from nnlab_gui.widgets import export
from nnlab_gui.widgets.image_view import ImagePanel
from nnlab_gui.widgets.paint_canvas import PaintCanvas
from nnlab_gui.widgets.run_controls import RunControls

UNOBSERVED_RGB = np.array([0.20, 0.45, 0.85])   # how hidden pixels look in "observed"
COST_TIP = ("J(z) = N·log‖T X(z) − xₙ‖² + ‖z‖²  (N = rows of T)\n"
            "L1 variant: J₁(z) = N·log Σ|T X(z) − xₙ| + ‖z‖²")
OPT_TIP = {"rmsprop": "The course's 'ADAMS' (RMSprop): P ← 0.9 P + 0.1 g², z ← z − μ g/√(P + 1e-7)",
           "adam": "Adam: β₁ = 0.9, β₂ = 0.999, ε = 1e-8",
           "gd": "Plain gradient descent: z ← z − μ ∇J (use a small μ, e.g. 1e-5)"}
LIVE_ITERATIONS = 400
LIVE_THROTTLE_MS = 250
MAX_POINTS = 300          # per thin restart curve (drawing cost stays flat for long runs)
MAX_BEST_POINTS = 1000    # the highlighted best curve
FIT_HZ = 2.0              # y-axis re-fits per second while running (and at the end)
THIN_PER_FRAME = 4        # thin restart curves refreshed per frame (in turn); the best: every frame


KEEP_LABEL = "Keep first N pixels (column-major, T = [I_N 0]):"


@dataclass
class Target:
    ideal: np.ndarray            # (28, 28)
    noisy: np.ndarray            # (28, 28): the image T is applied to
    source: str                  # "bundled", "course", "drawn"
    name: str
    own_noise: bool = False      # course files carry their own noise


class InpaintingTab(LabTab):
    TITLE = "Inpainting"
    OPEN_FILTER = "Course files (*.mat);;Generator (*.mat *.npz);;All files (*)"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = self.make_runner(rate_hz=25.0)
        self.runner.snapshot.connect(self._on_snapshot)
        self.runner.done.connect(self._on_done)
        self.runner.cancelled.connect(self._on_cancelled)
        self.bundled_gen: Generator | None = None
        self.course_gen: Generator | None = None
        self.course_images: list[tuple[np.ndarray, np.ndarray]] = []
        self.course_name = ""
        self.superres = False
        self.last: ip.InpaintSnapshot | None = None
        self.last_b: ip.InpaintSnapshot | None = None
        self.snapshots_drawn = 0
        self._rr = 0
        self._fitted = 0.0
        self.runs_started = 0
        self._total = 3000
        self._run_kind = "run"
        self._curves: list[pg.PlotDataItem] = []
        self._curves_b: list[pg.PlotDataItem] = []
        try:
            self.bundled_gen = default_generator()
        except ValueError as exc:
            self.bundled_gen = None
            self._gen_error = str(exc)
        self.test_eights = self._load_test_eights()
        self._build()
        self.target = self._bundled_target(0)
        self._apply_target()
        self._set_keep_first(350)
        self._prepare_curves(self.restart_spin.value(), compare=False)   # items made once, up front
        if self.bundled_gen is None:
            self.messages.error("The bundled generator (resources/generator_eights.npz) is missing: "
                                "open a generator (.mat or .npz) with File → Open…")

    # ================================================================ build
    def _build(self) -> None:
        controls = QWidget()
        cl = QVBoxLayout(controls)
        cl.addWidget(self._build_target_box())
        cl.addWidget(self._build_mask_box())
        cl.addWidget(self._build_optim_box())
        cl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(controls)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(340)
        scroll.setMaximumWidth(420)

        # painter (left) + triptych (right)
        self.canvas = PaintCanvas((28, 28), soft=False, brush_size=3)
        self.canvas.setToolTip("Mask painter: paint observed pixels (brush) or hide them (eraser / right "
                               "button). Tinted pixels are not observed.")
        self.canvas.changed.connect(self._on_mask_painted)
        # live mode follows the brush: re-run at most every LIVE_THROTTLE_MS while painting
        self._live_during_stroke = qthrottled(self._maybe_live, timeout=LIVE_THROTTLE_MS, leading=False,
                                              parent=self)
        self.canvas.stroke_finished.connect(self._on_stroke_finished)
        self.triptych = QWidget()
        tl = QGridLayout(self.triptych)
        tl.setContentsMargins(0, 0, 0, 0)
        self.ideal_view = ImagePanel(title="ideal")
        self.observed_view = ImagePanel(title="observed (blue: not observed)")
        self.recon_view = ImagePanel(title="reconstruction X(z*)")
        for i, v in enumerate((self.ideal_view, self.observed_view, self.recon_view)):
            tl.addWidget(v, 0, i)
        self.mse_label = QLabel("MSE to the ideal: –")
        self.mse_label.setToolTip("mean over the 784 pixels of (X(z*) − x_ideal)²")
        self.mse_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tl.addWidget(self.mse_label, 1, 0, 1, 3)
        top = QSplitter(Qt.Orientation.Horizontal)
        paint_box = QGroupBox("Mask (paint observed pixels)")
        pl = QVBoxLayout(paint_box)
        pl.addWidget(self.canvas)
        top.addWidget(paint_box)
        top.addWidget(self.triptych)
        self.canvas.setMinimumSize(240, 240)
        top.setSizes([300, 900])

        self.plot = pg.PlotWidget(background="w")
        self.plot.setLabel("bottom", "iteration")
        self.plot.setLabel("left", "J(z)")
        self.plot.setToolTip(COST_TIP + "\nthin lines: every restart · thick: current best")
        self.plot.setXRange(0, 3000, padding=0.01)
        self.plot.enableAutoRange(x=False, y=False)   # ranges set from the data (cheaper per frame)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.best_curve = self.plot.plot(pen=pg.mkPen("#c62828", width=3), name="best (A)")
        self.best_curve_b = self.plot.plot(pen=pg.mkPen("#1565c0", width=3, style=Qt.PenStyle.DashLine),
                                           name="best (B)")
        self.best_curve_b.setVisible(False)
        self.legend.removeItem(self.best_curve_b)
        for c in (self.best_curve, self.best_curve_b):
            c.setZValue(10)
            c.setClipToView(True)
            c.setDownsampling(auto=True, method="peak")

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(self.plot)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)

        self.run_controls = RunControls(self.runner, self._on_run, parent=self)
        self.compare_button = QPushButton("Compare optimisers")
        self.compare_button.setToolTip("Run optimiser A and optimiser B from the same starting z's and "
                                       "overlay their cost curves")
        self.compare_button.clicked.connect(self._on_compare)
        self.runner.running_changed.connect(lambda r: self.compare_button.setEnabled(not r))
        self.export_png_button = QPushButton("Export triptych…")
        self.export_png_button.clicked.connect(self._on_export_triptych)
        self.export_csv_button = QPushButton("Export costs CSV…")
        self.export_csv_button.clicked.connect(self._on_export_csv)
        bar = QHBoxLayout()
        bar.addWidget(self.run_controls, 1)
        bar.addWidget(self.compare_button)
        bar.addWidget(self.export_png_button)
        bar.addWidget(self.export_csv_button)

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(main, 1)
        lay.addLayout(bar)
        lay.addWidget(self.messages)

    def _build_target_box(self) -> QGroupBox:
        box = QGroupBox("Target")
        form = QFormLayout(box)
        self.source_combo = QComboBox()
        self.source_combo.addItems(["Test-split eight", "Course image", "My drawing"])
        self.source_combo.setToolTip("Bundled eights use the bundled generator (white on black); course "
                                     "images (File → Open… data22.mat / data23.mat) use the course "
                                     "generator data21.mat (dark on white)")
        self.source_combo.currentIndexChanged.connect(self._on_source_changed)
        form.addRow("Source", self.source_combo)
        self.index_spin = QSpinBox()
        self.index_spin.setRange(1, max(1, len(self.test_eights)))      # numbered from 1, as the report
        self.index_spin.valueChanged.connect(self._on_index_changed)
        form.addRow("Image #", self.index_spin)
        self.sigma_slider = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
        self.sigma_slider.setRange(0.0, 0.3)
        self.sigma_slider.setSingleStep(0.01)
        self.sigma_slider.setValue(0.0)
        self.sigma_slider.setToolTip("x_n = T x_ideal + σ ε, ε ~ N(0, I) (seeded). Course files carry "
                                     "their own noise.")
        self.sigma_slider.valueChanged.connect(self._refresh_observation)
        form.addRow("Noise σ", self.sigma_slider)
        self.draw_canvas = PaintCanvas((28, 28), soft=True, brush_size=2.6)
        self.draw_canvas.setMinimumSize(100, 100)
        self.draw_canvas.setMaximumHeight(120)
        self.draw_canvas.setToolTip("Draw your own digit (white on black), then 'Use drawing'")
        self.use_drawing_button = QPushButton("Use drawing")
        self.use_drawing_button.clicked.connect(self._on_use_drawing)
        clear_draw = QPushButton("Clear")
        clear_draw.clicked.connect(self.draw_canvas.clear)
        row = QHBoxLayout()
        row.addWidget(self.use_drawing_button)
        row.addWidget(clear_draw)
        form.addRow(self.draw_canvas)
        form.addRow(row)
        self.gen_label = QLabel()
        self.gen_label.setWordWrap(True)
        form.addRow("Generator", self.gen_label)
        return box

    def _build_mask_box(self) -> QGroupBox:
        box = QGroupBox("Mask / operator T")
        v = QVBoxLayout(box)
        tools = QHBoxLayout()
        self.brush_radio = QRadioButton("Brush")
        self.eraser_radio = QRadioButton("Eraser")
        self.brush_radio.setChecked(True)
        grp = QButtonGroup(box)
        grp.addButton(self.brush_radio)
        grp.addButton(self.eraser_radio)
        self.eraser_radio.toggled.connect(lambda on: setattr(self.canvas, "eraser", on))
        self.brush_size = QSpinBox()
        self.brush_size.setRange(1, 12)
        self.brush_size.setValue(3)
        self.brush_size.setPrefix("size ")
        self.brush_size.valueChanged.connect(lambda s: setattr(self.canvas, "brush_size", float(s)))
        tools.addWidget(self.brush_radio)
        tools.addWidget(self.eraser_radio)
        tools.addWidget(self.brush_size)
        v.addLayout(tools)

        self.keep_label = QLabel(KEEP_LABEL)
        self.keep_label.setWordWrap(True)
        v.addWidget(self.keep_label)
        self.keep_slider = QLabeledSlider(Qt.Orientation.Horizontal)
        self.keep_slider.setRange(0, 784)
        self.keep_slider.setValue(350)
        self.keep_slider.setToolTip("The course's inpainting: keep the first N of the 784 pixels in "
                                    "column-major order (the left part). Report: N = 500/400/350/300.")
        self.keep_slider.valueChanged.connect(self._set_keep_first)
        v.addWidget(self.keep_slider)
        course = QHBoxLayout()
        course.addWidget(QLabel("course:"))
        for n in ip.COURSE_N[::-1]:
            b = QPushButton(str(n))
            b.setToolTip(f"N = {n} as in the report")
            b.setMaximumWidth(48)
            b.clicked.connect(lambda _=False, n=n: self._on_course_n(n))
            course.addWidget(b)
        course.addStretch(1)
        v.addLayout(course)

        grid = QGridLayout()
        self.fraction_spin = QDoubleSpinBox()
        self.fraction_spin.setRange(0.01, 1.0)
        self.fraction_spin.setSingleStep(0.05)
        self.fraction_spin.setValue(0.3)
        self.fraction_spin.setToolTip("fraction of pixels observed, drawn with the seed")
        random_b = QPushButton("Random fraction")
        random_b.clicked.connect(self._on_random_mask)
        box_b = QPushButton("Box")
        box_b.setToolTip("hide a 12×12 box in the middle")
        box_b.clicked.connect(self._on_box_mask)
        inv_b = QPushButton("Invert")
        inv_b.clicked.connect(self._on_invert)
        clear_b = QPushButton("Clear")
        clear_b.setToolTip("observe nothing (then paint what you observe)")
        clear_b.clicked.connect(self._on_clear_mask)
        self.superres_button = QPushButton("Super-resolution 4×4")
        self.superres_button.setToolTip("T = 49 × 784 block average (entries 1/16): observe a 7×7 image")
        self.superres_button.clicked.connect(self._on_superres)
        grid.addWidget(random_b, 0, 0)
        grid.addWidget(self.fraction_spin, 0, 1)
        grid.addWidget(box_b, 1, 0)
        grid.addWidget(inv_b, 1, 1)
        grid.addWidget(clear_b, 2, 0)
        grid.addWidget(self.superres_button, 2, 1)
        v.addLayout(grid)
        self.operator_label = QLabel()
        self.operator_label.setWordWrap(True)
        v.addWidget(self.operator_label)
        return box

    def _build_optim_box(self) -> QGroupBox:
        box = QGroupBox("Optimisation")
        form = QFormLayout(box)
        self.opt_combo = QComboBox()
        self.opt_combo_b = QComboBox()
        for combo in (self.opt_combo, self.opt_combo_b):
            for i, name in enumerate(ip.OPTIMIZERS):
                combo.addItem(name)
                combo.setItemData(i, OPT_TIP[name], Qt.ItemDataRole.ToolTipRole)
        self.opt_combo_b.setCurrentText("gd")
        self.lr_spin = self._lr_box(1e-3)
        self.lr_spin_b = self._lr_box(1e-5)
        self.iter_spin = QSpinBox()
        self.iter_spin.setRange(1, 100000)
        self.iter_spin.setSingleStep(500)
        self.iter_spin.setValue(3000)
        self.restart_spin = QSpinBox()
        self.restart_spin.setRange(1, 200)
        self.restart_spin.setValue(20)
        self.restart_spin.setToolTip("random starting points z ~ N(0, I); the lowest final cost wins")
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.data_combo = QComboBox()
        self.data_combo.addItem("L2 (course)", "l2")
        self.data_combo.addItem("L1 (Laplace)", "l1")
        self.data_combo.setToolTip(COST_TIP)
        self.live_check = QCheckBox("Live: re-run while painting")
        self.live_check.setToolTip(f"after each stroke, re-run {LIVE_ITERATIONS} iterations warm-started "
                                   "from the current best z")
        self.live_check.toggled.connect(self._on_live_toggled)
        form.addRow("Optimiser A", self.opt_combo)
        form.addRow("learning rate μ (A)", self.lr_spin)
        form.addRow("Optimiser B (compare)", self.opt_combo_b)
        form.addRow("learning rate μ (B)", self.lr_spin_b)
        form.addRow("Iterations", self.iter_spin)
        form.addRow("Restarts", self.restart_spin)
        form.addRow("Seed", self.seed_spin)
        form.addRow("Cost", self.data_combo)
        form.addRow(self.live_check)
        return box

    def _lr_box(self, value: float) -> QDoubleSpinBox:
        s = QDoubleSpinBox()
        s.setDecimals(6)
        s.setRange(1e-6, 1.0)
        s.setSingleStep(1e-4)
        s.setValue(value)
        s.setToolTip("step size μ (the course: 0.001 with its normalised step)")
        return s

    # ================================================================ data
    def _load_test_eights(self) -> np.ndarray:
        try:
            test = load_digits().split("test")
        except Exception:  # a missing resource must not kill the tab
            return np.zeros((1, 28, 28))
        eights = test.images[test.labels == 8]
        return eights if len(eights) else np.zeros((1, 28, 28))

    def _bundled_target(self, i: int) -> Target:
        img = self.test_eights[i]
        return Target(img.copy(), img.copy(), "bundled", f"test eight #{i + 1}")

    def generator(self) -> Generator | None:
        """The generator that matches the current target."""
        if self.target.source == "course":
            return self.course_gen
        return self.bundled_gen

    def operator(self) -> ip.Operator:
        if self.superres:
            return ip.block_average(4)
        mask = self.canvas.array > 0.5
        n = self.keep_slider.value()
        if 0 < n and np.array_equal(mask, ip.keep_first(n).mask):
            return ip.keep_first(n)
        return ip.from_mask(mask)

    def observation(self, T: ip.Operator) -> np.ndarray:
        sigma = 0.0 if self.target.own_noise else float(self.sigma_slider.value())
        return ip.observe(T, self.target.noisy, sigma, seed=self.seed_spin.value())

    # ================================================================ target
    def _apply_target(self) -> None:
        t = self.target
        self.ideal_view.set_image(t.ideal)
        self.canvas.set_background(t.noisy)
        self.sigma_slider.setEnabled(not t.own_noise)
        g = self.generator()
        if g is None:
            need = "open the course generator data21.mat" if t.source == "course" else \
                "open a generator with File → Open…"
            self.gen_label.setText(f"<span style='color:#c62828'>none — {need}</span>")
        else:
            self.gen_label.setText(f"{g.name} ({'course, dark on white' if t.source == 'course' else 'bundled'})")
        self.last = self.last_b = None
        self.recon_view.set_image(np.full((28, 28), 0.5))
        self.mse_label.setText("MSE to the ideal: –")
        self._refresh_observation()

    def _on_source_changed(self, index: int) -> None:
        if index == 1 and not self.course_images:
            self.messages.warning("Open a course image file (data22.mat or data23.mat) with File → Open…")
            self.source_combo.blockSignals(True)
            self.source_combo.setCurrentIndex({"bundled": 0, "course": 1, "drawn": 2}[self.target.source])
            self.source_combo.blockSignals(False)
            return
        if index == 2:
            self._on_use_drawing()
            return
        self._select_image(index, self.index_spin.value() - 1)

    def _on_index_changed(self, number: int) -> None:
        self._select_image(self.source_combo.currentIndex(), number - 1)

    def _select_image(self, source: int, i: int) -> None:
        if source == 0:
            count = len(self.test_eights)
            self.target = self._bundled_target(min(i, count - 1))
        elif source == 1:
            count = len(self.course_images)
            i = min(i, count - 1)
            ideal, noisy = self.course_images[i]
            self.target = Target(ideal, noisy, "course", f"{self.course_name} #{i + 1}", own_noise=True)
        else:
            return
        self.index_spin.blockSignals(True)
        self.index_spin.setRange(1, count)
        self.index_spin.setValue(i + 1)
        self.index_spin.blockSignals(False)
        self._apply_target()

    def _on_use_drawing(self) -> None:
        img = self.draw_canvas.array.copy()
        if img.max() <= 0:
            self.messages.warning("Draw a digit in the small canvas first, then press 'Use drawing'")
        self.target = Target(img, img.copy(), "drawn", "my drawing")
        self.source_combo.blockSignals(True)
        self.source_combo.setCurrentIndex(2)
        self.source_combo.blockSignals(False)
        self._apply_target()

    # ------------------------------------------------------------- files
    def open_file(self, path: str) -> None:
        p = Path(path)
        try:
            if p.suffix.lower() == ".npz":
                self._set_generator(load_generator(p))
                return
            import scipy.io
            keys = {k for k, *_ in scipy.io.whosmat(str(p))}
        except ValueError as exc:
            self.messages.error(str(exc))
            return
        except Exception as exc:
            self.messages.error(f"{p.name} is not a readable MATLAB .mat file ({exc})")
            return
        try:
            if "A_1" in keys:
                self._set_generator(load_generator(p))
            elif "X_i" in keys:
                self._open_course_images(p)
            else:
                raise ValueError(f"{p.name} holds neither a generator (A_1, B_1, A_2, B_2) nor course "
                                 f"images (X_i, X_n); keys found: {', '.join(sorted(keys)) or 'none'}")
        except ValueError as exc:
            self.messages.error(str(exc))

    def _set_generator(self, g: Generator) -> None:
        if g.latent_dim < 1:
            raise ValueError(f"generator {g.name} has no latent input")
        if g.meta.get("source") == "course .mat":
            self.course_gen = g
            self.messages.info(f"Course generator {g.name} loaded: used for course images")
        else:
            self.bundled_gen = g
            self.messages.info(f"Generator {g.name} loaded: used for test eights and drawings")
        self._apply_target()

    def _open_course_images(self, p: Path) -> None:
        data = load_course_images(p)          # raises ValueError on a wrong size: target kept
        m = data.observed.shape[1]
        if m == 784:
            noisy = col_major_to_images(data.observed.T)
        elif m == 49:
            B = ip.block_average(4)
            noisy = np.stack([B.to_image(B.from_course(v)) for v in data.observed])
        else:
            raise ValueError(f"key 'X_n' in {p.name} has {m} rows: expected 784 (data22: noisy images) "
                             f"or 49 (data23: 7×7 averages)")
        self.course_images = list(zip(data.ideal, noisy))
        self.course_name = data.name
        if self.course_gen is None:
            sibling = p.with_name("data21.mat")
            if sibling.exists():
                try:
                    self.course_gen = load_generator(sibling)
                except ValueError as exc:
                    self.messages.warning(f"could not load {sibling.name}: {exc}")
        self.source_combo.blockSignals(True)
        self.source_combo.setCurrentIndex(1)
        self.source_combo.blockSignals(False)
        if m == 49:                            # data23: the 7×7 observation is the file's
            self.superres = True
            self.canvas.set_array(np.ones((28, 28)), emit=False)
        self._select_image(1, 0)
        note = "" if self.course_gen is not None else " — open the course generator data21.mat to run"
        self.messages.info(f"{p.name}: {len(self.course_images)} course images "
                           f"({'7×7 observations: super-resolution' if m == 49 else 'noisy 28×28'}){note}")

    # ================================================================ mask
    def _set_mask(self, mask: np.ndarray, superres: bool = False) -> None:
        self.superres = superres
        self.canvas.set_array(mask.astype(float), emit=False)
        self._sync_keep_slider()
        self._refresh_observation()
        self._maybe_live()

    def _sync_keep_slider(self) -> None:
        """Show N on the slider when the mask is a keep-first mask; say so when it is not."""
        mask = self.canvas.array > 0.5
        n = int(mask.sum())
        if not self.superres and (n == 0 or np.array_equal(mask, ip.keep_first(n).mask)):
            self.keep_slider.blockSignals(True)
            self.keep_slider.setValue(n)
            self.keep_slider.blockSignals(False)
            self.keep_label.setText(KEEP_LABEL)
        else:
            self.keep_label.setText(KEEP_LABEL + " <i>(now a custom mask: move the slider or press "
                                    "a course N to return to T = [I_N 0])</i>")

    def _on_course_n(self, n: int) -> None:
        """A course N button: keep_first(n) even when the slider already shows n."""
        self.keep_slider.blockSignals(True)
        self.keep_slider.setValue(n)
        self.keep_slider.blockSignals(False)
        self._set_keep_first(n)

    def _set_keep_first(self, n: int) -> None:
        mask = np.zeros((28, 28), bool) if n == 0 else ip.keep_first(n).mask
        self._set_mask(mask)

    def _on_random_mask(self) -> None:
        rng = np.random.default_rng(self.seed_spin.value())
        self._set_mask(rng.random((28, 28)) < self.fraction_spin.value())

    def _on_box_mask(self) -> None:
        m = np.ones((28, 28), bool)
        m[8:20, 8:20] = False
        self._set_mask(m)

    def _on_invert(self) -> None:
        self._set_mask(~(self.canvas.array > 0.5))

    def _on_clear_mask(self) -> None:
        self._set_mask(np.zeros((28, 28), bool))

    def _on_superres(self) -> None:
        self._set_mask(np.ones((28, 28), bool), superres=True)

    def _on_mask_painted(self) -> None:
        if self.superres:
            self.superres = False
        self._sync_keep_slider()
        self._refresh_observation()
        if self.live_check.isChecked():
            self._live_during_stroke()

    def _on_stroke_finished(self) -> None:
        self._live_during_stroke.cancel()      # the stroke's last run starts now, not later
        self._maybe_live()

    def _refresh_observation(self) -> None:
        """Redraw the observed panel and the operator line from the mask and target."""
        if not hasattr(self, "operator_label"):
            return
        try:
            T = self.operator()
        except ValueError as exc:
            self.operator_label.setText(f"<span style='color:#c62828'>{exc}</span>")
            self.observed_view.set_image(np.tile(UNOBSERVED_RGB, (28, 28, 1)))
            return
        y = self.observation(T)
        img = T.to_image(y)
        # the painter shows what it masks: the target, or the 7×7 observation in super-resolution
        self.canvas.set_background(img if T.kind == "block" else self.target.noisy)
        rgb = np.repeat(np.clip(np.nan_to_num(img), 0, 1)[..., None], 3, axis=2)
        rgb[np.isnan(img)] = UNOBSERVED_RGB
        self.observed_view.set_image(rgb)
        what = {"select": f"N = {T.m} observed pixels", "block": "N = 49: 7×7 block averages"}[T.kind]
        self.operator_label.setText(f"T: {T.name} — {what}")

    # ================================================================ run
    def _problem(self):
        g = self.generator()
        if g is None:
            raise ValueError("no generator for this target: " + (
                "open the course generator data21.mat (File → Open…)" if self.target.source == "course"
                else "open a generator (.mat or .npz) with File → Open…"))
        T = self.operator()
        return g, T, self.observation(T)

    def _common(self) -> dict:
        return dict(restarts=self.restart_spin.value(), seed=self.seed_spin.value(),
                    data_term=self.data_combo.currentData())

    def _on_run(self, z0: np.ndarray | None = None, iterations: int | None = None,
                live: bool = False) -> None:
        try:
            g, T, y = self._problem()
        except ValueError as exc:
            self.messages.error(str(exc))
            return
        self._run_kind = "live" if live else "run"
        self.runs_started += 1
        self._total = iterations or self.iter_spin.value()
        self._prepare_curves(self.restart_spin.value(), compare=False)
        self.runner.start(ip.iter_reconstruct, g, T, y, iterations=self._total,
                          lr=self.lr_spin.value(), optimizer=self.opt_combo.currentText(),
                          z0=z0, **self._common())

    def _on_compare(self) -> None:
        if self.runner.is_running():
            return
        try:
            g, T, y = self._problem()
        except ValueError as exc:
            self.messages.error(str(exc))
            return
        self._run_kind = "compare"
        self._total = self.iter_spin.value()
        self._prepare_curves(self.restart_spin.value(), compare=True)
        self.run_controls.progress.setValue(0)
        self.runner.start(ip.iter_compare, g, T, y,
                          optimizers=(self.opt_combo.currentText(), self.opt_combo_b.currentText()),
                          lrs=(self.lr_spin.value(), self.lr_spin_b.value()),
                          iterations=self._total, **self._common())

    def _on_live_toggled(self, on: bool) -> None:
        if on:
            self._maybe_live()

    def _maybe_live(self) -> None:
        """Live mode: re-run briefly, warm-started from the current best z (then the other restarts)."""
        if not hasattr(self, "live_check") or not self.live_check.isChecked():
            return
        g = self.generator()
        z0 = None
        if self.last is not None and g is not None and self.last.zs.shape[1] == g.latent_dim:
            zs = self.last.zs
            order = np.r_[self.last.best, np.delete(np.arange(len(zs)), self.last.best)]
            z0 = zs[order][: self.restart_spin.value()]
        self._on_run(z0=z0, iterations=min(LIVE_ITERATIONS, self.iter_spin.value()), live=True)

    # ------------------------------------------------------------- curves
    def _prepare_curves(self, restarts: int, compare: bool) -> None:
        def ensure(curves: list, count: int, colour: str, style=Qt.PenStyle.SolidLine):
            while len(curves) < count:
                c = self.plot.plot(pen=pg.mkPen(colour, width=1, style=style), antialias=False)
                c.setClipToView(True)
                c.setDownsampling(auto=True, method="peak")
                curves.append(c)
            for i, c in enumerate(curves):
                c.setVisible(i < count)
                c.setData([], [])

        ensure(self._curves, restarts, (120, 120, 120, 110))
        ensure(self._curves_b, restarts if compare else 0, (21, 101, 192, 90), Qt.PenStyle.DashLine)
        self.best_curve.setData([], [])
        self.best_curve_b.setData([], [])
        self.plot.setXRange(0, max(1, self._total), padding=0.01)
        self.best_curve_b.setVisible(compare)
        self.legend.removeItem(self.best_curve_b)
        if compare:
            self.legend.addItem(self.best_curve_b, f"best (B: {self.opt_combo_b.currentText()})")
        self.legend.removeItem(self.best_curve)
        self.legend.addItem(self.best_curve, f"best (A: {self.opt_combo.currentText()})")
        self.snapshots_drawn = 0
        self.last = self.last_b = None

    def visible_restart_curves(self) -> list[pg.PlotDataItem]:
        return [c for c in self._curves + self._curves_b if c.isVisible()]

    def _draw_costs(self, snap: ip.InpaintSnapshot, curves: list, best_curve, final: bool) -> None:
        """The best curve every frame; the thin restart curves a few per frame, in turn.

        Re-setting 20 curves at once costs most of a frame (while repainting unchanged
        ones is cheap), so each frame refreshes only ``THIN_PER_FRAME`` of them.
        """
        R = snap.costs.shape[1]
        k = max(1, -(-snap.iteration // MAX_POINTS))      # at most ~MAX_POINTS points each
        x = np.arange(0, snap.iteration, k)
        costs = snap.costs[::k]
        if final:
            todo = range(R)
        else:
            start = self._rr % R
            todo = [(start + j) % R for j in range(min(THIN_PER_FRAME, R))]
        for i in todo:
            curves[i].setData(x, costs[:, i], skipFiniteCheck=True)
        kb = max(1, -(-snap.iteration // MAX_BEST_POINTS))
        best_curve.setData(np.arange(0, snap.iteration, kb), snap.costs[::kb, snap.best], skipFiniteCheck=True)

    def _on_snapshot(self, snap, final: bool = False) -> None:
        thin = final
        if isinstance(snap, tuple):
            a, b = snap
            if b is not None:
                self.last_b = b
                self._draw_costs(b, self._curves_b, self.best_curve_b, thin)
            snap = a
            if snap is None:
                return
            done = min(a.iteration, b.iteration if b is not None else 0)
        else:
            done = snap.iteration
        self.last = snap
        self.snapshots_drawn += 1
        self._draw_costs(snap, self._curves, self.best_curve, thin)
        self._rr += THIN_PER_FRAME
        self.recon_view.set_image(snap.image)
        mse = float(np.mean((snap.image - self.target.ideal) ** 2))
        self.mse_label.setText(f"MSE to the ideal: {mse:.5f}   ·   best restart {snap.best + 1}, "
                               f"J = {snap.best_cost:.2f}   ·   iteration {snap.iteration}/{snap.iterations}")
        now = time.monotonic()
        if thin or now - self._fitted >= 1.0 / FIT_HZ:     # re-ranging the axis costs a whole frame
            self._fitted = now
            self._fit_y()
        self.run_controls.set_progress(done, self._total)

    def _fit_y(self) -> None:
        parts = [s.costs for s in (self.last, self.last_b) if s is not None and len(s.costs)]
        if not parts:
            return
        lo = min(float(p.min()) for p in parts)
        hi = max(float(p.max()) for p in parts)
        if np.isfinite(lo) and np.isfinite(hi):
            pad = max(hi - lo, 1e-9)
            self.plot.setYRange(lo - 0.08 * pad, hi + 0.03 * pad, padding=0)

    def _on_done(self, snap) -> None:
        self._on_snapshot(snap, final=True)
        a = self.last
        if a is None:
            return
        mse = float(np.mean((a.image - self.target.ideal) ** 2))
        if self._run_kind == "compare" and self.last_b is not None:
            b = self.last_b
            self.messages.info(f"A ({a.optimizer}): best J = {a.best_cost:.2f}; B ({b.optimizer}): best J = "
                               f"{b.best_cost:.2f}; MSE of A = {mse:.5f}")
        else:
            self.messages.info(f"Done: best restart {a.best + 1} of {a.costs.shape[1]}, J = {a.best_cost:.2f}, "
                               f"MSE to the ideal {mse:.5f}")

    def _on_cancelled(self) -> None:
        self.messages.info("Cancelled: the plot shows the last snapshot")

    # ================================================================ export
    def _on_export_triptych(self) -> None:
        path = export.ask_save_path(self, "Export triptych", export.IMAGE_FILTER, "inpainting.png")
        if not path:
            return
        try:
            export.export_widget(self.triptych, path)
            self.messages.info(f"Saved {path}")
        except (ValueError, OSError) as exc:
            self.messages.error(str(exc))

    def cost_table(self) -> tuple[np.ndarray, list[str]]:
        if self.last is None:
            raise ValueError("nothing to export yet: run a reconstruction first")
        cols = [self.last.costs]
        head = [f"{self.last.optimizer}_restart_{i + 1}" for i in range(self.last.costs.shape[1])]
        if self._run_kind == "compare" and self.last_b is not None:
            n = min(len(self.last.costs), len(self.last_b.costs))
            cols = [self.last.costs[:n], self.last_b.costs[:n]]
            head += [f"B_{self.last_b.optimizer}_restart_{i + 1}" for i in range(self.last_b.costs.shape[1])]
        table = np.concatenate(cols, axis=1)
        table = np.concatenate([np.arange(len(table))[:, None], table], axis=1)
        return table, ["iteration"] + head

    def _on_export_csv(self) -> None:
        try:
            table, head = self.cost_table()
        except ValueError as exc:
            self.messages.error(str(exc))
            return
        path = export.ask_save_path(self, "Export cost curves", export.CSV_FILTER, "inpainting_costs.csv")
        if not path:
            return
        try:
            export.save_csv(path, table, head)
            self.messages.info(f"Saved {path}")
        except (ValueError, OSError) as exc:
            self.messages.error(str(exc))

    def export_view_widget(self) -> QWidget:
        return self
