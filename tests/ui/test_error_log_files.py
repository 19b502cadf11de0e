"""The error log as a person's machine may really have it: a symlink to another file, a
pipe or a device in its place. The log is written only as the app's own plain file; a
crash is still shown, and nothing else is written or waited for."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from keiconfig.ui import errors

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks and pipes of POSIX")


@posix_only
def test_the_log_never_appends_to_the_file_a_symlink_names(_private_folders) -> None:
    folder = errors.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = _private_folders / "notes.txt"
    target.write_text("my notes\n", encoding="utf-8")
    (folder / errors.LOG_NAME).symlink_to(target)
    assert errors.log_exception("Traceback: boom") is None
    assert target.read_text(encoding="utf-8") == "my notes\n"


@posix_only
def test_a_pipe_in_the_log_s_place_never_freezes_the_crash_report(dialogs) -> None:
    folder = errors.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(folder / errors.LOG_NAME)  # nobody reads it: opening it to write would wait

    def crash() -> None:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            errors.excepthook(*sys.exc_info())

    done: list[object] = []
    # The hook on another thread, so a hang fails this test instead of stopping the run.
    runner = threading.Thread(target=lambda: (crash(), done.append(True)), daemon=True)
    runner.start()
    runner.join(timeout=30)
    assert done, "the exception hook waited on the pipe"


def test_an_ordinary_log_is_still_written(_private_folders) -> None:
    path = errors.log_exception("Traceback: boom")
    assert path is not None and "Traceback: boom" in path.read_text(encoding="utf-8")


def test_the_crash_dialog_names_a_log_in_a_hostile_folder_on_one_line(qtbot) -> None:
    log = Path("/tmp/data\u202eatad\nsecond line/keiconfig.log")
    dialog = errors.CrashDialog("Traceback: boom", log)
    qtbot.addWidget(dialog)
    (said,) = [w.text() for w in dialog.findChildren(QLabel) if "details were" in w.text()]
    assert "\u202e" not in said and "\n" not in said
    assert "data\\u202eatad\\nsecond line/keiconfig.log" in said


def test_a_full_log_whose_old_copy_cannot_be_replaced_begins_afresh(_private_folders) -> None:
    folder = errors.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / errors.LOG_NAME).write_bytes(b"x" * (errors.LOG_MAX_BYTES + 1))
    (folder / (errors.LOG_NAME + ".1")).mkdir()  # a folder where the old log would go
    path = errors.log_exception("Traceback: boom")
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "Traceback: boom" in text and len(text) < errors.LOG_MAX_BYTES  # still bounded
