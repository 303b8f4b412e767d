"""The step-by-step RNN of SPEC §4 (exercise 3): the entry point of its three modules.

:mod:`~nnlab_gui.engine.rnn_cell` unrolls the Elman RNN keeping every intermediate
(a_t, h_t, y_t, softmax, prediction); :mod:`~nnlab_gui.engine.rnn_check` compares a
student's own numbers with them and names the first quantity where the arithmetic
departs (``check_step``); :mod:`~nnlab_gui.engine.rnn_handout` writes the worked steps
for a handout (``to_markdown``, ``to_latex``).  Every name is re-exported here.
"""

from nnlab_gui.engine.rnn_cell import (  # noqa: F401  (re-exported)
    _KEYS, ACTIVATION_NAMES, ACTIVATIONS, QUANTITIES, RnnStep, _array, _matrix, _readonly, _relu,
    _shape, _sigmoid, _vector, quantity_label, run)
from nnlab_gui.engine.rnn_check import AnswerCheck, Verdict, _close, _explain, check_step  # noqa: F401
from nnlab_gui.engine.rnn_handout import (  # noqa: F401  (re-exported)
    _bmatrix, _mat, _vec, _word, product_terms, to_latex, to_markdown)

__all__ = ["ACTIVATIONS", "ACTIVATION_NAMES", "QUANTITIES", "RnnStep", "Verdict", "AnswerCheck",
           "run", "check_step", "product_terms", "quantity_label", "to_markdown", "to_latex"]
