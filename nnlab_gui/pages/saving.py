"""Every export of a page in one place: ask for a path, write, report on the page's bar.

The page mixes in :class:`Saving` and calls, for example::

    self.save_plot(self.cost_plot, "costs", table=self.cost_table)   # PNG / SVG / CSV
    self.save_widget(self.triptych, "inpainting")                    # PNG / SVG
    self.save_text(lambda suffix: text, "Markdown (*.md);;LaTeX (*.tex)", "steps.md")
    self.save_array(lambda: (Z, ["z1", "z2"]), "latents", npy=True)  # CSV / .npy

The file type follows the filter the user picks (or the suffix typed).  A write error
(disk full, no permission, an unknown suffix) becomes an error on the message bar;
nothing is raised into the event loop.  ``add_export(label, handler)`` declares an
export; the page's Export button and File → Export list them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import numpy as np

from nnlab_gui.engine.texts import N_, Problem
from nnlab_gui.i18n import tr_
from nnlab_gui.widgets import export

Table = Callable[[], tuple[np.ndarray, list[str]]]


class Saving:
    """Mixin for a page (it needs ``self.messages``)."""

    _exports: list[tuple[str, Callable[[], Any]]]

    def add_export(self, label: str, handler: Callable[[], Any]) -> None:
        self._exports.append((label, handler))

    def exports(self) -> list[tuple[str, Callable[[], Any]]]:
        return list(self._exports)

    def save(self, title: str, filters: str, default: str, write: Callable[[str], Any]) -> str | None:
        """Ask for a path and call ``write(path)``; returns the path written, or None."""
        return export.save_via_dialog(self, self.messages, title, filters, default, write)

    def save_plot(self, plot, default: str, table: Table | None = None, title: str = "") -> str | None:
        """A pyqtgraph plot as PNG or SVG; CSV of ``table()`` (or of the plot's curves)."""

        def write(path: str) -> None:
            if Path(path).suffix.lower() == ".csv" and table is not None:
                array, header = table()
                export.save_csv(path, array, header)
            else:
                export.export_plot(plot, path)

        return self.save(title or tr_("Export {name}").format(name=default), export.PLOT_FILTER, _with_suffix(default, ".png"),
                         write)

    def save_widget(self, widget, default: str, title: str = "") -> str | None:
        """What ``widget`` shows, as PNG (pixels) or SVG (vector)."""
        return self.save(title or tr_("Export {name}").format(name=default), export.IMAGE_FILTER, _with_suffix(default, ".png"),
                         lambda path: export.export_widget(widget, path))

    def save_text(self, text: Callable[[str], str], filters: str, default: str, title: str = "") -> str | None:
        """``text(suffix)`` written as UTF-8 (the suffix picks the format, e.g. ".md" or ".tex")."""

        def write(path: str) -> None:
            Path(path).write_text(text(Path(path).suffix.lower()), encoding="utf-8")

        return self.save(title or tr_("Save {name}").format(name=default), filters, default, write)

    def save_array(self, table: Table, default: str, npy: bool = False, title: str = "") -> str | None:
        """``table()`` = (array, header) as CSV, or as a NumPy ``.npy`` file when offered."""
        filters = export.CSV_FILTER + (";;NumPy array (*.npy)" if npy else "")

        def write(path: str) -> None:
            array, header = table()
            suffix = Path(path).suffix.lower()
            if suffix == ".npy" and npy:
                np.save(path, np.asarray(array))
            elif suffix == ".csv":
                export.save_csv(path, array, header)
            else:
                raise Problem(N_("unknown format {suffix!r}: use .csv or .npy") if npy else N_("unknown format {suffix!r}: use .csv"),
                              suffix=suffix)

        return self.save(title or tr_("Save {name}").format(name=default), filters, _with_suffix(default, ".csv"), write)


def _with_suffix(name: str, suffix: str) -> str:
    return name if Path(name).suffix else name + suffix
