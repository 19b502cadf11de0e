"""Results as plain, immutable data, with units in field names.

``performance.evaluate(build) -> Performance`` and
``regulations.check(build, era) -> Compliance`` are the two doors into the core;
everything the window, the command line and the tests show comes from these.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final, Literal

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# What limits the car's acceleration at an instant of the run. The trace stores
# the index into this tuple.
Limit = Literal["traction", "power", "shift", "rev_limit", "drag"]
LIMITS: Final[tuple[Limit, ...]] = ("traction", "power", "shift", "rev_limit", "drag")


def finite_or_none(x: object) -> float | None:
    """``x`` as a float if it is a finite number, else None (a time never reached, NaN...)."""
    if x is None or isinstance(x, bool):
        return None
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def frozen_array(a: npt.ArrayLike, dtype: type = np.float64) -> npt.NDArray[np.generic]:
    """A read-only copy, so results stay immutable."""
    arr: npt.NDArray[np.generic] = np.array(a, dtype=dtype)
    arr.setflags(write=False)
    return arr


@dataclass(frozen=True)
class WeightPart:
    """One named part of the kerb weight, e.g. ``WeightPart("engine", 78.0, "3 cyl, 658 cc")``."""

    name: str
    kg: float
    detail: str = ""
    #: ``detail`` as a template with ``{fields}`` (marked for translators in the
    #: "weight" context) and the values it was filled with: :meth:`shown_detail` writes
    #: it in the window's language. Empty: ``detail`` is a text of its own.
    template: str = ""
    fields: tuple[tuple[str, str | int | float], ...] = ()
    #: The count of a ``template`` with ``%n`` (translated in its plural forms); -1: none.
    count: int = -1

    def shown_detail(self) -> str:
        """``detail`` in the user's language (see :mod:`keiconfig.core.text`)."""
        from keiconfig.core.text import translate, translate_n

        if not self.template:
            return translate("weight", self.detail) if self.detail else ""
        # words among the values (a body style...) are translated too; numbers stay
        fields = {k: translate("weight", v) if isinstance(v, str) else v for k, v in self.fields}
        if self.count >= 0:
            return translate_n(self.template, "", self.count).format(**fields)
        return translate("weight", self.template).format(**fields)


@dataclass(frozen=True, eq=False)
class EngineCurve:
    """Full-load torque and power over rpm, after any power cap."""

    rpm: FloatArray
    torque_nm: FloatArray
    power_kw: FloatArray
    peak_power_ps: float
    peak_power_rpm: float
    peak_torque_nm: float
    peak_torque_rpm: float
    uncapped_power_ps: float  # what the engine would make without the cap
    capped: bool  # the cap (or a pinned power) limits the curve
    # The BMEP ceiling (engine.BMEP_MAX_BAR) holds its peak torque: a flat top.
    bmep_limited: bool = False
    # The naturally aspirated ceiling (engine.NA_BMEP_MAX_BAR) scaled the whole uncapped
    # curve, its power too, down to it.
    na_bmep_limited: bool = False


@dataclass(frozen=True)
class SlipAtTopSpeed:
    """A run that ends with its drive not taken up: the gearing is too tall for the
    engine to pull the car with the clutch engaged (or the torque converter coupled)."""

    device: Literal["clutch", "converter"]
    gear: int  # 1-based
    engine_rpm: float  # where the slipping engine turns
    locked_rpm: float  # where it would turn with the drive taken up


@dataclass(frozen=True)
class LowestRatioRaised:
    """The first gear (a CVT: its lowest ratio; an electric car: its reduction) the run
    uses, lower than the one the build gives or the model designed, because that one
    cannot move the car off: it pulls less than ``gearbox.MIN_PULL_ROLLING`` × the
    rolling resistance (a tiny pinned torque, a huge pinned weight, a tall given ratio)."""

    kind: Literal["first_gear", "lowest_ratio", "reduction"]  # a gearbox, a CVT, a motor
    given: float  # overall ratio (first gear × final drive; a reduction) of the build
    used: float  # the overall ratio the run uses instead
    final_drive: float  # the final drive both share (1.0: an electric car's reduction)
    pull_n: float  # what the given ratio would push at the wheels pulling away
    rolling_n: float  # the rolling resistance of the car and its test load


@dataclass(frozen=True, eq=False)
class Trace:
    """The standing-start run, sampled in time (all arrays the same length)."""

    t_s: FloatArray
    speed_ms: FloatArray
    distance_m: FloatArray
    gear: IntArray  # 1-based; CVT is always 1
    rpm: FloatArray
    limit: IntArray  # index into LIMITS

    def limit_name(self, i: int) -> Limit:
        return LIMITS[int(self.limit[i])]


@dataclass(frozen=True)
class ElectricResult:
    """Range and consumption of an electric build, with the motor figures they assume."""

    battery_kwh: float
    usable_kwh: float
    wltc_range_km: float  # Japanese WLTC mode (low, medium and high phases)
    wltc_wh_per_km: float  # drawn from the battery
    steady_range_km: tuple[tuple[float, float], ...]  # (speed km/h, range km)
    base_rpm: float  # where the motor's constant torque meets its constant power
    max_rpm: float
    reduction: float  # motor turns per wheel turn
    speed_limit_kmh: float | None
    base_speed_kmh: float  # road speed at the motor's base speed
    unlimited_top_speed_kmh: float  # where power meets drag, or the motor's top speed


@dataclass(frozen=True, eq=False)
class Performance:
    kerb_weight_kg: float
    weight_parts: tuple[WeightPart, ...]  # sums to kerb_weight_kg unless pinned
    weight_pinned: bool
    power_ps: float
    power_kw: float
    torque_nm: float
    power_pinned: bool
    torque_pinned: bool
    curve: EngineCurve
    power_to_weight_ps_per_tonne: float
    # None when the car cannot reach that speed at all (top speed below it); see
    # resources/model.md. Distances are always reached, so those times are numbers.
    zero_to_60mph_s: float | None
    zero_to_100kmh_s: float | None
    quarter_mile_s: float
    standing_400m_s: float
    top_speed_kmh: float
    gear_ratios: tuple[float, ...]  # CVT: (lowest, highest)
    final_drive: float
    trace: Trace
    # An electric build's range and motor figures; None for a petrol build.
    electric: ElectricResult | None = None
    # Where the car would stop without its speed limiter; None when the limiter does
    # not stop it (then top_speed_kmh is its own top speed).
    unlimited_top_speed_kmh: float | None = None
    # The clutch (or torque converter) still slipping at top speed: gearing too tall
    # for the engine to take up the drive; None when the drive is taken up.
    slip_at_top: SlipAtTopSpeed | None = None
    # A first gear (reduction) too tall to move the car off, and the one the run uses;
    # None when the build's own moves it.
    lowest_ratio_raised: LowestRatioRaised | None = None
    # Where a CVT holds the engine between its lowest and highest ratio (a little below
    # the configured engine's power peak: gearbox.CVT_HOLD_SHARE); None: not a CVT.
    cvt_hold_rpm: float | None = None

    @property
    def wltc_range_km(self) -> float | None:
        """An electric build's range on the Japanese WLTC mode; None for a petrol build."""
        return self.electric.wltc_range_km if self.electric is not None else None


def run_span_s(perf: Performance) -> float:
    """How much of the run a speed-time plot should show, in seconds.

    The part that tells the story: past the quarter mile and 0-100 km/h, not the long
    crawl to top speed; for a car that never reaches 100 km/h, until its speed settles.
    """
    t = perf.trace.t_s
    if len(t) == 0:
        return 1.0
    q = finite_or_none(perf.quarter_mile_s)
    z = finite_or_none(perf.zero_to_100kmh_s)
    if q is not None and z is not None:
        end = max(1.25 * q, 1.5 * z, 20.0)
    else:
        v = perf.trace.speed_ms
        top = float(np.nanmax(v))
        settled = np.flatnonzero(v >= 0.97 * top)
        end = float(t[settled[0]]) * 1.15 if len(settled) else float(t[-1])
    return min(max(end, 1.0), float(t[-1]))


@dataclass(frozen=True)
class RuleCheck:
    """One kei rule applied to one build. ``margin`` = limit - value (negative: over)."""

    name: Literal["length", "width", "height", "displacement", "power"]
    value: float
    limit: float
    unit: str
    ok: bool
    margin: float
    kind: Literal["law", "agreement"] = "law"


@dataclass(frozen=True)
class Compliance:
    era: str
    ok: bool
    checks: tuple[RuleCheck, ...]

    @property
    def failed(self) -> tuple[str, ...]:
        """Every rule the build breaks, the 64 PS agreement included."""
        return tuple(c.name for c in self.checks if not c.ok)

    @property
    def agreement_ok(self) -> bool | None:
        """The 64 PS agreement's verdict, or None where the era has none."""
        return next((c.ok for c in self.checks if c.kind == "agreement"), None)
