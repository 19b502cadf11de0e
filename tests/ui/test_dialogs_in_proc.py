"""Every file dialog the app opens goes into /proc without freezing the app, as root.

Qt's own file dialog read the start of each file it listed to tell its type; /proc/kmsg,
which only root can read, waits for the next kernel message, so a person who typed /proc/
into the dialog's file name box (or who had been there before: Qt lists the last folder
again whenever a dialog is made) froze the whole app for good (keiconfig/ui/file_dialogs.py).
Each test types /proc/ and Return in the dialog, as a person does, and waits until Qt has
told it every file of /proc, kmsg among them: a hang is ended by ``tests.hangs`` after a
minute, failed, instead of holding CI until its limit."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QLineEdit, QWidget

from keiconfig.ui import challenge_dialog, compare_tools, explore_dock, file_dialogs
from keiconfig.ui import main_window as main_window_module
from tests.hangs import ends_within

from .keys import focus, press, type_text, when_ready

REAL_ASK_OPEN = main_window_module.ask_open_path
REAL_ASK_SAVE = main_window_module.ask_save_path
HANG_S = 60  # (the listing takes milliseconds; this only bounds a hang)
KIND = "a file dialog in /proc"  # (after one hung, the others fail at once)

pytestmark = [
    pytest.mark.desktop,
    pytest.mark.skipif(not os.access("/proc/kmsg", os.R_OK), reason="only root reads /proc/kmsg"),
]
# offscreen: a dialog cannot be raised nor grab the keyboard there (on each test: the
# closest marker is the one pytest-qt reads)
OFFSCREEN_DIALOG = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)


def _remembered(folder: Path) -> None:
    """Qt's remembered folder (one for the whole process) made ``folder``: a dialog made
    afterwards lists it, not /proc, so the test sees /proc listed after its own keys."""
    dialog = file_dialogs.file_dialog(None, "", str(folder), "")
    dialog.setDirectory(str(folder))
    dialog.deleteLater()


@pytest.fixture
def away_from_proc(tmp_path: Path) -> Iterator[None]:
    """/proc not remembered before the test nor after it (for the tests after it)."""
    _remembered(tmp_path)
    yield
    _remembered(tmp_path)


def _in_proc(seen: dict[str, Any]) -> None:
    """Once Qt's file dialog is on screen with the keys in its file name box: /proc/ typed
    there and Return; once /proc is listed to its last file, Escape."""

    def ready() -> QFileDialog | None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and isinstance(QApplication.focusWidget(), QLineEdit):
            return dialog
        return None  # (the dialog not on screen yet)

    def act(dialog: QFileDialog) -> None:
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        # Qt tells the files of a folder in batches, then that it has told them all
        model.directoryLoaded.connect(seen["loaded"].append)
        seen["mode"] = dialog.fileMode()
        type_text("/proc/")  # (its completer lists /proc as the letters come)
        if seen["mode"] != QFileDialog.FileMode.Directory:  # (there Return chooses /proc)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        when_ready(lambda: listed(dialog), lambda _: escape(dialog, model))

    def listed(dialog: QFileDialog) -> bool | None:
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            seen["closed before /proc was listed"] = True
            return False  # (looked for no more; nothing pressed)
        return True if "/proc" in seen["loaded"] else None  # (still listing)

    def escape(dialog: QFileDialog, model: QFileSystemModel) -> None:
        if "closed before /proc was listed" in seen:
            return
        seen["rows"] = model.rowCount(model.index("/proc"))
        seen["folder"] = dialog.directory().absolutePath()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    when_ready(ready, act)


def _check(seen: dict[str, Any]) -> None:
    """/proc listed (its files too, shown or not: a dialog's file types and a folder
    dialog's "folders only" hide them after Qt has told them), the dialog still there."""
    assert "closed before /proc was listed" not in seen, seen
    assert seen["rows"] >= 10, seen  # /proc's own folders at least (1, self, sys, ...)
    if seen["mode"] != QFileDialog.FileMode.Directory:
        assert seen["folder"] == "/proc", seen  # Return went into it


@OFFSCREEN_DIALOG
@pytest.mark.parametrize("keys", ["Ctrl+O", "Ctrl+Shift+S"])
def test_the_open_and_save_dialogs_go_into_proc_with_their_keys(
    keys, main_window, qtbot, monkeypatch, away_from_proc
) -> None:
    """Ctrl+O (Open) or Ctrl+Shift+S (Save As), /proc/ typed into the file name box and
    Return: the dialog lists /proc, kmsg among its files, and Escape closes it."""
    monkeypatch.setattr(main_window_module, "ask_open_path", REAL_ASK_OPEN)
    monkeypatch.setattr(main_window_module, "ask_save_path", REAL_ASK_SAVE)
    seen: dict[str, Any] = {"loaded": []}
    mods = Qt.KeyboardModifier.ControlModifier
    if keys == "Ctrl+Shift+S":
        mods |= Qt.KeyboardModifier.ShiftModifier
    key = Qt.Key.Key_O if keys == "Ctrl+O" else Qt.Key.Key_S
    focus(qtbot, main_window.body_panel.length.spin)
    with ends_within(HANG_S, KIND):
        _in_proc(seen)
        press(key, mods)
    _check(seen)
    assert QApplication.activeModalWidget() is None
    assert main_window.document.path is None  # nothing opened, nothing saved


def _asks(window: QWidget, folder: str) -> dict[str, Callable[[], str]]:
    return {
        "open build": lambda: REAL_ASK_OPEN(window, folder),
        "save build as": lambda: REAL_ASK_SAVE(window, str(Path(folder) / "x.kei.json")),
        "export": lambda: compare_tools.ask_export_path(
            window, "Export", str(Path(folder) / "x.csv"), "CSV (*.csv)"
        ),
        "open class folder": lambda: compare_tools.ask_class_folder(window, folder),
        "add a build to the comparison": lambda: compare_tools.ask_compare_file(window, folder),
        "open challenge": lambda: explore_dock.ask_challenge_path(window, folder),
        "rank a class folder": lambda: challenge_dialog.ask_class_folder(window, folder),
    }


ASKS = [
    "open build",
    "save build as",
    "export",
    "open class folder",
    "add a build to the comparison",
    "open challenge",
    "rank a class folder",
]


@OFFSCREEN_DIALOG
@pytest.mark.parametrize("which", ASKS)
def test_every_file_dialog_of_the_app_goes_into_proc(
    which, main_window, qtbot, tmp_path, away_from_proc
) -> None:
    """Each of the app's file dialogs (the class folder's, the explorer's, the comparison's
    and the exports' too), /proc/ typed and Return: /proc listed, Escape, nothing chosen."""
    seen: dict[str, Any] = {"loaded": []}
    focus(qtbot, main_window.body_panel.length.spin)
    with ends_within(HANG_S, KIND):
        _in_proc(seen)
        chosen = _asks(main_window, str(tmp_path))[which]()
    _check(seen)
    assert chosen == ""  # Escape chose nothing
    assert QApplication.activeModalWidget() is None
