"""The one place bundled files are found: ``resource_path("digits.npz")``.

The top-level ``resources/`` folder of the checkout is installed as the package
``nnlab_gui.resources`` (see ``pyproject.toml``), so the same name works from a
source checkout, an editable install and a wheel.
"""

from __future__ import annotations

from pathlib import Path

from nnlab_gui.engine.texts import N_, Problem

__all__ = ["resource_path", "resources_dir"]


def resources_dir() -> Path:
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    import importlib.util

    spec = importlib.util.find_spec("nnlab_gui.resources")
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return checkout  # pragma: no cover - broken install


def resource_path(name: str) -> Path:
    path = resources_dir() / name
    if not path.exists():
        raise Problem(N_("bundled resource '{name}' is missing from {folder}; reinstall the lab or run "
                         "tools/build_resources.py"), name=name, folder=resources_dir())
    return path
