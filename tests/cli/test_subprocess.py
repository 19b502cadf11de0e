"""A few real runs of ``python -m keiconfig``: exit codes, no tracebacks, no Qt for commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"


def keiconfig(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "keiconfig", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or REPO,
        timeout=60,
    )
    assert "Traceback" not in proc.stdout + proc.stderr
    return proc


def test_version_and_help():
    assert keiconfig("--version").returncode == 0
    proc = keiconfig("--help")
    assert proc.returncode == 0
    assert "evaluate" in proc.stdout


def test_validate_exit_codes(tmp_path):
    assert keiconfig("validate", str(DATA / "roadster-mid-na.kei.json")).returncode == 0
    bad = tmp_path / "bad.kei.json"
    bad.write_bytes(b"\x00\x01\x02 binary")
    proc = keiconfig("validate", str(bad))
    assert proc.returncode == 1
    assert "bad.kei.json" in proc.stdout


def test_usage_error_is_exit_2():
    proc = keiconfig("evaluate", "--era", "1066", str(DATA / "roadster-mid-na.kei.json"))
    assert proc.returncode == 2
    assert "1998" in proc.stderr


def test_evaluate_json_with_a_broken_file(tmp_path):
    pytest.importorskip("keiconfig.core.performance")
    broken = tmp_path / "broken.kei.json"
    broken.write_text("{")
    proc = keiconfig(
        "evaluate", "--json", str(DATA / "roadster-mid-na.kei.json"), str(broken), cwd=tmp_path
    )
    assert proc.returncode == 1
    results = json.loads(proc.stdout)
    assert len(results) == 2
    assert set(results[1]) == {"file", "error"}


def test_commands_never_import_qt():
    code = (
        "import sys\n"
        "from keiconfig import cli\n"
        "cli.main(['schema'])\n"
        "cli.main(['validate', sys.argv[1]])\n"
        "cli.main(['evaluate', '--json', sys.argv[1]])\n"
        "cli.main(['rank', sys.argv[2]])\n"
        "cli.main(['presets'])\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'keiconfig.ui'))]\n"
        "assert not bad, bad\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.run(
        [sys.executable, "-c", code, str(DATA / "roadster-mid-na.kei.json"), str(DATA)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full (a disk always full)")
@pytest.mark.parametrize("args", [["evaluate"], ["evaluate", "--json"], ["validate"]])
def test_output_to_a_full_disk_is_said_in_words(args):
    """keiconfig evaluate car.kei.json > table.txt on a full disk ended with 'keiconfig:
    error: [Errno 28] No space left on device (OSError)'. It says the output could not
    be written because the disk is full, and exits with 1."""
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "keiconfig", *args, str(DATA / "roadster-mid-na.kei.json")],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO,
            timeout=60,
        )
    assert proc.returncode == 1
    assert proc.stderr == "keiconfig: error: the output could not be written: the disk is full.\n"
