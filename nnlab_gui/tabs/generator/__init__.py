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

PAGES = [
    ("Samples", "samples:SamplesPage"),
    ("Latent map", "latent_map:LatentMapPage"),
    ("Encode your own", "encode:EncodePage"),
    ("Sampling", [
        ("Inverse CDF", "inverse_cdf:InverseCdfPage"),
        ("Gibbs", "gibbs:GibbsPage"),
        ("Laplace noise", "laplace:LaplacePage"),
    ]),
]
