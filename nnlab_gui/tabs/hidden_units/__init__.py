"""Hidden units (λ): the course's 400-25-10 network under several λ, and a sparse autoencoder.

Pages (one module each, built the first time they are shown):

* **λ sweep** (``sweep``) — a list of λ (default 0, 1, 20); *Train all* trains one network
  per λ, all λ together on every core (``engine.mlp.iter_train_many``, float32 products); a
  column per λ shows its 25 hidden units as a 5×5 grid of 20×20 tiles (updating live),
  training/validation accuracy and the final cost; below, training and validation cost
  against iterations for the chosen λ with the early-stopping point (minimum validation
  cost) marked.
* **Gradient check** (``gradient_check``) — the course's 3-5-3 check (5 samples) for λ = 0
  and λ = 1.
* **Course weights** (``course_weights``) — ``ex4weights.mat``: its hidden units, its cost
  and accuracy on the bundled 20×20 digits.  File → Open… on any page of the tab opens it here.
* **Sparse autoencoder** (``autoencoder``) — ρ, β, λ, hidden size, data (8×8 patches /
  whole digits); the learned first-layer weights; softmax on hidden activations vs raw pixels.
* **Natural images** (``natural_images``) — colour 8×8×3 patches of two photographs: the step
  sweep (one against three hidden layers) and the patch-count sweep, beside the report's tables.
"""
from nnlab_gui.i18n import N_

# the tab's one-line "what to do here" (nnlab_gui.widgets.hint_bar)
HINT = N_('λ sweep: press Train all (Ctrl+R) to train one network per λ and watch its hidden units; '
        'the other pages check gradients and open the course weights.')

PAGES = [
    (N_("λ sweep"), "sweep:SweepPage"),
    (N_("Gradient check"), "gradient_check:GradientCheckPage"),
    (N_("Course weights"), "course_weights:CourseWeightsPage"),
    (N_("Sparse autoencoder"), "autoencoder:SparseAutoencoderPage"),
    (N_("Natural images"), "natural_images:NaturalImagesPage"),
]
