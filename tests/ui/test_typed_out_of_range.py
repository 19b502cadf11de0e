"""A number typed outside a box's range gets a sentence, not silence (the gearing boxes).

Qt refuses such a number without a word: a digit that would take the box past its range
is dropped ("100" gears became 10 gears), a number below it is put back on Enter (a gear
ratio of 0). The box now says its name and range at the box.

Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from tests.ui.keys import focus, press, type_text

pytestmark = pytest.mark.desktop


def _typed(qtbot, box, text: str) -> str:
    """Type ``text`` over what ``box`` holds and press Enter; the sentence shown, if any."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    focus(qtbot, box)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(text)
    press(Qt.Key.Key_Return)
    qtbot.wait(20)  # (a refused digit is noticed once the box has had it)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_absurd_gearing_typed_gets_a_sentence(qtbot, main_window):
    doc = main_window.document
    panel = main_window.drivetrain_panel
    gearing = panel.gearing
    focus(qtbot, gearing.ratios.auto)
    press(Qt.Key.Key_Space)  # the ratios become the build's, to be edited
    ratios = doc.build.drivetrain.ratios
    assert ratios is not None
    second = gearing.ratios.spins[1]
    for text in ("0", "9"):
        said = _typed(qtbot, second, text)
        assert said == ("Gear 2 ratio: from 1.53 to 3.06 (each gear lower than the one before)"), (
            text
        )
        assert doc.build.drivetrain.ratios == ratios  # and the build is as it was
    assert _typed(qtbot, second, "1.8") == ""  # a ratio in range: no sentence
    assert doc.build.drivetrain.ratios[1] == 1.8
    focus(qtbot, gearing.final_auto)
    press(Qt.Key.Key_Space)  # the final drive the build's, to be edited
    assert _typed(qtbot, gearing.final_spin, "0") == "Final drive: from 1.00 to 20.00"
    assert doc.build.drivetrain.final_drive is not None
    said = _typed(qtbot, panel.gears.spin, "100")
    assert said == "Gears: from 1 to 10"
    assert _typed(qtbot, panel.gears.spin, "0") == "Gears: from 1 to 10"
    assert doc.build.drivetrain.gears == 10  # the "10" before the refused "0" of "100"


def test_a_year_typed_before_the_first_is_said(qtbot, main_window):
    doc = main_window.document
    year = main_window.body_panel.year
    before = doc.build.year
    said = _typed(qtbot, year, "1900")
    assert said == "Model year: from 1945 to 2100 (or not set)"
    assert doc.build.year == before
    assert _typed(qtbot, year, "1995") == ""  # a year in range: no sentence
    assert doc.build.year == 1995


def test_a_name_cleared_is_said_and_the_old_one_kept(qtbot, main_window):
    doc = main_window.document
    doc.change({"name": "<b>Mk2</b>"}, "Rename")
    name = main_window.body_panel.name
    said = _typed(qtbot, name, "")  # Ctrl+A, Return: Ctrl+A selects, nothing typed
    assert said == ""  # nothing cleared yet: the name stands
    focus(qtbot, name)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(QToolTip.isVisible)
    # The name as text, never as markup (plain.tooltip escapes it).
    assert QToolTip.text() == "<qt>A build needs a name: it keeps “&lt;b&gt;Mk2&lt;/b&gt;”.</qt>"
    assert doc.build.name == "<b>Mk2</b>"
    assert name.text() == "<b>Mk2</b>"
