"""A plot painted with its window's frame (plot_kit.paint_with_window) goes when it is
deleted: with it its plot item and the item's "Plot Options" menu, a parentless top-level
widget (and six submenus; the view box's menu is another) that every later font, palette
and language change of the application visits."""

from __future__ import annotations

import gc
import weakref

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from keiconfig.ui import plot_kit, refresh


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
