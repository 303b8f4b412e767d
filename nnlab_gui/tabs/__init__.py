"""One package per main-window tab; ``TAB_SPECS`` gives their order and titles.

Each package declares its pages as data (``PAGES``, see ``nnlab_gui.pages.group``); the
window turns it into a tab whose pages are built when first shown.
"""

from __future__ import annotations

from nnlab_gui.i18n import N_

# (tab title, package under nnlab_gui.tabs) in the window's order
TAB_SPECS: list[tuple[str, str]] = [
    (N_("Generator"), "generator"),
    (N_("Inpainting"), "inpainting"),
    (N_("Hidden units (λ)"), "hidden_units"),
    (N_("RNN & attention"), "rnn_attention"),
    (N_("CNN calculator"), "cnn_calculator"),
    (N_("WL kernel"), "wl_kernel"),
]
