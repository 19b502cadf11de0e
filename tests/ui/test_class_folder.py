"""File > Open Class Folder…: the league table, the top builds compared, opening a row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from keiconfig.core import files, presets, ranking
from keiconfig.ui import compare_tools


@pytest.fixture
def class_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "class"
    folder.mkdir()
    for pid in ("honda-s660-2015", "subaru-360-1958", "honda-beat-1991", "daihatsu-copen-2002",
                "suzuki-cappuccino-1991"):  # fmt: skip
        files.save_build(presets.load_preset(pid).build, folder / f"{pid}.json")
    (folder / "broken.json").write_text("{ nope", encoding="utf-8")
    return folder


def _shown(qtbot, dialog) -> None:
    """``dialog`` shown, and on screen as the window system placed it, before anything
    resizes it. Under a window manager the dialog is placed and framed in the window
    manager's own time: a dialog read (and grown) straight after show() then got the
    window manager's answer to the show, at the size it was shown at (760x460), after
    its own resize, and Qt told that old size until the answer to the resize came,
    tens of ms later under a busy openbox: the table read 736 px wide behind a
    sideways scroll bar (seen with openbox stopped 40 ms in every 60). Exposed, the
    window manager has answered the show."""
    dialog.show()
    qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed())


def _laid_out(qtbot, dialog) -> None:
    """The dialog's layout done after its last resize: the posted layout requests and
    the table's scroll bars handled (the work posted, until none is left)."""
    from tests.ui.test_update_path import next_frame

    asked = dialog.size()
    next_frame()
    assert dialog.size() == asked  # (no late answer of the window system undid it)


def test_table_matches_keiconfig_rank(main_window, class_folder, monkeypatch):
    monkeypatch.setattr(compare_tools, "ask_class_folder", lambda parent, start: str(class_folder))
    main_window.compare_tools.class_folder_action.trigger()
    dialog = main_window.compare_tools.class_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.wait()
    expected = ranking.rank_folder(class_folder)
    table = dialog.table
    assert table.rowCount() == len(expected)
    for r, row in enumerate(expected):
        assert table.item(r, 0).text() == ("" if row.rank is None else str(row.rank))
        assert table.item(r, 1).text() == row.file
    broken = [r for r, row in enumerate(expected) if row.error is not None]
    assert broken and table.item(broken[0], 5).text() == "⚠ cannot be read"
    assert "broken.json" in table.item(broken[0], 5).toolTip()
    table.setCurrentCell(broken[0], 0)
    assert dialog.details.text() == "⚠ " + expected[broken[0]].error


def test_top_builds_go_on_the_comparison(main_window, class_folder):
    tools = main_window.compare_tools
    assert tools.open_class_folder(str(class_folder)).wait()
    ranked = [r for r in ranking.rank_folder(class_folder) if r.rank is not None][:4]
    names = [e.name for e in tools.compare_panel.entries]
    assert len(names) == len(ranked)
    assert all(row.name in name for row, name in zip(ranked, names, strict=True))
    assert tools.compare_dock.isVisible()


def test_rank_by_another_figure(main_window, class_folder):
    dialog = main_window.compare_tools.open_class_folder(str(class_folder))
    assert dialog.wait()
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("power_ps"))
    expected = ranking.rank_folder(class_folder, by="power_ps")
    assert [dialog.table.item(r, 1).text() for r in range(len(expected))] == [
        r.file for r in expected
    ]


def test_double_click_opens_the_build_asking_about_unsaved_changes(
    main_window, class_folder, dialogs
):
    main_window.document.change({"body.length_mm": 3300}, "edit")
    dialog = main_window.compare_tools.open_class_folder(str(class_folder))
    assert dialog.wait()
    dialogs.unsaved_answer = QMessageBox.StandardButton.Discard
    dialog.table.cellActivated.emit(0, 1)
    assert dialogs.unsaved_asked
    assert main_window.document.path == dialog.path_of_row(0)


def test_missing_folder_says_why(main_window, tmp_path):
    dialog = main_window.compare_tools.open_class_folder(str(tmp_path / "nowhere"))
    assert dialog.table.rowCount() == 0
    assert "does not exist" in dialog.summary.text()


def test_the_dialog_widens_to_show_every_column(qtbot, tmp_path, monkeypatch):
    import shutil

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from keiconfig.ui.class_folder import ClassFolderDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 3000, 2000))
    presets_dir = Path(__file__).resolve().parents[2] / "resources" / "presets"
    for f in sorted(presets_dir.glob("*.kei.json"))[:4]:
        shutil.copy(f, tmp_path)
    dialog = ClassFolderDialog(tmp_path)
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # projector-size text
    dialog.setFont(font)
    dialog.refresh()
    assert dialog.wait()
    _shown(qtbot, dialog)
    _laid_out(qtbot, dialog)
    assert not dialog.table.horizontalScrollBar().isVisible()
    # with the room, every header on one line ("0–100 km/h (s)" was wrapped on three)
    header = dialog.table.horizontalHeader()
    assert header.height() < 2 * header.fontMetrics().height()


def test_the_ranked_figure_stays_in_view_beside_a_long_error(qtbot, tmp_path, monkeypatch):
    """On a 1280-pixel screen, a file that cannot be read (its sentence is long) pushed the
    figure the table is ranked by off the right edge; it now comes before the rules broken."""
    import shutil

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from keiconfig.ui.class_folder import VALUE_COLUMN, ClassFolderDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1280, 720))
    presets_dir = Path(__file__).resolve().parents[2] / "resources" / "presets"
    for f in sorted(presets_dir.glob("*.kei.json"))[:3]:
        shutil.copy(f, tmp_path)
    text = (presets_dir / "honda-beat-1991.kei.json").read_text(encoding="utf-8")
    (tmp_path / "cut-off-while-it-was-copied-to-the-class-folder.kei.json").write_text(
        text[: len(text) // 2], encoding="utf-8"
    )
    dialog = ClassFolderDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.refresh()
    assert dialog.wait()
    _shown(qtbot, dialog)
    _laid_out(qtbot, dialog)
    table, header = dialog.table, dialog.table.horizontalHeader()
    assert table.horizontalHeaderItem(VALUE_COLUMN).text() == "0–100 km/h (s)"
    assert table.item(0, VALUE_COLUMN).text().replace(".", "").isdigit()
    right = header.sectionViewportPosition(VALUE_COLUMN) + header.sectionSize(VALUE_COLUMN)
    assert right <= table.viewport().width()
    table.setCurrentCell(len(dialog.rows) - 1, 0)
    assert "ends too early" in dialog.details.text()


def test_judged_by_the_windows_era_and_says_so(main_window, class_folder):
    main_window.document.set_era("1955")
    dialog = main_window.compare_tools.open_class_folder(str(class_folder))
    assert dialog.wait()
    assert dialog.era == "1955"
    assert {r.era for r in dialog.rows if r.error is None} == {"1955"}
    assert "kei rules of 1955" in dialog.summary.text()
    expected = ranking.rank_folder(class_folder, era_id="1955")
    assert [r.file for r in dialog.rows] == [r.file for r in expected]


def test_the_summary_says_files_naming_other_rules_are_judged_by_the_class_s(main_window, tmp_path):
    """Students' files saved judged by other rules (judged_by) are ranked by the window's,
    and the summary says they asked for others (audit6)."""
    from keiconfig.core.build import changed, default_build

    for name, rules in (("a", "1976"), ("b", "1990"), ("c", None)):
        files.save_build(changed(default_build(), {"judged_by": rules}), tmp_path / f"{name}.json")
    main_window.document.set_era("1976")
    dialog = main_window.compare_tools.open_class_folder(str(tmp_path))
    assert dialog.wait()
    assert {r.era for r in dialog.rows} == {"1976"}
    text = dialog.summary.text()
    assert "Judged by the kei rules of 1976 (the window's era)." in text
    assert (
        "1 file names other rules to be judged by (judged_by): a ranking judges every build "
        "by the same rules." in text
    )


def test_the_summary_counts_in_proper_english(qtbot, tmp_path):
    from keiconfig.core.build import changed, default_build
    from keiconfig.ui.class_folder import ClassFolderDialog

    files.save_build(default_build(), tmp_path / "a.kei.json")
    files.save_build(changed(default_build(), {"body.length_mm": 3600}), tmp_path / "b.kei.json")
    dialog = ClassFolderDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.refresh()
    assert dialog.wait()
    text = dialog.summary.text()
    assert text.startswith("2 builds: 1 ranked, 1 breaks a kei law, 0 cannot be read.")
    assert "The top build is on the comparison." in text
    (tmp_path / "b.kei.json").unlink()
    dialog.refresh()
    assert dialog.wait()
    assert dialog.summary.text().startswith("1 build: 1 ranked, 0 break a kei law")


def test_the_summary_says_what_was_passed_over_and_why(qtbot, tmp_path):
    """Folders and pipes named *.json are not read; the summary says so, in the same
    sentences as keiconfig rank (ranking.skipped_notes)."""
    import os

    from keiconfig.core.build import default_build
    from keiconfig.ui.class_folder import ClassFolderDialog

    files.save_build(default_build(), tmp_path / "a.kei.json")
    (tmp_path / "old.json").mkdir()
    if os.name == "posix":
        os.mkfifo(tmp_path / "pipe.json")
    dialog = ClassFolderDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.refresh()
    assert dialog.wait()
    text = dialog.summary.text()
    assert text.startswith("1 build: 1 ranked")
    assert "old.json was not read: it is a folder, not a build file." in text
    if os.name == "posix":
        assert "pipe.json was not read: it is a pipe" in text
    for note in ranking.skipped_notes(ranking.scan_folder(tmp_path).skipped):
        assert note in text


def test_a_challenge_kept_in_the_class_folder_is_not_a_build_that_cannot_be_read(qtbot, tmp_path):
    """A teacher keeps task.challenge.json beside the class's builds: the class folder
    counted it '1 cannot be read' with a long error row (and keiconfig rank failed with
    exit 1). It is passed over with a sentence, as a folder named *.json is; a challenge
    under another name is still a row that says what it is."""
    from keiconfig import cli
    from keiconfig.core.build import default_build
    from keiconfig.core.resources_path import resource_path
    from keiconfig.ui.class_folder import ClassFolderDialog

    files.save_build(default_build(), tmp_path / "a.kei.json")
    (tmp_path / "task.challenge.json").write_bytes(
        resource_path("example.challenge.json").read_bytes()
    )
    dialog = ClassFolderDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.refresh()
    assert dialog.wait()
    text = dialog.summary.text()
    assert text.startswith("1 build: 1 ranked, 0 break a kei law, 0 cannot be read."), text
    assert "task.challenge.json was not ranked: it is a class challenge, not a build." in text
    assert [r.file for r in dialog.rows] == ["a.kei.json"]
    assert cli.main(["rank", str(tmp_path), "--json"]) == 0


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_builds_named_on_windows_are_ranked_and_a_txt_one_is_said(qtbot, tmp_path, language):
    """Students' builds named on Windows or a Mac: 'TANAKA.JSON' and 'Sato.Kei.Json' (an
    upper-case extension, one file to Windows) and 'suzuki.kei.json.txt' (an editor's
    '.txt') were left out of the class folder and keiconfig rank without a word: '1
    build: 1 ranked', three students missing. The first two are ranked; the third is
    said, with what to do. Two '.txt' files past the five named are counted apart."""
    from keiconfig import cli
    from keiconfig.core.build import changed, default_build
    from keiconfig.ui.class_folder import ClassFolderDialog

    for file in ("a.kei.json", "TANAKA.JSON", "Sato.Kei.Json", "suzuki.kei.json.txt"):
        files.save_build(changed(default_build(), {"name": file}), tmp_path / file)
    files.save_build(default_build(), tmp_path / "notes.txt")  # not a build's name: quiet
    dialog = ClassFolderDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.refresh()
    assert dialog.wait()
    assert sorted(r.file for r in dialog.rows) == ["Sato.Kei.Json", "TANAKA.JSON", "a.kei.json"]
    text = dialog.summary.text()
    said = {
        "en": "suzuki.kei.json.txt was not read: an editor put .txt after its .json, so "
        "rename it to end in .json to rank it.",
        "ja": "suzuki.kei.json.txt は読み込んでいません:エディターが .json の後に .txt を"
        "付けたので、順位に入れるには名前の末尾を .json に変えてください。",
    }[language]
    assert said in text and "notes.txt" not in text, text
    assert cli.main(["rank", str(tmp_path), "--json"]) == 0
    for i in range(6):
        files.save_build(default_build(), tmp_path / f"more{i}.kei.json.txt")
    notes = ranking.skipped_notes(ranking.scan_folder(tmp_path).skipped)
    assert len(notes) == 6
    assert (
        notes[-1]
        == {
            "en": "2 more files named *.json.txt not read: rename each to end in .json to rank it.",
            "ja": "ほかに *.json.txt という名前の 2 件は読み込んでいません(順位に入れるには、"
            "それぞれ名前の末尾を .json に変えてください)。",
        }[language]
    )


def test_ranking_by_another_figure_does_not_read_the_folder_again(
    main_window, class_folder, monkeypatch
):
    reads: list[str] = []
    real = ranking.evaluate_file
    monkeypatch.setattr(
        ranking, "evaluate_file", lambda p, *a, **k: reads.append(p.name) or real(p, *a, **k)
    )
    dialog = main_window.compare_tools.open_class_folder(str(class_folder))
    assert dialog.wait()
    assert len(reads) == 6
    loads: list[object] = []
    monkeypatch.setattr(files, "load_build", lambda *a, **k: loads.append(a))
    for field in ("power_ps", "kerb_weight_kg", "top_speed_kmh"):
        dialog.field_box.setCurrentIndex(dialog.field_box.findData(field))
        assert [r.file for r in dialog.rows] == [
            r.file for r in ranking.rank_evaluated(dialog.items, field)
        ]
    assert len(reads) == 6 and loads == []


def test_reading_shows_progress_and_can_be_cancelled(main_window, class_folder, monkeypatch):
    import threading

    gate = threading.Event()
    real = ranking.evaluate_file

    def slow(path, *a, **k):
        gate.wait(10)  # a slow shared drive: each file waits for the test
        return real(path, *a, **k)

    monkeypatch.setattr(ranking, "evaluate_file", slow)
    dialog = main_window.compare_tools.open_class_folder(str(class_folder))
    assert dialog.loading and not dialog.progress.isHidden()
    assert not dialog.cancel_button.isHidden() and dialog.progress.maximum() == 6
    assert main_window.isEnabled()  # the window is not frozen meanwhile
    dialog.cancel_button.click()
    gate.set()
    assert dialog.wait()
    assert dialog.progress.isHidden() and not dialog.loading
    assert len(dialog.rows) < 6
    assert "cancelled after" in dialog.summary.text()


def _submissions(root: Path) -> Path:
    """Moodle's "download all submissions", unpacked: one folder per student, two of them
    handing in beat.kei.json; a zip's __MACOSX beside them."""
    from keiconfig.core.build import changed, default_build

    for rel, name in {
        "Tanaka Yui_12345_assignsubmission_file/beat.kei.json": "Tanaka's Beat",
        "Sato Ren_12346_assignsubmission_file/beat.kei.json": "Sato's Beat",
        "Ito Hana_12348_assignsubmission_file/v2/mine.kei.json": "Ito's car",
        "__MACOSX/Tanaka Yui_12345_assignsubmission_file/beat.kei.json": "not a student",
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        files.save_build(changed(default_build(), {"name": name}), root / rel)
    return root


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_students_sub_folders_are_ranked_with_whose_folder_each_came_from(
    qtbot, tmp_path, language
):
    """A teacher's downloaded submissions (a folder per student) showed an empty table:
    '0 builds'. Every student's build is a row, a Sub-folder column says whose folder it
    came from (two students' beat.kei.json), and one sentence says what was read and
    what was not (the zip's __MACOSX), as keiconfig rank says it."""
    from keiconfig.ui.class_folder import ClassFolderDialog

    root = _submissions(tmp_path)
    dialog = ClassFolderDialog(root)
    qtbot.addWidget(dialog)
    assert dialog.refresh()
    assert dialog.wait()
    table = dialog.table
    assert table.rowCount() == 3
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1] == {"en": "Sub-folder", "ja": "サブフォルダー"}[language]
    rows = sorted((table.item(r, 1).text(), table.item(r, 2).text()) for r in range(3))
    assert rows == [  # Moodle's "_12345_assignsubmission_file" left out
        ("Ito Hana/v2", "mine.kei.json"),
        ("Sato Ren", "beat.kei.json"),
        ("Tanaka Yui", "beat.kei.json"),
    ]
    tips = {table.item(r, 1).toolTip() for r in range(3)}
    assert "<qt>Sato Ren_12346_assignsubmission_file/beat.kei.json</qt>" in tips
    said = {
        "en": "Read 3 build files from this folder and 4 sub-folders in it; not read: "
        "1 hidden folder such as .git or __MACOSX.",
        "ja": "このフォルダーとその中のサブフォルダー4件からビルドファイル3件を読み込みました"
        "(読み込んでいないもの:隠しフォルダー1件(.git や __MACOSX など))。",
    }[language]
    text = dialog.summary.text()
    assert said in text, text
    start = {"en": "3 builds: 3 ranked", "ja": "ビルド3件:順位付け3件"}[language]
    assert text.startswith(start), text
    # the top builds for the comparison are read from their students' folders
    assert sorted(name.split(". ", 1)[1] for name, _b, _p in dialog._top_items()) == [
        "Ito's car", "Sato's Beat", "Tanaka's Beat"
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_student_s_zipped_submission_is_said_not_opened(qtbot, tmp_path, language):
    """A student's submission left zipped by the learning system's "download all"
    (Kato Sora_..._assignsubmission_file/beat.zip) was passed over without a word: the
    student was missing from the ranking and nothing said why. The summary's sentence of
    what was read and not now says how many zip files were not opened, and to unzip them
    first (the zip is never opened)."""
    import zipfile

    from keiconfig.ui.class_folder import ClassFolderDialog

    root = _submissions(tmp_path)
    student = root / "Kato Sora_12349_assignsubmission_file"
    student.mkdir()
    with zipfile.ZipFile(student / "beat.zip", "w") as z:
        z.writestr("beat.kei.json", "{}")
    dialog = ClassFolderDialog(root)
    qtbot.addWidget(dialog)
    assert dialog.refresh()
    assert dialog.wait()
    assert dialog.table.rowCount() == 3
    said = {
        "en": "Read 3 build files from this folder and 5 sub-folders in it; not read: "
        "1 hidden folder such as .git or __MACOSX, 1 zip file (unzip it first).",
        "ja": "このフォルダーとその中のサブフォルダー5件からビルドファイル3件を読み込みました"
        "(読み込んでいないもの:隠しフォルダー1件(.git や __MACOSX など)、"
        "zipファイル1件(先に展開してください))。",
    }[language]
    assert said in dialog.summary.text(), dialog.summary.text()


@pytest.mark.desktop
def test_enter_on_a_students_row_opens_that_students_file(qtbot, tmp_path):
    """Enter on a row opens the build of that student (not the other beat.kei.json), and
    every column fits the dialog: no sideways scrolling to see whose build it is."""
    from PySide6.QtCore import Qt

    from keiconfig.ui.class_folder import ClassFolderDialog
    from tests.ui import keys

    root = _submissions(tmp_path)
    dialog = ClassFolderDialog(root)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    assert dialog.refresh()
    assert dialog.wait()
    opened: list[str] = []
    dialog.open_requested.connect(opened.append)
    keys.focus(qtbot, dialog.table)
    row = next(r for r in range(3) if dialog.table.item(r, 1).text().startswith("Sato"))
    for _ in range(row):
        keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    assert opened == [str(root / "Sato Ren_12346_assignsubmission_file" / "beat.kei.json")]
    assert files.load_build(opened[0]).build.name == "Sato's Beat"
    assert not dialog.table.horizontalScrollBar().isVisible()


def test_sub_folder_labels_leave_out_moodles_suffix_unless_students_would_look_alike():
    from keiconfig.ui.class_folder import FOLDER_CHARS, folder_labels

    labels = folder_labels(
        [
            "Tanaka Yui_12345_assignsubmission_file",
            "Tanaka Yui_99999_assignsubmission_file",  # two students of one name
            "Sato Ren_12346_assignsubmission_onlinetext/v2",
            "",
            "3A/" + "x" * 60,
        ]
    )
    assert labels["Sato Ren_12346_assignsubmission_onlinetext/v2"] == "Sato Ren/v2"
    assert labels["Tanaka Yui_12345_assignsubmission_file"] == (
        "Tanaka Yui_12345_assignsubmission_file"[: (FOLDER_CHARS - 1) // 2] + "…"
        + "Tanaka Yui_12345_assignsubmission_file"[-(FOLDER_CHARS - 1 - (FOLDER_CHARS - 1) // 2):]
    )  # fmt: skip
    assert (
        labels["Tanaka Yui_12345_assignsubmission_file"]
        != labels["Tanaka Yui_99999_assignsubmission_file"]
    )
    assert labels[""] == ""
    assert len(labels["3A/" + "x" * 60]) == FOLDER_CHARS


def _class_of_twelve(root: Path) -> Path:
    """Twelve students' beat.kei.json, each in a Moodle folder: long names, and builds that
    break one kei rule (length, or 800 cc) or two."""
    from keiconfig.core.build import changed

    changes = [
        {"name": "Subaru 360 Super Deluxe Ultimate Grand Touring Special Edition by Haruto"},
        {"name": "ガルウィングの夢 — 山田ひなたの究極の軽スポーツカー改良版"},
        {"body.length_mm": 3650},
        {"engine.displacement_cc": 800},
        {"body.length_mm": 3700, "engine.displacement_cc": 800},
    ]
    pids = [
        "honda-beat-1991", "suzuki-cappuccino-1991", "honda-s660-2015",
        "daihatsu-copen-2002", "subaru-vivio-rx-r-1992", "suzuki-alto-works-rs-r-1987",
    ]  # fmt: skip
    for i in range(12):
        build = presets.load_preset(pids[i % len(pids)]).build
        if i < len(changes):
            build = changed(build, changes[i])
        student = "Sasaki Koharu Alexandra-Montgomery" if i == 5 else f"Student {i:02d}"
        folder = root / f"{student}_{12345 + i}_assignsubmission_file"
        folder.mkdir(parents=True)
        files.save_build(build, folder / "beat.kei.json")
    return root


def _header_as_drawn(header, col: int):
    """The size column ``col``'s header text takes, wrapped as Qt wraps it in the column
    (its margins each side) and with them."""
    from PySide6.QtCore import QMargins, Qt
    from PySide6.QtWidgets import QStyle

    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    text = header.model().headerData(col, Qt.Orientation.Horizontal)
    room = header.sectionSize(col) - 2 * margin
    rect = header.fontMetrics().boundingRect(0, 0, room, 10_000, flags, text)
    return rect.size().grownBy(QMargins(margin, margin, margin, margin))


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("shown_first", [False, True], ids=["read-then-shown", "shown-then-read"])
def test_every_column_is_readable_in_projector_mode_at_1280(
    qtbot, tmp_path, monkeypatch, language, shown_first
):
    """Projector-size text on a 1280x720 screen: the last column's header showed "s bro"
    (Rules broken) off the right edge, behind a sideways scroll bar, a long build name
    pushing it there. Every header is whole now (wrapped at its spaces), the columns fit
    the window, and a long name is cut with the whole name in its tooltip. The same
    whether the folder is read before the dialog is shown or after (as the window does)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from keiconfig.ui.class_folder import ClassFolderDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1280, 720))
    root = _class_of_twelve(tmp_path)
    dialog = ClassFolderDialog(root)
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # projector-size text
    dialog.setFont(font)
    if shown_first:
        _shown(qtbot, dialog)
    assert dialog.refresh()
    assert dialog.wait()
    _shown(qtbot, dialog)
    _laid_out(qtbot, dialog)
    table, header = dialog.table, dialog.table.horizontalHeader()
    assert dialog.width() <= 1280
    assert not table.horizontalScrollBar().isVisible()
    for col in range(table.columnCount()):
        right = header.sectionViewportPosition(col) + header.sectionSize(col)
        assert right <= table.viewport().width(), col
        text = table.horizontalHeaderItem(col).text()
        wrapped = _header_as_drawn(header, col)  # as Qt wraps it in the column
        assert wrapped.width() <= header.sectionSize(col), text  # every line whole
        assert header.height() >= wrapped.height(), (col, text)  # every line in view
    # the rules broken, one or two, whole in their cells
    rules = table.columnCount() - 1
    for r in range(table.rowCount()):
        text = table.item(r, rules).text()
        assert table.fontMetrics().horizontalAdvance(text) < header.sectionSize(rules), text
    long_name = "Subaru 360 Super Deluxe Ultimate Grand Touring Special Edition by Haruto"
    names = {table.item(r, 3).text() for r in range(table.rowCount())}
    assert long_name in names  # the item keeps it; the view cuts it
    row = next(r for r in range(table.rowCount()) if table.item(r, 3).text() == long_name)
    assert long_name in table.item(row, 3).toolTip()


@pytest.mark.desktop
def test_the_columns_are_the_same_whether_the_folder_is_read_before_or_after_showing(
    qtbot, tmp_path, monkeypatch
):
    """The window shows the class folder, then reads it; a dialog filled before it was
    shown measured its edges from a table its layout had not placed yet (660 px, not
    about 22): every name cut to its least (126 px) and the last column stretched into
    the room, until the next refit. Either order now gives the same columns, the names
    given the room the screen has."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from keiconfig.ui.class_folder import LEAST_NAME_CHARS, ClassFolderDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1280, 720))
    root = _class_of_twelve(tmp_path)
    sizes = {}
    for order in ("read, then shown", "shown, then read"):
        dialog = ClassFolderDialog(root)
        qtbot.addWidget(dialog)
        font = dialog.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)  # projector-size text
        dialog.setFont(font)
        if order == "shown, then read":
            _shown(qtbot, dialog)
        assert dialog.refresh() and dialog.wait()
        _shown(qtbot, dialog)
        _laid_out(qtbot, dialog)
        header = dialog.table.horizontalHeader()
        sizes[order] = (dialog.width(), [header.sectionSize(c) for c in range(header.count())])
        names = sizes[order][1][dialog._cut_columns[0]]  # the names (after the sub-folders)
        least = dialog.table.fontMetrics().averageCharWidth() * LEAST_NAME_CHARS
        assert names > least * 1.5, (order, names)  # not cut to the least: room on 1280
        dialog.close()
    assert sizes["read, then shown"] == sizes["shown, then read"]


@pytest.mark.desktop
def test_a_japanese_header_wraps_between_its_figure_and_its_words(qtbot, tmp_path, monkeypatch):
    """Japanese, projector-size text on a 1280x720 screen: the ranked figure's header
    "0-100km/h加速 (秒)" wrapped only at its space, so its column stayed as wide as
    "0-100km/h加速" for figures like "10.88", and the students' names were cut harder.
    It wraps where the Latin letters meet the Japanese now ("0-100km/h" over "加速 (秒)",
    as Qt draws it): the column is narrower by those two kanji (164 to 128 px in the
    test's font) and the names and sub-folders share that room (237 to 250 and 250 to
    273 px), the name column still cut at 1280 px."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QStyle

    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app
    from keiconfig.ui.class_folder import ClassFolderDialog

    make_app()
    i18n.set_language("ja")
    try:
        monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1280, 720))
        dialog = ClassFolderDialog(_class_of_twelve(tmp_path))
        qtbot.addWidget(dialog)
        font = dialog.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)  # projector-size text
        dialog.setFont(font)
        _shown(qtbot, dialog)  # as the window shows it, then reads the folder
        assert dialog.refresh() and dialog.wait()
        _laid_out(qtbot, dialog)
        table, header = dialog.table, dialog.table.horizontalHeader()
        texts = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        value = texts.index("0-100km/h加速 (秒)")
        name = texts.index("名前")
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        one_part = header.fontMetrics().horizontalAdvance("0-100km/h加速") + 2 * margin
        assert header.sectionSize(value) < one_part, (header.sectionSize(value), one_part)
        wrapped = _header_as_drawn(header, value)
        assert wrapped.width() <= header.sectionSize(value)  # each line whole
        assert header.height() >= wrapped.height()  # both lines in view
        assert not table.horizontalScrollBar().isVisible()
        assert header.sectionSize(name) < table.sizeHintForColumn(name)  # (still cut)
    finally:
        i18n.set_language("en")


@pytest.mark.desktop
def test_opened_the_arrow_keys_walk_the_ranking_and_tab_goes_in_reading_order(
    main_window, tmp_path, monkeypatch, qtbot
):
    """Opened from the File menu, the keyboard was in the "Rank by" box: a teacher's Down
    arrow changed the figure ranked by. The keyboard is in the table now, on the top
    build, Down goes to the next build, and Tab goes Open Build, Close, Rank by, Reload."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from tests.ui import keys

    root = _class_of_twelve(tmp_path)
    monkeypatch.setattr(compare_tools, "ask_class_folder", lambda parent, start: str(root))
    main_window.compare_tools.class_folder_action.trigger()  # (the menu: a file dialog)
    dialog = main_window.compare_tools.class_dialog
    assert dialog is not None and dialog.wait()
    keys.activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.table
    assert dialog.table.currentRow() == 0
    assert dialog.table.selectionModel().isRowSelected(0)
    keys.press(Qt.Key.Key_Down)
    assert dialog.field_box.currentIndex() == 0  # still ranked by 0–100 km/h
    assert dialog.table.currentRow() == 1
    seen = []
    for _ in range(5):
        keys.press(Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        dialog.open_button,
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close),
        dialog.field_box,
        dialog.reload_button,
        dialog.table,
    ]


@pytest.mark.desktop
def _open_the_second_students_build(main_window, tmp_path, monkeypatch, qtbot) -> str:
    """A class of twelve opened from the menu, the second row of its ranking opened with
    Down and Enter in the table: that student's sub-folder name."""
    from PySide6.QtCore import Qt

    from tests.ui import keys

    root = _class_of_twelve(tmp_path)
    monkeypatch.setattr(compare_tools, "ask_class_folder", lambda parent, start: str(root))
    main_window.compare_tools.class_folder_action.trigger()  # (the menu: a file dialog)
    dialog = main_window.compare_tools.class_dialog
    assert dialog is not None and dialog.wait()
    keys.focus(qtbot, dialog.table)
    keys.press(Qt.Key.Key_Down)
    student = dialog.table.item(1, 1).text()
    keys.press(Qt.Key.Key_Return)
    assert main_window.document.path == dialog.path_of_row(1)
    return student


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_status_bar_says_whose_build_was_opened(
    language, main_window, tmp_path, monkeypatch, qtbot
):
    """Every student hands in beat.kei.json: opened from the ranking, the status bar said
    only "Opened beat.kei.json". It says whose now, as the table's Sub-folder column."""
    student = _open_the_second_students_build(main_window, tmp_path, monkeypatch, qtbot)
    said = {"en": "Opened {}/beat.kei.json", "ja": "{}/beat.kei.json を開きました"}[language]
    assert main_window.statusBar().currentMessage() == said.format(student)


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_title_says_whose_build_is_open(language, main_window, tmp_path, monkeypatch, qtbot):
    """Opened from the ranking, the status bar and Open Recent said whose build it was,
    the window's title only "… (beat.kei.json) — keiconfig", every student's file alike.
    The title names it as the status bar does; once saved elsewhere, by its new name."""
    student = _open_the_second_students_build(main_window, tmp_path, monkeypatch, qtbot)
    name = main_window.document.build.name
    title = "{} ({})[*] — keiconfig"  # (the same in Japanese)
    assert main_window.windowTitle() == title.format(name, f"{student}/beat.kei.json")
    main_window.document.save(tmp_path / "mine.kei.json")  # (Save As: a file dialog)
    assert main_window.windowTitle() == title.format(name, "mine.kei.json")


@pytest.mark.desktop
def test_the_whole_class_is_in_view_in_projector_mode_at_1280(qtbot, tmp_path, monkeypatch):
    """Twelve students' builds showed seven rows of a 460-pixel window, the rest behind a
    scroll bar, with the screen's height to spare: the window is as tall as the class now
    (up to nine tenths of the screen), in projector-size text on a 1280x720 screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from keiconfig.ui.class_folder import ClassFolderDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1280, 720))
    dialog = ClassFolderDialog(_class_of_twelve(tmp_path))
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # projector-size text
    dialog.setFont(font)
    dialog.move(400, 300)  # where the window manager put the small window at first
    _shown(qtbot, dialog)
    assert dialog.refresh()
    assert dialog.wait()
    _laid_out(qtbot, dialog)
    assert dialog.height() <= 720 * 0.9
    # grown, on the screen: all of it that a person reads, and its title bar. (Under
    # openbox, the window grown before it was framed, Qt told of no frame yet: its frame's
    # 1 px right border and 5 px bottom edge were put past the screen's edge, what it
    # shows and its title bar on the screen.)
    screen = QRect(0, 0, 1280, 720)
    assert screen.contains(dialog.geometry()), dialog.geometry()
    assert screen.contains(dialog.frameGeometry().topLeft()), dialog.frameGeometry()
    assert not dialog.table.verticalScrollBar().isVisible()
    last = dialog.table.rowCount() - 1
    assert dialog.table.visualRect(dialog.table.model().index(last, 0)).bottom() <= (
        dialog.table.viewport().height()
    )


def test_open_recent_says_whose_beat_kei_json(main_window, tmp_path):
    """Three students' builds opened from the ranking: File > Open Recent listed "1
    beat.kei.json", "2 beat.kei.json", "3 beat.kei.json". Each says whose now."""
    root = _class_of_twelve(tmp_path)
    for i in (0, 1, 2):
        path = root / f"Student {i:02d}_{12345 + i}_assignsubmission_file" / "beat.kei.json"
        assert main_window.open_path(path, ask=False)
    texts = [a.text() for a in main_window.recent_menu.actions()]
    assert texts[:3] == [
        "&1 beat.kei.json — Student 02",
        "&2 beat.kei.json — Student 01",
        "&3 beat.kei.json — Student 00",
    ]


def test_a_student_s_build_opened_from_open_recent_says_whose(main_window, tmp_path):
    """Open Recent said "2 beat.kei.json — Student 01"; chosen, the title and the status
    bar said only "beat.kei.json". They say whose now, as the class folder does."""
    root = _class_of_twelve(tmp_path)
    for i in (0, 1, 2):
        path = root / f"Student {i:02d}_{12345 + i}_assignsubmission_file" / "beat.kei.json"
        assert main_window.open_path(path, ask=False)
    chosen = main_window.recent_menu.actions()[1]
    assert chosen.text() == "&2 beat.kei.json — Student 01"
    chosen.trigger()  # (as test_open_recent_menu_opens_the_file: a menu, not keys)
    assert main_window.document.path is not None
    assert main_window.document.path.parent.name.startswith("Student 01_")
    name = main_window.document.build.name
    assert main_window.windowTitle() == f"{name} (Student 01/beat.kei.json)[*] — keiconfig"
    assert main_window.statusBar().currentMessage() == "Opened Student 01/beat.kei.json"


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_file_s_name_is_shown_as_the_file_holds_it(main_window, tmp_path, language):
    """A student's build saved under a preset's English name ('Honda Beat (1991)') was
    named 'ホンダ ビート (1991)' in the Japanese window's table and on the Comparison, and
    one saved under its Japanese name was named 'Honda Beat (1991)' in the English one,
    while the file, opened by a double-click, said otherwise in the title bar. The table, the top
    builds pinned and the file opened now name it as the file does, in either language."""
    beat = presets.load_preset("honda-beat-1991").build
    folder = tmp_path / "class"
    folder.mkdir()
    names = {}
    for code in ("en", "ja"):
        name = beat.localized(code).name
        plain = beat.model_copy(update={"name": name, "translations": None})
        files.save_build(plain, folder / f"saved-in-{code}.json")
        names[f"saved-in-{code}.json"] = name
    files.save_build(beat.model_copy(update={"name": "ビートの改造"}), folder / "own.json")
    names["own.json"] = "ビートの改造"
    assert names["saved-in-en.json"] == "Honda Beat (1991)"
    assert names["saved-in-ja.json"] == "ホンダ ビート (1991)"
    dialog = main_window.compare_tools.open_class_folder(str(folder))
    assert dialog.wait()
    shown = {
        dialog.table.item(r, 1).text(): dialog.table.item(r, 2).text()
        for r in range(dialog.table.rowCount())
    }
    assert shown == names
    pinned = {e.name.partition(". ")[2] for e in main_window.compare_tools.compare_panel.entries}
    assert pinned == set(names.values())
    assert main_window.open_path(folder / "saved-in-en.json", ask=False)
    assert main_window.windowTitle().startswith("Honda Beat (1991) (saved-in-en.json)")


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_range_challenge_is_headed_by_its_figure_as_keiconfig_rank_heads_it(
    main_window, tmp_path, language
):
    """A challenge ranked by an electric car's WLTC range: its column was headed "Score
    (lower is better)" (the range is better longer, and no score), keiconfig rank's
    "wltc_range_km"; both now say "WLTC range (km)" (Japanese 航続距離 WLTC (km))."""
    from keiconfig.core.challenge import load_challenge
    from keiconfig.ui.class_folder import VALUE_COLUMN, ClassFolderDialog

    folder = tmp_path / "class"
    folder.mkdir()
    for pid in ("nissan-sakura-2022", "honda-beat-1991"):
        files.save_build(presets.load_preset(pid).build, folder / f"{pid}.json")
    path = tmp_path / "range.challenge.json"
    path.write_text(
        '{"format": "keiconfig-challenge", "version": 1, "title": "Longest range",'
        ' "era": "1998", "objective": "wltc_range_km"}',
        encoding="utf-8",
    )
    dialog = ClassFolderDialog(str(folder), main_window, challenge=load_challenge(path))
    try:
        dialog.refresh()  # (as File > Open Challenge's "Rank a Class Folder…" does)
        assert dialog.wait()
        header = dialog.table.horizontalHeaderItem(VALUE_COLUMN).text()
        assert header == {"en": "WLTC range (km)", "ja": "航続距離 WLTC (km)"}[language]
        assert header == ranking.field_label("wltc_range_km")  # keiconfig rank's heading
        assert dialog.table.item(0, 1).text() == "nissan-sakura-2022.json"  # longest first
        value = dialog.table.item(0, VALUE_COLUMN).text()  # to 0.1 km, as the cards give it
        assert len(value.rpartition(".")[2]) == 1, value  # (it showed 183.13)
    finally:
        dialog.close()
        dialog.deleteLater()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_top_builds_keep_their_files_names_when_the_language_is_switched(
    main_window, class_folder, qtbot, language
):
    """The class folder's top four on the Comparison are named with their rank and the
    name their files hold ('1. Suzuki Cappuccino (1991)'); a switch of the language
    leaves them so, as it leaves a file opened (they were renamed スズキ カプチーノ, as the
    app renames a preset it opened itself)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from keiconfig.ui import i18n

    tools = main_window.compare_tools
    assert tools.open_class_folder(str(class_folder)).wait()
    ranked = [r for r in ranking.rank_folder(class_folder) if r.rank is not None][:4]
    named = [f"{r.rank}. {r.name}" for r in ranked]
    assert [e.name for e in tools.compare_panel.entries][: len(ranked)] == named
    assert any(n.endswith("Suzuki Cappuccino (1991)") for n in named)  # a preset's name
    try:
        main_window.choose_language("en" if language == "ja" else "ja")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert [e.name for e in tools.compare_panel.entries][: len(ranked)] == named
    finally:
        i18n.set_language(language)


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_why_a_file_cannot_be_read_is_shown_whole_under_the_table(
    qtbot, tmp_path, monkeypatch, language
):
    """A refused file's sentence (a Russian Windows build's reading and what to do in
    Notepad: 300 characters, 187 in Japanese) was its cell's text: the column grew as wide
    as the sentence, the names were cut to their least behind a sideways scroll bar, and
    the sentence was whole only in a tooltip. Now the cell says it cannot be read, and
    with the keyboard on that row the whole sentence is under the table, wrapped; on a
    readable row, a line says where to find it."""
    import json
    import shutil

    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QScreen

    from keiconfig.core.files import BuildFileError, load_build
    from keiconfig.ui.class_folder import ClassFolderDialog
    from tests.ui import keys

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1280, 720))
    presets_dir = Path(__file__).resolve().parents[2] / "resources" / "presets"
    shutil.copy(presets_dir / "suzuki-cappuccino-1991.kei.json", tmp_path / "a.kei.json")
    data = json.loads((presets_dir / "honda-beat-1991.kei.json").read_text(encoding="utf-8"))
    del data["translations"]
    data["name"] = "Лада Нива"
    niva = tmp_path / "niva.kei.json"
    niva.write_bytes(json.dumps(data, ensure_ascii=False).encode("cp1251"))
    with pytest.raises(BuildFileError) as refused:
        load_build(niva)
    sentence = str(refused.value)
    assert len(sentence) > 180
    dialog = ClassFolderDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.refresh()
    assert dialog.wait()
    _shown(qtbot, dialog)
    _laid_out(qtbot, dialog)
    table = dialog.table
    last = table.columnCount() - 1
    assert [dialog.rows[1].file, table.item(1, last).text()] == [
        "niva.kei.json",
        {"en": "⚠ cannot be read", "ja": "⚠ 読み込めません"}[language],
    ]
    assert not table.horizontalScrollBar().isVisible()
    name = table.item(0, 2)
    assert table.columnWidth(2) >= table.fontMetrics().horizontalAdvance(name.text())
    assert dialog.details.isVisible() and "niva" not in dialog.details.text()
    assert dialog.details.textFormat() == Qt.TextFormat.PlainText
    keys.focus(qtbot, table)
    keys.press(Qt.Key.Key_Down)
    assert table.currentRow() == 1
    assert dialog.details.text() == "⚠ " + sentence
    assert dialog.details.isVisible() and dialog.details.wordWrap()
    assert dialog.details.width() <= dialog.width()
    qtbot.waitUntil(lambda: dialog.details.height() >= 2 * dialog.details.fontMetrics().height())


@pytest.mark.desktop
def test_the_row_the_keyboard_is_on_stays_in_view_when_the_text_grows(qtbot, tmp_path, monkeypatch):
    """Projector mode (F5) on a 720-pixel screen: the table grew taller rows and the last
    file, the one the arrow keys had reached, went out of view below, while the line under
    the table still said why it could not be read. It is scrolled into view now."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QScreen

    from keiconfig.ui.class_folder import ClassFolderDialog
    from tests.ui import keys

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1280, 720))
    root = _class_of_twelve(tmp_path)
    (root / "zz-cut.kei.json").write_text('{"format": "keiconfig-build", ', encoding="utf-8")
    dialog = ClassFolderDialog(root)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    assert dialog.refresh()
    assert dialog.wait()
    table = dialog.table
    keys.focus(qtbot, table)
    keys.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the last row, broken
    last = table.rowCount() - 1
    assert table.currentRow() == last and "zz-cut.kei.json" in dialog.details.text()
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # projector-size text, and more
    dialog.setFont(font)

    def in_view() -> bool:
        rect = table.visualRect(table.model().index(last, 0))
        return rect.top() >= 0 and rect.bottom() <= table.viewport().height()

    qtbot.waitUntil(lambda: table.verticalScrollBar().isVisible() and in_view())


def test_the_rules_a_build_breaks_are_whole_in_their_tooltip(qtbot, tmp_path):
    """Ranked by the example challenge, a build breaking four of its rules read 'length,
    wi…erb weight' in projector mode (the column cut in the middle), with no tooltip:
    the rules broken are whole in the cell's tooltip."""
    from keiconfig.core.build import changed
    from keiconfig.core.challenge import load_challenge
    from keiconfig.core.resources_path import resource_path
    from keiconfig.ui.class_folder import ClassFolderDialog

    build = changed(
        presets.load_preset("honda-beat-1991").build,
        {"body.length_mm": 3500, "body.width_mm": 1500, "body.seats": 2},
    )
    files.save_build(build, tmp_path / "big.kei.json")
    challenge = load_challenge(resource_path("example.challenge.json"))
    dialog = ClassFolderDialog(tmp_path, challenge=challenge)
    qtbot.addWidget(dialog)
    assert dialog.refresh()
    assert dialog.wait()
    rules = dialog.table.columnCount() - 1
    item = dialog.table.item(0, rules)
    assert item.text().count(",") >= 2, item.text()
    from keiconfig.ui import plain

    assert item.toolTip() == plain.tooltip(item.text())  # (escaped: never markup)


@pytest.mark.desktop
def test_a_japanese_challenge_header_wraps_between_its_phrases(qtbot, tmp_path, monkeypatch):
    """Japanese, ranked by a class challenge, in projector mode with larger text on a
    1280x720 screen: the header "課題の条件を満たす" could not wrap (one run of Japanese),
    so its column was as wide as it (252 px in the test's font, for "✓ 適合") and the
    names were cut to their least (168 px). It wraps between its phrases now ("課題の" /
    "条件を" / "満たす", never inside one: 108 px) and the names and the rules broken share
    the room (the names 293 px)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from keiconfig.core.challenge import load_challenge
    from keiconfig.core.resources_path import resource_path
    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app
    from keiconfig.ui.class_folder import LEAST_NAME_CHARS, ClassFolderDialog, header_parts

    make_app()
    i18n.set_language("ja")
    try:
        monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1280, 720))
        challenge = load_challenge(resource_path("example.challenge.json"))
        moodle = _class_of_twelve(tmp_path / "moodle")
        folder = tmp_path / "class"  # the twelve builds side by side, no sub-folders
        folder.mkdir()
        for i, sub in enumerate(sorted(moodle.iterdir())):
            (sub / "beat.kei.json").rename(folder / f"s{i:02d}.kei.json")
        dialog = ClassFolderDialog(folder, challenge=challenge)
        qtbot.addWidget(dialog)
        font = dialog.font()
        font.setPointSizeF(font.pointSizeF() * 2)  # projector-size text, and more
        dialog.setFont(font)
        _shown(qtbot, dialog)
        assert dialog.refresh() and dialog.wait()
        _laid_out(qtbot, dialog)
        table, header = dialog.table, dialog.table.horizontalHeader()
        texts = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        plain_texts = [t.replace("\N{WORD JOINER}", "") for t in texts]
        legal = plain_texts.index("課題の条件を満たす")
        assert header_parts(texts[legal]) == ["課題の", "条件を", "満たす"]
        metrics = header.fontMetrics()
        one_line = metrics.horizontalAdvance("課題の条件を満たす")
        assert header.sectionSize(legal) < one_line, (header.sectionSize(legal), one_line)
        wrapped = _header_as_drawn(header, legal)  # as Qt wraps it: phrases whole
        assert wrapped.width() <= header.sectionSize(legal)
        assert header.height() >= wrapped.height()
        assert wrapped.height() >= 3 * metrics.height()  # (three lines: it did wrap)
        assert wrapped.height() < 4 * metrics.height()  # (no phrase broken in two)
        assert not table.horizontalScrollBar().isVisible()
        name = dialog._cut_columns[0]
        least = table.fontMetrics().averageCharWidth() * LEAST_NAME_CHARS
        assert header.sectionSize(name) > least * 1.3, (header.sectionSize(name), least)
        rules = table.columnCount() - 1
        assert header.sectionSize(rules) > least, header.sectionSize(rules)
    finally:
        i18n.set_language("en")
