"""Where the shipped data files (regulations, presets, icons) live.

Installed (wheel or editable), the top-level ``resources/`` folder is the package
``keiconfig.resources``. Run from a plain checkout without install, the package may
not be importable under that name, so we fall back to ``<repo>/resources``.
"""

from __future__ import annotations

import functools
import importlib.resources
import pathlib


@functools.cache
def resources_root() -> pathlib.Path:
    try:
        root = importlib.resources.files("keiconfig.resources")
        path = pathlib.Path(str(root))
        if (path / "regulations.csv").is_file():
            return path
    except (ModuleNotFoundError, TypeError, NotADirectoryError):
        pass
    checkout = pathlib.Path(__file__).resolve().parents[2] / "resources"
    if (checkout / "regulations.csv").is_file():
        return checkout
    raise FileNotFoundError(
        "keiconfig cannot find its data files (the 'resources' folder with regulations.csv); "
        "reinstall keiconfig"
    )


def resource_path(*parts: str) -> pathlib.Path:
    """The path of a shipped data file, e.g. ``resource_path("presets")``."""
    return resources_root().joinpath(*parts)
