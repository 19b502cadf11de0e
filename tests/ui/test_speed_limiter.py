"""The speed limiter: a switch in the drivetrain panel, and the top speed card says so."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from keiconfig.core import presets


def test_limiter_switch_and_the_top_speed_card(main_window, qtbot) -> None:
    w = main_window
    w.show()
    qtbot.waitExposed(w)
    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    doc = w.document
    box = w.drivetrain_panel.limiter
    card = w.results_panel.figures["top_speed_kmh"]
    assert box.isChecked()
    assert doc.build.drivetrain.speed_limit_kmh == 140.0
    free = doc.performance.unlimited_top_speed_kmh
    assert free is not None and free > 150.0
    assert card.value.text() == "140 km/h"
    assert f"limited; about {free:.0f} without the limiter" in card.note.text()

    on_indicator = QPoint(8, box.height() // 2)  # the box itself, not the empty row beside it
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=on_indicator)  # one undo step
    assert doc.build.drivetrain.speed_limit_kmh is None
    assert doc.performance.unlimited_top_speed_kmh is None
    assert card.value.text() == f"{free:.0f} km/h"
    assert "limited" not in card.note.text()

    doc.undo_stack.undo()
    assert doc.build.drivetrain.speed_limit_kmh == 140.0 and box.isChecked()


def test_a_doubtful_published_figure_is_marked_on_the_card(main_window) -> None:
    main_window.open_preset(presets.load_preset("subaru-360-1958").build)
    note = main_window.results_panel.figures["top_speed_kmh"].note.text()
    assert "published: 83 km/h (doubtful: see the notes)" in note
    assert not main_window.drivetrain_panel.limiter.isChecked()  # a 1958 car has none
