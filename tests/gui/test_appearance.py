"""Presentation scale and themes: every plot, text item, pen, canvas and the palette follow them."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QVBoxLayout, QWidget

from nnlab_gui import settings as lab_settings
from nnlab_gui.app import MainWindow
from nnlab_gui.engine import palette, wl_text
from nnlab_gui.view_menu import fit_geometry
from nnlab_gui.widgets import appearance
from nnlab_gui.widgets.graph_canvas import GraphCanvas
from nnlab_gui.widgets.themes import TEXT_PAIRS, THEMES


@pytest.fixture(autouse=True)
def _back_to_default():
    yield
    appearance.set_appearance(1.0, "light")


def views_of(window):
    """(page path, pyqtgraph view) for every plot and image panel of every page."""
    out = []
    for path, page in window.pages(build=True):
        out += [(path, v) for v in page.findChildren(pg.GraphicsView)]
    return out


def data_pens(view):
    """{item: pen width} of the curves, lines and scatter items of a plot."""
    widths = {}
    for item in view.scene().items():
        if isinstance(item, pg.PlotDataItem) and item.opts.get("pen") is not None:
            pen = pg.mkPen(item.opts["pen"])
            if pen.style() != Qt.PenStyle.NoPen:
                widths[item] = pen.widthF()
        elif isinstance(item, pg.InfiniteLine):
            widths[item] = item.pen.widthF()
    return widths


def check_view(view, theme, scale):
    fg = QColor(theme.plot_fg)
    assert view.backgroundBrush().color().name() == theme.plot_bg
    texts = 0
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem) and item.isVisible():
            assert item.pen().color() == fg and item.textPen().color() == fg
            assert item.style["tickFont"].pointSizeF() == pytest.approx(appearance.TICK_PT * scale)
            assert item.labelStyle["font-size"] == f"{appearance.LABEL_PT * scale:.1f}pt"
            assert item.labelStyle["color"] == theme.plot_fg
            texts += 1
        elif isinstance(item, pg.LabelItem) and item.text:
            if isinstance(item.parentItem(), pg.LegendItem):
                want = appearance.LEGEND_PT * scale
            else:
                want = item._nn_base_pt * scale
            assert item.opts["size"] == f"{want:.1f}pt", item.text
            assert QColor(pg.mkColor(item.opts["color"])) == fg, item.text
            texts += 1
        elif isinstance(item, pg.LegendItem):
            assert item.brush().color().name() == theme.plot_bg
        elif isinstance(item, pg.TextItem):
            assert item.textItem.font().pointSizeF() == pytest.approx(appearance.base_point_size() * scale)
    return texts


def test_every_plot_of_every_page_follows_theme_and_scale(window, qtbot):
    views = views_of(window)
    assert len(views) >= 30
    registered = set(map(id, appearance.registered()))
    assert [p for p, v in views if id(v) not in registered] == []    # all made by make_plot / ImagePanel
    qtbot.wait(1)                                                   # the deferred restyles run
    before = {v: data_pens(v) for _p, v in views}
    assert sum(len(w) for w in before.values()) >= 20
    for name, scale in (("dark", 2.0), ("high-contrast", 1.5), ("light", 3.0), ("light", 1.0)):
        assert window.set_theme(name) and window.set_ui_scale(scale)
        texts = 0
        for path, view in views:
            texts += check_view(view, THEMES[name], scale)
            for item, width in before[view].items():
                assert data_pens(view)[item] == pytest.approx(max(1.0, width) * scale), path
        assert texts > 60
        assert QApplication.font().pointSizeF() == pytest.approx(round(appearance.base_point_size() * scale, 1))


def test_a_plot_built_later_gets_the_current_look(window, qtbot):
    window.set_theme("dark")
    window.set_ui_scale(2.0)
    page = window.show_page("Generator:Sampling:Gibbs")      # built now, at scale 2 in the dark theme
    view = page.disk_plot
    qtbot.waitUntil(lambda: not getattr(view, "_nn_restyle_pending", False))
    check_view(view, THEMES["dark"], 2.0)
    circle = next(i for i in view.scene().items() if isinstance(i, pg.PlotDataItem)
                  and pg.mkPen(i.opts["pen"]).widthF() == pytest.approx(3.0))   # 1.5 wide at scale 1
    assert pg.mkPen(circle.opts["pen"]).color().name() == THEMES["dark"].plot_fg   # was black


@pytest.mark.parametrize("name", list(THEMES))
def test_contrast_of_text_on_its_background_is_at_least_4_5(name, window):
    window.set_theme(name)
    pal = QApplication.palette()
    R = QPalette.ColorRole
    for fg, bg in [(R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase),
                   (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight),
                   (R.ToolTipText, R.ToolTipBase), (R.PlaceholderText, R.Base), (R.Link, R.Base)]:
        ratio = palette.contrast_ratio(pal.color(fg).name(), pal.color(bg).name())
        assert ratio >= 4.5, (name, fg, bg, ratio)
    t = THEMES[name]
    for fg, bg in TEXT_PAIRS:
        assert palette.contrast_ratio(getattr(t, fg), getattr(t, bg)) >= 4.5, (name, fg, bg)
    # the focus frame stands off the window and the fields (WCAG non-text contrast, 3:1)
    for bg in (t.window, t.base, t.button):
        assert palette.contrast_ratio(t.focus, bg) >= 3.0, (name, bg)


@pytest.mark.parametrize("name", list(THEMES))
def test_a_visible_focus_frame_in_each_theme(name, window, qtbot):
    window.set_theme(name)
    t = THEMES[name]
    host = QWidget()
    qtbot.addWidget(host)
    lay = QVBoxLayout(host)
    first, second, box = QLineEdit("first"), QLineEdit("second"), QCheckBox("a check box")
    for w in (first, second, box):
        lay.addWidget(w)
    host.resize(300, 160)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    ring = appearance.focus_ring()
    focus = QColor(t.focus).rgb()

    def around(w) -> int:
        img = host.grab().toImage()
        g = w.geometry().adjusted(-3, -3, 3, 3)
        return sum(img.pixel(x, y) == focus for x in range(max(0, g.left()), min(img.width(), g.right() + 1))
                   for y in range(max(0, g.top()), min(img.height(), g.bottom() + 1)))

    first.setFocus()
    qtbot.waitUntil(lambda: ring.widget() is first)
    frame = around(first)
    assert frame >= 2 * (first.width() + first.height())        # a closed frame, two pixels wide
    qtbot.keyClick(first, Qt.Key.Key_Tab)                        # the frame follows the focus
    qtbot.waitUntil(lambda: ring.widget() is second)
    assert around(second) >= 2 * (second.width() + second.height())
    assert around(first) < frame / 4
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: ring.widget() is box)
    assert around(box) >= 2 * (box.width() + box.height())


def test_scale_and_theme_round_trip_through_settings(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.set_ui_scale(2.5) and win.set_theme("high-contrast")
    win.close()
    appearance.set_appearance(1.0, "light")
    win2 = MainWindow()
    qtbot.addWidget(win2)
    assert win2.ui_scale() == 2.5 and win2.theme() == "high-contrast"
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert win2.scale_actions[2.5].isChecked() and win2.theme_actions["high-contrast"].isChecked()
    win2.close()


def test_bad_scales_and_themes_are_refused_with_a_message(window):
    window.set_ui_scale(1.5)
    for bad in (0.5, 3.5, float("nan"), "big", None):
        assert window.set_ui_scale(bad) is False
        assert "Scale not changed" in window.statusBar().currentMessage()
        assert window.ui_scale() == 1.5
    assert window.set_theme("neon") is False
    assert "neon" in window.statusBar().currentMessage() and window.theme() == "light"


def test_view_menu_steps_and_shortcuts(window):
    from PySide6.QtGui import QKeySequence

    assert QKeySequence("Ctrl+0") in window.zoom_reset_action.shortcuts()
    assert QKeySequence("Ctrl+=") in window.zoom_in_action.shortcuts()
    assert window.zoom_out_action.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomOut)
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.ui_scale() == 1.5
    window.zoom_out_action.trigger()
    assert window.ui_scale() == 1.25
    window.zoom_reset_action.trigger()
    assert window.ui_scale() == 1.0
    window.zoom_out_action.trigger()                 # already the smallest
    assert window.ui_scale() == 1.0
    window.theme_actions["dark"].trigger()
    assert window.theme() == "dark" and window.scale_actions[1.0].isChecked()
    # the font-size calls of earlier versions are a scale of the start-up font
    start = window.font_size()
    window.change_font_size(+3)
    assert window.font_size() == start + 3


def test_nothing_is_remembered_while_settings_are_not_writable(window):
    lab_settings.set_writable(False)
    try:
        window.set_ui_scale(2.0)
        window.set_theme("dark")
    finally:
        lab_settings.set_writable(True)
    assert window.settings.value("ui_scale") is None and window.settings.value("theme") is None


def test_command_line_scale_and_theme(tmp_path, qapp):
    from nnlab_gui.__main__ import build_parser, main

    args = build_parser().parse_args(["--scale", "2", "--theme", "high-contrast"])
    assert args.scale == 2.0 and args.theme == "high-contrast"
    assert build_parser().parse_args([]).scale is None
    for bad in (["--scale", "5"], ["--scale", "x"], ["--theme", "neon"]):
        with pytest.raises(SystemExit):
            build_parser().parse_args(bad)
    out = tmp_path / "dark.png"
    assert main(["--screenshot", str(out), "--scale", "2", "--theme", "dark", "--size", "900x600",
                 "--delay", "0"]) == 0
    img = QImage(str(out))
    dark = sum(QColor(img.pixel(x, y)).lightnessF() < 0.3 for x in range(0, 900, 9) for y in range(0, 600, 6))
    assert dark > 0.7 * 100 * 100                 # a dark window
    assert lab_settings.settings().value("ui_scale") is None      # --screenshot writes nothing
    assert lab_settings.settings().value("theme") is None


def test_graph_canvas_nodes_and_colours_follow(qtbot):
    import networkx as nx

    canvas = GraphCanvas("G1")
    qtbot.addWidget(canvas)
    canvas.resize(400, 300)
    g = nx.Graph()
    g.add_node(0, label=1)
    canvas.set_graph(g, {0: (0.5, 0.5)})
    canvas.set_colouring({0: 5})
    centre = canvas._node_point(0)
    off = QPointF(centre.x() + 24, centre.y())
    assert canvas.node_at(off) is None                   # radius 15 at scale 1
    appearance.set_appearance(2.0, "dark")
    centre = canvas._node_point(0)
    assert canvas.node_at(QPointF(centre.x() + 24, centre.y())) == 0     # radius 30 at scale 2
    img = canvas.grab().toImage()
    assert QColor(img.pixel(3, img.height() - 3)).name() == THEMES["dark"].canvas_bg
    fill = QColor(img.pixel(QPoint(int(centre.x()) + 20, int(centre.y()))))
    assert fill.name() == wl_text.label_colour(5)


def test_wl_feature_bars_are_coloured_like_the_nodes(window):
    page = window.show_page("WL kernel:Two graphs")
    ids, _F = page.phi
    brushes = page.bars[0].opts["brushes"]
    assert len(ids) > 3
    assert [b.color().name() for b in brushes] == [wl_text.label_colour(int(i)) for i in ids]


def test_fit_geometry_keeps_the_window_on_a_screen():
    big = [QRect(0, 0, 1920, 1080)]
    assert fit_geometry(QRect(100, 100, 508, 407), big) == QRect(100, 100, 1000, 700)
    assert fit_geometry(QRect(3000, 2000, 1200, 800), big) == QRect(720, 280, 1200, 800)
    small = [QRect(0, 0, 800, 600)]
    assert fit_geometry(QRect(-50, -50, 1280, 820), small) == QRect(0, 0, 800, 600)
    two = [QRect(0, 0, 1366, 768), QRect(1366, 0, 1920, 1080)]
    assert fit_geometry(QRect(1500, 100, 1280, 820), two) == QRect(1500, 100, 1280, 820)
    assert fit_geometry(QRect(1300, 100, 1200, 800), two) == QRect(1366, 100, 1200, 800)


def test_a_remembered_tiny_geometry_is_fitted(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(508, 407)
    win.move(-4000, -4000)
    win.close()
    win2 = MainWindow()
    qtbot.addWidget(win2)
    screen = win2.screen().availableGeometry() if win2.screen() else QRect(0, 0, 800, 600)
    g = win2.geometry()
    assert g.width() >= min(1000, screen.width()) and g.height() >= min(700, screen.height())
    assert any(s.availableGeometry().contains(g) for s in QApplication.screens())
    win2.close()


def test_widgets_made_before_a_theme_change_follow_it(window, qtbot):
    """The tab hint and its "Hide hint" button (made with the window, style sheets of their
    own) take the new theme's text colour; a slider at its minimum still shows its groove
    in the high-contrast theme (the outline style draws it)."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider

    from nnlab_gui.widgets import appearance

    bar = window.tab_widgets["Inpainting"].hint_bar
    assert window.set_theme("high-contrast")
    qtbot.waitUntil(lambda: bar.label.palette().color(QPalette.ColorRole.WindowText) == QColor("#ffffff"))
    assert bar.hide_button.palette().color(QPalette.ColorRole.ButtonText) == QColor("#ffffff")
    slider = QSlider(Qt.Orientation.Horizontal)
    qtbot.addWidget(slider)
    slider.resize(200, 24)
    slider.setValue(slider.minimum())
    image = slider.grab().toImage()
    groove = QStyleOptionSlider()
    slider.initStyleOption(groove)
    rect = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, groove,
                                         QStyle.SubControl.SC_SliderGroove, slider)
    frame = QColor(appearance.theme().frame)
    edge = [image.pixelColor(x, rect.top()) for x in range(rect.left() + 30, rect.right() - 2)]
    assert sum(c == frame for c in edge) > len(edge) // 2          # the groove's top edge is drawn
    window.set_theme("light")
