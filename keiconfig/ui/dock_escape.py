"""Escape in a dock: the keys go back to the window's own controls.

A keyboard user who went into a dock (the Classroom's changes, the Comparison's table, the
explorer) had no key back to the build's controls but Tab through every control of every
dock, and a floating explorer (at 1280x720 it floats over most of the window) could only
be closed with the mouse: Escape did nothing there. Now Escape pressed in a dock, and not
used by the control with the focus (a number box drops its typing, a table its edit, a
list closes its popup first), puts the focus back in the window's control that had it
last (else the column's first), shown as after keys; a floating dock is closed as a
dialog would be, a docked one stays open.

A dock closed with the focus in it (F6, F7, its close button, its menu) gives the focus to
the same control: Qt gave it to the window's next widget in Tab order, round to the
column's first (the Name box), scrolled out of sight when the person had been working
further down the column, and nothing on screen showed where the keys had gone.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenuBar, QWidget

from keiconfig.ui.mnemonics import part_of, scroll_to


class DockEscape(QObject):
    """Escape in the docks of ``window`` (:meth:`watch`): back to its controls.

    ``give_focus(widget)`` puts the focus there with its sign (the window's FocusReturn);
    ``first_control()`` is the column's first control, where the focus goes when none of
    the window's own had it yet.
    """

    def __init__(
        self,
        window: QMainWindow,
        give_focus: Callable[[QWidget], None],
        first_control: Callable[[], QWidget | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._give_focus = give_focus
        self._first_control = first_control
        self._last: QWidget | None = None  # the window's own control that had the focus
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def watch(self, dock: QDockWidget) -> None:
        dock.installEventFilter(self)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not shiboken6.isValid(new) or isinstance(new, QMenuBar):
            return
        if new.window() is self._window and part_of(new) is self._window:
            self._last = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QDockWidget)
            and QApplication.activePopupWidget() is None
        ):
            return self.leave(watched)
        if (
            event.type() == QEvent.Type.Hide
            and isinstance(watched, QDockWidget)
            and watched.isHidden()  # closed (not behind another's tab, nor its window hidden)
        ):
            focus = QApplication.focusWidget()
            if focus is not None and watched.isAncestorOf(focus):
                # before Qt moves it on (after this event), to the next widget in Tab order
                back = self._back()
                if back is not None:
                    self._give_focus(back)
                    scroll_to(back, back)  # in view in the controls' column
        return False

    def _back(self) -> QWidget | None:
        """The window's control that had the focus last, else the column's first."""
        back = self._last if self._last is not None and shiboken6.isValid(self._last) else None
        if back is None or not (back.isVisible() and back.isEnabled()):
            back = self._first_control()
        return back

    def leave(self, dock: QDockWidget) -> bool:
        """The focus back in the window's controls from ``dock`` (closed if floating)."""
        back = self._back()
        if back is None:  # the controls stepped aside and nothing else had the focus
            return False
        if dock.isFloating():
            dock.close()
        self._give_focus(back)
        return True
