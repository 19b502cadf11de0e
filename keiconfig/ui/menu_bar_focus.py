"""The menu bar shows where the keys are while it has them.

Alt pressed alone, or Escape in an open menu, leaves the keys with the menu bar: the arrows
move along its menus, Down or Enter opens one, Escape gives the keys back. Qt's Fusion
style (the one on a Linux desktop with no theme of its own) draws a menu bar's item
highlighted only while its menu is open: in between, nothing on screen said where the keys
were (the number box had lost its focus frame, and no menu's name was marked; seen on
Xvfb + openbox: Alt, then Right, then Down opened a menu no one could see chosen).

:class:`KeysOnMenuBar` draws the menu bar's current item as an open menu's while the bar
has the keyboard focus; a mouse hovering over it (the bar has not the focus then) is
drawn as the style does.

Qt forgets where the keys came from when a menu is opened by its letter from the bar that
already has them (Alt+F, Escape, Alt+E): the last Escape then left the keys with the bar,
no menu marked, and further Escapes did nothing; typing went nowhere and Tab went on to
a dock (seen on Xvfb + openbox). :class:`KeysBackFromBar` gives them back, after any
Escape that leaves the bar with the keys and no menu chosen, to the window's control that
had them last (else the column's first).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QMenuBar,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

from keiconfig.ui.control_edges import base_style_name


class KeysOnMenuBar(QProxyStyle):
    """The application's style, with the menu bar's current item highlighted while the bar
    has the keys."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            element == QStyle.ControlElement.CE_MenuBarItem
            and isinstance(option, QStyleOptionMenuItem)
            and isinstance(widget, QMenuBar)
            and widget.hasFocus()
            and option.state & QStyle.StateFlag.State_Selected
        ):
            option = QStyleOptionMenuItem(option)
            option.state |= QStyle.StateFlag.State_Sunken  # drawn as when its menu is open
        super().drawControl(element, option, painter, widget)


def show_keys_on(bar: QMenuBar) -> None:
    """``bar`` drawn by :class:`KeysOnMenuBar` over the application's style (kept by the bar)."""
    style = KeysOnMenuBar(base_style_name())
    style.setParent(bar)
    bar.setStyle(style)


class KeysBackFromBar(QObject):
    """Escape on ``bar`` always gives the keys back to the window (see the module text).

    ``first_control()`` is where they go when no control of the window had them yet.
    """

    def __init__(self, bar: QMenuBar, first_control: Callable[[], QWidget | None]) -> None:
        super().__init__(bar)
        self._bar = bar
        self._first_control = first_control
        self._last: QWidget | None = None  # the bar's window's control that had the keys
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        bar.installEventFilter(self)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not shiboken6.isValid(new) or new is self._bar:
            return
        if shiboken6.isValid(self._bar) and new.window() is self._bar.window():
            self._last = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is not self._bar
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() != Qt.Key.Key_Escape
            or QApplication.activePopupWidget() is not None
        ):
            return False
        self._bar.event(event)  # Qt's own Escape first: it gives the keys back if it can
        if self._bar.hasFocus() and self._bar.activeAction() is None:
            back = self._back()
            if back is not None:
                back.setFocus(Qt.FocusReason.MenuBarFocusReason)
        return True

    def _back(self) -> QWidget | None:
        last = self._last if self._last is not None and shiboken6.isValid(self._last) else None
        if last is not None and last.isVisible() and last.isEnabled():
            return last
        return self._first_control()
