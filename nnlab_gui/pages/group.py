"""A tab of pages: inner tabs whose pages are built the first time they are needed.

A tab package declares its pages as data (``tabs/wl_kernel/__init__.py``)::

    PAGES = [("Two graphs", "pair:PairPage"), ("Dataset", "dataset:DatasetPage")]

An entry's target is ``"module:Class"`` inside the tab package, or a list of entries
(a group inside the group, e.g. Generator → Sampling → Gibbs).  :class:`PageGroup` shows
one inner tab per entry (no tab bar when there is only one) and builds a page when it
is first shown or asked for (``page("Dataset")``), so the window starts without building
every page.  A page that fails to build is replaced by a label naming the error.
"""

from __future__ import annotations

import importlib
import traceback
from typing import Iterator, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from nnlab_gui.i18n import tr_, translate
from nnlab_gui.pages.page import Page
from nnlab_gui.widgets.hint_bar import HintBar


def norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


class PageGroup(QWidget):
    current_changed = Signal()

    def __init__(self, title: str, entries: Sequence[tuple], package: str, key: str = "",
                 parent: QWidget | None = None, hint: str | None = None):
        super().__init__(parent)
        self.title = title
        self.package = package
        self.key = key or title
        self.entries = list(entries)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._children: list[QWidget | None] = [None] * len(self.entries)
        self._holders: list[QWidget] = []
        for name, _target in self.entries:
            holder = QWidget()
            lay = QVBoxLayout(holder)
            lay.setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder)
            self.tabs.addTab(holder, translate(name))
        self.tabs.tabBar().setVisible(len(self.entries) > 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        # a tab (not an inner group) has the line "what to do here" and "Model: …" on top
        self.hint_bar = HintBar(self.key, hint) if hint is not None else None
        if self.hint_bar is not None:
            lay.addWidget(self.hint_bar)
            self.current_changed.connect(self._update_bar)
        lay.addWidget(self.tabs)
        self._previous = 0
        self._watched: set[int] = set()
        self.tabs.currentChanged.connect(self._on_current_changed)

    # ------------------------------------------------------------------ building
    def names(self) -> list[str]:
        return [name for name, _t in self.entries]

    def child(self, index: int) -> QWidget:
        """The page (or group) at ``index``, built now if it was not yet."""
        if self._children[index] is None:
            name, target = self.entries[index]
            key = f"{self.key}/{name}"
            try:
                if isinstance(target, (list, tuple)):
                    widget: QWidget = PageGroup(name, target, self.package, key)
                    widget.current_changed.connect(self.current_changed)
                else:
                    module, _, cls = target.partition(":")
                    mod = importlib.import_module(f"{self.package}.{module}")
                    widget = getattr(mod, cls)(key=key)
            except Exception as exc:  # noqa: BLE001 - a broken page must not take the window down
                text = "".join(traceback.format_exception_only(exc)).strip()
                why = tr_("This page could not be built:")
                widget = QLabel(f"<h3>{translate(name)}</h3><p>{why}</p><pre>{text}</pre>")
                widget.setWordWrap(True)
                widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self._children[index] = widget
            self._holders[index].layout().addWidget(widget)
        return self._children[index]

    def index_of(self, name: str) -> int:
        key = norm(name)
        for i, entry in enumerate(self.names()):
            if norm(entry) == key:
                return i
        for i, entry in enumerate(self.names()):
            if norm(entry).startswith(key):
                return i
        raise KeyError(f"{self.title!r} has no page {name!r}; pages: {', '.join(self.names())}")

    def page(self, path: str, show: bool = False) -> QWidget:
        """The page at ``"Name"`` or ``"Name:Inner"`` (prefixes allowed), built if needed;
        ``show``: also make it the current one, inner groups included."""
        head, _, rest = path.partition(":")
        i = self.index_of(head)
        child = self.child(i)
        if show:
            self.tabs.setCurrentIndex(i)
        if rest:
            if not isinstance(child, PageGroup):
                raise KeyError(f"page {head!r} of {self.title!r} has no inner pages")
            return child.page(rest, show)
        return child

    def select(self, path: str) -> QWidget:
        """Show the page at ``path`` and return it."""
        return self.page(path, show=True)

    def select_page(self, path: str) -> bool:
        """What ``MainWindow.select_tab("Tab:Page")`` (and ``--tab``) calls: show it; False if unknown."""
        try:
            self.select(path)
        except KeyError:
            return False
        return True

    # ------------------------------------------------------------------ walking
    def current(self) -> QWidget:
        return self.child(self.tabs.currentIndex())

    def current_page(self) -> Page | None:
        """The leaf page shown now (inside inner groups), or None for an error label."""
        child = self.current()
        if isinstance(child, PageGroup):
            return child.current_page()
        return child if isinstance(child, Page) else None

    def current_path(self) -> str:
        child = self.current()
        name = self.names()[self.tabs.currentIndex()]
        return f"{name}:{child.current_path()}" if isinstance(child, PageGroup) else name

    def built_pages(self) -> Iterator[Page]:
        """Every page built so far (inner groups included)."""
        for child in self._children:
            if isinstance(child, PageGroup):
                yield from child.built_pages()
            elif isinstance(child, Page):
                yield child

    def all_pages(self) -> Iterator[tuple[str, Page]]:
        """(path, page) for every page, building the ones not built yet."""
        for i, name in enumerate(self.names()):
            child = self.child(i)
            if isinstance(child, PageGroup):
                for path, page in child.all_pages():
                    yield f"{name}:{path}", page
            elif isinstance(child, Page):
                yield name, child

    def _on_current_changed(self, index: int) -> None:
        old = self._children[self._previous] if 0 <= self._previous < len(self._children) else None
        if isinstance(old, Page):
            old.page_left()
        elif isinstance(old, PageGroup):
            leaf = old.current_page()
            if leaf is not None:
                leaf.page_left()
        self._previous = index
        self.child(index)
        self.current_changed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.current()                    # the page shown is built
        self._update_bar()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_bar()

    def _fit_bar(self) -> None:
        """Show the bar only when the page shown still fits below it (run controls first)."""
        area = self.parentWidget()
        if self.hint_bar is None or area is None:
            return
        need = self.tabs.minimumSizeHint().height() + self.hint_bar.sizeHint().height()
        self.hint_bar.set_room(need <= area.height())

    def _update_bar(self) -> None:
        """The bar names the model of the page shown now (and follows its changes)."""
        if self.hint_bar is None:
            return
        page = self.current_page()
        if page is not None and id(page) not in self._watched:
            self._watched.add(id(page))
            page.model_changed.connect(self._update_bar)
        self.hint_bar.set_model(page.model_text() if page is not None else "")
        self._fit_bar()

    def shutdown(self) -> None:
        for page in self.built_pages():
            page.shutdown()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False
