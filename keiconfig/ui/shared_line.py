"""Two wrapped captions on one line where that takes fewer lines than one above the other.

The explorer's "Your build: 15.9 s; best found: 11.2 s" and its status: one above the
other they took a line more than side by side below a wide explorer (24 px in Japanese,
whose lines are 18 px high in Noto Sans CJK, 14 in English), and docked below the
dashboard of a maximised window at 1366x768 in Japanese it scrolled by 19 px. Side by
side in a narrow one (floating at 1280x720 in projector mode, its answers some 580 px
wide), the status, squeezed beside the figure, wrapped to seven lines where it takes
four across the whole width: the explorer scrolled by 29 px. So the line is shared only
where sharing it is the lower of the two.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

_TALL = 100_000  # (a height no caption reaches: the text's own wraps its height)


def _text_height(label: QLabel, width: int) -> int:
    """The height ``label``'s plain text takes wrapped to ``width`` pixels, its margins
    with it (a label's own height for a width is never less than its least height)."""
    m = label.contentsMargins()
    inner = max(1, width - m.left() - m.right() - 2 * label.margin())
    fm = QFontMetrics(label.font())
    box = fm.boundingRect(QRect(0, 0, inner, _TALL), Qt.TextFlag.TextWordWrap, label.text())
    return box.height() + m.top() + m.bottom() + 2 * label.margin()


def _one_line_width(label: QLabel) -> int:
    m = label.contentsMargins()
    fm = QFontMetrics(label.font())
    return fm.horizontalAdvance(label.text()) + m.left() + m.right() + 2 * label.margin() + 1


class SharedLine(QWidget):
    """``first`` (short: kept on one line) beside ``second`` (wrapped in the rest of the
    width) where that is lower than the two one above the other, each wrapped to the
    whole width; else one above the other. Decided again as the width, a text or the
    font changes (a label's new text asks its parent's layout again: LayoutRequest)."""

    def __init__(self, first: QLabel, second: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first, self._second = first, second
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(first, 0, Qt.AlignmentFlag.AlignTop)
        self._box.addWidget(second, 1, Qt.AlignmentFlag.AlignTop)

    @property
    def shared(self) -> bool:
        """Whether the two stand side by side now."""
        return self._box.direction() == QBoxLayout.Direction.LeftToRight

    def _arrange(self) -> None:
        width = self.width()
        if width <= 0:
            return
        gap = max(self._box.spacing(), 0)
        one = _one_line_width(self._first)
        rest = width - one - gap
        first, second = self._first, self._second
        stacked = _text_height(first, width) + gap + _text_height(second, width)
        side = rest >= one and max(_text_height(first, one), _text_height(second, rest)) < stacked
        if side:
            first.setMinimumWidth(one)  # (on one line: the status wraps in the rest)
            direction = QBoxLayout.Direction.LeftToRight
        else:
            first.setMinimumWidth(0)
            direction = QBoxLayout.Direction.TopToBottom
        if self._box.direction() != direction:
            self._box.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange()
        return super().event(event)
