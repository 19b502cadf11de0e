"""A save knows what it overwrites; the open file is watched (issue 11, findings 1 and 6).

Real files, a second window on the same file, a second writer replacing the file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from keiconfig.core import files
from keiconfig.core.build import changed, default_build
from keiconfig.ui import compare_tools, file_dialogs, file_guard
from keiconfig.ui import main_window as main_window_module
from tests.modes import bound_by_modes, folder_for
from tests.read_only import read_only_folder

# The real question, taken before the test fixtures answer it.
ASK_SAVE_ELSEWHERE = file_guard.ask_save_elsewhere
# The real file dialogs' functions, likewise.
REAL_ASK_PATH = {
    "save as": main_window_module.ask_save_path,
    "export": compare_tools.ask_export_path,
}


@pytest.fixture
def answers(monkeypatch):
    """What the guard asked, and the answers it gets."""
    got = {
        "conflict": [],
        "read_only": [],
        "exists": [],
        "conflict_answer": file_guard.CANCEL,
        "ro": False,
        "replace": False,
    }

    def conflict(parent, name):
        got["conflict"].append(name)
        return got["conflict_answer"]

    def read_only(parent, name):
        got["read_only"].append(name)
        return got["ro"]

    def exists(parent, name):
        got["exists"].append(name)
        return got["replace"]

    monkeypatch.setattr(file_guard, "ask_save_conflict", conflict)
    monkeypatch.setattr(file_guard, "ask_replace_existing", exists)
    monkeypatch.setattr(file_guard, "ask_replace_read_only", read_only)
    return got


def edit(window, name: str) -> None:
    window.document.change({"name": name}, "Rename")


def test_two_windows_on_one_file_never_overwrite_silently(
    main_window_factory, build_file, answers, dialogs
) -> None:
    first, second = main_window_factory(), main_window_factory()
    assert first.open_path(build_file, ask=False) and second.open_path(build_file, ask=False)
    edit(second, "Second window's")
    assert second.save() and answers["conflict"] == []
    edit(first, "First window's")
    assert not first.save()  # asked, and Cancel is the answer
    assert answers["conflict"] == [build_file.name]
    assert files.load_build(build_file).build.name == "Second window's"
    assert first.document.modified

    answers["conflict_answer"] = file_guard.OVERWRITE
    assert first.save()
    assert files.load_build(build_file).build.name == "First window's"
    # The other window's version is the newest backup.
    assert files.load_build(files.backup_path(build_file)).build.name == "Second window's"
    assert not first.document.modified


def test_reload_theirs_and_save_mine_as(main_window, build_file, answers, dialogs, tmp_path):
    assert main_window.open_path(build_file, ask=False)
    files.save_build(changed(default_build(), {"name": "Theirs"}), build_file)
    edit(main_window, "Mine")
    answers["conflict_answer"] = file_guard.SAVE_AS
    dialogs.save_answer = str(tmp_path / "mine.kei.json")
    assert main_window.save()
    assert files.load_build(tmp_path / "mine.kei.json").build.name == "Mine"
    assert files.load_build(build_file).build.name == "Theirs"

    assert main_window.open_path(build_file, ask=False)
    files.save_build(changed(default_build(), {"name": "Theirs again"}), build_file)
    edit(main_window, "Mine again")
    answers["conflict_answer"] = file_guard.RELOAD
    assert not main_window.save()
    assert main_window.document.build.name == "Theirs again"
    assert not main_window.document.modified


@pytest.mark.parametrize("how", ["in place", "renamed over"])
def test_a_change_by_another_program_offers_a_reload(
    main_window, build_file, qtbot, dialogs, how
) -> None:
    guard = main_window.file_guard
    assert main_window.open_path(build_file, ask=False)
    assert not guard.reload_offered
    theirs = changed(default_build(), {"name": "Changed elsewhere"})
    if how == "in place":
        build_file.write_text(files.dumps(theirs), encoding="utf-8")
    else:
        other = build_file.with_name("other.tmp")
        other.write_text(files.dumps(theirs), encoding="utf-8")
        os.replace(other, build_file)
    qtbot.waitUntil(lambda: guard.reload_offered, timeout=5000)
    assert build_file.name in guard.bar.label.text()
    guard.bar.reload_button.click()
    assert main_window.document.build.name == "Changed elsewhere"
    assert not guard.reload_offered
    # Our own save is not "another program": the watcher's news of it (both the file and
    # its folder changed) is delivered here at once, not waited for.
    edit(main_window, "Saved here")
    assert main_window.save()
    real = str(files.real_path(build_file))
    guard.watcher.fileChanged.emit(real)
    guard.watcher.directoryChanged.emit(str(Path(real).parent))
    assert not guard.reload_offered
    # and the same news of a change that is not ours offers the reload
    files.save_build(changed(default_build(), {"name": "Changed again"}), build_file)
    guard.watcher.fileChanged.emit(real)
    assert guard.reload_offered


def test_a_read_only_file_asks_before_it_is_replaced(
    main_window, build_file, answers, dialogs
) -> None:
    """Save on a file made read-only since it was opened goes to Save As at once
    (tests/ui/test_read_only_title.py); that file chosen there is replaced only after a
    yes to "Replace it anyway?", and stays read-only."""
    assert main_window.open_path(build_file, ask=False)
    os.chmod(build_file, 0o444)
    edit(main_window, "Edited")
    dialogs.save_answer = str(build_file)
    answers["replace"] = True
    assert not main_window.save()
    assert dialogs.save_suggested == [str(build_file)]
    assert answers["exists"] == answers["read_only"] == [build_file.name]
    assert files.load_build(build_file).build.name == "Test build"
    answers["ro"] = True
    assert main_window.save()
    assert files.load_build(build_file).build.name == "Edited"
    assert stat.S_IMODE(build_file.stat().st_mode) == 0o444


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_saving_through_a_link_in_the_window(main_window, tmp_path: Path, dialogs) -> None:
    real = tmp_path / "shared" / "car.kei.json"
    real.parent.mkdir()
    files.save_build(default_build(), real)
    link = tmp_path / "car.kei.json"
    link.symlink_to(real)
    assert main_window.open_path(link, ask=False)
    edit(main_window, "Through the link")
    assert main_window.save()
    assert link.is_symlink()
    assert files.load_build(real).build.name == "Through the link"


@pytest.mark.skipif(os.name != "posix", reason="named pipes and links")
def test_gui_exports_use_the_same_safe_write(tmp_path: Path) -> None:
    from keiconfig.ui import exporting

    fifo = tmp_path / "plot.png"
    os.mkfifo(fifo)
    with pytest.raises(exporting.ExportError, match="named pipe"):
        exporting.write_bytes_atomic(fifo, b"png")
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    os.chmod(real, 0o640)
    link = tmp_path / "sheet.pdf"
    link.symlink_to(real)
    exporting.write_bytes_atomic(link, b"%PDF-new")
    assert (
        link.is_symlink()
        and real.read_bytes() == b"%PDF-new"
        and stat.S_IMODE(real.stat().st_mode) == 0o640
    )


@pytest.fixture
def export_to(monkeypatch):
    """File > Export's dialog answered with the path in ``chosen["answer"]``."""
    from keiconfig.ui import compare_tools

    chosen = {"answer": ""}
    monkeypatch.setattr(compare_tools, "ask_export_path", lambda *a: chosen["answer"])
    return chosen


KINDS = ("png", "svg", "csv", "pdf")


@pytest.mark.parametrize("kind", KINDS)
def test_an_export_asks_before_it_replaces_a_read_only_file(
    main_window, tmp_path: Path, answers, export_to, dialogs, kind
) -> None:
    """As a save does: asked whether to replace the file, then that it is read-only; no
    answer, nothing written; yes to both, replaced and still read-only."""
    target = tmp_path / f"out.{kind}"
    target.write_bytes(b"old")
    os.chmod(target, 0o444)
    export_to["answer"] = str(target)
    assert not main_window.compare_tools.export(kind)
    assert answers["exists"] == [target.name] and answers["read_only"] == []
    answers["replace"] = True
    assert not main_window.compare_tools.export(kind)
    assert answers["read_only"] == [target.name]
    assert target.read_bytes() == b"old" and dialogs.errors == []
    answers["ro"] = True
    assert main_window.compare_tools.export(kind)
    assert answers["read_only"] == [target.name] * 2
    assert target.read_bytes() != b"old" and target.stat().st_size > 100
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary left


@pytest.mark.skipif(os.name != "posix", reason="links and named pipes")
@pytest.mark.parametrize("kind", KINDS)
def test_an_export_keeps_links_whole_and_refuses_a_pipe(
    main_window, tmp_path: Path, answers, export_to, dialogs, kind
) -> None:
    answers["replace"] = True  # (each file there is asked about: yes)
    real = tmp_path / "shared" / f"real.{kind}"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / f"link.{kind}"
    link.symlink_to(real)
    export_to["answer"] = str(link)
    assert main_window.compare_tools.export(kind)
    assert link.is_symlink() and real.read_bytes() != b"old"

    hard = tmp_path / f"hard.{kind}"
    os.link(real, hard)
    real.write_bytes(b"old")
    export_to["answer"] = str(hard)
    assert main_window.compare_tools.export(kind)
    assert os.path.samefile(real, hard) and real.read_bytes() != b"old"

    fifo = tmp_path / f"pipe.{kind}"
    os.mkfifo(fifo)
    export_to["answer"] = str(fifo)
    assert not main_window.compare_tools.export(kind)
    ((_title, message),) = dialogs.errors
    assert "named pipe" in message and fifo.name in message
    assert answers["read_only"] == []
    # a pipe cannot be replaced: said, not asked about
    assert answers["exists"] == [link.name, hard.name]


def test_an_export_named_without_its_suffix_asks_before_replacing_the_file_it_names(
    main_window, tmp_path: Path, answers, export_to
) -> None:
    """The file dialog asked about "sheet"; "sheet.pdf" is the file written, so it asks."""
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    export_to["answer"] = str(tmp_path / "sheet")
    assert not main_window.compare_tools.export("pdf")
    assert answers["exists"] == ["sheet.pdf"] and target.read_bytes() == b"old"
    answers["replace"] = True
    assert main_window.compare_tools.export("pdf")
    assert target.read_bytes().startswith(b"%PDF")
    export_to["answer"] = str(tmp_path / "new")  # nothing there: nothing to ask
    assert main_window.compare_tools.export("pdf")
    assert answers["exists"] == ["sheet.pdf"] * 2 and (tmp_path / "new.pdf").exists()


def test_save_as_without_the_suffix_asks_before_replacing_the_file_it_names(
    main_window, build_file: Path, answers, dialogs
) -> None:
    before = build_file.read_bytes()
    edit(main_window, "Mine")
    dialogs.save_answer = str(build_file).removesuffix(".kei.json")
    assert not main_window.save_as()
    assert answers["exists"] == [build_file.name] and build_file.read_bytes() == before
    answers["replace"] = True
    assert main_window.save_as()
    assert files.load_build(build_file).build.name == "Mine"


@pytest.mark.parametrize(
    ("chosen", "suggested", "saved"),
    [
        # GTK selects "beat.kei" of "beat.kei.json": "mycar" typed over it
        ("/c/mycar.json", "/c/beat.kei.json", "/c/mycar.kei.json"),
        ("/c/mycar.JSON", "/c/beat.kei.json", "/c/mycar.kei.json"),
        ("/c/mycar.kei.json", "/c/beat.kei.json", "/c/mycar.kei.json"),  # typed whole
        ("/c/beat.kei.json", "/c/beat.kei.json", "/c/beat.kei.json"),  # kept
        ("/c/mycar", "/c/beat.kei.json", "/c/mycar.kei.json"),  # Qt's dialog: as typed
        ("/c/my.car", "/c/beat.kei.json", "/c/my.car.kei.json"),
        # a file opened as old.json: GTK selects "old", a typed name keeps its .json
        ("/c/new.json", "/c/old.json", "/c/new.json"),
        ("/c/new", "/c/old.json", "/c/new.kei.json"),
    ],
)
def test_a_build_named_in_the_save_dialog_gets_its_own_suffix(chosen, suggested, saved) -> None:
    """Save As on a GNOME desktop (the native GTK dialog) suggested "beat.kei.json" with
    "beat.kei" selected: a name typed over it came back "mycar.json" and was saved as
    that, not in the build's own "mycar.kei.json" (the dialog's filter, the default name).
    No GTK needed: the name the dialog returns is what is handled."""
    named = file_guard.named_with_suffix(chosen, ".kei.json", (".json",), suggested)
    assert named == saved


def test_save_as_over_gtks_selection_saves_the_builds_suffix_and_asks_before_replacing(
    main_window, tmp_path: Path, answers, dialogs
) -> None:
    """The GTK dialog asked about replacing "mycar.json", not "mycar.kei.json": the file
    saved to is asked about here, and kept unless the person says yes."""
    edit(main_window, "Mine")
    dialogs.save_answer = str(tmp_path / "mycar.json")  # "mycar" typed over "beat.kei"
    assert main_window.save_as()
    assert dialogs.save_suggested[-1].endswith(".kei.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mycar.kei.json"]
    assert answers["exists"] == []
    assert files.load_build(tmp_path / "mycar.kei.json").build.name == "Mine"
    edit(main_window, "Mine again")
    assert not main_window.save_as()  # mycar.kei.json exists: asked, Cancel
    assert answers["exists"] == ["mycar.kei.json"] and main_window.document.modified
    assert files.load_build(tmp_path / "mycar.kei.json").build.name == "Mine"
    answers["replace"] = True
    assert main_window.save_as()
    assert files.load_build(tmp_path / "mycar.kei.json").build.name == "Mine again"
    assert not (tmp_path / "mycar.json").exists()


def test_save_as_a_name_too_long_for_the_disk_is_said_not_a_crash(
    main_window, tmp_path: Path, answers, dialogs
) -> None:
    """A name typed in Save As too long for the disk (300 letters, no suffix): adding the
    suffix looked for the file with Path.exists, which raised OSError, and the window
    showed its crash dialog. The save says why it could not be written."""
    edit(main_window, "Mine")
    dialogs.save_answer = str(tmp_path / ("a" * 300))
    assert not main_window.save_as()
    assert dialogs.crashes == [] and answers["exists"] == []
    assert len(dialogs.errors) == 1
    assert "the file name is too long for this disk" in dialogs.errors[0][1]
    assert main_window.document.modified and list(tmp_path.iterdir()) == []


def test_the_replace_questions_show_a_name_as_plain_text(main_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    name = "<b>class</b>.pdf"
    assert not file_guard.ask_replace_existing(main_window, name)
    assert not file_guard.ask_replace_read_only(main_window, name)
    assert all(b.textFormat() == Qt.TextFormat.PlainText and name in b.text() for b in shown)
    assert len(shown) == 2


@pytest.mark.parametrize(
    ("button", "answer"),
    [
        ("Overwrite", file_guard.OVERWRITE),
        ("Save Mine", file_guard.SAVE_AS),
        ("Reload", file_guard.RELOAD),
        ("Cancel", file_guard.CANCEL),
    ],
)
def test_the_conflict_question_and_its_answers(main_window, monkeypatch, button, answer) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[QMessageBox] = []

    def click(box: QMessageBox) -> int:
        shown.append(box)
        (chosen,) = [b for b in box.buttons() if b.text().replace("&", "").startswith(button)]
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    name = "<b>shared</b>.kei.json"
    assert file_guard.ask_save_conflict(main_window, name) == answer
    (box,) = shown
    assert box.textFormat() == Qt.TextFormat.PlainText and name in box.text()


def test_a_file_replaced_by_one_too_large_for_a_build_is_not_overwritten_unasked(
    main_window, build_file, answers, dialogs
) -> None:
    """Another program writes 5 MB at the open build's path (a video saved under the wrong
    name): Ctrl+S asks, as for any change, instead of replacing it unasked (a file too large
    to be a build had no identity, which counted as no file at all)."""
    assert main_window.open_path(build_file, ask=False)
    edit(main_window, "Mine")
    theirs = b"\0" * 5_000_000
    build_file.write_bytes(theirs)
    assert not main_window.save()
    assert answers["conflict"] == [build_file.name]
    assert build_file.read_bytes() == theirs and main_window.document.modified


def test_a_file_deleted_while_open_is_said_and_its_build_kept_as_unsaved(
    main_window, build_file, qtbot, dialogs
) -> None:
    """Someone tidies the shared folder (or pulls the USB stick) while the build is open and
    unmodified: the person is told, and quitting asks before the build, now on no disk, is
    lost; Save Again writes it back."""
    guard = main_window.file_guard
    assert main_window.open_path(build_file, ask=False)
    assert not main_window.document.modified
    build_file.unlink()
    qtbot.waitUntil(lambda: guard.vanished, timeout=5000)
    assert guard.bar.isVisibleTo(main_window)
    text = guard.bar.label.text()
    assert build_file.name in text and "deleted or moved" in text
    assert guard.bar.save_button.isVisibleTo(main_window)
    assert not guard.bar.reload_button.isVisibleTo(main_window)
    assert not guard.reload_offered
    assert main_window.document.modified
    assert main_window.isWindowModified()  # the title shows it
    # an edit of the name (state changed) keeps the bar
    edit(main_window, "Renamed here")
    assert guard.bar.isVisibleTo(main_window) and guard.vanished
    # quitting asks (Cancel, the answer here, keeps the window)
    assert not main_window.maybe_save()
    assert dialogs.unsaved_asked == ["Renamed here"]

    guard.bar.save_button.click()
    assert files.load_build(build_file).build.name == "Renamed here"
    assert not main_window.document.modified
    assert not guard.bar.isVisibleTo(main_window) and not guard.vanished


@pytest.mark.parametrize("edited", [False, True])
def test_a_file_moved_away_and_back_is_unmodified_again_only_if_not_edited(
    main_window, build_file, qtbot, dialogs, edited
) -> None:
    guard = main_window.file_guard
    assert main_window.open_path(build_file, ask=False)
    away = build_file.with_name("away.kei.json")
    os.replace(build_file, away)
    qtbot.waitUntil(lambda: guard.vanished, timeout=5000)
    assert main_window.document.modified
    if edited:
        edit(main_window, "Edited while it was away")
    os.replace(away, build_file)
    qtbot.waitUntil(lambda: not guard.vanished, timeout=5000)
    assert main_window.document.modified == edited
    assert not guard.bar.isVisibleTo(main_window)
    if edited:  # saving it is no conflict: the file is what was opened
        assert main_window.save()
        assert files.load_build(build_file).build.name == "Edited while it was away"


def test_a_modified_build_whose_file_goes_stays_modified_and_is_said(
    main_window, build_file, qtbot, dialogs
) -> None:
    guard = main_window.file_guard
    assert main_window.open_path(build_file, ask=False)
    edit(main_window, "Mine")
    build_file.unlink()
    qtbot.waitUntil(lambda: guard.vanished, timeout=5000)
    assert "deleted or moved" in guard.bar.label.text()
    # it comes back as someone else's file: unsaved changes stay, the reload is offered
    files.save_build(changed(default_build(), {"name": "Theirs"}), build_file)
    qtbot.waitUntil(lambda: guard.reload_offered, timeout=5000)
    assert main_window.document.modified and main_window.document.build.name == "Mine"


@pytest.mark.parametrize("edited", [False, True])
def test_revert_is_off_for_a_file_gone_from_disk(
    main_window, build_file, qtbot, dialogs, edited
) -> None:
    """File > Revert stayed enabled for a file deleted on disk; chosen, it asked to discard
    the changes and then said the file does not exist. It is off while the file is gone,
    and on again when it comes back."""
    guard = main_window.file_guard
    assert main_window.open_path(build_file, ask=False)
    if edited:
        edit(main_window, "Mine")
        assert main_window.revert_action.isEnabled()
    away = build_file.with_name("away.kei.json")
    os.replace(build_file, away)
    qtbot.waitUntil(lambda: guard.vanished, timeout=5000)
    assert main_window.document.modified
    assert not main_window.revert_action.isEnabled()
    edit(main_window, "Edited while it was away")
    assert not main_window.revert_action.isEnabled()
    os.replace(away, build_file)
    qtbot.waitUntil(lambda: not guard.vanished, timeout=5000)
    assert main_window.revert_action.isEnabled()  # edited here: the saved file to go back to


def test_revert_of_a_file_gone_a_moment_ago_says_so_before_asking(
    main_window, build_file, dialogs
) -> None:
    """Deleted before the watcher has told (a network folder; a moment ago): Revert says
    the file is gone, asks nothing (errors.ask would fail the test: a modal box) and keeps
    the build."""
    assert main_window.open_path(build_file, ask=False)
    edit(main_window, "Mine")
    build_file.unlink()
    main_window.revert()  # no event processed: the watcher has not told yet
    assert len(dialogs.errors) == 1
    title, message = dialogs.errors[0]
    assert title == "Revert"
    assert build_file.name in message and "no longer on disk" in message
    assert main_window.document.build.name == "Mine" and main_window.document.modified
    assert main_window.file_guard.vanished and not main_window.revert_action.isEnabled()
    assert "deleted or moved" in main_window.file_guard.bar.label.text()


@pytest.mark.parametrize("how", ["changed", "deleted"])
def test_the_bar_says_its_sentence_whole_for_a_long_file_name(
    main_window, tmp_path, qtbot, dialogs, how
) -> None:
    """A 240-letter file name filled the status bar: the sentence after it was never seen."""
    path = tmp_path / ("W" * 240 + ".kei.json")
    files.save_build(default_build(), path)
    guard = main_window.file_guard
    assert main_window.open_path(path, ask=False)
    if how == "changed":
        files.save_build(changed(default_build(), {"name": "Theirs"}), path)
        qtbot.waitUntil(lambda: guard.reload_offered, timeout=5000)
        end = "was changed by another program."
    else:
        path.unlink()
        qtbot.waitUntil(lambda: guard.vanished, timeout=5000)
        end = "save it to keep it."
    text = guard.bar.label.text()
    assert text.endswith(end) and ".kei.json" in text
    assert len(text) < 200
    assert guard.bar.sizeHint().width() < 1000  # beside the rest of a 1280-wide status bar
    assert str(path) in guard.bar.label.toolTip()


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("how", ["changed", "deleted", "folder", "pipe", "loop"])
def test_the_bar_ends_its_sentence_in_projector_mode_at_1280(
    main_window, tmp_path, qtbot, dialogs, language, how
) -> None:
    """A 40-W file name, deleted on disk, in projector mode (F5) at 1280x720: the bar's
    sentence was cut after 'save it to kee' / 'sav' (the name, cut to 40 characters, still
    too wide at the larger text). The name is cut further, in the middle, to the room
    there is: the sentence's end is drawn whole, and the buttons are in the bar."""
    from PySide6.QtGui import QFontMetrics

    from keiconfig.ui import i18n
    from tests.ui.test_layout import resize_on_screen, settle

    path = tmp_path / ("W" * 40 + ".kei.json")
    files.save_build(default_build(), path)
    guard = main_window.file_guard
    i18n.set_language(language)
    try:
        main_window.classroom.projector_action.setChecked(True)
        resize_on_screen(qtbot, main_window, 1280, 720)
        assert main_window.open_path(path, ask=False)
        if how == "changed":
            files.save_build(changed(default_build(), {"name": "Theirs"}), path)
            qtbot.waitUntil(lambda: guard.reload_offered, timeout=5000)
            template = "“{file}” was changed by another program."
            button = guard.bar.reload_button
        elif how == "deleted":
            path.unlink()
            qtbot.waitUntil(lambda: guard.vanished, timeout=5000)
            template = "“{file}” was deleted or moved by another program: save it to keep it."
            button = guard.bar.save_button
        else:  # the longest sentences, of a folder or a pipe put in its place
            path.unlink()
            if how == "folder":
                path.mkdir()
            elif how == "pipe":
                os.mkfifo(path)
            else:
                os.symlink(path.name, path)
            qtbot.waitUntil(lambda: guard.save_elsewhere, timeout=5000)
            template = {
                "folder": "“{file}” was replaced by a folder: save your build under another "
                "name to keep it.",
                "pipe": "“{file}” was replaced by {kind}: save your build under another name "
                "to keep it.",
                "loop": "“{file}” was replaced by a link that leads back to itself: save your "
                "build under another name to keep it.",
            }[how]
            button = guard.bar.save_button
        settle(qtbot, main_window)
        label = guard.bar.label
        shown = label.shown_text()
        pipe = files.special_kind(stat.S_IFIFO)  # ("a named pipe", in the language)
        head, end = file_guard._tr(template).replace("{kind}", pipe).split("{file}")
        assert shown.startswith(head + "W") and shown.endswith(end), shown
        assert "…" in shown  # the name cut in the middle, as the tooltip has it whole
        assert QFontMetrics(label.font()).horizontalAdvance(shown) <= label.contentsRect().width()
        status = main_window.statusBar()
        for widget in (label, button, guard.bar.ignore_button):
            right = widget.mapTo(status, widget.rect().topRight()).x()
            assert widget.isVisible() and right <= status.width(), widget
    finally:
        main_window.classroom.projector_action.setChecked(False)
        i18n.set_language("en")


def test_after_a_conflict_the_status_bar_says_where_each_version_went(
    main_window, build_file, answers, dialogs, tmp_path
) -> None:
    """Save Mine As…: the status bar said "Saved test-build.kei.json", the file that was
    not saved, and put it first in the recent files. Overwrite Theirs: theirs is kept as
    the newest backup, and the person is told so."""
    status = main_window.statusBar()
    assert main_window.open_path(build_file, ask=False)
    files.save_build(changed(default_build(), {"name": "Theirs"}), build_file)
    edit(main_window, "Mine")
    answers["conflict_answer"] = file_guard.SAVE_AS
    mine = tmp_path / "mine.kei.json"
    dialogs.save_answer = str(mine)
    assert main_window.save()
    assert status.currentMessage() == "Saved mine.kei.json"
    assert main_window.settings.recent_files[0] == str(mine)
    assert files.load_build(build_file).build.name == "Theirs"

    assert main_window.open_path(build_file, ask=False)
    files.save_build(changed(default_build(), {"name": "Theirs again"}), build_file)
    edit(main_window, "Mine again")
    answers["conflict_answer"] = file_guard.OVERWRITE
    assert main_window.save()
    assert status.currentMessage() == (
        "Saved test-build.kei.json; the version it replaced, changed by another program or "
        "window, is kept as test-build.kei.json.bak."
    )
    assert files.load_build(files.backup_path(build_file)).build.name == "Theirs again"
    # an ordinary save after it says only that it saved
    edit(main_window, "Mine once more")
    assert main_window.save()
    assert status.currentMessage() == "Saved test-build.kei.json"


@pytest.mark.parametrize(
    ("answer", "code"), [(True, "EROFS"), (False, "EROFS"), (True, "EACCES"), (True, "EPERM")]
)
def test_a_folder_locked_after_the_open_goes_to_save_as(
    main_window, build_file, dialogs, monkeypatch, tmp_path, answer, code
) -> None:
    """A build whose folder stopped taking files after it was opened (a disk remounted
    read-only, a teacher's folder locked during the lesson), changed, and saved: the save
    tried, said the folder could not be written in, and offered Save As…. Save now looks
    first and goes to Save As at once, as for a file opened from such a folder
    (tests/ui/test_read_only_title.py): the title gains "[read-only]", the status bar
    says why, the file's name is suggested in a folder that can be written in, and
    nothing is asked. (A full disk, or a folder gone, is still said by the save with
    Save As offered: test_crash_recovery, test_a_folder_gone_from_under_the_open_file_….)"""
    import errno

    folder = build_file.parent
    assert main_window.open_path(build_file, ask=False)
    make_tmp = files._make_tmp

    def read_only(where, mode):
        if where == folder:
            raise OSError(getattr(errno, code), os.strerror(getattr(errno, code)))
        return make_tmp(where, mode)

    monkeypatch.setattr(files, "_make_tmp", read_only)
    asked: list[str] = []
    monkeypatch.setattr(file_guard, "ask_save_elsewhere", lambda p, m, t="": asked.append(m))
    edit(main_window, "My answers")
    mine = tmp_path / "mine" / build_file.name
    mine.parent.mkdir()
    dialogs.save_answer = str(mine) if answer else ""
    assert main_window.save() is answer
    assert asked == [] and dialogs.errors == []
    assert dialogs.save_suggested == [str(Path.home() / build_file.name)]
    assert files.load_build(build_file).build.name == "Test build"
    if answer:
        assert files.load_build(mine).build.name == "My answers"
        assert main_window.document.path == mine and not main_window.document.modified
        assert main_window.statusBar().currentMessage() == f"Saved {build_file.name}"
        assert "[read-only]" not in main_window.windowTitle()
    else:
        assert main_window.document.modified
        assert main_window.statusBar().currentMessage() == (
            f"{build_file.name} is in a folder that cannot be written in: save your changes "
            "in another folder."
        )
        assert "[read-only]" in main_window.windowTitle()


def test_the_save_elsewhere_question_is_plain_text_with_save_as_first(main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    seen = []

    def answer(box):
        seen.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert not ASK_SAVE_ELSEWHERE(main_window, "<b>x</b> could not be saved.")
    (box,) = seen
    assert box.textFormat() == Qt.TextFormat.PlainText and "<b>x</b>" in box.text()
    assert box.defaultButton().text() == "Save &As…"
    assert [b.text() for b in box.buttons()].count("OK") == 0


@pytest.mark.parametrize("kind", ["png", "csv"])
def test_an_export_from_a_read_only_folder_suggests_and_offers_another(
    main_window, build_file, dialogs, monkeypatch, tmp_path, kind
) -> None:
    """A build opened from a read-only handout folder: File > Export suggested that very
    folder, and writing there ended with an OK-only error. Now it suggests a folder that
    can be written in, and a chosen one that cannot offers another place."""

    from keiconfig.ui import compare_tools

    folder = build_file.parent
    access = os.access
    read_only_folder(monkeypatch, folder)
    monkeypatch.setattr(os, "access", lambda p, m: Path(p) != folder and access(p, m))
    suggested: list[str] = []
    answers = [str(folder / f"out.{kind}"), str(tmp_path / "elsewhere" / f"out.{kind}")]
    (tmp_path / "elsewhere").mkdir()

    def ask_path(parent, title, suggestion, file_filter):
        suggested.append(suggestion)
        return answers.pop(0)

    monkeypatch.setattr(compare_tools, "ask_export_path", ask_path)
    asked: list[str] = []
    monkeypatch.setattr(
        file_guard, "ask_save_elsewhere", lambda p, m, t="": asked.append(m) or True
    )
    assert main_window.open_path(build_file, ask=False)
    assert main_window.compare_tools.export(kind)
    assert [Path(s).parent for s in suggested] == [Path.home(), Path.home()]
    assert len(asked) == 1 and "is on a read-only disk" in asked[0]
    assert (tmp_path / "elsewhere" / f"out.{kind}").stat().st_size > 100
    assert not (folder / f"out.{kind}").exists() and dialogs.errors == []


def test_a_folder_gone_from_under_the_open_file_offers_save_as(
    main_window, tmp_path, dialogs, monkeypatch, qtbot
) -> None:
    """The USB stick the build was opened from is pulled out: the bar says the file went,
    and saving it said only that the folder does not exist; it now offers Save As…."""
    import shutil

    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "car.kei.json"
    files.save_build(default_build(), path)
    asked: list[str] = []
    monkeypatch.setattr(
        file_guard, "ask_save_elsewhere", lambda p, m, t="": asked.append(m) or True
    )
    assert main_window.open_path(path, ask=False)
    shutil.rmtree(stick)
    qtbot.waitUntil(lambda: main_window.file_guard.vanished, timeout=5000)
    mine = tmp_path / "mine.kei.json"
    dialogs.save_answer = str(mine)
    main_window.file_guard.bar.save_button.click()
    assert len(asked) == 1 and "does not exist" in asked[0], asked
    assert main_window.document.path == mine and not main_window.document.modified
    assert files.load_build(mine).build == default_build() and dialogs.errors == []


@pytest.mark.desktop
def test_a_file_replaced_by_a_folder_is_said_at_once_and_save_offers_save_as(
    main_window, build_file, qtbot, dialogs, monkeypatch, tmp_path
) -> None:
    """Another program put a folder where the open file was: the watcher's event raised
    IsADirectoryError (the crash box) and nothing was said until Save, which said only
    that the name is a folder. Now the bar says so at once, the build is kept as unsaved,
    and Save (Ctrl+S) and the bar's button offer Save As…."""
    from tests.ui import keys

    guard = main_window.file_guard
    assert main_window.open_path(build_file, ask=False)
    edit(main_window, "My answers")
    build_file.unlink()
    build_file.mkdir()
    (build_file / "inside.txt").write_text("x")
    qtbot.waitUntil(lambda: guard.save_elsewhere, timeout=5000)
    text = guard.bar.label.text()
    assert build_file.name in text and "replaced by a folder" in text
    assert guard.bar.save_button.isVisibleTo(main_window)
    assert guard.bar.save_button.text() == "Save &As…"
    assert not guard.bar.reload_button.isVisibleTo(main_window)
    assert main_window.document.modified and not main_window.revert_action.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(
        file_guard, "ask_save_elsewhere", lambda p, m, t="": asked.append(m) or True
    )
    mine = tmp_path / "mine.kei.json"
    dialogs.save_answer = str(mine)
    keys.activate(qtbot, main_window)
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main_window.document.path == mine, timeout=5000)
    assert len(asked) == 1 and "is a folder" in asked[0], asked
    assert files.load_build(mine).build.name == "My answers"
    assert not main_window.document.modified and not guard.bar.isVisibleTo(main_window)
    assert build_file.is_dir() and dialogs.errors == []


def test_the_bar_of_a_file_replaced_by_a_folder_saves_elsewhere(
    main_window, build_file, qtbot, dialogs, tmp_path
) -> None:
    guard = main_window.file_guard
    assert main_window.open_path(build_file, ask=False)
    build_file.unlink()
    qtbot.waitUntil(lambda: guard.vanished, timeout=5000)
    assert guard.bar.save_button.text() == "&Save Again"
    build_file.mkdir()  # deleted, then a folder made with its name: said anew
    qtbot.waitUntil(lambda: guard.save_elsewhere, timeout=5000)
    assert "replaced by a folder" in guard.bar.label.text()
    mine = tmp_path / "mine.kei.json"
    dialogs.save_answer = str(mine)
    guard.bar.save_button.click()
    assert dialogs.save_suggested == [str(build_file)]
    assert main_window.document.path == mine and files.load_build(mine).build.name == "Test build"
    assert dialogs.errors == []


def test_a_file_replaced_by_a_link_to_another_file_is_said_and_not_saved_into_it(
    main_window, build_file, qtbot, dialogs, answers, tmp_path
) -> None:
    """A link to someone else's file put in the open file's place (same content): nothing
    was said, and Save wrote the build into that other file, unasked."""
    guard = main_window.file_guard
    assert main_window.open_path(build_file, ask=False)
    theirs = tmp_path / "theirs.kei.json"
    theirs.write_bytes(build_file.read_bytes())
    link = tmp_path / "link"
    os.symlink(theirs, link)
    os.replace(link, build_file)
    qtbot.waitUntil(lambda: guard.reload_offered, timeout=5000)
    assert "now leads to another file" in guard.bar.label.text()
    edit(main_window, "Mine")
    assert not main_window.save()  # the conflict question, answered Cancel
    assert answers["conflict"] == [build_file.name]
    assert files.load_build(theirs).build.name == "Test build"


def test_coming_back_to_the_window_looks_at_the_file(
    main_window, build_file, qtbot, dialogs, monkeypatch
) -> None:
    """Where the watcher says nothing (a network folder), the person learns what happened
    to the file when they come back to the window."""
    from PySide6.QtCore import QEvent

    guard = main_window.file_guard
    assert main_window.open_path(build_file, ask=False)
    guard.watcher.removePaths(guard.watcher.files() + guard.watcher.directories())
    build_file.unlink()
    build_file.mkdir()
    qtbot.wait(200)
    assert not guard.vanished  # (no watcher)
    monkeypatch.setattr(main_window, "isActiveWindow", lambda: True)
    QCoreApplication.sendEvent(main_window, QEvent(QEvent.Type.ActivationChange))
    assert guard.save_elsewhere and "replaced by a folder" in guard.bar.label.text()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_file_made_unreadable_is_said_and_save_goes_to_save_as(
    main_window, build_file, qtbot, dialogs, answers, tmp_path
) -> None:
    """Another program took the read permission away: nothing was said (the watcher's
    look found no file it could read, and said nothing). The bar says it now, with no
    Reload (there is nothing to read), and Save, finding no write permission either,
    goes to Save As at once: nothing replaced.

    Root reads a file whatever its modes, so this was skipped where the tests run as root
    (the CI containers): the window's look and its save now run as 'nobody' there
    (tests/modes.py), whom the modes bind, on a file in a folder 'nobody' can reach."""
    guard = main_window.file_guard
    with folder_for(tmp_path) as home:
        path = home / build_file.name
        path.write_bytes(build_file.read_bytes())
        assert main_window.open_path(path, ask=False)
        path.chmod(0)  # (as root: the file stays root's, which 'nobody' may not read)
        try:
            with bound_by_modes():  # the watcher's look, the bar and the save
                qtbot.waitUntil(lambda: guard.bar.isVisibleTo(main_window), timeout=5000)
                assert "can no longer be read" in guard.bar.label.text()
                assert not guard.bar.reload_button.isVisibleTo(main_window)
                edit(main_window, "Mine")
                # no write permission left either (mode 000): Save As at once, cancelled
                assert not main_window.save()
            assert dialogs.save_suggested == [str(path)] and answers["conflict"] == []
            assert "[read-only]" in main_window.windowTitle()
        finally:
            path.chmod(0o644)
        assert "Mine" not in path.read_text(encoding="utf-8")  # nothing was written


def test_a_file_replaced_by_a_link_to_itself_is_said_and_save_offers_save_as(
    main_window, build_file, qtbot, dialogs, monkeypatch, tmp_path
) -> None:
    """A link that leads back to itself put in the open file's place: nothing was said,
    and Save said only 'Too many levels of symbolic links. The previous version of the
    file is unchanged.' (there was none) with OK."""
    guard = main_window.file_guard
    assert main_window.open_path(build_file, ask=False)
    os.symlink(build_file.name, tmp_path / "loop")
    os.replace(tmp_path / "loop", build_file)
    qtbot.waitUntil(lambda: guard.save_elsewhere, timeout=5000)
    assert "leads back to itself" in guard.bar.label.text()
    assert main_window.document.modified
    asked: list[str] = []
    monkeypatch.setattr(
        file_guard, "ask_save_elsewhere", lambda p, m, t="": asked.append(m) or True
    )
    mine = tmp_path / "mine.kei.json"
    dialogs.save_answer = str(mine)
    assert main_window.save()
    assert len(asked) == 1 and "leads back to itself" in asked[0], asked
    assert main_window.document.path == mine and dialogs.errors == []


PROC_SAID = {
    "en": "{name} could not be saved: /proc is a folder of the system, whose files are the "
    "computer's own: no file can be saved or replaced in it, and nothing was written. Save it "
    "in another folder.",
    "ja": "{name} を保存できませんでした:/proc はシステムのフォルダーで、その中のファイルは"
    "コンピューター自身のものです。ここにはファイルを保存することも置き換えることもできない"
    "ため、何も書き込んでいません。別のフォルダーに保存してください。",
}


@pytest.mark.desktop
@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="a Linux /proc")
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("chosen", ["/proc/version", "link"])
def test_save_as_into_proc_says_the_system_s_folder_without_asking_to_replace(
    main_window, answers, dialogs, monkeypatch, qtbot, tmp_path, language, chosen
) -> None:
    """File > Save As (Ctrl+Shift+S) into /proc: "version" typed in the file dialog is
    saved as version.kei.json, a new file /proc makes none of; a build file that is a
    link to /proc/version (a prank, a slip in a shared folder) is saved through the link.
    The link asked "car.kei.json is read-only. Replace it anyway?" and, only after a yes,
    said /proc is the system's and nothing was written: no yes could replace it. Both say
    the folder at once, with Save As… offered, which saves the build elsewhere; nothing
    is asked about replacing a file."""
    from tests.ui import keys

    before = Path("/proc/version").read_bytes()
    if chosen == "link":
        link = tmp_path / "car.kei.json"
        link.symlink_to("/proc/version")
        chosen, name = str(link), link.name
    else:
        name = "version.kei.json"
    edit(main_window, "My answers")
    mine = tmp_path / "mine.kei.json"
    asked: list[str] = []

    def elsewhere(parent, message, title=""):
        asked.append(message)
        dialogs.save_answer = str(mine)  # the next folder chosen
        return True

    monkeypatch.setattr(file_guard, "ask_save_elsewhere", elsewhere)
    dialogs.save_answer = chosen
    keys.focus(qtbot, main_window.body_panel.length.slider)
    keys.press(
        Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: main_window.document.path == mine, timeout=5000)
    assert answers["read_only"] == [] and answers["exists"] == []
    assert asked == [PROC_SAID[language].replace("{name}", name)]
    assert Path("/proc/version").read_bytes() == before
    assert files.load_build(mine).build.name == "My answers" and dialogs.errors == []


@pytest.mark.parametrize("how", ["save as", "export"])
def test_a_read_only_file_in_a_read_only_folder_is_not_asked_about(
    main_window, tmp_path, answers, dialogs, monkeypatch, export_to, how
) -> None:
    """A read-only file on a CD (or in a teacher's read-only folder) chosen in Save As or
    Export: "Replace it anyway?" was asked, and a yes only led to "nothing was written".
    The folder is said at once, with another place offered (answered Cancel here)."""

    folder = tmp_path / "cd"
    folder.mkdir()
    target = folder / ("car.kei.json" if how == "save as" else "car.png")
    target.write_bytes(b"old")
    os.chmod(target, 0o444)
    read_only_folder(monkeypatch, folder)
    edit(main_window, "Mine")
    if how == "save as":
        dialogs.save_answer = str(target)
        assert not main_window.save_as()
    else:
        export_to["answer"] = str(target)
        assert not main_window.compare_tools.export("png")
    assert answers["read_only"] == []
    ((_title, said),) = dialogs.errors
    assert said.startswith(f"{target.name} could not be saved: {folder} is on a read-only disk")
    assert target.read_bytes() == b"old"


@pytest.mark.parametrize("how", ["save as", "export"])
def test_the_file_dialogs_leave_the_replace_question_to_the_app(
    main_window, tmp_path, answers, dialogs, monkeypatch, how
) -> None:
    """Qt's file dialog asked "version already exists. Do you want to replace it?" of
    /proc/version, which cannot be replaced (and of "mycar.json" where mycar.kei.json is
    saved). The dialogs are opened with DontConfirmOverwrite; the app asks once, about
    the file saved to, and not about one it cannot replace (a link to /proc/version, a
    folder): the save says why."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(main_window_module, "ask_save_path", REAL_ASK_PATH["save as"])
    monkeypatch.setattr(compare_tools, "ask_export_path", REAL_ASK_PATH["export"])
    options: list[QFileDialog.Option] = []
    chosen = {"path": ""}

    def dialog(parent, title, start, flt, opts=None):
        options.append(opts)
        return chosen["path"]

    monkeypatch.setattr(file_dialogs, "save_file_name", dialog)
    suffix = ".kei.json" if how == "save as" else ".csv"
    mine = tmp_path / f"mine{suffix}"
    mine.write_bytes(b"mine")

    def run() -> bool:
        if how == "save as":
            return main_window.save_as()
        return main_window.compare_tools.export("csv")

    chosen["path"] = str(mine)
    assert not run()  # asked, and not replaced
    assert options and all(
        o is not None and o & QFileDialog.Option.DontConfirmOverwrite for o in options
    )
    assert answers["exists"] == [mine.name] and mine.read_bytes() == b"mine"
    (tmp_path / f"folder{suffix}").mkdir()
    chosen["path"] = str(tmp_path / f"folder{suffix}")
    assert not run()
    assert answers["exists"] == [mine.name]  # a folder: said, not asked about
    ((_title, said),) = dialogs.errors
    assert f"folder{suffix} is a folder" in said
