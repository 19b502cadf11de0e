"""The explorer's map axes: "Across: [field] Up: [field] [Draw Map]" on one line where the
page is wide enough to show both choices whole, else on two lines.

On one line at 1280x720 in projector mode the Up box was squeezed below its choice: in
Japanese "車両重量・固定値 (kg)" read "車両重量・固定(", in English "kerb weight, pinned
(kg)" had 176 px of the 251 it needs. The boxes are never narrower than their choice
(:class:`keiconfig.ui.widgets.WholeChoiceComboBox`); where the line has not the room for
both, Up goes below Across, its box under Across's. Two lines are used only there: the
explorer docked below a maximised window at 1366x768 in Japanese reads whole with 2 px to
spare, and a line more on the map's page would float it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)


class MapAxes(QWidget):
    """``across`` and ``up`` (each a label and its box) and ``button``: on one line where
    they fit whole, else Across and the button above Up."""

    def __init__(
        self,
        across: tuple[QLabel, QComboBox],
        up: tuple[QLabel, QComboBox],
        button: QPushButton,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._across, self._up, self._button = across, up, button
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        expanding, least = QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum
        grid.addItem(QSpacerItem(0, 0, expanding, least), 0, 5)
        self._one_line: bool | None = None
        self._place(True)
        for box in (across[1], up[1]):
            box.currentIndexChanged.connect(lambda _i: self._fit())

    def one_line(self) -> bool:
        return bool(self._one_line)

    def _widths(self) -> tuple[int, int]:
        """The least widths on one line and on two (the boxes at their choices' width)."""
        (a, a_box), (u, u_box) = self._across, self._up
        space = max(self._grid.horizontalSpacing(), 0)
        label = max(a.sizeHint().width(), u.sizeHint().width())  # (one column on two lines)
        button = self._button.sizeHint().width()
        a_w, u_w = a_box.minimumSizeHint().width(), u_box.minimumSizeHint().width()
        one = a.sizeHint().width() + a_w + u.sizeHint().width() + u_w + button + 4 * space
        two = label + space + max(a_w + space + button, u_w)
        return one, two

    def _place(self, one: bool) -> None:
        if one == self._one_line:
            return
        self._one_line = one
        grid = self._grid
        (a, a_box), (u, u_box) = self._across, self._up
        for widget in (a, a_box, u, u_box, self._button):
            grid.removeWidget(widget)
        if one:
            for column, widget in enumerate((a, a_box, u, u_box, self._button)):
                grid.addWidget(widget, 0, column)
        else:
            grid.addWidget(a, 0, 0)
            grid.addWidget(a_box, 0, 1)
            grid.addWidget(self._button, 0, 2)
            grid.addWidget(u, 1, 0)
            grid.addWidget(u_box, 1, 1, 1, 2)
        self.updateGeometry()

    def _fit(self) -> None:
        self._place(self.width() >= self._widths()[0])
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """As narrow as two lines go; as high as the lines it has now."""
        return QSize(self._widths()[1], self._grid.minimumSize().height())

    def sizeHint(self) -> QSize:
        height = self._grid.sizeHint().height()
        return QSize(max(self._widths()[0], self._grid.sizeHint().width()), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()
