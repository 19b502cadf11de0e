"""A layout that lets a label's new text go by when it needs the room the old one had.

A label whose text changes asks its layout, and through it the window, to lay out again:
the panel's layout runs, and the dashboard measures the panel anew (see dashboard.py), even
when the new text needs just the room the old one had, which is what a slider drag mostly
does (a number in a sentence, a margin in the rules). :func:`set_text` puts a new text in a
label whose parent is laid out by a :class:`QuietVBoxLayout` and, when the label's sizes at
its present width stay the same (its size hint, its least size and its height for its
width), the label only repaints: nothing around it could be placed differently. When they
change, it asks for the layout as any label does.

The layout still tells the window once the texts are quiet (:data:`QUIET_MS` after the last
new text it let go by): what the window measures at other widths than the present one (the
dashboard's least size) then takes the new texts in, as it did before, at the end of a drag.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

QUIET_MS = 150  # after the last text let go by, the layout is asked again once


class QuietVBoxLayout(QVBoxLayout):
    """A vertical box layout that :func:`set_text` can keep from laying out again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hushed = False
        self._owed = QTimer(self)
        self._owed.setSingleShot(True)
        self._owed.setInterval(QUIET_MS)
        self._owed.timeout.connect(self.invalidate)

    def invalidate(self) -> None:
        if self._hushed:
            return
        # Laid out afresh: every text let go by is taken in (the window is told as well).
        self._owed.stop()
        super().invalidate()


_KEPT = 256  # texts whose sizes a label keeps (a drag back and forth shows them again)


def _sizes(label: QLabel, width: int) -> tuple[QSize, QSize, int]:
    """The label's size hint, least size and height at ``width``, for its present text,
    kept for each text while nothing else they depend on changes (measuring a wrapped text
    costs about what laying it out does)."""
    m = label.contentsMargins()
    context = (
        width, label.font().key(), label.maximumWidth(), label.margin(), label.indent(),
        m.left(), m.top(), m.right(), m.bottom(), int(label.alignment().value),
        label.wordWrap(), label.textFormat(), label.style(),
    )  # fmt: skip
    kept = getattr(label, _ATTRIBUTE, None)
    if not isinstance(kept, _Kept) or kept.context != context or len(kept.sizes) > _KEPT:
        kept = _Kept(context)
        setattr(label, _ATTRIBUTE, kept)
    text = label.text()
    sizes = kept.sizes.get(text)
    if sizes is None:
        sizes = kept.sizes[text] = (
            label.sizeHint(),
            label.minimumSizeHint(),
            label.heightForWidth(width),
        )
    return sizes


class _Kept:
    def __init__(self, context: tuple) -> None:
        self.context = context
        self.sizes: dict[str, tuple[QSize, QSize, int]] = {}


_ATTRIBUTE = "_quiet_layout_sizes"


def set_text(label: QLabel, text: str) -> None:
    """``label.setText(text)``, with no layout run when the label needs the room it had
    (see the module): its parent must be laid out by a :class:`QuietVBoxLayout`."""
    if text == label.text():
        return
    parent = label.parentWidget()
    layout = parent.layout() if parent is not None else None
    if not isinstance(layout, QuietVBoxLayout) or not label.isVisible():
        label.setText(text)
        return
    width = label.width()
    before = _sizes(label, width)
    layout._hushed = True
    try:
        label.setText(text)
    finally:
        layout._hushed = False
    if _sizes(label, width) != before:
        label.updateGeometry()  # another size: laid out again now, as any label is
    else:
        layout._owed.start()
