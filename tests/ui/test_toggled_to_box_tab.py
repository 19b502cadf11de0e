"""Unticking an "Auto" (or ticking a "Pin") with Space, then Tab: the focus goes to the box
it enabled, to type the number. Before, Tab passed it (it comes before the check box in
Tab's order, as they read) and went on to the next control. The final drive's box was
mended first; the wheelbase's, the seats', the gear ratios' and the pinned figures' boxes
did the same until the one mechanism (toggled_to_box.py) served them all.

Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.keys import focus, press, type_text

pytestmark = pytest.mark.desktop


def _focused():
    return QApplication.focusWidget()


def test_tab_after_unticking_auto_goes_to_the_final_drive_box(qtbot, main_window):
    w = main_window
    g = w.drivetrain_panel.gearing
    w.controls_scroll.ensureWidgetVisible(g.final_auto)
    assert not g.final_spin.isEnabled()
    # From the gear ratios' Auto, Tab passes the greyed box to the final drive's Auto.
    focus(qtbot, g.ratios.auto)
    press(Qt.Key.Key_Tab)
    assert _focused() is g.final_auto
    press(Qt.Key.Key_Space)
    assert w.document.build.drivetrain.final_drive is not None
    assert g.final_spin.isEnabled()
    press(Qt.Key.Key_Tab)
    assert _focused() is g.final_spin
    # The ratio typed there, over the whole text (Tab selected it), reaches the build.
    type_text("4.5")
    press(Qt.Key.Key_Return)
    assert w.document.build.drivetrain.final_drive == 4.5
    # On from the box as before: its Auto, then the next panel's first check box.
    press(Qt.Key.Key_Tab)
    assert _focused() is g.final_auto
    press(Qt.Key.Key_Tab)
    assert _focused() is w.overrides_panel.weight.check


def test_only_the_first_tab_after_the_untick_goes_back(qtbot, main_window):
    """Ticking "Auto" again, or leaving it and coming back, leaves Tab as it was."""
    w = main_window
    g = w.drivetrain_panel.gearing
    w.controls_scroll.ensureWidgetVisible(g.final_auto)
    focus(qtbot, g.final_auto)
    press(Qt.Key.Key_Space)  # unticked: the box enabled
    press(Qt.Key.Key_Space)  # ticked again: the box greyed
    assert not g.final_spin.isEnabled()
    press(Qt.Key.Key_Tab)
    assert _focused() is w.overrides_panel.weight.check
    focus(qtbot, g.final_auto)
    press(Qt.Key.Key_Space)  # unticked
    press(Qt.Key.Key_Backtab)  # Shift+Tab: back to the box, as before
    assert _focused() is g.final_spin
    press(Qt.Key.Key_Tab)
    assert _focused() is g.final_auto
    press(Qt.Key.Key_Tab)  # the untick was forgotten when the focus left
    assert _focused() is w.overrides_panel.weight.check


@pytest.mark.parametrize("name", ["wheelbase", "seats"])
def test_tab_after_unticking_a_body_auto_goes_to_its_box(qtbot, main_window, name):
    w = main_window
    control = getattr(w.body_panel, name)
    w.controls_scroll.ensureWidgetVisible(control.check)
    focus(qtbot, control.check)
    if not control.check.isChecked():  # (the new car's seats are set, not Auto)
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Tab)  # ticked, the box greyed: Tab goes on as it did
        assert _focused() is not control.spin
        focus(qtbot, control.check)
    assert not control.spin.isEnabled()
    press(Qt.Key.Key_Space)
    assert control.spin.isEnabled()
    press(Qt.Key.Key_Tab)
    assert _focused() is control.spin
    press(Qt.Key.Key_Tab)  # on from the box as before: its Auto
    assert _focused() is control.check


def test_tab_after_unticking_the_gear_ratios_auto_goes_to_the_first_ratio(qtbot, main_window):
    w = main_window
    g = w.drivetrain_panel.gearing
    w.controls_scroll.ensureWidgetVisible(g.ratios.auto)
    assert g.ratios.auto.isChecked() and not g.ratios.spins[0].isEnabled()
    focus(qtbot, g.ratios.auto)
    press(Qt.Key.Key_Space)
    assert w.document.build.drivetrain.ratios is not None
    press(Qt.Key.Key_Tab)
    assert _focused() is g.ratios.spins[0]


def test_tab_after_ticking_a_pin_goes_to_its_box_and_unticking_leaves_tab_alone(qtbot, main_window):
    w = main_window
    weight = w.overrides_panel.weight
    after = w.overrides_panel.power.check  # (its slider and box greyed, unpinned)
    w.controls_scroll.ensureWidgetVisible(weight.check)
    assert not weight.check.isChecked() and not weight.spin.isEnabled()
    focus(qtbot, weight.check)
    press(Qt.Key.Key_Space)  # pinned: the box enabled
    assert w.document.build.overrides.kerb_weight_kg is not None
    press(Qt.Key.Key_Tab)
    assert _focused() is weight.spin
    press(Qt.Key.Key_Tab)
    assert _focused() is weight.check
    press(Qt.Key.Key_Space)  # unpinned: the box greyed, so Tab goes on as it did
    assert not weight.spin.isEnabled()
    press(Qt.Key.Key_Tab)
    assert _focused() is after
