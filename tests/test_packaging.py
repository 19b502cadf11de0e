"""The data files are found from a plain checkout and from an installed wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LIST_PRESETS = (
    "from keiconfig.core import presets, regulations, resources_path\n"
    "print(resources_path.resources_root())\n"
    "print(len(regulations.eras()), len(presets.list_presets()))\n"
)


def _run(code: str, cwd: Path, pythonpath: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=pythonpath)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def _expected_presets() -> int:
    return len(list((REPO / "resources" / "presets").glob("*.kei.json")))


def test_resources_found_from_a_checkout(tmp_path):
    proc = _run(LIST_PRESETS, tmp_path, str(REPO))
    assert proc.returncode == 0, proc.stderr
    root, counts = proc.stdout.splitlines()
    assert Path(root) == REPO / "resources"
    assert counts == f"7 {_expected_presets()}"


def _can_build_wheels() -> bool:
    """setuptools builds wheels by itself from 70.1; older ones need the ``wheel`` package."""
    import importlib.util

    if importlib.util.find_spec("wheel") is not None:
        return True
    try:
        import setuptools
    except ImportError:
        return False
    major, minor = (int(x) for x in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if not _can_build_wheels():
        pytest.skip("building a wheel needs the 'wheel' package (pip install wheel)")
    out = tmp_path_factory.mktemp("wheel")
    build_dir = tmp_path_factory.mktemp("src")
    # Build from a copy so the build leaves nothing (build/, *.egg-info) in the checkout.
    proc = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        timeout=60,
    )
    if proc.returncode != 0:
        pytest.skip("not a git checkout")
    for name in proc.stdout.decode().split("\0"):
        if not name:
            continue
        src = REPO / name
        if src.is_file():
            dst = build_dir / name
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(src.read_bytes())
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(out),
            str(build_dir),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    if proc.returncode != 0:
        pytest.fail(f"pip wheel failed:\n{proc.stdout}\n{proc.stderr}")
    (whl,) = out.glob("keiconfig-*.whl")
    return whl


def test_wheel_contains_the_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "keiconfig/resources/regulations.csv" in names
    assert "keiconfig/resources/__init__.py" in names
    presets = [n for n in names if n.startswith("keiconfig/resources/presets/")]
    assert sum(n.endswith(".kei.json") for n in presets) == _expected_presets()
    assert "keiconfig/core/regulations.py" in names
    assert "keiconfig/cli.py" in names


@pytest.mark.slow
def test_installed_wheel_finds_its_data(wheel, tmp_path):
    target = tmp_path / "site"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-compile",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    proc = _run(LIST_PRESETS, elsewhere, str(target))
    assert proc.returncode == 0, proc.stderr
    root, counts = proc.stdout.splitlines()
    assert Path(root) == target / "keiconfig" / "resources"
    assert counts == f"7 {_expected_presets()}"


def test_wheel_metadata_names_the_licence_and_both_commands(wheel):
    """The licence is an SPDX expression (``license = { text = ... }`` made setuptools warn
    that the table form is deprecated, to be refused from 2027-02-18), and the wheel
    installs ``keiconfig`` (console) and ``keiconfig-gui`` (no console on Windows)."""
    with zipfile.ZipFile(wheel) as zf:
        info = next(n.split("/")[0] for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = zf.read(f"{info}/METADATA").decode()
        entry_points = zf.read(f"{info}/entry_points.txt").decode()
    assert "License-Expression: MIT" in metadata.splitlines()
    assert "keiconfig = keiconfig.cli:main" in entry_points
    assert "keiconfig-gui = keiconfig.cli:main_gui" in entry_points


@pytest.mark.parametrize(
    ("pyproject", "taken"),
    [
        ('[project]\nname = "keiconfig"\n', True),
        ('[project]\nname = "other"\n', False),
        (None, False),
    ],
)
def test_only_a_keiconfig_checkout_s_resources_folder_is_taken(tmp_path, pyproject, taken):
    """The module two levels under a folder takes that folder's ``resources/`` only when
    the folder is keiconfig's checkout: a wheel in site-packages beside some other
    project's "resources" folder keeps its own data."""
    module = tmp_path / "keiconfig" / "core" / "resources_path.py"
    module.parent.mkdir(parents=True)
    module.write_text((REPO / "keiconfig/core/resources_path.py").read_text(encoding="utf-8"))
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "regulations.csv").write_text("era\n", encoding="utf-8")
    if pyproject is not None:
        (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    namespace: dict[str, object] = {"__file__": str(module), "__name__": "probe"}
    exec(compile(module.read_text(encoding="utf-8"), str(module), "exec"), namespace)
    found = namespace["_checkout_resources"]()  # type: ignore[operator]
    assert found == ((tmp_path / "resources") if taken else None)
