"""Unticking the final drive's "Auto" with Space, then Tab: the focus goes to the final
drive's box, now enabled, to type the ratio. Before, Tab passed it (it comes before "Auto"
in Tab's order, as they read) and went on to the pinned figures' check box.

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
