"""Files handed to the window in every way a person hands them: dropped on it, chosen in
File > Open, named on the command line. A class challenge sent round with the builds is
shown as the challenge it is, never refused as a broken build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from keiconfig.core.resources_path import resource_path
from keiconfig.ui.main_window import MainWindow
from tests.ui.test_main_window import _drop


@pytest.fixture
def challenge_file(tmp_path: Path) -> Path:
    """The example challenge as a teacher mails it (any name ending in .json)."""
    path = tmp_path / "homework.json"
    shutil.copyfile(resource_path("example.challenge.json"), path)
    return path


def _shown_challenge(window: MainWindow) -> str | None:
    dialog = window.explore_tools.challenge_dialog
    if dialog is None or not dialog.isVisible():
        return None
    return dialog.challenge.title


@pytest.mark.parametrize("how", ["dropped", "File > Open"])
def test_a_challenge_handed_to_the_window_is_shown_as_one(
    main_window: MainWindow, build_file: Path, challenge_file: Path, dialogs, how
) -> None:
    assert main_window.open_path(build_file, ask=False)
    main_window.document.change({"name": "Unsaved work"}, "Rename")
    if how == "dropped":
        assert _drop(main_window, [QUrl.fromLocalFile(str(challenge_file))]).isAccepted()
    else:
        dialogs.unsaved_answer = dialogs.unsaved_answer.Discard
        dialogs.open_answer = str(challenge_file)
        main_window.open_dialog()
    assert _shown_challenge(main_window) == "The quickest 1990 four-seater"
    assert dialogs.errors == []
    # the build open before is as it was: its file, its unsaved change
    assert main_window.document.path == build_file
    assert main_window.document.build.name == "Unsaved work"
    assert main_window.document.modified
    if how == "dropped":
        assert dialogs.unsaved_asked == []  # a challenge replaces nothing: no question


def test_a_challenge_on_the_command_line_is_shown_as_one(
    monkeypatch, challenge_file: Path, qapp
) -> None:
    from keiconfig.ui import app, errors

    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    monkeypatch.setattr(errors, "install_excepthook", lambda: None)
    shown_errors: list[str] = []
    monkeypatch.setattr(errors, "show_user_error", lambda p, t, m: shown_errors.append(m))
    made: list[MainWindow] = []
    original = MainWindow.open_path

    def spy(self, path, ask=True):
        made.append(self)
        return original(self, path, ask)

    monkeypatch.setattr(MainWindow, "open_path", spy)
    assert app.run_app(str(challenge_file)) == 0
    window = made[0]
    try:
        assert shown_errors == []
        assert _shown_challenge(window) == "The quickest 1990 four-seater"
        assert window.document.path is None
    finally:
        window.close()
        window.deleteLater()


@pytest.mark.parametrize("kind", ["link loop", "null character"])
def test_a_path_that_names_no_file_is_said_not_raised(
    main_window: MainWindow, tmp_path: Path, dialogs, kind
) -> None:
    """A link that leads to itself (in a shared folder, or the recent file made one since)
    raised RuntimeError out of Open after the sentence was shown (Path.resolve), and a null
    character (a dropped URL's %00) ValueError: the window's Open ended in the crash box."""
    if kind == "link loop":
        path = tmp_path / "loop.kei.json"
        path.symlink_to(path.name)
        main_window.settings.add_recent(str(path))
        assert main_window.settings.recent_files == [str(path)]
    else:
        path = tmp_path / "a\0b.kei.json"
    assert not main_window.open_path(path)
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0][1].startswith(("loop.kei.json: ", "a\\x00b.kei.json: "))
    assert main_window.settings.recent_files == []  # gone from the recent files
    assert main_window.document.path is None


def test_a_folder_handed_to_the_window_is_ranked_as_a_class_folder(
    main_window: MainWindow, build_file: Path, dialogs
) -> None:
    """A teacher drops the class's folder on the window (or types keiconfig ~/class3b):
    it said 'this is a folder, not a build file'; now it is ranked, as File > Open Class
    Folder does, and the open build stays."""
    assert _drop(main_window, [QUrl.fromLocalFile(str(build_file.parent))]).isAccepted()
    dialog = main_window.compare_tools.class_dialog
    assert dialogs.errors == []
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.folder) == build_file.parent
    assert main_window.document.path is None
    dialog.close()


def test_dropping_several_files_says_that_one_was_opened(
    main_window: MainWindow, build_file: Path, tmp_path: Path, dialogs
) -> None:
    second = tmp_path / "second.kei.json"
    shutil.copyfile(build_file, second)
    urls = [QUrl.fromLocalFile(str(p)) for p in (build_file, second, tmp_path / "third")]
    assert _drop(main_window, urls).isAccepted()
    assert main_window.document.path == build_file
    assert main_window.statusBar().currentMessage() == (
        "Opened test-build.kei.json, the first of the files dropped; 2 others not opened "
        "(Compare > Add File… puts builds side by side)."
    )
    assert _drop(main_window, urls[1:2]).isAccepted()  # one file: said as before
    assert main_window.statusBar().currentMessage() == "Opened second.kei.json"


def test_a_build_chosen_in_open_challenge_is_opened_as_one(
    main_window: MainWindow, build_file: Path, dialogs
) -> None:
    """File > Open Challenge… given a build (the names look alike in a class's folder)
    said 'this is a build file, not a challenge; open it with File > Open'; it now opens
    it, asking about unsaved changes first as File > Open does."""
    main_window.document.change({"name": "Unsaved"}, "Rename")
    dialogs.unsaved_answer = dialogs.unsaved_answer.Discard
    assert main_window.explore_tools.open_challenge(str(build_file)) is None
    assert dialogs.errors == [] and dialogs.unsaved_asked == ["Unsaved"]
    assert main_window.document.path == build_file
    assert main_window.document.build.name == "Test build"
