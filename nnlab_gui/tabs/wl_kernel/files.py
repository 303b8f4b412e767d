"""What both WL kernel pages open, and how a file reaches the page it belongs to.

Graph files (edge list, GraphML, GML) belong to "Two graphs", TU datasets (a folder or
its ``NAME_A.txt``) to "Dataset"; File → Open… on either page hands the file to the
right one (:func:`hand_over`), which then shows itself (:func:`bring_forward`).  A file is
read and checked completely before any page is built or changed: a bad one leaves every
page as it was and its message shows on the page the user opened it from.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from nnlab_gui.i18n import error_text, tr_

GRAPH_FILTER = "Graphs (*.edgelist *.edges *.txt *.graphml *.gml);;All files (*)"
GRAPH_SAVE_FILTER = "GraphML (*.graphml);;GML (*.gml);;Edge list (*.edgelist)"
OPEN_FILTER = GRAPH_FILTER + ";;TU dataset (*_A.txt)"


def hand_over(page, title: str, path: str, read, deliver) -> bool:
    """``path`` read here with ``read`` (ValueError or OSError: the message shows on this page
    and no other page is built or changed), then handed to the sibling page ``title``, the
    page that owns such files, as ``deliver(sibling, result)``."""
    try:
        result = read(path)
    except (ValueError, OSError) as exc:
        page.messages.error(tr_("{why} — nothing was changed").format(why=error_text(exc)), source="file")
        return False
    try:
        other = page.sibling(title)
    except KeyError:
        page.messages.error(tr_("{path} belongs to the {title} page, which is not open here").format(path=path, title=tr_(title)))
        return False
    return deliver(other, result)


def bring_forward(page: QWidget) -> None:
    """Make ``page`` the current page when it lives in the main window."""
    win = page.window()
    show = getattr(win, "show_page", None)
    if win is not page and callable(show):
        show(page.key.replace("/", ":"))
