"""Generator tab (placeholder until its issue lands)."""

from nnlab_gui.tabs.base import PlaceholderTab


class GeneratorTab(PlaceholderTab):
    TITLE = 'Generator'
    DESCRIPTION = 'Sample digits from a generator network under different latent priors, steer one image with a slider per latent dimension, interpolate, map the latent space and encode your own drawing.'
