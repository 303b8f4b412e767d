"""RNN & attention tab: step-by-step calculators for SPEC §4, exercises 3 and 3b.

Page "RNN": matrix editors for W_hx, W_hh, W_yh, b_h, b_y, h_0 and the input sequence,
the output vocabulary, Step / Back / Run all with every product written out, the softmax
of y_t as a bar chart, the hidden state across steps, and "Check my answer", which marks a
student's own numbers and names the first quantity where their arithmetic departs.

Page "Attention": Q, K, V editors (or queries = the RNN page's hidden states, keys =
values = its inputs), scaling by √d_k on/off, scores, weights as a heatmap, the output
and the mean baseline.

Everything here is instant, so it is computed on the GUI thread (no worker).
"""
from nnlab_gui.i18n import N_

# the tab's one-line "what to do here" (nnlab_gui.widgets.hint_bar)
HINT = N_('RNN: press Step ▶ to compute one time step (every product written out) and check your '
        'own numbers below; Attention: edit Q, K and V.')

PAGES = [(N_("RNN"), "rnn:RnnPage"), (N_("Attention"), "attention:AttentionPage")]
