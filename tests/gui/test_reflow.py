"""Layouts that reflow instead of scrolling (issue 15): the folding button row, the CNN
table's folding headers and the message bar's minimum height."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QToolButton, QVBoxLayout, QWidget

from nnlab_gui.widgets.wrap_row import WrapRow


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


def _row(qtbot, width: int):
    groups = [[QToolButton(text=t) for t in ("Spring", "Kamada–Kawai", "Circular")],
              [QToolButton(text=t) for t in ("Undo", "Clear", "Open…", "Save…", "Export…")]]
    box = QWidget()
    row = WrapRow(groups)
    QVBoxLayout(box).addWidget(row)
    qtbot.addWidget(box)
    box.resize(width, 200)
    box.show()
    qtbot.waitExposed(box)
    _settle(qtbot)
    return box, row, groups


def test_a_wide_row_keeps_every_group_on_one_line(qtbot):
    box, row, groups = _row(qtbot, 2000)
    assert row.folded is False
    tops = {b.mapTo(box, b.rect().topLeft()).y() for g in groups for b in g}
    assert len(tops) == 1
    xs = [b.mapTo(box, b.rect().topLeft()).x() for g in groups for b in g]
    assert xs == sorted(xs)                                  # in reading order


def test_a_narrow_row_puts_each_group_on_its_own_line_and_shows_every_button_whole(qtbot):
    box, row, groups = _row(qtbot, 2000)
    one_line = row.one_line_width()
    box.resize(one_line - 40, 200)                           # a little too narrow for one line
    _settle(qtbot)
    assert row.folded is True
    first = {b.mapTo(box, b.rect().topLeft()).y() for b in groups[0]}
    second = {b.mapTo(box, b.rect().topLeft()).y() for b in groups[1]}
    assert len(first) == 1 and len(second) == 1 and min(second) > max(first)
    assert row.height() >= 2 * groups[0][0].sizeHint().height()
    for g in groups:
        for b in g:
            assert b.width() >= b.sizeHint().width()         # not squeezed
            assert box.rect().contains(b.geometry().translated(row.pos()))
    # the minimum is the widest group, not the one-line width: a splitter may give it less
    assert row.minimumSizeHint().width() < one_line
    box.resize(2000, 200)                                     # and back on one line
    _settle(qtbot)
    assert row.folded is False


def test_fold_text_breaks_at_the_space_that_balances_the_lines(qapp):
    from PySide6.QtGui import QFontMetrics

    from nnlab_gui.tabs.cnn_calculator.table import fold_text

    fm = QFontMetrics(qapp.font())
    folded = fold_text("warnings and notes", fm)
    assert folded.replace("\n", " ") == "warnings and notes" and folded.count("\n") == 1
    widest = max(fm.horizontalAdvance(line) for line in folded.split("\n"))
    assert widest < fm.horizontalAdvance("warnings and notes") * 0.7
    assert fold_text("units", fm) == "units"                # one word stays whole


def test_cnn_headers_fold_only_when_the_table_is_too_narrow(qtbot):
    from nnlab_gui.app import MainWindow

    window = MainWindow(restore=False)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("CNN calculator")
    _settle(qtbot)
    t = page.table

    def texts():
        return [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]

    assert not any("\n" in x for x in texts())             # room enough: one line each
    window.set_ui_scale(2.0)
    _settle(qtbot)
    assert "kernel\nF" in texts() and texts()[-1] == "warnings\nand notes"
    assert t.horizontalScrollBar().maximum() == 0
    window.set_ui_scale(1.0)
    _settle(qtbot)
    assert not any("\n" in x for x in texts())
    window.close()


def test_a_long_message_does_not_raise_the_page_minimum(qtbot):
    from PySide6.QtWidgets import QLabel

    from nnlab_gui.pages import Page

    class P(Page):
        def build(self):
            filler = QLabel("x")
            filler.setMinimumHeight(300)
            self.stack(filler)

    page = P(key="test/reflow")
    qtbot.addWidget(page)
    page.resize(1200, 400)
    page.show()
    _settle(qtbot)
    before = page.minimumSizeHint().height()
    page.messages.info("a message long enough to wrap onto several lines at a narrow width " * 3)
    _settle(qtbot)
    assert page.minimumSizeHint().height() == before       # one line's minimum, as before
    assert page.messages.height() == page.messages.heightForWidth(page.messages.width())


def test_a_long_vertical_axis_label_wraps_instead_of_running_past_the_plot(qtbot):
    from nnlab_gui.widgets.plots import make_plot

    plot = make_plot("", "x", "cross-entropy of the network (no λ term)")
    qtbot.addWidget(plot)
    plot.resize(500, 400)
    plot.show()
    qtbot.waitExposed(plot)
    _settle(qtbot)
    axis = plot.getAxis("left")
    one_line = axis.label.boundingRect()
    assert not axis._label_wrapped and one_line.width() <= axis.height()
    plot.resize(500, 180)                                       # now the label is longer than the axis
    _settle(qtbot)
    two_lines = axis.label.boundingRect()
    assert axis._label_wrapped
    assert two_lines.width() <= axis.height() and two_lines.height() > 1.5 * one_line.height()
    assert axis.width() >= two_lines.height()                   # the axis made room for both lines
    plot.resize(500, 400)
    _settle(qtbot)
    assert not axis._label_wrapped
