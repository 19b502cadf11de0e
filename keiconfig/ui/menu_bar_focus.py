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
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
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
