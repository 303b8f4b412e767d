"""First run: the X11 library check that runs before Qt starts (find_library monkeypatched)."""

from __future__ import annotations

import ctypes.util
import sys

import pytest

from nnlab_gui import first_run

X11 = {"DISPLAY": ":0"}


def finder(missing=(), known_c=True):
    """A find_library that finds everything except ``missing`` (and the C library if ``known_c``)."""
    def find(name):
        if name == "c":
            return "libc.so.6" if known_c else None
        return None if name in missing else f"lib{name}.so.0"
    return find


def test_missing_xcb_cursor_prints_the_apt_line_and_the_offscreen_alternative():
    msg = first_run.check(X11, "linux", finder(missing=("xcb-cursor", "xcb-icccm")))
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4\n" in msg
    assert "QT_QPA_PLATFORM=offscreen" in msg and "--screenshot out.png" in msg
    assert "libxkbcommon-x11-0" not in msg          # only what is missing


def test_every_library_present_means_no_message():
    assert first_run.check(X11, "linux", finder()) is None
    assert first_run.missing_libraries(finder(missing=("xkbcommon-x11",))) == ["libxkbcommon-x11-0"]


@pytest.mark.parametrize("env, platform", [
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux"),     # offscreen: no plugin libraries needed
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux"),    # a Wayland session
    ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
    ({}, "linux"),                                                   # no display at all
    ({"DISPLAY": ":0"}, "darwin"),
    ({"DISPLAY": ":0"}, "win32"),
    ({"DISPLAY": ":0", "NNLAB_SKIP_LIB_CHECK": "1"}, "linux"),
])
def test_not_x11_is_not_checked(env, platform):
    assert first_run.check(env, platform, finder(missing=tuple(first_run.X11_LIBRARIES))) is None


def test_explicit_xcb_is_checked_even_under_wayland():
    env = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}
    assert "libxcb-cursor0" in first_run.check(env, "linux", finder(missing=("xcb-cursor",)))


def test_a_lookup_that_finds_nothing_proves_nothing():
    """No ldconfig: find_library finds not even libc; the lab must not refuse to start then."""
    assert first_run.check(X11, "linux", finder(missing=tuple(first_run.X11_LIBRARIES), known_c=False)) is None

    def broken(name):
        raise OSError("no ldconfig")
    assert first_run.missing_libraries(broken) == []


def test_the_start_command_exits_non_zero_before_creating_the_application(monkeypatch, capsys):
    from nnlab_gui import __main__ as entry

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "NNLAB_SKIP_LIB_CHECK"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(ctypes.util, "find_library", finder(missing=("xcb-cursor",)))
    import nnlab_gui.app

    def no_window(*args, **kwargs):
        raise AssertionError("the window was built although libraries are missing")
    monkeypatch.setattr(nnlab_gui.app, "MainWindow", no_window)
    assert entry.main([]) == first_run.EXIT_CODE
    err = capsys.readouterr().err
    assert "sudo apt-get install libxcb-cursor0" in err and "QT_QPA_PLATFORM=offscreen" in err
