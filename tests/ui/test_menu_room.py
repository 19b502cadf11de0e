"""Every menu item shows its whole text, in English and Japanese, at the usual text size
and in projector mode. Qt's style elided an item whose menu had fewer spare pixels than
the ``&`` of its mnemonic (keiconfig.ui.menu_room): Japanese projector mode showed Tools >
探索(&E)… as 探索…)… (found on a 1280×720 Xvfb desktop with openbox).

An item is drawn by the window's style as the menu draws it, then again with 300 pixels
more room: its label (left-aligned) must be drawn the same in both, which it is not when
the first drawing cut it. Marked ``desktop``: run on a real X server too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMenu, QStyle, QStyleOptionMenuItem

from tests.ui.test_layout import projector_off, settle  # noqa: F401 - a fixture

pytestmark = pytest.mark.desktop

MORE = 300  # the room the second drawing gets
RIGHT = 24  # the right end of an item: a submenu's arrow, never compared


def _menus(window) -> list[QMenu]:
    todo = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    found: list[QMenu] = []
    while todo:
        menu = todo.pop()
        menu.aboutToShow.emit()  # (the recent files and the presets are filled then)
        found.append(menu)
        todo.extend(a.menu() for a in menu.actions() if a.menu() is not None)
    return found


def _drawn(menu: QMenu, option: QStyleOptionMenuItem, width: int) -> QImage:
    image = QImage(width, option.rect.height(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(menu.font())
    menu.style().drawControl(QStyle.ControlElement.CE_MenuItem, option, painter, menu)
    painter.end()
    return image


def cut_items(menu: QMenu) -> list[str]:
    """The texts of the menu's items that its style draws cut."""
    cut = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        option = QStyleOptionMenuItem()
        menu.initStyleOption(option, action)
        rect = menu.actionGeometry(action)
        rect.moveTopLeft(QPoint(0, 0))
        option.text = option.text.split("\t")[0]  # the label: a shortcut is right-aligned
        option.rect = rect
        as_shown = _drawn(menu, option, rect.width() + MORE)
        option.rect = rect.adjusted(0, 0, MORE, 0)
        roomy = _drawn(menu, option, rect.width() + MORE)
        label_width = rect.width() - option.reservedShortcutWidth - RIGHT
        if as_shown.copy(0, 0, label_width, rect.height()) != roomy.copy(
            0, 0, label_width, rect.height()
        ):
            cut.append(action.text())
    return cut


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_no_menu_item_is_cut(
    language,
    projector,
    main_window_factory,
    qtbot,
    projector_off,  # noqa: F811
):
    window = main_window_factory()
    window.resize(1280, 720)
    window.classroom.projector_action.setChecked(projector)
    settle(qtbot, window)
    cut = {m.title(): cut_items(m) for m in _menus(window)}
    assert not any(cut.values()), cut
