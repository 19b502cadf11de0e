"""Names as long as the build format allows (80 characters) from a stranger's file: the
comparison and the race stay readable on a laptop screen."""

from __future__ import annotations

from tests.ui.timers import run_window_timers


def test_names_of_80_letters_keep_the_comparison_and_the_race_readable(main_window, qtbot) -> None:
    """Two builds named with 80 letters without a space (W's, and 車, which Japanese
    wraps anywhere) pinned and raced at 1280x720: the legend and the comparison's message
    wrap them (80 W's set their least width, 960 pixels, so the dock pushed the table
    past the screen with a scroll bar), and a name in the race takes at most half the
    track (it covered the cars and the finish line)."""
    main_window.resize(1280, 720)
    doc = main_window.document
    tools = main_window.compare_tools
    doc.change({"name": "W" * 80}, "Rename")
    assert tools.pin_current()
    doc.change({"name": "車" * 80, "body.length_mm": 3300}, "Rename")
    assert tools.pin_current()
    panel = tools.compare_panel
    assert panel.message.text().startswith("Pinned “車")
    for label in (*panel.legend.names[:2], panel.message):
        assert label.minimumSizeHint().width() < 400, label.text()
    assert panel.legend.names[0].text().replace("\u200b", "") == "W" * 80  # whole, wrapped

    tools.race()
    qtbot.wait(10)
    run_window_timers(main_window)
    track = tools.race_panel.track
    track.grab()  # paints a frame
    assert len(track.name_boxes) == 2
    for box in track.name_boxes:
        assert box.width() <= track.width() / 2 + 4, (box, track.width())
