"""NN Lab: a desktop visual laboratory for a neural-network course."""

__version__ = "0.1.0"
