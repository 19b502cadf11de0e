"""Python code run in a child process with this repository importable: for a check that
could hang for good (reading a pipe blocks inside Qt with the GIL held), so a hang fails
its test after a minute instead of stopping the whole run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """``python -c code`` with the repository first on PYTHONPATH, its output captured."""
    path = os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
