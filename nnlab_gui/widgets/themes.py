"""The three themes as data: light, dark and high-contrast, and the Qt palette made from them.

A :class:`Theme` names every colour the lab draws with: the Qt palette roles (window,
base, text, buttons, highlight, tooltips, links), the plots (background, foreground),
the drawn canvases (graph editor, mask painter, CNN drawing) and the message colours.
Every text colour is chosen so its WCAG contrast against the background it is drawn on is
at least 4.5:1 (``tests/gui/test_appearance.py`` computes it); the focus colour stands
at least 3:1 off the window and the fields, so the focus frame is always visible:
:class:`FocusRing` draws it around the focused control; :class:`OutlineStyle` (Fusion
underneath) outlines fields and check boxes on the dark themes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFocusFrame, QProxyStyle, QStyle


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    window_text: str
    base: str
    alt_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    tooltip_base: str
    tooltip_text: str
    link: str
    placeholder: str
    disabled_text: str
    plot_bg: str
    plot_fg: str
    canvas_bg: str
    canvas_edge: str             # edges, outlines, frames on a canvas
    canvas_muted: str            # secondary text on a canvas ("click to add nodes")
    node_fill: str               # a node without a WL colour
    focus: str
    error: str
    warning: str
    ok: str
    cell_error_bg: str           # a table cell that is wrong (text: ``text``)
    cell_warn_bg: str            # a table row with a warning
    frame: str                   # frames, slider grooves, separators (Qt's Mid and Dark)
    focus_width: float = 2.0
    outlined: bool = False       # OutlineStyle instead of plain Fusion

    def colours(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("name", "focus_width", "outlined")}


THEMES: dict[str, Theme] = {
    "light": Theme(
        "light", window="#f2f2f2", window_text="#1a1a1a", base="#ffffff", alt_base="#f4f6f8",
        text="#1a1a1a", button="#e6e6e6", button_text="#1a1a1a", highlight="#0b57b0",
        highlighted_text="#ffffff", tooltip_base="#ffffe1", tooltip_text="#000000", link="#0645ad",
        placeholder="#5c5c5c", disabled_text="#6b6b6b", plot_bg="#ffffff", plot_fg="#1a1a1a",
        canvas_bg="#fcfcfa", canvas_edge="#4d4d4d", canvas_muted="#595959", node_fill="#e8e8e8",
        focus="#0b57b0", error="#b00020", warning="#7a4f00", ok="#1b6e20",
        cell_error_bg="#ffcdd2", cell_warn_bg="#fff3cd", frame="#9a9a9a"),
    "dark": Theme(
        "dark", window="#202124", window_text="#e8eaed", base="#17181a", alt_base="#232427",
        text="#e8eaed", button="#303134", button_text="#e8eaed", highlight="#8ab4f8",
        highlighted_text="#111111", tooltip_base="#303134", tooltip_text="#e8eaed", link="#8ab4f8",
        placeholder="#a8adb3", disabled_text="#8a8f95", plot_bg="#17181a", plot_fg="#e8eaed",
        canvas_bg="#1b1c1f", canvas_edge="#b8bcc2", canvas_muted="#aeb3b9", node_fill="#5f6368",
        focus="#8ab4f8", error="#ff8a80", warning="#fdd663", ok="#81c995",
        cell_error_bg="#6a2328", cell_warn_bg="#4f4100", frame="#74787e", outlined=True),
    "high-contrast": Theme(
        "high-contrast", window="#000000", window_text="#ffffff", base="#000000", alt_base="#141414",
        text="#ffffff", button="#000000", button_text="#ffffff", highlight="#ffff00",
        highlighted_text="#000000", tooltip_base="#000000", tooltip_text="#ffffff", link="#00ffff",
        placeholder="#d9d9d9", disabled_text="#bfbfbf", plot_bg="#000000", plot_fg="#ffffff",
        canvas_bg="#000000", canvas_edge="#ffffff", canvas_muted="#e6e6e6", node_fill="#ffffff",
        focus="#ffff00", error="#ff7070", warning="#ffd700", ok="#3dff7a",
        cell_error_bg="#7a0000", cell_warn_bg="#4d4000", frame="#c8c8c8", focus_width=3.0, outlined=True),
}

# (text role, background role) pairs of a theme that must reach 4.5:1
TEXT_PAIRS = [("window_text", "window"), ("text", "base"), ("text", "alt_base"),
              ("button_text", "button"), ("highlighted_text", "highlight"),
              ("tooltip_text", "tooltip_base"), ("link", "base"), ("placeholder", "base"),
              ("plot_fg", "plot_bg"), ("canvas_muted", "canvas_bg"), ("error", "window"),
              ("warning", "window"), ("ok", "window"), ("text", "cell_error_bg"),
              ("text", "cell_warn_bg"), ("disabled_text", "base")]


def theme_names() -> list[str]:
    return list(THEMES)


def palette_of(theme: Theme) -> QPalette:
    """The Qt palette of ``theme`` (all colour groups; disabled text dimmed)."""
    pal = QPalette()
    R = QPalette.ColorRole
    roles = {R.Window: theme.window, R.WindowText: theme.window_text, R.Base: theme.base,
             R.AlternateBase: theme.alt_base, R.Text: theme.text, R.Button: theme.button,
             R.ButtonText: theme.button_text, R.Highlight: theme.highlight,
             R.HighlightedText: theme.highlighted_text, R.ToolTipBase: theme.tooltip_base,
             R.ToolTipText: theme.tooltip_text, R.Link: theme.link, R.LinkVisited: theme.link,
             R.PlaceholderText: theme.placeholder, R.BrightText: theme.error,
             R.Light: theme.frame if theme.button == theme.window else QColor(theme.button).lighter(150).name(),
             R.Midlight: QColor(theme.frame).lighter(120).name(), R.Mid: theme.frame,
             R.Dark: QColor(theme.frame).darker(130).name(), R.Shadow: "#000000"}
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    G = QPalette.ColorGroup.Disabled
    for role in (R.WindowText, R.Text, R.ButtonText):
        pal.setColor(G, role, QColor(theme.disabled_text))
    return pal


class OutlineStyle(QProxyStyle):
    """Fusion with fields, spin boxes, buttons, check boxes and radio buttons outlined in the theme's
    frame colour: Fusion's own outline (a darker window colour) vanishes on a dark or black
    window.  The dark themes use it; every primitive then goes through Python, which makes
    painting a few times slower, so the light theme keeps plain Fusion."""

    _OUTLINED = (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                 QStyle.PrimitiveElement.PE_PanelButtonCommand)

    def __init__(self, outline: str):
        super().__init__("Fusion")         # Qt makes and owns the base style (no Python wrapper of it)
        self.outline = QColor(outline)

    def _pen(self, painter) -> None:
        painter.setPen(QPen(self.outline, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 - Qt name
        super().drawPrimitive(element, option, painter, widget)
        if element in self._OUTLINED:
            painter.save()
            self._pen(painter)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.save()
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            self._pen(painter)
            painter.drawEllipse(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def drawComplexControl(self, control, option, painter, widget=None):  # noqa: N802 - Qt name
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox:
            painter.save()
            self._pen(painter)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()
        elif control == QStyle.ComplexControl.CC_Slider:
            # Fusion draws the empty part of the groove in a darker window colour: on black,
            # a slider at its minimum showed no groove at all
            groove = self.subControlRect(control, option, QStyle.SubControl.SC_SliderGroove, widget)
            painter.save()
            self._pen(painter)
            painter.drawRect(groove.adjusted(0, 0, -1, -1))
            painter.restore()


class FocusRing(QFocusFrame):
    """A solid frame in the theme's focus colour around the widget that has the keyboard focus
    (one small widget that follows the focus: no cost for the rest of the window)."""

    def __init__(self):
        super().__init__()
        self.colour = QColor(THEMES["light"].focus)
        self.line = 2

    def set_look(self, colour: str, width: float) -> None:
        self.colour, self.line = QColor(colour), max(1, int(round(width)))
        self.update()

    def paintEvent(self, event):  # noqa: N802 - Qt name
        p = QPainter(self)
        pen = QPen(self.colour, self.line)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        half = self.line // 2
        p.drawRect(self.rect().adjusted(half, half, -half - (self.line % 2), -half - (self.line % 2)))
        p.end()
