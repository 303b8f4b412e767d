"""Shared test set-up: offscreen Qt, throw-away settings, no dangling threads."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the lab's log and data files go to a throw-away folder, never the user's
os.environ["NNLAB_DATA_DIR"] = tempfile.mkdtemp(prefix="nnlab-test-data-")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:            # ``import tests.corpus`` works under a bare ``pytest`` too
    sys.path.insert(0, str(ROOT))
SHARED = Path(__file__).resolve().parents[2] / "shared"
COURSE_FILES = SHARED / "course_files"


def course_file(name: str) -> Path:
    """A file of ``../shared/course_files``; skips the test when the folder is absent."""
    path = COURSE_FILES / name
    if not path.exists():
        pytest.skip(f"course file {name} not found: ../shared/course_files is absent on this machine")
    return path


@pytest.fixture
def course_path():
    return course_file
