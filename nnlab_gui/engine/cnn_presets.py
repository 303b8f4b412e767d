"""The networks of the course's exercises, ready to summarise (seed 003, exercises 2 and 4).

``PRESETS[name]`` is ``(input_shape, layers)`` for :func:`nnlab_gui.engine.cnn.summarize`;
``PRESET_TITLES[name]`` is its title in the calculator.
"""

from __future__ import annotations

from nnlab_gui.engine.cnn_layers import AvgPool2d, Conv2d, Dense, Flatten, Layer, MaxPool2d


def _vgg16():
    layers: list[Layer] = []
    for filters, n in ((64, 2), (128, 2), (256, 3), (512, 3), (512, 3)):
        layers += [Conv2d(filters, 3, stride=1, padding=1) for _ in range(n)]
        layers.append(MaxPool2d(2, stride=2))
    layers += [Dense(4096), Dense(4096), Dense(1000)]
    return (224, 224, 3), layers


PRESETS: dict[str, tuple[tuple[int, ...], list[Layer]]] = {
    # seed 003 exercise 4: AlexNet (single-tower, 227×227 input)
    "alexnet": ((227, 227, 3), [
        Conv2d(96, 11, stride=4, padding=0), MaxPool2d(3, stride=2),
        Conv2d(256, 5, stride=1, padding=2), MaxPool2d(3, stride=2),
        Conv2d(384, 3, stride=1, padding=1), Conv2d(384, 3, stride=1, padding=1),
        Conv2d(256, 3, stride=1, padding=1), MaxPool2d(3, stride=2),
        Dense(4096), Dense(4096), Dense(1000)]),
    "vgg16": _vgg16(),
    "lenet5": ((32, 32, 1), [
        Conv2d(6, 5), AvgPool2d(2), Conv2d(16, 5), AvgPool2d(2), Conv2d(120, 5),
        Flatten(), Dense(84), Dense(10)]),
    # seed 003 exercise 4: the fully-connected alternative to conv1
    "fc_alternative": ((227, 227, 3), [Flatten(), Dense(256)]),
    # seed 003 exercise 2: autoencoder 256-500-250-50-250-500-256 (code size 50)
    "autoencoder": ((256,), [Dense(500), Dense(250), Dense(50), Dense(250), Dense(500),
                             Dense(256)]),
}

PRESET_TITLES: dict[str, str] = {
    "alexnet": "AlexNet (227×227×3)",
    "vgg16": "VGG16 (224×224×3)",
    "lenet5": "LeNet-5 (32×32×1)",
    "fc_alternative": "Fully-connected alternative to conv1 (227×227×3 → 256)",
    "autoencoder": "Autoencoder 256-500-250-50-250-500-256 (exercise 2)",
}
