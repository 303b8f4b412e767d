"""Start the lab: ``nnlab-gui`` or ``python -m nnlab_gui``.

``nnlab-gui [FILE] [--lesson NAME [--step N]]`` opens a session or any file the lab knows
and a lesson.  ``--screenshot PATH [--tab NAME] [--size WxH]`` builds the window offscreen,
renders it to a PNG and exits 0 (``--tab "Generator:Sampling"`` selects an inner
page too).  ``--lang el`` starts in Greek (en, el, he, ru; default: View → Language, else
the system locale).  ``--no-restore`` ignores remembered settings.  ``--scale X`` (1.0–3.0) and
``--theme light|dark|high-contrast`` set the presentation scale and the theme (remembered,
except with ``--screenshot``, which reads and writes no settings).

On Linux/X11 the system libraries of Qt's platform plugin are checked before the
application is created (``first_run``): when some are missing the exact ``apt-get``
line is printed and the command exits with code 3 instead of Qt's bare abort.
"""

from __future__ import annotations

import argparse
import os
import sys


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, got {text!r}") from None
    if w < 200 or h < 150 or w > 8000 or h > 8000:
        raise argparse.ArgumentTypeError(f"size {w}x{h} is out of range (200x150 to 8000x8000)")
    return w, h


THEMES = ("light", "dark", "high-contrast")


def parse_scale(text: str) -> float:
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"scale must be a number from 1.0 to 3.0, got {text!r}") from None
    if not 1.0 <= x <= 3.0:
        raise argparse.ArgumentTypeError(f"scale must be from 1.0 to 3.0, got {text!r}")
    return x


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="nnlab-gui", description="NN Lab: a visual neural-network laboratory")
    p.add_argument("file", nargs="?", help="a session (.nnlab) or any file the lab opens (a course .mat, "
                   "a generator .npz, a TU folder, a graph or CNN text file): sent to its page")
    p.add_argument("--screenshot", metavar="PATH", help="render the window to a PNG offscreen and exit")
    p.add_argument("--tab", metavar="NAME", help='tab to show, e.g. "WL kernel" or "Generator:Sampling"')
    p.add_argument("--size", metavar="WxH", type=parse_size, default=None, help="window size, e.g. 1280x800")
    p.add_argument("--delay", metavar="MS", type=int, default=600,
                   help="with --screenshot: let timers and workers run this long first (default 600)")
    p.add_argument("--no-restore", action="store_true", help="ignore remembered settings")
    p.add_argument("--lesson", metavar="NAME", help="open a lesson: a bundled name (Classroom → Lessons) or a .toml file")
    p.add_argument("--step", metavar="N", type=int, default=1, help="with --lesson: start at step N (from 1)")
    p.add_argument("--lang", metavar="CODE", help="the lab's language: en, el, he or ru (default: the one "
                   "chosen in View → Language, else the system's)")
    p.add_argument("--scale", metavar="X", type=parse_scale, default=None,
                   help="presentation scale 1.0–3.0 for projectors: text, plots and drawings (remembered)")
    p.add_argument("--theme", choices=THEMES, default=None, help="colour theme (remembered)")
    return p


def _apply_view(window, args) -> None:
    if args.scale is not None:
        window.set_ui_scale(args.scale)
    if args.theme is not None:
        window.set_theme(args.theme)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    else:
        from nnlab_gui import first_run

        problem = first_run.check()
        if problem:
            print(problem, file=sys.stderr)
            return first_run.EXIT_CODE

    from PySide6.QtWidgets import QApplication

    from nnlab_gui import settings
    from nnlab_gui.app import MainWindow

    if args.screenshot:
        settings.set_writable(False)       # a screenshot reads and writes no settings
        try:
            return _screenshot(args, MainWindow)
        finally:
            settings.set_writable(True)

    from nnlab_gui import logs

    logs.install_excepthook()             # an exception in a slot goes to the log too
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("NN Lab")
    app.setOrganizationName("NNLab")
    if not _set_language(args):
        return 2
    window = MainWindow(restore=not args.no_restore)
    _apply_view(window, args)
    if args.size:
        window.resize(*args.size)
    if args.file:
        window.open_path(args.file)
    _start_lesson(window, args)
    if args.tab:
        try:
            window.show_page(args.tab)
        except KeyError as exc:
            print(f"nnlab-gui: {exc.args[0]}", file=sys.stderr)
            return 2
    window.show()
    return app.exec()


def _set_language(args) -> bool:
    """``--lang CODE``, else the remembered or the system's language; False if CODE is unknown."""
    from nnlab_gui import i18n

    try:
        i18n.set_language(args.lang if args.lang else i18n.startup_language())
    except ValueError as exc:
        print(f"nnlab-gui: {exc}", file=sys.stderr)
        return False
    return True


def _start_lesson(window, args) -> bool:
    """``--lesson NAME [--step N]``; False (with the reason on stderr) when it cannot start."""
    if not args.lesson:
        return True
    if not window.start_lesson(args.lesson):
        print(f"nnlab-gui: {window.statusBar().currentMessage()}", file=sys.stderr)
        return False
    if args.step != 1 and not window.lesson_goto(args.step - 1):
        print(f"nnlab-gui: the lesson has no step {args.step} (it has {window.lesson_position()[1]})",
              file=sys.stderr)
        return False
    return True


def _screenshot(args, MainWindow) -> int:
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("NN Lab")
    app.setOrganizationName("NNLab")
    if not _set_language(args):
        return 2
    window = MainWindow(restore=False)
    _apply_view(window, args)
    window.resize(*(args.size or (1280, 820)))
    if args.file and not window.open_path(args.file):
        print(f"nnlab-gui: {window.statusBar().currentMessage()}", file=sys.stderr)
    if not _start_lesson(window, args):
        window.close()
        return 2
    if args.tab:
        try:
            window.show_page(args.tab)
        except KeyError as exc:
            print(f"nnlab-gui: {exc.args[0]}", file=sys.stderr)
            window.close()
            return 2
    window.show()
    app.processEvents()                    # posted palette, font and layout changes, even with --delay 0
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < max(0, args.delay):
        app.processEvents()
    ok = window.grab().save(args.screenshot)
    window.close()
    app.processEvents()
    if not ok:
        print(f"nnlab-gui: could not write {args.screenshot}", file=sys.stderr)
        return 1
    print(f"wrote {args.screenshot}")
    return 0

if __name__ == "__main__":
    sys.exit(main())
