"""Inpainting tab (placeholder until its issue lands)."""

from nnlab_gui.tabs.base import PlaceholderTab


class InpaintingTab(PlaceholderTab):
    TITLE = 'Inpainting'
    DESCRIPTION = "Reconstruct a digit from part of its pixels (or from a 7×7 average) by optimising the generator's latent vector, with a paintable mask and a streaming cost plot."
