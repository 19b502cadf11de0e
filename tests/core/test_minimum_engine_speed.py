"""The engine never turns below its idle under load: a clutch slips, a converter slips.

Before, a gear far too tall for the one before it (a build's own ratios) let the run
go on with the engine below idle (down to 463 rpm), making its idle torque there, and a
single 1.0 × 1.0 gear ran the whole way on a slipping clutch while the sentence only
said "Engine power limits it".
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keiconfig.core.build import Build, changed
from keiconfig.core.engine import IDLE_REDLINE_SHARE, IDLE_RPM
from keiconfig.core.explain import limit_summary
from keiconfig.core.gearbox import LAUNCH_RPM_SHARE
from keiconfig.core.gearing import traction_plot
from keiconfig.core.performance import evaluate, load_constants
from keiconfig.core.presets import list_presets


def _preset(preset_id: str) -> Build:
    return next(p.build for p in list_presets() if p.id == preset_id)


def _idle(build: Build) -> float:
    return max(IDLE_RPM, IDLE_REDLINE_SHARE * build.engine.effective_redline_rpm)


def _geared(preset_id: str, transmission: str, ratios: list[float], fd: float) -> Build:
    return changed(
        _preset(preset_id),
        {
            "drivetrain.transmission": transmission,
            "drivetrain.gears": len(ratios),
            "drivetrain.ratios": ratios,
            "drivetrain.final_drive": fd,
        },
    )


# Builds whose run went below idle before (found by a random search over own ratios).
BELOW_IDLE_BEFORE = [
    ("autozam-az-1-1992", "manual", [7.76, 7.09, 5.89, 5.59, 0.37], 4.69),
    ("suzuki-jimny-jb64-2018", "dct", [6.56, 4.46, 3.49, 0.31], 6.51),
    ("honda-s660-2015", "dct", [4.4, 0.36], 3.67),
    ("daihatsu-taft-2020", "manual", [7.83, 7.4, 0.83], 1.02),
    ("autozam-az-1-1992", "manual", [3.5, 0.3], 4.0),
]


@pytest.mark.parametrize(("preset_id", "transmission", "ratios", "fd"), BELOW_IDLE_BEFORE)
def test_a_gear_too_tall_never_takes_the_engine_below_idle(
    preset_id: str, transmission: str, ratios: list[float], fd: float
) -> None:
    b = _geared(preset_id, transmission, ratios, fd)
    p = evaluate(b)
    assert float(p.trace.rpm.min()) >= _idle(b) - 1e-9


@settings(max_examples=60, deadline=None)
@given(
    preset=st.sampled_from(["honda-s660-2015", "daihatsu-taft-2020", "suzuki-cappuccino-1991"]),
    transmission=st.sampled_from(["manual", "dct", "automatic"]),
    ratios=st.lists(st.floats(0.3, 8.0), min_size=1, max_size=5, unique=True),
    fd=st.floats(1.0, 8.0),
)
def test_no_gearing_runs_the_engine_below_idle(
    preset: str, transmission: str, ratios: list[float], fd: float
) -> None:
    ordered = sorted((round(r, 2) for r in ratios), reverse=True)
    if len(set(ordered)) < len(ordered):
        return
    b = _geared(preset, transmission, ordered, round(fd, 2))
    assert float(evaluate(b).trace.rpm.min()) >= _idle(b) - 1e-9


def test_one_gear_of_one_to_one_runs_on_a_slipping_clutch_and_says_so() -> None:
    """One gear, 1.0 × 1.0: the engine in gear at any speed the car can reach turns near
    its idle and cannot pull the car, so the clutch never takes up: the engine is held
    at the launch rpm, and the limits sentence says the clutch is still slipping."""
    b = _geared("honda-s660-2015", "manual", [1.0], 1.0)
    p = evaluate(b)
    slip = p.slip_at_top
    assert slip is not None and slip.device == "clutch" and slip.gear == 1
    launch = LAUNCH_RPM_SHARE * b.engine.effective_redline_rpm
    assert slip.engine_rpm == pytest.approx(launch)
    assert slip.locked_rpm < 0.2 * launch
    assert float(p.trace.rpm.min()) == pytest.approx(launch)
    gearing = limit_summary(p).gearing
    assert "the clutch is still slipping in 1st gear" in gearing
    assert f"{p.top_speed_kmh:.0f} km/h top speed" in gearing
    assert "Top gear is" not in gearing


def test_a_drive_never_taken_up_opens_the_limits_sentence_with_the_slipping_clutch() -> None:
    """The first reason is the true limit: with the clutch slipping all the way, what
    pulls the car is the engine's torque at its launch rpm through the slipping clutch,
    not its power (before: "Engine power limits it up to ..." while the gearing sentence
    said the clutch never takes up the drive). The words keep the engine's shading."""
    p = evaluate(_geared("honda-s660-2015", "manual", [1.0], 1.0))
    s = limit_summary(p)
    assert s.sentence.startswith("The slipping clutch limits it")
    assert "Engine power" not in s.sentence and "engine power" not in s.sentence
    start, end, limit = s.spans[0]
    assert s.sentence[start:end] == "The slipping clutch" and limit == "power"
    c = limit_summary(evaluate(_geared("honda-s660-2015", "automatic", [1.0], 1.0)))
    assert c.sentence.startswith("The slipping torque converter limits it")
    # A car that takes up its drive keeps "Engine power".
    assert "slipping" not in limit_summary(evaluate(_preset("honda-s660-2015"))).sentence
    # Lower gears that took up the drive are still the engine's power: only the stretch
    # in the gear that never takes up is the clutch's.
    two = evaluate(_geared("honda-s660-2015", "manual", [8.0, 0.7], 2.0))
    assert two.slip_at_top is not None and two.slip_at_top.gear == 2
    text = limit_summary(two).sentence
    assert (
        text.startswith("Engine power limits it until") and "then the slipping clutch up to" in text
    )


def test_a_converter_that_never_couples_says_so() -> None:
    b = _geared("honda-s660-2015", "automatic", [1.0], 1.0)
    p = evaluate(b)
    assert p.slip_at_top is not None and p.slip_at_top.device == "converter"
    assert "torque converter is still slipping" in limit_summary(p).gearing


def test_a_gear_entered_below_idle_slips_until_the_car_catches_up() -> None:
    """A second gear too tall for the first: the clutch slips in it at the launch rpm
    (the run goes on pulling, not at idle torque), and the gearing sentence says why."""
    b = _geared("honda-s660-2015", "manual", [4.0, 0.45], 8.0)
    p = evaluate(b)
    idle = _idle(b)
    gear = p.trace.gear
    in_second = [float(r) for g, r in zip(gear, p.trace.rpm, strict=True) if g == 2]
    assert in_second and min(in_second) >= idle
    launch = LAUNCH_RPM_SHARE * b.engine.effective_redline_rpm
    assert in_second[0] == pytest.approx(launch)
    text = limit_summary(p).gearing
    assert "below its" in text and "idle" in text and "2nd gear the clutch slips" in text


def test_real_cars_take_up_their_drive() -> None:
    for preset in list_presets():
        p = evaluate(preset.build)
        assert p.slip_at_top is None, preset.id
        if p.electric is None:
            assert float(p.trace.rpm.min()) >= _idle(preset.build) - 1e-9, preset.id


def test_the_gearing_plot_shows_the_slipping_clutch_the_run_uses() -> None:
    """The tractive-force plot draws first gear from rest at the slipping clutch's force
    (the engine at its launch rpm), so where the run's top speed is reached on a
    slipping clutch the plot's first gear meets the road load there too (before, first
    gear began at idle rpm, 84 km/h, and the plot showed no force below it)."""
    b = _geared("honda-s660-2015", "manual", [1.0], 1.0)
    p = evaluate(b)
    plot = traction_plot(b, p, load_constants().dynamics)
    first = plot.gears[0]
    assert first.speed_kmh[0] == 0.0 and first.force_n[0] == pytest.approx(first.force_n[1])
    road = np.interp(p.top_speed_kmh, plot.road_speed_kmh, plot.road_load_n)
    drive = np.interp(p.top_speed_kmh, first.speed_kmh, first.force_n)
    assert drive == pytest.approx(road, rel=0.02)
    # A car geared as designed: first gear from rest, flat to where the clutch takes up.
    s660 = _preset("honda-s660-2015")
    normal = traction_plot(s660, evaluate(s660), load_constants().dynamics).gears[0]
    assert normal.speed_kmh[0] == 0.0 and 5.0 < normal.speed_kmh[1] < 40.0
