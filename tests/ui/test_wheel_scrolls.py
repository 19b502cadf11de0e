"""Scrolling the controls column with the mouse wheel scrolls it; it changes no value.

Before, a wheel turned over the column changed every box, slider and choice that passed
under the pointer: one scroll down the column (Xvfb, openbox, 1280x720) set the
displacement to 50 cc and the valves to 2, and the build with them. A control clicked or
tabbed into still takes the wheel.
"""

from __future__ import annotations

from tests.ui.keys import focus
from tests.ui.mouse import wheel
from tests.ui.test_layout import resize_on_screen


def test_the_wheel_scrolls_the_column_past_its_controls(main_window, qtbot) -> None:
    resize_on_screen(qtbot, main_window, 1280, 720)
    doc = main_window.document
    before = doc.build
    engine = main_window.engine_panel
    body = main_window.body_panel
    passed = [
        engine.displacement.spin,
        engine.displacement.slider,
        body.roof,
        body.year,
        body.length.slider,
    ]
    for widget in passed:
        assert not widget.hasFocus()
        assert not wheel(widget, 3), widget.accessibleName()  # passed on to the column
        assert doc.build == before, widget.accessibleName()
    # Clicked (or tabbed) into, the box takes the wheel as before.
    spin = engine.displacement.spin
    focus(qtbot, spin)
    assert wheel(spin, 1)
    assert doc.build.engine.displacement_cc < before.engine.displacement_cc
