"""Autosave: written shortly after a change (debounced), removed by a save or a clean exit,
never offered while its window runs; the recovery dialog; Restore / Discard / Later."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLockFile

from keiconfig.core import files
from keiconfig.core.build import Build, changed, default_build
from keiconfig.core.presets import load_preset
from keiconfig.ui import app, autosave, errors, recovery_dialog
from keiconfig.ui.main_window import MainWindow
from keiconfig.ui.recovery_dialog import DISCARD, LATER, RESTORE, RecoveryDialog


def _slot_paths(window: MainWindow) -> tuple[Path, Path]:
    return window.autosaver.build_path, window.autosaver.meta_path


class FakeClock:
    """The autosaver's clock, moved by the test instead of waited on."""

    def __init__(self) -> None:
        self.ms = 0

    def __call__(self) -> float:
        return self.ms / 1000


def _pause(window: MainWindow) -> Path:
    """The pause after a change: the debounce timer is running, and its timeout is fired now
    instead of waited for. Returns the autosave's path."""
    saver = window.autosaver
    assert saver.pending, "a change started the debounce timer"
    saver.timer.timeout.emit()
    assert not saver.pending
    assert saver.wait(), "the writer thread finished"
    QCoreApplication.processEvents()  # its result, queued back to this thread
    return saver.build_path


def test_autosave_goes_to_the_data_folder_from_the_environment(_private_folders) -> None:
    assert autosave.autosave_dir() == Path(os.environ["KEICONFIG_DATA_DIR"]) / "autosave"
    assert str(_private_folders) in str(autosave.autosave_dir())


def test_a_burst_of_changes_is_written_once_after_the_pause(main_window, qtbot) -> None:
    saver = main_window.autosaver
    assert saver.delay_ms == autosave.DELAY_MS == 200  # the last edit on disk within 0.5 s
    assert saver.timer.isSingleShot() and saver.timer.interval() == saver.delay_ms
    clock = saver.clock = FakeClock()
    writes: list[Path] = []
    saver.written.connect(writes.append)
    merge = main_window.document.new_merge_id()
    for i in range(10):  # a slider drag: ten ticks, 30 ms apart
        main_window.document.change({"body.length_mm": 3000 + 10 * i}, "Length", merge)
        clock.ms += 30
        assert saver.pending and not saver.build_path.exists()
    assert writes == []
    _pause(main_window)
    assert writes == [saver.build_path]
    assert files.load_build(saver.build_path).build == main_window.document.build


def test_sidecar_says_what_and_where_from(main_window, build_file, qtbot) -> None:
    main_window.open_path(build_file, ask=False)
    main_window.document.change({"engine.aspiration": "turbo"}, "Aspiration")
    build_path, meta_path = _slot_paths(main_window)
    _pause(main_window)
    assert meta_path.exists()
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    assert meta["original_path"] == str(build_file)
    assert meta["name"] == "Test build"
    assert meta["modified"] is True
    assert meta["pid"] == os.getpid()
    assert meta["era"] == main_window.document.era
    assert "saved_at" in meta
    assert files.load_build(build_path).build.engine.aspiration == "turbo"
    # The original file is untouched by autosave.
    assert files.load_build(build_file).build.engine.aspiration == "na"


def test_saving_removes_the_autosave_and_a_new_change_writes_it_again(
    main_window, dialogs, tmp_path, qtbot
) -> None:
    build_path, meta_path = _slot_paths(main_window)
    main_window.document.change({"name": "Saved later"}, "Rename")
    assert _pause(main_window).exists()
    dialogs.save_answer = str(tmp_path / "saved.kei.json")
    assert main_window.save()
    assert not build_path.exists() and not meta_path.exists()
    main_window.document.change({"body.height_mm": 1700}, "Height")
    assert _pause(main_window).exists()
    main_window.document.undo_stack.undo()  # back to the saved state: nothing to keep
    assert not build_path.exists()


def test_a_clean_exit_removes_the_autosave(main_window_factory, dialogs, qtbot) -> None:
    window = main_window_factory()
    window.document.change({"name": "Thrown away"}, "Rename")
    assert _pause(window).exists()
    dialogs.unsaved_answer = dialogs.unsaved_answer.Discard
    assert window.close()
    assert not window.autosaver.build_path.exists()
    assert list(autosave.autosave_dir().glob("*")) == []


def test_cancelled_exit_keeps_the_autosave(main_window, dialogs, qtbot) -> None:
    main_window.document.change({"name": "Kept"}, "Rename")
    assert _pause(main_window).exists()
    assert not main_window.close()  # Cancel is the default answer
    assert main_window.autosaver.build_path.exists()


def test_a_running_window_is_never_offered_to_another(main_window_factory, qtbot) -> None:
    first, second = main_window_factory(), main_window_factory()
    # each window's pause taken just after its change: with both changes made first, the
    # first window's 200 ms timer could fire while the second window's change ran the event
    # loop, and _pause found it no longer pending (once, on a loaded machine)
    first.document.change({"name": "First"}, "Rename")
    assert _pause(first).exists()
    second.document.change({"name": "Second"}, "Rename")
    assert _pause(second).exists()
    assert autosave.find_orphans() == []
    # The locks name this process.
    lock_text = (autosave.autosave_dir() / f"{first.autosaver.slot}.lock").read_text()
    assert lock_text.split()[0] == str(os.getpid())


def _plant_orphan(
    name: str = "Orphaned",
    original: Path | None = None,
    build: Build | None = None,
    era: str | None = None,
) -> Path:
    """An autosave slot with no lock: what a killed keiconfig leaves once its lock is stale."""
    folder = autosave.autosave_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if build is None:
        build = changed(default_build(), {"name": name, "engine.displacement_cc": 550})
    files.write_text_atomic(folder / "99999-dead.kei.json", files.dumps(build))
    meta = {
        "saved_at": "2024-05-01T10:00:00+09:00",
        "name": name,
        "original_path": str(original) if original else None,
        "modified": True,
        "era": era,
        "pid": 99999,
    }
    (folder / "99999-dead.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder / "99999-dead.kei.json"


def test_an_orphan_is_found_and_locked_while_offered(qapp) -> None:
    path = _plant_orphan()
    (orphan,) = autosave.find_orphans()
    assert orphan.name == "Orphaned" and orphan.build.engine.displacement_cc == 550
    assert orphan.pid == 99999 and orphan.original_path is None
    assert autosave.find_orphans() == []  # this process holds it now
    other = QLockFile(str(path.with_name("99999-dead.lock")))
    other.setStaleLockTime(0)
    assert not other.tryLock(0)
    orphan.release()
    assert path.exists()
    assert len(autosave.find_orphans()) == 1


def test_a_damaged_autosave_is_skipped_not_deleted(qapp) -> None:
    folder = autosave.autosave_dir()
    folder.mkdir(parents=True)
    (folder / "1-x.kei.json").write_text("{ not json", encoding="utf-8")
    assert autosave.find_orphans() == []
    assert (folder / autosave.UNREADABLE_FOLDER / "1-x.kei.json").exists()  # moved aside


def test_restore_opens_it_modified_with_its_original_path(
    main_window, monkeypatch, build_file, qtbot
) -> None:
    _plant_orphan("From the crash", original=build_file)
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda parent, orphan: RESTORE)
    assert recovery_dialog.offer_recovery(main_window) == [RESTORE]
    doc = main_window.document
    assert doc.build.name == "From the crash" and doc.build.engine.displacement_cc == 550
    assert doc.path == build_file
    assert doc.modified and main_window.isWindowModified()
    assert "From the crash" in main_window.windowTitle()
    assert not doc.undo_stack.canUndo()
    # Taken over: the old slot is gone, this window's own autosave holds the build.
    assert not (autosave.autosave_dir() / "99999-dead.kei.json").exists()
    assert files.load_build(main_window.autosaver.build_path).build == doc.build
    assert autosave.find_orphans() == []


@pytest.mark.parametrize(
    ("judged_by", "era", "restored"),
    [
        (None, "1976", "1976"),
        ("1990", "1976", "1990"),
        (None, "1066", "1998"),
        (None, None, "1998"),
    ],
)
def test_a_restored_build_is_judged_by_the_rules_its_window_judged_it_by(
    main_window, monkeypatch, judged_by, era, restored
) -> None:
    """An autosave keeps the rules in its build (judged_by); one of a keiconfig that kept
    them beside it (the record's "era") gets them put into the build, to be saved with it;
    an era this keiconfig does not know is left out."""
    build = changed(default_build(), {"name": "Old autosave", "judged_by": judged_by})
    _plant_orphan("Old autosave", build=build, era=era)
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda parent, orphan: RESTORE)
    assert recovery_dialog.offer_recovery(main_window) == [RESTORE]
    doc = main_window.document
    assert doc.build.name == "Old autosave" and doc.era == restored
    assert doc.build.judged_by == (None if restored == "1998" else restored)
    assert doc.modified


def test_discard_deletes_it_and_later_keeps_it(main_window, monkeypatch) -> None:
    path = _plant_orphan()
    start = main_window.document.build
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda parent, orphan: LATER)
    assert recovery_dialog.offer_recovery(main_window) == [LATER]
    assert path.exists() and main_window.document.build == start
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda parent, orphan: DISCARD)
    assert recovery_dialog.offer_recovery(main_window) == [DISCARD]
    assert list(autosave.autosave_dir().glob("*")) == []
    assert main_window.document.build == start and not main_window.document.modified
    assert recovery_dialog.offer_recovery(main_window) == []


def test_restore_over_an_unsaved_build_asks_first(main_window, dialogs, monkeypatch) -> None:
    path = _plant_orphan()
    main_window.document.change({"name": "Mine"}, "Rename")
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda parent, orphan: RESTORE)
    recovery_dialog.offer_recovery(main_window)  # Cancel to "save changes?"
    assert dialogs.unsaved_asked == ["Mine"]
    assert main_window.document.build.name == "Mine"
    assert path.exists()  # kept for later


def test_run_app_offers_recovery(monkeypatch, qapp) -> None:
    _plant_orphan("After the crash")
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    monkeypatch.setattr(errors, "install_excepthook", lambda: None)
    asked: list[str] = []
    windows: list[MainWindow] = []

    def answer(parent, orphan):
        asked.append(orphan.name)
        windows.append(parent)
        return RESTORE

    monkeypatch.setattr(recovery_dialog, "ask_recovery", answer)
    assert app.run_app(None) == 0
    (window,) = windows
    assert asked == ["After the crash"]
    assert window.document.build.name == "After the crash" and window.document.modified
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()


def test_recovery_dialog_shows_what_it_is(qtbot, build_file) -> None:
    _plant_orphan("Shown build", original=build_file)
    (orphan,) = autosave.find_orphans()
    dialog = RecoveryDialog(orphan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name_label.text() == "Shown build"
    assert "2024-05-01" in dialog.when_label.text()
    assert dialog.file_label.text() == str(build_file)
    figures = dialog.figures_label.text()
    assert "3395" in figures and "550 cc" in figures and "naturally aspirated" in figures
    assert dialog.restore_button.isDefault()
    dialog.discard_button.click()
    assert dialog.choice == DISCARD
    orphan.release()


def test_recovery_dialog_names_an_electric_cars_motor_and_battery(qtbot) -> None:
    """An autosaved Sakura was offered back as a '3-cylinder 658 cc, naturally aspirated'
    car (its unused engine fields); the dialog names its motor and battery instead."""
    sakura = load_preset("nissan-sakura-2022").build
    _plant_orphan("Sakura", build=changed(sakura, {"battery": {"capacity_kwh": 30.0}}))
    (orphan,) = autosave.find_orphans()
    dialog = RecoveryDialog(orphan)
    qtbot.addWidget(dialog)
    figures = dialog.figures_label.text()
    assert figures == "tall wagon, 3395 × 1475 × 1655 mm; electric, 47 kW motor, 30 kWh battery"
    assert "cylinder" not in figures and " cc" not in figures
    dialog.later_button.click()
    orphan.release()


@pytest.mark.parametrize(("button", "choice"), [("restore", RESTORE), ("later", LATER)])
def test_recovery_dialog_buttons(qtbot, button, choice) -> None:
    _plant_orphan()
    (orphan,) = autosave.find_orphans()
    dialog = RecoveryDialog(orphan)
    qtbot.addWidget(dialog)
    getattr(dialog, f"{button}_button").click()
    assert dialog.choice == choice
    orphan.release()


def test_a_failing_autosave_is_reported_in_the_status_bar(main_window, monkeypatch, qtbot):
    def full(*args, **kwargs):
        raise files.BuildSaveError("could not save: the disk is full")

    monkeypatch.setattr(files, "write_text_atomic", full)
    failures: list[str] = []
    main_window.autosaver.failed.connect(failures.append)
    main_window.document.change({"name": "No room"}, "Rename")
    _pause(main_window)
    assert failures
    assert "disk is full" in main_window.statusBar().currentMessage()
    assert main_window.document.modified


def test_a_change_that_never_pauses_is_still_written(main_window) -> None:
    saver = main_window.autosaver
    saver.delay_ms = 100
    clock = saver.clock = FakeClock()
    merge = main_window.document.new_merge_id()
    written_at = None
    for i in range(40):  # 40 ticks, 25 ms apart: the 100 ms pause never comes
        main_window.document.change({"body.length_mm": 3000 + i}, "Length", merge)
        saver.wait()
        if saver.build_path.exists():
            written_at = i
            break
        clock.ms += 25
    # written at the first change MAX_WAIT_FACTOR delays (200 ms) after the first one
    assert written_at == autosave.MAX_WAIT_FACTOR * 100 // 25
    assert files.load_build(saver.build_path).build.body.length_mm == 3000 + written_at


def test_installed_qt_bindings_keep_none_alive_in_a_long_session(qapp) -> None:
    """PySide6 6.12.0 drops a reference to None on every void call under CPython 3.11 and
    aborts a long session ("none_dealloc"); pyproject.toml keeps it out. This fails if such
    a build of the bindings is installed."""
    import sys

    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(20000):
        widget.update()
    assert sys.getrefcount(None) >= before - 100


def test_a_newer_keiconfigs_fields_survive_save_autosave_and_recovery(
    main_window_factory, monkeypatch, tmp_path
) -> None:
    """A file shared by someone with a newer keiconfig (fields this one does not know): a
    person opens it, changes it and saves, changes it again, and the window is killed;
    the next window restores the autosave and saves. The fields are in the file at every
    step, with the person's changes."""
    data = changed(default_build(), {"name": "From a newer keiconfig"}).to_json_dict()
    data["engine"]["variable_valve_timing"] = True
    data["hybrid"] = {"motor_kw": 10, "note": "ハイブリッド"}
    path = tmp_path / "newer.kei.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    def on_disk(file: Path) -> dict:
        return json.loads(file.read_text(encoding="utf-8"))

    first = main_window_factory()
    assert first.open_path(path, ask=False)
    first.engine_panel.displacement.spin.setValue(550)
    first.save_action.trigger()
    saved = on_disk(path)
    assert saved["engine"]["displacement_cc"] == 550
    assert saved["engine"]["variable_valve_timing"] is True and saved["hybrid"] == data["hybrid"]

    first.body_panel.length.spin.setValue(3300)
    autosaved = on_disk(_pause(first))
    assert autosaved["body"]["length_mm"] == 3300 and autosaved["hybrid"] == data["hybrid"]
    first.autosaver._lock.unlock()  # killed: its lock is left to whoever starts next

    second = main_window_factory()
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda parent, orphan: RESTORE)
    assert recovery_dialog.offer_recovery(second) == [RESTORE]
    second.save_action.trigger()
    saved = on_disk(path)
    assert saved["body"]["length_mm"] == 3300 and saved["engine"]["displacement_cc"] == 550
    assert saved["engine"]["variable_valve_timing"] is True and saved["hybrid"] == data["hybrid"]
    first.document.undo_stack.setClean()  # the killed window has nothing to ask


def test_a_file_with_an_unknown_value_json_cannot_write_back_autosaves_and_saves(
    main_window, dialogs, tmp_path
) -> None:
    """A stranger's file with an unknown key holding 1e400 (read as infinity) and another
    nested 900 lists deep: changed in the window, its autosave and its save open again,
    with the other unknown keys (1e400 was written as Infinity, which no keiconfig opens:
    the recovery would have skipped the autosave, and the saved file was refused)."""
    text = json.dumps(default_build().to_json_dict())[:-1]
    deep = "[" * 900 + "]" * 900
    path = tmp_path / "odd.kei.json"
    path.write_text(text + f', "deep": {deep}, "huge": 1e400, "kept": 1}}', encoding="utf-8")
    assert main_window.open_path(path, ask=False)
    main_window.engine_panel.displacement.spin.setValue(550)
    autosaved = files.load_build(_pause(main_window))
    assert autosaved.build == main_window.document.build
    main_window.save_action.trigger()
    # the three unknown keys' warnings, too long for the status bar, were listed in a box
    assert dialogs.crashes == [] and [t for t, _ in dialogs.errors] == ["Opened with warnings"]
    for copy in (autosaved, files.load_build(path)):
        assert copy.extra is not None
        assert copy.extra[""]["kept"] == 1 and "huge" not in copy.extra[""]


def test_a_file_opened_by_a_relative_name_is_restored_and_saved_where_it_is(
    main_window_factory, monkeypatch, tmp_path
) -> None:
    """`keiconfig car.kei.json` in one folder, the window killed, keiconfig started again
    from another folder (a launcher starts it in the home folder): the restored build is
    saved to the file it came from. The autosave kept the name as typed, relative, so the
    restore named a file in the new folder and the save wrote a new file there, leaving
    the real one as it was."""
    first_folder, second_folder = tmp_path / "builds", tmp_path / "home"
    first_folder.mkdir()
    second_folder.mkdir()
    files.save_build(default_build(), first_folder / "car.kei.json")
    monkeypatch.chdir(first_folder)
    first = main_window_factory()
    assert first.open_path("car.kei.json", ask=False)
    first.body_panel.length.spin.setValue(3300)
    _pause(first)
    first.autosaver._lock.unlock()  # killed: its lock is left to whoever starts next

    monkeypatch.chdir(second_folder)
    second = main_window_factory()
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda parent, orphan: RESTORE)
    assert recovery_dialog.offer_recovery(second) == [RESTORE]
    second.save_action.trigger()
    assert files.load_build(first_folder / "car.kei.json").build.body.length_mm == 3300
    assert list(second_folder.iterdir()) == []
    first.document.undo_stack.setClean()


@pytest.mark.parametrize(
    ("judged_by", "era", "said"),
    [
        ("1976", None, "Since Jan 1976 — 3.2 × 1.4 × 2.0 m, 550 cc"),
        (None, "1990", "Since Jan 1990 — 3.3 × 1.4 × 2.0 m, 660 cc"),  # an autosave of before
        (None, None, "Since Oct 1998 — 3.4 × 1.48 × 2.0 m, 660 cc"),
    ],
)
def test_recovery_dialog_names_the_rules_the_build_is_judged_by(
    main_window, qtbot, monkeypatch, judged_by, era, said
) -> None:
    """A student's only unsaved change was the rules (1976 to 1990): the dialog showed the
    same car as the file's and nothing of the rules Restore brings back (audit6). It says
    them, as Restore judges the build by them."""
    build = changed(default_build(), {"name": "Rules changed", "judged_by": judged_by})
    _plant_orphan("Rules changed", build=build, era=era)
    (orphan,) = autosave.find_orphans()
    dialog = RecoveryDialog(orphan)
    qtbot.addWidget(dialog)
    assert dialog.rules_label.text() == said
    orphan.release()
    monkeypatch.setattr(recovery_dialog, "ask_recovery", lambda parent, orphan: RESTORE)
    assert recovery_dialog.offer_recovery(main_window) == [RESTORE]
    assert main_window.compliance_panel.era_combo.currentText() == said
