"""Names and paths from other people are shown as text, never as markup (issue 11, item 3).

A build named ``x<br><b>Press DISCARD to keep your changes.</b>`` or ``<a href=…>`` must
not rewrite a question, add a link or restyle a legend: every label that shows such a
string is plain text, and every tooltip shows it escaped.
"""

from __future__ import annotations

import datetime
from pathlib import Path

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
