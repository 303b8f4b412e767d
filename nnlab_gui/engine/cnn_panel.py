"""The CNN calculator's formula panel (HTML, no Qt): the selected layer's formulas with its numbers.

``formula_html(net, row, n_rows, bad, …, tr_)`` writes, for table row ``row``, the layer's
name, its input → output shape and one line per formula of its summary (the names and the
words of :mod:`~nnlab_gui.engine.cnn` are :class:`~nnlab_gui.engine.texts.Phrase` texts), then
its warnings and notes; a row with a bad cell or an impossible size shows its messages.  The
words go through ``tr_`` (the GUI passes ``nnlab_gui.i18n.translate``; left out, the text is the
English of the templates); formulas and numbers are written as they are: the shape line and
each formula cell are left-to-right blocks (``dir='ltr'``), and a formula or number inside a
translated sentence is a left-to-right island, so a Hebrew panel reads right to left around
formulas that keep their order.
"""

from __future__ import annotations

import html

from nnlab_gui.engine.cnn import NetSummary, shape_text
from nnlab_gui.engine.texts import N_, Phrase, island, same, text_of, words_dir

__all__ = ["HTML_COLOURS", "formula_html"]

HTML_COLOURS = {"muted": "#546e7a", "error": "#c62828", "warning": "#9a6700", "note": "#455a64"}
NO_ROW = N_("<p>Select a layer to see its formulas.</p>")
LAYER = N_("Layer {n}")
LAYER_NAMED = N_("Layer {n}: {label}")
FIX_LAYER = N_("(fix layer {n} first: the table shows the last valid results)")
FIX_CELL = N_("(fix the marked cell first: the table shows the last valid results)")


def _esc(text, tr_=same) -> str:
    return html.escape(text_of(text, tr_))


def formula_html(net: NetSummary | None, row: int, n_rows: int, bad: dict[tuple[int, int], str],
                 error_row: int | None = None, error_text: str = "",
                 colours: dict[str, str] | None = None, tr_=same) -> str:
    """The formula panel of table row ``row``: its formulas with its numbers substituted.

    ``net`` is the last valid summary; ``bad`` the bad cells, ``error_row`` a layer whose
    size is impossible (``error_text`` says why): those rows show their messages instead
    (already in the GUI's language).  ``colours`` overrides ``HTML_COLOURS`` (the GUI passes
    its theme's); the text has the size of the surrounding font, so it follows the
    presentation scale.  ``tr_`` translates the templates (English by default)."""
    c = {**HTML_COLOURS, **(colours or {})}
    if row < 0 or row >= n_rows:
        return tr_(NO_ROW)
    msgs = [m for (r, _c), m in sorted(bad.items()) if r == row]
    if row == error_row and not msgs:
        msgs = [error_text]
    head = f"<h3>{html.escape(tr_(LAYER).format(n=row + 1))}</h3>"
    if msgs:
        return head + "".join(f"<p style='color:{c['error']}'><b>{html.escape(m)}</b></p>" for m in msgs)
    if net is None or row >= len(net.layers) or bad or error_row is not None:
        fix = tr_(FIX_LAYER).format(n=error_row + 1) if error_row is not None else tr_(FIX_CELL)
        return f"{head}<p>{html.escape(fix)}</p>"
    s = net.layers[row]
    in_flat = net.input_flat if row == 0 else net.layers[row - 1].flat
    title = tr_(LAYER_NAMED).format(n=row + 1, label=island(s.label, tr_))
    words = words_dir(tr_)             # a cell or paragraph of words (Hebrew: right to left)
    parts = [f"<h3>{html.escape(title)}</h3>",
             f"<p dir='ltr'>{shape_text(s.input_shape, in_flat)} → <b>{s.output_text}</b></p>",
             "<table cellspacing='0' cellpadding='3'>"]
    for name, text in s.formulas:
        ltr = words if isinstance(text, Phrase) else " dir='ltr'"     # a formula; a phrase has words
        parts.append(f"<tr><td{words} style='color:{c['muted']}'>{_esc(name, tr_)}</td>"
                     f"<td{ltr}><span style='font-family:monospace'>"
                     f"{_esc(text, tr_)}</span></td></tr>")
    parts.append("</table>")
    parts += [f"<p{words} style='color:{c['warning']}'><b>⚠ {_esc(w, tr_)}</b></p>" for w in s.warnings]
    parts += [f"<p{words} style='color:{c['note']}'><i>{_esc(n, tr_)}</i></p>" for n in s.notes]
    return "".join(parts)
