"""Names as long as the build format allows (80 characters) from a stranger's file: the
comparison and the race stay readable on a laptop screen."""

from __future__ import annotations

from tests.ui.timers import run_window_timers


def test_names_of_80_letters_keep_the_comparison_and_the_race_readable(main_window, qtbot) -> None:
    """Two builds named with 80 letters without a space (W's, and 車, which Japanese
    wraps anywhere) pinned and raced at 1280x720: the legend and the comparison's message
    wrap them (80 W's set their least width, 960 pixels, so the dock pushed the table
    past the screen with a scroll bar), and a name in the race covers neither the cars
    nor the finish line (it did): at most half the track beside its car, up to the
    finish strip above it (f379720)."""
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
    lane_h = track.finish_box.height() / 2  # (the finish strip spans the lanes)
    for k, box in enumerate(track.name_boxes):
        # never over the finish line, and inside its own lane (over no other car)
        assert box.right() <= track.finish_box.left(), (box, track.finish_box)
        lane_top = track.finish_box.top() + k * lane_h
        assert lane_top - 1 <= box.top() and box.bottom() <= lane_top + lane_h + 1, box
        if box.width() > track.width() / 2 + 4:
            # Longer than half the track only above its own car, in a lane with room for
            # both (f379720): clear of the car's roof (the car stands 0.3 line above the
            # lane's foot, and is half as high as long), so it hides no car.
            roof = lane_top + lane_h - 0.3 * box.height() - track.car_length / 2
            assert box.bottom() <= roof + 1, (box, roof)


LONG_FILE = "my_super_long_kei_car_build_name_" * 6 + ".kei.json"  # 207 characters


def _message_label(box):
    from PySide6.QtWidgets import QLabel

    return box.findChild(QLabel, "qt_msgbox_label")


def test_a_message_box_shows_a_long_file_name_whole(qapp, qtbot) -> None:
    """A 207-letter file name in an error (a shared build from a zip) ran off the message
    box's right edge at 1280x720: the label cannot break a run without spaces, so the
    name's end, its extension, was cut. It now wraps inside such a run (only there: an
    ordinary path keeps its exact text), and shows whole."""
    from keiconfig.ui import errors, plain

    message = f"Could not open /home/student/builds/{LONG_FILE}: the file is not JSON."
    box = errors.user_error_box(None, "Could not open the build", message)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    label = _message_label(box)
    assert label.text().replace("\u200b", "") == message  # every letter, in order
    assert label.sizeHint().width() <= label.width(), "a line runs past the label's edge"
    screen = box.screen().availableGeometry()
    assert box.frameGeometry().width() <= screen.width()
    # an ordinary path (pytest's, up to 30 letters a folder) is left exactly as it is
    path = "/tmp/pytest-of-root/pytest-12/test_a_message_box_shows_a_lo0/broken.kei.json"
    assert plain.wrappable(f"Could not open {path}.") == f"Could not open {path}."


def test_a_challenge_with_a_long_title_and_description_fits_a_laptop_screen(
    main_window, tmp_path, dialogs
) -> None:
    """A challenge titled with 80 W's and described with a 590-letter run (the longest
    each field allows, from a stranger's file) opened at 1280x720: the challenge window
    was 4,225 px wide with its buttons off the screen, the class folder ranked by it
    1,125 px at least, and the explorer's 'Challenge: ...' line 949 px at least."""
    import json

    from keiconfig.core.resources_path import resource_path
    from keiconfig.ui.class_folder import ClassFolderDialog

    main_window.resize(1280, 720)
    raw = json.loads(resource_path("example.challenge.json").read_text(encoding="utf-8"))
    raw["title"] = "W" * 80
    raw["description"] = "Build " + "x" * 590
    path = tmp_path / "long.challenge.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    tools = main_window.explore_tools
    dialog = tools.open_challenge(str(path))
    assert dialog is not None and dialogs.errors == []
    for label in dialog.labels[:2]:  # whole, breakable
        assert label.text().replace("\u200b", "") in (raw["title"], raw["description"])
    assert dialog.minimumSizeHint().width() < 700
    assert dialog.width() < 1280
    assert dialog.explore_button.isVisible()

    panel = tools.show()
    panel.set_challenge(tools.challenge_dialog.challenge)
    assert panel.challenge_label.minimumSizeHint().width() < 400

    folder = ClassFolderDialog(str(tmp_path), main_window, challenge=dialog.challenge)
    try:
        assert folder.minimumSizeHint().width() < 800
    finally:
        folder.close()
        folder.deleteLater()
    dialog.close()
