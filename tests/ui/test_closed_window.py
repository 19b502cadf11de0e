"""A plot painted with its window's frame (plot_kit.paint_with_window) goes when it is
deleted: with it its plot item and the item's "Plot Options" menu, a parentless top-level
widget (and six submenus; the view box's menu is another) that every later font, palette
and language change of the application visits."""

from __future__ import annotations

import ast
import gc
import weakref
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

import keiconfig
from keiconfig.ui import plot_kit, refresh
from keiconfig.ui.soon import soon


def _parentless_menus() -> int:
    return sum(
        1 for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.parent() is None
    )


def test_a_deleted_plot_and_its_menu_go_with_it(qtbot):
    gc.collect()
    menus_before = _parentless_menus()
    window = QWidget()
    window.resize(400, 300)
    views = [pg.PlotWidget(window) for _ in range(3)]
    for view in views:
        plot_kit.paint_with_window(view)
    window.show()
    qtbot.waitExposed(window)
    assert _parentless_menus() >= menus_before + 3  # (the view boxes' menus are parentless too)
    gone = [weakref.ref(v) for v in views] + [weakref.ref(v.getPlotItem()) for v in views]
    gone += [weakref.ref(v.getPlotItem().ctrlMenu) for v in views]
    del views, view
    window.close()
    window.deleteLater()
    del window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert sum(ref() is not None for ref in gone) == 0
    assert _parentless_menus() == menus_before


def test_plots_made_later_still_paint_with_their_window(qtbot):
    """The frame runs plot_kit's painting once however often its plots came and went."""
    after = refresh.frame().after_flush
    for _ in range(3):
        window = QWidget()
        plot_kit.paint_with_window(pg.PlotWidget(window))
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        refresh.frame().flush()
    assert after.count(plot_kit._scenes_together) == 1


def test_a_closed_main_window_is_freed(qtbot):
    """A main window closed and deleted with calls still pending (the status bar's hint
    after projector mode went on and off, the docks' room after it grew) is freed with all
    its widgets. ``QTimer.singleShot(0, window, call)`` kept each such call, and with it
    the window, for good when the window went first (keiconfig.ui.soon): every closed
    window of a session stayed in memory, and every language switch, which visits all
    the application's widgets, visited its thousands of widgets too."""
    from keiconfig.ui.main_window import MainWindow
    from keiconfig.ui.settings import Settings

    window = MainWindow(settings=Settings())
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.classroom.projector_action.setChecked(True)
    window.classroom.projector_action.setChecked(False)
    window.resize(1280, 820)
    window.document.undo_stack.setClean()  # (no "save changes?")
    window.close()
    window.deleteLater()
    freed = weakref.ref(window)
    del window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert freed() is None


def test_a_soon_call_comes_in_its_turn_or_goes_with_its_object(qtbot):
    """soon: called after the events posted before it and before those posted after it,
    as a zero-time single shot is; never called, and let go of, once its object is gone."""
    context = QObject()
    calls: list[str] = []
    QTimer.singleShot(0, context, lambda: calls.append("before"))
    soon(context, lambda: calls.append("soon"))
    QTimer.singleShot(0, context, lambda: calls.append("after"))
    QCoreApplication.sendPostedEvents()
    assert calls == ["before", "soon", "after"]

    class Held:
        def call(self) -> None:
            calls.append("gone")

    held = Held()
    soon(context, held.call)
    let_go = weakref.ref(held)
    del held
    context.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.sendPostedEvents()
    gc.collect()
    assert let_go() is None
    assert calls == ["before", "soon", "after"]


def test_the_app_makes_no_single_shot_with_a_context():
    """``QTimer.singleShot(ms, context, call)`` keeps ``call`` for good once ``context`` is
    deleted first (PySide6 6.11; see keiconfig.ui.soon): one such call in the app brings
    back the closed windows kept alive. The app posts through ``soon`` instead."""
    package = Path(keiconfig.__file__).parent
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "singleShot"
                and len(node.args) + len(node.keywords) >= 3
            ):
                found.append(f"{path.relative_to(package)}:{node.lineno}")
    assert found == [], f"use keiconfig.ui.soon.soon (or a QTimer the object owns): {found}"


def test_a_closed_dialog_is_not_kept_by_its_window(main_window, monkeypatch):
    """A dialog of the window (the preset gallery, a question, the recovery dialog),
    answered and closed, goes: each was kept as a hidden child of the window for
    the rest of the session, with all its widgets (the gallery: a row per preset), which
    every later font, palette and language change visited."""
    import datetime
    from pathlib import Path

    from PySide6.QtWidgets import QDialog, QMessageBox

    from keiconfig.core import presets
    from keiconfig.ui import errors, file_guard
    from keiconfig.ui.autosave import Orphan
    from keiconfig.ui.preset_gallery import PresetGallery
    from keiconfig.ui.recovery_dialog import ask_recovery

    answered: list[str] = []

    def answer(dialog: QDialog) -> int:  # a person's answer: the dialog closes
        answered.append(type(dialog).__name__)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "exec", answer)
    build = presets.load_preset("honda-beat-1991").build
    orphan = Orphan(
        slot="x", folder=Path("."), build=build, name="Beat.kei.json",
        saved_at=datetime.datetime.now().astimezone(), original_path=None, modified=True,
        era=None, pid=None, _lock=None,
    )  # fmt: skip
    before = len(QApplication.allWidgets())
    PresetGallery.choose(main_window)
    errors.ask(main_window, "Question", "Sure?", QMessageBox.StandardButton.Yes,
               QMessageBox.StandardButton.Yes)  # fmt: skip
    file_guard.ask_save_conflict(main_window, "My kei car")
    file_guard.ask_replace_existing(main_window, "My kei car")
    ask_recovery(main_window, orphan)
    assert len(answered) == 5
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert main_window.findChildren(QDialog) == []
    assert len(QApplication.allWidgets()) == before
