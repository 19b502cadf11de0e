"""Where the file dialogs open: the open file's folder, else the folder last used for that
kind of dialog, else Documents (home where there is none); never the folder the app
happened to be started from (each opened there on a first run: the setting was empty)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from keiconfig.core.resources_path import resource_path
from keiconfig.ui import file_dialogs
from keiconfig.ui import main_window as main_window_module
from tests.modes import bound_by_modes

REAL_ASK_OPEN = main_window_module.ask_open_path
REAL_ASK_SAVE = main_window_module.ask_save_path


pytestmark = pytest.mark.usefixtures("close_top_level_dialogs")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    """Every QFileDialog question answered (the folder it started in recorded) with the
    answer set, or Cancel; the app started in a folder of its own, HOME one with
    Documents."""
    state: dict[str, Any] = {"starts": [], "answer": ""}

    def record(start: str) -> str:
        state["starts"].append(start)
        return state["answer"]

    monkeypatch.setattr(
        file_dialogs, "open_file_name", lambda parent, title, start, flt: record(start)
    )
    monkeypatch.setattr(
        file_dialogs, "save_file_name", lambda parent, title, start, flt, *_: record(start)
    )
    monkeypatch.setattr(
        file_dialogs, "existing_directory", lambda parent, title, start: record(start)
    )
    monkeypatch.setattr(main_window_module, "ask_open_path", REAL_ASK_OPEN)
    monkeypatch.setattr(main_window_module, "ask_save_path", REAL_ASK_SAVE)
    started_in = tmp_path / "started-in"
    home = tmp_path / "home"
    started_in.mkdir()
    (home / "Documents").mkdir(parents=True)
    monkeypatch.chdir(started_in)
    monkeypatch.setenv("HOME", str(home))
    state["documents"] = str(home / "Documents")
    state["home"] = str(home)
    return state


def _start(window, ask: Callable[[Any], Any], asked: dict[str, Any]) -> str:
    before = len(asked["starts"])
    ask(window)
    assert len(asked["starts"]) == before + 1, "no file dialog was asked"
    start = asked["starts"][-1]
    return str(Path(start).parent) if Path(start).suffix else start  # a save's suggestion


def _rank_class_folder(window) -> None:
    dialog = window.explore_tools.open_challenge(str(resource_path("example.challenge.json")))
    dialog._ask_folder()


# (kind of dialog, how it is asked)
DIALOGS: dict[str, Callable[[Any], Any]] = {
    "open": lambda w: w.open_dialog(),
    "save as": lambda w: w.save_as(),
    "add to comparison": lambda w: w.compare_tools.add_file(),
    "class folder": lambda w: w.compare_tools.open_class_folder(),
    "export": lambda w: w.compare_tools.export("csv"),
    "open challenge": lambda w: w.explore_tools.open_challenge(),
}


@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_a_first_run_opens_in_documents_not_where_the_app_started(
    main_window, asked, dialog: str
) -> None:
    assert _start(main_window, DIALOGS[dialog], asked) == asked["documents"]


def test_ranking_a_class_folder_first_opens_in_documents(main_window, asked) -> None:
    assert _start(main_window, _rank_class_folder, asked) == asked["documents"]


def test_without_a_documents_folder_a_dialog_opens_at_home(main_window, asked) -> None:
    shutil.rmtree(asked["documents"])
    assert _start(main_window, DIALOGS["class folder"], asked) == asked["home"]


@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_with_a_file_open_a_dialog_opens_in_its_folder(
    main_window, asked, build_file: Path, dialog: str
) -> None:
    assert main_window.open_path(build_file, ask=False)
    assert _start(main_window, DIALOGS[dialog], asked) == str(build_file.parent)


def test_each_kind_of_dialog_remembers_its_own_folder(main_window, asked, tmp_path) -> None:
    classes = tmp_path / "classes" / "6B"
    exports = tmp_path / "exports"
    classes.mkdir(parents=True)
    exports.mkdir()
    asked["answer"] = str(classes)
    tools = main_window.compare_tools
    assert tools.open_class_folder() is not None
    asked["answer"] = str(exports / "run.csv")
    assert tools.export("csv")
    asked["answer"] = ""
    assert _start(main_window, DIALOGS["class folder"], asked) == str(classes)
    assert _start(main_window, _rank_class_folder, asked) == str(classes)
    assert _start(main_window, DIALOGS["export"], asked) == str(exports)
    assert _start(main_window, DIALOGS["open"], asked) == asked["documents"]


def test_folders_that_cannot_be_looked_into_fall_back_to_home(main_window, asked, tmp_path):
    """A remembered folder and Documents behind folders the user may not enter (rights
    changed, a share gone away): the dialog opens at home; Path.is_dir raised
    PermissionError there, out of Save As (seen as 'nobody', whose /root is closed)."""
    locked = tmp_path / "locked"
    (locked / "6B").mkdir(parents=True)
    main_window.settings.remember_folder("class", locked / "6B")
    home = Path(asked["home"])
    closed = [locked, home]  # home closed too: its Documents cannot be looked at
    for folder in closed:
        folder.chmod(0o600)
    try:
        with bound_by_modes():  # as root: as 'nobody', whom pytest's 0700 folders close
            start = _start(main_window, DIALOGS["class folder"], asked)
    finally:
        for folder in closed:
            folder.chmod(0o700)
    assert start == asked["home"]


def test_a_remembered_folder_since_removed_falls_back_quietly(
    main_window, asked, tmp_path, dialogs
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    asked["answer"] = str(exports / "run.csv")
    assert main_window.compare_tools.export("csv")
    shutil.rmtree(exports)
    asked["answer"] = ""
    assert _start(main_window, DIALOGS["export"], asked) == asked["documents"]
    assert not dialogs.errors


@pytest.mark.desktop
def test_ctrl_o_on_a_first_run_opens_in_documents(main_window, asked, qtbot) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked["starts"] == [asked["documents"]]
