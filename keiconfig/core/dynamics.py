"""The standing-start run: a drive's force at the wheels against grip and resistance.

The run is integrated over speed, not time: each step adds ``dv`` and takes
``dt = m_eff * dv / F_net`` (midpoint rule), so ~100 steps reach top speed and the
run is cheap. Top speed is where the net force reaches zero (power meets drag and
rolling) or the drive's top rpm in its top gear, whichever comes first. See
``resources/model.md`` ("The standing-start run").

The run knows the drive only as a ``WheelDrive``: the force it puts on the road at a
speed in a gear, its rpm, its rotating mass, where it changes gear and how long a
change takes. ``gearbox.EngineDrive`` is the combustion engine's (manual, automatic,
CVT); another drive (an electric motor through a single reduction: one gear, constant
torque to its base speed, then constant power) plugs in the same way. The car around
the drive (tyres, grip, drag) is ``chassis.Chassis``.

The run's steps, in ``_Run``: ``_launch`` (the speed steps in first gear from rest
while the clutch slips or the torque converter multiplies, up to the drive's
``launch_end_ms``; the launch forces are the drive's, ``EngineDrive``), the speed steps
in a gear (``_accelerate``), ``_change_up`` (a shift: no drive for the shift time, at
constant speed), ``_settle_in_fastest_gear`` (a weak drive that stops pulling before
its shift speed), ``_approach_top_speed`` (the drag-limited end of the run, in closed
form), and ``_cruise_to_distances`` (the standing distances at top speed).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Final, Literal, Protocol

from keiconfig.core.build import Build
from keiconfig.core.chassis import (
    CRR,
    I_DRAG,
    I_REV,
    I_SHIFT,
    I_TRACTION,
    MU_LOAD_EXPONENT,
    MU_MAX,
    RHO_AIR,
    TEST_LOAD_KG,
    Chassis,
    DynamicsConstants,
    G,
    design_drag_area_m2,
    design_mass_kg,
    drag_area_m2,
    front_share,
    tyre_radius_m,
)
from keiconfig.core.engine import CurveData, farr, iarr
from keiconfig.core.gearbox import (
    MIN_PULL_ROLLING,
    EngineDrive,
    ForceAt,
    RpmAt,
    efficiency,
    overall_ratios,
)
from keiconfig.core.results import LowestRatioRaised, SlipAtTopSpeed, Trace
from keiconfig.core.units import KMH_PER_MS

# Kept importable from here (the model page, electric.py and tests read them as dynamics.*).
__all__ = [
    "CRR",
    "MU_LOAD_EXPONENT",
    "MU_MAX",
    "RHO_AIR",
    "TEST_LOAD_KG",
    "DynamicsConstants",
    "G",
    "RunOutcome",
    "RunResult",
    "WheelDrive",
    "design_drag_area_m2",
    "design_mass_kg",
    "drag_area_m2",
    "efficiency",
    "front_share",
    "overall_ratios",
    "run",
    "run_result",
    "simulate",
    "tyre_radius_m",
]

MPH60_MS: Final = 96.56064 / KMH_PER_MS
KMH100_MS: Final = 100.0 / KMH_PER_MS
QUARTER_MILE_M: Final = 402.336
STANDING_400_M: Final = 400.0

# Speed step: about 1/60 of the design speed, clamped to 0.3-1.4 m/s.
STEPS_TO_DESIGN_SPEED: Final = 60.0
SPEED_STEP_MIN_MS: Final = 0.3
SPEED_STEP_MAX_MS: Final = 1.4
MAX_STEPS: Final = 5000
# A step whose mid-speed pull is below half the previous step's, or that ends at the
# gear's top speed, is checked for a pull that dies within it (top speed inside the
# step, which the midpoint would step over). Where the pull falls linearly with speed,
# the step that holds top speed above its mid-speed pulls under 1/3 of the step before;
# 0.3 missed such a step by a hair (a 786 kg hatchback's top speed came out 0.13 % high,
# the end of the step instead of where drive meets drag), so a margin: 0.5.
DYING_PULL_SHARE: Final = 0.5
# Closing in on top speed: bisections of the last pulling speed, halving steps, then
# the exponential approach, sampled at 8 points over 4 time constants.
BISECT_STEPS: Final = 30
GEAR_TOP_BISECT_STEPS: Final = 25
HALVING_STEPS: Final = 12
APPROACH_SAMPLES: Final = 8
APPROACH_TIME_CONSTANTS: Final = 4.0
RUN_ON_STEPS: Final = 4  # steps to the crossover before changing up from a dying gear
NEWTON_STEPS: Final = 30
INF: Final = math.inf


class WheelDrive(Protocol):
    """What the run needs from a drive (gears are 0-based; ``n_gears`` of them)."""

    @property
    def n_gears(self) -> int: ...

    @property
    def shift_time_s(self) -> float: ...

    def force(self, v: float, gear: int) -> tuple[float, float, float]:
        """(force at the wheels before grip, N; rpm; rotating mass factor ≥ 1)."""
        ...

    def rpm(self, v: float, gear: int) -> float: ...

    def in_gear(self, gear: int) -> tuple[ForceAt, RpmAt]:
        """``force`` and ``rpm`` in ``gear`` as functions of the speed alone (the run
        calls them at every step; they give exactly what the two methods give)."""
        ...

    def v_max(self, gear: int) -> float:
        """The speed at which the drive stops pulling in ``gear`` (its top rpm)."""
        ...

    def shift_speed(self, gear: int) -> float:
        """Where the run changes up from ``gear`` (``v_max`` in the top gear)."""
        ...

    @property
    def launch_end_ms(self) -> float:
        """Where the launch ends: the speed at which the drive takes up in first gear
        (a clutch stops slipping, a torque converter couples); 0: no launch (a motor
        pulls from rest as it does at any speed)."""
        ...


@dataclass(frozen=True)
class RunResult:
    zero_to_60mph_s: float | None
    zero_to_100kmh_s: float | None
    quarter_mile_s: float
    standing_400m_s: float
    top_speed_kmh: float
    gear_ratios: tuple[float, ...]
    final_drive: float
    trace: Trace
    unlimited_top_speed_kmh: float | None = None  # without the limiter; None: not limited
    # The clutch or converter still slipping at top speed (gearing too tall); None: taken up.
    slip_at_top: SlipAtTopSpeed | None = None
    # First gear (a reduction) too tall to move the car off, and the one used; None: none.
    lowest_ratio_raised: LowestRatioRaised | None = None
    cvt_hold_rpm: float | None = None  # where a CVT holds the engine; None: not a CVT


def speed_step_ms(v_design: float) -> float:
    return max(SPEED_STEP_MIN_MS, min(SPEED_STEP_MAX_MS, v_design / STEPS_TO_DESIGN_SPEED))


def simulate(build: Build, curve: CurveData, kerb_kg: float, k: DynamicsConstants) -> RunResult:
    """The standing-start run of a combustion-engined car."""
    ratios, v_design, box, fd = overall_ratios(build, curve, k)
    drive = EngineDrive.of(build, curve, kerb_kg, k, ratios)
    chassis = Chassis.of(build, kerb_kg, k)
    out = run_result(drive, chassis, v_design, build.drivetrain.speed_limit_kmh, box, fd)
    slip = drive.slip(out.top_speed_kmh / KMH_PER_MS, int(out.trace.gear[-1]) - 1)
    kind: Literal["first_gear", "lowest_ratio"] = (
        "lowest_ratio" if build.drivetrain.transmission == "cvt" else "first_gear"
    )
    raised = lowest_ratio_raised(kind, ratios[0], drive.ratios[0], fd, kerb_kg)
    hold = drive.power_peak_rpm if drive.transmission == "cvt" else None
    if slip is None and raised is None and hold is None:
        return out
    return dataclasses.replace(out, slip_at_top=slip, lowest_ratio_raised=raised, cvt_hold_rpm=hold)


def lowest_ratio_raised(
    kind: Literal["first_gear", "lowest_ratio", "reduction"],
    given: float,
    used: float,
    final_drive: float,
    kerb_kg: float,
) -> LowestRatioRaised | None:
    """What the run says of a first gear (a reduction) raised to move the car off: the
    given overall ratio ``given``, the one used ``used`` (``gearbox._first_gear_that_moves``,
    ``electric.motor_drive``); None when it was not raised. The used ratio pulls
    ``MIN_PULL_ROLLING`` × the rolling resistance, so the given one pulls that × given/used."""
    if used <= given * (1.0 + 1e-12):
        return None
    rolling = CRR * (kerb_kg + TEST_LOAD_KG) * G
    return LowestRatioRaised(
        kind=kind,
        given=given,
        used=used,
        final_drive=final_drive,
        pull_n=MIN_PULL_ROLLING * rolling * given / used,
        rolling_n=rolling,
    )


def run_result(
    drive: WheelDrive,
    chassis: Chassis,
    v_design: float,
    speed_limit_kmh: float | None,
    gear_ratios: tuple[float, ...],
    final_drive: float,
) -> RunResult:
    """The run of ``drive`` in ``chassis`` (speed step from the design speed ``v_design``)
    with the kei speed limiter at ``speed_limit_kmh`` (None: none), in km/h; the top speed
    without the limiter is given where the limiter holds the car."""
    limit_ms = speed_limit_kmh / KMH_PER_MS if speed_limit_kmh is not None else math.inf
    out = run(drive, chassis, speed_step_ms(v_design), limit_ms)
    limited = out.unlimited_top_speed_ms > out.top_speed_ms * (1.0 + 1e-9)
    return RunResult(
        zero_to_60mph_s=out.zero_to_60mph_s,
        zero_to_100kmh_s=out.zero_to_100kmh_s,
        quarter_mile_s=out.quarter_mile_s,
        standing_400m_s=out.standing_400m_s,
        top_speed_kmh=out.top_speed_ms * KMH_PER_MS,
        gear_ratios=gear_ratios,
        final_drive=final_drive,
        trace=out.trace,
        unlimited_top_speed_kmh=out.unlimited_top_speed_ms * KMH_PER_MS if limited else None,
    )


@dataclass(frozen=True)
class RunOutcome:
    """What ``run`` finds: the trace, the times (None: speed never reached) and top speed."""

    zero_to_60mph_s: float | None
    zero_to_100kmh_s: float | None
    standing_400m_s: float
    quarter_mile_s: float
    top_speed_ms: float  # at the speed limiter, if it stops the car
    unlimited_top_speed_ms: float  # where the car would stop without the limiter
    trace: Trace


def run(
    drive: WheelDrive, chassis: Chassis, dv: float, speed_limit_ms: float = math.inf
) -> RunOutcome:
    """The standing-start run of ``drive`` in ``chassis`` with speed step ``dv`` and a
    speed limiter at ``speed_limit_ms`` (inf: none)."""
    r = _Run(drive, chassis, dv, speed_limit_ms)
    r.go()
    s400, q = r.hit_x
    assert s400 is not None and q is not None
    return RunOutcome(
        zero_to_60mph_s=r.hit_v[0],
        zero_to_100kmh_s=r.hit_v[1],
        standing_400m_s=s400,
        quarter_mile_s=q,
        top_speed_ms=r.vmax,
        unlimited_top_speed_ms=r.unlimited_top_ms,
        trace=r.trace(),
    )


def _last_pull(net_of: _NetOf, lo: float, hi: float, steps: int) -> float:
    """Bisect [lo, hi] for the highest speed at which the net force still pulls."""
    for _ in range(steps):
        mid = 0.5 * (lo + hi)
        if net_of(mid) > 0.0:
            lo = mid
        else:
            hi = mid
    return lo


# One sample of the trace: (t s, speed m/s, distance m, gear from 1, rpm, limit index).
_Sample = tuple[float, float, float, int, float, int]


class _NetOf(Protocol):
    def __call__(self, v: float) -> float: ...


class _Run:
    """The state of one run and its steps."""

    def __init__(
        self, drive: WheelDrive, chassis: Chassis, dv: float, v_limit: float = math.inf
    ) -> None:
        self.drive = drive
        self.v_limit = v_limit  # the speed limiter, m/s (inf: none)
        self.at_limiter = False
        self.unlimited_top_ms = 0.0
        self.chassis = chassis
        # The drive's force and rpm in each gear, as functions of the speed alone.
        in_gear = [drive.in_gear(g) for g in range(drive.n_gears)]
        self.forces = tuple(f for f, _ in in_gear)
        self.rpms = tuple(r for _, r in in_gear)
        self._net_force = chassis.net_force_function()
        self._mass = chassis.mass_kg
        self.dv = dv
        self.n_gears = drive.n_gears
        self.shift_time = drive.shift_time_s
        # Each gear's top speed and shift speed (the drive's, asked once: the steps look
        # them up at every step).
        self.top_speeds = tuple(drive.v_max(g) for g in range(self.n_gears))
        self.shift_speeds = tuple(drive.shift_speed(g) for g in range(self.n_gears))
        # The last bisection for top speed in a gear, ((gear, lo, hi), speed): a run that
        # settles in its gear (``_settle_in_fastest_gear``) bisects the same interval
        # again to approach top speed (``_approach_top_speed``).
        self.bisected: tuple[tuple[int, float, float], float] | None = None
        first = self.net(0.0, 0)
        # The trace so far, one sample a row: (t s, speed m/s, distance m, gear from 1,
        # rpm, limit index); one tuple per sample is cheaper than six lists.
        self.samples: list[_Sample] = [(0.0, 0.0, 0.0, 1, first[1], first[3])]
        self.targets_v = (MPH60_MS, KMH100_MS)
        self.targets_x = (STANDING_400_M, QUARTER_MILE_M)
        self.hit_v: list[float | None] = [None, None]
        self.hit_x: list[float | None] = [None, None]
        # The next speed and distance targets still to cross (inf once all are).
        self.next_v = self.targets_v[0]
        self.next_x = self.targets_x[0]
        self.t = self.x = self.v = 0.0
        self.gear = 0
        self.vmax = 0.0
        self.rev_limited = False
        self.locked = False  # set when the run settles in the gear that goes fastest
        self.pull_before = math.inf  # the previous step's net force

    # -- forces -------------------------------------------------------------------------

    def net(self, v: float, gear: int) -> tuple[float, float, float, int]:
        """(net force, rpm, effective mass, limit index) at ``v`` in ``gear``."""
        drive_n, rpm, mf = self.forces[gear](v)
        net, lim = self._net_force(drive_n, v, mf)
        return net, rpm, self._mass * mf, lim

    def pull(self, gear: int) -> _NetOf:
        """The net force at a speed in ``gear`` alone (the bisections call it often:
        the drive and the car's forces without the rest of ``net``)."""
        force, net_force = self.forces[gear], self._net_force

        def net_of(v: float) -> float:
            drive_n, _, mf = force(v)
            return net_force(drive_n, v, mf)[0]

        return net_of

    def top_in_gear(self, gear: int, lo: float, hi: float) -> float:
        """The last speed in [lo, hi] at which ``gear`` pulls (``BISECT_STEPS``
        bisections); the last interval's answer is kept, as it is often asked again."""
        key = (gear, lo, hi)
        if self.bisected is not None and self.bisected[0] == key:
            return self.bisected[1]
        v = _last_pull(self.pull(gear), lo, hi, BISECT_STEPS)
        self.bisected = (key, v)
        return v

    def gear_top(self, gear: int) -> float:
        """Highest speed ``gear`` pulls to (its top rpm, or where the pull dies)."""
        net_of, v_top = self.pull(gear), self.top_speeds[gear]
        if net_of(v_top) > 0.0:
            return v_top
        grid = [v_top * j / 12.0 for j in range(11, 0, -1)]
        for j, vj in enumerate(grid):
            if net_of(vj) > 0.0:
                hi = grid[j - 1] if j > 0 else v_top
                return _last_pull(net_of, vj, hi, GEAR_TOP_BISECT_STEPS)
        return 0.0

    # -- the trace ----------------------------------------------------------------------

    def record(self, t1: float, v1: float, x1: float, gear: int, rpm: float, lim: int) -> None:
        if v1 >= self.next_v or x1 >= self.next_x:
            self.cross(t1, v1, x1)
        self.samples.append((t1, v1, x1, gear + 1, rpm, lim))

    def cross(self, t1: float, v1: float, x1: float) -> None:
        """The speed and distance targets crossed by a step to (t1, v1, x1) from the last
        sample, linear within the step (called before the step's sample is recorded)."""
        t0, v0, x0 = self.samples[-1][:3]
        for i in (0, 1):
            tv, tx = self.targets_v[i], self.targets_x[i]
            if self.hit_v[i] is None and v1 >= tv > v0:
                self.hit_v[i] = t0 + (t1 - t0) * (tv - v0) / (v1 - v0)
            if self.hit_x[i] is None and x1 >= tx > x0:
                self.hit_x[i] = t0 + (t1 - t0) * (tx - x0) / (x1 - x0)
        pairs_v = zip(self.targets_v, self.hit_v, strict=True)
        pairs_x = zip(self.targets_x, self.hit_x, strict=True)
        self.next_v = next((tv for tv, h in pairs_v if h is None), INF)
        self.next_x = next((tx for tx, h in pairs_x if h is None), INF)

    def trace(self) -> Trace:
        t_s, speed_ms, distance_m, gear, rpm, limit = zip(*self.samples, strict=True)
        return Trace(
            t_s=farr(t_s),
            speed_ms=farr(speed_ms),
            distance_m=farr(distance_m),
            gear=iarr(gear),
            rpm=farr(rpm),
            limit=iarr(limit),
        )

    # -- the steps ----------------------------------------------------------------------

    def go(self) -> None:
        """The run: the launch (``_launch``), speed steps in each gear
        (``_accelerate``), changes up, and the approach to top speed; then the distances
        at top speed. At a speed limiter the run holds the limit; the unlimited top
        speed is found by running on past it without the limiter, and that part is then
        taken back."""
        if self._launch():
            self._accelerate()
        if self.at_limiter:
            kept = (
                len(self.samples),
                list(self.hit_v),
                list(self.hit_x),
                self.next_v,
                self.next_x,
                self.t,
                self.x,
                self.v,
                self.gear,
            )
            self.v_limit = math.inf
            self.rev_limited = False
            self._accelerate()
            self.unlimited_top_ms = self.vmax if self.vmax > 0.0 else self.v
            n, self.hit_v, self.hit_x, self.next_v, self.next_x = kept[:5]
            self.t, self.x, self.v, self.gear = kept[5:]
            del self.samples[n:]
            self.vmax, self.rev_limited = self.v, True
        if self.rev_limited:
            self.samples[-1] = (*self.samples[-1][:5], I_REV)
        if self.vmax <= 0.0:
            self.vmax = self.v
        if not self.at_limiter:
            self.unlimited_top_ms = self.vmax
        self._cruise_to_distances()

    def _launch(self) -> bool:
        """The launch: speed steps in first gear from rest while the clutch slips (the
        engine held at the launch rpm, ``LAUNCH_RPM_SHARE`` of the redline) or the
        torque converter multiplies torque (between stall and coupling rpm), until the
        drive takes up at ``launch_end_ms``. The steps are those of ``_accelerate`` (the
        same speed grid: the launch ends with the first step at or past its end); the
        force is the drive's launch force. False: the run ended within the launch."""
        return self._accelerate(until=self.drive.launch_end_ms)

    def _accelerate(self, until: float = INF) -> bool:
        """Speed steps in each gear, changing up at the shift speeds, until top speed
        (or the speed limiter): False; or until a step reaches ``until`` (the end of the
        launch) with the run still going: True.

        The state the steps change (time, distance, speed, the last pull, the next
        targets) is kept in local names and put back in the run before anything else
        reads it (a change up, settling in a gear, the approach to top speed, the end).
        """
        net, dv, cross, append = self.net, self.dv, self.cross, self.samples.append
        top_speeds, shift_speeds, forces, rpms = (
            self.top_speeds,
            self.shift_speeds,
            self.forces,
            self.rpms,
        )
        net_force, mass = self._net_force, self._mass
        last_gear, v_limit = self.n_gears - 1, self.v_limit
        held = v_limit - 1e-9  # at or above: the speed limiter holds the speed
        g, v, t, x, pull_before = self.gear, self.v, self.t, self.x, self.pull_before
        next_v, next_x = self.next_v, self.next_x
        for _ in range(MAX_STEPS):
            if v >= until:  # the launch is over
                self.t, self.x, self.v, self.pull_before = t, x, v, pull_before
                return True
            locked = self.locked
            top = g >= last_gear or locked
            v1 = v + dv
            vr = top_speeds[g] if locked else shift_speeds[g]
            if v1 > vr:
                v1 = vr
            if v1 > v_limit:
                v1 = v_limit
            if v >= held:  # at the speed limiter: it holds this speed
                self.t, self.x, self.v, self.pull_before = t, x, v, pull_before
                self.vmax, self.at_limiter = v, True
                return False
            if v1 - v <= 1e-9:  # at the top rpm of this gear
                self.t, self.x, self.v, self.pull_before = t, x, v, pull_before
                if top:
                    self.vmax, self.rev_limited = v, True
                    return False
                self._change_up(g + 1, forces[g + 1](v)[1])
                g, t, x, next_v, next_x = self.gear, self.t, self.x, self.next_v, self.next_x
                continue
            vm = 0.5 * (v + v1)
            drive_n, _, mf = forces[g](vm)  # net(vm, g), without its call
            fn, lim = net_force(drive_n, vm, mf)
            meff = mass * mf
            hi_end = vm
            if (
                fn > 0.0
                and (fn < DYING_PULL_SHARE * pull_before or v1 >= vr)
                and net(v1 * 0.999999, g)[0] <= 0.0
            ):
                # The pull is dying within this step: top speed lies in [v, v1].
                # Treat it like a step that found no pull at its middle.
                fn, hi_end = 0.0, v1
            pull_before = fn
            if fn <= 0.0:
                self.t, self.x, self.v, self.pull_before = t, x, v, pull_before
                if not locked and self.n_gears > 1 and self._settle_in_fastest_gear(hi_end):
                    g, v, t, x = self.gear, self.v, self.t, self.x
                    pull_before, next_v, next_x = self.pull_before, self.next_v, self.next_x
                    continue
                self._approach_top_speed(hi_end)
                return False
            # The speed step: dt = m_eff·dv / F_net at the mid-speed.
            dt = meff * (v1 - v) / fn
            t += dt
            x += vm * dt
            v = v1
            if v1 >= next_v or x >= next_x:  # record(...), without its call
                cross(t, v1, x)
                next_v, next_x = self.next_v, self.next_x
            append((t, v1, x, g + 1, rpms[g](v1), lim))
            if v1 >= vr - 1e-9:
                self.t, self.x, self.v, self.pull_before = t, x, v, pull_before
                if top:
                    self.vmax, self.rev_limited = v1, True
                    return False
                self._change_up(g + 1, rpms[g + 1](v1))
                g, t, x, next_v, next_x = self.gear, self.t, self.x, self.next_v, self.next_x
        self.t, self.x, self.v, self.pull_before = t, x, v, pull_before
        return False

    def _advance(self, v1: float, vm: float, fn: float, meff: float) -> None:
        """Accelerate from the current speed to ``v1`` at the force at ``vm``."""
        dt = meff * (v1 - self.v) / fn
        self.t += dt
        self.x += vm * dt
        self.v = v1

    def _change_up(self, gear: int, rpm: float) -> None:
        """A shift into ``gear``: no drive for the shift time, at constant speed (a
        twin-clutch box's change takes none: the gear changes and the run goes on)."""
        self.gear = gear
        if self.shift_time <= 0.0:
            return
        self.t += self.shift_time
        self.x += self.v * self.shift_time
        self.record(self.t, self.v, self.x, gear, rpm, I_SHIFT)

    def _settle_in_fastest_gear(self, hi_end: float) -> bool:
        """No more pull in this gear (a weak engine in a car geared for more): settle
        in the gear that goes fastest, if another one does. True if the gear changed."""
        g, v = self.gear, self.v
        v_top_g = self.top_in_gear(g, v, hi_end)
        best, best_v = g, v_top_g
        for gi in range(self.n_gears):
            # A higher gear may only pull from a little higher speed on.
            at = v if gi < g else v_top_g * (1.0 - 1e-6)
            if gi == g or self.top_speeds[gi] <= best_v or self.net(at, gi)[0] <= 0.0:
                continue
            v_gi = self.gear_top(gi)
            if v_gi > best_v * (1.0 + 1e-6):
                best, best_v = gi, v_gi
        if best != g and best > g and self.net(v, best)[0] <= 0.0:
            self._run_on_to_crossover(best, v_top_g)
        else:
            self.locked = True
        if best == g:
            return False
        self._change_up(best, self.rpms[best](self.v))
        self.pull_before = math.inf
        return True

    def _run_on_to_crossover(self, higher: int, v_top_g: float) -> None:
        """Run on in this gear to where the higher gear pulls harder (as a car that
        reached its shift speed would), in a few steps."""
        g, v = self.gear, self.v
        u_lo, u_hi = v, v_top_g * (1.0 - 1e-6)
        for _ in range(GEAR_TOP_BISECT_STEPS):
            u = 0.5 * (u_lo + u_hi)
            if self.net(u, higher)[0] >= self.net(u, g)[0]:
                u_hi = u
            else:
                u_lo = u
        for j in range(1, RUN_ON_STEPS + 1):
            v = self.v
            v1 = v + (u_hi - v) * j / RUN_ON_STEPS if j < RUN_ON_STEPS else u_hi
            vm = 0.5 * (v + v1)
            fn, rpm, meff, lim = self.net(vm, g)
            if fn <= 0.0 or v1 <= v:
                break
            self._advance(v1, vm, fn, meff)
            self.record(self.t, self.v, self.x, g, rpm, lim)

    def _approach_top_speed(self, hi_end: float) -> None:
        """Top speed lies in [v, hi_end]: bisect for it, close in on it in halving
        steps, then analytically: very near it the net force falls linearly, so speed
        approaches it exponentially, v(s) = v_top − gap·exp(−s/τ), τ = m_eff·gap/F."""
        g = self.gear
        vmax = self.top_in_gear(g, self.v, hi_end)
        self.vmax = vmax
        gap = vmax - self.v
        for _ in range(HALVING_STEPS):
            gap *= 0.5
            v1 = vmax - gap
            vm = 0.5 * (self.v + v1)
            fn, rpm, meff, lim = self.net(vm, g)
            if fn <= 0.0 or v1 <= self.v:
                break
            self._advance(v1, vm, fn, meff)
            self.record(self.t, self.v, self.x, g, rpm, lim)
        pull_now, _, meff_now, _ = self.net(self.v, g)
        gap = vmax - self.v
        if not (pull_now > 0.0 and gap > 1e-9):
            return
        tau = meff_now * gap / pull_now
        t, x, v = self.t, self.x, self.v

        def speed_and_distance(s: float) -> tuple[float, float]:
            """Speed and distance ``s`` seconds on (one exponential for the two)."""
            e = math.exp(-s / tau)
            return vmax - gap * e, x + vmax * s - gap * tau * (1.0 - e)

        for i in (0, 1):
            target = self.targets_v[i]
            if self.hit_v[i] is None and v < target < vmax:
                self.hit_v[i] = t + tau * math.log(gap / (vmax - target))
        s_end = APPROACH_TIME_CONSTANTS * tau
        for i in (0, 1):
            if self.hit_x[i] is None:
                target = self.targets_x[i]
                sx = max(0.0, (target - x) / vmax)
                for _ in range(NEWTON_STEPS):
                    speed, dist = speed_and_distance(sx)
                    step = (dist - target) / speed
                    if sx - step == sx:
                        break  # converged: every further step would leave sx as it is
                    sx -= step
                self.hit_x[i] = t + sx
                s_end = max(s_end, sx)
        for j in range(1, APPROACH_SAMPLES + 1):
            sj = s_end * j / APPROACH_SAMPLES
            vj, xj = speed_and_distance(sj)
            # Drag holds the car back here, unless its tyres do: a drive stronger than the
            # grip at top speed (a very light car with a strong engine) is held by the
            # grip, and the trace says so (before, every sample here said drag).
            _, rpm, _, lim = self.net(vj, g)
            self.record(t + sj, vj, xj, g, rpm, I_TRACTION if lim == I_TRACTION else I_DRAG)
        self.t, self.v, self.x = self.samples[-1][:3]

    def _cruise_to_distances(self) -> None:
        """Cruise at top speed until both standing distances are covered."""
        if self.hit_x[1] is not None or self.vmax <= 0.0:
            return
        t, v, x, gear, rpm, lim = self.samples[-1]
        # At top speed: the rev limiter, the tyres' grip if it holds the car (as the
        # approach found), else drag.
        lim_end = I_REV if self.rev_limited else I_TRACTION if lim == I_TRACTION else I_DRAG
        if v <= 0.0:
            v = self.vmax = max(self.vmax, 1e-3)
            self.samples[-1] = (t, v, x, gear, rpm, lim)
        for target in (STANDING_400_M, QUARTER_MILE_M):
            t, v, x_now, _, rpm, _ = self.samples[-1]
            if x_now < target:
                t_add = (target - x_now) / v
                self.record(t + t_add, v, target, self.gear, rpm, lim_end)
