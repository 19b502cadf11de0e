"""A 7- to 10-speed gearbox's ratio boxes fit the controls column.

Ten gears typed into the Gears box at 1280x720: the ratio boxes and their "Auto" on one
line were wider than the controls column, which then cut every box down its right edge
(the redline's "9,500" half shown, the pinned figures' boxes and the ratios' Auto out of
sight). More than six boxes now take two lines.

Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from keiconfig.core import presets
from tests.ui.keys import focus, press, type_text
from tests.ui.test_layout import resize_on_screen, settle

pytestmark = pytest.mark.desktop


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("gears", [6, 7, 10])
def test_every_ratio_box_and_the_column_fit_at_1280x720(
    main_window, qtbot, gears, language
) -> None:
    w = main_window
    resize_on_screen(qtbot, w, 1280, 720)
    w.open_preset(presets.load_preset("suzuki-alto-works-rs-r-1987").build)
    panel = w.drivetrain_panel
    focus(qtbot, panel.transmission)
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Down)  # Manual, then Twin-clutch
    assert w.document.build.drivetrain.transmission == "dct"
    focus(qtbot, panel.gears.spin)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(str(gears))
    press(Qt.Key.Key_Return)
    assert w.document.build.drivetrain.effective_gears == gears
    settle(qtbot, w)
    row = panel.gearing.ratios
    boxes = [s for s in row.spins if s.isVisibleTo(row)]
    assert len(boxes) == gears
    lines = {box.y() for box in boxes}
    assert len(lines) == (1 if gears <= 6 else 2)
    # The column holds its widest row: nothing runs past the scrolled area's right edge.
    scroll = w.controls_scroll
    view = scroll.viewport()
    assert scroll.widget().width() <= view.width()
    for widget in (*boxes, row.auto, w.engine_panel.redline.spin, w.overrides_panel.weight.check):
        right = widget.mapTo(view, QPoint(widget.width(), 0)).x()
        assert right <= view.width(), (widget.accessibleName(), right, view.width())


@pytest.mark.parametrize("gears", [5, 10])
def test_tab_goes_through_the_gear_boxes_in_order(main_window, qtbot, gears) -> None:
    """Tab from the speed limiter went to the ratios' Auto, the final drive and its Auto,
    and only then to first gear (the gear boxes are made after the final drive's). Now
    it reads as the row does: every gear in order, their Auto, the final drive, its Auto."""
    w = main_window
    w.open_preset(presets.load_preset("suzuki-alto-works-rs-r-1987").build)
    ratios = [round(3.0 - 0.2 * i, 2) for i in range(gears)]
    w.document.change(
        {
            "drivetrain.transmission": "dct",
            "drivetrain.gears": gears,
            "drivetrain.ratios": ratios,
            "drivetrain.final_drive": 4.5,
        },
        "ratios",
    )
    focus(qtbot, w.drivetrain_panel.limiter)
    seen = []
    for _ in range(gears + 3):
        press(Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())
    assert seen == [
        *(f"Gear {i + 1} ratio" for i in range(gears)),
        "Gear ratios: Auto",
        "Final drive",
        "Final drive: Auto",
    ]
