"""Inpainting tab: reconstruct a digit from part of its pixels, or from its 7×7 average.

One page (no inner tab bar): the target and the mask on the left, the painter, the
triptych and the cost curves on the right (``page.py``, with ``target.py``, ``mask.py``,
``triptych.py`` and ``curves.py`` for its parts).
"""
from nnlab_gui.i18n import N_

# the tab's one-line "what to do here" (nnlab_gui.widgets.hint_bar)
HINT = N_('Paint the observed pixels on the mask (or press a course N button), then press Run '
        '(Ctrl+R): the generator fills in the rest.')

PAGES = [(N_("Inpainting"), "page:InpaintingPage")]
