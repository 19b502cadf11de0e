"""Each test process's own X server (``tests/own_display.py``): which processes start one,
that it starts on a free display and ends, and that a parallel xcb run uses it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from . import own_display
from .conftest import OWN_DISPLAY


def _config(dist: str, worker: bool) -> Any:
    config = SimpleNamespace(option=SimpleNamespace(dist=dist))
    if worker:
        config.workerinput = {"workerid": "gw0"}
    return config


@pytest.mark.parametrize(
    ("variable", "platform", "dist", "worker", "expected"),
    [
        ("1", "xcb", "loadfile", True, True),  # an xdist worker
        ("1", "xcb", "no", False, True),  # -n 0: pytest runs the tests itself
        ("1", "xcb", "loadfile", False, False),  # the xdist controller runs none
        ("1", "offscreen", "no", False, False),  # no X server wanted offscreen
        ("", "xcb", "loadfile", True, False),  # not asked for: the display given
    ],
)
def test_which_processes_start_their_own_display(
    monkeypatch, variable, platform, dist, worker, expected
):
    monkeypatch.setenv(own_display.VARIABLE, variable)
    monkeypatch.setenv("QT_QPA_PLATFORM", platform)
    assert own_display.wanted(_config(dist, worker)) is expected


def _socket(display: own_display.Display) -> Path:
    return Path("/tmp/.X11-unix") / f"X{display.name.removeprefix(':')}"


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_a_display_starts_on_a_free_number_and_ends():
    first = own_display.Display()
    second = own_display.Display()
    try:
        assert first.name != second.name
        for display in (first, second):
            assert display.process.poll() is None
            assert _socket(display).is_socket()
    finally:
        first.stop()
        second.stop()
    for display in (first, second):
        assert display.process.returncode is not None
        assert not _socket(display).exists()  # ended as a server ends, its socket gone


@pytest.mark.desktop
def test_an_xcb_run_asked_for_own_displays_uses_its_own(pytestconfig, qapp):
    """In .ci/run's xcb pass every worker's windows are on its own display."""
    if not own_display.wanted(pytestconfig):
        pytest.skip(f"{own_display.VARIABLE}=1 with QT_QPA_PLATFORM=xcb asks for it")
    display = pytestconfig.stash[OWN_DISPLAY]
    assert os.environ["DISPLAY"] == display.name
    assert qapp.platformName() == "xcb"
    assert display.process.poll() is None
