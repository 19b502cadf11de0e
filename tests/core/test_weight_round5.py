"""Round 5's weight inputs: the four-wheel-drive axles' mass (50 kg over front drive, the
reference's N-WGN Custom pair) and the default construction the window names."""

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
