"""Check my answer, for any calculator: parse a student's numbers, compare, name the first slip.

A calculator describes what a student may work out as a list of :class:`Quantity` in
computing order: a key, a label (``"units of layer 1"``), the correct value, the formula in
symbols, and optionally how the quantity follows from *earlier* ones (``depends`` and
``compute``) and how to write the formula with numbers substituted (``substitute``).
:func:`check_answers` takes the typed texts (numpy ``[1, 0.5]``, MATLAB ``[1 0.5]``, ``1; 2``
for a column, ``290,400`` or ``55×55×96``) and returns an :class:`AnswerCheck`:

* every answered quantity gets a :class:`Verdict` (right within the tolerance or not);
* ``first_wrong`` is the first answered quantity, in computing order, that departs;
* each quantity is also recomputed from the student's *own* earlier numbers (theirs where
  given, the correct ones elsewhere): a wrong value that matches that was carried forward
  (``consistent``), not made there;
* the message names the first wrong quantity, the entry where it departs, and the formula
  with the student's numbers in it, e.g. ``units = H2·W2·K = 54·54·96 = 279,936``.

Tolerance: ``|yours − correct| ≤ atol + rtol·|correct|``; an ``exact`` quantity (counts,
labels, sizes) ignores ``rtol``.  Bad text raises ``ValueError`` naming the quantity.

A label, formula, tip or entry name with words is a :class:`~nnlab_gui.engine.texts.Problem`
(a marked template with its numbers; ``str()`` is the English); a verdict's and the result's
``problem`` is its ``detail`` / ``message`` as a Problem, so the GUI shows them translated
(``problem.text(tr_)``) while ``detail`` and ``message`` stay the English sentences.  No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from nnlab_gui.engine import arg_checks as ck
from nnlab_gui.engine.matrix_text import format_number, parse_matrix
from nnlab_gui.engine.texts import N_, Problem

__all__ = ["Quantity", "Verdict", "AnswerCheck", "parse_answer", "check_answers", "vector_text"]

_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_TIMES = re.compile(r"(?<=[\d.\]])\s*[×xX*]\s*(?=[\d.+-])")

Own = Mapping[str, np.ndarray]


@dataclass(frozen=True, eq=False)
class Quantity:
    key: str
    label: str | Problem                      # a Problem where it has words ("units of layer 1")
    correct: np.ndarray                       # flattened float values
    formula: str | Problem = ""               # in symbols, e.g. "H2·W2·K"
    depends: tuple[str, ...] = ()             # earlier quantities it is computed from
    compute: Callable[[Own], np.ndarray] | None = None     # its value from (own) earlier values
    substitute: Callable[[Own], str] | None = None         # the formula with those numbers in
    exact: bool = False                       # a count or an integer size: no relative slack
    entries: Sequence[str] | None = None      # names of the entries ("H2", "W2", "C2")
    tip: str | Problem = ""

    def __post_init__(self):
        object.__setattr__(self, "correct", np.asarray(self.correct, dtype=float).reshape(-1))

    def entry_name(self, i: int) -> str | Problem:
        if self.entries is not None and i < len(self.entries):
            e = self.entries[i]
            return e if isinstance(e, Problem) else str(e)
        return Problem(N_("entry {i}"), i=i + 1)


@dataclass(frozen=True, eq=False)
class Verdict:
    key: str
    label: str
    given: np.ndarray
    correct: np.ndarray
    ok: bool
    from_yours: np.ndarray    # this quantity computed from the student's own earlier numbers
    consistent: bool          # the given value follows from those: the slip was carried here
    detail: str                         # in English; ``problem`` is the same, translatable
    problem: Problem | None = None


@dataclass(frozen=True, eq=False)
class AnswerCheck:
    verdicts: tuple[Verdict, ...]
    first_wrong: str | None
    message: str                              # in English; ``problem`` is the same, translatable
    labels: dict = field(default_factory=dict)
    problem: Problem | None = None

    @property
    def all_right(self) -> bool:
        return self.first_wrong is None and bool(self.verdicts)

    def verdict(self, key: str) -> Verdict:
        for v in self.verdicts:
            if v.key == key:
                return v
        raise KeyError(key)


def vector_text(a) -> str:
    """``[1, 0.25]`` for several entries, ``34,944`` / ``0.25`` for one."""
    a = np.asarray(a, dtype=float).reshape(-1)
    if a.size == 1:
        return _num(a[0])
    return "[" + ", ".join(_num(v) for v in a) + "]"


def _num(v: float) -> str:
    v = float(v)
    if np.isfinite(v) and v == int(v) and abs(v) >= 10_000 and abs(v) < 1e15:
        return f"{int(v):,}"
    return format_number(v, 6)


def parse_answer(text: str, size: int | None = None, name: str = "the answer") -> np.ndarray:
    """A typed answer as a flat float vector (ValueError naming ``name`` if it does not read).

    Besides :func:`parse_matrix`'s numpy / MATLAB / plain forms: ``290,400`` (a thousands
    separator, when one number is expected), ``55×55×96`` or ``55x55x96`` (a size)."""
    if not isinstance(text, str):
        raise ck.BadArgument(N_("{name}: a typed text, got {value}"), name=name, value=ck.show(text))
    s = text.strip().replace("\u2009", "").replace("_", "")
    if (size in (None, 1)) and _THOUSANDS.match(s):
        s = s.replace(",", "")
    s = _TIMES.sub(" ", s)
    try:
        a = parse_matrix(s).reshape(-1)
    except ValueError as exc:
        raise Problem(N_("{name}: {why}"), name=name, why=exc) from None
    if size is not None and a.size != size:
        if size == 1:
            raise Problem(N_("{name} has {size} entry; you gave {given} (write one number, e.g. 34944 or 34,944)"),
                          name=name, size=size, given=a.size)
        raise Problem(N_("{name} has {size} entries; you gave {given}"), name=name, size=size, given=a.size)
    return a


def _close(a: np.ndarray, b: np.ndarray, atol: float, rtol: float) -> bool:
    return a.shape == b.shape and bool(np.all(np.abs(a - b) <= atol + rtol * np.abs(b)))


def check_answers(quantities: Sequence[Quantity], answers: Mapping[str, object], atol: float = 5e-3,
                  rtol: float = 1e-3) -> AnswerCheck:
    """Judge ``answers`` (key → typed text or numbers) against ``quantities`` (see module doc)."""
    quantities = list(quantities)
    for q in quantities:
        ck.instance("quantities", q, Quantity, "a list of answer_check.Quantity")
    if not isinstance(answers, Mapping):
        raise ck.BadArgument(N_("answers must be a mapping {form}, got {value}"), form="{quantity: text}",
                             value=ck.show(answers))
    atol = ck.real("tolerance", atol, 0.0)
    rtol = ck.real("rtol", rtol, 0.0)
    by_key = {q.key: q for q in quantities}
    unknown = [k for k in answers if k not in by_key]
    if unknown:
        raise ck.BadArgument(N_("unknown quantity {value}; one of {options}"), value=ck.show(unknown[0]),
                             options=", ".join(by_key))
    given: dict[str, np.ndarray] = {}
    for q in quantities:
        v = answers.get(q.key)
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        if isinstance(v, str):
            given[q.key] = parse_answer(v, q.correct.size, q.label)
        else:
            arr = ck.array(q.label, v).reshape(-1).astype(float)
            if arr.size != q.correct.size:
                raise ck.BadArgument(N_("{name} has {size} entries; you gave {given}"), name=q.label, size=q.correct.size,
                                     given=arr.size)
            given[q.key] = arr
    own: dict[str, np.ndarray] = {}

    def mine(key: str) -> np.ndarray:
        return given.get(key, own.get(key, by_key[key].correct))

    verdicts, first = [], None
    for q in quantities:
        earlier = {k: mine(k) for k in q.depends}
        yours = q.correct if q.compute is None else np.asarray(q.compute(earlier), dtype=float).reshape(-1)
        own[q.key] = yours
        if q.key not in given:
            continue
        g = given[q.key]
        r = 0.0 if q.exact else rtol
        ok = _close(g, q.correct, atol, r)
        consistent = _close(g, yours, atol, r)
        detail = Problem(N_("right")) if ok else _explain(q, g, yours, earlier, atol, r)
        verdicts.append(Verdict(q.key, q.label, g, q.correct, ok, yours, consistent, str(detail), detail))
        if not ok and first is None:
            first = q.key
    problem = _message(quantities, verdicts, first, given)
    return AnswerCheck(tuple(verdicts), first, str(problem), {q.key: q.label for q in quantities}, problem)


def joined(parts: Sequence, sep: str = ", ") -> Problem:
    """``parts`` one after the other: only the structure (no words), each part that is a
    Problem translated where the whole is shown."""
    return Problem(sep.join("{}" for _ in parts), *parts)


def _equals(label, value) -> Problem:
    return joined([label, value], " = ")


def _explain(q: Quantity, g: np.ndarray, yours: np.ndarray, earlier: Mapping, atol: float, rtol: float) -> Problem:
    bad = np.flatnonzero(np.abs(g - q.correct) > atol + rtol * np.abs(q.correct))
    i = int(bad[0]) if bad.size else 0
    if q.correct.size == 1:
        text = Problem(N_("you have {yours}, correct is {correct}"), yours=_num(g[i]), correct=_num(q.correct[i]))
    else:
        text = Problem(N_("{entry}: you have {yours}, correct is {correct}"), entry=q.entry_name(i),
                       yours=_num(g[i]), correct=_num(q.correct[i]))
    then = N_("{verdict}; {formula}")
    if q.substitute is not None:
        worked = q.substitute(earlier)
        return Problem(then, verdict=text, formula=_equals(q.formula, worked) if q.formula else worked)
    return Problem(then, verdict=text, formula=q.formula) if q.formula else text


def _message(quantities, verdicts, first, given) -> Problem:
    if not verdicts:
        return Problem(N_("Type a value for at least one quantity."))
    if first is None:
        return Problem(N_("All right: {values}."), values=joined([_equals(v.label, vector_text(v.given))
                                                                   for v in verdicts]))
    v = next(v for v in verdicts if v.key == first)
    q = next(q for q in quantities if q.key == first)
    sentences = [Problem(N_("Your first wrong quantity is {label}: {detail}."), label=v.label,
                         detail=v.problem or v.detail)]
    if q.depends and not v.consistent:
        missing = [k for k in q.depends if k not in given]
        if missing:
            labels = {x.key: x for x in quantities}
            sentences.append(Problem(N_("You gave no value for {labels}: the slip may lie there (correct: {values})."),
                                     labels=joined([labels[k].label for k in missing]),
                                     values=joined([_equals(labels[k].label, vector_text(labels[k].correct))
                                                    for k in missing])))
    carried = [w.label for w in verdicts if not w.ok and w.key != first and w.consistent]
    if carried:
        sentences.append(Problem(N_("{labels} follows correctly from your own earlier numbers.") if len(carried) == 1
                                 else N_("{labels} follow correctly from your own earlier numbers."),
                                 labels=joined(carried)))
    return joined(sentences, " ")
