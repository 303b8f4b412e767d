"""One module per main-window tab; see ``TAB_SPECS`` for the order and names."""

from __future__ import annotations

# (tab title, module under nnlab_gui.tabs, class name) in the window's order
TAB_SPECS: list[tuple[str, str, str]] = [
    ("Generator", "generator", "GeneratorTab"),
    ("Inpainting", "inpainting", "InpaintingTab"),
    ("Hidden units (λ)", "hidden_units", "HiddenUnitsTab"),
    ("RNN & attention", "rnn_attention", "RnnAttentionTab"),
    ("CNN calculator", "cnn_calculator", "CnnCalculatorTab"),
    ("WL kernel", "wl_kernel", "WlKernelTab"),
]
