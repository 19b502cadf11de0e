"""An engine through its gearbox: the drive force at the wheels at each speed.

``EngineDrive`` is the combustion engine's ``dynamics.WheelDrive``: a manual (clutch
slipping at launch), a twin-clutch gearbox (a clutch slipping at launch, gear changes
without a break in drive), a torque-converter automatic or a CVT, with ratios designed by
``overall_ratios`` and shift speeds by ``shift_speeds``. Every number is named and has
its line in ``resources/model.md`` ("The standing-start run").
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from keiconfig.core.build import Build
from keiconfig.core.chassis import (
    CRR,
    TEST_LOAD_KG,
    DynamicsConstants,
    G,
    design_mass_kg,
    design_power_speed_ms,
    tyre_radius_m,
    wheel_inertia_kgm2,
)
from keiconfig.core.engine import N_POINTS, TWO_PI_OVER_60, CurveData, interpolator
from keiconfig.core.results import SlipAtTopSpeed
from keiconfig.core.units import KMH_PER_MS

# Losses: the fitted ``drivetrain_efficiency`` less these for a torque converter or
# a CVT's belt and pump.
AUTOMATIC_LOSS: Final = 0.06
CVT_LOSS: Final = 0.10
# A twin-clutch box is a manual's gear pairs on two shafts: its losses are a manual's
# plus its clutches' oil pump (a wet-clutch box; stated, 1 point).
DCT_LOSS: Final = 0.01
LOSSES: Final[dict[str, float]] = {
    "manual": 0.0,
    "dct": DCT_LOSS,
    "automatic": AUTOMATIC_LOSS,
    "cvt": CVT_LOSS,
}
# Gearboxes that move off by slipping a friction clutch (no torque converter).
CLUTCH_LAUNCH: Final = frozenset({"manual", "dct"})

# Gross power (JIS/SAE gross, before 1985) is about 12 % above net.
GROSS_BEFORE_YEAR: Final = 1985
GROSS_TO_NET: Final = 0.88

# Gearing design.
OVERDRIVE: Final = 1.08  # top gear puts the power peak 8 % above the design speed
OVERDRIVE_MIN_GEARS: Final = 5  # ... with 5 gears or more, or a CVT
# First gear is set by what it is for, not by the number of gears: pulling away and
# across a junction in one gear, it runs to FIRST_GEAR_KMH at the redline (real cars:
# some 45-55 km/h, a 7-speed as a 5-speed). Only a box with too few gears to span
# that from top gear in mean steps of at most MAX_RATIO_STEP (wider steps drop the
# engine out of its power band) gets a taller first gear; DESIGN_GRADE is the floor.
FIRST_GEAR_KMH: Final = 50.0
MAX_RATIO_STEP: Final = 1.53
RATIO_SPACING_EXPONENT: Final = 1.15  # progressive spacing: gaps close towards top
DESIGN_GRADE: Final = 0.25  # first gear climbs a 25 % grade
TOP_GEARBOX_RATIO: Final = 0.85  # the gearbox's own top ratio with 5+ gears (1.0 below)
CVT_SPAN: Final = 6.0  # lowest / highest ratio
CVT_TOP_RATIO: Final = 0.55
MIN_PULL_ROLLING: Final = 1.5  # first gear pulls at least 1.5 × rolling resistance
DESIGN_SPEED_NEWTON_STEPS: Final = 6

# Launch: a manual slips its clutch with the engine at 0.6 × redline; a torque
# converter stalls at 0.42 × redline, multiplies torque by 2 at stall falling to 1
# at coupling, which it reaches at 1/0.85 of the stall rpm.
LAUNCH_RPM_SHARE: Final = 0.6
STALL_RPM_SHARE: Final = 0.42
COUPLING_STALL_RATIO: Final = 0.85
CONVERTER_MULTIPLICATION: Final = 2.0
# A twin-clutch box's controller slips its clutch with the engine at half the redline
# (launch control on a sporting car holds some 3,000-3,500 rpm; without it the box
# takes up drive lower still): a little below a driver's 0.6, sparing the clutch (stated).
DCT_LAUNCH_RPM_SHARE: Final = 0.5

# Engine inertia: 0.03 kg·m² + 0.00006 kg·m² per cc (flywheel, crank, clutch).
ENGINE_INERTIA_KGM2: Final = 0.03
ENGINE_INERTIA_PER_CC: Final = 0.00006

# A shift costs drive for the shift time, so a driver changes up only where the next
# gear pulls clearly harder. In a flat power band (a capped or boost-limited engine)
# both gears pull the same and the gear is held to the redline instead of being
# changed at the first tie, which cost kei turbos an extra shift to 100 km/h.
SHIFT_GAIN: Final = 1.02
AUTOMATIC_SHIFT_S: Final = 0.15  # a torque-converter automatic's or CVT's shift time
# A twin-clutch box hands the drive from one clutch to the other, the next gear already
# engaged on the other shaft: no break in drive (stated: 0 s).
DCT_SHIFT_S: Final = 0.0
# A CVT at full throttle holds the engine a little below its power peak: a kei car's
# controller holds about 5,500-6,000 rpm for a 6,000-6,400 rpm peak (stated). On a flat,
# capped power band that costs little; on a peaky engine it costs more.
CVT_HOLD_SHARE: Final = 0.9


def clutch_launch_rpm(transmission: str, redline_rpm: float) -> float:
    """Where a driver (a manual) or a twin-clutch box's controller holds the engine while
    the clutch slips: ``LAUNCH_RPM_SHARE`` or ``DCT_LAUNCH_RPM_SHARE`` of the redline."""
    share = DCT_LAUNCH_RPM_SHARE if transmission == "dct" else LAUNCH_RPM_SHARE
    return share * redline_rpm


def rating_factor(year: int | None) -> float:
    """Net power at the flywheel per rated PS: before 1985 Japanese (and US) makers
    rated engines gross (JIS/SAE gross: no air filter, silencer or ancillaries),
    about 12 % above the net figure used since."""
    return GROSS_TO_NET if year is not None and year < GROSS_BEFORE_YEAR else 1.0


def shift_time_s(transmission: str, k: DynamicsConstants) -> float:
    """How long a change up cuts the drive: the fitted manual shift, a torque
    converter's or CVT's short one, none for a twin-clutch box."""
    if transmission == "manual":
        return k.shift_time_s
    return DCT_SHIFT_S if transmission == "dct" else AUTOMATIC_SHIFT_S


def efficiency(build: Build, k: DynamicsConstants) -> float:
    """Wheel power per rated engine power: the drivetrain's efficiency (less for a
    torque converter or a CVT) × the gross-to-net rating factor."""
    loss = LOSSES[build.drivetrain.transmission]
    return (k.drivetrain_efficiency - loss) * rating_factor(build.year)


def design_speed_ms(build: Build, power_kw: float, k: DynamicsConstants) -> float:
    """The speed where the design power × η meets the design drag and rolling."""
    p = power_kw * 1000.0 * efficiency(build, k)
    return design_power_speed_ms(build, p, k, DESIGN_SPEED_NEWTON_STEPS)


def overall_ratios(
    build: Build, curve: CurveData, k: DynamicsConstants
) -> tuple[list[float], float, tuple[float, ...], float]:
    """Overall ratios (engine turns per wheel turn) for each gear, design speed,
    gearbox ratios as reported, and the final drive.

    Designed from the configured engine (after the cap, before any pin): top gear
    puts the power-peak rpm 8 % above the speed where that power meets drag and
    rolling (4 gears or fewer: at that speed); first gear reaches ``FIRST_GEAR_KMH``
    at the redline, whatever the number of gears, unless that needs a mean step
    above ``MAX_RATIO_STEP`` from top gear (then top × 1.53^(gears − 1)), and it is
    always low enough to climb a 25 % grade. More gears close the steps between the
    same first and top gears; they never lower first gear past its 50 km/h ratio.
    """
    d = build.drivetrain
    r = tyre_radius_m(build)
    eta = efficiency(build, k)
    v_design = design_speed_ms(build, curve.design_power_kw, k)
    n = d.effective_gears
    od = OVERDRIVE if (n >= OVERDRIVE_MIN_GEARS or d.transmission == "cvt") else 1.0
    w_design = curve.design_rpm * TWO_PI_OVER_60
    n_top = w_design * r / (v_design * od)
    n_grade = design_mass_kg(build) * G * (DESIGN_GRADE + CRR) * r / (curve.design_torque_nm * eta)
    if d.transmission == "cvt":
        n_low = max(n_top * CVT_SPAN, n_grade)
        fd = n_top / CVT_TOP_RATIO
        return _given(build, [n_low, n_top], v_design, (n_low / fd, CVT_TOP_RATIO), fd)
    if n == 1:
        ratios = [max(n_top, n_grade)]
    else:
        n_launch = curve.redline_rpm * TWO_PI_OVER_60 * r / (FIRST_GEAR_KMH / KMH_PER_MS)
        n_first = max(min(n_launch, n_top * math.pow(MAX_RATIO_STEP, n - 1)), n_grade)
        spread = n_first / n_top
        ratios = [
            n_top * spread ** (((n - i) / (n - 1)) ** RATIO_SPACING_EXPONENT)
            for i in range(1, n + 1)
        ]
    top_box = 1.0 if n < OVERDRIVE_MIN_GEARS else TOP_GEARBOX_RATIO
    fd = ratios[-1] / top_box
    return _given(build, ratios, v_design, tuple(x / fd for x in ratios), fd)


def _given(
    build: Build, overall: list[float], v_design: float, box: tuple[float, ...], fd: float
) -> tuple[list[float], float, tuple[float, ...], float]:
    """The build's own gearbox ratios and final drive where it gives them
    (``drivetrain.ratios``, ``drivetrain.final_drive``), the designed ones otherwise."""
    d = build.drivetrain
    if d.ratios is None and d.final_drive is None:
        return overall, v_design, box, fd
    box = tuple(d.ratios) if d.ratios is not None else box
    fd = d.final_drive if d.final_drive is not None else fd
    return [x * fd for x in box], v_design, box, fd


# A drive's force (N, rpm, mass factor) and rpm at a speed in one gear (``in_gear``).
ForceAt = Callable[[float], tuple[float, float, float]]
RpmAt = Callable[[float], float]


def _interp(torque: list[float], curve: CurveData, rpm: float) -> float:
    f = (rpm - curve.rpm0) / curve.drpm
    if f <= 0.0:
        return torque[0]
    i = int(f)
    if i >= N_POINTS - 1:
        return torque[-1]
    return torque[i] + (torque[i + 1] - torque[i]) * (f - i)


@dataclass(frozen=True, slots=True)
class EngineDrive:
    """A combustion engine through a manual, twin-clutch, automatic or CVT: a
    ``WheelDrive``. A twin-clutch box launches as a manual does (its own launch rpm)
    and changes gear without a break in drive.

    A CVT is one "gear" to the run (it never shifts): it launches through its
    converter with the engine at the power peak, holds that rpm while its ratio
    varies, and runs on in its top ratio once it runs out of ratio.
    """

    transmission: str
    clutch_launch: bool  # transmission in CLUTCH_LAUNCH (asked at every step of the run)
    curve: CurveData
    ratios: tuple[float, ...]  # overall ratios (a CVT: lowest and highest)
    eta: float
    radius_m: float
    rpm_per_ms: float  # engine rpm per m/s of road speed per unit overall ratio
    wheel_mass_factor: float  # rotating wheels as a share of the design mass
    engine_mass_factor: float  # the engine's, per unit ratio squared
    # 1 + wheels' + engine's mass factor in each gear (the run asks for it at every step)
    gear_mass_factors: tuple[float, ...]
    launch_rpm: float
    stall_rpm: float
    couple_rpm: float
    power_peak_rpm: float  # where a CVT holds the engine
    power_peak_w: float
    shift_time_s: float
    n_gears: int
    v_shift: tuple[float, ...]
    # A clutch box: below this rpm (the engine's, were the clutch engaged) the clutch
    # slips in each gear, the engine held at the launch rpm (``clutch_slip_rpm``).
    slip_rpm: tuple[float, ...]
    # ``curve.torque_at`` with the curve's numbers bound (``CurveData.torque_function``).
    torque_at: Callable[[float], float]

    @classmethod
    def of(
        cls,
        build: Build,
        curve: CurveData,
        kerb_kg: float,
        k: DynamicsConstants,
        designed: list[float] | None = None,
    ) -> EngineDrive:
        """The drive of ``build``; ``designed`` is ``overall_ratios(...)[0]`` when the
        caller has it already."""
        trans = build.drivetrain.transmission
        r = tyre_radius_m(build)
        eta = efficiency(build, k)
        ratios = designed if designed is not None else overall_ratios(build, curve, k)[0]
        md = design_mass_kg(build)
        to_rpm = 1.0 / (r * TWO_PI_OVER_60)
        i_engine = ENGINE_INERTIA_KGM2 + ENGINE_INERTIA_PER_CC * build.engine.displacement_cc
        redline = curve.redline_rpm
        # Launch and stall rpm are fixed shares of the redline (not of the curve's
        # peaks, which a pin can move), so the same car always launches the same way.
        launch_rpm = clutch_launch_rpm(trans, redline)
        stall_rpm = STALL_RPM_SHARE * redline
        # A CVT holds the engine a little below the configured engine's power peak
        # (CVT_HOLD_SHARE of its rpm), as real CVT controllers do at full throttle.
        pk_rpm = CVT_HOLD_SHARE * curve.design_rpm
        ratios = _first_gear_that_moves(
            trans, curve, ratios, launch_rpm, stall_rpm, kerb_kg + TEST_LOAD_KG, eta, r
        )
        n_gears = len(ratios) if trans != "cvt" else 1
        wheel_mf, engine_mf = wheel_inertia_kgm2(r) / (r * r * md), i_engine / (r * r * md)
        v_shift = shift_speeds(trans, curve, ratios, n_gears, launch_rpm, to_rpm)
        return cls(
            transmission=trans,
            clutch_launch=trans in CLUTCH_LAUNCH,
            curve=curve,
            ratios=tuple(ratios),
            eta=eta,
            radius_m=r,
            rpm_per_ms=to_rpm,
            wheel_mass_factor=wheel_mf,
            engine_mass_factor=engine_mf,
            gear_mass_factors=tuple(1.0 + wheel_mf + engine_mf * n * n for n in ratios),
            launch_rpm=launch_rpm,
            stall_rpm=stall_rpm,
            couple_rpm=stall_rpm / COUPLING_STALL_RATIO,
            power_peak_rpm=pk_rpm,
            power_peak_w=curve.torque_at(pk_rpm) * pk_rpm * TWO_PI_OVER_60,
            shift_time_s=shift_time_s(trans, k),
            n_gears=n_gears,
            v_shift=v_shift,
            slip_rpm=clutch_slip_rpm(curve, ratios, n_gears, v_shift, launch_rpm, to_rpm),
            torque_at=curve.torque_function(),
        )

    # -- WheelDrive -------------------------------------------------------------------

    def v_max(self, gear: int) -> float:
        """Road speed at the redline in ``gear`` (a CVT: in its top ratio)."""
        n = self.ratios[-1] if self.transmission == "cvt" else self.ratios[gear]
        return self.curve.redline_rpm / (n * self.rpm_per_ms)

    def shift_speed(self, gear: int) -> float:
        return self.v_shift[gear]

    @property
    def launch_end_ms(self) -> float:
        """Where the engine in first gear (a CVT: its lowest ratio) turns at the launch
        rpm (a clutch stops slipping) or the coupling rpm (a torque converter couples)."""
        take_up = self.launch_rpm if self.clutch_launch else self.couple_rpm
        return take_up / (self.ratios[0] * self.rpm_per_ms)

    def force(self, v: float, gear: int) -> tuple[float, float, float]:
        """(wheel force before traction, engine rpm, mass factor) in ``gear`` (0-based)."""
        trans = self.transmission
        if trans == "cvt":
            return self._cvt_force(v)
        n = self.ratios[gear]
        rpm = v * n * self.rpm_per_ms
        mf = self.gear_mass_factors[gear]
        curve = self.curve
        if rpm > curve.redline_rpm:
            return 0.0, rpm, mf
        if self.clutch_launch:
            if rpm < self.slip_rpm[gear]:
                return self._clutch_launch_force(n)
        elif rpm < self.couple_rpm:
            return self._converter_force(rpm, n)
        return self.torque_at(rpm) * n * self.eta / self.radius_m, rpm, mf

    def in_gear(self, gear: int) -> tuple[ForceAt, RpmAt]:
        """``force`` and ``rpm`` in ``gear`` as functions of the speed alone, with the
        gear's numbers bound (the run calls them at every step): the same stages and the
        same arithmetic, so the same figures."""
        if self.transmission == "cvt":
            return self._cvt_in_gear()
        n, to_rpm, mf = self.ratios[gear], self.rpm_per_ms, self.gear_mass_factors[gear]
        redline, eta, radius = self.curve.redline_rpm, self.eta, self.radius_m
        torque_at = self.torque_at
        if self.clutch_launch:
            slip, launch_rpm = self.slip_rpm[gear], self.launch_rpm
            slipping = self._clutch_launch_force(n)  # the same at every speed below slip

            def force(v: float) -> tuple[float, float, float]:
                rpm = v * n * to_rpm
                if rpm > redline:
                    return 0.0, rpm, mf
                if rpm < slip:
                    return slipping
                return torque_at(rpm) * n * eta / radius, rpm, mf

            def rpm(v: float) -> float:
                r = v * n * to_rpm
                return launch_rpm if r < slip else r

            return force, rpm
        # A torque converter (an automatic: the boxes without a clutch launch but a CVT).
        couple, stall, converter = self.couple_rpm, self.stall_rpm, self._converter_force

        def force_tc(v: float) -> tuple[float, float, float]:
            rpm = v * n * to_rpm
            if rpm > redline:
                return 0.0, rpm, mf
            if rpm < couple:
                return converter(rpm, n)
            return torque_at(rpm) * n * eta / radius, rpm, mf

        def rpm_tc(v: float) -> float:
            r = v * n * to_rpm
            return stall + (couple - stall) * r / couple if r < couple else r

        return force_tc, rpm_tc

    def _cvt_in_gear(self) -> tuple[ForceAt, RpmAt]:
        """``_cvt_force`` and ``_cvt_rpm`` with the CVT's numbers bound: the same stages
        and the same arithmetic (the mass factors of each stage worked out once)."""
        n_low, n_high, pk_rpm = self.ratios[0], self.ratios[-1], self.power_peak_rpm
        to_rpm, eta, radius = self.rpm_per_ms, self.eta, self.radius_m
        redline = self.curve.redline_rpm
        couple, stall, converter = self.couple_rpm, self.stall_rpm, self._converter_force
        torque_at, peak_w = self.torque_at, self.power_peak_w
        wheels = 1.0 + self.wheel_mass_factor
        low_mf = 1.0 + self.wheel_mass_factor + self.engine_mass_factor * n_low * n_low
        high_mf = 1.0 + self.wheel_mass_factor + self.engine_mass_factor * n_high * n_high

        def force(v: float) -> tuple[float, float, float]:
            rpm_low = v * n_low * to_rpm
            if rpm_low < couple:
                return converter(rpm_low, n_low)
            if rpm_low < pk_rpm:
                return torque_at(rpm_low) * n_low * eta / radius, rpm_low, low_mf
            rpm = v * n_high * to_rpm
            if rpm < pk_rpm:
                return peak_w * eta / v, pk_rpm, wheels
            if rpm > redline:
                return 0.0, redline, wheels
            return torque_at(rpm) * n_high * eta / radius, rpm, high_mf

        def rpm(v: float) -> float:
            rpm_low = v * n_low * to_rpm
            if rpm_low < couple:
                return stall + (couple - stall) * (rpm_low / couple)
            if rpm_low < pk_rpm:
                return rpm_low
            r = v * n_high * to_rpm
            if r < pk_rpm:
                return pk_rpm
            return redline if r > redline else r

        return force, rpm

    def rpm(self, v: float, gear: int) -> float:
        """Engine rpm at speed ``v`` in ``gear`` (no need for the forces)."""
        if self.transmission == "cvt":
            return self._cvt_rpm(v)
        rpm = v * self.ratios[gear] * self.rpm_per_ms
        if self.clutch_launch and rpm < self.slip_rpm[gear]:
            return self.launch_rpm
        if self.transmission == "automatic" and rpm < self.couple_rpm:
            return self.stall_rpm + (self.couple_rpm - self.stall_rpm) * rpm / self.couple_rpm
        return rpm

    def slip(self, v: float, gear: int) -> SlipAtTopSpeed | None:
        """What slips at speed ``v`` in ``gear`` (0-based): the clutch, a torque converter
        short of coupling, or nothing (the drive taken up)."""
        if self.transmission == "cvt":
            n = self.ratios[0]
            locked = v * n * self.rpm_per_ms
            if locked >= self.couple_rpm:
                return None
            return SlipAtTopSpeed("converter", 1, self._cvt_rpm(v), locked)
        locked = v * self.ratios[gear] * self.rpm_per_ms
        if self.clutch_launch:
            if locked >= self.slip_rpm[gear]:
                return None
            return SlipAtTopSpeed("clutch", gear + 1, self.launch_rpm, locked)
        if locked >= self.couple_rpm:
            return None
        return SlipAtTopSpeed("converter", gear + 1, self.rpm(v, gear), locked)

    # -- launch ---------------------------------------------------------------------------

    def _clutch_launch_force(self, n: float) -> tuple[float, float, float]:
        """A manual's (or a twin-clutch box's) clutch slipping with the engine at the
        launch rpm (the engine's inertia is not spun up: it turns at a fixed rpm)."""
        t = self.curve.torque_at(self.launch_rpm)
        return t * n * self.eta / self.radius_m, self.launch_rpm, 1.0 + self.wheel_mass_factor

    def _converter_force(self, rpm: float, n: float) -> tuple[float, float, float]:
        """A torque converter below coupling: the engine between stall and coupling
        rpm, torque multiplied by 2 at stall falling to 1 at coupling."""
        sr = rpm / self.couple_rpm
        rpm_e = self.stall_rpm + (self.couple_rpm - self.stall_rpm) * sr
        multiplication = CONVERTER_MULTIPLICATION - sr
        return (
            self.torque_at(rpm_e) * multiplication * n * self.eta / self.radius_m,
            rpm_e,
            1.0 + self.wheel_mass_factor,
        )

    def _cvt_rpm(self, v: float) -> float:
        """The engine rpm of ``_cvt_force`` without its force (the run records it at
        every step): the same stages, the same arithmetic."""
        n_low, n_high = self.ratios[0], self.ratios[-1]
        pk_rpm = self.power_peak_rpm
        rpm_low = v * n_low * self.rpm_per_ms
        if rpm_low < self.couple_rpm:  # as _converter_force
            sr = rpm_low / self.couple_rpm
            return self.stall_rpm + (self.couple_rpm - self.stall_rpm) * sr
        if rpm_low < pk_rpm:
            return rpm_low
        if v * n_high * self.rpm_per_ms < pk_rpm:
            return pk_rpm
        rpm = v * n_high * self.rpm_per_ms
        return self.curve.redline_rpm if rpm > self.curve.redline_rpm else rpm

    def _cvt_force(self, v: float) -> tuple[float, float, float]:
        """A CVT at full throttle: it moves off in its lowest ratio through a torque
        converter (as an automatic does: the engine between stall and coupling rpm),
        revs the engine up in that ratio to the power peak, then varies its ratio to
        hold the engine there until it runs out of ratio, and runs on in its top ratio."""
        n_low, n_high = self.ratios[0], self.ratios[-1]
        pk_rpm = self.power_peak_rpm
        rpm_low = v * n_low * self.rpm_per_ms  # engine rpm in the lowest ratio, coupled
        if rpm_low < self.couple_rpm:
            return self._converter_force(rpm_low, n_low)
        if rpm_low < pk_rpm:  # the engine revs up in the lowest ratio
            return (
                self.torque_at(rpm_low) * n_low * self.eta / self.radius_m,
                rpm_low,
                1.0 + self.wheel_mass_factor + self.engine_mass_factor * n_low * n_low,
            )
        if v * n_high * self.rpm_per_ms < pk_rpm:  # ratio varies, engine held at the peak
            return self.power_peak_w * self.eta / v, pk_rpm, 1.0 + self.wheel_mass_factor
        rpm = v * n_high * self.rpm_per_ms
        if rpm > self.curve.redline_rpm:
            return 0.0, self.curve.redline_rpm, 1.0 + self.wheel_mass_factor
        return (
            self.torque_at(rpm) * n_high * self.eta / self.radius_m,
            rpm,
            1.0 + self.wheel_mass_factor + self.engine_mass_factor * n_high * n_high,
        )


def _first_gear_that_moves(
    trans: str,
    curve: CurveData,
    ratios: list[float],
    launch_rpm: float,
    stall_rpm: float,
    mass_kg: float,
    eta: float,
    r: float,
) -> list[float]:
    """A pinned figure may leave the designed first gear unable to move the car (far
    less torque or far more weight than designed for): then first gear is lowered
    just enough to pull 1.5 × rolling resistance."""
    if trans in CLUTCH_LAUNCH:
        t_launch = curve.torque_at(launch_rpm)
    else:  # a torque converter at stall (an automatic, or a CVT moving off)
        t_launch = CONVERTER_MULTIPLICATION * curve.torque_at(stall_rpm)
    need = MIN_PULL_ROLLING * CRR * mass_kg * G
    if t_launch * ratios[0] * eta / r < need:
        return [need * r / (t_launch * eta), *ratios[1:]]
    return ratios


def clutch_slip_rpm(
    curve: CurveData,
    ratios: list[float],
    n_gears: int,
    v_shift: tuple[float, ...],
    launch_rpm: float,
    to_rpm: float,
) -> tuple[float, ...]:
    """Below what engine rpm (were the clutch engaged) the clutch slips in each gear.

    An engine under load cannot turn slower than its idle (the curve's first rpm,
    ``engine.IDLE_RPM`` or ``engine.IDLE_REDLINE_SHARE`` of the redline, whichever is
    higher), so the clutch slips there, the engine held at the launch rpm as a driver
    holds it pulling away. First gear slips up to the launch rpm (the launch); so does a
    higher gear the run changes into below idle (a gear far too tall for the one before:
    the driver pulls away in it again); any other gear slips only below idle.
    """
    idle = curve.rpm0
    out = [launch_rpm]
    for g in range(1, n_gears):
        at_change = v_shift[g - 1] * ratios[g] * to_rpm
        out.append(launch_rpm if at_change < idle else idle)
    return tuple(out)


def shift_speeds(
    trans: str,
    curve: CurveData,
    ratios: list[float],
    n_gears: int,
    launch_rpm: float,
    to_rpm: float,
) -> tuple[float, ...]:
    """Where to change up from each gear: the first speed where the configured engine
    (before pins, after the cap) pulls at least ``SHIFT_GAIN`` times harder in the next
    gear, or the redline. They depend on the design only, so a pinned figure or the
    driven wheels never move them. A CVT's one "gear" ends at its top ratio's redline."""
    if trans == "cvt":
        return (curve.redline_rpm / (ratios[-1] * to_rpm),)
    out: list[float] = []
    design = curve.design_torque
    rpm0, drpm = curve.rpm0, curve.drpm
    design_at = interpolator(rpm0, drpm, design)  # _interp(design, curve, ·), bound
    for gi in range(n_gears):
        v_red = curve.redline_rpm / (ratios[gi] * to_rpm)
        if gi == n_gears - 1:
            out.append(v_red)
            continue
        step = ratios[gi + 1] / ratios[gi]  # next gear's ratio over this one's (< 1)
        v_up = v_red
        # Grid points below the launch rpm, or whose rpm in the next gear falls below the
        # grid, never count, and they come first: start one point before the first that
        # may (the checks below stay, so rounding here cannot change the result).
        lowest = max(launch_rpm, rpm0 / step)
        for j in range(max(0, int((lowest - rpm0) / drpm) - 1), N_POINTS):
            rpm_j = rpm0 + j * drpm
            if rpm_j * step < rpm0 or rpm_j < launch_rpm:
                continue
            if design_at(rpm_j * step) * step >= design[j] * SHIFT_GAIN:
                v_up = min(v_red, rpm_j / (ratios[gi] * to_rpm))
                break
        out.append(v_up)
    return tuple(out)
