"""Bad inputs: graph_files (see tests/corpus/__init__.py)."""

from __future__ import annotations

from . import BadFile, BadValue  # noqa: F401

FILES: list[BadFile] = []
VALUES: list[BadValue] = []
