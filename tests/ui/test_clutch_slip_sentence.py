"""Absurd gearing: the limits sentence says the clutch never takes up the drive.

One gear of 1.0 with a 1.0 final drive cannot pull the car with the clutch engaged at
any speed it reaches; the run goes on on a slipping clutch (the engine held at its
launch rpm, never below idle), and the window says so under the speed plot.
"""

from __future__ import annotations


def test_a_one_to_one_single_gear_is_said_to_slip_its_clutch(main_window, qtbot):
    doc = main_window.document
    panel = main_window.classroom.limits_panel
    panel.update_now()
    assert "clutch is still slipping" not in panel.sentence.accessibleDescription()
    doc.change(
        {
            "drivetrain.transmission": "manual",
            "drivetrain.gears": 1,
            "drivetrain.ratios": [1.0],
            "drivetrain.final_drive": 1.0,
        },
        "One gear, 1.0 × 1.0",
    )
    said = panel.sentence.accessibleDescription()
    assert "clutch is still slipping in 1st gear" in said
    assert f"{doc.performance.top_speed_kmh:.0f} km/h top speed" in said
    assert "clutch is still slipping" in panel.sentence.text()
    doc.undo_stack.undo()
    assert "clutch is still slipping" not in panel.sentence.accessibleDescription()
