"""The two weight inputs of round 4 in the window: sliding rear doors (body panel) and the
engine's cooling (engine panel). Keys go to the focused control, as a person's do; each
change is one undo step and moves the kerb weight the physical way. Marked ``desktop``:
``.ci/run`` also runs these on a real X server (xcb)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from keiconfig.core.build import changed
from keiconfig.core.weight import AIR_COOLED_SAVING_KG, SLIDING_DOORS_KG
from keiconfig.ui.main_window import MainWindow
from tests.ui.keys import focus, press

pytestmark = pytest.mark.desktop


def test_space_on_rear_doors_makes_them_sliding_heavier_and_undoable(
    main_window: MainWindow, qtbot
) -> None:
    doc = main_window.document
    box = main_window.body_panel.sliding_doors
    assert not box.isChecked()
    before = doc.performance.kerb_weight_kg
    focus(qtbot, box)
    press(Qt.Key.Key_Space)
    assert doc.build.body.sliding_doors is True
    assert doc.undo_stack.undoText() == "Change rear doors"
    assert doc.performance.kerb_weight_kg == pytest.approx(before + SLIDING_DOORS_KG, abs=0.2)
    doc.undo_stack.undo()
    assert doc.build.body.sliding_doors is None
    assert not box.isChecked()  # the control shows the undone build


def test_cooling_picked_by_keyboard_makes_the_engine_lighter(
    main_window: MainWindow, qtbot
) -> None:
    doc = main_window.document
    combo = main_window.engine_panel.cooling
    assert combo.value() == "water"
    before = doc.performance.kerb_weight_kg
    focus(qtbot, combo)
    press(Qt.Key.Key_Down)
    assert doc.build.engine.cooling == "air"
    assert doc.undo_stack.undoText() == "Change engine cooling"
    assert doc.performance.kerb_weight_kg == pytest.approx(before - AIR_COOLED_SAVING_KG, abs=0.2)
    # A build changed from outside (a file, a preset) shows in the controls.
    doc.reset(changed(doc.build, {"engine.cooling": "water", "body.sliding_doors": True}))
    assert combo.value() == "water"
    assert main_window.body_panel.sliding_doors.isChecked()
