"""The electric powertrain: motor curve, battery and motor masses, reduction, range.

An electric build (``powertrain: "electric"``) has a motor and a battery instead of
an engine. This module holds what is electric about it; ``performance.evaluate``
puts it together with the body's weight and the standing-start run. Every constant
here is named in ``resources/model.md`` (section "Electric cars"):

* the motor gives its maximum torque from standstill to its base speed, then its
  maximum power up to its top speed (the classic torque-speed curve of a
  permanent-magnet motor under an inverter's current and voltage limits);
* the battery's mass is a fitted case mass plus fitted kilograms per kWh, falling
  with the year as cells improve (fitted by :mod:`keiconfig.core.electric_fit`,
  ``keiconfig calibration --fit-electric``, on the electric cars of
  ``resources/electric_cars.csv``);
* the range comes from an energy model: rolling resistance, drag and inertia at
  the wheels, through the reduction, motor and inverter and battery, plus an
  auxiliary load, over a steady speed or the WLTC speed trace
  (``resources/wltc_class3b.csv``; the Japanese "WLTC mode" figure uses its low,
  medium and high phases).
"""

from __future__ import annotations

import csv
import functools
import json
import math
from dataclasses import dataclass, replace
from typing import Final

import numpy as np

from keiconfig.core import dynamics as dyn
from keiconfig.core.build import Build
from keiconfig.core.chassis import (
    CRR,
    TEST_LOAD_KG,
    Chassis,
    G,
    design_power_speed_ms,
    power_speed_ms,
    wheel_inertia_kgm2,
)
from keiconfig.core.dynamics import DynamicsConstants, RunResult
from keiconfig.core.engine import N_POINTS, PS_TO_KW, TWO_PI_OVER_60, CurveData
from keiconfig.core.gearbox import MIN_PULL_ROLLING, ForceAt, RpmAt
from keiconfig.core.resources_path import resource_path
from keiconfig.core.results import ElectricResult, FloatArray, WeightPart
from keiconfig.core.text import QT_TRANSLATE_NOOP, translate
from keiconfig.core.units import KMH_PER_MS

CONSTANTS_FILE: Final = "electric_constants.json"
CARS_FILE: Final = "electric_cars.csv"
CYCLE_FILE: Final = "wltc_class3b.csv"

# Masses (stated engineering estimates).
MOTOR_FIXED_KG: Final = 25.0  # motor and inverter housing, mounts
MOTOR_KG_PER_KW: Final = 0.9  # motor and inverter per kW of maximum output
REDUCTION_KG: Final = 18.0  # single-speed reduction gear and differential
EV_FLUIDS_KG: Final = 8.0  # coolant, reduction oil, 12 V battery
# Cells get lighter per kWh each year (pack gravimetric density, stated): the fitted
# kilograms per kWh are those of a 2010 pack.
PACK_YEAR0: Final = 2010
PACK_IMPROVEMENT_PER_YEAR: Final = 0.05
PACK_YEARS: Final = (2005, 2035)  # the trend is not carried outside these years
PACK_YEAR_DEFAULT: Final = 2022  # a build without a year is a current car

# Energy model (stated engineering estimates).
REDUCTION_EFFICIENCY: Final = 0.97  # single-speed gear pair and differential
MOTOR_EFFICIENCY: Final = 0.90  # motor and inverter, average over a cycle
BATTERY_EFFICIENCY: Final = 0.95  # discharge (and charge) losses in the cells
# Regeneration: the braking energy at the wheels the motor takes (a fitted share,
# ``regen_share`` in the constants file) goes back through the same reduction, motor
# and cells as the drive, in the other direction.
REGEN_SHARE_BOUNDS: Final = (0.0, 1.0)
AUX_POWER_W: Final = 300.0  # 12 V systems, pumps, control (air conditioning off, as tested)
USABLE_SHARE: Final = 0.90  # usable share of the capacity the maker quotes
# Rolling resistance for the range: the low-rolling-resistance tyres current kei cars
# wear (JATMA label grade A is 7.8-9.0 N/kN; AA and AAA are lower). The standing-start
# run keeps the model's 0.012, whose error its fitted drag absorbs.
CYCLE_CRR: Final = 0.008
CYCLE_LOAD_KG: Final = 100.0  # test mass over kerb weight (driver, 25 kg, payload share)
CYCLE_MASS_FACTOR: Final = 1.05  # rotating parts as extra mass, for the cycle's accelerations
# Drag on the cycle: the style's drag coefficient as published for such bodies, not the
# run's fitted scale on it (``cd_scale``, 1.19): the top speeds it is fitted to fix only
# the ratio of power at the wheels to drag, so it also carries the petrol run's losses
# at full power; the cycle has its own efficiencies.
CYCLE_CD_SCALE: Final = 1.0
STEADY_SPEEDS_KMH: Final = (60.0, 100.0)
JAPAN_WLTC_PHASES: Final = ("low", "medium", "high")


@dataclass(frozen=True)
class ElectricConstants:
    """Fitted on the electric cars' published kerb weights (``--fit``)."""

    battery_case_kg: float  # case, crash frame, high-voltage wiring, charger
    battery_kg_per_kwh: float  # cells and modules per kWh, 2010 pack


@dataclass(frozen=True)
class RangeConstants:
    """Fitted on the electric cars' published WLTC ranges (``--fit``)."""

    regen_share: float  # share of the braking at the wheels the motor does


def _constants_data() -> dict[str, dict[str, float]]:
    with resource_path(CONSTANTS_FILE).open(encoding="utf-8") as fh:
        data: dict[str, dict[str, float]] = json.load(fh)
    return data


@functools.cache
def load_constants() -> ElectricConstants:
    return ElectricConstants(**{k: float(v) for k, v in _constants_data()["battery"].items()})


@functools.cache
def load_range_constants() -> RangeConstants:
    return RangeConstants(**{k: float(v) for k, v in _constants_data()["range"].items()})


# -- motor -----------------------------------------------------------------------------------


def motor_figures(build: Build) -> tuple[float, float]:
    """The motor's maximum power (kW) and torque (N·m); a pinned power or torque
    (``overrides``) in place of the motor's own figure, as on a petrol build."""
    m = build.motor
    assert m is not None
    pin_p, pin_t = build.overrides.power_ps, build.overrides.torque_nm
    p_kw = pin_p * PS_TO_KW if pin_p is not None else m.max_power_kw
    t_nm = pin_t if pin_t is not None else m.max_torque_nm
    # No more than its torque makes at its top speed (a base speed above the top speed).
    p_kw = min(p_kw, t_nm * m.effective_max_rpm * TWO_PI_OVER_60 / 1000.0)
    return p_kw, t_nm


def motor_curve(build: Build) -> CurveData:
    """Constant torque to base speed, then constant power to the motor's top speed.

    A pinned power or torque (``overrides``) replaces the motor's figure, as on a
    petrol build.
    """
    m = build.motor
    assert m is not None
    p_kw, t_nm = motor_figures(build)
    top = m.effective_max_rpm
    base = p_kw * 1000.0 / t_nm / TWO_PI_OVER_60
    drpm = top / (N_POINTS - 1)
    rpm = [i * drpm for i in range(N_POINTS)]
    torque = [t_nm if r <= base else p_kw * 1000.0 / (r * TWO_PI_OVER_60) for r in rpm]
    # The motor's own figures (before pins), read once rather than at each grid rpm.
    m_base, m_torque, m_power = m.base_rpm, m.max_torque_nm, m.max_power_kw
    design_torque = [
        m_torque if r <= m_base else m_power * 1000.0 / (r * TWO_PI_OVER_60) for r in rpm
    ]
    return CurveData(
        rpm0=0.0,
        drpm=drpm,
        torque=torque,
        peak_power_kw=p_kw,
        peak_power_rpm=min(base, top),
        peak_torque_nm=t_nm,
        peak_torque_rpm=0.0,
        uncapped_power_kw=p_kw,
        capped=False,
        redline_rpm=top,
        design_power_kw=m.usable_power_kw,
        design_rpm=top,
        design_torque_nm=m.max_torque_nm,
        design_torque=design_torque,
        corner=(base, t_nm) if base < top else None,
    )


def motor_torque(build: Build, rpm: float) -> float:
    """The motor's torque at ``rpm`` from its two figures, exactly (no grid)."""
    m = build.motor
    assert m is not None
    p_kw, t_nm = motor_figures(build)
    if rpm > m.effective_max_rpm:
        return 0.0
    if rpm <= 1e-9:
        return t_nm
    return min(t_nm, p_kw * 1000.0 / (rpm * TWO_PI_OVER_60))


# -- mass ------------------------------------------------------------------------------------


def pack_year(year: int | None) -> float:
    y = PACK_YEAR_DEFAULT if year is None else year
    return float(min(max(y, PACK_YEARS[0]), PACK_YEARS[1]))


def battery_basis(build: Build) -> float:
    """What the fitted kg per kWh multiplies: capacity × the year's cell improvement."""
    assert build.battery is not None
    years = pack_year(build.year) - PACK_YEAR0
    return float(build.battery.capacity_kwh * (1.0 - PACK_IMPROVEMENT_PER_YEAR) ** years)


# The motor's weight part when its top speed comes before its base speed.
BATTERY_DETAIL: Final = QT_TRANSLATE_NOOP("weight", "{kwh} kWh, case and high-voltage wiring")
MOTOR_SHORT_OF_RATING: Final = QT_TRANSLATE_NOOP(
    "weight",
    "{usable} kW, all its top speed lets it make of its rated {rated} kW; {torque} N·m",
)


def electric_parts(build: Build, k: ElectricConstants) -> list[WeightPart]:
    """The electric powertrain's parts (in place of engine, gearbox and fluids)."""
    m, bat = build.motor, build.battery
    assert m is not None and bat is not None
    # The motor and its inverter are sized for the power the motor can make: a motor
    # whose base speed lies above its top speed (Motor.usable_power_kw) never reaches its
    # rated power, so its rating buys no copper, iron or inverter current.
    usable = m.usable_power_kw
    motor = MOTOR_FIXED_KG + MOTOR_KG_PER_KW * usable
    battery = k.battery_case_kg + k.battery_kg_per_kwh * battery_basis(build)
    if usable < m.max_power_kw:
        motor_part = WeightPart(
            QT_TRANSLATE_NOOP("weight", "motor and inverter"),
            round(motor, 1),
            MOTOR_SHORT_OF_RATING.format(
                usable=f"{usable:.0f}", rated=f"{m.max_power_kw:g}", torque=f"{m.max_torque_nm:g}"
            ),
            template=MOTOR_SHORT_OF_RATING,
            fields=(
                ("usable", f"{usable:.0f}"),
                ("rated", f"{m.max_power_kw:g}"),
                ("torque", f"{m.max_torque_nm:g}"),
            ),
        )
    else:
        motor_part = WeightPart(
            QT_TRANSLATE_NOOP("weight", "motor and inverter"),
            round(motor, 1),
            f"{m.max_power_kw:g} kW, {m.max_torque_nm:g} N·m",
        )
    return [
        motor_part,
        # (the three details were shown in English on the Japanese model page)
        WeightPart(
            QT_TRANSLATE_NOOP("weight", "battery"),
            round(battery, 1),
            BATTERY_DETAIL.format(kwh=f"{bat.capacity_kwh:g}"),
            template=BATTERY_DETAIL,
            fields=(("kwh", f"{bat.capacity_kwh:g}"),),
        ),
        WeightPart(
            QT_TRANSLATE_NOOP("weight", "reduction gear"),
            REDUCTION_KG,
            QT_TRANSLATE_NOOP("weight", "single speed, differential"),
        ),
        WeightPart(
            QT_TRANSLATE_NOOP("weight", "fluids"),
            EV_FLUIDS_KG,
            QT_TRANSLATE_NOOP("weight", "coolant, gear oil, 12 V battery"),
        ),
    ]


# The petrol parts an electric build does not have.
PETROL_ONLY_PARTS: Final = frozenset(
    {
        "engine",
        "turbocharger",
        "supercharger",
        "intercooler",
        "gearbox",
        "fluids",
        "mid-engine layout",
        "coolant lines",
    }
)


# -- range -----------------------------------------------------------------------------------


@functools.cache
def wltc_trace() -> tuple[tuple[float, ...], tuple[str, ...]]:
    """The WLTC class 3b speed trace (m/s at each second) and each second's phase."""
    speeds: list[float] = []
    phases: list[str] = []
    with resource_path(CYCLE_FILE).open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for row in rows:
            speeds.append(float(row["speed_kmh"]) / KMH_PER_MS)
            phases.append(row["phase"])
    return tuple(speeds), tuple(phases)


@dataclass(frozen=True)
class RoadLoad:
    """What it takes to move the car: F = roll + cda_half × v² + mass × a, and the
    share of the braking the motor does."""

    roll_n: float
    cda_half: float
    mass_kg: float
    regen_share: float


CHAIN_EFFICIENCY: Final = REDUCTION_EFFICIENCY * MOTOR_EFFICIENCY * BATTERY_EFFICIENCY


def battery_power_w(load: RoadLoad, v: float, a: float) -> float:
    """Power drawn from the battery at speed v (m/s) and acceleration a (m/s²).

    Driving: wheel power through the reduction, motor and inverter and the cells.
    Braking: the motor's share of the (negative) wheel power comes back through the
    same chain. Plus the auxiliary load.
    """
    f = load.roll_n + load.cda_half * v * v + CYCLE_MASS_FACTOR * load.mass_kg * a
    p_wheel = f * v
    if p_wheel >= 0.0:
        p = p_wheel / CHAIN_EFFICIENCY
    else:
        p = p_wheel * load.regen_share * CHAIN_EFFICIENCY
    return p + AUX_POWER_W


@functools.cache
def _cycle_seconds(phases: tuple[str, ...]) -> tuple[FloatArray, FloatArray]:
    """(mean speed, change of speed) of each second of the WLTC in ``phases``."""
    v, ph = wltc_trace()
    keep = [i for i in range(len(v) - 1) if ph[i + 1] in phases]
    vm = np.array([0.5 * (v[i] + v[i + 1]) for i in keep])
    acc = np.array([v[i + 1] - v[i] for i in keep])
    vm.setflags(write=False)
    acc.setflags(write=False)
    return vm, acc


def cycle_energy(
    load: RoadLoad, phases: tuple[str, ...] = JAPAN_WLTC_PHASES
) -> tuple[float, float]:
    """(battery energy in J, distance in m) over the chosen phases of the WLTC.

    Speed is the published 1 Hz trace; in each second the acceleration is the change in
    speed and the power is taken at the mean speed of that second (the same balance as
    :func:`battery_power_w`, for all the seconds at once).
    """
    vm, acc = _cycle_seconds(phases)
    f = load.roll_n + load.cda_half * vm * vm + CYCLE_MASS_FACTOR * load.mass_kg * acc
    p_wheel = f * vm
    driving = p_wheel >= 0.0
    energy = (
        float(np.sum(p_wheel[driving])) / CHAIN_EFFICIENCY
        + float(np.sum(p_wheel[~driving])) * load.regen_share * CHAIN_EFFICIENCY
        + AUX_POWER_W * len(vm)
    )
    return energy, float(np.sum(vm))


def steady_range_km(load: RoadLoad, usable_kwh: float, speed_kmh: float) -> float:
    v = speed_kmh / KMH_PER_MS
    p = battery_power_w(load, v, 0.0)
    return usable_kwh * 3.6e6 / p * v / 1000.0


def cycle_load(
    build: Build, kerb_kg: float, k: DynamicsConstants, rk: RangeConstants | None = None
) -> RoadLoad:
    """The road load of the range: test mass, the cycle's tyres and drag, regeneration."""
    mass = kerb_kg + CYCLE_LOAD_KG
    cda = dyn.drag_area_m2(build, replace(k, cd_scale=CYCLE_CD_SCALE))
    return RoadLoad(
        roll_n=CYCLE_CRR * mass * dyn.G,
        cda_half=0.5 * dyn.RHO_AIR * cda,
        mass_kg=mass,
        regen_share=(rk if rk is not None else load_range_constants()).regen_share,
    )


def cycle_range_km(load: RoadLoad, usable_kwh: float) -> tuple[float, float]:
    """(range in km, Wh per km from the battery) on the Japanese WLTC mode."""
    e_j, d_m = cycle_energy(load)
    wh_per_km = e_j / 3600.0 / (d_m / 1000.0)
    return usable_kwh * 1000.0 / wh_per_km, wh_per_km


RANGE_ASSUMPTIONS: Final = QT_TRANSLATE_NOOP(
    "electric",
    "The range assumes {usable} % of the battery usable, {load} kg of driver and load, "
    "{aux} W for the car's own systems (air conditioning off) and the motor doing "
    "{regen} % of the braking (fitted to the makers' WLTC ranges).",
)


def range_assumptions() -> str:
    """The range's assumptions as a sentence in the user's language (where it is shown)."""
    return translate("electric", RANGE_ASSUMPTIONS).format(
        usable=f"{USABLE_SHARE * 100:.0f}",
        load=f"{CYCLE_LOAD_KG:.0f}",
        aux=f"{AUX_POWER_W:.0f}",
        regen=f"{load_range_constants().regen_share * 100:.0f}",
    )


def electric_result(
    build: Build,
    kerb_kg: float,
    k: DynamicsConstants,
    reduction: float,
    radius_m: float,
    unlimited_top_ms: float,
) -> ElectricResult:
    m, bat = build.motor, build.battery
    assert m is not None and bat is not None
    load = cycle_load(build, kerb_kg, k)
    usable = bat.capacity_kwh * USABLE_SHARE
    range_km, wh_per_km = cycle_range_km(load, usable)
    return ElectricResult(
        battery_kwh=bat.capacity_kwh,
        usable_kwh=usable,
        wltc_range_km=range_km,
        wltc_wh_per_km=wh_per_km,
        steady_range_km=tuple((s, steady_range_km(load, usable, s)) for s in STEADY_SPEEDS_KMH),
        base_rpm=m.base_rpm,
        max_rpm=m.effective_max_rpm,
        reduction=reduction,
        speed_limit_kmh=m.speed_limit_kmh,
        base_speed_kmh=m.base_rpm * TWO_PI_OVER_60 * radius_m / reduction * KMH_PER_MS,
        unlimited_top_speed_kmh=unlimited_top_ms * KMH_PER_MS,
    )


# -- reduction -------------------------------------------------------------------------------


def design_reduction(build: Build, radius_m: float, v_power_ms: float) -> float:
    """The single-speed reduction (motor turns per wheel turn) when the build does not
    give one: the motor reaches its top speed at the maker's limiter, or, without one,
    where its power meets drag and rolling (``v_power_ms``)."""
    m = build.motor
    assert m is not None
    v = v_power_ms
    if m.speed_limit_kmh is not None:
        v = min(v, m.speed_limit_kmh / KMH_PER_MS)
    return m.effective_max_rpm * TWO_PI_OVER_60 * radius_m / max(v, 1.0)


# -- the standing-start run -------------------------------------------------------------------

MOTOR_ROTOR_INERTIA: Final = 0.03  # kg·m², rotor of a kei car's 47 kW motor (stated)


# A top speed within this of the maker's limit on the motor is held by it; a motor that
# would go more than this faster without it is limited (as gearing.why_gearing says).
MOTOR_LIMIT_HOLDS_KMH: Final = 1.0

# Newton steps for the speed where the motor's power meets drag and rolling
# (chassis.power_speed_ms): its design speed, and the top speed without the limiter.
POWER_SPEED_NEWTON_STEPS: Final = 8


@dataclass(frozen=True, slots=True)
class MotorDrive:
    """An electric motor through a single-speed reduction: a ``dynamics.WheelDrive``.

    One gear, no clutch and no shift: full torque from standstill to the base speed,
    then full power, up to the motor's top speed or the maker's limiter.
    """

    torque_nm: float
    power_w: float
    max_rpm: float
    reduction: float
    eta: float
    radius_m: float
    rpm_per_ms: float  # motor rpm per m/s of road speed
    mass_factor: float
    v_limit: float  # the limiter (inf without one)
    n_gears: int = 1
    shift_time_s: float = 0.0

    def force(self, v: float, gear: int) -> tuple[float, float, float]:
        rpm = v * self.rpm_per_ms
        if rpm > self.max_rpm or v > self.v_limit:
            return 0.0, rpm, self.mass_factor
        w = rpm * TWO_PI_OVER_60
        t = self.torque_nm if w * self.torque_nm <= self.power_w else self.power_w / w
        return t * self.reduction * self.eta / self.radius_m, rpm, self.mass_factor

    def rpm(self, v: float, gear: int) -> float:
        return v * self.rpm_per_ms

    def in_gear(self, gear: int) -> tuple[ForceAt, RpmAt]:
        """``force`` and ``rpm`` as functions of the speed alone, with the motor's
        numbers bound (the run calls them at every step): the same arithmetic."""
        to_rpm, max_rpm, v_limit, mf = self.rpm_per_ms, self.max_rpm, self.v_limit, self.mass_factor
        torque, power, n, eta, radius = (
            self.torque_nm,
            self.power_w,
            self.reduction,
            self.eta,
            self.radius_m,
        )

        def force(v: float) -> tuple[float, float, float]:
            rpm = v * to_rpm
            if rpm > max_rpm or v > v_limit:
                return 0.0, rpm, mf
            w = rpm * TWO_PI_OVER_60
            t = torque if w * torque <= power else power / w
            return t * n * eta / radius, rpm, mf

        def rpm(v: float) -> float:
            return v * to_rpm

        return force, rpm

    def v_max(self, gear: int) -> float:
        return min(self.max_rpm / self.rpm_per_ms, self.v_limit)

    def shift_speed(self, gear: int) -> float:
        return self.v_max(gear)

    @property
    def launch_end_ms(self) -> float:
        return 0.0  # no clutch, no converter: full torque from standstill


def reduction_of(build: Build, k: DynamicsConstants) -> float:
    """The given reduction (``drivetrain.final_drive``), or the designed one."""
    m = build.motor
    assert m is not None
    if build.drivetrain.final_drive is not None:
        return build.drivetrain.final_drive
    v_design = design_power_speed_ms(
        build, m.usable_power_kw * 1000.0 * k.drivetrain_efficiency, k, POWER_SPEED_NEWTON_STEPS
    )
    return design_reduction(build, dyn.tyre_radius_m(build), v_design)


def motor_drive(build: Build, kerb_kg: float, k: DynamicsConstants) -> MotorDrive:
    m = build.motor
    assert m is not None
    r = dyn.tyre_radius_m(build)
    n = reduction_of(build, k)
    p_kw, t_nm = motor_figures(build)
    # A reduction that cannot move the car (a motor of a few N·m, or a given reduction
    # near 1) is raised just enough to pull MIN_PULL_ROLLING × rolling resistance, as a
    # petrol car's first gear is (gearbox._first_gear_that_moves): before, the run never
    # reached 400 m and the window stopped on an internal error.
    need = MIN_PULL_ROLLING * CRR * (kerb_kg + TEST_LOAD_KG) * G
    if t_nm * n * k.drivetrain_efficiency / r < need:
        n = need * r / (t_nm * k.drivetrain_efficiency)
    md = dyn.design_mass_kg(build)
    return MotorDrive(
        torque_nm=t_nm,
        power_w=p_kw * 1000.0,
        max_rpm=m.effective_max_rpm,
        reduction=n,
        # A single reduction: the model's fitted drivetrain efficiency, as a manual's.
        eta=k.drivetrain_efficiency,
        radius_m=r,
        rpm_per_ms=n / (r * TWO_PI_OVER_60),
        mass_factor=1.0 + (wheel_inertia_kgm2(r) + MOTOR_ROTOR_INERTIA * n * n) / (r * r * md),
        v_limit=m.speed_limit_kmh / KMH_PER_MS if m.speed_limit_kmh is not None else math.inf,
    )


def free_top_speed_ms(drive: MotorDrive, chassis: Chassis) -> float:
    """Where the motor would take the car without a limiter: where its pull meets drag and
    rolling, or its top speed, whichever comes first.

    Below its base speed the motor pulls with its full torque, a constant force; above it
    with its full power. Through a tall reduction the constant force meets the road load
    below the base speed, before the power could: the car never uses its full power there
    (before, the speed where the full power meets the road load was taken anyway: the
    Sakura on a 1.5 reduction under a 90 km/h motor limit was said to make 150 km/h
    without it, and makes 144).
    """
    v_motor = drive.max_rpm / drive.rpm_per_ms
    v_base = drive.power_w / (drive.torque_nm * TWO_PI_OVER_60) / drive.rpm_per_ms
    pull = drive.torque_nm * drive.reduction * drive.eta / drive.radius_m
    over_rolling = max(pull - chassis.rolling_n, 0.0)
    v_torque = math.sqrt(over_rolling / chassis.half_rho_cda)
    if v_torque <= v_base:
        return min(v_motor, v_torque)
    v_power = power_speed_ms(
        drive.power_w * drive.eta,
        chassis.half_rho_cda,
        chassis.rolling_n,
        POWER_SPEED_NEWTON_STEPS,
    )
    return min(v_motor, v_power)


def simulate(build: Build, kerb_kg: float, k: DynamicsConstants) -> tuple[RunResult, float, float]:
    """The electric car's standing start: (run, reduction, top speed without the
    limiter in m/s). The car around the motor (tyres, grip, drag) is the same
    ``Chassis`` as a petrol car's, and the run the same ``dynamics.run``."""
    drive = motor_drive(build, kerb_kg, k)
    chassis = Chassis.of(build, kerb_kg, k)
    v_unlimited = free_top_speed_ms(drive, chassis)
    # The kei speed limiter (drivetrain.speed_limit_kmh), held by the run as for a petrol
    # car; the motor's own limit (motor.speed_limit_kmh) is the drive's top speed.
    run = dyn.run_result(
        drive,
        chassis,
        min(v_unlimited, drive.v_limit),
        build.drivetrain.speed_limit_kmh,
        (1.0,),
        drive.reduction,
    )
    raised = dyn.lowest_ratio_raised(
        "reduction", reduction_of(build, k), drive.reduction, 1.0, kerb_kg
    )
    if raised is not None:
        run = replace(run, lowest_ratio_raised=raised)
    held = drive.v_limit * KMH_PER_MS  # the maker's limit on the motor (inf: none)
    if (
        run.unlimited_top_speed_kmh is None
        and v_unlimited * KMH_PER_MS > held + MOTOR_LIMIT_HOLDS_KMH
        and run.top_speed_kmh >= held - MOTOR_LIMIT_HOLDS_KMH
    ):
        # The maker's limit holds the car below where its motor would take it (a reduction
        # taller than the designed one): limited, as the kei limiter's hold is, so the
        # card, the comparison and ``evaluate`` say so, with the speed without it.
        run = replace(run, unlimited_top_speed_kmh=v_unlimited * KMH_PER_MS)
    return run, drive.reduction, v_unlimited
