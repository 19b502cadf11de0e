"""A 7- to 10-speed gearbox's ratio boxes fit the controls column.

Ten gears typed into the Gears box at 1280x720: the ratio boxes and their "Auto" on one
line were wider than the controls column, which then cut every box down its right edge
(the redline's "9,500" half shown, the pinned figures' boxes and the ratios' Auto out of
sight). More than six boxes now take two lines.

In a narrowed column (docks beside the dashboard, a desktop's 10 pt text) the boxes' Auto
goes under them, then the boxes take more lines, as the slider rows' fields go under their
labels: the gear ratios never make the column wider than the other rows do.

Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb).
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFormLayout

from keiconfig.core import presets
from tests.ui.keys import focus, press, type_text
from tests.ui.test_era_offer_layout import MAXIMISED_1280X720
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


def _other_fields_least_width(window) -> int:
    """The widest least width of the controls' fields other than the gear ratios (the
    slider rows', 264 px with a 10 pt desktop font)."""
    ratios = window.drivetrain_panel.gearing.ratios
    widest = 0
    for form in window._controls.findChildren(QFormLayout):
        for r in range(form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = form.itemAt(r, role)
                field = item.widget() if item is not None else None
                if field is None or field is ratios or not field.isVisibleTo(window):
                    continue
                if not field.hasHeightForWidth():  # (a wrapped sentence: any width)
                    widest = max(widest, item.minimumSize().width())
    return widest


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("points", [9, 10], ids=["9pt", "10pt"])
@pytest.mark.parametrize("gears", [4, 5, 6, 7, 10])
def test_the_gear_ratios_give_way_as_the_other_rows_do(
    main_window_factory, qtbot, desktop_font, points, gears, language
) -> None:
    """With a desktop's 10 pt text, five ratio boxes and their Auto on one line needed
    290 px (six: 337) where the slider rows need 264: the controls column, narrowed beside
    the docks at 1280x720, needed 338 px (385), and scrolled sideways over the boxes. Now
    the boxes' Auto goes under them, then the boxes onto more lines: narrowed to the width
    its other rows need, the column does not scroll and every box is in view, in gear
    order."""
    desktop_font(points)
    w = main_window_factory()
    w.resize(*MAXIMISED_1280X720)
    w.open_preset(presets.load_preset("suzuki-alto-works-rs-r-1987").build)
    w.document.change({"drivetrain.transmission": "dct", "drivetrain.gears": gears}, "gears")
    settle(qtbot, w)
    row = w.drivetrain_panel.gearing.ratios
    boxes = [s for s in row.spins if s.isVisibleTo(row)]
    assert len(boxes) == gears
    # The column narrowed, as DockRoom narrows it beside docks, to the width its other
    # rows need: the least width it has with the gear ratios at their narrowest.
    others = _other_fields_least_width(w)
    widest = max(others, row.minimumSizeHint().width())
    scroll = w.controls_scroll
    bar = scroll.verticalScrollBar().sizeHint().width()
    chrome = w._controls.minimumSizeHint().width() - widest + bar + 2 * scroll.frameWidth()
    limit = others + chrome
    w.dock_room.limit = limit
    w._limit_controls(limit)
    settle(qtbot, w)
    assert scroll.width() == limit
    assert scroll.horizontalScrollBar().maximum() == 0, (others, row.minimumSizeHint().width())
    view = scroll.viewport()
    places = [box.mapTo(view, QPoint(0, 0)) for box in (*boxes, row.auto)]
    for widget, place in zip((*boxes, row.auto), places, strict=True):
        assert place.x() >= 0 and place.x() + widget.width() <= view.width(), (
            widget.accessibleName(),
            place.x(),
            view.width(),
        )
    # in gear order: along a line, then the next line down from its left
    for (a, pa), (_, pb) in itertools.pairwise(zip(boxes, places[:-1], strict=True)):
        assert (pb.y() == pa.y() and pb.x() >= pa.x() + a.width()) or pb.y() >= pa.y() + a.height()
    auto, last = places[-1], places[-2]
    beside = auto.x() >= last.x() + boxes[-1].width()
    under = auto.y() >= last.y() + boxes[-1].height()
    assert beside or under
