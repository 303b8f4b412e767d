"""CNN calculator tab (placeholder until its issue lands)."""

from nnlab_gui.tabs.base import PlaceholderTab


class CnnCalculatorTab(PlaceholderTab):
    TITLE = 'CNN calculator'
    DESCRIPTION = 'Layer-by-layer output sizes, parameters, units, cost and receptive field, with each formula written out.'
