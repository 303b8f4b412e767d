"""Check my answer on every calculator (engine): right answers accepted, the first wrong one named
with its formula; numbered exercise variants are reproducible."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab_gui.engine import answer_check as ac
from nnlab_gui.engine import answer_sets as sets
from nnlab_gui.engine import attention, sampling, variants, wl
from nnlab_gui.engine.cnn import PRESETS, summarize
from nnlab_gui.engine.cnn_rows import layers_from_rows
from nnlab_gui.engine.graph_io import graph_from_data


def test_parse_answer_reads_numpy_matlab_sizes_and_thousands():
    assert ac.parse_answer("[0.25, 0.25]").tolist() == [0.25, 0.25]
    assert ac.parse_answer("[0.25 0.25]").tolist() == [0.25, 0.25]
    assert ac.parse_answer("1; 1").tolist() == [1, 1]
    assert ac.parse_answer("55x55x96", 3).tolist() == [55, 55, 96]
    assert ac.parse_answer("55×55×96", 3).tolist() == [55, 55, 96]
    assert ac.parse_answer("290,400", 1).tolist() == [290400]
    assert ac.parse_answer("290,400").tolist() == [290400]
    with pytest.raises(ValueError, match="units has 1 entry; you gave 2"):
        ac.parse_answer("290 400", 1, "units")
    with pytest.raises(ValueError, match="K: .*not a number"):
        ac.parse_answer("6x", 1, "K")


def alexnet_conv1():
    return sets.cnn_quantities(summarize(*PRESETS["alexnet"]).layers[0])


def test_cnn_right_answers_are_accepted():
    res = ac.check_answers(alexnet_conv1(), {"size": "55x55x96", "units": "290,400", "params": "34944",
                                             "macs": "105,415,200"}, atol=0)
    assert res.all_right and res.first_wrong is None
    assert "290,400" in res.message and "34,944" in res.message


def test_cnn_wrong_size_is_named_with_the_formula_and_carried_units_are_seen():
    res = ac.check_answers(alexnet_conv1(), {"size": "54 54 96", "units": "279936", "params": "34,944"})
    assert res.first_wrong == "size"
    assert "H2: you have 54, correct is 55" in res.message
    assert "(227 − 11 + 2·0) / 4 + 1 = 55" in res.message
    units = res.verdict("units")
    assert not units.ok and units.consistent and units.from_yours.tolist() == [54 * 54 * 96]
    assert res.verdict("params").ok


def test_cnn_wrong_parameters_are_exact_and_show_the_formula():
    res = ac.check_answers(alexnet_conv1(), {"params": "34,848"}, atol=0.005)   # the bias forgotten
    assert res.first_wrong == "params"
    assert "(11·11·3 + 1)·96 = 34,944" in res.message
    # MACs from the student's own (wrong) units: the formula is written with their number
    res = ac.check_answers(alexnet_conv1(), {"units": "290,000", "macs": str(290_000 * 363)})
    assert res.first_wrong == "units" and res.verdict("macs").consistent
    assert "55·55·96 = 290,400" in res.message


def exercise_3b():
    X = [[4, 0], [0, 4], [0, 0], [0, 0]]
    return sets.attention_quantities(attention.scaled_dot_product([[0, 0]], X, X))


def test_attention_right_answers_and_first_wrong_weight():
    qs = exercise_3b()
    assert ac.check_answers(qs, {"scores": "0 0 0 0", "weights": "[0.25 0.25 0.25 0.25]",
                                 "output": "[1, 1]"}).all_right
    res = ac.check_answers(qs, {"weights": "[0.5, 0.5, 0, 0]", "output": "[2 2]"})
    assert res.first_wrong == "weights"
    assert "key 1: you have 0.5, correct is 0.25" in res.message
    assert res.verdict("output").consistent                    # 0.5·[4,0] + 0.5·[0,4] = [2, 2]
    res = ac.check_answers(qs, {"weights": "0.25 0.25 0.25 0.25", "output": "[1, 2]"})
    assert res.first_wrong == "output" and "entry 2: you have 2, correct is 1" in res.message
    assert "0.25·[4, 0] + 0.25·[0, 4]" in res.message


def seed_trace():
    return wl.trace(list(wl.PRESETS["Seed 003 pair (K = 65)"]()), iterations=8)


def test_wl_k_65_table_and_phi():
    qs = sets.wl_quantities(seed_trace(), 1)
    assert ac.check_answers(qs, {"table": "2 3 4 5", "phi1": "7 1 4 1 1", "phi2": "7 0 3 4 0",
                                 "K": "65"}).all_right
    res = ac.check_answers(qs, {"phi2": "7 0 4 3 0", "K": "64"})
    assert res.first_wrong == "phi2" and "φ_3: you have 4, correct is 3" in res.message
    k = res.verdict("K")                                       # from their φ: 7·7 + 4·4 + 1·3 = 68
    assert not k.consistent and k.from_yours.tolist() == [68] and "7·7 + 4·4 + 1·3 = 68" in k.detail
    res = ac.check_answers(qs, {"K": "64"})
    assert res.first_wrong == "K" and "7·7 + 4·3 + 1·4 = 65" in res.message
    res = ac.check_answers(qs, {"table": "2 3 5 5"})
    assert res.first_wrong == "table" and "signature 1,111: you have 5, correct is 4" in res.message


def test_wl_carried_k_uses_the_students_phi():
    qs = sets.wl_quantities(seed_trace(), 1)
    res = ac.check_answers(qs, {"phi2": "7 0 4 3 0", "K": str(49 + 16 + 3)})
    assert res.first_wrong == "phi2" and res.verdict("K").consistent and not res.verdict("K").ok


def test_gradient_check_deltas_and_gradient_entry():
    qs = {q.key: q for q in sets.gradient_quantities(0.0, 0, (1, 0, 0))}
    a3 = qs["a3"].correct
    d3 = qs["delta3"].correct
    assert np.allclose(d3, a3 - [0, 1, 0])                      # sample 1 has label 2 of 3
    from nnlab_gui.engine import gradcheck
    ana = gradcheck.check_nn_gradients(0.0).analytic
    assert qs["grad"].correct[0] == pytest.approx(ana[20])      # Θ1 has 20 entries; Θ2[1, 0] comes next
    text = lambda a: " ".join(f"{v:.6f}" for v in a)  # noqa: E731
    assert ac.check_answers(list(qs.values()), {"a3": text(a3), "delta3": text(d3),
                                                "delta2": text(qs["delta2"].correct)}, atol=1e-5).all_right
    res = ac.check_answers(list(qs.values()), {"delta3": text(a3), "delta2": text(qs["delta2"].correct)})
    assert res.first_wrong == "delta3" and "δ⁽³⁾ = a⁽³⁾ − y" in res.message
    with pytest.raises(ValueError, match="entry"):
        sets.gradient_quantities(0.0, 0, (1, 3, 0))


def test_inverse_cdf_at_x():
    qs = sets.inverse_cdf_quantities(sampling.make_density(sampling.COURSE_DENSITY), 0.3)
    y = (-1 + np.sqrt(1 + 8 * 0.3)) / 2
    assert ac.check_answers(qs, {"root": f"{np.sqrt(3.4):.4f}", "inverse": f"{y:.4f}"}).all_right
    res = ac.check_answers(qs, {"root": f"{np.sqrt(3.4):.4f}", "inverse": "0.9220"})  # forgot the /2
    assert res.first_wrong == "inverse" and "(−1 + 1.8439) / 2 = 0.42195" in res.message
    other = sets.inverse_cdf_quantities(sampling.make_density("exp(-3*s)", 0, 2), 0.5)
    assert [q.key for q in other] == ["inverse"]


def test_tolerance_is_settable_and_checked():
    qs = exercise_3b()
    assert not ac.check_answers(qs, {"weights": "0.26 0.25 0.25 0.24"}, atol=0.005).all_right
    assert ac.check_answers(qs, {"weights": "0.26 0.25 0.25 0.24"}, atol=0.02).all_right
    with pytest.raises(ValueError, match="tolerance"):
        ac.check_answers(qs, {"weights": "0.25"}, atol=-1)
    with pytest.raises(ValueError, match="weights P of query 1 has 4 entries; you gave 1"):
        ac.check_answers(qs, {"weights": "0.25"})
    assert ac.check_answers(qs, {}).message == "Type a value for at least one quantity."


# ------------------------------------------------------------------------ variants
@pytest.mark.parametrize("exercise", list(variants.EXERCISES))
def test_same_number_same_problem_different_numbers_differ(exercise):
    a, b = variants.make(exercise, 17), variants.make(exercise, 17)
    assert a == b
    assert len({repr(variants.make(exercise, n)) for n in range(1, 21)}) >= 18


def test_variants_are_fixed_across_machines():
    # the derivation is default_rng([SALT, code, number]): these numbers never change
    assert variants.make("3b", 17) == {"Q": [[1, -1]], "K": [[0, 1], [1, 2], [3, 3], [2, 4]],
                                       "V": [[0, 1], [1, 2], [3, 3], [2, 4]], "link": False}
    assert variants.make("4", 17)["input"] == [97, 97, 3]


def test_variant_numbers_parse_and_are_checked():
    assert variants.parse_number("exercise 3-017", "3") == 17
    assert variants.parse_number("3b-5", "3b") == 5
    assert variants.parse_number(" 17 ", "4") == 17
    assert variants.exercise_name("3", 17) == "exercise 3-017"
    with pytest.raises(ValueError, match="exercise 4; this page's is exercise 3"):
        variants.parse_number("4-017", "3")
    for bad in ("0", "1000", "abc", ""):
        with pytest.raises(ValueError):
            variants.parse_number(bad, "3")


def test_cnn_variants_divide_evenly_and_check_against_the_variant():
    for n in range(1, 200):
        state = variants.make("4", n)
        layers, bad = layers_from_rows(state["layers"])
        net = summarize(tuple(state["input"]), layers)
        assert not bad and not net.layers[0].warnings
    state = variants.make("4", 17)
    net = summarize(tuple(state["input"]), layers_from_rows(state["layers"])[0])
    s = net.layers[0]
    qs = sets.cnn_quantities(s)
    assert ac.check_answers(qs, {"size": "x".join(map(str, s.output_shape)), "units": str(s.units)}).all_right
    assert ac.check_answers(qs, {"units": "290,400"}).first_wrong == "units"


def test_wl_variant_graphs_are_connected_and_checkable():
    state = variants.make("6", 3)
    graphs = [graph_from_data(d)[0] for d in state["graphs"]]
    import networkx as nx
    assert all(nx.is_connected(g) and 6 <= len(g) <= 8 for g in graphs)
    tr = wl.trace(graphs, iterations=8)
    ids, F = tr.feature_upto(1)
    qs = sets.wl_quantities(tr, 1)
    assert ac.check_answers(qs, {"K": str(int(F[0] @ F[1]))}).all_right
