"""Menus wide enough for their texts as written.

Qt's style sizes a menu item by its text as shown (the ``&`` that marks a mnemonic takes
no room) but elides the text to the room it has as written (the ``&`` counted, as wide
as any glyph): an item that fits with fewer spare pixels than an ``&`` is cut in the
middle. In Japanese projector mode the Tools menu's one item, ``探索(&E)…``, showed as
``探索…)…`` (its menu has no shortcut column to spare, and a Japanese mnemonic sits in
the middle of the text). :class:`MenuRoom` gives every item the width of that ``&``
back; :func:`give_room` puts it on a window's menus (and their submenus).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

from keiconfig.ui.control_edges import base_style_name

_SHOWN = Qt.TextFlag.TextSingleLine | Qt.TextFlag.TextShowMnemonic


def ampersand_room(option: QStyleOptionMenuItem) -> int:
    """The pixels the item's label lacks to be shown whole: its width as written less its
    width as shown (0 without a mnemonic)."""
    label = option.text.split("\t")[0]  # (a shortcut follows a tab, in a column of its own)
    if "&" not in label:
        return 0
    fm = option.fontMetrics
    return max(0, fm.horizontalAdvance(label) - fm.boundingRect(QRect(), _SHOWN, label).width())


class MenuRoom(QProxyStyle):
    """The application's style, with each menu item as wide as its label as written."""

    def sizeFromContents(
        self,
        type: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget,
    ) -> QSize:
        result = super().sizeFromContents(type, option, size, widget)
        if type == QStyle.ContentsType.CT_MenuItem and isinstance(option, QStyleOptionMenuItem):
            result.setWidth(result.width() + ampersand_room(option))
        return result


_style: MenuRoom | None = None


def menu_style() -> MenuRoom:
    """One :class:`MenuRoom` over the application's style, kept by the application."""
    global _style
    if _style is None:
        _style = MenuRoom(base_style_name())
        app = QApplication.instance()
        if isinstance(app, QObject):
            _style.setParent(app)
    return _style


def give_room(menus: list[QMenu]) -> None:
    """Every menu of ``menus`` and its submenus sized by :class:`MenuRoom`."""
    style = menu_style()
    todo = list(menus)
    while todo:
        menu = todo.pop()
        if menu.style() is not style:
            menu.setStyle(style)
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                todo.append(submenu)
