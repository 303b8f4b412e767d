"""Translation markers for the engine's own display texts (no Qt here).

The engine builds a few texts the GUI shows as they are (the WL compression table and
kernel lines, the CNN totals line, the names of the inpainting operators).  Each such
text is a template marked with :func:`N_`, so ``pyside6-lupdate`` finds it, and the
function that fills it takes ``tr_``: the GUI passes ``nnlab_gui.i18n.translate``, a test or
the command line nothing (the English template).  The arguments are filled after the
translation, never spliced into it::

    def kernel_html(F, k, tr_=same):
        return tr_("K(G1,G2) over iterations 0..{k}").format(k=k)
"""

from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802 - the usual name of a no-op translation marker
    """Mark ``text`` for translation where it is defined; it is translated where it is shown."""
    return text


def same(text: str) -> str:
    """The default ``tr_``: the English template itself."""
    return text
