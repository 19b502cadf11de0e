"""body_change_notes: what a change did to the body's structure unasked, with its weight."""

from __future__ import annotations

from keiconfig.core.body_notes import body_change_notes
from keiconfig.core.build import changed, default_build
from keiconfig.core.performance import evaluate


def test_notes_name_the_structure_and_its_weight_from_the_model() -> None:
    hatch = default_build()
    soft = changed(hatch, {"body.roof": "soft"})
    (note,) = body_change_notes(hatch, soft)
    kg = evaluate(soft).kerb_weight_kg - evaluate(hatch).kerb_weight_kg
    assert f"+{kg:.0f} kg" in note and "open top" in note
    suv = changed(hatch, {"body.style": "suv"})
    awd = changed(suv, {"drivetrain.driven": "awd"})
    (frame,) = body_change_notes(suv, awd)
    assert "ladder frame" in frame and "4WD off-roader" in frame
    (back,) = body_change_notes(awd, suv)
    assert "monocoque" in back and "−125 kg" in back
    truck = changed(hatch, {"body.style": "truck"})
    (cab,) = body_change_notes(truck, changed(truck, {"engine.position": "mid"}))
    assert "cab-over" in cab


def test_changes_that_move_no_structure_say_nothing() -> None:
    hatch = default_build()
    assert body_change_notes(hatch, changed(hatch, {"drivetrain.driven": "awd"})) == ()
    assert body_change_notes(hatch, changed(hatch, {"body.roof": "glass"})) == ()
    soft = changed(hatch, {"body.roof": "soft"})
    assert body_change_notes(soft, changed(soft, {"body.roof": "targa"})) == ()
    mono = changed(hatch, {"body.style": "suv", "body.construction": "monocoque"})
    assert body_change_notes(mono, changed(mono, {"drivetrain.driven": "awd"})) == ()
