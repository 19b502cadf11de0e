"""A test whose failure would be a hang for good fails instead: ``ends_within(seconds)``.

A read that never returns on the GUI thread (Qt's file dialog reading /proc/kmsg, see
keiconfig/ui/file_dialogs.py) cannot be interrupted from Python: no exception reaches a
thread blocked in C++, and the test would wait until CI's limit ends the whole run with
nothing said. Python's faulthandler watches from a thread of its own, which needs nothing
from the blocked one: past the limit it writes where every thread was (the test's own line
among them) to the terminal and ends the test process with exit status 1. pytest-xdist
reports the test that was running as failed ("worker crashed") and goes on in a new
worker; a run in one process (-n 0, the xcb pass) ends there, failed."""

from __future__ import annotations

import contextlib
import faulthandler
import os
from collections.abc import Iterator

_stderr: int | None = None


def keep_stderr() -> None:
    """The terminal's stderr, kept before pytest captures the tests' output (from
    ``pytest_configure``): what a capture holds is lost with the process."""
    global _stderr
    if _stderr is None:
        _stderr = os.dup(2)


@contextlib.contextmanager
def ends_within(seconds: float) -> Iterator[None]:
    """Fail, by ending this test process, if the body is still running after ``seconds``
    (a bound for a hang, far beyond how long the body takes on a busy machine)."""
    faulthandler.dump_traceback_later(seconds, exit=True, file=2 if _stderr is None else _stderr)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
