"""The kerb-weight parts (weight.py): each reacts to its input in the physically right
direction, and the stated parts are where the configuration says they are."""

from __future__ import annotations

import pytest

from keiconfig.core.build import Build, changed, default_build
from keiconfig.core.chassis import construction
from keiconfig.core.performance import evaluate
from keiconfig.core.weight import FRAME_KG_PER_M2, OPEN_TOP_STIFFENING_KG


def _kg(build: Build, part: str) -> float:
    return sum(p.kg for p in evaluate(build).weight_parts if p.name == part)


def _kerb(build: Build) -> float:
    return evaluate(build).kerb_weight_kg


@pytest.fixture
def truck() -> Build:
    """A current cab-over kei truck: engine under the seats, rear drive."""
    return changed(
        default_build(),
        {
            "year": 2014,
            "body.style": "truck",
            "body.height_mm": 1885,
            "body.seats": 2,
            "engine.position": "mid",
            "drivetrain.driven": "rwd",
        },
    )


def test_a_cab_over_truck_sits_on_a_ladder_frame_and_a_front_engine_pickup_does_not(
    truck: Build,
) -> None:
    assert construction(truck) == "ladder_frame"
    b = truck.body
    assert _kg(truck, "ladder frame") == pytest.approx(
        FRAME_KG_PER_M2 * b.length_mm * b.width_mm / 1e6, abs=0.1
    )
    pickup = changed(truck, {"engine.position": "front", "drivetrain.driven": "fwd"})
    assert construction(pickup) == "monocoque"
    assert _kg(pickup, "ladder frame") == 0.0
    # The file's own word wins over the default.
    monocoque = changed(truck, {"body.construction": "monocoque"})
    assert _kg(monocoque, "ladder frame") == 0.0


def test_a_trucks_equipment_is_its_cabs(truck: Build) -> None:
    # The same body as a van carries equipment over its whole length; the truck's bed none.
    van = changed(truck, {"body.style": "van", "body.construction": "ladder_frame"})
    truck_equipment = _kg(truck, "safety and equipment")
    assert 0.0 < truck_equipment < 0.6 * _kg(van, "safety and equipment")


def test_an_open_monocoque_is_stiffened_and_a_framed_car_is_not() -> None:
    closed = changed(
        default_build(), {"body.style": "roadster", "body.height_mm": 1200, "body.seats": 2}
    )
    assert _kg(closed, "open-top stiffening") == 0.0
    for roof in ("soft", "targa", "removable_hard"):
        open_car = changed(closed, {"body.roof": roof})
        assert _kg(open_car, "open-top stiffening") == OPEN_TOP_STIFFENING_KG
        assert _kerb(open_car) > _kerb(closed) + OPEN_TOP_STIFFENING_KG - 1.0
    glass = changed(closed, {"body.roof": "glass"})
    assert _kg(glass, "open-top stiffening") == 0.0
    space_frame = changed(closed, {"body.roof": "soft", "body.construction": "space_frame"})
    assert _kg(space_frame, "open-top stiffening") == 0.0
    off_roader = changed(
        default_build(),
        {"body.style": "suv", "body.roof": "soft", "drivetrain.driven": "awd"},
    )
    assert construction(off_roader) == "ladder_frame"
    assert _kg(off_roader, "open-top stiffening") == 0.0
