"""The settings file as a person's machine really has it: edited by hand, half written,
garbage. Whatever is in it, the window opens with its words readable."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from keiconfig.ui.settings import Settings
from tests.ui.child import run_python


def _write_settings(folder, text: str) -> None:
    (folder / "keiconfig.ini").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("value", ["nan", "-nan", "NaN", "inf", "-inf", "big", "1, 2", ""])
def test_a_text_size_that_is_not_a_number_is_the_normal_size(_private_folders, value) -> None:
    _write_settings(_private_folders, f"[view]\ntext_scale={value}\n")
    scale = Settings().text_scale
    assert 0.75 <= scale <= 2.5


def test_a_window_opened_with_text_size_nan_shows_its_words(
    main_window_factory, _private_folders
) -> None:
    base = QApplication.font().pointSizeF()
    _write_settings(_private_folders, "[view]\ntext_scale=nan\n")
    window = main_window_factory()
    assert window.view.text_scale == 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert window.body_panel.name.font().pointSizeF() > 0


CHILD = (
    "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
    "from keiconfig.ui.settings import Settings; print(Settings().problem)"
)
posix_only = pytest.mark.skipif(os.name != "posix", reason="pipes of POSIX")


@posix_only
@pytest.mark.parametrize("kind", ["pipe", "symlink to a pipe", "folder"])
def test_a_settings_file_that_is_no_file_is_said_and_never_waited_on(
    main_window_factory, _private_folders, kind
) -> None:
    ini = _private_folders / "keiconfig.ini"
    if kind == "folder":
        ini.mkdir()
    elif kind == "pipe":
        os.mkfifo(ini)  # nobody writes it: reading it would wait for good
    else:
        os.mkfifo(_private_folders / "elsewhere")
        ini.symlink_to(_private_folders / "elsewhere")
    # First in a child process: reading a pipe blocks inside Qt (the GIL held), so a hang
    # there fails this test after a minute instead of stopping the run.
    child = run_python(CHILD)
    assert child.returncode == 0 and str(ini) in child.stdout, child.stderr
    settings = Settings()
    assert settings.problem is not None and str(ini) in settings.problem
    settings.era = "1990"  # kept for this session, in memory
    assert Settings().era == "1990"
    settings.sync()
    assert not ini.is_file()  # never replaced by a file behind the person's back
    settings.q.clear()  # the memory is the process's: the next test starts afresh
    window = main_window_factory()
    assert window.statusBar().currentMessage() == window.settings.problem


def test_a_recent_file_with_a_null_character_is_not_in_the_menu(
    main_window_factory, _private_folders, dialogs
) -> None:
    listed = json.dumps(["/tmp/car\x00.kei.json", "/tmp/other.kei.json"])
    _write_settings(_private_folders, "[files]\nrecent=" + json.dumps(listed) + "\n")
    window = main_window_factory()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert any("other.kei.json" in t for t in texts)
    assert not any("car" in t for t in texts)
    other = next(a for a in window.recent_menu.actions() if "other.kei.json" in a.text())
    other.trigger()  # opening a file that is gone: said, not raised
    assert dialogs.errors and "does not exist" in dialogs.errors[0][1]


def test_read_only_settings_are_read_and_said_to_be_kept_no_more(
    main_window_factory, _private_folders, monkeypatch
) -> None:
    _write_settings(_private_folders, "[view]\ntext_scale=1.0\nera=1990\n")
    real_access = os.access
    # A read-only disk (EROFS; chmod does not stop root, who runs this machine's tests).
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode, **kw: (
            False
            if mode == os.W_OK and Path(p) in (_private_folders, _private_folders / "keiconfig.ini")
            else real_access(p, mode, **kw)
        ),
    )
    window = main_window_factory()
    assert window.document.era == "1990"  # still read
    message = window.statusBar().currentMessage()
    assert "read-only" in message and str(_private_folders / "keiconfig.ini") in message
