"""What a change of the body did that its control does not show.

Two changes move the body's structure without a word from the control a person touched:
the construction left to Auto follows the style, the driven wheels and the engine's place
(``chassis.default_construction``: four-wheel drive on an SUV puts a ladder frame under
it), and an open top on a steel shell stiffens its sills, floor and scuttle
(``weight.open_top_stiffening_kg``). :func:`body_change_notes` says so in sentences, with
what it weighs, for the window to show after the change. Figures come from the weight
model itself (the kerb weight with and without the part), never written twice.
"""

from __future__ import annotations

from keiconfig.core.build import Build, changed
from keiconfig.core.chassis import construction
from keiconfig.core.performance import load_constants
from keiconfig.core.text import translate
from keiconfig.core.weight import estimate_kerb_kg, open_top_stiffening_kg


def _kg(x: float) -> str:
    return f"{'+' if x > 0 else '−'}{abs(x):.0f} kg"


def body_change_notes(old: Build, new: Build) -> tuple[str, ...]:
    """Sentences for what the change from ``old`` to ``new`` did to the body's structure
    unasked (in the user's language); empty when it did nothing of the kind."""
    notes: list[str] = []
    k = load_constants().weight
    was, now = construction(old), construction(new)
    if new.body.construction is None and was != now:
        kept = changed(new, {"body.construction": was})
        kg = estimate_kerb_kg(new, k) - estimate_kerb_kg(kept, k)
        if now == "ladder_frame" and new.body.style == "suv":
            notes.append(
                translate(
                    "body_notes",
                    "Construction (Auto) is now a ladder frame, as under a 4WD off-roader: "
                    "{kg}. For a crossover, choose Monocoque.",
                ).format(kg=_kg(kg))
            )
        elif now == "ladder_frame":
            notes.append(
                translate(
                    "body_notes",
                    "Construction (Auto) is now a ladder frame, as under a cab-over kei "
                    "truck: {kg}. For a car-based pickup, choose Monocoque.",
                ).format(kg=_kg(kg))
            )
        else:
            notes.append(
                translate(
                    "body_notes",
                    "Construction (Auto) is now a monocoque, with no ladder frame: {kg}. To "
                    "keep the frame, choose Ladder frame.",
                ).format(kg=_kg(kg))
            )
    stiff_was, stiff_now = open_top_stiffening_kg(old) > 0, open_top_stiffening_kg(new) > 0
    if stiff_was != stiff_now and new.body.roof != old.body.roof:
        kg = estimate_kerb_kg(new, k) - estimate_kerb_kg(
            changed(new, {"body.roof": old.body.roof}), k
        )
        if stiff_now:
            notes.append(
                translate(
                    "body_notes",
                    "An open top: the sills, floor and scuttle are stiffened for the roof "
                    "that no longer carries loads, and the top has a mechanism: {kg}.",
                ).format(kg=_kg(kg))
            )
        else:
            notes.append(
                translate(
                    "body_notes",
                    "A fixed roof carries loads again: the open top's stiffening and "
                    "mechanism come off: {kg}.",
                ).format(kg=_kg(kg))
            )
    return tuple(notes)
