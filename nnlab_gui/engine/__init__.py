"""The lab's engine: pure NumPy / SciPy / networkx, no Qt.

One idea per module.  Long computations are generator functions that yield small
frozen snapshot dataclasses, so the same code runs in tests, benchmarks, the
command line and the GUI (which runs them on worker threads).
"""
