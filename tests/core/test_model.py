"""Unit tests of the physics-lite model's parts."""

from __future__ import annotations

import math

import pytest

from keiconfig.core import engine
from keiconfig.core.build import Build, changed, default_build
from keiconfig.core.engine import PS_TO_KW
from keiconfig.core.performance import evaluate
from keiconfig.core.results import LIMITS


def _kg(build: Build, part: str) -> float:
    return sum(p.kg for p in evaluate(build).weight_parts if p.name == part)


@pytest.fixture
def base() -> Build:
    return default_build()


def test_weight_parts_sum_to_kerb_weight(base: Build) -> None:
    p = evaluate(base)
    assert not p.weight_pinned
    assert math.isclose(sum(x.kg for x in p.weight_parts), p.kerb_weight_kg)
    names = {x.name for x in p.weight_parts}
    for part in ("body shell", "engine", "gearbox", "driven axles", "interior", "fluids"):
        assert part in names


def test_turbo_adds_weight_and_torque(base: Build) -> None:
    na = evaluate(changed(base, {"engine.power_cap_ps": None}))
    turbo = evaluate(changed(base, {"engine.aspiration": "turbo", "engine.power_cap_ps": None}))
    assert turbo.kerb_weight_kg > na.kerb_weight_kg
    assert any(p.name == "turbocharger" for p in turbo.weight_parts)
    assert any(p.name == "intercooler" for p in turbo.weight_parts)
    assert turbo.torque_nm > na.torque_nm * 1.2


def test_intercooler_off_saves_weight_and_costs_power(base: Build) -> None:
    on = changed(base, {"engine.aspiration": "turbo", "engine.power_cap_ps": None})
    off = changed(on, {"engine.intercooler": False})
    assert evaluate(off).kerb_weight_kg < evaluate(on).kerb_weight_kg
    assert evaluate(off).power_ps < evaluate(on).power_ps


def test_two_stroke_engine_is_lighter_and_more_powerful_per_rev(base: Build) -> None:
    four = changed(base, {"engine.power_cap_ps": None, "engine.redline_rpm": 7000})
    two = changed(four, {"engine.cycle": 2})
    assert _kg(two, "engine") < _kg(four, "engine")
    assert evaluate(two).power_ps > evaluate(four).power_ps


def test_awd_adds_transfer_case_weight(base: Build) -> None:
    awd = changed(base, {"drivetrain.driven": "awd"})
    assert _kg(awd, "driven axles") > _kg(base, "driven axles") + 20


def test_bigger_body_and_more_seats_weigh_more(base: Build) -> None:
    bigger = changed(base, {"body.height_mm": 1800})
    assert _kg(bigger, "body shell") > _kg(base, "body shell")
    assert _kg(changed(base, {"body.seats": 2}), "interior") < _kg(base, "interior")


def test_capped_engine_is_the_uncapped_one_with_less_boost_everywhere(
    base: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A capped engine makes its 64 PS with less boost over the whole rev range: its
    curve is the uncapped engine's scaled down, not the uncapped mid-range with a
    clipped top (which gave every 64 PS kei turbo 116-124 N·m against 85-110). (The
    uncapped engine's shape, before the BMEP ceiling flattens its top.)"""
    turbo = changed(base, {"engine.aspiration": "turbo"})
    capped = evaluate(turbo).curve
    with monkeypatch.context() as m:
        m.setattr(engine, "BMEP_MAX_BAR", math.inf)
        free = evaluate(changed(turbo, {"engine.power_cap_ps": None})).curve
    assert free.uncapped_power_ps > 64
    assert capped.capped and not free.capped
    assert capped.peak_power_ps == pytest.approx(64.0, rel=1e-9)
    assert capped.uncapped_power_ps == pytest.approx(free.uncapped_power_ps)
    scale = 64.0 / free.uncapped_power_ps
    assert capped.torque_nm == pytest.approx(free.torque_nm * scale, rel=1e-9)
    assert capped.peak_torque_rpm == free.peak_torque_rpm
    assert capped.power_kw.max() == pytest.approx(64 * PS_TO_KW, rel=1e-9)
    assert 80.0 < capped.peak_torque_nm < 110.0  # the published 85-110 N·m


def test_engine_under_cap_is_not_capped(base: Build) -> None:
    small = changed(base, {"engine.displacement_cc": 360, "engine.cylinders": 2})
    c = evaluate(small).curve
    assert not c.capped
    assert c.peak_power_ps == pytest.approx(c.uncapped_power_ps)


def test_pinned_power_and_torque_set_the_curve_peaks(base: Build) -> None:
    for ps in (30.0, 64.0, 150.0):
        p = evaluate(changed(base, {"overrides.power_ps": ps}))
        assert p.power_pinned
        assert p.power_ps == pytest.approx(ps, rel=1e-9)
        assert p.curve.power_kw.max() == pytest.approx(ps * PS_TO_KW, rel=1e-9)
    t = evaluate(changed(base, {"overrides.torque_nm": 80.0, "engine.power_cap_ps": None}))
    assert t.torque_nm == pytest.approx(80.0, rel=1e-9)
    both = evaluate(changed(base, {"overrides.torque_nm": 95.0, "overrides.power_ps": 70.0}))
    assert both.torque_nm == pytest.approx(95.0, rel=1e-9)
    assert both.power_ps == pytest.approx(70.0, rel=1e-9)
    # More torque than the pinned power allows at the torque-peak rpm: power wins.
    odd = evaluate(changed(base, {"overrides.torque_nm": 300.0, "overrides.power_ps": 70.0}))
    assert odd.power_ps == pytest.approx(70.0, rel=1e-9)
    assert odd.torque_nm <= 300.0


def test_pinned_weight_is_used_downstream(base: Build) -> None:
    light = evaluate(changed(base, {"overrides.kerb_weight_kg": 600.0}))
    heavy = evaluate(changed(base, {"overrides.kerb_weight_kg": 1000.0}))
    assert light.weight_pinned and light.kerb_weight_kg == 600.0
    assert heavy.zero_to_100kmh_s is not None and light.zero_to_100kmh_s is not None
    assert heavy.zero_to_100kmh_s > light.zero_to_100kmh_s
    assert light.power_to_weight_ps_per_tonne > heavy.power_to_weight_ps_per_tonne


def test_cvt_moves_off_through_its_converter_then_holds_the_power_peak_rpm(base: Build) -> None:
    cvt = changed(base, {"drivetrain.transmission": "cvt", "engine.aspiration": "turbo"})
    p = evaluate(cvt)
    tr = p.trace
    assert (tr.gear == 1).all()
    assert len(p.gear_ratios) == 2
    # Moving off: the engine between stall and coupling rpm, well below the peak.
    assert tr.rpm[0] < 0.7 * p.curve.peak_power_rpm
    moving = (tr.speed_ms > 30 / 3.6) & (tr.speed_ms < 0.8 * p.top_speed_kmh / 3.6)
    rpms = tr.rpm[moving]
    assert rpms.size > 10
    assert rpms.max() - rpms.min() < 1.0
    curve = p.curve
    power_at = (
        float(rpms[0])
        * float(curve.torque_nm[abs(curve.rpm - rpms[0]).argmin()])
        * 2
        * math.pi
        / 60
        / 1000
    )
    assert power_at == pytest.approx(p.power_kw, rel=0.02)


def test_manual_shifts_through_gears_and_time_is_lost_shifting(base: Build) -> None:
    p = evaluate(base)
    tr = p.trace
    assert int(tr.gear.max()) >= 4
    assert LIMITS.index("shift") in set(tr.limit.tolist())
    slow = changed(base, {"drivetrain.transmission": "automatic", "drivetrain.gears": 5})
    assert len(evaluate(slow).gear_ratios) == 5


def test_high_power_light_car_launch_is_traction_limited(base: Build) -> None:
    rocket = changed(
        base,
        {
            "overrides.power_ps": 300.0,
            "overrides.kerb_weight_kg": 600.0,
            "drivetrain.driven": "fwd",
        },
    )
    tr = evaluate(rocket).trace
    assert tr.limit_name(1) == "traction"
    awd = evaluate(changed(rocket, {"drivetrain.driven": "awd"}))
    fwd = evaluate(rocket)
    assert awd.zero_to_100kmh_s is not None and fwd.zero_to_100kmh_s is not None
    assert awd.zero_to_100kmh_s < fwd.zero_to_100kmh_s


def test_trace_arrays_same_length_monotonic_and_read_only(base: Build) -> None:
    tr = evaluate(base).trace
    n = len(tr.t_s)
    for arr in (tr.speed_ms, tr.distance_m, tr.gear, tr.rpm, tr.limit):
        assert len(arr) == n
        assert not arr.flags.writeable
    assert (tr.t_s[1:] >= tr.t_s[:-1]).all()
    assert (tr.distance_m[1:] >= tr.distance_m[:-1]).all()
    assert tr.distance_m[-1] >= 402.336 - 1e-6


def test_times_are_ordered_and_sensible_for_a_turbo_kei(base: Build) -> None:
    p = evaluate(changed(base, {"engine.aspiration": "turbo"}))
    assert p.zero_to_60mph_s is not None and p.zero_to_100kmh_s is not None
    assert 7.0 < p.zero_to_60mph_s < p.zero_to_100kmh_s < 16.0
    assert p.standing_400m_s < p.quarter_mile_s < 21.0
    assert 120.0 < p.top_speed_kmh < 200.0


def test_too_slow_car_reports_none_for_unreachable_speeds() -> None:
    # A 1950s-style 16 PS two-stroke cannot reach 100 km/h.
    b = default_build()
    slow = changed(
        b,
        {
            "year": 1958,
            "engine.cylinders": 2,
            "engine.displacement_cc": 356,
            "engine.cycle": 2,
            "engine.position": "rear",
            "engine.power_cap_ps": None,
            "drivetrain.driven": "rwd",
            "drivetrain.gears": 3,
            "overrides.power_ps": 16.0,
        },
    )
    p = evaluate(slow)
    assert p.top_speed_kmh < 100.0
    assert p.zero_to_100kmh_s is None
    assert math.isfinite(p.quarter_mile_s) and math.isfinite(p.standing_400m_s)


def test_top_speed_limited_by_redline_in_top_gear(base: Build) -> None:
    p = evaluate(changed(base, {"overrides.power_ps": 400.0}))
    assert p.trace.limit_name(len(p.trace.t_s) - 1) == "rev_limit"


def test_larger_frontal_area_lowers_top_speed(base: Build) -> None:
    pinned = changed(base, {"overrides.kerb_weight_kg": 800.0})
    tall = changed(pinned, {"body.height_mm": 1900})
    assert evaluate(tall).top_speed_kmh < evaluate(pinned).top_speed_kmh


def test_pre_1985_rated_power_is_gross_and_runs_weaker(base: Build) -> None:
    """A power figure before 1985 is a gross rating: the run uses about 12 % less."""
    pins = {"overrides.power_ps": 50.0, "overrides.kerb_weight_kg": 700.0}
    old = evaluate(changed(base, {**pins, "year": 1984}))
    new = evaluate(changed(base, {**pins, "year": 1985}))
    assert old.power_ps == pytest.approx(new.power_ps)
    assert old.zero_to_100kmh_s is not None and new.zero_to_100kmh_s is not None
    assert old.zero_to_100kmh_s > new.zero_to_100kmh_s * 1.05


def test_engine_era_rises_fast_then_saturates() -> None:
    from keiconfig.core.engine import power_era

    tau = 10.0
    values = [power_era(y, tau) for y in (1950, 1960, 1970, 1990, 2020)]
    assert values == sorted(values) and values[0] == 0.0
    assert values[2] - values[1] > values[4] - values[3]  # the 1960s gained more
    assert power_era(None, tau) == 1.0


def test_reference_reads_valve_counts_from_the_engine_text() -> None:
    from keiconfig.core.reference import _valves_from_text

    assert _valves_from_text("4-stroke DOHC 16v (EN07)", 4, 1992) == 4
    assert _valves_from_text("4-stroke SOHC (FIRE)", 4, 1994) == 2
    assert _valves_from_text("4-stroke (air-cooled 90deg V-twin)", 2, 1960) == 2
    assert _valves_from_text("4-stroke DOHC (R06A)", 3, 2015) is None


def test_a_four_wheel_drive_suv_carries_a_ladder_frame(base: Build) -> None:
    suv = changed(base, {"body.style": "suv", "body.height_mm": 1700, "drivetrain.driven": "awd"})
    crossover = changed(suv, {"drivetrain.driven": "fwd"})
    wagon = changed(suv, {"body.style": "hatchback"})
    assert _kg(suv, "ladder frame") > 50.0
    # A front-drive SUV is a crossover on a car's floor pan; other styles have no frame.
    assert _kg(crossover, "ladder frame") == 0.0
    assert _kg(wagon, "ladder frame") == 0.0
    # The frame scales with the footprint.
    longer = changed(suv, {"body.length_mm": suv.body.length_mm + 300})
    assert _kg(longer, "ladder frame") > _kg(suv, "ladder frame")


def test_an_entered_redline_moves_power_in_proportion(base: Build) -> None:
    # The documented reading of engine.redline_rpm: power per rev is the law, so an
    # entered rpm 10 % above the default gives 10 % more uncapped power.
    na = changed(base, {"engine.aspiration": "na", "engine.power_cap_ps": None})
    rpm = na.engine.effective_redline_rpm
    higher = changed(na, {"engine.redline_rpm": round(rpm * 1.1)})
    ratio = evaluate(higher).curve.uncapped_power_ps / evaluate(na).curve.uncapped_power_ps
    assert ratio == pytest.approx(round(rpm * 1.1) / rpm, rel=1e-6)


def test_a_capped_engine_holds_each_gear_to_the_redline(base: Build) -> None:
    # With a flat (capped) power band both gears pull the same, so a shift, which
    # costs drive, is only worth it at the redline.
    car = changed(
        base,
        {
            "engine.aspiration": "turbo",
            "engine.power_cap_ps": 64,
            "drivetrain.transmission": "manual",
        },
    )
    p = evaluate(car)
    assert p.curve.capped
    gears = list(p.trace.gear)
    rpm = list(p.trace.rpm)
    first_shift = next(i for i, g in enumerate(gears) if g == 2)
    redline = car.engine.effective_redline_rpm
    assert max(rpm[:first_shift]) >= 0.97 * redline


@pytest.mark.parametrize(
    "preset_id", ["daihatsu-copen-2002", "honda-s660-2015", "suzuki-jimny-jb64-2018"]
)
def test_gearboxes_rank_as_real_cars_offered_with_each_do(preset_id: str) -> None:
    """Kei cars sold with a manual and a CVT or automatic (the Copen, the S660, the
    Jimny) are no quicker with the CVT and slower with the torque-converter automatic,
    so no suggestion may promise seconds from a CVT (round 2's CVT was 1-2.4 s quicker)."""
    from keiconfig.core.presets import load_preset

    b = load_preset(preset_id).build
    t = {
        kind: evaluate(
            changed(b, {"drivetrain.transmission": kind, "drivetrain.gears": None})
        ).zero_to_100kmh_s
        for kind in ("manual", "automatic", "cvt")
    }
    assert t["manual"] is not None and t["cvt"] is not None and t["automatic"] is not None
    assert t["cvt"] > t["manual"] - 0.3
    assert t["automatic"] > t["manual"] + 0.3
