""" "What limits me": phases and the one-sentence summary."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from keiconfig.core import explain
from keiconfig.core.results import LIMITS, EngineCurve, Performance, Trace, WeightPart


def fake_performance(
    steps: list[str],
    dt: float = 0.1,
    accel: list[float] | None = None,
    top_kmh: float | None = None,
) -> Performance:
    """A hand-made run of ``len(steps)`` steps of ``dt`` seconds, recorded like the model:
    sample ``i`` carries the limit (and acceleration) of the step that ends there."""
    n = len(steps) + 1
    a = np.array(accel if accel is not None else [3.0] * len(steps), dtype=float)
    t = np.arange(n) * dt
    v = np.concatenate(([0.0], np.cumsum(a * dt)))
    x = np.concatenate(([0.0], np.cumsum(v[:-1] * dt + 0.5 * a * dt * dt)))
    lim = np.array([LIMITS.index(s) for s in [steps[0], *steps]], dtype=np.int64)
    trace = Trace(t, v, x, np.ones(n, dtype=np.int64), np.full(n, 5000.0), lim)
    curve = EngineCurve(
        np.array([1000.0, 7000.0]),
        np.array([60.0, 60.0]),
        np.array([6.0, 44.0]),
        60.0,
        7000.0,
        60.0,
        3000.0,
        60.0,
        False,
    )
    hit = np.flatnonzero(v * 3.6 >= 100)
    return Performance(
        kerb_weight_kg=700.0,
        weight_parts=(WeightPart("body", 400.0), WeightPart("engine", 300.0)),
        weight_pinned=False,
        power_ps=60.0,
        power_kw=44.1,
        torque_nm=60.0,
        power_pinned=False,
        torque_pinned=False,
        curve=curve,
        power_to_weight_ps_per_tonne=85.7,
        zero_to_60mph_s=None,  # type: ignore[arg-type]
        zero_to_100kmh_s=float(t[hit[0]]) if hit.size else None,  # type: ignore[arg-type]
        quarter_mile_s=30.0,
        standing_400m_s=30.0,
        top_speed_kmh=top_kmh if top_kmh is not None else float(v.max()) * 3.6,
        gear_ratios=(3.5, 2.1, 1.4, 1.0, 0.8),
        final_drive=4.5,
        trace=trace,
    )


def test_a_blip_shorter_than_the_threshold_merges_into_its_neighbours():
    limits = ["traction"] * 20 + ["power"] + ["traction"] * 10 + ["power"] * 30
    phases = explain.phases_of(fake_performance(limits).trace)
    assert [p.limit for p in phases] == ["traction", "power"]
    assert phases[0].t_start == 0.0
    assert phases[0].t_end == pytest.approx(3.1)  # 20 + 1 + 10 steps
    assert phases[1].t_start == phases[0].t_end


def test_a_short_gear_change_is_kept():
    limits = ["power"] * 20 + ["shift"] + ["power"] * 20
    phases = explain.phases_of(fake_performance(limits).trace)
    assert [p.limit for p in phases] == ["power", "shift", "power"]
    assert phases[1].duration_s == pytest.approx(0.1)


def test_phases_cover_the_run_without_gaps_and_speeds_rise():
    limits = ["traction"] * 15 + ["power"] * 10 + ["shift"] * 3 + ["power"] * 20 + ["drag"] * 10
    perf = fake_performance(limits)
    phases = explain.phases_of(perf.trace)
    assert phases[0].t_start == perf.trace.t_s[0]
    assert phases[-1].t_end == perf.trace.t_s[-1]
    for a, b in itertools.pairwise(phases):
        assert a.t_end == b.t_start
        assert a.v_end_kmh == b.v_start_kmh


def test_sentence_reads_in_time_order_with_gear_changes_and_top_speed():
    limits = (
        ["traction"] * 21
        + ["power"] * 40
        + ["shift"] * 4
        + ["power"] * 40
        + ["shift"] * 3
        + ["power"] * 40
        + ["drag"] * 60
    )
    accel = [3.0] * 21 + [2.5] * 40 + [0.0] * 4 + [1.5] * 40 + [0.0] * 3 + [1.0] * 40 + [0.5] * 60
    s = explain.limit_summary(fake_performance(limits, accel=accel, top_kmh=142.0))
    assert s.sentence.startswith("Wheelspin limits it until 2.1 s, then engine power up to ")
    assert "with 0.7 s lost to two gear changes" in s.sentence
    assert s.sentence.endswith("; near its 142 km/h top speed, air drag holds it back.")
    assert "never reaches" not in s.sentence


def test_a_car_that_never_reaches_100_says_so():
    s = explain.limit_summary(fake_performance(["power"] * 100, accel=[1.0] * 100))
    assert s.sentence == "Engine power limits it all the way, and it never reaches 100 km/h."
    assert s.share_by_limit["power"] == pytest.approx(1.0)


def test_shares_are_fractions_of_the_time_to_100():
    # 3 m/s² for 5 s (54 km/h), then 2 m/s²: 100 km/h at about 11.4 s
    limits = ["traction"] * 50 + ["power"] * 150
    accel = [3.0] * 50 + [2.0] * 150
    s = explain.limit_summary(fake_performance(limits, accel=accel))
    assert set(s.share_by_limit) == set(LIMITS)
    assert math.fsum(s.share_by_limit.values()) == pytest.approx(1.0)
    assert s.share_until_s == pytest.approx(5 + (100 / 3.6 - 15) / 2, abs=0.1)
    assert s.share_by_limit["traction"] == pytest.approx(5 / s.share_until_s, rel=0.02)


def real(preset_id, **updates):
    from keiconfig.core.build import changed
    from keiconfig.core.presets import load_preset

    build = load_preset(preset_id).build
    return changed(build, updates) if updates else build


def test_a_light_powerful_rwd_car_is_held_back_by_wheelspin_first():
    from keiconfig.core.performance import evaluate

    build = real(
        "caterham-seven-160-2014",
        **{"overrides.power_ps": 120.0, "overrides.kerb_weight_kg": 500.0},
    )
    assert build.drivetrain.driven == "rwd"
    s = explain.limit_summary(evaluate(build))
    assert s.sentence.startswith("Wheelspin limits it until ")
    assert s.phases[0].limit == "traction"
    assert "then engine power" in s.sentence
    assert s.share_by_limit["traction"] > 0.1


def test_a_16_ps_two_stroke_is_held_back_by_power_and_never_reaches_100():
    from keiconfig.core.performance import evaluate

    build = real("subaru-360-1958", **{"body.height_mm": 1779, "overrides.power_ps": 16.0})
    assert build.engine.cycle == 2
    perf = evaluate(build)
    s = explain.limit_summary(perf)
    assert s.sentence.startswith("Engine power limits it")
    assert s.sentence.endswith("and it never reaches 100 km/h.")
    assert "wheelspin" not in s.sentence.lower()
    assert s.share_until_s == pytest.approx(perf.trace.t_s[-1])


def test_every_gear_change_of_the_run_is_a_phase_of_its_own():
    from keiconfig.core.performance import evaluate

    perf = evaluate(real("honda-beat-1991"))
    phases = explain.limit_summary(perf).phases
    gear_changes = int(np.count_nonzero(np.diff(perf.trace.gear) > 0))
    assert gear_changes >= 3
    shifts = [p for p in phases if p.limit == "shift"]
    assert len(shifts) == gear_changes
    words = ["no", "one", "two", "three", "four", "five", "six", "seven"]
    summary = explain.limit_summary(perf).sentence
    assert f"{words[gear_changes]} gear changes" in summary
    assert phases[0].t_start == 0.0
    assert phases[-1].t_end == perf.trace.t_s[-1]


def test_every_preset_gets_one_sentence_ending_in_a_full_stop():
    from keiconfig.core.performance import evaluate
    from keiconfig.core.presets import list_presets

    for preset in list_presets():
        s = explain.limit_summary(evaluate(preset.build))
        assert s.sentence.endswith(".")
        assert s.sentence[0].isupper()
        assert math.fsum(s.share_by_limit.values()) == pytest.approx(1.0)
