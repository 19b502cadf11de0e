"""The kerb-weight parts (weight.py): each reacts to its input in the physically right
direction, and the stated parts are where the configuration says they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keiconfig.core.build import Build, changed, default_build
from keiconfig.core.chassis import construction
from keiconfig.core.files import BuildFileError, load_build, save_build
from keiconfig.core.performance import evaluate
from keiconfig.core.weight import (
    AIR_COOLED_SAVING_KG,
    FRAME_KG_PER_M2,
    OPEN_TOP_STIFFENING_KG,
    SLIDING_DOORS_KG,
)


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


def test_sliding_doors_weigh_more_than_hinged_ones() -> None:
    wagon = changed(default_build(), {"body.style": "tall_wagon", "body.height_mm": 1790})
    sliding = changed(wagon, {"body.sliding_doors": True})
    assert _kg(wagon, "sliding doors") == 0.0
    assert _kg(sliding, "sliding doors") == SLIDING_DOORS_KG
    assert _kerb(sliding) == pytest.approx(_kerb(wagon) + SLIDING_DOORS_KG, abs=0.2)
    # false is the default: the same car as without the field.
    assert _kerb(changed(wagon, {"body.sliding_doors": False})) == _kerb(wagon)
    # Heavier, so slower off the line (weight and power unpinned: the run uses the kerb).
    assert evaluate(sliding).zero_to_100kmh_s > evaluate(wagon).zero_to_100kmh_s


def test_an_air_cooled_engine_is_lighter_than_a_water_cooled_one() -> None:
    old = changed(
        default_build(),
        {
            "year": 1960,
            "body.style": "sedan",
            "body.length_mm": 2990,
            "body.width_mm": 1300,
            "body.height_mm": 1380,
            "engine.cylinders": 2,
            "engine.displacement_cc": 356,
            "engine.cycle": 2,
            "engine.position": "rear",
            "drivetrain.driven": "rwd",
        },
    )
    air = changed(old, {"engine.cooling": "air"})
    assert old.engine.effective_cooling == "water"
    assert _kg(air, "engine") == pytest.approx(_kg(old, "engine") - AIR_COOLED_SAVING_KG, abs=0.1)
    assert _kerb(air) < _kerb(old)
    assert "air-cooled" in next(p.detail for p in evaluate(air).weight_parts if p.name == "engine")
    assert _kerb(changed(old, {"engine.cooling": "water"})) == _kerb(old)


def test_the_new_fields_round_trip_and_are_left_out_when_unset(tmp_path: Path) -> None:
    plain = default_build()
    data = plain.to_json_dict()
    # A file written before the fields existed loads to the same build and writes back
    # without them.
    assert "sliding_doors" not in data["body"] and "cooling" not in data["engine"]
    path = tmp_path / "old.kei.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_build(path)
    assert loaded.warnings == ()
    assert loaded.build == plain
    assert evaluate(loaded.build).kerb_weight_kg == evaluate(plain).kerb_weight_kg
    # Set, they survive a save and a load.
    both = changed(plain, {"body.sliding_doors": True, "engine.cooling": "air"})
    out = tmp_path / "new.kei.json"
    save_build(both, out)
    text = json.loads(out.read_text(encoding="utf-8"))
    assert text["body"]["sliding_doors"] is True
    assert text["engine"]["cooling"] == "air"
    assert load_build(out).build == both


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        ("engine.cooling", "oil", ['"engine.cooling"', "water", "air", '"oil"']),
        ("engine.cooling", 1, ['"engine.cooling"']),
        ("body.sliding_doors", "yes", ['"body.sliding_doors"']),
        ("body.sliding_doors", 2, ['"body.sliding_doors"']),
    ],
)
def test_bad_values_of_the_new_fields_are_named(
    tmp_path: Path, path: str, value: object, words: list[str]
) -> None:
    data = default_build().to_json_dict()
    section, leaf = path.split(".")
    data[section][leaf] = value
    p = tmp_path / "car.kei.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BuildFileError) as info:
        load_build(p)
    msg = str(info.value)
    for w in words:
        assert w in msg, (w, msg)


def test_the_schema_documents_the_new_fields() -> None:
    schema = json.dumps(Build.model_json_schema())
    assert "sliding_doors" in schema and "the rear side doors slide" in schema
    assert "cooling" in schema and "default water" in schema
