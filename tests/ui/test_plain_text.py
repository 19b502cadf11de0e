"""Names and paths from other people are shown as text, never as markup (issue 11, item 3).

A build named ``x<br><b>Press DISCARD to keep your changes.</b>`` or ``<a href=…>`` must
not rewrite a question, add a link or restyle a legend: every label that shows such a
string is plain text, and every tooltip shows it escaped.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from keiconfig.core import files, performance, presets
from keiconfig.core.build import changed, default_build
from keiconfig.ui import errors, plain
from keiconfig.ui import main_window as main_window_module
from keiconfig.ui.autosave import Orphan
from keiconfig.ui.compare_panel import CompareLegend
from keiconfig.ui.race_view import RacePanel
from keiconfig.ui.recovery_dialog import RecoveryDialog
from tests.ui.timers import run_window_timers

HOSTILE = "x<br><b>Press DISCARD to keep your changes.</b>"
LINK = '<a href="https://example.invalid/">click me</a>'
# The real functions, taken before the test fixtures answer them.
ASK_UNSAVED = main_window_module.ask_unsaved_changes


def shows_literally(label: QLabel | QMessageBox, text: str) -> bool:
    return label.textFormat() == Qt.TextFormat.PlainText and text in label.text()


def tooltip_shows(tip: str, text: str) -> bool:
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText().replace("\u2028", "\n") == text


def test_the_unsaved_changes_question_shows_the_name_as_text(main_window, monkeypatch) -> None:
    seen: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box)
        return QMessageBox.StandardButton.Cancel.value

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert ASK_UNSAVED(main_window, HOSTILE) == QMessageBox.StandardButton.Cancel
    (box,) = seen
    assert shows_literally(box, HOSTILE)


def test_error_messages_and_questions_are_plain_text(monkeypatch) -> None:
    box = errors.user_error_box(None, "Could not open", f"{LINK}.kei.json: broken.")
    assert shows_literally(box, LINK)
    asked: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda b: asked.append(b) or 0)
    errors.ask(
        None, "Revert", HOSTILE, QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Ok
    )
    assert shows_literally(asked[0], HOSTILE)


def test_the_recovery_dialog_shows_name_and_path_as_text(qtbot) -> None:
    build = changed(default_build(), {"name": HOSTILE})
    orphan = Orphan(
        slot="1-x",
        folder=Path("."),
        build=build,
        name=HOSTILE,
        saved_at=datetime.datetime.now().astimezone(),
        original_path=Path(f"/home/{LINK}/car.kei.json"),
        modified=True,
        era=None,
        pid=None,
        _lock=None,
    )
    dialog = RecoveryDialog(orphan)
    qtbot.addWidget(dialog)
    assert shows_literally(dialog.intro_label, HOSTILE)
    assert shows_literally(dialog.name_label, HOSTILE)
    assert shows_literally(dialog.file_label, str(orphan.original_path))
    assert "<a href=" in dialog.file_label.text()


def test_the_comparison_legend_shows_names_as_text(qtbot) -> None:
    legend = CompareLegend()
    qtbot.addWidget(legend)
    legend.set_entries([(HOSTILE, QColor("red"), Qt.PenStyle.SolidLine)])
    assert shows_literally(legend.names[0], HOSTILE)


def test_the_finishing_order_shows_names_as_text(qtbot) -> None:
    panel = RacePanel()
    qtbot.addWidget(panel)
    beat = presets.load_preset("honda-beat-1991")
    panel.set_cars(
        [(HOSTILE, performance.evaluate(beat.build)), (LINK, performance.evaluate(beat.build))]
    )
    panel.advance(1000.0)
    assert shows_literally(panel.result_label, HOSTILE)
    assert LINK in panel.result_label.text()


def test_recent_files_menu_shows_file_names_as_text(main_window, tmp_path) -> None:
    folder = tmp_path / "<b>bold & co"
    folder.mkdir()
    path = folder / "A&B <i>.kei.json"
    files.save_build(default_build(), path)
    assert main_window.open_path(path, ask=False)
    main_window._fill_recent_menu()
    action = main_window.recent_menu.actions()[0]
    assert action.text() == "&1 A&&B <i>.kei.json"
    assert tooltip_shows(action.toolTip(), str(path))


def test_tooltips_show_their_text_exactly() -> None:
    for text in (HOSTILE, LINK, "a\nb & <c>", "plain"):
        assert tooltip_shows(plain.tooltip(text), text)


def test_no_label_anywhere_in_the_window_renders_a_name_as_markup(main_window, qtbot) -> None:
    """The sweep: a build with a hostile name is opened, pinned twice, raced, its era
    changed; every label of the window and its docks that shows the name is plain text."""
    doc = main_window.document
    doc.change({"name": HOSTILE}, "Rename")
    tools = main_window.compare_tools
    assert tools.pin_current()
    doc.change({"body.length_mm": 3300}, "Shorter")
    assert tools.pin_current()
    tools.race()
    tools.race_panel.advance(1000.0)
    qtbot.wait(10)  # the window system's events
    run_window_timers(main_window)  # and the timers, fired
    labels = [w for w in main_window.findChildren(QLabel) if "Press DISCARD" in w.text()]
    assert len(labels) >= 3  # the legend twice, the pin message, the finishing order
    rich = [
        f"{w.parent().metaObject().className()}>{w.accessibleName() or w.objectName()}"
        for w in labels
        if w.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == []
    # Tooltips that quote the name show it escaped (widgets, and the comparison's headers).
    tips = [w.toolTip() for w in main_window.findChildren(QWidget)]
    table = tools.compare_panel.table
    tips += [table.horizontalHeaderItem(c).toolTip() for c in range(table.columnCount())]
    quoting = [t for t in tips if "Press DISCARD" in t]
    assert quoting
    for tip in quoting:  # escaped: shown as the text it is
        assert "&lt;b&gt;" in tip and "<b>" not in tip, tip


# A stranger's file: its name hides its extension behind a right-to-left override, and the
# build's name carries an override, a line break and a terminal colour.
TWISTED_FILE = "photo\u202egnp.kei.json"
TWISTED = "Car\u202eRLO\nsecond line\x1b[31m"
RAW = ("\u202e", "\n", "\x1b")


def test_a_twisted_name_cannot_turn_the_windows_words_round(
    main_window, qtbot, tmp_path, dialogs, monkeypatch
) -> None:
    """Opened, pinned twice, raced, autosaved and offered back, saved over a changed file
    and ranked in a class folder: wherever the window puts the build's or the file's name
    into its own words (the title, the status bar, the recent files, the comparison, the
    race, the questions, the recovery dialog, the class folder), the override, the line
    break and the escape are shown as escapes (as the command line shows them), so the
    window's own words keep their order and the file's real extension shows."""
    from keiconfig.ui import file_guard
    from keiconfig.ui.class_folder import ClassFolderDialog

    path = tmp_path / TWISTED_FILE
    files.save_build(changed(default_build(), {"name": TWISTED}), path)
    assert main_window.open_path(path, ask=False)
    seen: list[str] = [main_window.windowTitle(), main_window.statusBar().currentMessage()]
    assert main_window.windowTitle().endswith(")[*] — keiconfig")
    assert "(photo\\u202egnp.kei.json)" in main_window.windowTitle()
    recent = main_window.recent_menu.actions()[0]
    assert recent.text() == "&1 photo\\u202egnp.kei.json"
    seen += [recent.toolTip(), recent.statusTip()]

    tools = main_window.compare_tools
    assert tools.pin_current() and tools.pin_current()
    panel = tools.compare_panel
    message = panel.message.text().replace("\u200b", "")  # where it may wrap
    assert message == "Pinned “Car\\u202eRLO\\nsecond line\\x1b[31m (2)”."
    tools.race()
    tools.race_panel.advance(1000.0)
    seen += [label.text() for label in [*panel.legend.names, panel.message]]
    seen += [tools.race_panel.result_label.text()]
    from keiconfig.ui import compare_tools

    monkeypatch.setattr(compare_tools, "ask_compare_file", lambda parent, start: str(path))
    assert tools.add_file()  # Compare > Add File...: its heading's tooltip names the file
    tip = panel.table.horizontalHeaderItem(2).toolTip()
    assert "From: " in tip and "photo\\u202egnp.kei.json" in tip
    seen.append(tip)

    # Someone else saves the file; this window's save asks, naming the file.
    main_window.document.change({"body.length_mm": 3300}, "Shorter")
    files.save_build(changed(default_build(), {"name": "Theirs"}), path)
    asked: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box) or 0)
    assert file_guard.ask_save_conflict(main_window, path.name) == file_guard.CANCEL
    assert "“photo\\u202egnp.kei.json” was changed" in asked[0].text()
    seen += [box.text() for box in asked]
    seen.append(main_window.file_guard.bar.label.text())

    orphan = Orphan("1-x", tmp_path, main_window.document.build, TWISTED, None, path, True,
                    None, None, None)  # fmt: skip
    dialog = RecoveryDialog(orphan)
    qtbot.addWidget(dialog)
    assert "“Car\\u202eRLO\\nsecond line\\x1b[31m” was saved." in dialog.intro_label.text()
    seen += [dialog.intro_label.text(), dialog.name_label.text(), dialog.file_label.text()]

    folder = ClassFolderDialog(tmp_path, era="1998")
    qtbot.addWidget(folder)
    folder.refresh()
    folder.wait()
    cells = [folder.table.item(r, c).text() for r in range(folder.table.rowCount())
             for c in range(folder.table.columnCount())]  # fmt: skip
    assert "photo\\u202egnp.kei.json" in cells and "Theirs" in cells
    seen += cells

    # A file that cannot be read: the error names it escaped too.
    broken = tmp_path / "cut\u202enosj.kei.json"
    broken.write_text("{")
    assert not main_window.open_path(broken, ask=False)
    seen += [message for _title, message in dialogs.errors]
    assert "cut\\u202enosj.kei.json: the file ends too early" in dialogs.errors[-1][1]

    leaked = [text for text in seen if any(c in text for c in RAW)]
    assert leaked == []


def test_a_name_with_the_title_bars_modified_mark_shows_as_written(main_window, tmp_path) -> None:
    """Qt takes "[*]" in a window's title for the place of the modified mark: a build named
    "Mk2 [*]" in a file "v[*].kei.json" showed as "Mk2 (v.kei.json)", and as "Mk2 *
    (v*.kei.json)*" once changed. The title shown (the window system's) keeps them."""
    path = tmp_path / "v[*].kei.json"
    files.save_build(changed(default_build(), {"name": "Mk2 [*]"}), path)
    assert main_window.open_path(path, ask=False)
    shown = main_window.windowHandle().title
    assert shown() == "Mk2 [*] (v[*].kei.json) — keiconfig"
    main_window.document.change({"body.length_mm": 3300}, "Shorter")
    assert shown() == "Mk2 [*] (v[*].kei.json)* — keiconfig"


def test_a_name_with_nothing_visible_is_shown_as_escapes(main_window, qtbot, tmp_path) -> None:
    """A build handed in named with zero-width spaces only (or spaces only) opened with a
    title '(blank.kei.json) — keiconfig', was pinned as 'Pinned “”.' with an empty legend
    and an empty column heading, and ranked in the class folder as an empty cell. Its
    name is now written as escapes there, as the command line writes a control character:
    '\\u200b\\u200b', '\\x20\\x20\\x20'."""
    from keiconfig.ui.class_folder import ClassFolderDialog

    for name, seen in (("\u200b\u200b", "\\u200b\\u200b"), ("   ", "\\x20\\x20\\x20")):
        path = tmp_path / "blank.kei.json"
        files.save_build(changed(default_build(), {"name": name}), path)
        assert main_window.open_path(path, ask=False)
        assert main_window.windowTitle().startswith(f"{seen} (blank.kei.json)[*]")
        tools = main_window.compare_tools
        assert tools.pin_current()
        panel = tools.compare_panel
        assert panel.message.text().replace("\u200b", "") == f"Pinned “{seen}”."
        assert seen in [label.text().replace("\u200b", "") for label in panel.legend.names]
        heading = panel.table.horizontalHeaderItem(panel.table.columnCount() - 1).text()
        assert heading.replace("\u200b", "") == seen
        folder = ClassFolderDialog(tmp_path, era="1998")
        qtbot.addWidget(folder)
        folder.refresh()
        folder.wait()
        cells = [folder.table.item(0, c).text() for c in range(folder.table.columnCount())]
        assert seen in cells, cells


def test_a_name_with_invisible_characters_cannot_pass_for_another(
    main_window, qtbot, tmp_path
) -> None:
    """A stranger's build named 'Mark\\u200dII\\ufeff' (a joiner between Latin letters, a
    byte order mark) in a file 'Mark\\u00adII.kei.json' (a soft hyphen) read 'MarkII'
    and 'MarkII.kei.json' in the title, the recent files, the comparison, the race and the
    class folder: the same as a classmate's 'MarkII'. They are written as escapes there,
    as a right-to-left override is; the file keeps the name as it was written."""
    from keiconfig.ui.class_folder import ClassFolderDialog

    name, seen = "Mark\u200dII\ufeff", "Mark\\u200dII\\ufeff"
    path = tmp_path / "Mark\u00adII.kei.json"
    files.save_build(changed(default_build(), {"name": name}), path)
    files.save_build(changed(default_build(), {"name": "MarkII"}), tmp_path / "MarkII.kei.json")
    assert main_window.open_path(path, ask=False)
    title = main_window.windowTitle()
    assert title.startswith(f"{seen} (Mark\\xadII.kei.json)[*]"), title
    recent = main_window.recent_menu.actions()[0].text()
    assert recent == "&1 Mark\\xadII.kei.json"
    tools = main_window.compare_tools
    assert tools.pin_current()
    panel = tools.compare_panel
    tools.race()
    tools.race_panel.advance(1000.0)
    texts = [title, recent, panel.message.text(), tools.race_panel.result_label.text()]
    texts += [label.text() for label in panel.legend.names]
    texts += [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    folder = ClassFolderDialog(tmp_path, era="1998")
    qtbot.addWidget(folder)
    folder.refresh()
    folder.wait()
    texts += [folder.table.item(r, c).text() for r in range(folder.table.rowCount())
              for c in range(folder.table.columnCount())]  # fmt: skip
    assert [t for t in texts if any(c in t for c in "\u200d\ufeff\u00ad")] == []
    assert seen in texts and "MarkII" in texts and "Mark\\xadII.kei.json" in texts
    # (a label may break a long name at the window's own zero-width spaces)
    assert any(seen in t.replace("\u200b", "") for t in texts[2:4])
    assert main_window.document.build.name == name  # kept as written


@pytest.mark.desktop
def test_the_name_box_says_how_a_name_with_hidden_characters_is_written(
    main_window, qtbot, tmp_path
) -> None:
    """A stranger's build named 'evil\\u202egnp.kei.json' read 'evilnosj.iek.png' in the
    Name box (its override turns the box's text round), and 'Mark\\u200bII' read 'MarkII':
    only the title bar told them apart. Under the box, a plain-text line now says the
    name holds such characters and how the window writes it; a name typed over it with
    the keys takes the line away, and a zero-width space pasted at its end brings it
    back. The box holds the name as written."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.keys import focus, press, type_text

    panel = main_window.body_panel
    hint = panel.name_hidden
    assert not hint.isVisible()
    path = tmp_path / "a.kei.json"
    files.save_build(changed(default_build(), {"name": "evil\u202egnp.kei.json <b>x</b>"}), path)
    assert main_window.open_path(path, ask=False)
    QApplication.processEvents()
    assert panel.name.text() == "evil\u202egnp.kei.json <b>x</b>"
    assert hint.isVisible() and hint.textFormat() == Qt.TextFormat.PlainText
    assert "“evil\\u202egnp.kei.json <b>x</b>”" in hint.text().replace("\u200b", "")
    assert "\u202e" not in hint.text()
    focus(qtbot, panel.name)
    panel.name.selectAll()
    type_text("Mark II")
    press(Qt.Key.Key_Return)
    assert main_window.document.build.name == "Mark II" and not hint.isVisible()
    focus(qtbot, panel.name)
    press(Qt.Key.Key_End)
    QApplication.clipboard().setText("\u200b")  # pasted (no key types it)
    press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Return)
    assert main_window.document.build.name == "Mark II\u200b"
    assert hint.isVisible() and "“Mark II\\u200b”" in hint.text().replace("\u200b", "")


@pytest.mark.desktop
def test_lines_pasted_into_the_name_box_make_one_line_and_a_files_name_stays(
    main_window, qtbot, tmp_path
) -> None:
    """A title copied from a document ('Beat Mk2' over two lines, a tab) and pasted into
    the Name box became a name with a line break and a tab, written '\\n' and '\\t' in the
    title bar and the class folder, and saved so. Pasted lines are one line of words now,
    as a web form's box makes them. A stranger's file named with a line break keeps it
    when the box is only passed through with Tab (nothing typed: no rename, no undo
    step)."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.keys import focus, press

    panel = main_window.body_panel
    doc = main_window.document
    focus(qtbot, panel.name)
    panel.name.selectAll()
    QApplication.clipboard().setText("Beat \r\n\r\n Mk2\tturbo\u2028red")
    press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Return)
    assert doc.build.name == "Beat Mk2 turbo red"
    path = tmp_path / "theirs.kei.json"
    files.save_build(changed(default_build(), {"name": "Theirs\nline two"}), path)
    assert main_window.open_path(path, ask=False)
    focus(qtbot, panel.name)
    press(Qt.Key.Key_Tab)
    assert doc.build.name == "Theirs\nline two"
    assert doc.undo_stack.count() == 0 and not doc.modified
