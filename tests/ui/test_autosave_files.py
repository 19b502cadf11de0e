"""The autosave's files as a person's machine may really have them: edited, forged, cut
short. Recovery reads what it can, says it in plain words and never takes in megabytes."""

from __future__ import annotations

import errno
import json
import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from keiconfig.ui import autosave, recovery_dialog
from keiconfig.ui.recovery_dialog import RecoveryDialog
from tests.ui.child import run_python

PRESET = Path(__file__).resolve().parents[2] / "resources" / "presets"


def _slot(meta: dict) -> Path:
    """An autosave left by a process that is gone (pid 99999), its sidecar ``meta``."""
    folder = autosave.autosave_dir()
    folder.mkdir(parents=True, exist_ok=True)
    preset = sorted(PRESET.glob("*.kei.json"))[0]
    shutil.copyfile(preset, folder / "99999-gone.kei.json")
    meta = {"format": autosave.META_FORMAT, "pid": 99999, "modified": True, **meta}
    (folder / "99999-gone.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def test_a_huge_forged_box_name_is_cut_short_in_the_recovery_dialog(qtbot) -> None:
    box = "<b>Length</b>" + "Q" * 50_000  # within the sidecar's 64 KB: read, then cut
    _slot({"typing": {"box": box, "text": "3300"}})
    (orphan,) = autosave.find_orphans()
    try:
        assert orphan.typing is not None
        name, text = orphan.typing
        assert len(name) == autosave.TYPING_BOX_MAX and name.startswith("<b>Length</b>QQ")
        assert name.endswith("…") and text == "3300"
        dialog = RecoveryDialog(orphan)
        qtbot.addWidget(dialog)
        assert dialog.typing_label is not None
        assert len(dialog.typing_label.text()) < 200
    finally:
        orphan.release()


@pytest.mark.parametrize("content", [b"", b"\x00\x00\x00", b"garbage"])
def test_a_leftover_lock_without_a_process_no_longer_hides_the_autosave(content) -> None:
    folder = _slot({"name": "x"})
    lock = folder / "99999-gone.lock"
    lock.write_bytes(content)  # a power cut between the lock's making and its writing
    old = lock.stat().st_mtime - 3600
    os.utime(lock, (old, old))
    (orphan,) = autosave.find_orphans()
    orphan.release()


def test_a_garbled_lock_being_written_this_moment_is_left_alone() -> None:
    folder = _slot({"name": "x"})
    lock = folder / "99999-gone.lock"
    lock.write_bytes(b"")
    new = lock.stat().st_mtime + 3600  # newer than now whatever the clock does meanwhile
    os.utime(lock, (new, new))
    assert autosave.find_orphans() == []


def test_a_live_process_s_lock_still_keeps_its_autosave() -> None:
    folder = _slot({"name": "x"})
    holder = QLockFile(str(folder / "99999-gone.lock"))
    assert holder.tryLock(0)
    old = time.time() - 3600
    os.utime(folder / "99999-gone.lock", (old, old))
    try:
        assert autosave.find_orphans() == []
    finally:
        holder.unlock()


class _UnmakeableLock:
    """A lock QLockFile cannot make for a reason of the disk's (it says "unknown error")."""

    def setStaleLockTime(self, _ms: int) -> None:
        pass

    def tryLock(self, _timeout: int = 0) -> bool:
        return False

    def error(self) -> QLockFile.LockError:
        return QLockFile.LockError.UnknownError


def test_an_autosave_lock_the_full_disk_cannot_hold_is_said_to_be_the_full_disk(
    main_window, monkeypatch
) -> None:
    # Found on a full 64 KB tmpfs under Xvfb: the status bar blamed "another process".
    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    saver = main_window.autosaver
    saver.remove()  # no lock held yet: the next write makes one
    monkeypatch.setattr(autosave, "lock_file", lambda path: _UnmakeableLock())
    monkeypatch.setattr(autosave.os, "fsync", no_room)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    assert saver._prepare() is None
    assert failures and "the disk is full" in failures[0]
    assert "another process" not in failures[0]
    assert not [p for p in autosave.autosave_dir().iterdir() if p.name.startswith(".probe")]


def test_a_cut_short_autosave_is_said_once_and_kept_aside(main_window, dialogs) -> None:
    folder = _slot({"name": "x"})
    build = folder / "99999-gone.kei.json"
    build.write_bytes(build.read_bytes()[:100])  # a disk error cut it short
    assert recovery_dialog.offer_recovery(main_window) == []
    ((_title, message),) = dialogs.errors
    aside = folder / autosave.UNREADABLE_FOLDER
    assert "could not be read" in message and str(aside) in message
    assert "99999-gone.kei.json" in message  # which file, and why (the reader's sentence)
    assert len((aside / "99999-gone.kei.json").read_bytes()) == 100  # kept as it was
    assert (aside / "99999-gone.meta.json").exists() and not build.exists()
    assert recovery_dialog.offer_recovery(main_window) == []
    assert len(dialogs.errors) == 1  # said once


FIND = (
    "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
    "from keiconfig.ui import autosave; print(len(autosave.find_orphans()))"
)


@pytest.mark.skipif(os.name != "posix", reason="pipes of POSIX")
def test_a_pipe_in_a_sidecar_s_place_never_freezes_the_start() -> None:
    folder = _slot({})
    (folder / "99999-gone.meta.json").unlink()
    os.mkfifo(folder / "99999-gone.meta.json")  # nobody writes it: reading it would wait
    # In a child process, so a hang fails this test after a minute instead of the run.
    child = run_python(FIND)
    assert child.returncode == 0 and child.stdout.strip() == "1", child.stderr


def test_a_sidecar_too_large_to_be_one_is_not_read_and_its_build_still_offered() -> None:
    folder = _slot({})
    meta = {"format": autosave.META_FORMAT, "pid": 99999, "era": "1990", "pad": "x" * 100_000}
    (folder / "99999-gone.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (orphan,) = autosave.find_orphans()
    orphan.release()
    assert orphan.era is None  # the oversized record was not believed


def test_a_data_folder_named_with_a_line_break_and_an_rtl_override_stays_one_line(
    main_window, monkeypatch, tmp_path: Path
) -> None:
    data = tmp_path / "data\u202eatad\nsecond line"
    data.write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setenv("KEICONFIG_DATA_DIR", str(data))
    saver = main_window.autosaver
    saver.remove()
    failures: list[str] = []
    saver.failed.connect(failures.append)
    assert saver._prepare() is None
    (sentence,) = failures
    assert "is not a folder" in sentence
    assert "\u202e" not in sentence and "\n" not in sentence
    assert "data\\u202eatad\\nsecond line" in sentence


def test_a_huge_original_path_is_cut_and_wrapped_within_the_recovery_dialog(qtbot) -> None:
    path = "/tmp/" + "a" * 60_000 + "-end.kei.json"
    _slot({"original_path": path})
    (orphan,) = autosave.find_orphans()
    try:
        dialog = RecoveryDialog(orphan)
        qtbot.addWidget(dialog)
        shown = dialog.file_label.text().replace("\u200b", "")
        assert shown.startswith("/tmp/aaa") and shown.endswith("-end.kei.json")  # the name seen
        assert len(shown) <= 300
        assert dialog.sizeHint().width() < 1280  # on a projector's screen
    finally:
        orphan.release()


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00", "9999-12-31T23:59:59", "garbage", 5])
def test_an_absurd_autosave_time_never_stops_the_offer(when) -> None:
    # "0001-01-01T00:00:00" raised ValueError from sorting the orphans: none was offered.
    folder = _slot({"saved_at": when})
    (orphan,) = autosave.find_orphans()
    orphan.release()
    assert orphan.saved_at is not None
    assert recovery_dialog.describe_when(orphan.saved_at)
    build = folder / "99999-gone.kei.json"
    if when in ("garbage", 5, "0001-01-01T00:00:00"):  # the copy's own time instead
        assert orphan.saved_at.timestamp() == pytest.approx(build.stat().st_mtime, abs=1)


@pytest.mark.parametrize("sha", [None, "ab"])
def test_an_original_path_with_a_null_character_is_not_believed(qtbot, sha) -> None:
    meta = {"original_path": "/tmp/car\x00.kei.json"}
    if sha is not None:
        meta["original_sha256"] = sha
    _slot(meta)
    (orphan,) = autosave.find_orphans()  # raised ValueError with the sha
    try:
        assert orphan.original_path is None
        dialog = RecoveryDialog(orphan)  # raised ValueError without
        qtbot.addWidget(dialog)
        assert dialog.newer is None
    finally:
        orphan.release()
