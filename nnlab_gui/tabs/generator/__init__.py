"""Generator tab: sample, steer, interpolate, map and encode digits; sample densities.

    W1 = A1 z + B1,  Z1 = max(W1, 0),  X = sigmoid(A2 Z1 + B2)      (SPEC §1)

Pages (built when first shown):

* **Samples** — a grid of decoded samples from a chosen prior (Gaussian, uniform on
  [−1, 1]^d, Gaussian mixture around 10 centres; scale and seed) of the chosen generator
  (the bundled VAEs or an opened course ``.mat`` / lab ``.npz``), one slider per latent
  dimension for the clicked tile, and an interpolation strip between two tiles.
* **Latent map** — the test split encoded by the all-digits VAE, projected to 2-D by PCA.
* **Encode your own** — draw a digit; the all-digits VAE's reconstruction error
  ‖x − X(μ(x))‖² and its percentile among the test split.
* **Sampling** — inverse CDF, Gibbs on the unit disk, Laplace noise (SPEC §6).
"""
from nnlab_gui.i18n import N_

# the tab's one-line "what to do here" (nnlab_gui.widgets.hint_bar)
HINT = N_('Samples: pick a prior and press Resample (Ctrl+R), click a tile to steer its z, choose A '
        'and B to interpolate. Sampling: densities without a generator.')

PAGES = [
    (N_("Samples"), "samples:SamplesPage"),
    (N_("Latent map"), "latent_map:LatentMapPage"),
    (N_("Encode your own"), "encode:EncodePage"),
    (N_("Sampling"), [
        (N_("Inverse CDF"), "inverse_cdf:InverseCdfPage"),
        (N_("Gibbs"), "gibbs:GibbsPage"),
        (N_("Laplace noise"), "laplace:LaplacePage"),
    ]),
]
