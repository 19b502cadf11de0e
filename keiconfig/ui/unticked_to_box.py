"""Tab from an "Auto" check box just unticked goes back to the box it lets you type in.

The final drive's number box comes before its "Auto" in Tab's order, as they read. With
"Auto" ticked the box is greyed, so Tab passes it and lands on "Auto"; a person who then
unticked "Auto" with Space and pressed Tab, to type the ratio, was taken past the box to
the next panel's check box and had to come back with Shift+Tab.

:class:`UntickedToBox` watches one check box: once the person unticks it while it has the
focus, the next Tab (once) goes to the box it enabled. From the box, Tab goes on as before
(to "Auto", then on), and Shift+Tab and every other key are left alone. Leaving the check
box forgets the untick.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QWidget


class UntickedToBox(QObject):
    """The next Tab after ``check`` is unticked with the focus on it goes to ``box``."""

    def __init__(self, check: QCheckBox, box: QWidget) -> None:
        super().__init__(check)
        self._check = check
        self._box = box
        self._unticked = False
        check.toggled.connect(self._toggled)
        check.installEventFilter(self)

    def _toggled(self, on: bool) -> None:
        self._unticked = not on and self._check.hasFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            self._unticked = False
        elif kind == QEvent.Type.KeyPress and self._unticked:
            assert isinstance(event, QKeyEvent)
            tab = event.key() == Qt.Key.Key_Tab
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == (
                Qt.KeyboardModifier.NoModifier
            )
            box = self._box
            if tab and plain and box.isEnabled() and box.isVisible():
                self._unticked = False
                box.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False
