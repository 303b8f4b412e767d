"""The worked exercises of the RNN & attention pages (SPEC §4, seed 003, exercises 3 and 3b).

A preset is a (partial) page state: the matrices, the vocabulary, the activation, the
cells the report lost (flagged amber) and the step to show, applied in one step.
"""

from __future__ import annotations

from nnlab_gui.pages import Preset
from nnlab_gui.i18n import N_

LOST_X3 = N_("The report lost the fifth entry of x_3 (it reads x_3 = [0, −1, 1, 1, ·]). "
           "0 is a placeholder: type the value you believe it was.")
SEED_VOCAB_TIP = N_("The report names only “Cat”, “staring” and “<stop>”; their positions follow its "
                  "own argmax readings (row 4 → Cat, row 5 → staring, row 2 → <stop>). The other "
                  "words are unknown: rename them as you like.")
SEED_WARNING = N_("Seed 003 loaded. The amber cell (x_3, entry 5) was lost in the report: "
                "0 is a placeholder, change it if you like.")

RNN_PRESETS = [
    Preset(N_("Seed 003, exercise 3 (ReLU, 2 hidden, 6 words)"), dict(
        W_hx=[[1, 0, 1, 1, 0], [0, 1, 1, 0, 1]], W_hh=[[0, 1], [1, 0]],
        W_yh=[[-5, -5], [0, 3], [1, 2], [2, 2], [3, -1], [2.9, 0]],
        b_h=[0, 0], b_y=[0] * 6, h0=[0, 0],
        xs=[[0, 0, 1, 1, 1], [1, -2, 0, 1, 1], [0, -1, 1, 1, 0]],
        vocab=["word 1", "<stop>", "word 3", "Cat", "staring", "word 6"], activation="relu",
        flags=[["xs", 2, 4, LOST_X3]], t=1),
        N_("The report's RNN: h_t = ReLU(W_hx x_t + W_hh h_(t−1)), y_t = W_yh h_t; x_3's fifth entry is lost")),
    Preset(N_("Bigger: tanh, 3 hidden, one-hot inputs “a b c a c”"), dict(
        W_hx=[[1.0, -0.5, 0.3], [0.2, 0.8, -0.6], [-0.4, 0.3, 0.9]],
        W_hh=[[0.5, -0.3, 0.1], [0.2, 0.4, -0.5], [-0.1, 0.6, 0.3]],
        W_yh=[[1.5, -0.8, 0.2], [-0.6, 1.4, 0.3], [0.1, -0.2, 1.6], [-0.9, -0.7, -0.4]],
        b_h=[0.1, -0.1, 0.0], b_y=[0, 0, 0, 0.5], h0=[0, 0, 0],
        xs=[[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 0, 1]],
        vocab=["a", "b", "c", "<stop>"], activation="tanh", flags=[], t=1),
        N_("H = D = 3, so the attention page can link queries to the hidden states")),
]

INPUTS_3B = [[4, 0], [0, 4], [0, 0], [0, 0]]
ATTENTION_PRESETS = [
    Preset(N_("Exercise 3b: query h_0 = 0, keys = values = i_1…i_4"),
           dict(Q=[[0, 0]], K=INPUTS_3B, V=INPUTS_3B, link=False),
           N_("All scores are 0, so every weight is 1/4 and Z = C = [1, 1]")),
    Preset(N_("Three queries over the same inputs"),
           dict(Q=[[0, 0], [1, 0], [0, 2]], K=INPUTS_3B, V=INPUTS_3B, link=False)),
    Preset(N_("Large scores (stable softmax)"),
           dict(Q=[[100, 0], [0, -100]], K=INPUTS_3B, V=INPUTS_3B, link=False),
           N_("Scores of ±400: the softmax subtracts each row's maximum first")),
]

ACT_TIPS = {"relu": "ReLU(a) = max(0, a)", "tanh": "tanh(a)", "sigmoid": "σ(a) = 1 / (1 + e^(−a))",
            "identity": "identity: h = a"}

# (key, title, tooltip, MatrixEditor options) of the RNN page's editors, top to bottom
RNN_EDITORS = [
    ("W_hx", "W_hx", "Input → hidden weights (H×D): a_t = W_hx x_t + …", {}),
    ("W_hh", "W_hh", "Hidden → hidden weights (H×H): … + W_hh h_{t−1} + …", {}),
    ("W_yh", "W_yh", "Hidden → output weights (V×H): y_t = W_yh h_t + b_y; one row per word", {}),
    ("b_h", "b_h", "Hidden bias b_h (H entries), added to the pre-activation", dict(fixed_cols=1)),
    ("b_y", "b_y", "Output bias b_y (one per word)", dict(fixed_cols=1)),
    ("h0", "h_0", "Initial hidden state h_0 (H entries)", dict(fixed_cols=1)),
    ("xs", "inputs x_t", "The input sequence: row t is x_t (T×D). Add a row for one more time step.",
     dict(row_prefix="x_")),
]
ATTENTION_EDITORS = [
    ("Q", "Q", "Queries, one per row (q×d_k)", dict(row_prefix="q_")),
    ("K", "K", "Keys, one per row (k×d_k)", dict(row_prefix="k_")),
    ("V", "V", "Values, one per key (k×d_v)", dict(row_prefix="v_")),
]
