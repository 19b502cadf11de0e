"""Nothing lost: real keiconfig processes are killed (SIGKILL) and a new window in this process
recovers what they autosaved; a save that fails at any point keeps the previous file, says so
and keeps the build open and modified.

The number of processes killed is printed (``-s``) so the closing note can quote it.
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from keiconfig.core import files
from keiconfig.core.build import Build, changed
from keiconfig.ui import autosave
from keiconfig.ui.recovery_dialog import DISCARD, LATER, RESTORE

from .. import seeds
from .recovery import recover

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

KILLS: list[str] = []  # one entry per real process killed


@pytest.fixture(scope="module", autouse=True)
def _report_kills():
    """After this file's tests: how many real processes were killed (``-s`` shows it)."""
    yield
    print(f"\nprocesses killed with SIGKILL in this run: {len(KILLS)} ({', '.join(KILLS)})")


# The child: the real app start-up (QApplication, exception hook, MainWindow), then a change
# through the document, then it waits for the autosave and dies as the scenario says.
DRIVER = r"""
import json, os, signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from keiconfig.core import files
from keiconfig.ui import errors
from keiconfig.ui.app import make_app
from keiconfig.ui.main_window import MainWindow

mode, path, updates, log = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
app = make_app()
errors.install_excepthook()
QTimer.singleShot(30000, lambda: os._exit(3))  # never outlive the test
w = MainWindow()
w.show()
if path:
    assert w.open_path(Path(path), ask=False)
w.autosaver.delay_ms = 50
def kill():
    os.kill(os.getpid(), signal.SIGKILL)
def note(text):
    with open(log, "a", encoding="utf-8") as f:
        f.write(text + "\n")
        f.flush()
        os.fsync(f.fileno())

def kill_before_replace(tmp):
    kill()

if mode == "kill-after-autosave":
    w.autosaver.written.connect(lambda p: kill())
    w.document.change(updates, "Driver change")
elif mode == "hold":
    w.autosaver.written.connect(lambda p: note("ready"))
    w.document.change(updates, "Driver change")
elif mode == "kill-in-second-autosave":
    state = {"n": 0}
    real = files.write_text_atomic
    def cut(target, text, **kw):
        if state["n"] >= 1 and target.name.endswith(".kei.json"):
            kw["_before_replace"] = kill_before_replace
        return real(target, text, **kw)
    def written(p):
        state["n"] += 1
        files.write_text_atomic = cut
        w.document.change({"name": "Never autosaved"}, "Second change")
    w.autosaver.written.connect(written)
    w.document.change(updates, "Driver change")
elif mode == "kill-in-save":
    real_save = files.save_build
    def save_cut(build, target, **kw):
        return real_save(build, target, _before_replace=kill_before_replace, **kw)
    def written(p):
        files.save_build = save_cut
        w.save()
    w.autosaver.written.connect(written)
    w.document.change(updates, "Driver change")
elif mode == "stream":
    w.autosaver.delay_ms = 5
    step = {"i": 0}
    def tick():
        step["i"] += 1
        length = 2000 + (step["i"] * 37) % 3000
        note(str(length))
        w.document.change({"body.length_mm": length}, "Stream")
    w.autosaver.written.connect(lambda p: note("written"))
    t = QTimer(w)
    t.timeout.connect(tick)
    t.start(3)
elif mode == "drag-then-hold":
    from keiconfig.ui import autosave
    w.autosaver.delay_ms = autosave.DELAY_MS  # the app's own timing
    merge = w.document.new_merge_id()
    step = {"i": 0}
    def drag():
        step["i"] += 1
        length = 3000 + 7 * step["i"]
        w.document.change({"body.length_mm": length}, "Drag", merge)
        if step["i"] == updates["ticks"]:
            t.stop()
            note(f"edited:{length}")
    def written(p):
        note(f"written:{files.load_build(p).build.body.length_mm}")
    w.autosaver.written.connect(written)
    t = QTimer(w)
    t.timeout.connect(drag)
    t.start(30)
app.exec()
"""


_CHILDREN: list[subprocess.Popen] = []  # started by the test running now


@pytest.fixture(autouse=True)
def _no_child_left() -> Iterator[None]:
    """A test that fails before it kills its child leaves no child behind: killed and
    waited for here, its pipe closed (a child left running kept writing autosaves for up
    to 30 s, and its unclosed pipe failed a later test with a ResourceWarning)."""
    yield
    while _CHILDREN:
        proc = _CHILDREN.pop()
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=60)


def _start(mode: str, path: Path | None, updates: dict, log: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, mode, str(path or ""), json.dumps(updates), str(log)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _CHILDREN.append(proc)
    return proc


def _killed(proc: subprocess.Popen, what: str) -> None:
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, f"child did not die by SIGKILL: {err[-3000:]}"
    KILLS.append(what)


def _wait_for_line(log: Path, line: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if log.exists() and line in log.read_text(encoding="utf-8").split():
            return
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        time.sleep(0.05)
    raise AssertionError(f"the child never wrote {line!r}")


def _wait_for_word(log: Path, prefix: str, proc: subprocess.Popen, timeout: float = 60) -> str:
    """What follows ``prefix`` in the first word of the child's log that starts with it."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if log.exists():
            for word in log.read_text(encoding="utf-8").split():
                if word.startswith(prefix):
                    return word[len(prefix) :]
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        time.sleep(0.01)
    raise AssertionError(f"the child never wrote {prefix!r}")


@pytest.mark.parametrize("ticks", [5, 40])
def test_the_last_edit_of_a_drag_survives_a_kill_after_its_autosave(
    main_window, monkeypatch, build_file, tmp_path, ticks
) -> None:
    """A slider drag (an edit every 30 ms), then nothing more: the app writes the drag's last
    edit on its own (no release, no further input), and kill -9 from outside after that
    leaves the last edit recoverable, not an earlier one.

    The test waits for the child to report that write (the timeout only bounds a hang; how
    soon the write comes is test_autosave's debounce test, with a driven clock), so it does
    not depend on how busy the machine is."""
    log = tmp_path / "log"
    proc = _start("drag-then-hold", build_file, {"ticks": ticks}, log)
    last = _wait_for_word(log, "edited:", proc)
    _wait_for_line(log, f"written:{last}", proc, timeout=60)
    proc.send_signal(signal.SIGKILL)
    _killed(proc, "killed after the last edit of a drag was autosaved")
    (orphan,) = recover(main_window, monkeypatch, RESTORE)
    assert orphan.build.body.length_mm == int(last)
    assert main_window.document.build.body.length_mm == int(last)


def test_killed_after_autosave_restores_the_exact_build(
    main_window, monkeypatch, build_file, tmp_path
) -> None:
    before = build_file.read_bytes()
    updates = {"name": "Killed build", "body.length_mm": 3300, "engine.aspiration": "supercharger"}
    expected = changed(files.load_build(build_file).build, updates)
    _killed(_start("kill-after-autosave", build_file, updates, tmp_path / "log"), "self-kill")

    (orphan,) = recover(main_window, monkeypatch, RESTORE)
    assert orphan.original_path == build_file and orphan.name == "Killed build"
    doc = main_window.document
    assert doc.build == expected
    assert doc.path == build_file and doc.modified and main_window.isWindowModified()
    assert build_file.read_bytes() == before  # autosave never touches the user's file
    assert autosave.find_orphans() == []


def test_a_live_window_is_not_stolen_then_killed_from_outside(
    main_window, monkeypatch, tmp_path
) -> None:
    log = tmp_path / "log"
    proc = _start("hold", None, {"name": "Never saved", "engine.cylinders": 4}, log)
    try:
        _wait_for_line(log, "ready", proc)
        assert autosave.find_orphans() == []  # it is running: not offered
        assert recover(main_window, monkeypatch, RESTORE) == []
    finally:
        proc.send_signal(signal.SIGKILL)
    _killed(proc, "killed from outside")

    (orphan,) = recover(main_window, monkeypatch, LATER)
    assert orphan.original_path is None
    (orphan,) = recover(main_window, monkeypatch, DISCARD)  # Later kept it
    assert orphan.build.name == "Never saved" and orphan.build.engine.cylinders == 4
    assert not main_window.document.modified
    assert list(autosave.autosave_dir().glob("*")) == []


def test_killed_in_the_middle_of_an_autosave_keeps_the_previous_one(
    main_window, monkeypatch, build_file, tmp_path
) -> None:
    updates = {"body.height_mm": 1790}
    expected = changed(files.load_build(build_file).build, updates)
    _killed(_start("kill-in-second-autosave", build_file, updates, tmp_path / "log"), "mid-write")
    leftovers = list(autosave.autosave_dir().glob(".*.tmp"))
    assert leftovers, "the cut write should have left its temporary file"

    assert len(recover(main_window, monkeypatch, RESTORE)) == 1
    assert main_window.document.build == expected  # not "Never autosaved"
    assert not any(p.exists() for p in leftovers)  # tidied with the slot


def test_killed_between_write_and_rename_of_a_save(
    main_window, monkeypatch, build_file, tmp_path
) -> None:
    before = build_file.read_bytes()
    updates = {"name": "Saved when it died", "drivetrain.driven": "awd"}
    expected = changed(files.load_build(build_file).build, updates)
    _killed(_start("kill-in-save", build_file, updates, tmp_path / "log"), "mid-save")

    assert build_file.read_bytes() == before  # the previous file is intact
    assert files.load_build(build_file).build != expected
    assert len(recover(main_window, monkeypatch, RESTORE)) == 1
    assert main_window.document.build == expected
    assert main_window.document.path == build_file and main_window.document.modified
    assert main_window.save()
    assert files.load_build(build_file).build == expected


def _random_kills(count: int, main_window, monkeypatch, tmp_path) -> None:
    seed = seeds.seed("random kills", 20240601, "KEICONFIG_KILL_SEED")
    rng = random.Random(seed)
    print(f"random kills: seed {seed}")
    for i in range(count):
        log = tmp_path / f"stream-{i}.log"
        proc = _start("stream", None, {}, log)
        try:
            _wait_for_line(log, "written", proc)
            time.sleep(rng.uniform(0.0, 0.4))
        finally:
            proc.send_signal(signal.SIGKILL)
        _killed(proc, "random time")
        seen = {int(x) for x in log.read_text(encoding="utf-8").split() if x.isdigit()}
        offered = recover(main_window, monkeypatch, DISCARD)
        assert len(offered) == 1, f"seed {seed}, kill {i}: {offered}"
        build: Build = offered[0].build
        assert build.body.length_mm in seen, f"seed {seed}, kill {i}"
        assert list(autosave.autosave_dir().glob("*.kei.json")) == []


def test_killed_at_random_moments_while_editing(main_window, monkeypatch, tmp_path) -> None:
    _random_kills(4, main_window, monkeypatch, tmp_path)


@pytest.mark.slow
def test_killed_at_random_moments_while_editing_many_times(
    main_window, monkeypatch, tmp_path
) -> None:
    _random_kills(40, main_window, monkeypatch, tmp_path)


# -- save failures in the app -----------------------------------------------------------------


class _CutFile:
    """A file whose writes stop after ``limit`` bytes with ``err``."""

    def __init__(self, f, limit: int, err: int) -> None:
        self._f, self._left, self._err = f, limit, err

    def write(self, data: bytes) -> int:
        if len(data) > self._left:
            self._f.write(data[: self._left])
            self._f.flush()
            raise OSError(self._err, os.strerror(self._err))
        self._left -= len(data)
        return self._f.write(data)

    def __getattr__(self, name):
        return getattr(self._f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._f.close()


def _fake_os(**overrides) -> types.SimpleNamespace:
    ns = types.SimpleNamespace(**{k: getattr(os, k) for k in dir(os) if not k.startswith("__")})
    for k, v in overrides.items():
        setattr(ns, k, v)
    return ns


def _raise(err: int):
    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    return fail


FAILURES = {
    "write cut after 40 bytes (EIO)": ("fdopen", 40, errno.EIO, "could not"),
    "disk full while writing": ("fdopen", 100, errno.ENOSPC, "disk is full"),
    "disk full on fsync": ("fsync", 0, errno.ENOSPC, "disk is full"),
    "permission denied creating the temporary file": ("_make_tmp", 0, errno.EACCES, "permission"),
    "rename refused": ("replace", 0, errno.EACCES, "permission"),
    "rename fails (EIO)": ("replace", 0, errno.EIO, "could not"),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_a_save_failing_at_any_point_keeps_the_file_and_the_build(
    case, main_window, dialogs, monkeypatch, build_file, qtbot
) -> None:
    where, limit, err, words = FAILURES[case]
    assert main_window.open_path(build_file, ask=False)
    before = build_file.read_bytes()
    main_window.document.change({"name": "Edited", "body.width_mm": 1400}, "Edit")
    edited = main_window.document.build
    # The failure for this save only: a context of its own (monkeypatch.undo() would also
    # take the dialogs' answers and the private folders away: a failure after it left a
    # real "Save changes?" waiting when the window was closed, and the run hung there)
    with pytest.MonkeyPatch.context() as cut:
        if where == "fdopen":
            real_fdopen = os.fdopen
            fake = _fake_os(fdopen=lambda fd, mode: _CutFile(real_fdopen(fd, mode), limit, err))
            cut.setattr(files, "os", fake)
        elif where == "_make_tmp":
            cut.setattr(files, "_make_tmp", _raise(err))
        else:
            cut.setattr(files, "os", _fake_os(**{where: _raise(err)}))
        assert main_window.save() is False
    assert build_file.read_bytes() == before
    assert [p.name for p in build_file.parent.iterdir() if p.name.endswith(".tmp")] == []
    if where == "_make_tmp":
        # the folder takes no file, found before the write (as Save looks: the title's
        # "[read-only]"): Save As at once, with why in the status bar (cancelled here)
        assert dialogs.errors == [] and len(dialogs.save_suggested) == 1
        message = main_window.statusBar().currentMessage()
        assert "in a folder that cannot be written in" in message, message
    else:
        ((title, message),) = dialogs.errors
        assert title == "Could not save the build"
        assert words in message.lower() and build_file.name in message, message
    doc = main_window.document
    assert doc.build == edited and doc.path == build_file
    assert doc.modified and main_window.isWindowModified()
    assert "Saved" not in main_window.statusBar().currentMessage()
    # The changes are still safe in the autosave, and a retry works. The debounce timer is
    # fired, not waited for (a busy machine could take longer than any fixed wait).
    saver = main_window.autosaver
    if saver.pending:
        saver.timer.timeout.emit()
    assert saver.wait(60.0), "the writer thread finished"
    QCoreApplication.processEvents()
    assert saver.build_path.exists()
    assert files.load_build(main_window.autosaver.build_path).build == edited
    assert main_window.save()
    assert files.load_build(build_file).build == edited and not doc.modified
    assert not main_window.autosaver.build_path.exists()


def test_save_as_failing_keeps_the_old_path(
    main_window, dialogs, monkeypatch, build_file, tmp_path
):
    assert main_window.open_path(build_file, ask=False)
    main_window.document.change({"name": "Elsewhere"}, "Rename")
    dialogs.save_answer = str(tmp_path / "new.kei.json")
    monkeypatch.setattr(files, "_make_tmp", _raise(errno.ENOSPC))
    assert main_window.save_as() is False
    assert main_window.document.path == build_file and main_window.document.modified
    assert not (tmp_path / "new.kei.json").exists()
    assert "disk is full" in dialogs.errors[0][1]


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EDQUOT], ids=["disk full", "quota used up"])
def test_a_full_disk_offers_to_save_elsewhere(
    err, main_window, dialogs, monkeypatch, build_file, tmp_path
):
    """Saved on a full disk (a 64 KB tmpfs filled up, on Xvfb), the save said 'the disk
    is full; nothing was written.' with OK alone, where a read-only disk offers Save As…:
    the person had to find File > Save As themselves. A full disk (or a used-up quota) now
    offers it too, and the build goes where the person then chooses."""
    from keiconfig.ui import file_guard

    offered: list[str] = []
    monkeypatch.setattr(
        file_guard, "ask_save_elsewhere", lambda parent, msg, title="": not offered.append(msg)
    )
    assert main_window.open_path(build_file, ask=False)
    main_window.document.change({"name": "Edited"}, "Rename")
    real_make_tmp = files._make_tmp

    def make_tmp(folder: Path, mode: int):
        if Path(folder) == build_file.parent:  # that disk is full
            raise OSError(err, os.strerror(err))
        return real_make_tmp(folder, mode)

    monkeypatch.setattr(files, "_make_tmp", make_tmp)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs.save_answer = str(usb / "saved.kei.json")
    assert main_window.save()
    assert len(offered) == 1 and build_file.name in offered[0], offered
    assert dialogs.errors == []
    assert files.load_build(usb / "saved.kei.json").build.name == "Edited"
    assert main_window.document.path == usb / "saved.kei.json"
    assert not main_window.document.modified
