"""The categorical palette and the WCAG contrast formula (worked values)."""

from __future__ import annotations

import pytest

from nnlab_gui.engine import palette


def test_contrast_ratio_worked_values():
    assert palette.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # the classic AA limit: #767676 on white passes (4.54), #777777 fails (4.48)
    assert palette.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert palette.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast_ratio("#fff", "#000") == palette.contrast_ratio("#000000", "#ffffff")
    assert palette.relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)


def test_bad_colours_are_refused_with_the_value():
    with pytest.raises(ValueError, match="'nope'"):
        palette.contrast_ratio("nope", "#ffffff")


def test_categorical_is_okabe_ito_then_tints_and_shades():
    first = [palette.categorical(i) for i in range(7)]
    assert first == ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"]
    all21 = [palette.categorical(i) for i in range(21)]
    assert len(set(all21)) == 21
    assert palette.categorical(21) == palette.categorical(0)
    assert palette.categorical(7) == palette.mix("#e69f00", "#ffffff", 0.45)
    assert palette.categorical(None) == palette.categorical(True) == "#e69f00"


def test_text_on_picks_the_readable_one():
    assert palette.text_on("#f0e442") == "#000000"
    assert palette.text_on("#0072b2") == "#ffffff"
    for c in palette.CATEGORICAL:
        assert palette.contrast_ratio(palette.text_on(c), c) >= 4.5
