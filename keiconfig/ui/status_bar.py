"""The window's status bar: a passing message too long for it ends in "…".

Qt's status bar draws a message (``showMessage``) on one line and clips it where the bar,
or its first permanent widget, ends: in projector mode at 1280x720 in Japanese, the
sentence that says projector mode came back after a crash stopped in the middle of a
character ("前回、keiconfig がこの"), and nothing showed that more was there.
:class:`ElidedMessages` draws such a message cut at its end with "…", and the bar's tooltip
holds the whole message (as plain text) while it shows. A message that fits is drawn by Qt,
as before, and ``currentMessage()`` is always the whole message.

It watches the window's own status bar (``QMainWindow.statusBar()``) rather than replacing
it with a subclass: PySide's ``setStatusBar`` first makes the default bar it replaces (a
second bar, deleted later), and a bar made in Python lacks the horizontal size policy Qt
gives its own (Ignored), so a long permanent widget widened the window past its screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QWidget

from keiconfig.ui import plain

# Qt's margins of the message's place: 6 px from the bar's start, 12 from its end, 2 from
# the first permanent widget (QStatusBarPrivate::messageRect).
MESSAGE_START_PX = 6
MESSAGE_END_PX = 12
BESIDE_WIDGET_PX = 2


def _shown_children(bar: QStatusBar) -> list[QWidget]:
    """The bar's widgets on screen (while a message shows, Qt shows only the permanent
    ones), without its size grip."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    found = bar.findChildren(QWidget, options=direct)
    return [w for w in found if not w.isHidden() and not isinstance(w, QSizeGrip)]


def message_rect(bar: QStatusBar) -> QRect:
    """Where Qt draws the bar's message: from its start to its first permanent widget
    shown (or the size grip), in the layout's direction."""
    rtl = bar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    left, right = MESSAGE_START_PX, bar.width() - MESSAGE_END_PX
    grip = bar.findChild(QSizeGrip, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if grip is not None and not grip.isHidden():
        if rtl:
            left = max(left, grip.x() + grip.width())
        else:
            right = min(right, grip.x())
    for child in _shown_children(bar):
        if rtl:
            left = max(left, child.x() + child.width() + BESIDE_WIDGET_PX)
        else:
            right = min(right, child.x() - BESIDE_WIDGET_PX)
    return QRect(left, 0, max(right - left, 0), bar.height())


def shown_message(bar: QStatusBar) -> str:
    """The bar's message as drawn: whole, or cut at its end with "…"."""
    width = message_rect(bar).width()
    return bar.fontMetrics().elidedText(bar.currentMessage(), Qt.TextElideMode.ElideRight, width)


class ElidedMessages(QObject):
    """Watches ``bar``: a message too long for it is drawn cut with "…" (module doc)."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        bar.messageChanged.connect(self._message_changed)
        bar.installEventFilter(self)

    def _message_changed(self, message: str) -> None:
        self._bar.setToolTip(plain.tooltip(message) if message else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar and event.type() == QEvent.Type.Paint:
            message = self._bar.currentMessage()
            if message and shown_message(self._bar) != message:
                assert isinstance(event, QPaintEvent)
                self._paint(event)
                return True  # (drawn here, cut; else Qt draws it)
        return super().eventFilter(watched, event)

    def _paint(self, event: QPaintEvent) -> None:
        """As QStatusBar::paintEvent, with the message cut to its place."""
        bar = self._bar
        painter = QPainter(bar)
        option = QStyleOption()
        option.initFrom(bar)
        style = bar.style()
        element = QStyle.PrimitiveElement
        style.drawPrimitive(element.PE_PanelStatusBar, option, painter, bar)
        for child in _shown_children(bar):
            frame = QStyleOption()
            frame.rect = child.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = bar.palette()
            frame.state = QStyle.StateFlag.State_None
            if event.rect().intersects(frame.rect):
                style.drawPrimitive(element.PE_FrameStatusBarItem, frame, painter, child)
        painter.setPen(bar.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        text = shown_message(bar)
        painter.drawText(message_rect(bar), int(flags) | int(Qt.TextFlag.TextSingleLine), text)
        painter.end()
