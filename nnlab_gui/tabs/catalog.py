"""Texts the tabs hold as data (tuples of buttons, constants, the engine's preset names and
table headers), listed here so that ``pyside6-lupdate`` extracts them for the translators.

Nothing imports this module: the page machinery shows a page's fixed texts in the lab's
language by exact match when the page is built (:func:`nnlab_gui.i18n.translate_widgets`),
and the preset picker, plots and image panels translate the names they are given.  A text
built at run time from numbers (an f-string) is not here; see ``docs/GLOSSARY.md``.
"""

from nnlab_gui.i18n import N_

CATALOG = [
    # Inpainting: mask, target and optimisers
    N_("Keep first N pixels (column-major, T = [I_N 0]):"), N_("Mask / operator T"),
    N_("observe a random fraction of the pixels (drawn with the seed)"), N_("Box"),
    N_("hide a 12×12 box in the middle"), N_("Invert"), N_("observe what is hidden and hide what is observed"),
    N_("observe nothing (then paint what you observe)"), N_("Super-resolution 4×4"),
    N_("T = 49 × 784 block average (entries 1/16): observe a 7×7 image"),
    N_("Test-split eight"), N_("a test-split eight of the bundled digits, with the bundled generator (white on black)"),
    N_("Course image"),
    N_("data22.mat / data23.mat (File → Open…), with the course generator data21.mat (dark on white)"),
    N_("My drawing"), N_("the digit drawn below, with the bundled generator"), N_("Target"),
    N_("MSE to the ideal: –"), N_("VAE eights (bundled)"),
    N_("step size μ (the course: 0.001 with its normalised step)"),
    N_("The course's 'ADAMS' (RMSprop): P ← 0.9 P + 0.1 g², z ← z − μ g/√(P + 1e-7)"),
    N_("Plain gradient descent: z ← z − μ ∇J (use a small μ, e.g. 1e-5)"),
    N_("Run optimiser A and optimiser B from the same starting z's and overlay their cost curves"),
    # matrix editors
    N_("+row"), N_("Add a row of zeros"), N_("−row"), N_("Remove the selected row (or the last)"),
    N_("+col"), N_("Add a column of zeros"), N_("−col"), N_("Remove the selected column (or the last)"),
    N_("Paste"), N_("Paste a matrix from the clipboard (Ctrl+V in the table)"), N_("Copy"),
    N_("Copy the matrix as numpy text (Ctrl+C in the table)"),
    # WL kernel
    N_("Spring"), N_("Kamada–Kawai"), N_("Circular"), N_("Undo"), N_("Undo the last edit"),
    N_("Remove every node"), N_("Open…"), N_("Edge list, GraphML or GML"), N_("Save…"), N_("Export…"),
    N_("Save the drawing as PNG/SVG"), N_("Back to iteration 0"),
    N_("Seed 003 pair (K = 65)"), N_("Isomorphic pair (Petersen, shuffled)"),
    N_("WL cannot tell: two triangles vs hexagon"),
    N_("No dataset loaded: open a TU-format folder (NAME_A.txt, NAME_graph_indicator.txt, …), "
       "or File → Open… a NAME_A.txt."),
    N_("TU dataset folder"), N_("Open a TU dataset folder first"), N_("Node label"),
    N_("Initial label (integer ≥ 0):"),
    # Generator
    N_("Gaussian N(0, I)"), N_("Uniform on [−1, 1]^d"), N_("Gaussian mixture (10 centres in [−1, 1]^d)"),
    N_("Bundled: eights (VAE)"), N_("Bundled: all digits (VAE)"), N_("Open generator"),
    N_("Export sample grid"), N_("Export interpolation strip"),
    N_("Steer the selected tile"), N_("Interpolate between two tiles"),
    N_("clean eight"), N_("A test-split eight of the bundled digits"), N_("noisy: + Laplace(b)"),
    N_("clean + noise, shown clipped to [0, 1]"), N_("L2 data term"), N_("L1 data term (MAP)"),
    N_("correct chord ±√(1 − x0²)"), N_("x1 ~ U[−√(1−x0²), √(1−x0²)]: the chord of the disk at x0"),
    N_("report's interval ±(1 − x0²)"), N_("x1 ~ U[x0² − 1, −x0² + 1]: half-width 1 − x0²"),
    N_("report's interval [x0² − 1, 1 − x0²]"), N_("press Step or Run first"),
    # Hidden units
    N_("Open the course's ex4weights.mat (Theta1 25×401, Theta2 10×26) to see its hidden units and "
       "its cost on the bundled digits."),
    N_("Open course weights"),
    N_("The course's checkNNGradients: a 3-5-3 network, 5 samples, deterministic sin(·)/10 weights and inputs."),
    # RNN & attention
    N_("Check my answer"), N_("word, or its entry number"), N_("your value"),
    N_("The words the rows of W_yh stand for"), N_("identity: h = a"), N_("identity"),
    N_("The report lost the fifth entry of x_3 (it reads x_3 = [0, −1, 1, 1, ·]). 0 is a placeholder: "
       "type the value you believe it was."),
    N_("Seed 003 loaded. The amber cell (x_3, entry 5) was lost in the report: 0 is a placeholder, "
       "change it if you like."),
    N_("Input → hidden weights (H×D): a_t = W_hx x_t + …"),
    N_("Hidden → hidden weights (H×H): … + W_hh h_{t−1} + …"),
    N_("Hidden → output weights (V×H): y_t = W_yh h_t + b_y; one row per word"),
    N_("Hidden bias b_h (H entries), added to the pre-activation"), N_("Output bias b_y (one per word)"),
    N_("Initial hidden state h_0 (H entries)"),
    N_("The input sequence: row t is x_t (T×D). Add a row for one more time step."),
    N_("inputs x_t"), N_("Queries, one per row (q×d_k)"), N_("Keys, one per row (k×d_k)"), N_("Values, one per key (k×d_v)"),
    # CNN calculator (the engine's table headers, their tips and the preset titles)
    N_("kind"), N_("filters / units"), N_("kernel F"), N_("stride S"), N_("padding P"), N_("dilation d"),
    N_("out pad"), N_("output H×W×C"), N_("units"), N_("weights"), N_("biases"), N_("parameters"),
    N_("memory"), N_("jump"), N_("warnings and notes"),
    N_("filters K (conv), units n (dense) or rate (dropout)"), N_("kernel F: 3, or 5x3 for height × width"),
    N_("stride S: 2, or 2x1"), N_("padding P: 1, 1x0, same or valid"),
    N_("dilation d: effective kernel F' = d·(F − 1) + 1"), N_("output padding of a transposed convolution"),
    N_("<p>Select a layer to see its formulas.</p>"),
    N_("AlexNet (227×227×3)"), N_("Fully-connected alternative to conv1 (227×227×3 → 256)"),
    N_("Autoencoder 256-500-250-50-250-500-256 (exercise 2)"),
    N_("Add layer"), N_("Add a layer below the selected one"), N_("Remove"), N_("Remove the selected layer"),
    N_("Move the selected layer up (or drag the row)"), N_("Move the selected layer down (or drag the row)"),
    N_("Import…"), N_("Read a network in the text form (File → Open…)"), N_("Import a network (text form)"),
    N_("Export the network (text form)"),
]
