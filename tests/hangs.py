"""A test whose failure would be a hang for good fails instead: ``ends_within(seconds)``.

A read that never returns on the GUI thread (Qt's file dialog reading /proc/kmsg, see
keiconfig/ui/file_dialogs.py) cannot be interrupted from Python: no exception reaches a
thread blocked in C++, and the test would wait until CI's limit ends the whole run with
nothing said. A watching thread, which needs nothing from the blocked one, says which
test hung, writes where every thread was (the test's own line among them) to the
terminal and ends the test process with exit status 1 (Python's faulthandler does the
same a little later should that thread never get to run). pytest-xdist reports the test
as failed ("worker crashed") and, with ``--dist loadfile``, gives the test's file to a
new worker, test and all: that second run fails at once (a mark left for this run)
instead of hanging again, as it would up to xdist's limit of restarts. A run in one
process (-n 0, the xcb pass) ends there, failed.

Every test has such a bound, :data:`EVERY_TEST_S`, from its fixtures' setup to their
teardown (``tests/conftest.py``): a hang nobody foresaw (a CI run stood at 99 % until its
90-minute limit, with no word of which test) is a failed test, named, with the stack of
each thread."""

from __future__ import annotations

import contextlib
import faulthandler
import hashlib
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BACKSTOP_S = 30  # faulthandler's own end, after the watching thread's
# The bound of every test: some thirty times the slowest one's time (test_robot_user,
# 18 s on a two-core machine, --durations), so a busy machine never meets it.
# (KEICONFIG_TEST_HANG_S: another bound, for tests/test_hangs.py's own runs.)
EVERY_TEST_S = float(os.environ.get("KEICONFIG_TEST_HANG_S", "600"))

_stderr: int | None = None
_marks: Path | None = None  # this run's marks of tests that hung (workers of one run share it)


def keep_stderr(config: Any) -> None:
    """The terminal's stderr, kept before pytest captures the tests' output (from
    ``pytest_configure``: what a capture holds is lost with the process), and the folder
    of this run's marks (pytest-xdist's run id, the same in every worker)."""
    global _stderr, _marks
    if _stderr is None:
        _stderr = os.dup(2)
    run = getattr(config, "workerinput", {}).get("testrunuid")
    if run:
        _marks = Path(tempfile.gettempdir()) / f"keiconfig-hangs-{run}"


def _mark(test: str) -> Path | None:
    if _marks is None:
        return None
    return _marks / hashlib.sha256(test.encode("utf-8")).hexdigest()


@contextlib.contextmanager
def ends_within(
    seconds: float, kind: str = "", test: str = "", backstop: bool = True
) -> Iterator[None]:
    """Fail, by ending this test process, if the body is still running after ``seconds``
    (a bound for a hang, far beyond how long the body takes on a busy machine; the clock
    bounds the wait, it never decides a result). Tests of one ``kind`` (the same hang
    waiting for each) fail at once after one of them hung, rather than hanging in turn.
    ``test``: the test's name (by default the one running now). ``backstop``: faulthandler
    ends the process too, should the watching thread never run (one such bound at a
    time: the whole test's, in ``tests/conftest.py``, has none, so a test's own keeps it)."""
    test = test or os.environ.get("PYTEST_CURRENT_TEST", "this test").rsplit(" ", 1)[0]
    mark = _mark(kind or test)
    if mark is not None and mark.exists():
        what = f"a test of {kind!r}" if kind else test
        raise AssertionError(f"{what} hung earlier in this run (its dump is above)")
    out = 2 if _stderr is None else _stderr
    done = threading.Event()

    def watch() -> None:
        if done.wait(seconds):
            return
        if mark is not None:
            mark.parent.mkdir(exist_ok=True)
            mark.touch()
        os.write(out, f"\n{test} still running after {seconds} s: hung; ended\n".encode())
        faulthandler.dump_traceback(file=out, all_threads=True)
        os._exit(1)

    threading.Thread(target=watch, name="hang watch", daemon=True).start()
    if backstop:
        faulthandler.dump_traceback_later(seconds + BACKSTOP_S, exit=True, file=out)
    try:
        yield
    finally:
        done.set()
        if backstop:
            faulthandler.cancel_dump_traceback_later()
