"""Presentation scale and theme: one place that makes every widget, plot and drawing follow them.

``set_scale(x)`` (1.0–3.0) and ``set_theme(name)`` change the state and :func:`apply` it:

* Qt widgets: the application font is the start-up size × scale; the palette is the
  theme's (Fusion; on the dark themes Fusion with outlined fields); a
  :class:`~nnlab_gui.widgets.themes.FocusRing` frames the focused control;
* plots and image panels: every one made by ``plots.make_plot`` or ``image_view.ImagePanel``
  is registered here (weakly) and restyled: background, axis and tick pens and fonts, axis
  labels, titles, legends, text items, line widths and symbol sizes; near-black pens become
  the theme's foreground.  A plot made later gets the current look when made, and again once
  its page has added its curves (a deferred restyle after each ``addItem``);
* canvases (graph editor, mask painter, CNN drawing) read :func:`theme` and :func:`scale`
  when they paint (the palette and font change repaint them); a widget that must do more
  calls :func:`follow` and its ``appearance_changed()`` is called after each change.

The state is module-wide (one window, one look).  Nothing here touches settings: the main
window remembers the choice.
"""

from __future__ import annotations

import re
import weakref

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QApplication

from nnlab_gui.engine.palette import relative_luminance
from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.widgets.themes import THEMES, FocusRing, OutlineStyle, Theme, palette_of

MIN_SCALE, MAX_SCALE = 1.0, 3.0
TITLE_PT, LABEL_PT, TICK_PT, LEGEND_PT = 11.0, 10.0, 9.0, 9.0
_state = {"scale": 1.0, "theme": "light", "base_pt": None, "style": None}
_views: "weakref.WeakSet" = weakref.WeakSet()
_followers: "weakref.WeakSet" = weakref.WeakSet()
_styles_made: list = []


# ------------------------------------------------------------------ state
def scale() -> float:
    return _state["scale"]


def theme() -> Theme:
    return THEMES[_state["theme"]]


def theme_name() -> str:
    return _state["theme"]


def check_scale(x) -> float:
    """``x`` as a float in [1, 3]; ValueError naming the value otherwise."""
    try:
        v = float(x)
    except (TypeError, ValueError):
        raise Problem(N_("scale must be a number from {low:g} to {high:g}, got {value!r}"), low=MIN_SCALE, high=MAX_SCALE,
                      value=x) from None
    if not (MIN_SCALE <= v <= MAX_SCALE):          # also refuses NaN
        raise Problem(N_("scale must be from {low:g} to {high:g}, got {value!r}"), low=MIN_SCALE, high=MAX_SCALE, value=x)
    return v


def check_theme(name) -> str:
    if name not in THEMES:
        raise Problem(N_("unknown theme {name!r}; themes: {themes}"), name=name, themes=", ".join(THEMES))
    return name


def pt(size: float) -> float:
    """A point size at the current scale."""
    return size * _state["scale"]


def px(length: float) -> float:
    """A length in pixels at the current scale (node radii, pen widths)."""
    return length * _state["scale"]


def base_point_size() -> float:
    if _state["base_pt"] is None:
        size = QApplication.font().pointSizeF()
        _state["base_pt"] = size if size > 0 else 9.0
    return _state["base_pt"]


def set_scale(x) -> float:
    """Set and apply the presentation scale; ValueError (nothing changed) outside 1–3."""
    _state["scale"] = check_scale(x)
    apply()
    return _state["scale"]


def set_theme(name) -> str:
    _state["theme"] = check_theme(name)
    apply()
    return name


def set_appearance(x, name) -> None:
    """Scale and theme at once (one restyle)."""
    v, n = check_scale(x), check_theme(name)
    _state["scale"], _state["theme"] = v, n
    apply()


def html_colours() -> dict[str, str]:
    """Colours for rich text on a field (``base``) background: muted, error, warning, note."""
    t = theme()
    return {"muted": t.placeholder, "error": t.error, "warning": t.warning, "note": t.placeholder}


# ------------------------------------------------------------------ apply
def install_style(app: QApplication | None = None) -> None:
    """Fusion (outlined on the dark themes) as the application style and the focus ring;
    remembers the start-up font size."""
    app = app or QApplication.instance()
    if app is None:
        return
    base_point_size()
    t = theme()
    key = ("outlined", t.frame) if t.outlined else ("fusion", "")
    current = _state["style"]
    if current is None or current[0] != key or app.style() is not current[1]:
        # the application owns its style and deletes the old one when given a new one;
        # every style made here stays referenced, so Python never deletes one as well
        if t.outlined:
            style = OutlineStyle(t.frame)
            _styles_made.append(style)
            app.setStyle(style)
        else:
            app.setStyle("Fusion")                # made and owned by Qt
        _state["style"] = (key, app.style())
    ring = _state.get("ring")
    if ring is None or not shiboken6.isValid(ring):
        ring = _state["ring"] = FocusRing()        # (a ring dies with the window it was in)
        if not _state.get("ring_connected"):
            app.focusChanged.connect(_on_focus_changed)
            _state["ring_connected"] = True
    ring.set_look(t.focus, max(t.focus_width, round(t.focus_width * scale())))


def focus_ring() -> FocusRing | None:
    return _state.get("ring")


def _on_focus_changed() -> None:
    """Move the ring to the focus widget (asked for here, not taken from the signal's arguments).

    No widget class of the lab defines ``__getitem__``: PySide converts a signal's widgets
    with the sequence protocol when a class has it, and the page form's did (KeyError: 0
    left set, then a SystemError in the next call)."""
    ring = _state.get("ring")
    if ring is None or not shiboken6.isValid(ring):
        return
    new = QApplication.focusWidget()
    try:
        ring.setWidget(new if new is not None and not new.isWindow() else None)
    except RuntimeError:
        pass


def apply() -> None:
    """Make the application, every registered plot and every canvas follow the state."""
    app = QApplication.instance()
    if app is None:
        return
    t = theme()
    install_style(app)
    app.setPalette(palette_of(t))
    font = QFont(app.font())
    font.setPointSizeF(round(base_point_size() * scale(), 1))
    app.setFont(font)
    pg.setConfigOptions(background=t.plot_bg, foreground=t.plot_fg)
    for view in list(_views):
        restyle(view)
    for widget in list(_followers):
        if shiboken6.isValid(widget):
            try:
                widget.appearance_changed()
            except RuntimeError:                 # a widget being deleted
                pass


def follow(widget) -> None:
    """Call ``widget.appearance_changed()`` after every change (held weakly)."""
    _followers.add(widget)


# ------------------------------------------------------------------ plots
def register(view) -> None:
    """Follow scale and theme from now on (``make_plot`` and ``ImagePanel`` call this)."""
    if view in _views:
        return
    _views.add(view)
    item = getattr(view, "plotItem", None)
    if item is not None:
        original = item.addItem

        def add_item(*args, _orig=original, _ref=weakref.ref(view), **kwargs):
            out = _orig(*args, **kwargs)
            target = _ref()
            if target is not None:
                schedule(target)
            return out
        item.addItem = add_item
    restyle(view)
    schedule(view)


def schedule(view) -> None:
    """Restyle ``view`` once the event loop runs (after its page has added its items)."""
    if getattr(view, "_nn_restyle_pending", False):
        return
    view._nn_restyle_pending = True
    ref = weakref.ref(view)

    def run():
        target = ref()
        if target is None:
            return
        try:
            target._nn_restyle_pending = False
            restyle(target)
        except RuntimeError:                       # the C++ side is gone
            pass
    QTimer.singleShot(0, run)


def registered() -> list:
    return list(_views)


def _size_pt(text, default: float) -> float:
    m = re.match(r"\s*([0-9.]+)\s*pt", str(text or ""))
    return float(m.group(1)) if m else default


def _is_dark(colour: QColor) -> bool:
    return colour.alpha() > 0 and relative_luminance(colour.name()) < 0.03


def _wrap_label(label, default_pt: float) -> None:
    """Make ``label.setText`` scale its size and use the theme's colour from now on."""
    if getattr(label, "_nn_base_pt", None) is not None:
        return
    label._nn_base_pt = _size_pt(label.opts.get("size"), default_pt)
    original = label.setText

    def set_text(text, _orig=original, _label=label, **args):
        if "size" in args:
            _label._nn_base_pt = _size_pt(args["size"], _label._nn_base_pt)
        args["size"] = f"{pt(_label._nn_base_pt):.1f}pt"
        args["color"] = theme().plot_fg
        _orig(text, **args)
    label.setText = set_text


def _scaled_pen(item, pen_spec, key: str = "pen") -> QPen | None:
    """``item``'s pen at the current scale and theme, from the pen it had before the first restyle."""
    if pen_spec is None:
        return None
    current = pg.mkPen(pen_spec)
    store = item.__dict__.setdefault("_nn_pens", {})
    base, applied = store.get(key, (None, None))
    if base is None or applied is None or current != applied:
        base = QPen(current)                       # first sight, or the page set a new pen
    pen = QPen(base)
    if pen.style() != Qt.PenStyle.NoPen:
        pen.setWidthF(max(1.0, (base.widthF() or 1.0)) * scale())
        if _is_dark(base.color()):
            pen.setColor(QColor(theme().plot_fg))
    store[key] = (base, QPen(pen))
    return pen


def _base_number(item, key: str, value: float) -> float:
    store = item.__dict__.setdefault("_nn_nums", {})
    base, applied = store.get(key, (None, None))
    if base is None or applied is None or abs(value - applied) > 1e-9:
        base = value
    store[key] = (base, base * scale())
    return base * scale()


def _style_axis(axis, t: Theme) -> None:
    axis.setPen(pg.mkPen(t.plot_fg, width=1))
    axis.setTextPen(pg.mkPen(t.plot_fg))
    font = QFont(QApplication.font())
    font.setPointSizeF(pt(TICK_PT))
    axis.setTickFont(font)
    axis.setStyle(tickLength=int(round(-5 * scale())))
    axis.labelStyle["font-size"] = f"{pt(LABEL_PT):.1f}pt"
    axis.labelStyle["color"] = t.plot_fg
    axis._updateLabel()


def _style_legend(legend, t: Theme) -> None:
    fill = QColor(t.plot_bg)
    fill.setAlpha(200)
    edge = QColor(t.plot_fg)
    edge.setAlpha(90)
    legend.setBrush(pg.mkBrush(fill))
    legend.setPen(pg.mkPen(edge))
    legend.opts["labelTextColor"] = pg.mkColor(t.plot_fg)
    legend.opts["labelTextSize"] = f"{pt(LEGEND_PT):.1f}pt"
    for _sample, label in legend.items:
        label.setText(label.text, color=t.plot_fg, size=legend.opts["labelTextSize"])
    legend.updateSize()


def _style_text(item, t: Theme, on_image: bool) -> None:
    font = QFont(item.textItem.font())
    base = item.__dict__.setdefault("_nn_font_pt", base_point_size())   # text items use the start-up size
    font.setPointSizeF(pt(base))
    item.setFont(font)
    fill = getattr(item, "fill", None)
    plain_fill = fill is None or fill.style() == Qt.BrushStyle.NoBrush
    if not on_image and plain_fill:
        colour = pg.mkColor(item.color)
        store = item.__dict__
        if _is_dark(colour) or colour.name() in store.get("_nn_fg", ()):
            item.setColor(t.plot_fg)
            store["_nn_fg"] = {th.plot_fg for th in THEMES.values()}


def _style_data(item) -> None:
    opts = item.opts
    pen = _scaled_pen(item, opts.get("pen"))
    if pen is not None:
        item.setPen(pen)
    if opts.get("symbol") is not None and opts.get("symbolSize"):
        item.setSymbolSize(_base_number(item, "symbolSize", float(opts["symbolSize"])))


def _style_scatter(item) -> None:
    size = item.opts.get("size")
    if isinstance(size, (int, float)) and size > 0:
        item.setSize(_base_number(item, "size", float(size)))
    pen = item.opts.get("pen")
    if pen is not None:
        scaled = _scaled_pen(item, pen)
        if scaled is not None:
            item.setPen(scaled)


def restyle(view) -> None:
    """Apply the current theme and scale to one pyqtgraph widget (a plot or an image panel)."""
    if not shiboken6.isValid(view):
        return
    try:
        _restyle(view)
    except RuntimeError:                          # an item deleted under us: nothing to style
        pass


def _restyle(view) -> None:
    t = theme()
    view.setBackground(t.plot_bg)
    scene = view.scene()
    if scene is None:
        return
    items = scene.items()
    on_image = any(isinstance(i, pg.ImageItem) for i in items)
    plot_item = getattr(view, "plotItem", None)
    if plot_item is not None:
        _wrap_label(plot_item.titleLabel, TITLE_PT)
        if plot_item.titleLabel.text:
            plot_item.titleLabel.setText(plot_item.titleLabel.text)
    for item in items:
        parent = item.parentItem()
        if isinstance(item, pg.AxisItem):
            _style_axis(item, t)
        elif isinstance(item, pg.LegendItem):
            _style_legend(item, t)
        elif isinstance(item, pg.LabelItem) and not isinstance(parent, pg.LegendItem):
            _wrap_label(item, LABEL_PT)
            item.setText(item.text)
        elif isinstance(item, pg.TextItem):
            _style_text(item, t, on_image)
        elif isinstance(item, pg.PlotDataItem):
            _style_data(item)
        elif isinstance(item, pg.ScatterPlotItem) and not isinstance(parent, pg.PlotDataItem):
            _style_scatter(item)
        elif isinstance(item, pg.PlotCurveItem) and not isinstance(parent, pg.PlotDataItem):
            pen = _scaled_pen(item, item.opts.get("pen"))
            if pen is not None:
                item.setPen(pen)
        elif isinstance(item, pg.InfiniteLine):
            pen = _scaled_pen(item, item.pen)
            if pen is not None:
                item.setPen(pen)
