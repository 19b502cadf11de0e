"""Tab from an "Auto" or "Pin" check box just toggled goes back to the box it lets you type in.

A number box comes before its check box in Tab's order, as they read (the final drive's
box and its "Auto", the gear ratios' boxes and theirs, every NumberControl's slider and
box and its "Auto", "Pin" or "On"). While the box is greyed Tab passes it and lands on the
check box; a person who then unticked "Auto" (or ticked "Pin") with Space and pressed Tab,
to type the number, was taken past the box to the next control and had to come back with
Shift+Tab.

:class:`ToggledToBox` watches one check box: once the person toggles it while it has the
focus, the next Tab (once) goes to the box, if that box is now enabled. From the box, Tab
goes on as before (to the check box, then on), and Shift+Tab and every other key are left
alone. A toggle that greys the box ("Auto" ticked, "Pin" unticked) leaves Tab as it was.
Leaving the check box forgets the toggle.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QWidget


class ToggledToBox(QObject):
    """The next Tab after ``check`` is toggled with the focus on it goes to ``box`` (a widget,
    or a function giving it at that moment, for a row whose boxes change), if it is enabled."""

    def __init__(self, check: QCheckBox, box: QWidget | Callable[[], QWidget | None]) -> None:
        super().__init__(check)
        self._check = check
        self._box = box
        self._toggled = False
        check.toggled.connect(self._on_toggled)
        check.installEventFilter(self)

    def _on_toggled(self, _on: bool) -> None:
        self._toggled = self._check.hasFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            self._toggled = False
        elif kind == QEvent.Type.KeyPress and self._toggled:
            assert isinstance(event, QKeyEvent)
            tab = event.key() == Qt.Key.Key_Tab
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == (
                Qt.KeyboardModifier.NoModifier
            )
            if tab and plain:
                self._toggled = False
                box = self._box if isinstance(self._box, QWidget) else self._box()
                if box is not None and box.isEnabled() and box.isVisible():
                    box.setFocus(Qt.FocusReason.TabFocusReason)
                    return True
        return False
