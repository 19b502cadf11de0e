"""A file opened that cannot be saved where it is (a read-only file; a teacher's read-only
handout folder, a CD) says so in the window's title, as desktop editors do ("… [read-only]
— keiconfig"), and Save goes to Save As at once, saying why in the status bar. (The title
showed nothing; Save asked "Replace it anyway?" or said the folder only after trying.)

Keys as a person presses them; marked ``desktop``: run on a real X server too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from keiconfig.core import files
from tests.read_only import read_only_folder
from tests.ui.keys import focus, press

pytestmark = [
    pytest.mark.desktop,
    pytest.mark.skipif(os.name != "posix", reason="POSIX modes"),
]

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_with_keys(qtbot, window, dialogs, path: Path) -> None:
    dialogs.open_answer = str(path)
    focus(qtbot, window.body_panel.length.spin)
    press(Qt.Key.Key_O, CTRL)
    assert window.document.path == path


def _edit_with_keys(qtbot, window) -> None:
    focus(qtbot, window.body_panel.length.spin)
    press(Qt.Key.Key_Down)
    assert window.document.modified


def _says_read_only(window, language: str) -> None:
    """The status bar's sentence for a read-only file."""
    said = window.statusBar().currentMessage()
    if language == "en":
        assert said == (
            "test-build.kei.json is read-only: save your changes under another name or in "
            "another folder."
        )
    else:
        assert said.startswith("test-build.kei.json") and "読み取り専用" in said


def _says_folder_locked(window) -> None:
    assert window.statusBar().currentMessage() == (
        "test-build.kei.json is in a folder that cannot be written in: save your changes in "
        "another folder."
    )


def _saves_elsewhere(window, dialogs, build_file: Path, before: bytes, tmp_path: Path) -> None:
    """Ctrl+S again, a new name given in Save As: saved there, the mark gone, the
    read-only file as it was."""
    mine = tmp_path / "mine.kei.json"
    dialogs.save_answer = str(mine)
    press(Qt.Key.Key_S, CTRL)
    assert window.document.path == mine and not window.document.modified
    assert window.windowTitle() == "Test build (mine.kei.json)[*] — keiconfig"  # no mark
    assert files.load_build(mine).build == window.document.build
    assert build_file.read_bytes() == before


@pytest.mark.parametrize(
    ("language", "mark"), [("en", "[read-only]"), ("ja", "[読み取り専用]")], indirect=["language"]
)
def test_a_read_only_file_is_marked_in_the_title_and_save_goes_to_save_as(
    language, main_window, dialogs, qtbot, build_file: Path, tmp_path: Path, mark
) -> None:
    window = main_window
    before = build_file.read_bytes()
    os.chmod(build_file, 0o444)
    _open_with_keys(qtbot, window, dialogs, build_file)
    assert window.windowTitle() == f"Test build (test-build.kei.json) {mark}[*] — keiconfig"
    _edit_with_keys(qtbot, window)

    dialogs.save_answer = ""  # Save As at once (its dialog cancelled): no "Replace it?"
    press(Qt.Key.Key_S, CTRL)
    assert dialogs.save_suggested == [str(build_file)]  # the name, to be changed
    assert dialogs.errors == [] and window.document.modified
    _says_read_only(window, language)
    _saves_elsewhere(window, dialogs, build_file, before, tmp_path)


def test_a_file_in_a_folder_that_takes_no_file_is_marked_and_saved_elsewhere(
    main_window, dialogs, monkeypatch, qtbot, build_file: Path, tmp_path: Path
) -> None:
    """A build opened from a read-only disk: marked; Save goes to Save As at once, in a
    folder that can be written in (the home folder when no other was used)."""
    window = main_window
    read_only_folder(monkeypatch, build_file.parent)
    _open_with_keys(qtbot, window, dialogs, build_file)
    assert window.windowTitle() == "Test build (test-build.kei.json) [read-only][*] — keiconfig"
    _edit_with_keys(qtbot, window)
    dialogs.save_answer = ""
    press(Qt.Key.Key_S, CTRL)
    assert dialogs.save_suggested == [str(Path.home() / build_file.name)]
    _says_folder_locked(window)
    assert dialogs.errors == [] and window.document.modified


def test_a_file_made_writable_since_it_was_opened_is_saved_in_place(
    main_window, dialogs, qtbot, build_file: Path
) -> None:
    """The mark is looked at again at Save: a file made writable meanwhile is saved where
    it is, and the mark goes."""
    window = main_window
    os.chmod(build_file, 0o444)
    _open_with_keys(qtbot, window, dialogs, build_file)
    assert "[read-only]" in window.windowTitle()
    _edit_with_keys(qtbot, window)
    os.chmod(build_file, 0o644)
    press(Qt.Key.Key_S, CTRL)
    assert dialogs.save_suggested == [] and not window.document.modified
    assert files.load_build(build_file).build == window.document.build
    assert window.windowTitle() == "Test build (test-build.kei.json)[*] — keiconfig"


def test_a_writable_file_has_no_mark(main_window, dialogs, qtbot, build_file: Path) -> None:
    _open_with_keys(qtbot, main_window, dialogs, build_file)
    assert main_window.windowTitle() == "Test build (test-build.kei.json)[*] — keiconfig"
    assert main_window.unwritable() is None


@pytest.mark.parametrize(
    ("language", "mark"), [("en", "[read-only]"), ("ja", "[読み取り専用]")], indirect=["language"]
)
def test_a_file_made_read_only_after_it_was_opened_goes_to_save_as(
    language, main_window, dialogs, qtbot, build_file: Path, tmp_path: Path, mark
) -> None:
    """Someone else made the open file read-only (chmod 0444) while it was open: Ctrl+S
    asked "Replace it anyway?" (and, without a yes, failed). Save looks again now: Save
    As at once with the file's name, nothing asked, nothing overwritten, the sentence in
    the status bar, and the title gains the mark."""
    window = main_window
    before = build_file.read_bytes()
    _open_with_keys(qtbot, window, dialogs, build_file)
    assert mark not in window.windowTitle()
    _edit_with_keys(qtbot, window)
    os.chmod(build_file, 0o444)

    dialogs.save_answer = ""  # (the Save As dialog cancelled)
    press(Qt.Key.Key_S, CTRL)
    assert dialogs.save_suggested == [str(build_file)]
    assert dialogs.errors == [] and window.document.modified
    assert window.windowTitle() == f"Test build (test-build.kei.json) {mark}[*] — keiconfig"
    _says_read_only(window, language)
    assert build_file.read_bytes() == before
    _saves_elsewhere(window, dialogs, build_file, before, tmp_path)


def test_a_folder_locked_after_the_file_was_opened_goes_to_save_as(
    main_window, dialogs, monkeypatch, qtbot, build_file: Path
) -> None:
    """The teacher's folder locked (or the disk remounted read-only) during the lesson:
    Ctrl+S goes to Save As at once, in a folder that can be written in, and says why."""
    window = main_window
    _open_with_keys(qtbot, window, dialogs, build_file)
    _edit_with_keys(qtbot, window)
    read_only_folder(monkeypatch, build_file.parent)
    dialogs.save_answer = ""
    press(Qt.Key.Key_S, CTRL)
    assert dialogs.save_suggested == [str(Path.home() / build_file.name)]
    _says_folder_locked(window)
    assert window.windowTitle() == "Test build (test-build.kei.json) [read-only][*] — keiconfig"
    assert dialogs.errors == [] and window.document.modified


def test_the_mark_comes_and_goes_without_a_save(
    main_window, dialogs, qtbot, build_file: Path
) -> None:
    """The file made read-only while it is open gains the mark as soon as the window
    hears of it (the watcher tells of the chmod; the window looks again when it becomes
    active), before any Save; made writable again, the mark goes."""
    window = main_window
    _open_with_keys(qtbot, window, dialogs, build_file)
    os.chmod(build_file, 0o444)
    qtbot.waitUntil(lambda: "[read-only]" in window.windowTitle(), timeout=5000)
    os.chmod(build_file, 0o644)
    qtbot.waitUntil(lambda: "[read-only]" not in window.windowTitle(), timeout=5000)
    assert window.windowTitle() == "Test build (test-build.kei.json)[*] — keiconfig"
    assert dialogs.save_suggested == [] and dialogs.errors == []
