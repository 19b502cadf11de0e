"""What the window tests share about frames: a drag brought forward frame by frame, and
counters of the events a widget receives (its paints, its layout requests)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from keiconfig.ui import refresh
from keiconfig.ui.document import Document


def drag(document: Document, steps: Iterable[Mapping[str, Any]]) -> None:
    """A slider drag: the changes merge into one undo step; each frame comes at once."""
    merge = document.new_merge_id()
    for updates in steps:
        document.change(dict(updates), "drag", merge)
        refresh.frame().flush()
        QApplication.processEvents()


class Events(QObject):
    """Counts the events of one kind ``widget`` receives."""

    kind = QEvent.Type.None_

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind:
            self.count += 1
        return False


class LayoutRequests(Events):
    """A size the widget asked its layout for (the layout, and those around it, run again)."""

    kind = QEvent.Type.LayoutRequest


class Paints(Events):
    kind = QEvent.Type.Paint
