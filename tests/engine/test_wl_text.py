"""The WL kernel's worked texts: the seed pair's table, kernel sum and notes; label colours."""

from __future__ import annotations


from nnlab_gui.engine import wl, wl_text


def seed_trace():
    g1, g2 = wl.PRESETS[next(iter(wl.PRESETS))]()
    return wl.trace([g1, g2], iterations=8)


def test_the_seed_pairs_kernel_is_written_as_its_products():
    tr = seed_trace()
    ids, F = tr.feature_upto(2)
    text = wl_text.kernel_html(F, 2)
    assert "49 + 12 + 4 = 65" in text
    assert "K(G1,G1) = 79, K(G2,G2) = 85" in text and "0.7932" in text


def test_the_compression_table_uses_the_course_notation_and_label_colours():
    tr = seed_trace()
    text = wl_text.table_html(tr.iterations[2])
    assert "3,34" in text and "<b>7</b>" in text and "5,3333" in text and "<b>15</b>" in text
    assert wl_text.label_colour(7) in text
    assert "keeps its initial label" in wl_text.table_html(tr.iterations[0])


def test_notes_say_where_the_course_stops_and_when_the_colouring_is_stable():
    tr = seed_trace()
    assert "share no label of iteration 2" in wl_text.notes_html(tr, 2)
    assert wl_text.notes_html(tr, 0) == ""
    s = tr.stable_at()
    assert f"stable since iteration {s}" in wl_text.notes_html(tr, s)


def test_label_colours_are_stable_distinct_hex_colours():
    colours = [wl_text.label_colour(k) for k in range(1, 22)]
    assert len(set(colours)) == len(colours)
    assert all(c.startswith("#") and len(c) == 7 for c in colours)
    # the first seven labels get the Okabe–Ito hues, in order
    assert colours[:7] == ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"]
    assert wl_text.label_colour(1) == wl_text.label_colour(1) and wl_text.label_colour("x") == wl_text.NEUTRAL
