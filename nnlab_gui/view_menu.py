"""The main window's View menu: presentation scale, theme, and a restored geometry that fits.

``ViewMixin`` gives :class:`~nnlab_gui.app.MainWindow` ``set_ui_scale(x)`` / ``ui_scale()``
(1.0–3.0, Ctrl++ / Ctrl+− / Ctrl+0 and a Scale submenu), ``set_theme(name)`` / ``theme()``
(View → Theme), both remembered in the settings unless ``settings.writable()`` is off
(``--screenshot``), and ``font_size()`` / ``set_font_size(pt)`` as a scale of the
start-up font.  The mechanics are in :mod:`nnlab_gui.widgets.appearance`.

:func:`fit_geometry` checks a remembered window rectangle against the available screens:
at least 1000×700 (or the screen, if smaller), no larger than the screen, and on it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence

from nnlab_gui import settings as lab_settings
from nnlab_gui.i18n import N_, error_text, tr_, translate
from nnlab_gui.widgets import appearance

SCALE_STEPS = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
THEME_TITLES = {"light": N_("&Light"), "dark": N_("&Dark"), "high-contrast": N_("&High contrast")}
MIN_SIZE = (1000, 700)


def fit_geometry(rect: QRect, screens: list[QRect]) -> QRect:
    """``rect`` moved and resized so it lies on one of ``screens`` (available geometries) and is
    at least ``MIN_SIZE`` (or that screen's size, whichever is smaller)."""
    if not screens:
        return QRect(rect)
    centre = rect.center()
    screen = next((s for s in screens if s.contains(centre)), None)
    if screen is None:
        areas = [(s.intersected(rect).width() * s.intersected(rect).height(), i) for i, s in enumerate(screens)]
        best_area, best = max(areas)
        screen = screens[best] if best_area > 0 else screens[0]
    min_w, min_h = min(MIN_SIZE[0], screen.width()), min(MIN_SIZE[1], screen.height())
    w = min(max(rect.width(), min_w), screen.width())
    h = min(max(rect.height(), min_h), screen.height())
    x = min(max(rect.x(), screen.left()), screen.left() + screen.width() - w)
    y = min(max(rect.y(), screen.top()), screen.top() + screen.height() - h)
    return QRect(x, y, w, h)


def available_screens() -> list[QRect]:
    return [s.availableGeometry() for s in QGuiApplication.screens()]


class ViewMixin:
    """Scale and theme for the main window (uses ``self.settings`` and ``self.statusBar()``)."""

    def _build_view_menu(self, menu) -> None:
        self.zoom_in_action = self._action(menu, tr_("&Larger (presentation scale)"), lambda: self.step_ui_scale(+1),
                                           QKeySequence.StandardKey.ZoomIn,
                                           tr_("Everything larger for a projector: text, plots, drawings (remembered)"))
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(menu, tr_("&Smaller"), lambda: self.step_ui_scale(-1),
                                            QKeySequence.StandardKey.ZoomOut, tr_("Everything smaller (remembered)"))
        self.zoom_reset_action = self._action(menu, tr_("&Actual size"), lambda: self.set_ui_scale(1.0),
                                              QKeySequence("Ctrl+0"), tr_("Scale 100 %"))
        scale_menu = menu.addMenu(tr_("S&cale"))
        self.scale_actions: dict[float, QAction] = {}
        group = QActionGroup(self)
        for step in SCALE_STEPS:
            act = self._action(scale_menu, f"{round(step * 100)} %", lambda _=False, s=step: self.set_ui_scale(s))
            act.setCheckable(True)
            group.addAction(act)
            self.scale_actions[step] = act
        theme_menu = menu.addMenu(tr_("&Theme"))
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for name, title in THEME_TITLES.items():
            act = self._action(theme_menu, translate(title), lambda _=False, n=name: self.set_theme(n),
                               tip=tr_("This theme, plots and drawings included (remembered)"))
            act.setCheckable(True)
            group.addAction(act)
            self.theme_actions[name] = act
        self._sync_view_actions()

    def _sync_view_actions(self) -> None:
        for step, act in getattr(self, "scale_actions", {}).items():
            act.setChecked(abs(step - appearance.scale()) < 1e-6)
        for name, act in getattr(self, "theme_actions", {}).items():
            act.setChecked(name == appearance.theme_name())

    # ------------------------------------------------------------ scale
    def ui_scale(self) -> float:
        return appearance.scale()

    def set_ui_scale(self, x) -> bool:
        """Presentation scale 1.0–3.0 for widgets, plots, tables and drawings; a value outside
        is refused with a message on the status bar (False) and nothing changes."""
        try:
            value = appearance.set_scale(x)
        except ValueError as exc:
            self.statusBar().showMessage(tr_("Scale not changed: {why}").format(why=error_text(exc)), 8000)
            return False
        if lab_settings.writable():
            self.settings.setValue("ui_scale", value)
        self._sync_view_actions()
        self.statusBar().showMessage(tr_("Scale {percent} %").format(percent=round(value * 100)), 3000)
        return True

    def step_ui_scale(self, direction: int) -> bool:
        now = appearance.scale()
        if direction > 0:
            target = next((s for s in SCALE_STEPS if s > now + 1e-6), SCALE_STEPS[-1])
        else:
            target = next((s for s in reversed(SCALE_STEPS) if s < now - 1e-6), SCALE_STEPS[0])
        return self.set_ui_scale(target)

    # the font-size calls of earlier versions: a scale of the start-up font
    def font_size(self) -> int:
        from PySide6.QtWidgets import QApplication
        return QApplication.font().pointSize()

    def set_font_size(self, size: int) -> bool:
        x = float(size) / appearance.base_point_size()
        return self.set_ui_scale(min(max(x, appearance.MIN_SCALE), appearance.MAX_SCALE))

    def change_font_size(self, delta: int) -> bool:
        return self.set_font_size(self.font_size() + delta)

    def reset_font_size(self) -> bool:
        return self.set_ui_scale(1.0)

    # ------------------------------------------------------------ theme
    def theme(self) -> str:
        return appearance.theme_name()

    def set_theme(self, name) -> bool:
        """"light", "dark" or "high-contrast"; an unknown name: a message, nothing changes (False)."""
        try:
            appearance.set_theme(name)
        except ValueError as exc:
            self.statusBar().showMessage(tr_("Theme not changed: {why}").format(why=error_text(exc)), 8000)
            return False
        if lab_settings.writable():
            self.settings.setValue("theme", name)
        self._sync_view_actions()
        return True

    # ------------------------------------------------------------ settings
    def _restore_appearance(self, restore: bool) -> None:
        """The remembered scale and theme (defaults when not restoring or when unreadable)."""
        x, name = 1.0, "light"
        if restore and lab_settings.writable():
            try:
                x = appearance.check_scale(self.settings.value("ui_scale", 1.0))
            except ValueError:
                self.settings.remove("ui_scale")
            try:
                name = appearance.check_theme(self.settings.value("theme", "light"))
            except ValueError:
                self.settings.remove("theme")
            self.settings.remove("font_size")          # replaced by the scale
        appearance.set_appearance(x, name)
        self._sync_view_actions()

    def _restore_geometry(self) -> bool:
        """The remembered geometry, fitted to the screens; False when there is none."""
        geometry = self.settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            return False
        if not (self.isMaximized() or self.isFullScreen()):
            self.setGeometry(fit_geometry(self.geometry(), available_screens()))
        return True
