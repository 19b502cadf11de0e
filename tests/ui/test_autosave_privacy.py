"""Autosave and the error log are private and bounded; failures are sentences; an old
autosave says when the file on disk is newer (issue 11, findings 5, 8 and 9)."""

from __future__ import annotations

import os
import shutil
import stat

import pytest
from PySide6.QtCore import QCoreApplication

from keiconfig.core import files
from keiconfig.core.build import changed, default_build
from keiconfig.ui import autosave, errors, file_guard, recovery_dialog
from keiconfig.ui.recovery_dialog import RESTORE, RecoveryDialog

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def autosaved(window) -> None:
    saver = window.autosaver
    assert saver.pending
    saver.timer.timeout.emit()
    assert saver.wait()
    QCoreApplication.processEvents()


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix
def test_autosave_files_are_private_whatever_the_umask(main_window) -> None:
    old = os.umask(0o022)
    try:
        main_window.document.change({"name": "Private"}, "Rename")
        autosaved(main_window)
    finally:
        os.umask(old)
    folder = autosave.autosave_dir()
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    assert mode(main_window.autosaver.build_path) == 0o600
    assert mode(main_window.autosaver.meta_path) == 0o600


@posix
def test_an_existing_open_autosave_folder_is_made_private(main_window) -> None:
    folder = autosave.autosave_dir()
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    main_window.document.change({"name": "Private"}, "Rename")
    autosaved(main_window)
    assert mode(folder) == 0o700


def test_an_autosave_failure_is_a_sentence(main_window) -> None:
    folder = autosave.autosave_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the autosave folder should be")
    failures: list[str] = []
    main_window.autosaver.failed.connect(failures.append)
    main_window.document.change({"name": "Nowhere"}, "Rename")
    main_window.autosaver.timer.timeout.emit()
    (message,) = failures
    assert "[Errno" not in message and "Errno" not in main_window.statusBar().currentMessage()
    assert "is not a folder" in message and "save them to keep them" in message
    # whole sentences, as the status bar shows them: it ended "save them to keep them"
    shown = main_window.statusBar().currentMessage()
    assert shown == f"Autosave failed: {message}" and shown.endswith("save them to keep them.")
    assert main_window.document.modified


def test_a_held_autosave_lock_is_told_in_whole_sentences() -> None:
    """The lock's sentence ended on its path in brackets, with no full stop and no word
    that the changes were still open."""
    held = files.BuildSaveError("the autosave lock /tmp/x.lock is held by another process")
    said = autosave.failure_sentence(held, autosave.autosave_dir())
    assert said == (
        "the automatic copy could not be written (the autosave lock /tmp/x.lock is held by "
        "another process). Your changes are still open here; save them to keep them."
    )


def _orphan_of(window) -> None:
    """What a killed window leaves: its slot's files, under a slot no process holds."""
    saver = window.autosaver
    dead = autosave.autosave_dir() / "99999-dead"
    shutil.copy(saver.build_path, str(dead) + autosave.BUILD_SUFFIX)
    shutil.copy(saver.meta_path, str(dead) + autosave.META_SUFFIX)
    window.document.undo_stack.setClean()  # the window "dies": its own slot goes


def test_restoring_an_old_autosave_says_the_file_was_saved_after_it(
    main_window_factory, build_file, monkeypatch, qtbot
) -> None:
    crashed = main_window_factory()
    assert crashed.open_path(build_file, ask=False)
    crashed.document.change({"name": "Autosaved edit"}, "Rename")
    autosaved(crashed)
    _orphan_of(crashed)
    # Later, the file is saved again (by another window, or program).
    files.save_build(changed(default_build(), {"name": "Saved afterwards"}), build_file)

    (orphan,) = autosave.find_orphans()
    assert orphan.disk_is_newer() is not None
    dialog = RecoveryDialog(orphan)
    qtbot.addWidget(dialog)
    assert not dialog.newer_label.isHidden()
    assert "saved" in dialog.newer_label.text() and "newer" in dialog.newer_label.text()
    orphan.release()

    window = main_window_factory()
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda parent, o: RESTORE)
    assert recovery_dialog.offer_recovery(window) == [RESTORE]
    assert window.document.build.name == "Autosaved edit"
    assert "file on disk is newer" in window.statusBar().currentMessage()
    # Saving the restored build does not replace the newer file without a question.
    asked: list[str] = []
    monkeypatch.setattr(
        file_guard, "ask_save_conflict", lambda p, name: asked.append(name) or file_guard.CANCEL
    )
    assert not window.save()
    assert asked == [build_file.name]
    assert files.load_build(build_file).build.name == "Saved afterwards"


def test_an_autosave_newer_than_the_file_does_not_warn(main_window_factory, build_file, qtbot):
    crashed = main_window_factory()
    assert crashed.open_path(build_file, ask=False)
    crashed.document.change({"name": "Autosaved edit"}, "Rename")
    autosaved(crashed)
    _orphan_of(crashed)
    (orphan,) = autosave.find_orphans()
    assert orphan.disk_is_newer() is None
    dialog = RecoveryDialog(orphan)
    qtbot.addWidget(dialog)
    assert dialog.newer_label.isHidden()
    orphan.release()


@posix
def test_the_error_log_is_private_and_rotated(monkeypatch) -> None:
    monkeypatch.setattr(errors, "LOG_MAX_BYTES", 10_000)
    path = None
    for i in range(40):
        path = errors.log_exception(f"report {i}\n" + "x" * 1000)
    assert path is not None and mode(path) == 0o600
    old = path.with_name(errors.LOG_NAME + ".1")
    assert old.exists()
    assert path.stat().st_size <= 10_000 + 2_000 and old.stat().st_size <= 10_000 + 2_000
    assert "report 39" in path.read_text()
    huge = errors.log_exception("y" * 10 * errors.LOG_MAX_ENTRY)
    assert huge is not None and huge.stat().st_size < 2 * errors.LOG_MAX_ENTRY


def test_a_data_folder_whose_parents_do_not_exist_yet_is_made(main_window, monkeypatch, tmp_path):
    monkeypatch.setenv("KEICONFIG_DATA_DIR", str(tmp_path / "new" / "deep" / "data"))
    main_window.document.change({"name": "Somewhere new"}, "Rename")
    autosaved(main_window)
    assert main_window.autosaver.build_path.exists()
