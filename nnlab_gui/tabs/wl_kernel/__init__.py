"""WL kernel tab: Weisfeiler–Lehman relabelling step by step, and the kernel on datasets.

Page "Two graphs" (:mod:`.pair`): draw G1 and G2 (or pick a preset / open a file), step
through the iterations: nodes coloured and numbered by their current label, the
iteration's compression table in the course's notation (``3,34 → 7``), φ(G1) and φ(G2)
as aligned bars, and K(G1,G2) = Σ_ℓ φ_ℓ(G1) φ_ℓ(G2) as the sum of its non-zero products
(``49 + 12 + 4 = 65``), raw and cosine-normalised.

Page "Dataset" (:mod:`.dataset`): a TU-format folder (e.g. MUTAG), the Gram matrix for
h iterations computed on a worker, shown as a heatmap with the graphs sorted by class.
"""
from nnlab_gui.i18n import N_

# the tab's one-line "what to do here" (nnlab_gui.widgets.hint_bar)
HINT = N_('Two graphs: pick a preset or draw the graphs, then move the iteration slider; Dataset: '
        'open a TU dataset and compute its Gram matrix (Ctrl+R).')

PAGES = [(N_("Two graphs"), "pair:PairPage"), (N_("Dataset"), "dataset:DatasetPage")]
