"""Round 5's weight inputs: the four-wheel-drive axles' mass (50 kg over front drive, the
reference's N-WGN Custom pair), the default construction the window names, brakes and tyres
for the power, and (round 6) the coolant lines of a water-cooled engine behind the cabin."""

from __future__ import annotations

import pytest

from keiconfig.core.build import changed, default_build
from keiconfig.core.chassis import construction, default_construction
from keiconfig.core.performance import evaluate
from keiconfig.core.weight import AWD_AXLES_KG


def _kg(build, part: str) -> float:
    return sum(p.kg for p in evaluate(build).weight_parts if p.name == part)


def test_four_wheel_drive_weighs_fifty_kg_more_than_front_drive() -> None:
    fwd = default_build()
    awd = changed(fwd, {"drivetrain.driven": "awd"})
    assert _kg(awd, "driven axles") == AWD_AXLES_KG
    assert _kg(awd, "driven axles") - _kg(fwd, "driven axles") == pytest.approx(50.0)
    assert evaluate(awd).kerb_weight_kg == pytest.approx(
        evaluate(fwd).kerb_weight_kg + 50.0, abs=0.2
    )


def test_the_default_construction_does_not_depend_on_the_files_word() -> None:
    off_roader = changed(default_build(), {"body.style": "suv", "drivetrain.driven": "awd"})
    assert default_construction(off_roader) == construction(off_roader) == "ladder_frame"
    said = changed(off_roader, {"body.construction": "monocoque"})
    assert construction(said) == "monocoque"
    assert default_construction(said) == "ladder_frame"  # what "Auto" would give
    assert default_construction(default_build()) == "monocoque"


def test_brakes_and_tyres_follow_the_configured_power_not_a_pinned_one() -> None:
    from keiconfig.core.weight import BRAKES_KG_PER_KW

    na = default_build()
    turbo = changed(na, {"engine.aspiration": "turbo", "engine.power_cap_ps": None})
    p_na = evaluate(na)
    part = "brakes and tyres for the power"
    assert _kg(na, part) == pytest.approx(BRAKES_KG_PER_KW * p_na.power_kw, abs=0.1)
    assert _kg(turbo, part) > _kg(na, part) + 5.0  # more power, bigger brakes and tyres
    # A pinned power is a figure, not another car: the brakes stay the configured engine's.
    pinned = changed(na, {"overrides.power_ps": 120.0})
    assert _kg(pinned, part) == _kg(na, part)
    # An electric car's are sized for its motor.
    from keiconfig.core.presets import load_preset

    sakura = load_preset("nissan-sakura-2022").build
    assert sakura.motor is not None
    assert _kg(sakura, part) == pytest.approx(BRAKES_KG_PER_KW * sakura.motor.max_power_kw, abs=0.1)


def test_coolant_lines_belong_to_a_water_cooled_engine_behind_the_cabin() -> None:
    """Round 6: the coolant pipes to the front are a water-cooled mid or rear engine's
    (the air-cooled mid-engined Vamos paid for them, the water-cooled rear-engined
    Fronte Coupe did not); a mid engine's subframe and fuel lines stay its own."""
    from keiconfig.core.presets import load_preset
    from keiconfig.core.weight import COOLANT_LINES_KG, MID_ENGINE_KG

    front = default_build()
    rear = changed(front, {"engine.position": "rear", "drivetrain.driven": "rwd"})
    mid = changed(rear, {"engine.position": "mid"})
    for build in (front, rear, mid):
        air = changed(build, {"engine.cooling": "air"})
        behind = build.engine.position != "front"
        assert _kg(build, "coolant lines") == (COOLANT_LINES_KG if behind else 0.0)
        assert _kg(air, "coolant lines") == 0.0
        layout = MID_ENGINE_KG if build.engine.position == "mid" else 0.0
        assert _kg(build, "mid-engine layout") == _kg(air, "mid-engine layout") == layout
    # A water-cooled mid engine weighs what it did (29 + 6 = round 5's 35 kg).
    assert MID_ENGINE_KG + COOLANT_LINES_KG == 35.0
    # An electric car's motor has neither (its coolant is in its own fluids).
    i_miev = load_preset("mitsubishi-i-miev-2009").build
    assert i_miev.engine.position != "front"
    assert _kg(i_miev, "coolant lines") == 0.0
