"""Help > What's This? (Shift+F1): click any part of the window to read what it is for.

The window's controls, figures and panels explain themselves in their tooltips; no widget
has a What's This text of its own. While What's This mode is on, a widget without one
answers with its tooltip instead (Qt asks the widget clicked, then its parents in turn, so
a part with no tooltip answers with the panel's around it). The filter that does this is
on the application only while the mode is on, so it costs nothing the rest of the time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QWhatsThis, QWidget

_ASKS: frozenset[QEvent.Type] = frozenset({QEvent.Type.QueryWhatsThis, QEvent.Type.WhatsThis})


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
        if not self._on:
            self._on = True
            app.installEventFilter(self)
        QWhatsThis.enterWhatsThisMode()

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
        if kind not in _ASKS or not isinstance(watched, QWidget) or watched.whatsThis():
            return False
        tip = watched.toolTip()
        if not tip:
            return False  # nothing to say here: Qt asks its parent next
        if kind == QEvent.Type.WhatsThis and isinstance(event, QHelpEvent):
            self.shown = tip
            QWhatsThis.showText(event.globalPos(), tip, watched)
        event.accept()
        return True
