"""An Elman RNN unrolled step by step, every intermediate kept (SPEC §4, exercise 3).

For t = 1 … T, with inputs ``x_t`` (the rows of ``xs``)::

    a_t = W_hx x_t + W_hh h_{t−1} + b_h      pre-activation          (H)
    h_t = f(a_t)                             f ∈ {ReLU, tanh, σ, identity}
    y_t = W_yh h_t + b_y                     scores over the vocabulary (V)
    p_t = softmax(y_t)                       prediction = argmax y_t  (= argmax p_t)

Shapes: ``W_hx`` H×D, ``W_hh`` H×H, ``W_yh`` V×H, ``xs`` T×D, ``b_h``/``h0`` H, ``b_y`` V
(biases and ``h0`` default to zeros; a column or row matrix is accepted for a vector).
A mismatch raises ``ValueError`` naming both matrices and their shapes.

``check_step`` compares a student's own numbers for any intermediate with the correct
ones and names the first quantity where their arithmetic departs; ``to_markdown`` and
``to_latex`` write the worked steps for a handout.

This module is the entry point; the code lives in :mod:`~nnlab_gui.engine.rnn_cell` (the
unrolled RNN), :mod:`~nnlab_gui.engine.rnn_check` (check my answer) and
:mod:`~nnlab_gui.engine.rnn_handout` (the arithmetic written out), re-exported here.
"""

from nnlab_gui.engine.rnn_cell import (  # noqa: F401  (re-exported)
    _KEYS, ACTIVATION_NAMES, ACTIVATIONS, QUANTITIES, RnnStep, _array, _matrix, _readonly, _relu,
    _shape, _sigmoid, _vector, quantity_label, run)
from nnlab_gui.engine.rnn_check import AnswerCheck, Verdict, _close, _explain, check_step  # noqa: F401
from nnlab_gui.engine.rnn_handout import (  # noqa: F401  (re-exported)
    _bmatrix, _mat, _vec, _word, product_terms, to_latex, to_markdown)

__all__ = ["ACTIVATIONS", "ACTIVATION_NAMES", "QUANTITIES", "RnnStep", "Verdict", "AnswerCheck",
           "run", "check_step", "product_terms", "quantity_label", "to_markdown", "to_latex"]
