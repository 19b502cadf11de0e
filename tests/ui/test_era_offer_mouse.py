"""The era offer appears without moving the Year box under the mouse.

An enthusiast steps Model year down with the box's little arrow, 1998 to 1997, while the
1998 rules are in use: the offer ("This car is from 1997: judge it by the 1990 rules?")
appears. It sat at the top of the controls column, above the Name and Year rows: the
Year box jumped down some 60 px under the mouse, and the next click on the arrow landed
near the Body heading. Now it opens under the Year row: the box stays where it was.

Marked ``desktop``: run on a real X server too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionSpinBox

from tests.ui.test_layout import settle

pytestmark = pytest.mark.desktop


def _down_arrow(box) -> QPoint:
    """The middle of the spin box's down arrow, in its own coordinates."""
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    rect = box.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxDown, box
    )
    assert rect.isValid() and box.rect().contains(rect)
    return rect.center()


def _click_at(window, spot: QPoint) -> None:
    """A left click at ``spot`` (global), on whatever of ``window`` is there now."""
    inside = window.childAt(window.mapFromGlobal(spot))
    assert inside is not None, spot
    QTest.mouseClick(inside, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     inside.mapFromGlobal(spot))  # fmt: skip


@pytest.mark.parametrize("size", [(1280, 698), (1920, 1000)], ids=["1280x720", "1920x1080"])
def test_the_year_box_stays_under_the_mouse_when_the_era_offer_appears(
    main_window_factory, qtbot, size
):
    window = main_window_factory()
    window.resize(*size)
    doc = window.document
    doc.change({"year": 1998}, "Change year")
    settle(qtbot, window)
    assert doc.era == "1998"
    offer, year = window.classroom.era_offer, window.body_panel.year
    assert offer.isHidden() and year.value() == 1998
    spot = year.mapToGlobal(_down_arrow(year))
    where = year.mapToGlobal(QPoint(0, 0))
    _click_at(window, spot)
    settle(qtbot, window)
    assert year.value() == 1997 and doc.build.year == 1997
    assert offer.isVisible() and "1997" in offer.message.text()
    assert year.mapToGlobal(QPoint(0, 0)) == where  # not moved under the mouse
    _click_at(window, spot)  # the same point again: the same arrow
    settle(qtbot, window)
    assert year.value() == 1996 and doc.build.year == 1996
    assert year.mapToGlobal(QPoint(0, 0)) == where
    assert offer.isVisible() and "1996" in offer.message.text()
    doc.undo_stack.setClean()
