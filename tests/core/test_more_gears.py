"""More gears never make the car slower in the model's own gear design (issues 9, 15).

The physical argument. First gear is set by what it is for (pulling away, to
``FIRST_GEAR_KMH`` at the redline), top gear by the top speed: neither depends on the
number of gears once the box has enough of them to span the two in sensible steps.
Another gear then only splits the same span into closer steps, so between changes the
engine stays nearer its power peak and the force at the wheels is at least as large at
every speed. What it can cost is the time of the extra changes (none in a twin-clutch
box). So the time to 100 km/h with one gear more is at most the time with one gear
fewer plus the extra changes' time (1 % allowed for the step-wise run). At the grip
limit the tyres push the car and its wheels only (the engine's surplus spins up its
own inertia), so a lower gear that only spins the tyres harder costs nothing either.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from keiconfig.core import gearbox, performance, presets
from keiconfig.core.build import changed

K = performance.load_constants().dynamics
# Petrol presets that reach 100 km/h, of every kind: 1970s-80s light cars, turbo kei
# sports cars (FR, MR and FWD), an off-roader and a two-litre hot hatch.
PRESETS = (
    "suzuki-fronte-coupe-1971",
    "daihatsu-mira-tr-xx-1985",
    "suzuki-cappuccino-1991",
    "daihatsu-copen-2002",
    "honda-s660-2015",
    "suzuki-jimny-jb64-2018",
    "volkswagen-polo-gti-2021",
)


def _run(preset_id: str, transmission: str, gears: int) -> tuple[float, int, float]:
    b = presets.load_preset(preset_id).build
    b = changed(
        b,
        {
            "drivetrain.transmission": transmission,
            "drivetrain.gears": gears,
            "drivetrain.ratios": None,
            "drivetrain.final_drive": None,
        },
    )
    p = performance.evaluate(b)
    t = p.zero_to_100kmh_s
    assert t is not None
    upto = int(np.searchsorted(p.trace.t_s, t)) + 1
    shifts = int(np.sum(np.diff(np.asarray(p.trace.gear[:upto])) > 0))
    return t, shifts, p.gear_ratios[0] * p.final_drive


@pytest.mark.parametrize("transmission", ["manual", "dct", "automatic"])
@pytest.mark.parametrize("preset_id", PRESETS)
def test_one_more_gear_costs_at_most_its_extra_shifts(preset_id: str, transmission: str) -> None:
    shift_s = gearbox.shift_time_s(transmission, K)
    runs = [_run(preset_id, transmission, n) for n in (4, 5, 6, 7)]
    for (t0, s0, _), (t1, s1, _) in itertools.pairwise(runs):
        assert t1 - max(s1 - s0, 0) * shift_s <= t0 * 1.01, (runs, shift_s)


@pytest.mark.parametrize("preset_id", PRESETS)
def test_first_gear_is_set_by_its_job_not_by_the_gear_count(preset_id: str) -> None:
    """First gear is as low as reaching FIRST_GEAR_KMH at the redline asks (or the
    grade needs); only a box too short of gears to bridge that to top gear in steps
    of at most MAX_RATIO_STEP has a taller one. So it never gets lower past that."""
    firsts = [_run(preset_id, "dct", n)[2] for n in (4, 5, 6, 7)]
    assert all(b >= a * (1 - 1e-12) for a, b in itertools.pairwise(firsts)), firsts
    assert firsts[-1] == pytest.approx(firsts[-2], rel=1e-12), firsts


def test_a_twin_clutch_polo_is_as_quick_with_seven_gears_as_with_five() -> None:
    """No shift time: the same first and top gear, closer steps, the same 0-100 km/h
    (the model had the 7-speed 0.2 s slower, with a lower first gear)."""
    five = _run("volkswagen-polo-gti-2021", "dct", 5)[0]
    seven = _run("volkswagen-polo-gti-2021", "dct", 7)[0]
    assert abs(seven - five) <= 0.01 * five


def test_given_ratios_are_used_unchanged() -> None:
    b = presets.load_preset("daihatsu-copen-2002").build
    ratios = (3.2, 1.9, 1.3, 1.0, 0.8, 0.7, 0.6)
    given = changed(b, {"drivetrain.gears": 7, "drivetrain.ratios": ratios})
    p = performance.evaluate(given)
    assert p.gear_ratios == ratios
