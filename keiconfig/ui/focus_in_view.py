"""The control the keys go to is scrolled into view, wherever the keys came from.

A scroll area (the controls column, the dashboard, a dock's contents) scrolls to a control
Tab moves to inside it, but only when Tab started inside it too (QScrollArea's own
focusNextPrevChild). Tab from the dashboard's last stop to the first of the controls
column (the era offer's "Use 1990 rules", at its top) left the column scrolled to its
bottom, where the person had been: the focus was on a button out of sight (seen at
1280x720 with a desktop's 10 pt text, English and Japanese). Here, whenever the focus
comes to a control by the keys, every scroll area round it scrolls to show it, as Qt's
own Tab inside the area does (with its margins). A click is left alone: the control
is under the mouse already, and scrolling then would move it away from it.

So too a dock behind another's tab (the Classroom and the Comparison share a column as
tabs at 1280x720 in projector mode): Tab from the Classroom's last change went on into
the Comparison's plot, buttons and table, all behind the Classroom's page, five stops
with the focus nowhere on screen. The dock the keys go into comes to the front.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QScrollArea, QWidget


def show_focus(_old: QWidget | None, new: QWidget | None) -> None:
    """``QApplication.focusChanged``'s slot: ``new`` scrolled into view in each scroll
    area round it (innermost first), unless a mouse button is down."""
    if new is None or QApplication.mouseButtons() != Qt.MouseButton.NoButton:
        return
    _to_the_front(new)
    w = new.parentWidget()
    while w is not None:
        if isinstance(w, QScrollArea) and w.widget() is not None:
            view = w.viewport()
            shown = QRect(new.mapTo(view, QPoint(0, 0)), new.size())
            if not view.rect().contains(shown):
                w.ensureWidgetVisible(new)
        w = w.parentWidget()


def _to_the_front(widget: QWidget) -> None:
    """The dock round ``widget``, if behind another's tab, brought to the front."""
    w: QWidget | None = widget
    while w is not None and not isinstance(w, QDockWidget):
        w = w.parentWidget()
    if w is None or w.isFloating():
        return
    window = w.parentWidget()
    behind = isinstance(window, QMainWindow) and window.tabifiedDockWidgets(w)
    if behind and w.visibleRegion().isEmpty():
        w.raise_()


_installed = False


def install(app: QApplication) -> None:
    """:func:`show_focus` follows the focus in ``app`` (once, however many windows)."""
    global _installed
    if not _installed:
        app.focusChanged.connect(show_focus)
        _installed = True
