"""The engine: peak power and a full-load torque curve over rpm.

Peak power comes from a specific-output law (see ``resources/model.md``)::

    P_kW = q * V_litres * redline_krpm
    q = exp(c0 + c_forced*forced + c_two_stroke*two_stroke + c_era*era)
        * valve factor * intercooler factor * supercharger factor

``c0 .. c_era`` are fitted on the reference cars (``calibration --fit``); the small
factors are stated judgement. The torque curve has a fixed shape per engine kind
(naturally aspirated four-stroke, two-stroke, turbo, supercharger) over the
fraction of the redline, scaled so its power peak is the estimate. A power cap
scales the curve down until its power peak is the cap (a capped engine makes its
power with less boost), and no curve's torque passes the BMEP ceiling
(``BMEP_MAX_BAR``, just above the highest torque per litre published in the reference
data).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from keiconfig.core.build import Build
from keiconfig.core.results import EngineCurve, FloatArray, IntArray

PS_TO_KW: Final = 0.73549875
N_POINTS: Final = 41  # rpm grid points from idle to redline
IDLE_RPM: Final = 800.0  # the curve starts at max(IDLE_RPM, IDLE_REDLINE_SHARE × redline)
IDLE_REDLINE_SHARE: Final = 0.12
TWO_PI_OVER_60: Final = 2.0 * math.pi / 60.0

VALVE_FACTOR: Final[dict[int, float]] = {0: 1.0, 2: 0.88, 3: 0.94, 4: 1.0, 5: 1.03}
NO_INTERCOOLER_FACTOR: Final = 0.92
SUPERCHARGER_FACTOR: Final = 0.95  # the belt drive takes some of the gain


@dataclass(frozen=True)
class EngineConstants:
    c0: float
    c_forced: float
    c_two_stroke: float
    c_era: float
    # Time constant of the saturating era curve (years): a stated 10 years
    # (``calibration_fit.ERA_TAU_YEARS``), not fitted.
    era_tau_years: float
    # One carburettor or throttle body per cylinder (fitted; 0 in an old constants file).
    c_throttles: float = 0.0


def farr(values: Sequence[float]) -> FloatArray:
    """A read-only float64 array (results stay immutable)."""
    a = np.array(values, dtype=np.float64)
    a.setflags(write=False)
    return a


def iarr(values: Sequence[int]) -> IntArray:
    """A read-only int64 array."""
    a = np.array(values, dtype=np.int64)
    a.setflags(write=False)
    return a


ERA_START: Final = 1950  # the post-war start of the development curve


def power_era(year: int | None, tau: float) -> float:
    """Engine development from 1950: 1 - exp(-(year - 1950) / tau), 1 without a year.

    Specific output rose fast through the 1950s-70s (carburation, compression,
    porting, cam design) and has been flattening since: a saturating curve, not a
    straight line.
    """
    if year is None:
        return 1.0
    return 1.0 - math.exp(-max(year - ERA_START, 0) / tau)


def power_features(build: Build, tau: float) -> tuple[float, float, float, float, float]:
    """(1, forced, two_stroke, era, individual throttles): the terms of the fitted log
    specific output."""
    e = build.engine
    return (
        1.0,
        1.0 if e.forced else 0.0,
        1.0 if e.cycle == 2 else 0.0,
        power_era(build.year, tau),
        1.0 if e.individual_throttles else 0.0,
    )


def fixed_factor(build: Build) -> float:
    """The judgement factors on specific output (valves, intercooler, supercharger)."""
    e = build.engine
    f = VALVE_FACTOR.get(e.effective_valves, 1.0)
    if e.forced and not e.effective_intercooler:
        f *= NO_INTERCOOLER_FACTOR
    if e.aspiration == "supercharger":
        f *= SUPERCHARGER_FACTOR
    return f


def estimate_power_kw(build: Build, k: EngineConstants) -> float:
    """Uncapped peak power the configuration would make."""
    one, forced, two, era, throttles = power_features(build, k.era_tau_years)
    q = math.exp(
        k.c0 * one
        + k.c_forced * forced
        + k.c_two_stroke * two
        + k.c_era * era
        + k.c_throttles * throttles
    )
    e = build.engine
    return q * fixed_factor(build) * e.displacement_cc / 1000.0 * e.effective_redline_rpm / 1000.0


# A naturally aspirated four-stroke: a parabola 1 - a·(x - xt)² peaking at ``xt`` (by
# valves per cylinder), its curvature ``a`` set so that power peaks at about 0.9 of
# the redline for every valve count (the reference engines' rev limits sit about 10 %
# above their power peaks).
NA_SHAPE: Final[dict[int, tuple[float, float]]] = {4: (0.64, 1.8), 3: (0.62, 1.72), 2: (0.60, 1.59)}
# With one throttle or carburettor per cylinder the engine breathes best high up: its
# torque peaks late (the Beat's at 0.82 of its rev limit, the T360's at 0.76) and its
# power at about 0.93 of the redline.
NA_SHAPE_THROTTLES: Final = (0.76, 2.9)

# A turbo's boost band as shares of the redline: full boost from ``xb`` to ``xf``.
# Turbos of the late 1980s (larger turbines, mechanical wastegates) came on boost
# late and held it high; from the 2000s small turbines with electronically
# controlled wastegates give full boost from low rpm. The band moves linearly
# between the two from 1992 to 1998 (the reference turbos of 1985-1992 peak at
# 4000-4500 rpm, those of 1998 on at 2600-3600 rpm).
TURBO_BAND_OLD: Final = (0.58, 0.74)
TURBO_BAND_NEW: Final = (0.45, 0.60)
TURBO_ERA_YEARS: Final = (1992, 1998)
TURBO_FALL: Final = 0.90  # torque lost per unit of x above the band
# Share of full-boost torque at x = 0, and the rise to full boost at xb (as x²).
TURBO_LOW_END: Final = (0.5, 0.5)

# A supercharger (belt-driven) boosts from low rpm: full boost from ``xb`` to ``xf``,
# SUPERCHARGER_LOW_END: the share at x = 0 and its linear rise to xb; SUPERCHARGER_FALL
# above xf.
SUPERCHARGER_BAND: Final = (0.22, 0.58)
SUPERCHARGER_LOW_END: Final = (0.7, 0.3)
SUPERCHARGER_FALL: Final = 0.85

# A two-stroke is peakier than any four-stroke: 1 - a·(x - xt)².
TWO_STROKE_SHAPE: Final = (0.75, 3.0)

# No full-load curve falls below this share of its peak torque (the parabolas'
# far ends, an idle-speed turbo).
SHAPE_FLOOR: Final = 0.3

# The most brake mean effective pressure a petrol engine's full-load curve may reach:
# torque = BMEP × displacement / (2π × revolutions per power stroke: 2 for a
# four-stroke, 1 for a two-stroke). Boost is held below knock, so however low an
# engine revs, its torque per litre has a ceiling. The highest BMEP published in the
# reference data is the 2002 Copen's 4-cylinder JB-DET, 110 N·m from 659 cc (21.0 bar;
# the Caterham's K6A 20.4, the Polo GTI's 2.0 TSI 20.3, the Kei Works' and Alto Works'
# K6A 20.2 bar). A ceiling is a bound no real engine passes, so it sits above the best
# published figure by the 5 % scatter of published figures (rounding, one test against
# another; the engine fit's POWER_FIT_HUBER_SCALE): 21.0 × 1.05, 22 bar, about what
# production petrol turbos of this class reach. Stated, not fitted (21.0 and 20.4 bar
# were tried, see resources/model.md). Without it an uncapped turbo's curve (the law's
# power over the turbo shape) came out at 23.6 bar: the Caterham Seven 160 124 N·m
# against 107 published, the Polo GTI 373 against 320, and a 658 cc single (a low
# default redline) 124 N·m.
BMEP_MAX_BAR: Final = 22.0

# The most brake mean effective pressure a naturally aspirated engine may reach: without
# boost a cylinder is filled with at most the atmosphere's charge (a little more with a
# tuned intake), so its torque per litre has a lower ceiling than a pressure-charged
# engine's. The highest published in the reference data is 11.5 bar: the Honda Beat's
# E07A (60 N·m from 656 cc, the engine with one throttle per cylinder that revs to 8500
# rpm) and the 2014-20 NA 660s (Wagon R, Taft, Hijet: 60 N·m from 658 cc); the 2-valve
# four-strokes make 9-10 bar and the two-strokes 6-7 bar a revolution. As
# BMEP_MAX_BAR, the ceiling sits above the best published figure by the 5 % scatter of
# published figures: 11.5 × 1.05 = 12.1 bar (about what the atmosphere's charge at 105 %
# volumetric efficiency gives at 32 % brake efficiency). Stated, not fitted. Unlike
# boost, breathing is not held at a level while the rest of the curve stays: an NA
# engine whose law (the power over its shape) passes the ceiling has its whole curve,
# power too, scaled down to it. Without it the Beat preset with its 64 PS cap removed
# made 86 PS and 84 N·m from 656 cc without boost (16.0 bar; no production NA engine
# passes 13-15 bar).
NA_BMEP_MAX_BAR: Final = 12.1


def max_torque_nm(build: Build, bar: float | None = None) -> float:
    """The torque a BMEP of ``bar`` (default ``BMEP_MAX_BAR``) gives from the build's
    displacement and cycle."""
    e = build.engine
    revs_per_stroke = 2.0 if e.cycle == 4 else 1.0
    bmep = BMEP_MAX_BAR if bar is None else bar
    return bmep * 1e5 * e.displacement_cc * 1e-6 / (2.0 * math.pi * revs_per_stroke)


def turbo_band(year: int | None) -> tuple[float, float]:
    """(start, end) of full boost as shares of the redline, by the year."""
    y0, y1 = TURBO_ERA_YEARS
    t = 1.0 if year is None else min(max((year - y0) / (y1 - y0), 0.0), 1.0)
    (b0, f0), (b1, f1) = TURBO_BAND_OLD, TURBO_BAND_NEW
    return b0 + (b1 - b0) * t, f0 + (f1 - f0) * t


def _shapes(
    xs: list[float],
    kind: str,
    valves: int,
    band: tuple[float, float] = TURBO_BAND_NEW,
    throttles: bool = False,
) -> list[float]:
    """Full-load torque relative to peak torque at each ``x`` = rpm / redline of ``xs``
    (the kind's law chosen once for the whole grid)."""
    if kind == "turbo":
        (xb, xf), k, (low, rise) = band, TURBO_FALL, TURBO_LOW_END
        s = [
            low + rise * (x / xb) ** 2 if x < xb else 1.0 if x <= xf else 1.0 - k * (x - xf)
            for x in xs
        ]
    elif kind == "supercharger":
        (xb, xf), k, (low, rise) = SUPERCHARGER_BAND, SUPERCHARGER_FALL, SUPERCHARGER_LOW_END
        s = [
            low + rise * (x / xb) if x < xb else 1.0 if x <= xf else 1.0 - k * (x - xf) for x in xs
        ]
    else:
        if kind == "two_stroke":
            xt, a = TWO_STROKE_SHAPE
        else:
            xt, a = NA_SHAPE_THROTTLES if throttles else NA_SHAPE[min(max(valves, 2), 4)]
        s = [1.0 - a * (x - xt) ** 2 for x in xs]
    return [SHAPE_FLOOR if v < SHAPE_FLOOR else v for v in s]  # max(v, floor), without the call


def engine_kind(build: Build) -> str:
    e = build.engine
    if e.aspiration != "na":
        return e.aspiration
    return "two_stroke" if e.cycle == 2 else "na"


def interpolator(rpm0: float, drpm: float, values: list[float]) -> Callable[[float], float]:
    """Linear interpolation in ``values`` on the grid ``rpm0 + i × drpm`` (``N_POINTS``
    points), held at its ends, as a function with the grid bound (``CurveData.torque_at``'s
    arithmetic: the same figures)."""
    first, last, i_last = values[0], values[-1], N_POINTS - 1

    def at(rpm: float) -> float:
        f = (rpm - rpm0) / drpm
        if f <= 0.0:
            return first
        i = int(f)
        if i >= i_last:
            return last
        return values[i] + (values[i + 1] - values[i]) * (f - i)

    return at


@dataclass(frozen=True)
class CurveData:
    """The curve as plain lists (the run looks torque up many times)."""

    rpm0: float  # first grid rpm
    drpm: float  # grid spacing
    torque: list[float]  # N·m at each grid rpm (after cap / pins)
    peak_power_kw: float
    peak_power_rpm: float
    peak_torque_nm: float
    peak_torque_rpm: float
    uncapped_power_kw: float
    capped: bool
    redline_rpm: float
    # What the gearing is designed for: the configured engine after the cap and
    # before any pin (so a pin never re-gears the car).
    design_power_kw: float
    design_rpm: float
    design_torque_nm: float
    design_torque: list[float]  # the curve before pins (after the cap)
    # The BMEP ceiling holds the curve's torque (not when a torque is pinned).
    bmep_limited: bool = False
    # The NA ceiling (NA_BMEP_MAX_BAR) scaled the uncapped engine's whole curve down.
    na_bmep_limited: bool = False
    # Where the curve bends between two grid points, (rpm, N·m): a motor's base speed,
    # where its constant torque meets its constant power. The result's curve has the
    # point, so a plot draws the bend; drawn from the grid alone, the line cut the corner
    # (the i-MiEV's 180 N·m ran down from 2,360 rpm to 169 N·m at 2,620, its base speed
    # 2,493 rpm, and its power curve rounded under 64 PS there). The run does not use it:
    # it looks the motor's torque up exactly (electric.MotorDrive).
    corner: tuple[float, float] | None = None

    def torque_at(self, rpm: float) -> float:
        f = (rpm - self.rpm0) / self.drpm
        if f <= 0.0:
            return self.torque[0]
        i = int(f)
        if i >= N_POINTS - 1:
            return self.torque[-1]
        w = f - i
        t = self.torque
        return t[i] + (t[i + 1] - t[i]) * w

    def torque_function(self) -> Callable[[float], float]:
        """``torque_at`` as a function with the curve's numbers bound (the run looks
        torque up at every step): the same arithmetic, so the same torque."""
        return interpolator(self.rpm0, self.drpm, self.torque)

    def to_result(self) -> EngineCurve:
        # The grid and power element by element as numpy does them: the same arithmetic
        # (rpm0 + i × drpm; torque × rpm × 2π/60 / 1000) as a loop over the points.
        rpm = self.rpm0 + np.arange(N_POINTS, dtype=np.float64) * self.drpm
        torque = np.array(self.torque, dtype=np.float64)
        if self.corner is not None:
            at, nm = self.corner
            i = int(np.searchsorted(rpm, at))
            if 0 < i < N_POINTS and rpm[i] != at:  # (between two grid points)
                rpm, torque = np.insert(rpm, i, at), np.insert(torque, i, nm)
        power = torque * rpm * TWO_PI_OVER_60 / 1000.0
        for a in (rpm, torque, power):
            a.setflags(write=False)
        return EngineCurve(
            rpm=rpm,
            torque_nm=torque,
            power_kw=power,
            peak_power_ps=self.peak_power_kw / PS_TO_KW,
            peak_power_rpm=self.peak_power_rpm,
            peak_torque_nm=self.peak_torque_nm,
            peak_torque_rpm=self.peak_torque_rpm,
            uncapped_power_ps=self.uncapped_power_kw / PS_TO_KW,
            capped=self.capped,
            bmep_limited=self.bmep_limited,
            na_bmep_limited=self.na_bmep_limited,
        )


def _peaks(rpm: list[float], torque: list[float]) -> tuple[float, float, float, float]:
    best_p, best_pr, best_t, best_tr = -1.0, 0.0, -1.0, 0.0
    for r, t in zip(rpm, torque, strict=True):
        p = t * r
        if p > best_p:
            best_p, best_pr = p, r
        if t > best_t:
            best_t, best_tr = t, r
    return best_p * TWO_PI_OVER_60 / 1000.0, best_pr, best_t, best_tr


def engine_curve(build: Build, k: EngineConstants) -> CurveData:
    """The full-load curve after the cap and any pinned power or torque."""
    e = build.engine
    redline = float(e.effective_redline_rpm)
    rpm0 = max(IDLE_RPM, IDLE_REDLINE_SHARE * redline)
    drpm = (redline - rpm0) / (N_POINTS - 1)
    rpm = [rpm0 + i * drpm for i in range(N_POINTS)]
    kind = engine_kind(build)
    valves = e.effective_valves
    band = turbo_band(build.year)
    throttles = bool(e.individual_throttles)
    shape = _shapes([r / redline for r in rpm], kind, valves, band, throttles)
    shape_power = [s * r for s, r in zip(shape, rpm, strict=True)]
    peak = max(shape_power)
    shape_pmax = peak * TWO_PI_OVER_60 / 1000.0

    uncapped_kw = estimate_power_kw(build, k)
    design_rpm = rpm[shape_power.index(peak)]  # the first rpm of the peak
    base = [s * uncapped_kw / shape_pmax for s in shape]
    # Without boost the breathing has a ceiling (NA_BMEP_MAX_BAR): the whole curve, its
    # power too, is scaled down to it.
    na_limited = False
    if kind in ("na", "two_stroke"):
        t_na = max_torque_nm(build, NA_BMEP_MAX_BAR)
        top = max(base)
        if top > t_na:
            base = _scaled(base, t_na / top)
            uncapped_kw *= t_na / top
            na_limited = True
    # The configured engine: under a cap it is the capped engine, which makes its
    # power with less boost (or a milder cam) over the whole rev range, not the
    # uncapped engine's mid-range with a clipped top: the same shape, scaled down.
    cap = e.power_cap_ps
    cap_kw = cap * PS_TO_KW if cap is not None else math.inf
    capped_by_cap = cap_kw < uncapped_kw
    design_kw = cap_kw if capped_by_cap else uncapped_kw
    design_torque = _scaled(base, design_kw / uncapped_kw) if capped_by_cap else base
    # Torque per litre has a ceiling (BMEP_MAX_BAR): the curve is flat above it.
    t_max = max_torque_nm(build)
    bmep_limited = max(design_torque) > t_max
    if bmep_limited:
        design_torque = _clip_torque(rpm, design_torque, t_max)
    pin_p = build.overrides.power_ps
    pin_t = build.overrides.torque_nm
    if pin_p is not None:
        # Pinned power: the engine's shape scaled so its power peak is the pin (the
        # cap is then ignored, the pin being the after-cap figure).
        target_kw = pin_p * PS_TO_KW
        torque = _scaled(base, target_kw / uncapped_kw)
        if pin_t is not None:
            torque = _fit_both(rpm, torque, pin_t, target_kw)
        elif max(torque) > t_max:
            torque = _clip_torque(rpm, torque, t_max)
            bmep_limited = True
        else:
            bmep_limited = False
        capped = True
    else:
        torque = design_torque
        capped = capped_by_cap
        if pin_t is not None:
            # Pinned torque: the configured engine's curve (after the cap and the BMEP
            # ceiling) scaled to it, so a pin at the model's own figure changes nothing:
            # a turbo held flat at the ceiling keeps its flat boost plateau, only at the
            # pinned level (before, the pin went back to the law's unclipped shape, whose
            # plateau is a peak: the Caterham Seven 160 pinned at its own 115.2 N·m fell
            # from 81.0 to 75.6 PS). The cap still limits the power, clipping torque
            # wherever power would pass it (boost or ECU limiting).
            torque = _scaled(design_torque, pin_t / max(design_torque))
            bmep_limited = False  # the pinned figure is the engine's, ceiling or not
            if max(t * r for t, r in zip(torque, rpm, strict=True)) * TWO_PI_OVER_60 > (
                cap_kw * 1000.0
            ):
                torque = _clip_power(rpm, torque, cap_kw)
                capped = True
            else:
                capped = False
    p_kw, p_rpm, t_nm, t_rpm = _peaks(rpm, torque)
    return CurveData(
        rpm0=rpm0,
        drpm=drpm,
        torque=torque,
        peak_power_kw=p_kw,
        peak_power_rpm=p_rpm,
        peak_torque_nm=t_nm,
        peak_torque_rpm=t_rpm,
        uncapped_power_kw=uncapped_kw,
        capped=capped,
        redline_rpm=redline,
        design_power_kw=design_kw,
        design_rpm=design_rpm,
        design_torque_nm=max(design_torque),
        design_torque=design_torque,
        bmep_limited=bmep_limited,
        # (a pinned figure is the user's: the ceiling then shapes nothing they see)
        na_bmep_limited=na_limited and pin_p is None and pin_t is None,
    )


def _scaled(torque: list[float], factor: float) -> list[float]:
    return [t * factor for t in torque]


def _clip_torque(rpm: list[float], torque: list[float], t_max: float) -> list[float]:
    """Torque held to ``t_max`` (the BMEP ceiling), but never below the torque at the
    curve's power peak: the ceiling flattens the boost plateau and leaves the power peak
    (the law's estimate, or a pinned figure) where it is. The law's turbo curve meets
    the ceiling at about 0.93 of its peak torque and makes its peak power at 0.77, so
    for an estimated engine the second bound never binds; it keeps a pinned power."""
    i = max(range(len(rpm)), key=lambda j: torque[j] * rpm[j])
    level = max(t_max, torque[i])
    return [t if t < level else level for t in torque]


def _clip_power(rpm: list[float], torque: list[float], kw: float) -> list[float]:
    """Torque clipped wherever power would pass ``kw`` (boost / ECU limiting)."""
    return [min(t, kw * 1000.0 / (r * TWO_PI_OVER_60)) for t, r in zip(torque, rpm, strict=True)]


def _fit_both(rpm: list[float], torque: list[float], pin_t: float, pin_kw: float) -> list[float]:
    """Both power and torque pinned: a curve whose two peaks are the two pins.

    ``torque`` is the curve scaled to the pinned power. If it already reaches the
    torque pin, it is clipped there. Otherwise it is lifted to the upper envelope of
    itself and the same shape scaled to the pinned torque, clipped at the torque pin
    and at the pinned power (a flat-torque, flat-power curve like a boost-limited
    engine's). Both peaks then equal the pins.
    """
    t_max = max(torque)
    if t_max >= pin_t:
        return [min(t, pin_t) for t in torque]
    up = pin_t / t_max
    return [
        min(pin_t, t * up, pin_kw * 1000.0 / (r * TWO_PI_OVER_60)) if t * up > t else t
        for t, r in zip(torque, rpm, strict=True)
    ]
