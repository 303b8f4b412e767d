"""CNN calculator tab (seed 003, exercises 2 and 4): one page, the layer-by-layer calculator.

``calculator.py`` is the page (input shape, presets, text form, totals, formulas, the
feature-map drawing); ``table.py`` the editable layer table.  The row ↔ layer conversion
and the texts the views show live in :mod:`nnlab_gui.engine.cnn_rows`.
"""
from nnlab_gui.i18n import N_

# the tab's one-line "what to do here" (nnlab_gui.widgets.hint_bar)
HINT = N_("Pick a preset or type layers into the table: each layer's output size, parameters, MACs "
        'and memory follow as you type; click a row for its formulas.')

PAGES = [(N_("CNN calculator"), "calculator:CnnCalculatorPage")]
