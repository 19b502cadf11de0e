"""A change that moves the body's structure unasked says so in the status bar.

Before, a soft top on the default hatchback showed only "▲ 48 kg worse", and four-wheel
drive on an SUV with its construction on Auto put a ladder frame under it (+125 kg) that
only the construction row's label named (hidden in projector mode).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from keiconfig.core.build import changed, default_build
from tests.ui.keys import focus, press


def test_a_soft_top_on_a_hatchback_says_what_it_weighs(main_window, qtbot) -> None:
    doc = main_window.document
    assert doc.build.body.style == "hatchback" and doc.build.body.roof == "fixed"
    roof = main_window.body_panel.roof
    focus(qtbot, roof)
    press(Qt.Key.Key_Down)  # Fixed -> Soft top
    assert doc.build.body.roof == "soft"
    message = main_window.statusBar().currentMessage()
    assert "open top" in message and "+48 kg" in message, message
    main_window.statusBar().clearMessage()
    doc.undo_stack.undo()  # an undo says nothing: the person knows what they took back
    assert main_window.statusBar().currentMessage() == ""
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)  # Soft top -> Targa: still open, nothing new to say
    assert doc.build.body.roof == "targa"
    main_window.statusBar().clearMessage()
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)  # back to Fixed
    assert doc.build.body.roof == "fixed"
    assert "fixed roof carries loads again" in main_window.statusBar().currentMessage()


def test_four_wheel_drive_on_an_suv_names_its_ladder_frame(main_window, qtbot) -> None:
    doc = main_window.document
    doc.reset(changed(default_build(), {"body.style": "suv", "drivetrain.driven": "fwd"}))
    driven = main_window.drivetrain_panel.driven
    focus(qtbot, driven)
    press(Qt.Key.Key_End)  # All-wheel drive, the last choice
    assert doc.build.drivetrain.driven == "awd" and doc.build.body.construction is None
    message = main_window.statusBar().currentMessage()
    assert "ladder frame" in message and "+125 kg" in message
    assert "For a crossover, choose Monocoque." in message
    # A construction the person chose is theirs: nothing to say when the drive changes.
    doc.reset(
        changed(
            default_build(),
            {"body.style": "suv", "drivetrain.driven": "fwd", "body.construction": "monocoque"},
        )
    )
    main_window.statusBar().clearMessage()
    focus(qtbot, driven)
    press(Qt.Key.Key_End)
    assert doc.build.drivetrain.driven == "awd"
    assert main_window.statusBar().currentMessage() == ""
