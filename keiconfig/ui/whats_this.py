"""Help > What's This? (Shift+F1): click any part of the window to read what it is for.

The window's controls, figures and panels explain themselves in their tooltips; no widget
has a What's This text of its own. While What's This mode is on, a widget without one
answers with its tooltip instead (Qt asks the widget clicked, then its parents in turn, so
a part with no tooltip answers with the panel's around it). The filter that does this is
on the application only while the mode is on, so it costs nothing the rest of the time.

From the keyboard: in the mode, Enter, Space or Shift+F1 again shows what the control with
the focus is for, beside it. Qt's mode took only a click: a keyboard user's Shift+F1
turned the pointer into a question mark and the next key just left the mode.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWhatsThis, QWidget

_ASKS: frozenset[QEvent.Type] = frozenset({QEvent.Type.QueryWhatsThis, QEvent.Type.WhatsThis})
# the keys that ask about the control with the focus, in the mode
_KEYS: frozenset[tuple[Qt.Key, Qt.KeyboardModifier]] = frozenset(
    {
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier),
    }
)


def _buddys(widget: QWidget) -> str:
    """What a label's control says (its What's This text, or its tooltip): the explorer's
    "Builds to judge:" said nothing, though the box beside it does."""
    buddy = widget.buddy() if isinstance(widget, QLabel) else None
    return (buddy.whatsThis() or buddy.toolTip()) if buddy is not None else ""


class TipsAsWhatsThis(QObject):
    """While What's This mode is on: a widget with no What's This text answers with its
    tooltip. ``shown`` is the last text shown (what a person read)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown = ""
        self._on = False

    def enter(self) -> None:
        """What's This mode, with the tooltips as answers, until a click or Escape."""
        app = QApplication.instance()
        if app is None:
            return
        self._on = True
        QWhatsThis.enterWhatsThisMode()
        # on after Qt's own filter for the mode, so before it: the last one put on is
        # asked first, and Qt's leaves the mode at any key
        app.removeEventFilter(self)
        app.installEventFilter(self)

    def _leave(self) -> None:
        self._on = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LeaveWhatsThisMode:
            self._leave()
            return False
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if (Qt.Key(event.key()), event.modifiers()) in _KEYS:
                event.accept()  # the key press, not the window's Shift+F1 (the mode again)
                return True
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind not in _ASKS or not isinstance(watched, QWidget) or watched.whatsThis():
            return False
        tip = watched.toolTip() or _buddys(watched)
        if not tip:
            return False  # nothing to say here: Qt asks its parent next
        if kind == QEvent.Type.WhatsThis and isinstance(event, QHelpEvent):
            self.shown = tip
            QWhatsThis.showText(event.globalPos(), tip, watched)
        event.accept()
        return True

    def _key(self, event: QKeyEvent) -> bool:
        """Enter, Space or Shift+F1 in the mode: what the focused control is for."""
        if (Qt.Key(event.key()), event.modifiers()) not in _KEYS:
            return False  # Qt's filter leaves the mode (Escape, or any other key)
        focused = QApplication.focusWidget()
        QWhatsThis.leaveWhatsThisMode()
        widget = focused
        while widget is not None and not (widget.whatsThis() or widget.toolTip()):
            widget = None if widget.isWindow() else widget.parentWidget()
        if focused is not None and widget is not None:
            text = widget.whatsThis() or widget.toolTip()
            self.shown = text
            QWhatsThis.showText(focused.mapToGlobal(focused.rect().center()), text, focused)
        return True
