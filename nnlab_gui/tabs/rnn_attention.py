"""RNN & attention tab (placeholder until its issue lands)."""

from nnlab_gui.tabs.base import PlaceholderTab


class RnnAttentionTab(PlaceholderTab):
    TITLE = 'RNN & attention'
    DESCRIPTION = 'Step through an RNN and scaled dot-product attention with every product shown, and check your own numbers.'
