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


def test_a_first_gear_too_tall_to_move_off_is_said_under_the_speed_plot(main_window, qtbot):
    """Torque pinned at 1 N·m: the designed first gear cannot pull the car away, and the
    run lowers it (3.03 -> 7.57 on the Beat). Before, the window said nothing, and every
    time on the cards was for a first gear the person never set; now the sentence under
    the speed plot says so first, and goes when the pin goes."""
    from keiconfig.core import presets

    doc = main_window.document
    doc.reset(presets.load_preset("honda-beat-1991").build)
    panel = main_window.classroom.limits_panel
    panel.update_now()
    assert "too tall to move the car off" not in panel.sentence.accessibleDescription()
    doc.change({"overrides.torque_nm": 1.0}, "Pin torque")
    said = panel.sentence.accessibleDescription()
    assert "First gear (3.03) is too tall to move the car off" in said
    assert "uses a first gear of 7.57 instead" in said
    assert "too tall to move the car off" in panel.sentence.text()
    doc.undo_stack.undo()
    assert "too tall to move the car off" not in panel.sentence.accessibleDescription()
