"""Lessons: a course exercise replayed step by step (GeoGebra's construction protocol).

A lesson is a small TOML file (``docs/LESSONS.md`` is the teacher's guide)::

    title = "Inpainting: how many pixels does the generator need?"
    exercise = "seed 002, exercise 2"

    [[steps]]
    title = "Keep the first 500 pixels"
    page = "Inpainting"                       # "Tab" or "Tab:Page"
    state = { iterations = 800 }              # a partial state of that page
    narration = "The course's T = [I 0] keeps the first **N** pixels …"
    hidden = ["reconstruction"]               # results covered until Reveal
    action = "run"                            # optional: run / step / back / compute …
    expect = "MSE to the ideal"               # optional: text the page shows after the step

``narration``, both ``title`` keys and ``exercise`` may be one string (English) or a table of
languages (``{ en = "…", ru = "…" }``): :meth:`Step.text`, :meth:`Step.heading` and
:meth:`Lesson.heading` give the one of a language, English when there is none in it
(``step.title`` / ``lesson.title`` stay the English text).  ``expect`` is English: in another
language its language-neutral parts (numbers, formulas, symbols: :func:`neutral_parts`) are
what the page must show, unless ``expect`` is a table of languages with lists of texts
(:meth:`Step.expected`).  ``session`` (``{ "Tab" = { "Page" = {…} } }``) applies states to
other pages too.
:func:`load` reads and checks a lesson completely and raises ``ValueError`` naming the
step and key that is wrong; :func:`available` lists the bundled lessons.  Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:                                   # Python 3.11+
    import tomllib
except ModuleNotFoundError:            # pragma: no cover - Python 3.10
    import tomli as tomllib
import re

from nnlab_gui.engine.resources import resources_dir
from nnlab_gui.engine.texts import N_, Problem

LANGUAGES = ("en", "el", "he", "ru")
STEP_KEYS = {"title", "page", "state", "session", "narration", "hidden", "action", "expect"}
LESSON_KEYS = {"title", "exercise", "steps", "description"}
MAX_BYTES = 1_000_000
MAX_STEPS = 200


def pick(texts: dict[str, str], language: str = "en") -> str:
    """The text of ``language`` in a table of languages, else the English one, else any."""
    return texts.get(language) or texts.get("en") or next((t for t in texts.values() if t), "")


# a word of a sentence: letters only (an apostrophe or hyphen inside), all lower case or
# capitalised ("pixels", "Tile", "back-propagation", "report's"); "ReLU", "MSE", "W_hx",
# "x₁", "G1", "8x" and single letters (variables: "N", "λ") are not words
_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*")
_EDGE = " \t\n,.;:!?()'\"«»“”"


def _is_word(token: str) -> bool:
    letters = re.sub(r"['’\-]", "", token)
    if not letters.isalpha():
        return False
    if len(letters) == 1:
        return letters == "a"
    return letters.islower() or (letters[0].isupper() and letters[1:].islower())


def neutral_parts(text: str) -> list[str]:
    """The parts of an English ``expect`` text that read the same in every language: the
    runs between its words (numbers, formulas, symbols, names like ReLU), trimmed.
    ``"N = 500 observed pixels"`` -> ``["N = 500"]``; ``"MSE to the ideal"`` -> ``["MSE"]``;
    ``"keeps its initial label"`` -> ``[]``."""
    parts, start = [], 0
    for m in _TOKEN.finditer(text):
        if _is_word(m.group()):
            parts.append(text[start:m.start()])
            start = m.end()
    parts.append(text[start:])
    parts = [p.strip(_EDGE) for p in parts]
    return [p for p in parts if p]


_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def shows(page_text: str, expected: str) -> bool:
    """Whether a page's text shows ``expected`` (the invisible direction marks that Hebrew
    texts carry around formulas are ignored on both sides)."""
    return expected.translate(_BIDI_MARKS) in page_text.translate(_BIDI_MARKS)


@dataclass(frozen=True)
class Step:
    title: str
    page: str
    narration: dict[str, str]
    state: dict[str, Any] = field(default_factory=dict)
    session: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    hidden: tuple[str, ...] = ()
    action: str = ""
    expect: tuple[str, ...] = ()
    titles: dict[str, str] = field(default_factory=dict)
    expects: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def text(self, language: str = "en") -> str:
        """The narration in ``language`` (English when the lesson has none in it)."""
        return pick(self.narration, language)

    def heading(self, language: str = "en") -> str:
        """The step's title in ``language`` (English when the lesson has none in it)."""
        return pick(self.titles, language) if self.titles else self.title

    def expected(self, language: str = "en") -> tuple[str, ...]:
        """What the page shows after the step when the window speaks ``language``: the
        lesson's own list for that language, else (English ``expect``) its texts in English
        and their language-neutral parts (:func:`neutral_parts`) in any other language."""
        if language in self.expects:
            return self.expects[language]
        if language == "en":
            return self.expect
        return tuple(part for text in self.expect for part in neutral_parts(text))


@dataclass(frozen=True)
class Lesson:
    name: str
    title: str
    steps: tuple[Step, ...]
    exercise: str = ""
    path: Path | None = None
    titles: dict[str, str] = field(default_factory=dict)
    exercises: dict[str, str] = field(default_factory=dict)

    def heading(self, language: str = "en") -> str:
        """The lesson's title in ``language`` (English when the lesson has none in it)."""
        return pick(self.titles, language) if self.titles else self.title

    def exercise_text(self, language: str = "en") -> str:
        """The lesson's ``exercise`` in ``language`` (English when the lesson has none in it)."""
        return pick(self.exercises, language) if self.exercises else self.exercise


def lessons_dir() -> Path:
    return resources_dir() / "lessons"


def available() -> list[str]:
    """Names of the bundled lessons (the file names without ``.toml``), in course order."""
    folder = lessons_dir()
    return sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []


def _fail(where, why) -> Problem:
    """``where: why`` as a translatable message (``where`` and ``why`` are texts or Problems)."""
    return Problem(N_("{where}: {why}"), where=where, why=why)


def _text(value: Any, where: str, key: str, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _fail(where, Problem(N_("'{key}' must be a non-empty text") if required
                                   else N_("'{key}' must be a text"), key=key))
    return value


def _languages(table: dict, where, key: str) -> None:
    bad = sorted(set(table) - set(LANGUAGES))
    if bad:
        raise _fail(where, Problem(N_("'{key}': language '{code}' is not one of {codes}"),
                                   key=key, code=bad[0], codes=", ".join(LANGUAGES)))


def _texts(value: Any, where, key: str, required: bool = True) -> dict[str, str]:
    """A text or a table of languages -> ``{language: text}`` (a plain text is English)."""
    if value is None and not required:
        return {}
    if isinstance(value, str) or value is None:
        return {"en": _text(value, where, key, required)} if value or required else {}
    if not isinstance(value, dict) or not value or not all(isinstance(v, str) for v in value.values()):
        raise _fail(where, Problem(N_("'{key}' is a text, or a table of languages {example}"),
                                   key=key, example='{en = "…", ru = "…"}'))
    _languages(value, where, key)
    if required and not any(v.strip() for v in value.values()):
        raise _fail(where, Problem(N_("'{key}' must be a non-empty text"), key=key))
    return dict(value)


def _expect(value: Any, where) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """``expect``: a text, a list of texts (English), or a table of languages with lists."""
    def texts(v):
        v = [v] if isinstance(v, str) else v
        if not isinstance(v, list) or not all(isinstance(e, str) and e for e in v):
            raise _fail(where, Problem(N_("'expect' is a text (or a list of texts) the page shows after the step")))
        return tuple(v)

    if isinstance(value, dict):
        _languages(value, where, "expect")
        table = {code: texts(v) for code, v in value.items()}
        return table.get("en", ()), table
    return texts(value), {}


def _step(raw: Any, where: str) -> Step:
    if not isinstance(raw, dict):
        raise _fail(where, Problem(N_("a step is a table ([[steps]])")))
    unknown = set(raw) - STEP_KEYS
    if unknown:
        raise _fail(where, Problem(N_("unknown key {key!r} (a step has {keys})"),
                                   key=sorted(unknown)[0], keys=", ".join(sorted(STEP_KEYS))))
    titles = _texts(raw.get("title"), where, "title")
    page = _text(raw.get("page"), where, "page")
    narration = raw.get("narration", "")
    if isinstance(narration, str):
        narration = {"en": narration}
    if not isinstance(narration, dict) or not all(isinstance(v, str) for v in narration.values()):
        raise _fail(where, Problem(N_("'narration' is Markdown text, or a table of languages {example}"),
                                   example='{en = "…", ru = "…"}'))
    bad_lang = set(narration) - set(LANGUAGES)
    if bad_lang:
        raise _fail(where, Problem(N_("narration language {code!r} is not one of {codes}"),
                                   code=sorted(bad_lang)[0], codes=", ".join(LANGUAGES)))
    state = raw.get("state", {})
    if not isinstance(state, dict):
        raise _fail(where, Problem(N_("'state' is a table of the page's values")))
    session = raw.get("session", {})
    if not isinstance(session, dict) or not all(
            isinstance(pages, dict) and all(isinstance(s, dict) for s in pages.values()) for pages in session.values()):
        raise _fail(where, Problem(N_("'session' is a table {example}"), example="{Tab = {Page = {values}}}"))
    hidden = raw.get("hidden", [])
    if isinstance(hidden, str):
        hidden = [hidden]
    if not isinstance(hidden, list) or not all(isinstance(h, str) and h for h in hidden):
        raise _fail(where, Problem(N_("'hidden' is a list of the page's result names")))
    action = _text(raw.get("action", ""), where, "action", required=False)
    expect, expects = _expect(raw.get("expect", []), where)
    return Step(pick(titles), page, dict(narration), dict(state), dict(session), tuple(hidden), action,
                expect, titles, expects)


def parse(text: str, name: str = "lesson", path: Path | None = None) -> Lesson:
    """A lesson from its TOML text (ValueError naming what is wrong)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(name, Problem(N_("not valid TOML ({reason})"), reason=str(exc))) from None
    unknown = set(raw) - LESSON_KEYS
    if unknown:
        raise _fail(name, Problem(N_("unknown key {key!r} (a lesson has {keys})"),
                                  key=sorted(unknown)[0], keys=", ".join(sorted(LESSON_KEYS))))
    titles = _texts(raw.get("title"), name, "title")
    steps = raw.get("steps")
    if not isinstance(steps, list) or not steps:
        raise _fail(name, Problem(N_("a lesson needs at least one [[steps]] table")))
    if len(steps) > MAX_STEPS:
        raise _fail(name, Problem(N_("{count} steps; a lesson has at most {most}"), count=len(steps), most=MAX_STEPS))
    parsed = tuple(_step(s, Problem(N_("{lesson}, step {n}"), lesson=name, n=i + 1)) for i, s in enumerate(steps))
    exercises = _texts(raw.get("exercise"), name, "exercise", required=False)
    return Lesson(name, pick(titles), parsed, pick(exercises), path, titles, exercises)


def load(name_or_path: str | Path) -> Lesson:
    """A bundled lesson by name (see :func:`available`) or a lesson file by path."""
    path = Path(name_or_path)
    if not path.suffix and str(name_or_path) in available():
        path = lessons_dir() / f"{name_or_path}.toml"
    if not path.is_file():
        known = ", ".join(available()) or "–"
        raise Problem(N_("no lesson {name!r}: give a .toml file or a bundled lesson ({known})"),
                      name=str(name_or_path), known=known)
    if path.stat().st_size > MAX_BYTES:
        raise Problem(N_("{file} is {size} bytes; a lesson file is at most {most}"),
                      file=path.name, size=path.stat().st_size, most=MAX_BYTES)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise Problem(N_("{file} is not UTF-8 text"), file=path.name) from None
    return parse(text, path.stem, path)
