"""The global exception hook: an unexpected error in a slot autosaves first, logs the
traceback to keiconfig.log, shows the details, and the app stays usable."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer

from keiconfig.core import files
from keiconfig.ui import errors


class Boom(RuntimeError):
    pass


def _explode() -> None:
    raise Boom("a bug in a slot")


@pytest.fixture
def hooked(monkeypatch, main_window):
    """The app's hook installed, the dialog replaced by a probe that looks at the disk."""
    seen: list[dict] = []

    def probe(details, log_path):
        saver = main_window.autosaver
        seen.append(
            {
                "details": details,
                "log_path": log_path,
                "autosaved": saver.build_path.exists()
                and files.load_build(saver.build_path).build == main_window.document.build,
                "log": log_path.read_text(encoding="utf-8") if log_path else "",
            }
        )

    monkeypatch.setattr(errors, "show_crash_dialog", probe)
    monkeypatch.setattr(sys, "excepthook", errors.excepthook)
    return seen


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_autosaves_logs_shows_and_carries_on(
    hooked, main_window, qtbot, capsys
) -> None:
    doc = main_window.document
    doc.change({"name": "Unsaved work", "body.length_mm": 3100}, "Edit")
    assert main_window.autosaver.pending  # not yet written: the hook must do it
    assert not main_window.autosaver.build_path.exists()

    QTimer.singleShot(0, _explode)
    qtbot.waitUntil(lambda: bool(hooked), timeout=30_000)

    (shown,) = hooked
    assert shown["autosaved"], "the autosave was written before the dialog"
    assert "Boom: a bug in a slot" in shown["details"]
    assert "_explode" in shown["details"]  # the traceback, not just the message
    assert shown["log_path"] == errors.log_dir() / "keiconfig.log"
    log = shown["log"]
    assert log.startswith("--- 20") and "Traceback (most recent call last)" in log
    assert "Boom: a bug in a slot" in log
    assert str(main_window.autosaver.build_path) in log
    capsys.readouterr()  # the hook also echoes to stderr

    # Still usable: edits, undo, save all work.
    doc.change({"body.length_mm": 3200}, "Edit again")
    assert main_window.results_panel.isVisible()
    main_window.undo_action.trigger()
    assert doc.build.body.length_mm == 3100 and doc.modified
    assert main_window.isVisible()


@pytest.mark.qt_no_exception_capture
def test_errors_while_the_dialog_is_up_are_logged_not_stacked(
    hooked, main_window, monkeypatch, capsys
) -> None:
    def nested(details, log_path):
        hooked.append({"details": details})
        errors.excepthook(Boom, Boom("second"), None)

    monkeypatch.setattr(errors, "show_crash_dialog", nested)
    errors.excepthook(Boom, Boom("first"), None)
    assert [h["details"].strip().rsplit(".", 1)[-1] for h in hooked] == ["Boom: first"]
    log = (errors.log_dir() / errors.LOG_NAME).read_text(encoding="utf-8")
    assert "Boom: first" in log and "Boom: second" in log
    capsys.readouterr()


def test_a_failing_autosave_does_not_break_the_hook(
    hooked, main_window, monkeypatch, capsys
) -> None:
    def broken():
        raise OSError("autosave folder gone")

    monkeypatch.setattr(errors, "save_first", [broken, *errors.save_first])
    errors.excepthook(Boom, Boom("still shown"), None)
    assert "still shown" in hooked[0]["details"]
    capsys.readouterr()


def test_crash_dialog_has_copyable_details(qtbot) -> None:
    dialog = errors.CrashDialog("Traceback: details here", errors.log_dir() / "keiconfig.log")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.details.isReadOnly()
    dialog.copy_details()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "Traceback: details here"
