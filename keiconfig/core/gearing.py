"""Gearing a student can see: tractive force at the wheels against road speed.

The classic plot: for every gear, the force the engine (or motor) puts on the road
at each speed (torque × overall ratio × efficiency ÷ tyre radius), with the road
load (rolling resistance + drag) on the same axes. Where the top gear's curve
meets the road load is the top speed; the gaps between the curves are the shifts.
Computed from the build and the same functions the run uses (``gearbox``,
``chassis``), never re-fitted.

:func:`why_gearing` writes the sentences the limits panel and the suggestions use:
a top gear too tall for the engine to reach its power peak, too short (the engine
hits its redline while it could still pull), a shift that drops the engine out of
its power band, and for an electric car its torque-limited launch, power-limited
top end and what sets its top speed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

import numpy as np

from keiconfig.core.build import Build
from keiconfig.core.chassis import (
    CRR,
    RHO_AIR,
    TEST_LOAD_KG,
    DynamicsConstants,
    G,
    drag_area_m2,
    front_share,
    tyre_mu,
    tyre_radius_m,
)
from keiconfig.core.engine import TWO_PI_OVER_60
from keiconfig.core.gearbox import (
    CLUTCH_LAUNCH,
    MIN_PULL_ROLLING,
    clutch_launch_rpm,
    efficiency,
)
from keiconfig.core.results import FloatArray, LowestRatioRaised, Performance
from keiconfig.core.text import translate
from keiconfig.core.units import KMH_PER_MS

POINTS_PER_GEAR: Final = 60
ROAD_LOAD_POINTS: Final = 80
# Top gear is "tall" when at top speed (set by drag, not the redline) the engine
# turns below this share of its power-peak rpm: it never reaches its full power.
TALL_TOP_GEAR_SHARE: Final = 0.85
# A shift "drops out of the power band" when the next gear lands the engine below
# this share of its peak power.
POWER_BAND_SHARE: Final = 0.75


@dataclass(frozen=True, eq=False)
class GearCurve:
    label: str  # "1", "2", ... ; a CVT: "low", "high", "CVT"; electric: "single speed"
    speed_kmh: FloatArray
    force_n: FloatArray


@dataclass(frozen=True, eq=False)
class TractionPlot:
    gears: tuple[GearCurve, ...]
    road_speed_kmh: FloatArray
    road_load_n: FloatArray
    grip_n: float  # the driven wheels' grip at rest (no weight transfer)
    top_speed_kmh: float
    speed_limit_kmh: float | None  # an electric car's limiter
    # What sets the top speed: the top gear meeting the road load ("road_load"), the
    # engine's redline or the motor's top speed or maker's limit ending the top gear's
    # curve above it ("revs"), or a limiter holding the car below where the top gear
    # meets it ("limiter": ``unlimited_top_speed_kmh`` is that meeting).
    top_set_by: Literal["road_load", "revs", "limiter"] = "road_load"
    unlimited_top_speed_kmh: float | None = None


def _arr(a: object) -> FloatArray:
    """A read-only float64 array (results stay immutable)."""
    out: FloatArray = np.array(a, dtype=np.float64)
    out.setflags(write=False)
    return out


def _speed_per_rpm(overall: float, r: float) -> float:
    """Road speed (km/h) per engine rpm at an overall ratio."""
    return TWO_PI_OVER_60 * r / overall * KMH_PER_MS


def _clutch_launch_rpm(build: Build, redline: float) -> float | None:
    """The rpm a clutch gearbox holds the engine at while its clutch slips (None: a
    torque converter or a CVT)."""
    trans = build.drivetrain.transmission
    return clutch_launch_rpm(trans, redline) if trans in CLUTCH_LAUNCH else None


def run_ratios(perf: Performance) -> tuple[float, ...]:
    """The gearbox ratios the run uses: the build's (or the model's), with a first gear
    too tall to move the car off lowered as the run lowers it (why_gearing says so)."""
    raised = perf.lowest_ratio_raised
    if raised is None or perf.electric is not None:
        return perf.gear_ratios
    return (raised.used / perf.final_drive, *perf.gear_ratios[1:])


def _cut_at(curve: GearCurve, speed_kmh: float) -> GearCurve:
    """``curve`` up to ``speed_kmh`` (its force there interpolated), or whole if shorter."""
    v, f = np.asarray(curve.speed_kmh), np.asarray(curve.force_n)
    if v[-1] <= speed_kmh:
        return curve
    keep = v < speed_kmh
    return GearCurve(
        curve.label,
        _arr(np.append(v[keep], speed_kmh)),
        _arr(np.append(f[keep], np.interp(speed_kmh, v, f))),
    )


def traction_plot(build: Build, perf: Performance, k: DynamicsConstants) -> TractionPlot:
    """Tractive force against road speed for every gear, the road load and the grip."""
    r = tyre_radius_m(build)
    m = perf.kerb_weight_kg + TEST_LOAD_KG
    gears: list[GearCurve] = []
    limit = None
    if perf.electric is not None:
        e = perf.electric
        eta = k.drivetrain_efficiency
        n = e.reduction
        rpm = np.linspace(0.0, e.max_rpm, POINTS_PER_GEAR)
        w = rpm * TWO_PI_OVER_60
        power_w = perf.power_kw * 1000.0
        torque = np.where(
            w * perf.torque_nm <= power_w, perf.torque_nm, power_w / np.maximum(w, 1e-9)
        )
        v = rpm * _speed_per_rpm(n, r)
        f = torque * n * eta / r
        limit = e.speed_limit_kmh
        # The curve ends at the maker's limit, unless the limit holds the car below where
        # the motor would take it: then the whole curve shows where that is.
        if limit is not None and limit < v[-1] and perf.unlimited_top_speed_kmh is None:
            keep = v <= limit
            v = np.append(v[keep], limit)
            f = np.append(
                f[keep], np.interp(limit, rpm * _speed_per_rpm(n, r), torque) * n * eta / r
            )
        gears.append(GearCurve(translate("gearing", "single speed"), _arr(v), _arr(f)))
    else:
        eta = efficiency(build, k)
        rpm = np.asarray(perf.curve.rpm, dtype=float)
        torque = np.asarray(perf.curve.torque_nm, dtype=float)
        fd = perf.final_drive
        box = run_ratios(perf)
        if build.drivetrain.transmission == "cvt":
            low, high = (x * fd for x in box)
            for label, n in ((translate("gearing", "lowest ratio"), low),
                             (translate("gearing", "highest ratio"), high)):  # fmt: skip
                gears.append(
                    GearCurve(
                        label,
                        _arr(rpm * _speed_per_rpm(n, r)),
                        _arr(torque * n * eta / r),
                    )
                )
            # Between its ratios a CVT holds the engine where the run holds it, a little
            # below its power peak (gearbox.CVT_HOLD_SHARE): F = P·η / v.
            hold = perf.cvt_hold_rpm
            if hold is None:  # (a result from before the run said)
                hold = float(rpm[np.argmax(torque * rpm)])
            p_hold = float(np.interp(hold, rpm, torque)) * hold * TWO_PI_OVER_60
            v0 = hold * _speed_per_rpm(low, r)
            v1 = hold * _speed_per_rpm(high, r)
            vv = np.linspace(v0, v1, POINTS_PER_GEAR)
            gears.append(
                GearCurve(
                    translate("gearing", "CVT near peak power"),
                    _arr(vv),
                    _arr(p_hold * eta / (vv / KMH_PER_MS)),
                )
            )
        else:
            launch = _clutch_launch_rpm(build, float(rpm[-1]))
            for i, g in enumerate(box):
                n = g * fd
                v, f = rpm * _speed_per_rpm(n, r), torque * n * eta / r
                if i == 0 and launch is not None:
                    # Pulling away the clutch slips, the engine held at the launch rpm
                    # (gearbox.EngineDrive): a flat force from rest to where it takes up.
                    keep = rpm > launch
                    v_up = launch * _speed_per_rpm(n, r)
                    f_up = float(np.interp(launch, rpm, torque)) * n * eta / r
                    v = np.concatenate(([0.0, v_up], v[keep]))
                    f = np.concatenate(([f_up, f_up], f[keep]))
                gears.append(GearCurve(str(i + 1), _arr(v), _arr(f)))
    v_top = max(float(gc.speed_kmh.max()) for gc in gears)
    v_end = max(v_top, perf.top_speed_kmh, perf.unlimited_top_speed_kmh or 0.0)
    if build.drivetrain.transmission == "cvt" and perf.electric is None:
        # A CVT's highest ratio at the redline, and its line near peak power at that ratio,
        # reach far past where the car can go: on a final drive of 4.0 the plot's speeds
        # ran to 390 km/h for a car held at 140, the plot's right half empty under the
        # road load. Past the top speed (or the speed without the limiter) their pull is
        # under the road load's; they end a little beyond it, with the road load.
        v_end = max(
            float(gears[0].speed_kmh.max()),  # the lowest ratio whole, as it pulls away
            perf.top_speed_kmh,
            perf.unlimited_top_speed_kmh or 0.0,
        )
        gears = [_cut_at(gc, v_end * 1.1) for gc in gears]
    vr = np.linspace(0.0, v_end * 1.1, ROAD_LOAD_POINTS)
    half_rho_cda = 0.5 * RHO_AIR * drag_area_m2(build, k)
    road = CRR * m * G + half_rho_cda * (vr / KMH_PER_MS) ** 2
    driven = build.drivetrain.driven
    share = 1.0 if driven == "awd" else front_share(build)
    if driven == "rwd":
        share = 1.0 - front_share(build)
    grip = tyre_mu(build, m, k) * m * G * share
    top_set_by: Literal["road_load", "revs", "limiter"] = "road_load"
    if perf.unlimited_top_speed_kmh is not None:
        top_set_by = "limiter"
    elif perf.trace.limit_name(len(perf.trace.t_s) - 1) == "rev_limit":
        top_set_by = "revs"
    return TractionPlot(
        gears=tuple(gears),
        road_speed_kmh=_arr(vr),
        road_load_n=_arr(road),
        grip_n=float(grip),
        top_speed_kmh=perf.top_speed_kmh,
        speed_limit_kmh=limit,
        top_set_by=top_set_by,
        unlimited_top_speed_kmh=perf.unlimited_top_speed_kmh,
    )


# -- why -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GearingVerdict:
    """One finding about the gearing or the motor: a key and a sentence."""

    key: str  # "tall_top", "short_top", "gap", "ev_launch", "ev_top"
    sentence: str


def _ordinal(n: int) -> str:
    """A gear's ordinal, ``3rd`` (translated: 3速 in Japanese)."""
    if n == 1:
        return translate("gearing", "1st")
    if n == 2:
        return translate("gearing", "2nd")
    if n == 3:
        return translate("gearing", "3rd")
    return translate("gearing", "{n}th").format(n=n)


def why_gearing(perf: Performance) -> tuple[GearingVerdict, ...]:
    """What the gearing (or the motor) does to this run, as sentences."""
    out: list[GearingVerdict] = []
    tr = perf.trace
    if len(tr.t_s) < 2:
        return ()
    raised = raised_sentence(perf.lowest_ratio_raised)
    if raised:
        out.append(GearingVerdict("raised", raised))
    e = perf.electric
    if e is not None and e.base_rpm > e.max_rpm * (1.0 + 1e-9):
        # Its base speed lies above its top speed (Motor.usable_power_kw): torque all the
        # way, and the power it is rated for never reached.
        out.append(
            GearingVerdict(
                "ev_launch",
                translate(
                    "gearing",
                    "The motor gives its full {torque:.0f} N·m from standstill to its top "
                    "speed ({rpm:,.0f} rpm), where that makes only {power:.0f} kW: it would "
                    "need {base:,.0f} rpm to make its rated {rated:.0f} kW. More torque, or "
                    "a faster motor (its top speed), would let it.",
                ).format(
                    torque=perf.torque_nm,
                    rpm=e.max_rpm,
                    power=perf.power_kw,
                    base=e.base_rpm,
                    rated=perf.power_kw * e.base_rpm / e.max_rpm,
                ),
            )
        )
    elif e is not None and _torque_limited_at_top(perf):
        # A reduction so tall that the car's top speed comes before the motor's base
        # speed: it never makes its full power (before, the sentence said 'up to 243 km/h,
        # then its full 47 kW above that' of a car whose top speed was 113 km/h).
        out.append(
            GearingVerdict(
                "ev_launch",
                translate(
                    "gearing",
                    "The motor gives its full {torque:.0f} N·m from standstill all the way to "
                    "its {top:.0f} km/h top speed (with no gear to change): through this tall "
                    "reduction ({ratio:.2f}) it would make its full {power:.0f} kW only at "
                    "{speed:.0f} km/h, so it never does.",
                ).format(
                    torque=perf.torque_nm,
                    top=perf.top_speed_kmh,
                    ratio=e.reduction,
                    power=perf.power_kw,
                    speed=e.base_speed_kmh,
                ),
            )
        )
    elif e is not None:
        out.append(
            GearingVerdict(
                "ev_launch",
                translate(
                    "gearing",
                    "The motor gives its full {torque:.0f} N·m from standstill up to "
                    "{speed:.0f} km/h (a torque-limited launch, with no gear to change), "
                    "then its full {power:.0f} kW above that (power-limited).",
                ).format(torque=perf.torque_nm, speed=e.base_speed_kmh, power=perf.power_kw),
            )
        )
    if e is not None:
        if e.speed_limit_kmh is not None and perf.top_speed_kmh >= e.speed_limit_kmh - 0.5:
            if e.unlimited_top_speed_kmh > e.speed_limit_kmh + 1.0:
                text = translate(
                    "gearing",
                    "The maker's {limit:.0f} km/h limiter sets its top speed; without it the "
                    "motor would take it to {free:.0f} km/h.",
                ).format(limit=e.speed_limit_kmh, free=e.unlimited_top_speed_kmh)
            else:
                text = translate(
                    "gearing",
                    "The maker's {limit:.0f} km/h limiter sets its top speed, and the "
                    "reduction ({ratio:.2f}) puts the motor's top speed ({rpm:,.0f} rpm) there "
                    "too: a short ratio for a strong launch.",
                ).format(limit=e.speed_limit_kmh, ratio=e.reduction, rpm=e.max_rpm)
        elif perf.unlimited_top_speed_kmh is not None:
            text = translate(
                "gearing",
                "The {limit:.0f} km/h kei speed limiter holds it; without it the motor would "
                "take it to {free:.0f} km/h.",
            ).format(limit=perf.top_speed_kmh, free=perf.unlimited_top_speed_kmh)
        elif _at_motor_max(perf):
            text = translate(
                "gearing",
                "At {speed:.0f} km/h the motor reaches its top speed ({rpm:,.0f} rpm): a "
                "lower reduction ratio would let power meet drag higher up.",
            ).format(speed=perf.top_speed_kmh, rpm=e.max_rpm)
        elif _torque_limited_at_top(perf):
            text = translate(
                "gearing",
                "At {speed:.0f} km/h the motor's pull, short of its full power there, meets "
                "drag and rolling resistance: a shorter (higher) reduction would let it use "
                "its power and go faster.",
            ).format(speed=perf.top_speed_kmh)
        else:
            text = translate(
                "gearing",
                "At {speed:.0f} km/h the motor's power meets drag and rolling resistance.",
            ).format(speed=perf.top_speed_kmh)
        out.append(GearingVerdict("ev_top", text))
        return tuple(out)
    ratios = run_ratios(perf)
    curve = perf.curve
    rpm = np.asarray(curve.rpm, dtype=float)
    power = np.asarray(curve.power_kw, dtype=float)
    peak_rpm = float(curve.peak_power_rpm)
    peak_kw = float(np.max(power)) if len(power) else 0.0
    redline = float(rpm[-1]) if len(rpm) else 0.0
    gear = np.asarray(tr.gear)
    top_gear = int(gear[-1])
    rev_limited = tr.limit_name(len(tr.t_s) - 1) == "rev_limit"
    # At the speed limiter, the limiter (not top gear) sets the top speed.
    limited = perf.unlimited_top_speed_kmh is not None
    slip = perf.slip_at_top
    if slip is not None and slip.device == "clutch":
        out.append(
            GearingVerdict(
                "slip",
                translate(
                    "gearing",
                    "The gearing is too tall for the engine to take up the drive: at its "
                    "{speed:.0f} km/h top speed the clutch is still slipping in {gear} gear, "
                    "the engine held at {rpm:,.0f} rpm, where with the clutch engaged it would "
                    "turn at only {locked:,.0f} rpm, too slow to pull the car. A real clutch "
                    "would soon burn out; a lower gear or final drive would let it take up.",
                ).format(
                    speed=perf.top_speed_kmh,
                    gear=_ordinal(slip.gear),
                    rpm=slip.engine_rpm,
                    locked=slip.locked_rpm,
                ),
            )
        )
    elif slip is not None:
        out.append(
            GearingVerdict(
                "slip",
                translate(
                    "gearing",
                    "The gearing is too tall for the engine to take up the drive: at its "
                    "{speed:.0f} km/h top speed the torque converter is still slipping, the "
                    "engine at {rpm:,.0f} rpm, where coupled it would turn at only {locked:,.0f} "
                    "rpm. A lower gear or final drive would let it couple.",
                ).format(speed=perf.top_speed_kmh, rpm=slip.engine_rpm, locked=slip.locked_rpm),
            )
        )
    if int(np.max(gear)) == 1:
        # A CVT (its two ratios are the ends of its range) or one gear: no gear changes,
        # but a ratio that runs the engine into its redline is said as a top gear's is.
        if rev_limited and not limited and slip is None:
            if perf.cvt_hold_rpm is not None:
                text = translate(
                    "gearing",
                    "The CVT's highest ratio is short: the engine reaches its {rpm:,.0f} rpm "
                    "redline at {speed:.0f} km/h while it could still pull harder than the "
                    "drag; a taller (lower) highest ratio or final drive would go faster.",
                )
            else:
                text = translate(
                    "gearing",
                    "Its one gear is short: the engine reaches its {rpm:,.0f} rpm redline at "
                    "{speed:.0f} km/h while it could still pull harder than the drag; a taller "
                    "gear or final drive would go faster.",
                )
            out.append(
                GearingVerdict("short_top", text.format(rpm=redline, speed=perf.top_speed_kmh))
            )
        return tuple(out)
    if limited or slip is not None:
        pass  # the limiter, or a drive not taken up (said above), sets the top speed
    elif len(ratios) > 1 and top_gear < len(ratios) and not rev_limited:
        out.append(
            GearingVerdict(
                "tall_top",
                translate(
                    "gearing",
                    "Top gear is too tall: the car goes fastest in {gear} gear, because in top "
                    "gear the engine cannot reach the rpm where it makes its power.",
                ).format(gear=_ordinal(top_gear)),
            )
        )
    elif len(ratios) > 1 and top_gear == len(ratios):
        top_rpm = float(tr.rpm[-1])
        if not rev_limited and top_rpm < TALL_TOP_GEAR_SHARE * peak_rpm:
            out.append(
                GearingVerdict(
                    "tall_top",
                    translate(
                        "gearing",
                        "Top gear is tall: at its {speed:.0f} km/h top speed the engine turns "
                        "{rpm:,.0f} rpm, short of its power peak at {peak:,.0f} rpm, so it never "
                        "uses its full power there.",
                    ).format(speed=perf.top_speed_kmh, rpm=top_rpm, peak=peak_rpm),
                )
            )
        elif rev_limited:
            out.append(
                GearingVerdict(
                    "short_top",
                    translate(
                        "gearing",
                        "Top gear is short: the engine reaches its {rpm:,.0f} rpm redline at "
                        "{speed:.0f} km/h while it could still pull harder than the drag; a "
                        "taller top gear or final drive would go faster.",
                    ).format(rpm=redline, speed=perf.top_speed_kmh),
                )
            )
    # Gaps: each change up used in the run, and the rpm the next gear lands on.
    if len(ratios) > 1 and peak_kw > 0.0:
        shifts = np.flatnonzero(np.diff(gear) > 0) + 1
        worst: tuple[float, int, float] | None = None
        idle = float(rpm[0])  # the engine cannot turn slower under load
        below_idle: tuple[int, float] | None = None
        for i in shifts:
            g_from = int(gear[i - 1])
            before = float(tr.rpm[i - 1])
            after = before * ratios[g_from] / ratios[g_from - 1]
            if after < idle:  # the clutch slips in the next gear (gearbox.clutch_slip_rpm)
                if below_idle is None and (slip is None or slip.gear != g_from + 1):
                    below_idle = (g_from, after)
                continue
            share = float(np.interp(after, rpm, power)) / peak_kw
            if share < POWER_BAND_SHARE and (worst is None or share < worst[0]):
                worst = (share, g_from, after)
        if worst is not None:
            share, g_from, after = worst
            out.append(
                GearingVerdict(
                    "gap",
                    translate(
                        "gearing",
                        "The change from {a} to {b} gear drops the engine to {rpm:,.0f} rpm, "
                        "where it makes only {share:.0f} % of its peak power: a gap in the "
                        "gearing (closer ratios, or one more gear, would fill it).",
                    ).format(
                        a=_ordinal(g_from), b=_ordinal(g_from + 1), rpm=after, share=share * 100
                    ),
                )
            )
        if below_idle is not None:
            g_from, after = below_idle
            out.append(
                GearingVerdict(
                    "below_idle",
                    translate(
                        "gearing",
                        "The change from {a} to {b} gear would drop the engine to {rpm:,.0f} "
                        "rpm, below its {idle:,.0f} rpm idle: in {b} gear the clutch slips, the "
                        "engine held at its launch speed as when pulling away, until the car "
                        "catches up (closer ratios, or one more gear, would fill the gap).",
                    ).format(a=_ordinal(g_from), b=_ordinal(g_from + 1), rpm=after, idle=idle),
                )
            )
    return tuple(out)


def raised_sentence(raised: LowestRatioRaised | None) -> str:
    """Why the run's first gear (a CVT's lowest ratio, a reduction) is not the build's:
    too tall to move the car off, it was lowered just enough to pull away
    (``gearbox._first_gear_that_moves``, ``electric.motor_drive``), and so every figure
    is for the lower one."""
    if raised is None:
        return ""
    fields = {
        "pull": raised.pull_n,
        "need": MIN_PULL_ROLLING * raised.rolling_n,
        "share": MIN_PULL_ROLLING,
        "roll": raised.rolling_n,
        "given": raised.given / raised.final_drive,
        "used": raised.used / raised.final_drive,
    }
    if raised.kind == "reduction":
        text = translate(
            "gearing",
            "The reduction ({given:.2f}) is too tall for the motor to move the car off: it "
            "would push {pull:.0f} N at the wheels, short of the {need:.0f} N the model asks "
            "for pulling away ({share:g} × the {roll:.0f} N of rolling resistance). The run "
            "uses {used:.2f} instead, so every figure is for that reduction; more torque or "
            "a shorter (higher) reduction would let the car use its own.",
        )
    elif raised.kind == "lowest_ratio":
        text = translate(
            "gearing",
            "The CVT's lowest ratio ({given:.2f}) is too tall to move the car off: it would "
            "push {pull:.0f} N at the wheels, short of the {need:.0f} N the model asks for "
            "pulling away ({share:g} × the {roll:.0f} N of rolling resistance). The run uses "
            "{used:.2f} instead, so every figure is for that ratio; more torque or a shorter "
            "(higher) final drive would let the car use its own.",
        )
    else:
        text = translate(
            "gearing",
            "First gear ({given:.2f}) is too tall to move the car off: it would push "
            "{pull:.0f} N at the wheels, short of the {need:.0f} N the model asks for pulling "
            "away ({share:g} × the {roll:.0f} N of rolling resistance). The run uses a first "
            "gear of {used:.2f} instead, so every figure is for that gear; more torque, or a "
            "shorter (higher) first gear or final drive, would let the car use its own.",
        )
    return text.format(**fields)


def _torque_limited_at_top(perf: Performance) -> bool:
    """Whether an electric car's top speed comes before its motor's base speed: the motor
    gives its full torque all the way and never its full power (a tall reduction)."""
    e = perf.electric
    assert e is not None
    return e.base_speed_kmh > perf.top_speed_kmh + 0.5


def _at_motor_max(perf: Performance) -> bool:
    e = perf.electric
    assert e is not None
    return perf.trace.limit_name(len(perf.trace.t_s) - 1) == "rev_limit" and (
        e.speed_limit_kmh is None or perf.top_speed_kmh < e.speed_limit_kmh - 0.5
    )
