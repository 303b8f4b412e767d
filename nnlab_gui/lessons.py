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

``narration`` may be one Markdown string or a table of languages (``{ en = "…", ru = "…" }``);
``session`` (``{ "Tab" = { "Page" = {…} } }``) applies states to other pages too.
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

from nnlab_gui.engine.resources import resources_dir
from nnlab_gui.engine.texts import N_, Problem

LANGUAGES = ("en", "el", "he", "ru")
STEP_KEYS = {"title", "page", "state", "session", "narration", "hidden", "action", "expect"}
LESSON_KEYS = {"title", "exercise", "steps", "description"}
MAX_BYTES = 1_000_000
MAX_STEPS = 200


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

    def text(self, language: str = "en") -> str:
        """The narration in ``language`` (English when the lesson has none in it)."""
        return self.narration.get(language) or self.narration.get("en") or next(iter(self.narration.values()), "")


@dataclass(frozen=True)
class Lesson:
    name: str
    title: str
    steps: tuple[Step, ...]
    exercise: str = ""
    path: Path | None = None


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


def _step(raw: Any, where: str) -> Step:
    if not isinstance(raw, dict):
        raise _fail(where, Problem(N_("a step is a table ([[steps]])")))
    unknown = set(raw) - STEP_KEYS
    if unknown:
        raise _fail(where, Problem(N_("unknown key {key!r} (a step has {keys})"),
                                   key=sorted(unknown)[0], keys=", ".join(sorted(STEP_KEYS))))
    title = _text(raw.get("title"), where, "title")
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
    expect = raw.get("expect", [])
    if isinstance(expect, str):
        expect = [expect]
    if not isinstance(expect, list) or not all(isinstance(e, str) and e for e in expect):
        raise _fail(where, Problem(N_("'expect' is a text (or a list of texts) the page shows after the step")))
    return Step(title, page, dict(narration), dict(state), dict(session), tuple(hidden), action, tuple(expect))


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
    title = _text(raw.get("title"), name, "title")
    steps = raw.get("steps")
    if not isinstance(steps, list) or not steps:
        raise _fail(name, Problem(N_("a lesson needs at least one [[steps]] table")))
    if len(steps) > MAX_STEPS:
        raise _fail(name, Problem(N_("{count} steps; a lesson has at most {most}"), count=len(steps), most=MAX_STEPS))
    parsed = tuple(_step(s, Problem(N_("{lesson}, step {n}"), lesson=name, n=i + 1)) for i, s in enumerate(steps))
    return Lesson(name, title, parsed, _text(raw.get("exercise", ""), name, "exercise", required=False), path)


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
