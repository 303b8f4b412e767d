"""What a student may work out on each calculator, as :class:`answer_check.Quantity` lists.

* :func:`cnn_quantities` — one layer of the CNN calculator: output size, units, parameters,
  multiply-accumulates (units from the student's size, MACs from their units);
* :func:`attention_quantities` — one query of the attention page: scores, scaled scores,
  weights (softmax of the student's scores), output (their weights times V);
* :func:`wl_quantities` — iteration k of the WL pair: the compression table's new labels,
  φ(G1), φ(G2) and K = φ(G1)·φ(G2) (from the student's φ);
* :func:`gradient_quantities` — the 3-5-3 gradient-check network: a₃, δ₃ = a₃ − y and δ₂
  of one sample, and one entry of ∂J/∂Θ;
* :func:`inverse_cdf_quantities` — y = F⁻¹(x) at a typed x (for the course's density
  through √(1 + 8x)).

Each formula is written with the numbers substituted (the student's own where they gave
them).  Labels, formulas, tips and entry names with words are marked templates
(:class:`~nnlab_gui.engine.texts.Problem`, English by ``str()``), translated where the GUI
shows them.  Qt-free.
"""

from __future__ import annotations

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine import mlp
from nnlab_gui.engine.answer_check import Quantity, vector_text
from nnlab_gui.engine.attention import AttentionResult, softmax
from nnlab_gui.engine.cnn import LayerSummary
from nnlab_gui.engine.cnn_layers import Conv2d, ConvTranspose2d, Dense, MaxPool2d
from nnlab_gui.engine.matrix_text import format_number
from nnlab_gui.engine.sampling import Density, closed_form_inverse
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["cnn_quantities", "attention_quantities", "wl_quantities", "gradient_quantities",
           "inverse_cdf_quantities", "gradient_entries", "GRADCHECK_LAYERS"]

GRADCHECK_LAYERS = (3, 5, 3)
_n = vector_text
# the CNN summary's formula names that label a quantity (cnn.summarize writes them)
CNN_FORMULA_NAMES = (N_("parameters"), N_("parameters (F·F·C1 + 1)·K"), N_("parameters F·F·C1·K (no bias)"),
                     N_("parameters F·F·C1·K"), N_("multiply-accumulates"))


def _ints(a) -> str:
    return "·".join(_n(v) for v in np.asarray(a).reshape(-1))


# ------------------------------------------------------------------------------ CNN
def cnn_quantities(s: LayerSummary) -> list[Quantity]:
    """Output size, units, parameters and MACs of one layer summary (``cnn.summarize``'s)."""
    ck.instance("layer", s, LayerSummary, "a LayerSummary (an entry of cnn.summarize(...).layers)")
    n, lab = s.index + 1, s.label
    layer = s.layer
    formulas = dict(s.formulas)

    def formula(prefix: str) -> tuple[str, str]:
        for key, text in s.formulas:
            if key.startswith(prefix):
                return key, text
        return "", ""

    key, text = formula("output size")
    size_label = Problem(N_("output size of layer {n} ({layer})"), n=n, layer=lab)
    if s.flat:
        size = Quantity("size", size_label, [s.output_shape[2]], Problem(N_("n = number of units")),
                        exact=True, entries=("n",), substitute=lambda own, t=text: t)
    else:
        size = Quantity("size", size_label, list(s.output_shape), key.replace("output size ", ""),
                        exact=True, entries=("H2", "W2", "C2"),
                        substitute=lambda own, t=text, d=formulas.get("depth", ""):
                            Problem(N_("{formula}; depth: {depth}"), formula=t, depth=d),
                        tip=Problem(N_("H2 × W2 × C2, e.g. 55x55x96 or [55 55 96]")))
    out = [size]
    units_label = Problem(N_("units of layer {n} ({layer})"), n=n, layer=lab)
    if isinstance(layer, (Conv2d, ConvTranspose2d)):
        out.append(Quantity("units", units_label, [s.units], Problem(N_("units = H2·W2·K")), ("size",),
                            lambda own: [float(np.prod(own["size"]))],
                            lambda own: f"{_ints(own['size'])} = {_n(np.prod(own['size']))}", exact=True))
    else:
        out.append(Quantity("units", units_label, [s.units],
                            Problem(N_("units = n")) if s.flat else
                            Problem(N_("a pooling (or element-wise) layer has no units: 0")), exact=True))
    pkey, ptext = formula("parameters")
    out.append(Quantity("params", Problem(N_("parameters of layer {n} ({layer})"), n=n, layer=lab), [s.params],
                        Problem(pkey or "parameters"),
                        substitute=(lambda own, t=ptext: t) if ptext else None, exact=True))
    macs_label = Problem(N_("multiply-accumulates of layer {n} ({layer})"), n=n, layer=lab)
    if isinstance(layer, (Conv2d, ConvTranspose2d)):
        k = layer.kernel if isinstance(layer.kernel, tuple) else (layer.kernel, layer.kernel)
        c1 = s.input_shape[2]
        out.append(Quantity("macs", macs_label, [s.macs], Problem(N_("MACs = units·F·F·C1")), ("units",),
                            lambda own: [own["units"][0] * k[0] * k[1] * c1],
                            lambda own: f"{_n(own['units'])}·{k[0]}·{k[1]}·{c1} = "
                                        f"{_n(own['units'][0] * k[0] * k[1] * c1)}", exact=True))
    else:
        mkey, mtext = formula("multiply")
        why = "MACs = n_in·n" if isinstance(layer, Dense) else \
            Problem(N_("MACs = 0 (a max / mean is no multiply-accumulate)")) if isinstance(layer, MaxPool2d) else "MACs"
        out.append(Quantity("macs", macs_label, [s.macs], why,
                            substitute=(lambda own, t=mtext: t) if mtext else None, exact=True))
    return out


# ------------------------------------------------------------------------ attention
def attention_quantities(att: AttentionResult, query: int = 0) -> list[Quantity]:
    """Scores, (scaled scores), weights and output of query ``query`` (0-based row of Q)."""
    ck.instance("att", att, AttentionResult, "an AttentionResult (scaled_dot_product's)")
    query = ck.integer("query", query, 0, att.Q.shape[0] - 1)
    q, K, V = att.Q[query], att.K, att.V
    k = K.shape[0]
    nq = query + 1
    keys = [Problem(N_("key {j}"), j=j + 1) for j in range(k)]

    def dot_terms(own) -> str:
        return "; ".join(f"q·k_{j + 1} = " + " + ".join(f"{format_number(a)}·{format_number(b)}"
                                                        for a, b in zip(q, K[j])) for j in range(min(k, 4))) + \
            ("; …" if k > 4 else "") + f" = {_n(q @ K.T)}"

    out = [Quantity("scores", Problem(N_("scores S of query {query}"), query=nq), att.scores[query], "s_j = q · k_j",
                    entries=keys, substitute=dot_terms, tip=Problem(N_("one score per key: S = Q Kᵀ")))]
    before = "scores"
    if att.scale:
        root = format_number(np.sqrt(att.d_k), 4)
        out.append(Quantity("scaled", Problem(N_("scaled scores S/√d_k of query {query}"), query=nq), att.scaled[query],
                            f"s_j / √{att.d_k}",
                            ("scores",), lambda own: own["scores"] * att.factor,
                            lambda own, r=root: f"{_n(own['scores'])} / {r} = {_n(own['scores'] * att.factor)}",
                            entries=keys))
        before = "scaled"
    out.append(Quantity("weights", Problem(N_("weights P of query {query}"), query=nq), att.weights[query],
                        "p_j = e^(s_j) / Σ_i e^(s_i)",
                        (before,), lambda own, b=before: softmax(own[b]),
                        lambda own, b=before: f"softmax({_n(own[b])}) = {_n(softmax(own[b]))}", entries=keys,
                        tip=Problem(N_("softmax of the (scaled) scores: they sum to 1"))))
    out.append(Quantity("output", Problem(N_("output z of query {query}"), query=nq), att.output[query],
                        "z = Σ_j p_j v_j", ("weights",),
                        lambda own: own["weights"] @ V,
                        lambda own: " + ".join(f"{format_number(p, 4)}·{_n(v)}" for p, v in zip(own["weights"], V))
                        + f" = {_n(own['weights'] @ V)}",
                        entries=[Problem(N_("entry {i}"), i=i + 1) for i in range(V.shape[1])],
                        tip=Problem(N_("the weights times the values: z = P V"))))
    return out


# ------------------------------------------------------------------------------- WL
def wl_quantities(trace, k: int) -> list[Quantity]:
    """Iteration ``k`` of a two-graph WL trace: table (k ≥ 1), φ(G1), φ(G2) and K."""
    from nnlab_gui.engine import wl

    ck.instance("trace", trace, wl.WlTrace, "a WlTrace of two graphs (wl.trace's)")
    k = ck.integer("k", k, 0, len(trace.iterations) - 1)
    if trace.F.shape[0] != 2:
        raise ck.BadArgument(N_("the trace must be of two graphs, it has {count}"), count=trace.F.shape[0])
    it = trace.iterations[k]
    ids, F = trace.feature_upto(k)
    names = [f"φ_{int(i)}" for i in ids]
    out = []
    if k >= 1 and it.table:
        sigs = list(it.table)
        out.append(Quantity("table", Problem(N_("compression table of iteration {k}"), k=k), [it.table[s] for s in sigs],
                            Problem(N_("new label of each signature, in the table's order")), exact=True,
                            entries=[Problem(N_("signature {signature}"), signature=wl.format_signature(s))
                                     for s in sigs],
                            tip=Problem(N_("the new label of every signature (own label, sorted neighbour labels), "
                                           "top to bottom: {signatures}"),
                                        signatures=", ".join(wl.format_signature(s) for s in sigs))))
    for g in (0, 1):
        out.append(Quantity(f"phi{g + 1}", Problem(N_("φ(G{g}) up to iteration {k}"), g=g + 1, k=k), F[g],
                            Problem(N_("count of each label ℓ = {labels} in G{g}"),
                                    labels=", ".join(str(int(i)) for i in ids), g=g + 1),
                            exact=True, entries=names,
                            tip=Problem(N_("one count per label, in the bar chart's order: {labels}"),
                                        labels=", ".join(map(str, ids)))))

    def terms(own) -> str:
        prods = own["phi1"] * own["phi2"]
        parts = [f"{_n(a)}·{_n(b)}" for a, b in zip(own["phi1"], own["phi2"]) if a * b]
        return (" + ".join(parts) or "0") + f" = {_n(prods.sum())}"

    out.append(Quantity("K", Problem(N_("K(G1, G2) up to iteration {k}"), k=k), [float(F[0] @ F[1])],
                        "K = Σ_ℓ φ_ℓ(G1)·φ_ℓ(G2)", ("phi1", "phi2"),
                        lambda own: [float(own["phi1"] @ own["phi2"])], terms, exact=True))
    return out


# ---------------------------------------------------------------- gradient check
def _gradcheck_net(lam: float):
    layers = GRADCHECK_LAYERS
    thetas = mlp.debug_params(layers)
    m = 5
    X = np.sin(np.arange(1, m * layers[0] + 1)).reshape(layers[0], m).T / 10.0
    y = np.arange(1, m + 1) % layers[-1]
    Y = mlp._one_hot(y, layers[-1])
    _J, grads = mlp._cost_grad(thetas, X, Y, float(lam))
    return thetas, X, Y, grads


def gradient_entries() -> list[tuple[int, int, int]]:
    """Every (layer, row, column) of Θ⁽¹⁾ (5×4) and Θ⁽²⁾ (3×6), 0-based, in unrolled order."""
    thetas = mlp.debug_params(GRADCHECK_LAYERS)
    return [(l, r, c) for l, t in enumerate(thetas) for c in range(t.shape[1]) for r in range(t.shape[0])]


def gradient_quantities(lam: float = 0.0, sample: int = 0, entry: tuple[int, int, int] = (1, 0, 0)) -> list[Quantity]:
    """a₃, δ₃ and δ₂ of ``sample`` (0-based) and the gradient entry ``(layer, row, col)``."""
    lam = mlp.check_lam(lam)
    sample = ck.integer("sample", sample, 0, 4)
    if entry not in gradient_entries():
        raise ck.BadArgument(N_("entry must be (layer, row, column) of Θ⁽¹⁾ 5×4 or Θ⁽²⁾ 3×6, got {value}"),
                             value=ck.show(entry))
    thetas, X, Y, grads = _gradcheck_net(lam)
    T1, T2 = thetas
    a1 = X[sample]
    a2 = 1 / (1 + np.exp(-(T1[:, 0] + T1[:, 1:] @ a1)))
    a3 = 1 / (1 + np.exp(-(T2[:, 0] + T2[:, 1:] @ a2)))
    y = Y[sample]
    ns = sample + 1
    out = [
        Quantity("a3", Problem(N_("output a⁽³⁾ of sample {sample}"), sample=ns), a3, "a⁽³⁾ = σ(Θ⁽²⁾ [1; a⁽²⁾])",
                 substitute=lambda own: f"σ({_n(T2[:, 0] + T2[:, 1:] @ a2)})",
                 tip=f"a⁽²⁾ = σ(Θ⁽¹⁾ [1; x]) = {_n(np.round(a2, 4))}"),
        Quantity("delta3", Problem(N_("δ⁽³⁾ of sample {sample}"), sample=ns), a3 - y, "δ⁽³⁾ = a⁽³⁾ − y", ("a3",),
                 lambda own: own["a3"] - y, lambda own: f"{_n(own['a3'])} − {_n(y)} = {_n(own['a3'] - y)}",
                 tip=Problem(N_("y = {y} (one-hot)"), y=_n(y))),
        Quantity("delta2", Problem(N_("δ⁽²⁾ of sample {sample}"), sample=ns), (T2[:, 1:].T @ (a3 - y)) * a2 * (1 - a2),
                 "δ⁽²⁾ = (Θ⁽²⁾[:, 1:]ᵀ δ⁽³⁾) ∘ a⁽²⁾ ∘ (1 − a⁽²⁾)", ("delta3",),
                 lambda own: (T2[:, 1:].T @ own["delta3"]) * a2 * (1 - a2),
                 lambda own: f"{_n(T2[:, 1:].T @ own['delta3'])} ∘ {_n(a2 * (1 - a2))}"),
    ]
    l, r, c = entry
    value = grads[l][r, c]
    reg = f" + (λ/m)·Θ = {format_number(lam)}/5·{format_number(thetas[l][r, c])}" if c > 0 and lam else ""
    sup = "⁰¹²³⁴"
    out.append(Quantity("grad", f"∂J/∂Θ⁽{sup[l + 1]}⁾[{r + 1}, {c}] (λ = {format_number(lam)})", [value],
                        Problem(N_("(1/m) Σ_i δ⁽{next}⁾_i[row]·a⁽{layer}⁾_i[col] (+ (λ/m)Θ, not the bias)"),
                                next=sup[l + 2], layer=sup[l + 1]),
                        substitute=lambda own: f"{format_number(value - (lam / 5 * thetas[l][r, c] if c else 0))}"
                                               f"{reg} = {format_number(value)}",
                        tip=Problem(N_("column 0 is the bias; the sum runs over the {count} samples"), count=5)))
    return out


# ---------------------------------------------------------------------- inverse CDF
def inverse_cdf_quantities(density: Density, x: float) -> list[Quantity]:
    """y = F⁻¹(x): for the course's density through r = √(1 + 8x), y = (−1 + r)/2."""
    ck.instance("density", density, Density, "a Density (sampling.make_density's)")
    x = ck.real("x", x, 0.0, 1.0)
    if density.is_course_density:
        root = np.sqrt(1 + 8 * x)
        return [Quantity("root", Problem(N_("√(1 + 8x) at x = {x}"), x=format_number(x)), [root], "√(1 + 8x)",
                         substitute=lambda own: f"√(1 + 8·{format_number(x)}) = √{format_number(1 + 8 * x)}"),
                Quantity("inverse", f"F⁻¹({format_number(x)})", closed_form_inverse(np.array([x])),
                         "y = (−1 + √(1 + 8x)) / 2", ("root",), lambda own: (own["root"] - 1) / 2,
                         lambda own: f"(−1 + {_n(own['root'])}) / 2 = {_n((own['root'] - 1) / 2)}",
                         tip=Problem(N_("F(y) = 0.5y + 0.5y² = x, solved for y in [0, 1]")))]
    y = float(density.inverse_cdf(np.array([x]))[0])
    return [Quantity("inverse", f"F⁻¹({format_number(x)})", [y], Problem(N_("F(y) = x, solved on the grid")),
                     substitute=lambda own: f"F({format_number(y, 4)}) = {format_number(x)}",
                     tip=Problem(N_("the y where the CDF reaches x")))]
