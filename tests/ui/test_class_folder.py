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


def test_table_matches_keiconfig_rank(main_window, class_folder, monkeypatch):
    monkeypatch.setattr(compare_tools, "ask_class_folder", lambda parent, start: str(class_folder))
    main_window.compare_tools.class_folder_action.trigger()
    dialog = main_window.compare_tools.class_dialog
    assert dialog is not None and dialog.isVisible()
    expected = ranking.rank_folder(class_folder)
    table = dialog.table
    assert table.rowCount() == len(expected)
    for r, row in enumerate(expected):
        assert table.item(r, 0).text() == ("" if row.rank is None else str(row.rank))
        assert table.item(r, 1).text() == row.file
    broken = [r for r, row in enumerate(expected) if row.error is not None]
    assert broken and "broken.json" in table.item(broken[0], 4).text()


def test_top_builds_go_on_the_comparison(main_window, class_folder):
    tools = main_window.compare_tools
    tools.open_class_folder(str(class_folder))
    ranked = [r for r in ranking.rank_folder(class_folder) if r.rank is not None][:4]
    names = [e.name for e in tools.compare_panel.entries]
    assert len(names) == len(ranked)
    assert all(row.name in name for row, name in zip(ranked, names, strict=True))
    assert tools.compare_dock.isVisible()


def test_rank_by_another_figure(main_window, class_folder):
    dialog = main_window.compare_tools.open_class_folder(str(class_folder))
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
    dialog.show()
    qtbot.wait(10)
    assert not dialog.table.horizontalScrollBar().isVisible()
