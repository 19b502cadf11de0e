"""A first gear (a CVT's lowest ratio, an electric car's reduction) too tall to move the
car off is lowered by the run; the gearing boxes keep the value the person set or the
model designed, and a note under them says which ratio the run uses instead.

Before, the greyed boxes showed the designed first gear (3.37) while every figure, the
'What limits it' sentence and the gearing plot were for the run's 4.27, with nothing at
the boxes saying so.

Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from keiconfig.core import presets
from tests.ui.keys import focus, press, type_text

pytestmark = pytest.mark.desktop


def _shown(qtbot, panel) -> str:
    """The note as a person sees it: its text while its row is shown, else ""."""
    note = panel.gearing.note
    qtbot.wait(10)
    return note.text() if panel.form.isRowVisible(note) and note.isVisible() else ""


def _on_screen(qtbot, window, widget) -> None:
    window.controls_scroll.ensureWidgetVisible(widget)
    qtbot.wait(10)


def _type_in(qtbot, box, text: str) -> None:
    """``text`` typed over what ``box`` holds, then Return, as a person does."""
    focus(qtbot, box)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(text)
    press(Qt.Key.Key_Return)


def test_a_first_gear_too_tall_is_kept_in_its_box_and_the_run_s_one_said(qtbot, main_window):
    w = main_window
    w.open_preset(presets.load_preset("subaru-360-1958").build)
    panel = w.drivetrain_panel
    gearing = panel.gearing
    _on_screen(qtbot, w, gearing.ratios)
    assert _shown(qtbot, panel) == ""  # a first gear that moves the car: no note
    # The final drive typed tall, and the kerb weight pinned heavy, as a person does.
    focus(qtbot, gearing.final_auto)
    press(Qt.Key.Key_Space)
    _type_in(qtbot, gearing.final_spin, "1")
    weight = w.overrides_panel.weight
    focus(qtbot, weight.check)
    press(Qt.Key.Key_Space)
    _type_in(qtbot, weight.spin, "1500")
    perf = w.document.performance
    raised = perf.lowest_ratio_raised
    assert raised is not None and raised.kind == "first_gear"
    _on_screen(qtbot, w, gearing.note)
    # The greyed box keeps the model's designed first gear; the note says the run's.
    first = gearing.ratios.spins[0]
    assert not first.isEnabled()
    assert first.text() == "3.37"
    said = (
        "The run uses a first gear of 4.27, not the 3.37 shown: that one is too tall to move "
        "the car off."
    )
    assert _shown(qtbot, panel) == said
    assert first.accessibleDescription() == said
    assert first.toolTip().endswith(said)
    # The boxes made the build's: the user's value is the one shown, kept as typed.
    focus(qtbot, gearing.ratios.auto)
    press(Qt.Key.Key_Space)
    assert w.document.build.drivetrain.ratios is not None
    assert w.document.build.drivetrain.ratios[0] == 3.37
    assert first.text() == "3.37" and _shown(qtbot, panel) == said
    # Projector mode hides the note with the rows it speaks of.
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not panel.form.isRowVisible(gearing.note))
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.form.isRowVisible(gearing.note))
    # A car light enough to pull away in it: the note goes, nothing else changes.
    _type_in(qtbot, weight.spin, "400")
    assert w.document.performance.lowest_ratio_raised is None
    assert _shown(qtbot, panel) == ""
    assert first.accessibleDescription() == ""
    assert first.toolTip() == gearing.ratios_tip


def test_a_cvt_s_lowest_ratio_and_a_reduction_are_said_by_their_names(qtbot, main_window):
    w = main_window
    doc = w.document
    panel = w.drivetrain_panel
    gearing = panel.gearing
    w.open_preset(presets.load_preset("daihatsu-copen-2002").build)
    doc.change(
        {
            "drivetrain.transmission": "cvt",
            "drivetrain.gears": None,
            "drivetrain.final_drive": 1.0,
            "overrides.kerb_weight_kg": 2000.0,
            "overrides.torque_nm": 8.0,
        },
        "CVT",
    )
    _on_screen(qtbot, w, gearing.note)
    assert _shown(qtbot, panel) == (
        "The run uses a lowest ratio of 8.23, not the 3.30 shown: that one is too tall to "
        "move the car off."
    )
    assert gearing.ratios.spins[0].text() == "3.30"
    w.open_preset(presets.load_preset("nissan-sakura-2022").build)
    assert _shown(qtbot, panel) == ""
    doc.change({"drivetrain.final_drive": 1.0, "motor.max_torque_nm": 20.0}, "Tall")
    _on_screen(qtbot, w, gearing.note)
    said = (
        "The run uses a reduction of 2.91, not the 1.00 shown: that one is too tall for "
        "the motor to move the car off."
    )
    assert _shown(qtbot, panel) == said
    assert gearing.final_spin.text() == "1.00"
    assert gearing.final_spin.accessibleDescription() == said
    # With the reduction the model's own (Auto), its box shows the designed one, not the
    # run's: the note is what says the run's.
    doc.change(
        {
            "drivetrain.final_drive": None,
            "motor.max_torque_nm": 5.0,
            "overrides.kerb_weight_kg": 5000.0,
        },
        "Weak",
    )
    raised = doc.performance.lowest_ratio_raised
    assert raised is not None
    assert gearing.final_spin.text() == f"{raised.given:.2f}"
    assert f"not the {raised.given:.2f} shown" in _shown(qtbot, panel)


def test_the_model_s_own_reduction_beyond_a_build_s_range_is_shown_as_it_is(qtbot, main_window):
    """A motor of 1 N·m: the model designs a reduction of 37.10, beyond the 1-20 a build may
    give. The greyed box said 20.00 (cut to its range) while the note said 37.10; now it
    shows 37.10, and unticking Auto gives the build the nearest it may have (20)."""
    w = main_window
    doc = w.document
    gearing = w.drivetrain_panel.gearing
    w.open_preset(presets.load_preset("nissan-sakura-2022").build)
    doc.change({"motor.max_torque_nm": 1.0}, "Weak")
    raised = doc.performance.lowest_ratio_raised
    assert raised is not None and raised.given > 20.0
    assert gearing.final_spin.text() == f"{raised.given:.2f}"
    w.controls_scroll.ensureWidgetVisible(gearing.final_auto)
    focus(qtbot, gearing.final_auto)
    press(Qt.Key.Key_Space)
    assert doc.build.drivetrain.final_drive == 20.0
    assert gearing.final_spin.text() == "20.00"


def test_the_note_follows_a_live_switch_to_japanese(qtbot, main_window):
    from keiconfig.ui import i18n

    w = main_window
    doc = w.document
    gearing = w.drivetrain_panel.gearing
    w.open_preset(presets.load_preset("subaru-360-1958").build)
    doc.change({"drivetrain.final_drive": 1.0, "overrides.kerb_weight_kg": 1500.0}, "Heavy")
    try:
        i18n.set_language("ja")
        qtbot.wait(20)
        assert gearing.note.text() == (
            "走行計算は表示の3.37ではなく1速4.27を使います。"
            "3.37ではハイすぎて、車を動かし出せません。"
        )
        assert gearing.ratios.spins[0].toolTip().endswith(gearing.note.text())
    finally:
        i18n.set_language("en")
    qtbot.wait(20)
    assert gearing.note.text().startswith("The run uses a first gear of 4.27")
