"""Translation markers for the engine's own display texts (no Qt here).

The engine builds a few texts the GUI shows as they are (the WL compression table and
kernel lines, the CNN totals line, the names of the inpainting operators).  Each such
text is a template marked with :func:`N_`, so ``pyside6-lupdate`` finds it, and the
function that fills it takes ``tr_``: the GUI passes ``nnlab_gui.i18n.translate``, a test or
the command line nothing (the English template).  The arguments are filled after the
translation, never spliced into it::

    def kernel_html(F, k, tr_=same):
        return tr_("K(G1,G2) over iterations 0..{k}").format(k=k)

A text the engine keeps in its results (the CNN layers' formula names, warnings and notes,
a preset's tip) is a :class:`Phrase`: a ``str`` equal to its English text that remembers its
template and arguments, so the GUI can show it translated (``phrase.text(tr_)``).

Formulas, numbers, vectors and names filled into a translated sentence stay left to right
in Hebrew: :func:`island` sets one as a left-to-right island (U+2066 … U+2069) when ``tr_``
says its language reads right to left (``tr_.right_to_left()``, which
``nnlab_gui.i18n.translate`` has); in every other language, and in the engine's English
(``tr_`` left out), the text is as it was.
"""

from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802 - the usual name of a no-op translation marker
    """Mark ``text`` for translation where it is defined; it is translated where it is shown."""
    return text


def same(text: str) -> str:
    """The default ``tr_``: the English template itself."""
    return text


LRI, PDI, RLM = "\u2066", "\u2069", "\u200f"   # left-to-right isolate, pop isolate, right-to-left mark


def reads_right_to_left(tr_) -> bool:
    """Whether ``tr_``'s language reads right to left (its ``right_to_left()``; False for :func:`same`)."""
    right_to_left = getattr(tr_, "right_to_left", None)
    return bool(right_to_left is not None and right_to_left())


def island(text, tr_=same) -> str:
    """``text`` (a formula, number, vector or name) as it goes into a sentence translated by
    ``tr_``: a left-to-right island when ``tr_``'s language reads right to left, so the
    sentence keeps the formula's order; else as it is."""
    text = str(text)
    return f"{LRI}{text}{PDI}" if text and reads_right_to_left(tr_) else text


def words_dir(tr_=same) -> str:
    """The ``dir`` attribute of an HTML block of words: ``" dir='rtl'"`` when ``tr_``'s language
    reads right to left, else nothing (Qt's HTML import carries a ``dir='ltr'`` of one table cell
    over to the cells after it, so a cell of words says its own direction)."""
    return " dir='rtl'" if reads_right_to_left(tr_) else ""


def sentence(text: str, tr_=same) -> str:
    """``text`` (a sentence that may start with a formula island) marked to read right to left
    when ``tr_``'s language does (a leading RLM), else as it is."""
    return RLM + text if text and reads_right_to_left(tr_) else text


class Phrase(str):
    """A display text built from a marked template: the ``str`` is the English text, and
    ``text(tr_)`` the same text in the GUI's language (the template translated, then filled:
    a Phrase argument translated the same way, any other argument set as an :func:`island`)::

        Phrase(N_("number of filters = {K}"), K=96) == "number of filters = 96"
    """

    def __new__(cls, template: str, /, *args, **kwargs):
        english = template.format(*args, **kwargs) if args or kwargs else template
        self = super().__new__(cls, english)
        self.template, self.template_args, self.template_kwargs = template, args, kwargs
        return self

    def __reduce__(self):
        return (_phrase, (self.template, self.template_args, self.template_kwargs))

    def text(self, tr_=same) -> str:
        """The text with the template translated by ``tr_`` (English by default)."""
        if tr_ is same:
            return str.__str__(self)
        if not self.template_args and not self.template_kwargs:
            return tr_(self.template)
        args = [_shown(a, tr_) for a in self.template_args]
        kwargs = {k: _shown(v, tr_) for k, v in self.template_kwargs.items()}
        return tr_(self.template).format(*args, **kwargs)


def _phrase(template, args, kwargs) -> Phrase:
    return Phrase(template, *args, **kwargs)


def _shown(value, tr_):
    return value.text(tr_) if isinstance(value, (Phrase, Problem)) else island(value, tr_)


def text_of(value, tr_=same) -> str:
    """A text the engine built, in ``tr_``'s language: a Phrase or Problem translated
    template by template; any other text (a formula) as it is."""
    if isinstance(value, (Phrase, Problem)):
        return value.text(tr_)
    return str(value)


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
    return value.text(tr_) if isinstance(value, (Problem, Phrase)) else value
