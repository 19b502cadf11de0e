"""Every test ends within its bound (``tests/hangs.py``, ``tests/conftest.py``): a test that
hangs is ended, named, with where it stood, and the run goes on past it.

A CI run once stood at 99 % until its 90-minute limit ended it, with no word of which test
hung. Here a run of its own, on a file of three tests whose middle one sleeps past a
2-second bound (a sleep stands in for the hang), in a worker of pytest-xdist as the suite
runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SLEEPY = """
import time


def test_before():
    pass


def test_stuck():
    time.sleep(120)


def test_after():
    pass
"""


def test_a_hung_test_is_ended_and_named_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "test_sleepy.py").write_text(SLEEPY, encoding="utf-8")
    env = dict(os.environ, KEICONFIG_TEST_HANG_S="2")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-p", "no:cacheprovider",
         "-n", "1", "-o", "addopts=", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    out = done.stdout + done.stderr
    assert done.returncode == 1, out[-3000:]
    assert "test_sleepy.py::test_stuck still running after 2.0 s: hung; ended" in out
    assert 'test_sleepy.py", line 10 in test_stuck' in out  # where it stood
    assert "1 failed, 2 passed" in out  # the test after it ran
