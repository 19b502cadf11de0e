"""Where the shipped data files (regulations, presets, icons) live.

Run from a source checkout (a plain clone, an editable install, or a second git
worktree beside it), the data are the checkout's own ``resources/`` folder, next to
the code being run: an editable install maps ``keiconfig.resources`` to the folder of
the checkout it was installed from, which is another checkout's data when the code is
imported from a worktree through PYTHONPATH. Installed from a wheel, the top-level
``resources/`` folder is the package ``keiconfig.resources``.
"""

from __future__ import annotations

import functools
import importlib.resources
import pathlib

# What tells a keiconfig checkout from any folder that happens to hold a "resources" folder
# (a wheel installs this module two levels under site-packages).
_PROJECT_LINE = 'name = "keiconfig"'


def _checkout_resources() -> pathlib.Path | None:
    """``<repo>/resources`` when this module runs from a keiconfig source checkout."""
    repo = pathlib.Path(__file__).resolve().parents[2]
    resources = repo / "resources"
    try:
        if not (resources / "regulations.csv").is_file():
            return None
        project = (repo / "pyproject.toml").read_text(encoding="utf-8")
    except OSError:
        return None
    return resources if _PROJECT_LINE in project.splitlines() else None


@functools.cache
def resources_root() -> pathlib.Path:
    checkout = _checkout_resources()
    if checkout is not None:
        return checkout
    try:
        root = importlib.resources.files("keiconfig.resources")
        path = pathlib.Path(str(root))
        if (path / "regulations.csv").is_file():
            return path
    except (ModuleNotFoundError, TypeError, NotADirectoryError):
        pass
    raise FileNotFoundError(
        "keiconfig cannot find its data files (the 'resources' folder with regulations.csv); "
        "reinstall keiconfig"
    )


def resource_path(*parts: str) -> pathlib.Path:
    """The path of a shipped data file, e.g. ``resource_path("presets")``."""
    return resources_root().joinpath(*parts)
