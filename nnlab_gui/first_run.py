"""First run on Linux/X11: are the system libraries of Qt's xcb platform plugin installed?

Without ``libxcb-cursor0`` (and a few friends) Qt aborts with a bare "could not load the Qt
platform plugin "xcb"" and a core dump.  :func:`check` runs before the application is
created (no Qt import here): on X11 it looks the libraries up with
``ctypes.util.find_library`` and, when some are missing, returns the message to print: the
exact ``sudo apt-get install …`` line, and the ``QT_QPA_PLATFORM=offscreen`` /
``--screenshot`` alternative.  Anything that is not X11 (Wayland, offscreen, macOS,
Windows, no display at all) is not checked; ``NNLAB_SKIP_LIB_CHECK=1`` skips the check.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from typing import Callable, Mapping

# library name for find_library -> Debian/Ubuntu package
X11_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
}
EXIT_CODE = 3


def on_x11(env: Mapping[str, str], platform: str) -> bool:
    """True when Qt would start its xcb (X11) platform plugin."""
    if not platform.startswith("linux"):
        return False
    qpa = env.get("QT_QPA_PLATFORM", "").strip().lower()
    if qpa:
        return qpa.split(":")[0].split(";")[0] == "xcb" and bool(env.get("DISPLAY"))
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_libraries(find_library: Callable[[str], str | None] | None = None) -> list[str]:
    """The packages of ``X11_LIBRARIES`` whose library ``find_library`` (default
    ``ctypes.util.find_library``) cannot find, in order; none when the lookup cannot find
    even the C library (then it proves nothing)."""
    find_library = find_library or ctypes.util.find_library
    try:
        if not find_library("c"):
            return []
        return [pkg for lib, pkg in X11_LIBRARIES.items() if not find_library(lib)]
    except OSError:                                   # no ldconfig / gcc to ask: do not guess
        return []


def message(packages: list[str], prog: str = "nnlab-gui") -> str:
    return (f"{prog}: Qt's X11 platform plugin needs system libraries that are not installed: "
            f"{', '.join(packages)}.\n"
            f"Install them (Debian/Ubuntu):\n\n"
            f"    sudo apt-get install {' '.join(packages)}\n\n"
            f"or run without a display:\n\n"
            f"    QT_QPA_PLATFORM=offscreen {prog} …      (no window; for tests and batch use)\n"
            f"    {prog} --screenshot out.png [--tab NAME]   (renders the window to a PNG)\n")


def check(env: Mapping[str, str] | None = None, platform: str | None = None,
          find_library: Callable[[str], str | None] | None = None) -> str | None:
    """The message to print and exit with when libraries are missing on X11; None when all is well."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if env.get("NNLAB_SKIP_LIB_CHECK") or not on_x11(env, platform):
        return None
    packages = missing_libraries(find_library)
    return message(packages) if packages else None
