"""Ctrl+PageDown and Ctrl+PageUp choose the next and the previous tab.

Qt's tab widget takes Ctrl+Tab and Ctrl+Shift+Tab from its tab bar and its pages, but not
Ctrl+PageDown and Ctrl+PageUp, which browsers, GTK's tabs and other programs take for the
same: in the explorer's answers (Best builds, Pareto, Sensitivity, Map) and the Classroom's
tabs they did nothing, or moved the focused table a page down.

They work where Ctrl+Tab does, in the window and its floating docks: with the focus on a
tab bar or in one of its pages (the nearest tab widget round the focus), going round as
Ctrl+Tab does and passing greyed and hidden tabs; and in a container that serves a tab
widget (:func:`serve`: the explorer's answers, whose Search, Sweep and Cancel buttons
stand above its tabs, and where the keys stay after a search). Elsewhere (the controls'
column, where Ctrl+PageDown in a number box steps it, as PageDown does) they are left
alone, and so is a key a control claims for itself (it accepts Qt's ``ShortcutOverride``
for it, as a text box does for its editing keys): only a key whose ``ShortcutOverride`` no
control on the way up took reaches the tab widget unclaimed. A table or drop-down box in
a page has Ctrl+PageDown only as a copy of PageDown, which it keeps.

The focus: left on the tab bar if it was there; from a page (now hidden), in the new page's
first control, as a tab's Alt letter puts it (:mod:`keiconfig.ui.mnemonics`). Qt would
have moved it on to whatever followed the hidden page in Tab's order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from keiconfig.ui.mnemonics import focus_target
from keiconfig.ui.shortcuts import window_keys_work_in

_STEPS: dict[Qt.Key, int] = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}


def _step_of(event: QKeyEvent) -> int:
    """1 for Ctrl+PageDown, -1 for Ctrl+PageUp, 0 for any other key."""
    if event.modifiers() != Qt.KeyboardModifier.ControlModifier:
        return 0
    return _STEPS.get(Qt.Key(event.key()), 0)


_SERVES = "keiconfigTabKeys"  # a container's property: the tab widget its keys step


def serve(container: QWidget, tabs: QTabWidget) -> None:
    """The keys step ``tabs`` from anywhere in ``container`` too (the explorer's answers:
    its Search, Sweep and Cancel buttons and its status above the tabs)."""
    container.setProperty(_SERVES, tabs)


def _tabs_of(w: QObject) -> QTabWidget | None:
    """``w`` if it is a tab widget; the tabs it serves (:func:`serve`) if it is a container."""
    if isinstance(w, QTabWidget):
        return w
    served = w.property(_SERVES)
    return served if isinstance(served, QTabWidget) else None


def _round(widget: QWidget) -> QWidget | None:
    """The nearest tab widget, or container serving one, round ``widget``: the one a key
    comes up through."""
    w = widget.parentWidget()
    while w is not None and not w.isWindow():
        if _tabs_of(w) is not None:
            return w
        w = w.parentWidget()
    return None


def tabs_round(widget: QWidget) -> QTabWidget | None:
    """The nearest tab widget whose tab bar or page holds ``widget``, or that a container
    holding it serves."""
    round_ = _round(widget)
    return _tabs_of(round_) if round_ is not None else None


def step_tab(tabs: QTabWidget, step: int) -> bool:
    """Show the next (``step`` 1) or previous (-1) enabled, shown tab, round the ends;
    False if there is no other."""
    count = tabs.count()
    index = tabs.currentIndex()
    for _ in range(count - 1):
        index = (index + step) % count
        if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            return True
    return False


class TabKeys(QObject):
    """Ctrl+PageDown and Ctrl+PageUp for the tab widgets of ``window`` and its floating
    docks (see the module text). Put, as the focus comes, on the focused control and its
    tab widget."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._unclaimed: QTabWidget | None = None  # where the last unclaimed key came up
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not window_keys_work_in(new, self._window):
            return
        round_ = _round(new)  # (the tab widget, or the container serving it)
        if round_ is not None:
            new.installEventFilter(self)  # installed once: a second install replaces it
            round_.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or not _step_of(event):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            tabs = _tabs_of(watched)
            if tabs is not None:
                self._unclaimed = tabs  # no control below took the key
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        tabs, self._unclaimed = self._unclaimed, None
        focus = QApplication.focusWidget()
        if tabs is None or focus is None or tabs_round(focus) is not tabs:
            return False
        on_bar = focus is tabs.tabBar()
        if step_tab(tabs, _step_of(event)) and not on_bar:
            page = tabs.currentWidget()
            into = focus_target(page) if page is not None else None
            (into or tabs.tabBar()).setFocus(Qt.FocusReason.TabFocusReason)
        return True  # used up: not a page down in the focused table either
