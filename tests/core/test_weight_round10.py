"""Round 10: the kerb weight is the Japanese catalogue's 車両重量, the car with its tank full
(道路運送車両の保安基準, article 1 item 6: 空車状態, fuel, lubricant and coolant loaded in
full), the standard of every kei row of the reference; rounds 1-9 filled the tank to 90 %."""

from __future__ import annotations

import pytest

from keiconfig.core.build import changed, default_build
from keiconfig.core.performance import evaluate
from keiconfig.core.weight import (
    FLUIDS_BASE_KG,
    FLUIDS_KG_PER_LITRE,
    FUEL_DENSITY,
    KEI_LITRES,
    SUMP_OIL_KG,
    TANK_BASE_L,
    TANK_L_PER_SIZE,
)


def _fluids(build):
    return next(p for p in evaluate(build).weight_parts if p.name == "fluids")


def test_the_tank_counts_full_as_in_a_japanese_catalogue() -> None:
    build = default_build()
    litres = build.engine.displacement_cc / 1000.0
    tank = TANK_BASE_L + TANK_L_PER_SIZE * (litres / KEI_LITRES) ** 0.5
    full = tank * FUEL_DENSITY + FLUIDS_BASE_KG + FLUIDS_KG_PER_LITRE * litres + SUMP_OIL_KG
    part = _fluids(build)
    assert part.kg == pytest.approx(full, abs=0.05)
    assert part.detail == f"{tank:.0f} L tank full, oil, coolant"


def test_a_larger_engines_larger_tank_is_full_too() -> None:
    """A 1.4 L engine's tank (15 + 15 x sqrt(1.4 / 0.66) = 36.8 L) weighs 27.3 kg of fuel."""
    build = changed(default_build(), {"engine.displacement_cc": 1400})
    tank = TANK_BASE_L + TANK_L_PER_SIZE * (1.4 / KEI_LITRES) ** 0.5
    fuel = _fluids(build).kg - (FLUIDS_BASE_KG + FLUIDS_KG_PER_LITRE * 1.4 + SUMP_OIL_KG)
    assert fuel == pytest.approx(tank * FUEL_DENSITY, abs=0.05)
