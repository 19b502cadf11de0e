"""Round 5's controls in the window: the body's construction (body panel) and the
twin-clutch gearbox (drivetrain panel's gearbox choice). Keys go to the focused control,
as a person's do; each change is one undo step and moves the kerb weight the physical
way. Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from keiconfig.core.build import changed
from keiconfig.core.weight import FRAME_KG_PER_M2
from keiconfig.ui.main_window import MainWindow
from tests.ui.keys import focus, press

pytestmark = pytest.mark.desktop


def test_construction_picked_by_keyboard_puts_the_body_on_a_frame_and_undoes(
    main_window: MainWindow, qtbot
) -> None:
    doc = main_window.document
    combo = main_window.body_panel.construction
    assert doc.build.body.construction is None
    assert combo.value() is None and combo.currentText() == "Auto (Monocoque)"
    before = doc.performance.kerb_weight_kg
    focus(qtbot, combo)
    press(Qt.Key.Key_Down)  # Auto -> Monocoque: the file now says it; the same car
    assert doc.build.body.construction == "monocoque"
    assert doc.performance.kerb_weight_kg == before
    press(Qt.Key.Key_Down)  # -> Ladder frame: the frame's mass is added
    assert doc.build.body.construction == "ladder_frame"
    assert doc.undo_stack.undoText() == "Change construction"
    b = doc.build.body
    frame = FRAME_KG_PER_M2 * b.length_mm * b.width_mm / 1e6
    assert doc.performance.kerb_weight_kg > before + 0.5 * frame
    press(Qt.Key.Key_Down)  # -> Space frame: much lighter than a monocoque
    assert doc.build.body.construction == "space_frame"
    assert doc.performance.kerb_weight_kg < before - 100
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.build.body.construction == "monocoque"
    assert combo.value() == "monocoque"  # the control shows the undone build
    doc.undo_stack.undo()
    assert doc.build.body.construction is None and combo.value() is None
    # A build changed from outside shows in the control, Auto naming the default.
    doc.reset(
        changed(
            doc.build,
            {"body.style": "suv", "drivetrain.driven": "awd", "body.construction": None},
        )
    )
    assert combo.currentText() == "Auto (Ladder frame)"


def test_twin_clutch_picked_by_keyboard_is_heavier_quicker_and_undoes(
    main_window: MainWindow, qtbot
) -> None:
    doc = main_window.document
    combo = main_window.drivetrain_panel.transmission
    assert doc.build.drivetrain.transmission == "manual"
    before = doc.performance
    focus(qtbot, combo)
    press(Qt.Key.Key_Down)
    assert doc.build.drivetrain.transmission == "dct"
    assert combo.currentText() == "Twin-clutch"
    assert doc.undo_stack.undoText() == "Change gearbox"
    after = doc.performance
    assert after.kerb_weight_kg > before.kerb_weight_kg
    assert after.zero_to_100kmh_s is not None and before.zero_to_100kmh_s is not None
    doc.undo_stack.undo()
    assert doc.build.drivetrain.transmission == "manual" and combo.value() == "manual"


def test_projector_mode_hides_the_construction_row_and_keeps_its_value(
    main_window: MainWindow,
) -> None:
    """Construction is an advanced control: projector mode (larger text, fewer controls)
    hides its row, as it hides the engine's cooling, and puts it back after."""
    panel = main_window.body_panel
    doc = main_window.document
    doc.reset(changed(doc.build, {"body.construction": "space_frame"}))
    assert panel.form.isRowVisible(panel.construction)
    main_window.view.set_projector(True)
    assert not panel.form.isRowVisible(panel.construction)
    assert doc.build.body.construction == "space_frame"
    main_window.view.set_projector(False)
    assert panel.form.isRowVisible(panel.construction)
    assert panel.construction.value() == "space_frame"
