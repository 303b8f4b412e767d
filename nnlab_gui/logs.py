"""The lab's log file: worker tracebacks and other details a message bar only summarises.

A page's message bar shows one line ("ArithmeticError: division by zero"); the whole
traceback goes to ``nnlab.log`` in the user's data folder (``$NNLAB_DATA_DIR`` if set,
else ``~/.local/share/nnlab`` on Linux, ``~/Library/Application Support/NNLab`` on macOS,
``%APPDATA%\\NNLab`` on Windows).  Help → Show log opens it.  Qt-free.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOGGER_NAME = "nnlab_gui"
_handler: dict[str, logging.Handler] = {}


def data_dir() -> Path:
    """The folder the lab writes its own files to (created when missing)."""
    env = os.environ.get("NNLAB_DATA_DIR")
    if env:
        base = Path(env)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home())) / "NNLab"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "NNLab"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "nnlab"
    base.mkdir(parents=True, exist_ok=True)
    return base


def log_path() -> Path:
    return data_dir() / "nnlab.log"


def logger() -> logging.Logger:
    """The lab's logger, writing to :func:`log_path` (set up on first use)."""
    log = logging.getLogger(LOGGER_NAME)
    path = str(log_path())
    old = _handler.get("file")
    if old is None or getattr(old, "baseFilename", None) != os.path.abspath(path):
        if old is not None:
            log.removeHandler(old)
            old.close()
        try:
            handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2,
                                                           encoding="utf-8", delay=True)
        except OSError:  # a read-only home: keep the messages in memory only
            handler = logging.NullHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        _handler["file"] = handler
    return log


def log_error(summary: str, details: str = "") -> None:
    """One error: its one-line summary and (say) its traceback, flushed at once."""
    log = logger()
    log.error("%s\n%s", summary, details.rstrip()) if details else log.error("%s", summary)
    handler = _handler.get("file")
    if handler is not None:
        handler.flush()


def install_excepthook() -> None:
    """Log an exception that escapes a Qt slot (its traceback) before the default hook runs."""
    previous = sys.excepthook

    def hook(kind, value, tb):
        import traceback

        log_error(f"uncaught {kind.__name__}: {value}", "".join(traceback.format_exception(kind, value, tb)))
        previous(kind, value, tb)

    sys.excepthook = hook


def read_log(max_chars: int = 200_000) -> str:
    """The end of the log file ('' when there is none yet)."""
    try:
        text = log_path().read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return text[-max_chars:]
