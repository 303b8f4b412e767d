"""CNN calculator engine: the seed's numbers, VGG16, padding, dilation, transposed sizes, RF."""

from __future__ import annotations

import pytest

from nnlab_gui.engine.cnn import (PRESETS, AvgPool2d, BatchNorm, Conv2d, ConvTranspose2d, Dense,
                                  Dropout, Flatten, LayerError, MaxPool2d, ReLU, code_size,
                                  summarize, to_csv, to_markdown)


def test_alexnet_conv1_matches_the_seed():
    shape, layers = PRESETS["alexnet"]
    assert shape == (227, 227, 3)
    conv1 = summarize(shape, layers).layers[0]
    assert conv1.output_shape == (55, 55, 96)
    assert conv1.units == 290_400
    assert conv1.params == 34_944
    assert (conv1.weights, conv1.biases) == (34_848, 96)
    assert conv1.formula("output size") == "(227 − 11 + 2·0) / 4 + 1 = 55"
    assert conv1.formula("parameters") == "(11·11·3 + 1)·96 = 34,944"
    assert conv1.formula("units") == "55·55·96 = 290,400"
    assert conv1.macs == 55 * 55 * 96 * 11 * 11 * 3
    assert conv1.memory_bytes == 290_400 * 4
    assert conv1.warnings == ()


def test_alexnet_dense_flattens_implicitly_after_pooling():
    net = summarize(*PRESETS["alexnet"])
    fc6 = net.layers[8]
    assert net.layers[7].output_shape == (6, 6, 256)
    assert fc6.params == 9216 * 4096 + 4096
    assert any("implicit flatten" in n for n in fc6.notes)
    assert net.total_params == 62_378_344


def test_fully_connected_alternative_matches_the_seed():
    net = summarize(*PRESETS["fc_alternative"])
    fc = net.layers[-1]
    assert fc.params == 39_574_528
    assert fc.formula("parameters") == "154,587·256 + 256 = 39,574,528"
    assert net.layers[0].output_shape == (1, 1, 154_587) and net.layers[0].flat


def test_vgg16_total_and_last_feature_map():
    net = summarize(*PRESETS["vgg16"])
    assert net.total_params == 138_357_544
    last_pool = [s for s in net.layers if isinstance(s.layer, MaxPool2d)][-1]
    assert last_pool.output_shape == (7, 7, 512)
    assert net.output_shape == (1, 1, 1000)


def test_vgg16_receptive_field():
    net = summarize(*PRESETS["vgg16"])
    convs = [s for s in net.layers if isinstance(s.layer, Conv2d)]
    pools = [s for s in net.layers if isinstance(s.layer, MaxPool2d)]
    assert convs[-1].receptive_field == (196, 196)
    assert pools[-1].receptive_field == (212, 212)
    assert pools[-1].jump == (32, 32)
    assert net.layers[-1].receptive_field is None


def test_lenet5_and_autoencoder():
    net = summarize(*PRESETS["lenet5"])
    assert [s.output_shape for s in net.layers[:5]] == [
        (28, 28, 6), (14, 14, 6), (10, 10, 16), (5, 5, 16), (1, 1, 120)]
    assert net.total_params == 61_706
    auto = summarize(*PRESETS["autoencoder"])
    assert [s.units for s in auto.layers] == [500, 250, 50, 250, 500, 256]
    assert code_size(auto) == 50
    assert auto.input_shape == (1, 1, 256) and auto.input_flat
    assert auto.total_params == sum(a * b + b for a, b in zip(
        (256, 500, 250, 50, 250, 500), (500, 250, 50, 250, 500, 256)))


@pytest.mark.parametrize("size,kernel", [(32, 3), (31, 5), (227, 11), (8, 1), (10, 4)])
def test_same_padding_keeps_the_size_at_stride_1(size, kernel):
    s = summarize((size, size, 3), [Conv2d(8, kernel, padding="same")]).layers[0]
    assert s.output_shape == (size, size, 8)
    assert s.warnings == ()


def test_same_padding_at_stride_2_is_ceil():
    s = summarize((227, 227, 3), [Conv2d(8, 3, stride=2, padding="same")]).layers[0]
    assert s.output_shape[:2] == (114, 114)


def test_dilation_2_with_3x3_kernel():
    s = summarize((32, 32, 1), [Conv2d(4, 3, dilation=2)]).layers[0]
    assert s.output_shape == (28, 28, 4)
    assert s.formula("F'") == "2·(3 − 1) + 1 = 5"
    assert s.receptive_field == (5, 5)


@pytest.mark.parametrize("n,f,s,p", [(33, 3, 2, 1), (227, 11, 4, 0), (28, 5, 1, 2),
                                      (64, 4, 2, 1), (15, 3, 3, 0)])
def test_transposed_convolution_inverts_forward_size(n, f, s, p):
    fwd = summarize((n, n, 3), [Conv2d(16, f, stride=s, padding=p)]).layers[0]
    assert fwd.warnings == ()
    back = summarize(fwd.output_shape, [ConvTranspose2d(3, f, stride=s, padding=p)]).layers[0]
    assert back.output_shape == (n, n, 3)


def test_transposed_convolution_with_output_padding_restores_a_floored_size():
    fwd = summarize((32, 32, 3), [Conv2d(16, 3, stride=2, padding=1)]).layers[0]
    assert fwd.output_shape[:2] == (16, 16) and fwd.warnings
    back = summarize((16, 16, 16), [ConvTranspose2d(3, 3, stride=2, padding=1,
                                                    output_padding=1)]).layers[0]
    assert back.output_shape == (32, 32, 3)
    assert back.formula("output size") == "(16 − 1)·2 − 2·1 + 3 + 1 = 32"
    assert back.params == (3 * 3 * 16 + 1) * 3


def test_rectangular_kernel_and_stride():
    s = summarize((40, 30, 2), [Conv2d(5, (5, 3), stride=(1, 3), padding=(2, 0))]).layers[0]
    assert s.output_shape == (40, 10, 5)
    assert s.params == (5 * 3 * 2 + 1) * 5
    names = [k for k, _ in s.formulas]
    assert any(k.endswith("(height)") for k in names) and any(k.endswith("(width)") for k in names)


def test_uneven_division_is_a_warning_with_suggestions():
    s = summarize((224, 224, 3), [Conv2d(8, 5, stride=2, padding=1)]).layers[0]
    # (224 − 5 + 2)/2 + 1 = 111.5 → 111
    assert s.output_shape[:2] == (111, 111)
    assert len(s.warnings) == 1
    w = s.warnings[0]
    assert "111.5" in w and "floor 111" in w
    assert "padding" not in w.split("floor")[1]  # 221 + 2P is always odd: no padding helps
    assert "stride 1" in w and "13" in w
    s = summarize((10, 10, 1), [MaxPool2d(3)]).layers[0]  # (10 − 3)/3 + 1 = 3.33
    assert s.output_shape[:2] == (3, 3)
    assert "padding 1 (→ 4)" in s.warnings[0]
    assert "stride 1 (→ 8) or 7 (→ 2)" in s.warnings[0]


def test_non_positive_size_is_an_error_naming_the_layer():
    with pytest.raises(LayerError) as info:
        summarize((8, 8, 3), [Conv2d(4, 3), MaxPool2d(2), Conv2d(4, 5)])
    assert info.value.index == 2
    assert "layer 3" in str(info.value) and "conv 4 5" in str(info.value)


@pytest.mark.parametrize("make", [lambda: Conv2d(0, 3), lambda: Conv2d(4, 3, stride=0),
                                  lambda: Conv2d(4, 3, padding="full"), lambda: Dense(-1),
                                  lambda: MaxPool2d((2, 2, 2)), lambda: Dropout(1.5),
                                  lambda: Conv2d(4, 3, padding=-1)])
def test_bad_layer_arguments_raise(make):
    with pytest.raises(ValueError):
        make()


def test_zero_parameter_layers_and_batchnorm():
    net = summarize((8, 8, 3), [Conv2d(4, 3, padding=1), BatchNorm(), ReLU(), Dropout(0.3),
                                AvgPool2d(2), Flatten(), Dense(2)])
    conv, bn, relu, drop, pool, flat, fc = net.layers
    assert bn.params == 8 and bn.output_shape == (8, 8, 4)
    assert relu.params == drop.params == pool.params == flat.params == 0
    assert relu.units == 0 and conv.units == 8 * 8 * 4
    assert flat.output_shape == (1, 1, 64) and flat.flat
    assert fc.params == 64 * 2 + 2
    assert net.total_params == (3 * 3 * 3 + 1) * 4 + 8 + 130
    assert drop.receptive_field == conv.receptive_field == (3, 3)


def test_bias_can_be_switched_off():
    s = summarize((10, 10, 3), [Conv2d(4, 3, bias=False)]).layers[0]
    assert (s.weights, s.biases) == (108, 0)


def test_csv_and_markdown_tables():
    net = summarize(*PRESETS["alexnet"])
    csv = to_csv(net).splitlines()
    assert csv[0].startswith("#,layer,output,units")
    assert csv[2].split(",")[:7] == ["1", "conv 96 11 s4 p0", "55x55x96", "290400", "34848",
                                     "96", "34944"]
    assert csv[-1].split(",")[6] == "62378344"
    md = to_markdown(net).splitlines()
    assert md[0].startswith("| # | layer |")
    assert "| 34,944 |" in md[3]
    assert len(md) == 2 + 1 + len(net.layers) + 1


def test_bad_input_shape():
    with pytest.raises(ValueError, match="input"):
        summarize((0, 5, 3), [])
    with pytest.raises(ValueError, match="input shape"):
        summarize((1, 2, 3, 4), [])


# ----------------------------------------------------------------------------- hardening (issue 14)
def _brute_hints(n, f, s, p, d):
    """The hint search as it was (loops over the whole range): the reference for small sizes."""
    from nnlab_gui.engine.cnn_axis import _nearest

    fe = d * (f - 1) + 1
    num = n - fe + 2 * p
    pads = _nearest([q for q in range(0, p + s + 1) if (n - fe + 2 * q) % s == 0], p)
    strides = _nearest([t for t in range(1, max(num, 1) + 1) if num % t == 0], s)
    return pads, strides


def test_a_stride_or_padding_of_1e9_is_refused_at_once_not_a_hang():
    import time

    from nnlab_gui.engine.cnn_text import parse_text

    for text in ("input 227x227x3; conv 1 3 s1000000000", "input 227x227x3; conv 1 3 p1000000000"):
        t0 = time.perf_counter()
        with pytest.raises(ValueError, match="1,000,000"):
            summarize(*parse_text(text))
        assert time.perf_counter() - t0 < 0.5
    for kw in ({"stride": 10**9}, {"padding": 10**9}, {"dilation": 10**7}):
        with pytest.raises(ValueError, match="at most 1,000,000"):
            Conv2d(1, 3, **kw)


def test_sizes_at_the_limit_summarise_in_bounded_time():
    import time

    t0 = time.perf_counter()
    for layer in (Conv2d(1, 3, stride=10**6), Conv2d(1, 2, padding=10**6 - 1, stride=10**6 - 7),
                  MaxPool2d(2, stride=999_983, padding=(10**6 // 2))):
        s = summarize((999_999, 227, 3), [layer]).layers[0]
        assert s.output_shape[0] >= 1
    assert time.perf_counter() - t0 < 0.5


@pytest.mark.parametrize("n, f, s, p, d", [
    (n, f, s, p, d) for n in (5, 12, 31) for f in (1, 2, 3) for s in (2, 3, 4, 7) for p in (0, 1, 5)
    for d in (1, 2)])
def test_the_bounded_hint_search_matches_the_full_search(n, f, s, p, d):
    from nnlab_gui.engine.cnn_axis import _forward_axis

    ax = _forward_axis(n, f, s, p, d)
    fe = d * (f - 1) + 1
    num = n - fe + 2 * p
    if num % s == 0 or ax.out <= 0:
        assert ax.warning == ""
        return
    pads, strides = _brute_hints(n, f, s, p, d)
    expect = []
    if pads:
        expect.append("padding " + " or ".join(f"{q} (→ {(n - fe + 2 * q) // s + 1})" for q in pads))
    if strides:
        expect.append("stride " + " or ".join(f"{t} (→ {num // t + 1})" for t in strides))
    assert ax.warning.endswith(f"; {' / '.join(expect)} would divide" if expect else "used")


def test_an_output_beyond_the_limit_is_a_layer_error():
    with pytest.raises(LayerError, match="1,000,000"):
        summarize((10**6, 10**6, 1), [ConvTranspose2d(1, 3, stride=2)])
    with pytest.raises(LayerError, match="1,000,000"):
        summarize((10**6, 4, 1), [Conv2d(1, 1, padding=10**6)])
    with pytest.raises(ValueError, match="1,000"):
        summarize((8, 8, 1), [ReLU()] * 1001)


def test_enormous_receptive_fields_still_format():
    """1,000 layers of stride 10⁶ make a jump of 10⁶⁰⁰⁰ (more digits than str(int) allows)."""
    layers = [Conv2d(1, 1, stride=10**6)] * 1000
    net = summarize((1, 1, 1), layers)
    assert net.layers[-1].output_shape == (1, 1, 1)
    assert "e+" in to_markdown(net).splitlines()[-2]
    from nnlab_gui.engine.cnn_rows import formula_html, result_cells

    assert result_cells(net.layers[-1])[8].startswith("1e+")
    assert "jump" in formula_html(net, 999, 1000, {})


def test_number_formatting_never_raises():
    from fractions import Fraction

    from nnlab_gui.engine.cnn_format import fmt_bytes, fmt_int

    assert fmt_int(float("inf")) == "inf" and fmt_int(float("nan")) == "nan"
    assert fmt_int(10**5000).startswith("1e+5000") or fmt_int(10**5000).startswith("1.0e+5000")
    assert fmt_int(Fraction(10**5000, 3))
    assert fmt_bytes(10**40) and fmt_bytes(float("nan")) == "nan B"


def test_layer_arguments_accept_numpy_integers():
    import numpy as np

    assert Conv2d(np.int64(4), np.int32(3)) == Conv2d(4, 3)
    with pytest.raises(ValueError, match="integer"):
        Conv2d(1, float("nan"))
    with pytest.raises(ValueError, match="input shape"):
        summarize(5, [])
    with pytest.raises(ValueError, match="layers"):
        summarize((8, 8, 1), None)
