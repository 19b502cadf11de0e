"""Race replay: who leads, who finishes when, and cheap enough for 60 frames a second."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from keiconfig.core import performance
from keiconfig.core.presets import load_preset
from keiconfig.core.race import RaceReplay
from keiconfig.core.results import Trace

CARS = ("honda-beat-1991", "caterham-seven-160-2014", "subaru-360-1958", "daihatsu-copen-2002")


@pytest.fixture(scope="module")
def perfs():
    return {cid: performance.evaluate(load_preset(cid).build) for cid in CARS}


@pytest.fixture(scope="module")
def race(perfs):
    return RaceReplay([(cid, load_preset(cid).build) for cid in CARS])


def test_leader_at_5_s_is_the_car_furthest_along(race):
    state = race.state_at(5.0)
    positions = [c.position_m for c in state.cars]
    assert state.leader == int(np.argmax(positions))
    assert state.cars[state.leader].name == "caterham-seven-160-2014"


def test_positions_and_speeds_follow_each_cars_own_trace(race, perfs):
    state = race.state_at(3.0)
    for car in state.cars:
        tr = perfs[car.name].trace
        assert car.position_m == pytest.approx(np.interp(3.0, tr.t_s, tr.distance_m), abs=1e-6)
        assert car.speed_kmh == pytest.approx(np.interp(3.0, tr.t_s, tr.speed_ms) * 3.6, abs=1e-6)
        assert car.gear >= 1


def test_finish_times_match_the_400_m_times(race, perfs):
    for name, finish in zip(race.names, race.finish_times_s, strict=True):
        published = perfs[name].standing_400m_s
        assert finish is not None
        assert finish == pytest.approx(published, abs=0.05)
    order = race.finish_order
    assert race.names[order[0]] == "caterham-seven-160-2014"
    assert race.winner == order[0]


def test_the_winner_stays_leader_after_crossing_the_line(race):
    first = race.finish_order[0]
    t = race.finish_times_s[first]
    assert t is not None
    before = race.state_at(t - 0.01)
    after = race.state_at(t + 0.5)
    assert not before.cars[first].finished
    assert after.cars[first].finished
    assert after.leader == first
    end = race.state_at(race.duration_s + 1)
    assert all(c.finished for c in end.cars)
    assert end.leader == first


def test_a_trace_that_stops_before_400_m_goes_on_at_its_last_speed(perfs):
    perf = perfs["honda-beat-1991"]
    tr = perf.trace
    n = int(np.searchsorted(tr.distance_m, 150.0))
    short = Trace(
        *(
            np.asarray(a)[:n]
            for a in (tr.t_s, tr.speed_ms, tr.distance_m, tr.gear, tr.rpm, tr.limit)
        )
    )
    cut = dataclasses.replace(perf, trace=short)
    race = RaceReplay([("cut", cut)])
    t_end, x_end, v_end = short.t_s[-1], short.distance_m[-1], short.speed_ms[-1]
    expected = t_end + (400 - x_end) / v_end
    assert race.finish_times_s[0] == pytest.approx(expected)
    later = race.state_at(t_end + 2.0)
    assert later.cars[0].position_m == pytest.approx(x_end + 2 * v_end)
    assert later.cars[0].speed_kmh == pytest.approx(v_end * 3.6)
    assert race.state_at(expected + 0.1).cars[0].finished


def test_frames_agree_with_state_at(race):
    frames = race.frames(fps=30)
    assert frames.position_m.shape == (4, frames.t_s.size)
    assert frames.t_s[-1] >= race.duration_s
    k = 150
    state = race.state_at(frames.t_s[k])
    assert frames.leader[k] == state.leader
    for i, car in enumerate(state.cars):
        assert frames.position_m[i, k] == pytest.approx(car.position_m)
        assert frames.gear[i, k] == car.gear
        assert frames.finished[i, k] == car.finished


def test_a_car_without_stepped_gears_has_no_gear_to_show():
    """An electric single speed and a CVT stay in 'gear 1' in their runs: the race says
    nothing of gears for them, but does for a manual (given as builds or as results)."""
    ids = ("honda-n-van-e-2024", "daihatsu-taft-2020", "honda-beat-1991")
    builds = RaceReplay([(i, load_preset(i).build) for i in ids])
    assert builds.stepped == (False, False, True)
    assert [c.stepped for c in builds.state_at(8.0).cars] == [False, False, True]
    results = RaceReplay([(i, performance.evaluate(load_preset(i).build)) for i in ids])
    assert results.stepped == (False, False, True)
