"""The rules a build is judged by are the build's: chosen with the keys in the era box, they
are an undo step, mark the build modified and are saved with it ("judged_by"), so the file
opens judged by them again (audit4: a build judged by the 1976 rules came back judged by
today's, and "passed").

Marked ``desktop``: run on a real X server too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from keiconfig.core import files
from keiconfig.core.build import changed, default_build
from keiconfig.ui.main_window import ask_unsaved_changes as _REAL_ASK_UNSAVED_CHANGES
from tests.ui.keys import focus, press, when_question_shown

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier


def _era_box(window):
    return window.compliance_panel.era_combo


def test_rules_chosen_with_the_keys_are_saved_and_opened_again(
    main_window_factory, dialogs, qtbot, tmp_path: Path
) -> None:
    window = main_window_factory()
    doc = window.document
    assert doc.era == "1998" and not window.isWindowModified()
    box = focus(qtbot, _era_box(window))
    assert box is _era_box(window)
    press(Qt.Key.Key_Up)  # 1990
    press(Qt.Key.Key_Up)  # 1976
    assert box.currentData() == "1976"
    assert doc.era == "1976" and doc.compliance.era == "1976"
    assert window.isWindowModified()  # the title's *
    assert window.undo_action.text().endswith("Rules: 1976")
    press(Qt.Key.Key_Z, CTRL)  # the rules before come back, in the box too
    assert (doc.era, box.currentData()) == ("1990", "1990")
    press(Qt.Key.Key_Y, CTRL)
    assert (doc.era, box.currentData()) == ("1976", "1976")

    path = tmp_path / "student.kei.json"
    dialogs.save_answer = str(path)
    press(Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified()
    assert json.loads(path.read_text(encoding="utf-8"))["judged_by"] == "1976"

    # the teacher's window, on today's rules, opens it: judged by the student's rules
    teacher = main_window_factory()
    assert teacher.document.era == "1998"
    dialogs.open_answer = str(path)
    focus(qtbot, _era_box(teacher))
    press(Qt.Key.Key_O, CTRL)
    assert teacher.document.path == path
    assert teacher.document.era == "1976" and teacher.document.compliance.era == "1976"
    assert _era_box(teacher).currentData() == "1976"
    assert not teacher.isWindowModified()


def test_an_era_chosen_asks_to_save_before_the_build_is_dropped(
    main_window_factory, dialogs, qtbot, build_file: Path
) -> None:
    window = main_window_factory()
    window.open_path(build_file)
    focus(qtbot, _era_box(window))
    press(Qt.Key.Key_Up)  # 1990
    assert window.document.era == "1990" and window.isWindowModified()
    dialogs.unsaved_answer = QMessageBox.StandardButton.Cancel
    press(Qt.Key.Key_N, CTRL)
    assert dialogs.unsaved_asked == ["Test build"]
    assert window.document.path == build_file and window.document.era == "1990"
    dialogs.unsaved_answer = QMessageBox.StandardButton.Save
    press(Qt.Key.Key_N, CTRL)
    assert files.load_build(build_file).build.judged_by == "1990"
    # a new build goes on with the rules in use, and says so: nothing to save yet
    assert window.document.path is None and window.document.era == "1990"
    assert not window.isWindowModified()


def test_a_file_that_names_its_rules_is_not_offered_its_years(
    main_window_factory, qtbot, tmp_path: Path
) -> None:
    """The era offer ("This car is from 1991: judge it by the 1990 rules?") does not ask
    again about rules the file's maker chose; a year typed into another era's is asked
    about again, and the rules stay as chosen until answered."""
    path = tmp_path / "beat.kei.json"
    files.save_build(changed(default_build(), {"year": 1991, "judged_by": "1998"}), path)
    window = main_window_factory()
    window.open_path(path)
    offer = window._era_offer
    assert window.document.era == "1998" and offer.offered_era is None
    year = window.body_panel.year
    focus(qtbot, year)
    year.selectAll()
    for key in (Qt.Key.Key_1, Qt.Key.Key_9, Qt.Key.Key_8, Qt.Key.Key_0, Qt.Key.Key_Return):
        press(key)
    assert window.document.build.year == 1980
    assert window.document.era == "1998"  # the user's choice stays
    assert offer.offered_era == "1976"


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "Undo Rules: 1976"), ("ja", "元に戻す(U) 規格の変更: 1976年(昭和51年)")],
    indirect=["language"],
)
def test_the_undo_step_names_the_rules_chosen(main_window_factory, qtbot, language, said) -> None:
    window = main_window_factory()
    focus(qtbot, _era_box(window))
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    assert window.undo_action.text().replace("&", "") == said


def test_the_era_offers_use_is_a_step_undone_with_the_keys(main_window, qtbot) -> None:
    """Use (the era offer's) is the same kind of step as a choice in the era box."""
    doc = main_window.document
    main_window.open_preset(changed(default_build(), {"name": "From 1991", "year": 1991}))
    offer = main_window._era_offer
    assert offer.offered_era == "1990" and not main_window.isWindowModified()
    focus(qtbot, offer.use_button)
    press(Qt.Key.Key_Space)
    assert doc.era == "1990" and doc.build.judged_by == "1990"
    assert main_window.isWindowModified()
    assert main_window.undo_action.text().endswith("Rules: 1990")
    focus(qtbot, _era_box(main_window))
    press(Qt.Key.Key_Z, CTRL)
    assert doc.era == "1998" and not main_window.isWindowModified()
    assert offer.offered_era == "1990"  # asked again: the answer was taken back


def test_reset_all_and_its_undo_take_the_rules_with_the_car(main_window, qtbot) -> None:
    doc = main_window.document
    focus(qtbot, _era_box(main_window))
    press(Qt.Key.Key_Up)  # 1990
    press(Qt.Key.Key_Up)  # 1976
    doc.change({"engine.cylinders": 4}, "Change cylinders")
    before = doc.build
    press(Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert doc.era == "1998" and doc.build == default_build()
    press(Qt.Key.Key_Z, CTRL)
    assert doc.build == before and doc.era == "1976"
    assert _era_box(main_window).currentData() == "1976"


def test_a_file_naming_rules_keiconfig_does_not_know_is_said_and_changes_nothing(
    main_window, dialogs, qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "future.kei.json"
    data = default_build().to_json_dict()
    data["judged_by"] = "2030"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = main_window.document.build
    dialogs.open_answer = str(path)
    focus(qtbot, _era_box(main_window))
    press(Qt.Key.Key_O, CTRL)
    ((_, message),) = dialogs.errors
    assert '"judged_by" must be one of "1949", "1950", "1951", "1955", "1976", "1990", "1998"' in (
        message
    )
    assert 'found "2030"' in message
    assert main_window.document.build is before and main_window.document.path is None
    dialogs.errors.clear()


def _kei_legal_heading(window):
    table = window.compare_tools.compare_panel.table
    (row,) = [
        r
        for r in range(table.rowCount())
        if window.compare_tools.compare_panel._rows[r].field == "compliance_ok"
    ]
    return table.verticalHeaderItem(row)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", ("Kei-legal\n(1976 rules)", "Kei-legal\n(1990 rules)")),
        ("ja", ("軽規格適合\n(1976年の規格)", "軽規格適合\n(1990年の規格)")),
    ],
    indirect=["language"],
)
def test_the_comparison_names_the_rules_its_kei_legal_row_judges_by(
    main_window, qtbot, language, said
) -> None:
    """A teacher pins students' files saved judged by different rules: the Comparison
    judges every build by the rules the open build is judged by, and its row says which
    (it said "Kei-legal: yes" under each, the 1990 student's build judged by 1976's rules
    unsaid; audit6)."""
    student = changed(default_build(), {"name": "Student 1990", "judged_by": "1990"})
    window = main_window
    window.compare_tools.show_comparison()
    window.compare_tools.compare_panel.add_build(student.name, student, "student.kei.json")
    box = focus(qtbot, _era_box(window))
    press(Qt.Key.Key_Up)  # 1990
    press(Qt.Key.Key_Up)  # 1976
    press(Qt.Key.Key_D, CTRL)  # the open build beside the student's
    assert len(window.compare_tools.compare_panel.entries) == 2
    heading = _kei_legal_heading(window)
    assert heading.text() == said[0]
    assert "Since Jan 1976" in heading.toolTip() or "1976年" in heading.toolTip()
    focus(qtbot, box)
    press(Qt.Key.Key_Z, CTRL)  # the rules before: the row follows
    assert _kei_legal_heading(window).text() == said[1]


def test_a_file_opened_under_other_rules_says_the_rules_it_is_judged_by(
    main_window, dialogs, qtbot, tmp_path: Path
) -> None:
    """A lesson on the 1976 rules opens a student's file: the rules shown changed with the
    file (to the ones it was saved with, or to today's for a file that names none), and the
    status bar only said "Opened ..." (audit6): it says which rules now judge it."""
    saved = tmp_path / "saved-1990.kei.json"
    files.save_build(changed(default_build(), {"judged_by": "1990"}), saved)
    plain_file = tmp_path / "no-rules.kei.json"
    files.save_build(default_build(), plain_file)
    window = main_window
    focus(qtbot, _era_box(window))
    press(Qt.Key.Key_Up)  # 1990
    press(Qt.Key.Key_Up)  # 1976
    dialogs.unsaved_answer = QMessageBox.StandardButton.Discard
    dialogs.open_answer = str(saved)
    press(Qt.Key.Key_O, CTRL)
    assert window.document.era == "1990"
    assert window.statusBar().currentMessage() == (
        "Opened saved-1990.kei.json, judged by the 1990 rules it was saved with."
    )
    dialogs.open_answer = str(plain_file)
    press(Qt.Key.Key_O, CTRL)
    assert window.document.era == "1998"
    assert window.statusBar().currentMessage() == (
        "Opened no-rules.kei.json, judged by the current rules (1998): it names no others."
    )
    dialogs.open_answer = str(plain_file)  # the same rules as before: no word of them
    press(Qt.Key.Key_O, CTRL)
    assert window.statusBar().currentMessage() == "Opened no-rules.kei.json"


@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_the_japanese_era_offer_names_rules_not_a_bare_year(main_window, qtbot, language) -> None:
    """The offer read 'この車は1991年式です。1990で判定しますか?' and its buttons '1990で判定',
    '1998のまま': a bare number, not a year's rules (now 1990年の規格, 1990年で判定; audit6)."""
    main_window.open_preset(changed(default_build(), {"name": "From 1991", "year": 1991}))
    offer = main_window._era_offer
    assert offer.message.text() == "この車は1991年式です。1990年の規格で判定しますか?"
    assert offer.use_button.text().replace("&", "") == "1990年で判定"
    assert offer.keep_button.text().replace("&", "") == "1998年のまま"
    focus(qtbot, offer.use_button)
    press(Qt.Key.Key_Space)
    assert main_window.document.era == "1990"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_shift_f1_on_the_rules_says_they_are_saved_with_the_build(main_window, qtbot) -> None:
    """Shift+F1 then Enter on the Rules box said only the rules' name: nothing told a
    student that a choice is the build's, saved with it and taken back with Ctrl+Z
    (audit6)."""
    from PySide6.QtWidgets import QWhatsThis

    focus(qtbot, _era_box(main_window))
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Return)
    shown = main_window.whats_this.shown
    QWhatsThis.hideText()
    assert shown.startswith("Since Jan 1990 — 3.3 × 1.4 × 2.0 m, 660 cc\n")
    assert "saved with it; Ctrl+Z takes a choice back" in shown
    assert main_window.document.era == "1990"  # Enter asked; it chose nothing


_REAL_BOX_EXEC = QMessageBox.exec  # (conftest's dialogs fixture replaces it in each test)


def _answer_with_keys(monkeypatch, letter: Qt.Key) -> list[str]:
    """The real "Save the changes?" question, answered with Alt+``letter`` pressed where
    its focus is, once it is on screen; returns the titles of questions the key left open
    (closed then, so that the test fails instead of waiting)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from keiconfig.ui import main_window as main_window_module

    monkeypatch.setattr(QMessageBox, "exec", _REAL_BOX_EXEC)
    monkeypatch.setattr(main_window_module, "ask_unsaved_changes", _REAL_ASK_UNSAVED_CHANGES)
    still_open: list[str] = []

    def answer(box: QMessageBox, target: QWidget) -> None:
        QTest.keyClick(target, letter, Qt.KeyboardModifier.AltModifier)
        if box.isVisible() and not any(b.isDown() for b in box.buttons()):
            still_open.append(box.windowTitle())
            box.reject()

    when_question_shown(answer)
    return still_open


@pytest.mark.parametrize(
    ("saved_on", "answer", "next_start"),
    [
        (None, Qt.Key.Key_D, "1998"),  # a new build's rules discarded: today's again
        ("1976", Qt.Key.Key_D, "1976"),  # the file's rules, as saved
        (None, Qt.Key.Key_S, "1990"),  # saved at the close: kept
    ],
)
def test_rules_discarded_at_quit_are_not_the_next_starts(
    main_window_factory, dialogs, monkeypatch, qtbot, tmp_path: Path, saved_on, answer, next_start
) -> None:
    """Rules chosen, then Ctrl+Q and Discard: the next session's new build started on the
    rules discarded (the window remembered the rules shown at the close, changes or not).
    It starts on the rules of the build as it was kept: as saved (or opened, or started
    afresh); a choice of rules saved at the close is kept, as the build is."""
    window = main_window_factory()
    doc = window.document
    focus(qtbot, _era_box(window))
    if saved_on is not None:  # a lesson on the 1976 rules, saved
        press(Qt.Key.Key_Up)  # 1990
        press(Qt.Key.Key_Up)  # 1976
        dialogs.save_answer = str(tmp_path / "lesson.kei.json")
        press(Qt.Key.Key_S, CTRL)
        assert doc.era == saved_on and not doc.modified
        press(Qt.Key.Key_Down)  # 1990
    else:
        press(Qt.Key.Key_Up)  # 1990
    assert doc.era == "1990" and doc.modified
    dialogs.save_answer = str(tmp_path / "at-the-close.kei.json")
    still_open = _answer_with_keys(monkeypatch, answer)
    press(Qt.Key.Key_Q, CTRL)
    assert still_open == []
    assert not window.isVisible()  # quit

    again = main_window_factory()  # the next session (the same settings folder)
    assert again.document.path is None and not again.document.modified
    assert again.document.era == next_start
    assert _era_box(again).currentData() == next_start
