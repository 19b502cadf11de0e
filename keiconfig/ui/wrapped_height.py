"""The height a word-wrapped label's lines need at a width, whatever its minimum height.

``QLabel.heightForWidth`` is never below the label's minimum height (QLabelPrivate::
sizeForWidth returns its size ``expandedTo(q->minimumSize())``). Panels that set a
wrapped label's minimum height to its height for the width of the moment (so a narrow
panel asks its splitter for room instead of drawing the lines over a plot) then read a
ratchet: a label pinned at two lines while a dock made the panel narrow still said two
lines at any width once the dock had closed, and the dashboard planned 17 px more than
before the dock opened. :func:`wrapped_height` measures the lines themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

_TWIN = "wrappedHeightTwin"


def wrapped_height(label: QLabel, width: int) -> int:
    """The height ``label``'s text needs at ``width`` (QLabel.heightForWidth without the
    floor of the label's own minimum height)."""
    if label.minimumHeight() == 0:
        return label.heightForWidth(width)
    # A twin without a minimum, never shown: lowering the label's own minimum to measure
    # would post layout requests from the middle of a layout (and a plan).
    twin = label.findChild(QLabel, _TWIN, Qt.FindChildOption.FindDirectChildrenOnly)
    if twin is None:
        twin = QLabel(label)
        twin.setObjectName(_TWIN)
        twin.hide()
        twin.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    twin.setFont(label.font())
    twin.setTextFormat(label.textFormat())
    twin.setWordWrap(label.wordWrap())
    twin.setAlignment(label.alignment())
    twin.setMargin(label.margin())
    twin.setIndent(label.indent())
    twin.setFrameStyle(label.frameStyle())
    twin.setLineWidth(label.lineWidth())
    twin.setContentsMargins(label.contentsMargins())
    twin.setText(label.text())
    return twin.heightForWidth(width)
