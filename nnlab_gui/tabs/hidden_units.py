"""Hidden units (λ) tab (placeholder until its issue lands)."""

from nnlab_gui.tabs.base import PlaceholderTab


class HiddenUnitsTab(PlaceholderTab):
    TITLE = 'Hidden units (λ)'
    DESCRIPTION = "Train the course's 400-25-10 network and a sparse autoencoder under several λ and watch the hidden units' weights blur as λ grows."
