"""The WL kernel's worked texts (HTML): compression table, kernel sum, notes; label colours.

* table: iteration k's signatures σ⁽ᵏ⁾(v) = (ℓ⁽ᵏ⁻¹⁾(v), sorted neighbour labels) in the
  course's notation (``3,34``) and the new label each one gets, in its node colour;
* kernel: K(G1,G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2) over iterations 0..k written as its non-zero
  products (``49 + 12 + 4 = 65``), K(G1,G1), K(G2,G2) and the normalised
  K(G1,G2)/√(K(G1,G1) K(G2,G2));
* notes: the first iteration whose new labels G1 and G2 do not share (where the course
  stops), and the iteration from which the colouring is stable;
* colour: one stable colour per integer label from the colour-blind-safe categorical
  palette (``engine.palette``), the same in the table, on the graph canvas and on the
  feature bars; grey for anything else.

Qt-free: the "Two graphs" page shows these strings.
"""

from __future__ import annotations

import html
import numbers

import numpy as np

from nnlab_gui.engine import palette, wl
from nnlab_gui.engine.texts import same


NEUTRAL = "#ebebeb"


def label_colour(label: int) -> str:
    """A stable colour per integer label, as ``#rrggbb`` (``palette.categorical``: the
    Okabe–Ito hues, then their tints and shades); the neutral grey for anything that is not
    an integer (never raises)."""
    if isinstance(label, bool) or not isinstance(label, numbers.Integral):
        return NEUTRAL
    return palette.categorical(int(label) - 1)


def table_html(it: wl.WlIteration, tr_=same) -> str:
    if it.k == 0:
        return tr_("<p><b>Iteration 0</b>: every node keeps its initial label "
                   "(attribute <i>label</i>, default 1).</p>")
    rows = "".join(
        f"<tr><td style='padding-right:10px'><code>{html.escape(wl.format_signature(sig))}</code></td>"
        f"<td>→</td><td style='background:{label_colour(lab)};color:{palette.text_on(label_colour(lab))};padding:0 6px'><b>{lab}</b></td></tr>"
        for sig, lab in it.table.items())
    head = (tr_("<p><b>Iteration {k}</b>: signature = own label, neighbours' labels sorted "
                "(new labels: {n})</p>")).format(k=it.k, n=len(it.table))
    return f"{head}<table>{rows}</table>"


def kernel_html(F: np.ndarray, k: int, tr_=same) -> str:
    prod = F[0] * F[1]
    terms = [str(int(p)) for p in prod if p]
    k12 = int(prod.sum())
    k11, k22 = int(F[0] @ F[0]), int(F[1] @ F[1])
    norm = k12 / np.sqrt(k11 * k22) if k11 and k22 else 0.0
    expr = " + ".join(terms) if terms else "0"
    if len(terms) > 1:
        expr += f" = {k12}"
    return tr_("<p><b>K(G1,G2)</b> over iterations 0..{k} = {expr}<br>K(G1,G1) = {k11}, K(G2,G2) = {k22}; "
               "normalised K = {k12}/√({k11}·{k22}) = <b>{norm}</b></p>").format(
        k=k, expr=expr, k11=k11, k22=k22, k12=k12, norm=f"{norm:.4f}")


def notes_html(tr: wl.WlTrace, k: int, tr_=same) -> str:
    notes = []
    if k >= 1 and not tr.iterations[k].shared_new_labels():
        first = next(j for j in range(1, len(tr.iterations)) if not tr.iterations[j].shared_new_labels())
        notes.append(tr_("G1 and G2 share no label of iteration {k}: this is where the course stops; "
                         "later iterations add nothing to K(G1,G2).").format(k=first))
    s = tr.stable_at()
    if s is not None and k >= s:
        notes.append(tr_("The colouring is stable since iteration {k}: later iterations only rename "
                         "colours.").format(k=s))
    return "<br>".join(notes)
