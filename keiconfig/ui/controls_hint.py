"""Where the controls went: a line in the status bar while they make room for docks.

When the docks beside the dashboard leave the controls column no readable width
(:class:`.dock_room.DockRoom`: 1280×720 in projector mode with the classroom and the
comparison open), the column steps aside. A teacher would then see no controls and no
reason: this line says why, names the open docks and the way back (close one, leave
projector mode or widen the window), with a "Show controls" button that closes those
docks. It goes as soon as the controls are back.

The line never takes the keyboard focus (it appears while someone types elsewhere; the
button is for the mouse, the keys it names are the keyboard's way), and shows the docks'
titles as plain text. It elides itself rather than widen the window, the whole sentence in
its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("controls_hint", text, disambiguation, n)


def dock_names(docks: list[QDockWidget]) -> str:
    """ "Classroom and Comparison" (titles as they are, in their order)."""
    names = [d.windowTitle().replace("&", "") for d in docks]
    if len(names) < 2:
        return "".join(names)
    head = names[0]
    for name in names[1:-1]:
        head = _tr("{first}, {second}").format(first=head, second=name)
    return _tr("{first} and {second}").format(first=head, second=names[-1])


def hint_text(docks: list[QDockWidget], projector: QAction | None) -> str:
    """The sentence: why the controls are gone and how they come back."""
    names, n = dock_names(docks), len(docks)
    if projector is not None and projector.isChecked():
        key = projector.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = _tr(
            "Controls hidden for the {docks} panel(s): close them, or leave projector mode "
            "({key}).",
            "",
            n,
        )
        return text.format(docks=names, key=key)
    text = _tr("Controls hidden for the {docks} panel(s): close them, or widen the window.", "", n)
    return text.format(docks=names)


class _ElidedLabel(QLabel):
    """Plain text on one line, elided at the end when the status bar is short of room
    (the whole text in the tooltip): it never makes the window wider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        if shown != self.text():
            self.setText(shown)

    def is_whole(self) -> bool:
        return self.text() == self._full


class ControlsHint(QWidget):
    """The status bar's line while the controls make room for docks (see module doc)."""

    def __init__(self, window: QMainWindow, projector: QAction | None = None) -> None:
        super().__init__(window)
        self.setObjectName("controlsHint")
        self._window = window
        self._projector = projector
        self._docks: list[QDockWidget] = []
        self.icon = QLabel(self)  # an information sign: the line is seen at a glance
        self.label = _ElidedLabel(self)
        self.label.setObjectName("controlsHintText")
        self.show_button = QPushButton(_tr("Show controls"), self)
        self.show_button.setObjectName("showControls")
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes the focus
        self.show_button.clicked.connect(self.make_room)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._message = False  # the status bar shows a passing message ("Saved …")
        self.hide()

    def message_changed(self, message: str) -> None:
        """A passing message in the status bar ("Saved …") gets the whole width: the line
        steps aside meanwhile and comes back after it."""
        self._message = bool(message)
        self._show_or_hide()

    def _show_or_hide(self) -> None:
        self.setVisible(bool(self._docks) and not self._message)

    def text(self) -> str:
        return self.label.full_text()

    def update_for(self, docks: list[QDockWidget] | None) -> None:
        """``docks``: the docks the controls make room for (None or empty: they are back)."""
        self._docks = list(docks or [])
        if not self._docks:
            self._show_or_hide()
            return
        side = self.fontMetrics().height()  # the text's size (projector mode's, too)
        sign = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon.setPixmap(sign.pixmap(side, side))
        self.label.set_full_text(hint_text(self._docks, self._projector))
        names = dock_names(self._docks)
        self.show_button.setToolTip(
            _tr("Close the {docks} panel(s)", "", len(self._docks)).format(docks=names)
        )
        self._show_or_hide()

    def make_room(self) -> None:
        """Close the docks the controls make room for (they open again from the menus
        and their keys, F6 for the classroom)."""
        for dock in list(self._docks):
            dock.close()
