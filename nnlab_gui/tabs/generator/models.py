"""The bundled models and data the Generator tab's pages share, loaded once when first needed.

The latent map and Encode your own use the all-digits VAE (whatever the Samples page's
generator chooser shows); Laplace noise denoises with the bundled generator of eights.
Each page names its model (``Page.MODEL``) on the tab's bar: "Model: …".
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from nnlab_gui.engine.datasets import Digits, load_digits
from nnlab_gui.engine.generator import Generator, default_generator, digits_generator
from nnlab_gui.i18n import N_

DIGITS_MODEL = N_("the bundled all-digits VAE")
EIGHTS_MODEL = N_("the bundled generator of eights")


@lru_cache(maxsize=1)
def digits_model() -> Generator:
    """The bundled all-digits VAE (ValueError if its file is missing or broken)."""
    return digits_generator()


@lru_cache(maxsize=1)
def eights_model() -> Generator:
    return default_generator()


def digits_test_split() -> Digits:
    return load_digits().split("test")


@lru_cache(maxsize=1)
def digits_test_codes() -> np.ndarray:
    """The encoder means μ(x) of the test split under the all-digits VAE, (1000, d)."""
    return digits_model().encode(digits_test_split().images)
