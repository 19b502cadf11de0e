"""Number boxes write their thousands grouped, as the figures and sentences do.

The motor's top speed box read "12000 rpm", the kerb weight box "1500 kg" and the length
box "3395 mm", beside a Kerb weight card of "1,500 kg" and sentences of "4,260 rpm". Now
every box of a quantity groups its digits ("12,000 rpm"), in English and Japanese; a
number typed with or without the separator is taken alike; a year stays "2022".

Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from keiconfig.core import presets
from tests.ui.keys import focus, press, type_text

pytestmark = pytest.mark.desktop


def _type(qtbot, box, text: str) -> None:
    focus(qtbot, box)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(text)
    press(Qt.Key.Key_Return)


def _grouped_and_typed(qtbot, w) -> None:
    w.open_preset(presets.load_preset("nissan-sakura-2022").build)
    motor = w.engine_panel.motor_controls
    rpm = motor.max_rpm
    w.controls_scroll.ensureWidgetVisible(rpm)
    effective = round(w.document.build.motor.effective_max_rpm)
    assert rpm.spin.text() == f"{effective:,} rpm"
    focus(qtbot, rpm.check)
    press(Qt.Key.Key_Space)  # Auto off: the box is the build's, to be typed in
    _type(qtbot, rpm.spin, "13500")
    assert w.document.build.motor.max_rpm == 13500
    assert rpm.spin.text() == "13,500 rpm"
    _type(qtbot, rpm.spin, "12,750")  # typed as it is shown
    assert w.document.build.motor.max_rpm == 12750
    assert rpm.spin.text() == "12,750 rpm"
    press(Qt.Key.Key_Up)  # and the steps still land on round numbers
    assert w.document.build.motor.max_rpm == 13000
    assert rpm.spin.text() == "13,000 rpm"
    length = w.body_panel.length.spin
    assert length.text() == "3,395 mm"
    _type(qtbot, length, "3300")
    assert w.document.build.body.length_mm == 3300 and length.text() == "3,300 mm"
    weight = w.overrides_panel.weight
    assert weight.spin.text() == f"{round(w.document.performance.kerb_weight_kg):,} kg"
    assert w.body_panel.year.text() == "2022"  # a year is not a quantity


def test_number_boxes_group_their_thousands_and_take_either_typing(qtbot, main_window):
    _grouped_and_typed(qtbot, main_window)


def test_in_japanese_too(qtbot, main_window_factory, qapp):
    from keiconfig.ui import i18n

    i18n.set_language("ja")
    try:
        _grouped_and_typed(qtbot, main_window_factory())
    finally:
        i18n.set_language("en")
