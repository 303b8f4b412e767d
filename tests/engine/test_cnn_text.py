"""The compact text form of a network: round trips and errors that name the token."""

from __future__ import annotations

import pytest

from nnlab_gui.engine.cnn import (PRESETS, Conv2d, ConvTranspose2d, Dense, Dropout, MaxPool2d,
                                  summarize)
from nnlab_gui.engine.cnn_text import format_text, parse_layer, parse_text


def test_issue_example_parses():
    shape, layers = parse_text("input 227x227x3; conv 96 11 s4 p0; pool 3 s2; fc 4096")
    assert shape == (227, 227, 3)
    assert layers == [Conv2d(96, 11, stride=4, padding=0), MaxPool2d(3, stride=2), Dense(4096)]
    assert format_text(shape, layers) == "input 227x227x3; conv 96 11 s4 p0; pool 3 s2; fc 4096"


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_presets_round_trip(name):
    shape, layers = PRESETS[name]
    text = format_text(shape, layers)
    shape2, layers2 = parse_text(text)
    assert layers2 == list(layers)
    assert summarize(shape2, layers2) == summarize(shape, layers)
    assert format_text(shape2, layers2) == text


def test_every_option_round_trips():
    layers = [Conv2d(8, (5, 3), stride=(2, 1), padding="same", dilation=2, bias=False),
              ConvTranspose2d(4, 3, stride=2, padding=1, output_padding=1),
              MaxPool2d((3, 2), stride=1, padding=1), Dropout(0.25),
              parse_layer("bn"), parse_layer("relu"), parse_layer("avgpool 2"),
              parse_layer("flatten"), Dense(10, bias=False)]
    text = format_text((64, 48, 3), layers, sep="\n")
    assert parse_text(text) == ((64, 48, 3), layers)


def test_comments_newlines_aliases_and_case():
    shape, layers = parse_text("# LeNet\nINPUT 28x28\nConv2d 6 5 same  # first\nmaxpool 2\n"
                               "dense 10")
    assert shape == (28, 28)
    assert layers == [Conv2d(6, 5, padding="same"), MaxPool2d(2), Dense(10)]


@pytest.mark.parametrize("text,token", [
    ("input 227x227x3; conv 96 11 q4", "q4"),
    ("input 227x227x3; conv 96", "conv"),
    ("input 227x227x3; cnv 96 11", "cnv"),
    ("input 227x227x3; pool 3 s2 s3", "s3"),
    ("input 227x227x3; fc 4096 7", "7"),
    ("input 227x227x3; conv 96 11 sx", "sx"),
    ("input 227y227; fc 3", "227y227"),
    ("conv 96 11", "conv"),
    ("input 0x5x3; fc 3", "0x5x3"),
    ("input 5x5x3; conv 0 3", "conv 0 3"),
])
def test_parse_errors_name_the_token(text, token):
    with pytest.raises(ValueError) as info:
        parse_text(text)
    assert f"'{token}'" in str(info.value)


def test_empty_text():
    with pytest.raises(ValueError, match="empty"):
        parse_text("  # nothing\n;")
