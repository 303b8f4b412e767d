"""One package per main-window tab; ``TAB_SPECS`` gives their order and titles.

Each package declares its pages as data (``PAGES``, see ``nnlab_gui.pages.group``); the
window turns it into a tab whose pages are built when first shown.
"""

from __future__ import annotations

# (tab title, package under nnlab_gui.tabs) in the window's order
TAB_SPECS: list[tuple[str, str]] = [
    ("Generator", "generator"),
    ("Inpainting", "inpainting"),
    ("Hidden units (λ)", "hidden_units"),
    ("RNN & attention", "rnn_attention"),
    ("CNN calculator", "cnn_calculator"),
    ("WL kernel", "wl_kernel"),
]
