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


class Problem(ValueError):
    """A ValueError whose message is a marked template with arguments.

    ``str()`` is the English message (``template.format(*args, **kwargs)``; the template
    itself when there are no arguments, so braces in a plain message survive);
    ``text(tr_)`` is the message in the GUI's language: the template translated, then
    filled, with every argument that is itself a Problem translated the same way::

        raise Problem(N_("row {r}, entry {j}: {why}"), r=2, j=1, why=inner_problem)
    """

    def __init__(self, template: str, *args, **kwargs):
        super().__init__(template)
        self.template, self.template_args, self.template_kwargs = template, args, kwargs

    def text(self, tr_=same) -> str:
        """The message with the template translated by ``tr_`` (English by default)."""
        if not self.template_args and not self.template_kwargs:
            return tr_(self.template)
        args = [_text_of(a, tr_) for a in self.template_args]
        kwargs = {k: _text_of(v, tr_) for k, v in self.template_kwargs.items()}
        return tr_(self.template).format(*args, **kwargs)

    def __str__(self) -> str:
        return self.text()


def _text_of(value, tr_):
    return value.text(tr_) if isinstance(value, Problem) else value
