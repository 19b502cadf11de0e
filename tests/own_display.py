"""One private X server per test process, so the desktop tests can run on xcb in parallel.

Windows of two processes on one display take the keyboard focus from each other, so on a
shared display the desktop tests must run in one process (``-n 0``). With
``KEICONFIG_TEST_XVFB=1`` and ``QT_QPA_PLATFORM=xcb`` every process that runs tests (each
pytest-xdist worker, or pytest itself with ``-n 0``) starts its own Xvfb, no window manager,
as ``xvfb-run`` gives, and points ``DISPLAY`` at it before any QApplication exists. The
xdist controller runs no test and starts none. Run:
``KEICONFIG_TEST_XVFB=1 QT_QPA_PLATFORM=xcb python -m pytest -m desktop``
(``.ci/run`` still runs its xcb pass in one process, under ``xvfb-run``).

Xvfb chooses a free number itself (``-displayfd``: it skips one whose socket is taken) and,
so started, writes no ``/tmp/.X<n>-lock``, which is all ``xvfb-run -a`` looks at; that one
starts at :99, these at :0.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import tempfile
from typing import IO

import pytest

VARIABLE = "KEICONFIG_TEST_XVFB"
SCREEN = "1920x1080x24"  # as .ci/run's xvfb-run
START_TIMEOUT_S = 60  # only for an Xvfb that never answers; a started one answers at once


def wanted(config: pytest.Config) -> bool:
    """Asked for, on xcb, in a process that runs tests (not the xdist controller)."""
    if os.environ.get(VARIABLE) != "1" or os.environ.get("QT_QPA_PLATFORM") != "xcb":
        return False
    worker = hasattr(config, "workerinput")
    return worker or getattr(config.option, "dist", "no") == "no"


class Display:
    """An Xvfb on the first free display number (Xvfb chooses it: ``-displayfd``)."""

    def __init__(self) -> None:
        if shutil.which("Xvfb") is None:
            raise pytest.UsageError(f"{VARIABLE}=1 needs Xvfb (Debian: apt-get install xvfb)")
        self.log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - Xvfb's, while it runs
        read, write = os.pipe()
        command = ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"]
        if shutil.which("setpriv") is not None:
            # Ended with its test process even when that one crashes (util-linux, Linux).
            command = ["setpriv", "--pdeathsig", "TERM", *command]
        self.process = subprocess.Popen(
            command,
            pass_fds=(write,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )
        os.close(write)
        try:
            number = self._read_number(read)
        finally:
            os.close(read)
        if number is None:
            self.stop()
            self.log.seek(0)
            said = self.log.read().decode(errors="replace").strip().splitlines()[-5:]
            raise pytest.UsageError("Xvfb did not start: " + " / ".join(said))
        self.name = f":{number}"

    @staticmethod
    def _read_number(read: int) -> int | None:
        """The display number Xvfb writes once it accepts connections; None if it ended
        (or said nothing for START_TIMEOUT_S)."""
        text = b""
        while not text.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], START_TIMEOUT_S)
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                return None
            text += chunk
        return int(text)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
