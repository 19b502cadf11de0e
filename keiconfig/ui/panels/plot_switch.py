"""The plots' switch where their tabs gave way: a small "Plots" button in the plot's own
corner, its menu naming each plot.

Where the plots take turns (plots_panel: TABS) their tabs are a line over the plot shown.
At the dashboard's two poorest levels (a window as small as it goes: 1024x600 in
projector mode) that line gave way, and only Ctrl+PageDown in the speed plot reached the
torque and gearing plots: a mouse (a teacher at a projector) could not. A line taken back
from the plot made it too short for what it carries (the speed axis's title, the 100 km/h
line's name clear of the gear numbers: tests/ui/test_plot_room.py), and a line added to
the window made it taller than its least (tests/ui/test_framed_small_screen.py). This
takes neither: it stands where the plot has nothing, at its bottom left, under the left
axis and in the row of the bottom axis's title, below that axis's numbers and left of its
title (:func:`corner`).

It takes the Tab key's focus (not a click's: the focus stays in the plots); Space, Return
or Alt+Down opens its menu, whose arrows and Return choose. Its text is the panel's, as
large as the axes' titles beside it (projector mode enlarges both).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QMenu,
    QStyle,
    QStyleOption,
    QStyleOptionToolButton,
    QToolButton,
    QWidget,
)


class PlotSwitch(QToolButton):
    """A button whose menu chooses the plot shown (:attr:`chosen`: the plot's index, as
    the tabs count them)."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("plotSwitch")
        # Tab reaches it; a click leaves the focus where it was (in the plots: the plot
        # shown takes it when its plot is hidden, plots_panel._tab_chosen)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.menu_of_plots = QMenu(self)
        self.menu_of_plots.setObjectName("plotSwitchMenu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._names: list[str] = []
        self._current = 0
        self._shown_as = "%s"
        self.clicked.connect(self.open_menu)
        self.hide()

    def set_plots(self, names: list[str], label: str, tip: str, shown_as: str) -> None:
        """The plots' names (in the tabs' order), the button's own word (``label``), its
        tooltip, and its accessible name with ``%s`` for the plot shown."""
        self._shown_as = shown_as
        # (its size is the plots panel's to set, in the plot's corner: no layout asked)
        if label != self.text():
            self.setText(label)
        if tip != self.toolTip():
            self.setToolTip(tip)
            self.setWhatsThis(tip)
            self.setAccessibleDescription(tip)
        if names != self._names:
            self._names = list(names)
            self.menu_of_plots.clear()
            for action in self._group.actions():
                self._group.removeAction(action)
            for i, name in enumerate(names):
                action = QAction(name, self.menu_of_plots)
                action.setCheckable(True)
                action.setData(i)
                action.triggered.connect(lambda _=False, i=i: self.chosen.emit(i))
                self._group.addAction(action)
                self.menu_of_plots.addAction(action)
        self.set_current(self._current)

    def set_current(self, index: int) -> None:
        """The plot shown now (its menu item checked; its name in the accessible name)."""
        self._current = index
        actions = self.menu_of_plots.actions()
        if 0 <= index < len(actions):
            if not actions[index].isChecked():
                actions[index].setChecked(True)
            name = self._shown_as % self._names[index]
            if name != self.accessibleName():
                self.setAccessibleName(name)

    def open_menu(self) -> None:
        """The menu of plots, over the button (it stands at the plot's bottom), the plot
        shown ticked and chosen first for the arrows."""
        menu = self.menu_of_plots
        actions = menu.actions()
        if not actions:
            return
        at = self.mapToGlobal(QPoint(0, 0)) - QPoint(0, menu.sizeHint().height())
        menu.popup(at)
        if 0 <= self._current < len(actions):
            menu.setActiveAction(actions[self._current])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        alt = mods == Qt.KeyboardModifier.AltModifier
        if (plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)) or (
            (plain or alt) and key == Qt.Key.Key_Down
        ):
            event.accept()
            self.open_menu()
            return
        super().keyPressEvent(event)  # (Space clicks it; Ctrl+PageDown goes on to the panel)

    # -- its look: one line of the panel's text, a small arrow after it -------------------
    def _pad(self) -> int:
        return max(2, self.fontMetrics().height() // 4)

    def _arrow(self) -> int:
        return max(6, self.fontMetrics().height() // 2)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = fm.horizontalAdvance(self.text()) + self._arrow() + 3 * self._pad()
        return QSize(width, fm.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        style = self.style()
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.state |= QStyle.StateFlag.State_Raised  # a button at rest too, not flat text
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelButtonTool, option, painter, self)
        pad, arrow = self._pad(), self._arrow()
        text_rect = self.rect().adjusted(pad, 0, -(arrow + 2 * pad), 0)
        painter.setPen(self.palette().buttonText().color())
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            | int(Qt.TextFlag.TextDontClip),
            self.text(),
        )
        mark = QStyleOption()
        mark.initFrom(self)
        mark.rect = QRect(
            self.width() - pad - arrow, (self.height() - arrow) // 2 + 1, arrow, arrow
        )
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorArrowDown, mark, painter, self)
        if self.hasFocus():
            focus = QStyleOption()
            focus.initFrom(self)
            focus.rect = self.rect().adjusted(1, 1, -1, -1)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self)


def plot_view(widget: QWidget) -> pg.PlotWidget | None:
    """The plot (a pyqtgraph view) of a plots' page's first widget: the widget itself, or
    the one plot inside it (the gearing plot's)."""
    if isinstance(widget, pg.PlotWidget):
        return widget
    inner = widget.findChildren(pg.PlotWidget)
    return inner[0] if inner else None


def corner(plot: pg.PlotWidget, want: QSize) -> QRect:
    """Where the switch goes in ``plot``'s viewport, ``want`` its size: at the bottom left,
    in the row of the bottom axis's title, below that axis's numbers and left of the
    title (a place the plot leaves empty: its left axis ends above it, its numbers and
    title are right of it). Narrower than ``want`` where the title comes nearer (never
    over it); as tall as the row is, up to ``want``."""
    view = plot.viewport()
    axis = plot.getPlotItem().getAxis("bottom")
    axis_rect = plot.mapFromScene(axis.sceneBoundingRect()).boundingRect()
    # the axis's numbers: from its top, past the ticks' length and offset
    numbers = (
        axis.style["tickTextOffset"][1]
        + max(0, axis.style["tickLength"])
        + int(getattr(axis, "textHeight", 0))
    )
    top = axis_rect.top() + numbers if axis.style.get("showValues", True) else axis_rect.top()
    bottom = min(view.height(), axis_rect.bottom() + 1)
    top = max(top, bottom - want.height())
    right = view.width()
    if axis.label.isVisible() and axis.label.toPlainText():
        title = plot.mapFromScene(axis.label.sceneBoundingRect()).boundingRect()
        margin = int(axis.label.document().documentMargin())
        right = min(right, title.left() + margin - max(2, want.height() // 4))
    width = max(min(want.width(), right), 0)
    return QRect(0, top, width, max(bottom - top, 0))
