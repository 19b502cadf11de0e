"""The one action factory: every menu command of the window and its features is made here.

Features make their actions with :func:`make_action` and hand them to the main window,
which alone puts them in menus (and on itself, so their keys work).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from keiconfig.ui import shortcuts


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object] | None = None,
    keys: str = "",
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    """An action named ``text``; ``keys`` names its keys in :data:`shortcuts.KEYS`;
    ``slot`` runs when it is triggered (a checkable action's state: connect ``toggled``)."""
    action = QAction(text, parent)
    if keys:
        shortcuts.set_keys(action, keys)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def dock_action(dock: QDockWidget, text: Callable[[], str], keys: str = "") -> QAction:
    """The View menu's entry that shows and hides ``dock``, named ``text()`` (its menu
    name, with its Alt letter) now and whenever the dock's title changes: Qt names the
    entry after the title then, so a live language switch turned "&Classroom Panel" into
    "Classroom", without its letter (教室 in place of 教室パネル(&C))."""
    action = dock.toggleViewAction()
    action.setText(text())
    dock.windowTitleChanged.connect(lambda _title: action.setText(text()))
    if keys:
        shortcuts.set_keys(action, keys)
    return action
