"""WL kernel tab (placeholder until its issue lands)."""

from nnlab_gui.tabs.base import PlaceholderTab


class WlKernelTab(PlaceholderTab):
    TITLE = 'WL kernel'
    DESCRIPTION = 'Weisfeiler–Lehman relabelling step by step on two graphs you draw, and the WL kernel on benchmark datasets.'
