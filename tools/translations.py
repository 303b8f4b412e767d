"""Update and compile the lab's translations (``resources/translations/nnlab_{el,he,ru}``).

    python tools/translations.py update    # pyside6-lupdate: new source strings into the .ts files
    python tools/translations.py release   # pyside6-lrelease: .ts -> .qm (committed, installed)
    python tools/translations.py status    # finished / unfinished count per language
    python tools/translations.py bidi      # Hebrew: formula runs isolated left to right
    python tools/translations.py fill F.json   # unfinished entries from {source: {el, he, ru}}

``update`` scans every module of ``nnlab_gui`` for ``tr_("...")`` and ``N_("...")`` (the
aliases of ``QT_TR_NOOP`` in ``nnlab_gui.i18n`` and ``nnlab_gui.engine.texts``) and keeps the translations already
written; strings no longer in the code are dropped (``-no-obsolete``).  Translators edit
the .ts files (Qt Linguist, ``pyside6-linguist``, or any XML editor), then run ``release``.
``tests/gui/test_i18n.py`` checks that the .qm files are current and that nothing is
unfinished.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("el", "he", "ru")
ALIASES = "QT_TR_NOOP+=N_,QT_TR_NOOP+=tr_"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` next to this Python, else on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it ships with PySide6-Essentials)")
    return found


def sources() -> list[str]:
    """Every module of the lab; the engine too (its display templates are marked with
    ``nnlab_gui.engine.texts.N_`` / filled through a ``tr_`` argument)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "nnlab_gui").rglob("*.py"))


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"nnlab_{code}.ts"


def lupdate(targets: list[Path], locations: str = "relative") -> None:
    cmd = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", locations,
           "-tr-function-alias", ALIASES, *sources(), "-ts", *map(str, targets)]
    subprocess.run(cmd, cwd=ROOT, check=True)


def lrelease(code: str) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(code)), "-qm",
                    str(FOLDER / f"nnlab_{code}.qm")], cwd=ROOT, check=True)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, type) of a .ts file."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(name, msg.findtext("source") or "")] = ((tr.text or "") if tr is not None else "",
                                                         tr.get("type", "") if tr is not None else "")
    return out


RTL = ("he",)
LRI, PDI, RLM = "\u2066", "\u2069", "\u200f"
# a left-to-right run inside a right-to-left sentence: Latin letters, digits, {placeholders},
# formula signs, Greek letters (Σ_j, μ(x)) and combining accents (S̃); it is isolated when,
# placeholders aside, it holds a Latin letter or "=" (a lone number or {placeholder} reads the
# same in either direction)
_RUN = re.compile(r"[A-Za-z0-9{}()\[\]|‖·−–+\-*/=.,:;√²³⁰¹⁻ᵀ×→_'’%^∂\u0300-\u036f\u0391-\u03c9 ]+")
# worth an island: a Latin letter or "=", or an operator between operands ("{a}/√({b}·{c})", "−1")
_WORTH = re.compile(r"[A-Za-z=]|[+\-−*/√·×^](?=.*[0-9{])|[0-9}].*[+\-−*/√·×^]")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def isolate_runs(text: str) -> str:
    """``text`` (a right-to-left translation) with each left-to-right run wrapped in LRI…PDI
    and an RLM in front when it starts with one, so "J = {J}, MSE" keeps its order and the
    sentence its direction ("Kamada–Kawai" stays one run).  Isolation marks already there are
    made afresh; in rich text only the text between the tags is touched, and a
    ``<span dir="ltr">…</span>`` (a formula with sub- or superscripts, or a name next to a
    parenthesis) is one island as a whole; a menu entry with an ``&`` accelerator is left alone."""
    text = text.replace(RLM + LRI, LRI).replace(LRI, "").replace(PDI, "").removeprefix(RLM)  # afresh
    if "<" in text:                      # rich text: only the text between the tags
        out = "".join(f"{piece}{LRI}{inner}{PDI}{end}" if piece == _LTR_SPAN_OPEN else _rich(piece)
                      for piece, inner, end in _ltr_spans(text))
        # a paragraph whose first letter is Latin ("<b>K(G1,G2)</b> על פני …") would be laid
        # out left to right: an RLM before its first island keeps it right to left
        first = re.match(r"(?:<[^>]*>|\s)*(?=\u2066)", out)
        return out if first is None else out[:first.end()] + RLM + out[first.end():]
    if "&" in text:                      # a menu entry with its accelerator: left alone
        return text
    out = _isolated(text)
    return (RLM + out) if out.startswith(LRI) else out


_LTR_SPAN_OPEN = '<span dir="ltr">'
_LTR_SPAN = re.compile(r'(<span dir="ltr">)(.*?)(</span>)', re.S)


def _ltr_spans(text: str) -> list[tuple[str, str, str]]:
    """``text`` cut into (rich text, "", "") and (``<span dir="ltr">``, inside, ``</span>``) pieces."""
    out, at = [], 0
    for m in _LTR_SPAN.finditer(text):
        out += [(text[at:m.start()], "", ""), m.groups()]
        at = m.end()
    return out + [(text[at:], "", "")]


def _rich(text: str) -> str:
    parts = re.split(r"(<[^>]*>|&[a-z]+;)", text)
    return "".join(p if p.startswith(("<", "&")) and p.endswith((">", ";")) else _isolated(p)
                   for p in parts)


_PAIRS = {")": "(", "]": "["}


def _unmatched(run: str) -> list[int]:
    """Where ``run`` has a bracket without its pair (in "d_k (" or "1e-5)" the bracket opens or
    closes a right-to-left parenthesis: inside a left-to-right island it would lose its pair
    and its mirroring, so it stays outside)."""
    stack, lone = [], []
    for i, c in enumerate(run):
        if c in "([":
            stack.append(i)
        elif c in ")]":
            if stack and run[stack[-1]] == _PAIRS[c]:
                stack.pop()
            else:
                lone.append(i)
    return sorted(lone + stack)


def _isolated(text: str) -> str:
    def island(run: str) -> str:
        # an "=" at either end joins the Hebrew words to the formula: it stays outside the
        # island, between them ("J סופי = 5.1e-8" must not read "J סופי 5.1e-8 =")
        core = run.strip(" ,.:;·")
        core = core[1:].lstrip() if core.startswith("=") else core
        core = core[:-1].rstrip() if core.endswith("=") else core
        if not core or not _WORTH.search(re.sub(r"\{[^}]*\}", "0", core)):    # a placeholder: a number
            return run
        i = run.index(core)
        return f"{run[:i]}{LRI}{core}{PDI}{run[i + len(core):]}"

    def wrap(m: re.Match) -> str:
        run, out, start = m.group(0), [], 0
        for i in _unmatched(m.group(0)):
            out += [island(run[start:i]), run[i]]
            start = i + 1
        return "".join(out) + island(run[start:])

    # a placeholder is one token: "{code!r}" or "{mb:>5.0f}" would otherwise be cut where a
    # character outside the run ("!", ">") stands, and str.format could no longer read it
    holes: list[str] = []

    def hide(m: re.Match) -> str:
        holes.append(m.group(0))
        return "{" + str(len(holes) - 1) + "}"

    out = _RUN.sub(wrap, _PLACEHOLDER.sub(hide, text))
    return re.sub(r"\{(\d+)\}", lambda m: holes[int(m.group(1))], out)


def bidi(code: str) -> int:
    """Isolate the left-to-right runs of every translation of ``code``; returns how many changed."""
    path = ts_path(code)
    text = path.read_text(encoding="utf-8")
    changed = 0

    def fix(m: re.Match) -> str:
        nonlocal changed
        old = html.unescape(m.group(2))
        new = isolate_runs(old)
        if new == old:
            return m.group(0)
        changed += 1
        return f"{m.group(1)}{html.escape(new, quote=False)}{m.group(3)}"

    text = re.sub(r"(<translation>)(.*?)(</translation>)", fix, text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    return changed


def fill(table: dict[str, dict[str, str]], code: str) -> int:
    """Write ``table[source][code]`` into every unfinished entry of ``code`` whose source is in
    ``table`` (a translator's batch as JSON); returns how many were filled."""
    path = ts_path(code)
    text = path.read_text(encoding="utf-8")
    filled = 0

    def put(m: re.Match) -> str:
        nonlocal filled
        source = html.unescape(m.group(2))
        new = table.get(source, {}).get(code)
        if not new:
            return m.group(0)
        filled += 1
        return f"{m.group(1)}{m.group(2)}{m.group(3)}<translation>{html.escape(new, quote=False)}</translation>"

    text = re.sub(r"(<source>)([^<]*)(</source>\s*(?:<[a-z]+comment>.*?</[a-z]+comment>\s*)?)"
                  r"<translation type=\"unfinished\">\s*</translation>", put, text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "status"
    if what == "update":
        FOLDER.mkdir(parents=True, exist_ok=True)
        for code in LANGUAGES:
            path = ts_path(code)
            if not path.exists():
                path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                                f'<TS version="2.1" language="{code}"></TS>\n', encoding="utf-8")
        lupdate([ts_path(c) for c in LANGUAGES])
    elif what == "bidi":
        for code in RTL:
            print(f"{code}: {bidi(code)} translations isolated")
    elif what == "fill":
        import json

        table = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        for code in LANGUAGES:
            print(f"{code}: {fill(table, code)} filled")
    elif what == "release":
        for code in LANGUAGES:
            lrelease(code)
    for code in LANGUAGES:
        if ts_path(code).exists():
            msgs = messages(ts_path(code))
            todo = sum(1 for t, kind in msgs.values() if kind == "unfinished" or not t)
            print(f"{code}: {len(msgs)} strings, {todo} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
