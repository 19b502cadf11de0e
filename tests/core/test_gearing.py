"""Given gear ratios drive the run; the tractive-force plot and the gearing sentences."""

from __future__ import annotations

import numpy as np
import pytest

from keiconfig.core import gearing, performance, presets
from keiconfig.core.build import changed, default_build

K = performance.load_constants().dynamics


def test_given_ratios_and_final_drive_are_the_ones_the_run_uses() -> None:
    b = default_build()
    own = performance.evaluate(b)
    given = changed(
        b, {"drivetrain.ratios": (3.5, 2.1, 1.4, 1.0, 0.8), "drivetrain.final_drive": 4.8}
    )
    p = performance.evaluate(given)
    assert p.gear_ratios == (3.5, 2.1, 1.4, 1.0, 0.8) and p.final_drive == 4.8
    assert p.zero_to_100kmh_s != own.zero_to_100kmh_s
    # The shift speeds follow the ratios: the run's engine rpm never passes the redline.
    assert float(np.max(p.trace.rpm)) <= p.curve.rpm[-1] + 1e-6


def test_a_shorter_final_drive_alone_keeps_the_models_gearbox_ratios() -> None:
    b = default_build()
    own = performance.evaluate(b)
    p = performance.evaluate(
        changed(b, {"drivetrain.final_drive": round(own.final_drive * 1.3, 2)})
    )
    assert p.gear_ratios == own.gear_ratios
    assert p.final_drive == round(own.final_drive * 1.3, 2)


def test_an_electric_cars_given_reduction_is_used() -> None:
    b = presets.load_preset("nissan-sakura-2022").build
    p = performance.evaluate(changed(b, {"drivetrain.final_drive": 6.0}))
    assert p.final_drive == 6.0 and p.electric is not None and p.electric.reduction == 6.0
    # A taller reduction: less push at the start, so a slower 0-100 km/h.
    base = performance.evaluate(b)
    assert base.zero_to_100kmh_s is not None and p.zero_to_100kmh_s is not None
    assert p.zero_to_100kmh_s > base.zero_to_100kmh_s


@pytest.mark.parametrize("preset_id", ["honda-beat-1991", "suzuki-cappuccino-1991"])
def test_top_gear_meets_the_road_load_at_top_speed(preset_id: str) -> None:
    b = presets.load_preset(preset_id).build
    p = performance.evaluate(b)
    plot = gearing.traction_plot(b, p, K)
    assert [g.label for g in plot.gears] == [str(i + 1) for i in range(len(p.gear_ratios))]
    top = plot.gears[-1]
    v_top = p.unlimited_top_speed_kmh or p.top_speed_kmh  # where it would stop unlimited
    f_top = float(np.interp(v_top, top.speed_kmh, top.force_n))
    load = float(np.interp(v_top, plot.road_speed_kmh, plot.road_load_n))
    assert f_top == pytest.approx(load, rel=0.05)


def test_electric_plot_is_one_curve_flat_then_falling_and_stops_at_the_limiter() -> None:
    b = presets.load_preset("nissan-sakura-2022").build
    plot = gearing.traction_plot(b, performance.evaluate(b), K)
    (curve,) = plot.gears
    f = np.asarray(curve.force_n)
    assert f[0] == pytest.approx(f[1]) and f[-1] < 0.5 * f[0]
    assert float(curve.speed_kmh[-1]) == pytest.approx(130.0)
    assert plot.speed_limit_kmh == 130.0


def test_cvt_plot_has_its_two_ratios_and_the_constant_power_line() -> None:
    b = presets.load_preset("daihatsu-taft-2020").build
    plot = gearing.traction_plot(b, performance.evaluate(b), K)
    assert len(plot.gears) == 3


def test_too_tall_top_gear_is_named() -> None:
    b = changed(default_build(), {"drivetrain.speed_limit_kmh": None})
    own = performance.evaluate(b)
    tall = performance.evaluate(
        changed(b, {"drivetrain.final_drive": round(own.final_drive * 0.6, 2)})
    )
    keys = [v.key for v in gearing.why_gearing(tall)]
    assert "tall_top" in keys
    assert "tall_top" not in [v.key for v in gearing.why_gearing(own)]


def test_short_top_gear_is_named() -> None:
    b = changed(default_build(), {"drivetrain.speed_limit_kmh": None})
    own = performance.evaluate(b)
    short = performance.evaluate(
        changed(b, {"drivetrain.final_drive": round(own.final_drive * 1.4, 2)})
    )
    assert "short_top" in [v.key for v in gearing.why_gearing(short)]


def test_a_gap_out_of_the_power_band_is_named() -> None:
    gap = performance.evaluate(
        changed(default_build(), {"drivetrain.ratios": (3.7, 1.5, 1.2, 1.0, 0.85)})
    )
    found = [v for v in gearing.why_gearing(gap) if v.key == "gap"]
    assert found and "1st to 2nd" in found[0].sentence


def test_motor_sentences_name_the_torque_limited_launch_and_the_limiter() -> None:
    p = performance.evaluate(presets.load_preset("nissan-sakura-2022").build)
    verdicts = {v.key: v.sentence for v in gearing.why_gearing(p)}
    assert "torque-limited" in verdicts["ev_launch"] and "power-limited" in verdicts["ev_launch"]
    assert "limiter" in verdicts["ev_top"]
    ek = presets.load_preset("mitsubishi-ek-x-ev-2022").build
    kei = {v.key: v.sentence for v in gearing.why_gearing(performance.evaluate(ek))}
    assert "kei speed limiter" in kei["ev_top"]
    free = performance.evaluate(changed(ek, {"drivetrain.speed_limit_kmh": None}))
    assert "drag" in {v.key: v.sentence for v in gearing.why_gearing(free)}["ev_top"]


@pytest.mark.parametrize(
    ("update", "start"),
    [
        ({"overrides.torque_nm": 1.0}, "First gear (3.03) is too tall to move the car off"),
        (
            {"drivetrain.gears": 1, "drivetrain.ratios": (0.5,), "drivetrain.final_drive": 1.0},
            "First gear (0.50) is too tall to move the car off",
        ),
        (
            {"drivetrain.transmission": "cvt", "overrides.torque_nm": 1.0},
            "The CVT's lowest ratio (3.30) is too tall to move the car off",
        ),
    ],
)
def test_a_first_gear_too_tall_to_move_off_is_said_and_drawn_as_the_run_uses_it(
    update: dict[str, object], start: str
) -> None:
    """A first gear that cannot pull 1.5 × the rolling resistance is lowered for the run
    (gearbox._first_gear_that_moves): the Beat with its torque pinned at 1 N·m ran on a
    first gear of 7.57, not its 3.03, without a word, and the gearing plot drew the 3.03
    (a curve under the road load the car nonetheless pulled away on). Now the limits
    sentence says so first, with both ratios and the forces, and the plot draws the gear
    the run used."""
    b = changed(presets.load_preset("honda-beat-1991").build, update)
    p = performance.evaluate(b)
    raised = p.lowest_ratio_raised
    assert raised is not None and raised.used > raised.given
    verdicts = gearing.why_gearing(p)
    assert verdicts[0].key == "raised" and verdicts[0].sentence.startswith(start)
    used = raised.used / p.final_drive
    assert f"{used:.2f} instead" in verdicts[0].sentence
    assert f"{raised.pull_n:.0f} N" in verdicts[0].sentence
    assert raised.pull_n < 1.5 * raised.rolling_n
    # The plot's lowest curve is the run's (a manual's clutch launch: 1.5 × rolling).
    assert gearing.run_ratios(p)[0] == pytest.approx(used)
    plot = gearing.traction_plot(b, p, K)
    if raised.kind == "first_gear":
        launch = float(np.asarray(plot.gears[0].force_n)[0])
        assert launch == pytest.approx(1.5 * raised.rolling_n, rel=0.02)


def test_a_reduction_too_tall_for_the_motor_is_said() -> None:
    """An electric car's reduction raised to move it off (fee675c: 1 N·m through 1.0)
    is said as a first gear's is; the card's figures are for the raised one."""
    b = changed(
        presets.load_preset("nissan-sakura-2022").build,
        {"motor.max_torque_nm": 1.0, "drivetrain.final_drive": 1.0},
    )
    p = performance.evaluate(b)
    raised = p.lowest_ratio_raised
    assert raised is not None and raised.kind == "reduction" and raised.given == 1.0
    assert p.electric is not None and raised.used == pytest.approx(p.electric.reduction)
    text = gearing.why_gearing(p)[0].sentence
    assert text.startswith("The reduction (1.00) is too tall for the motor to move the car off")
    assert f"uses {p.electric.reduction:.2f} instead" in text


@pytest.mark.parametrize("preset_id", presets.preset_ids())
def test_no_preset_runs_on_a_first_gear_of_its_own(preset_id: str) -> None:
    """Every preset moves off in its own first gear (or reduction): nothing is raised."""
    p = performance.evaluate(presets.load_preset(preset_id).build)
    assert p.lowest_ratio_raised is None
    assert all(v.key != "raised" for v in gearing.why_gearing(p))


def _meets_road_load(plot: gearing.TractionPlot) -> float:
    """The highest speed where a gear's curve comes down to the road load (0: none)."""
    best = 0.0
    for g in plot.gears:
        v, f = np.asarray(g.speed_kmh), np.asarray(g.force_n)
        over = f - np.interp(v, plot.road_speed_kmh, plot.road_load_n)
        for i in np.flatnonzero((over[:-1] > 0.0) & (over[1:] <= 0.0)):
            best = max(best, float(v[i] + (v[i + 1] - v[i]) * over[i] / (over[i] - over[i + 1])))
    return best


@pytest.mark.parametrize("limiter", [True, False], ids=["limiter on", "limiter off"])
@pytest.mark.parametrize("preset_id", presets.preset_ids())
def test_the_gearing_plot_and_the_card_agree_on_the_top_speed(
    preset_id: str, limiter: bool
) -> None:
    """The gearing plot's top speed is the card's, and it says what sets it: the top gear
    meeting the road load, the top gear's curve ending above it (the redline, a motor's
    top speed or limit), or a limiter holding the car below where the top gear meets the
    road load, which is then the card's 'without the limiter' speed. Before, under the
    140 km/h limiter (the Beat, Copen, S660, Cappuccino, AZ-1, Vivio, Naked, Jimny, eK X
    EV) the plot called 140 'where the top gear meets the road load', yet its top gear met
    the road load at the speed without the limiter (the Beat's 167 km/h). A CVT's line
    between its ratios is drawn where the run holds the engine (0.9 of its power peak's
    rpm), not at the peak: the Taft's met the road load at 139.1 km/h, its card 138.5."""
    b = presets.load_preset(preset_id).build
    if not limiter:
        b = changed(b, {"drivetrain.speed_limit_kmh": None})
    p = performance.evaluate(b)
    plot = gearing.traction_plot(b, p, K)
    assert plot.top_speed_kmh == p.top_speed_kmh
    met = _meets_road_load(plot)
    if p.unlimited_top_speed_kmh is not None:
        assert plot.top_set_by == "limiter"
        assert plot.unlimited_top_speed_kmh == p.unlimited_top_speed_kmh
        assert met == pytest.approx(p.unlimited_top_speed_kmh, rel=0.002)
    elif plot.top_set_by == "revs":  # the top gear's curve ends above the road load
        assert met == 0.0 or met > p.top_speed_kmh
    else:
        assert plot.top_set_by == "road_load"
        assert met == pytest.approx(p.top_speed_kmh, rel=0.002)
    if not limiter:
        assert plot.top_set_by != "limiter" or p.electric is not None  # a maker's own


def test_a_motor_held_by_its_makers_limit_shows_where_it_would_meet_the_road_load() -> None:
    """The Sakura on a 5.0 reduction is held at 130 km/h by its maker's limit, 150 km/h
    without it (857aab9): the plot's curve went on only to 130, so nothing met the road
    load at the card's 'without the limiter' speed. The curve now runs on to it."""
    b = changed(presets.load_preset("nissan-sakura-2022").build, {"drivetrain.final_drive": 5.0})
    p = performance.evaluate(b)
    assert p.unlimited_top_speed_kmh is not None and p.top_speed_kmh == pytest.approx(130.0)
    plot = gearing.traction_plot(b, p, K)
    assert plot.top_set_by == "limiter"
    assert _meets_road_load(plot) == pytest.approx(p.unlimited_top_speed_kmh, rel=0.01)


@pytest.mark.parametrize(
    ("preset_id", "update"),
    [
        ("nissan-sakura-2022", {"drivetrain.final_drive": 1.0}),
        (
            "mitsubishi-ek-x-ev-2022",
            {"drivetrain.final_drive": 1.5, "drivetrain.speed_limit_kmh": None},
        ),
        ("mitsubishi-ek-x-ev-2022", {"drivetrain.final_drive": 1.5}),  # at the kei limiter
    ],
)
def test_a_reduction_so_tall_the_motor_never_makes_its_power_is_said_so(
    preset_id: str, update: dict
) -> None:
    """The Sakura with a reduction of 1.00 typed tops out at 113 km/h, its motor still
    torque-limited (its base speed is 243 km/h): the sentences said 'full 195 N·m up to
    243 km/h, then its full 47 kW above that' and 'At 113 km/h the motor's power meets
    drag', of power it never makes. Now they say the torque lasts all the way to the top
    speed and the full power would come only at 243 km/h."""
    p = performance.evaluate(changed(presets.load_preset(preset_id).build, update))
    assert p.electric is not None and p.electric.base_speed_kmh > p.top_speed_kmh
    verdicts = {v.key: v.sentence for v in gearing.why_gearing(p)}
    launch = verdicts["ev_launch"]
    assert f"all the way to its {p.top_speed_kmh:.0f} km/h top speed" in launch
    assert f"only at {p.electric.base_speed_kmh:.0f} km/h, so it never does" in launch
    assert "power-limited" not in launch and "above that" not in launch
    assert "power meets drag" not in verdicts["ev_top"]
    if p.unlimited_top_speed_kmh is None:
        assert "pull, short of its full power there, meets drag" in verdicts["ev_top"]


@pytest.mark.parametrize(
    ("preset_id", "update", "start"),
    [
        (
            "daihatsu-taft-2020",
            {"drivetrain.final_drive": 20.0},
            "The CVT's highest ratio is short",
        ),
        ("honda-beat-1991", {"drivetrain.gears": 1}, "Its one gear is short"),
    ],
)
def test_a_cvt_or_one_gear_on_its_redline_is_said_short(preset_id, update, start) -> None:
    """A CVT with a final drive of 20 runs into its redline at 67 km/h, as a one-gear Beat
    does at 98: a gearbox's top gear on its redline was said short, these said nothing."""
    p = performance.evaluate(changed(presets.load_preset(preset_id).build, update))
    assert p.trace.limit_name(len(p.trace.t_s) - 1) == "rev_limit"
    short = [v.sentence for v in gearing.why_gearing(p) if v.key == "short_top"]
    assert len(short) == 1 and short[0].startswith(start)
    assert f"redline at {p.top_speed_kmh:.0f} km/h" in short[0]


@pytest.mark.parametrize("final_drive", [None, 4.0, 2.0])
def test_a_cvts_lines_end_a_little_past_the_top_speed(final_drive) -> None:
    """A CVT's highest ratio at the redline, and its line near peak power at that ratio,
    ran far past where the car can go: on a final drive of 4.0 the curves went to 355 km/h
    and the road load to 390, for a car held at 140 (about 140 without the limiter). They
    now end a tenth past the top speed (or the speed without the limiter), the lowest
    ratio whole, and still meet the road load where the card says."""
    b = changed(
        default_build(),
        {"drivetrain.transmission": "cvt", "drivetrain.final_drive": final_drive},
    )
    p = performance.evaluate(b)
    plot = gearing.traction_plot(b, p, K)
    lowest = plot.gears[0]
    matter = max(float(lowest.speed_kmh[-1]), p.top_speed_kmh, p.unlimited_top_speed_kmh or 0.0)
    ends = [float(g.speed_kmh[-1]) for g in plot.gears]
    assert max(ends) <= 1.1 * matter + 1e-9, ends
    assert float(plot.road_speed_kmh[-1]) == pytest.approx(1.1 * matter)
    assert max(ends) >= p.top_speed_kmh  # the lines reach the top speed
    met = _meets_road_load(plot)
    assert met == pytest.approx(p.unlimited_top_speed_kmh or p.top_speed_kmh, rel=0.002)
