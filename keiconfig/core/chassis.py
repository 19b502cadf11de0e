"""The car around the drive: tyres, air and rolling resistance, grip and weight transfer.

Everything here is a function of the body, the layout and the test mass; the wheel
force comes from a drive (``gearbox.EngineDrive``, or any other ``dynamics.WheelDrive``).
Every number is named and has its line in ``resources/model.md`` ("The standing-start
run").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from keiconfig.core.build import Build
from keiconfig.core.results import LIMITS

G: Final = 9.81
RHO_AIR: Final = 1.2
CRR: Final = 0.012
TEST_LOAD_KG: Final = 75.0  # driver and test gear on top of kerb weight
MU_LOAD_EXPONENT: Final = 0.2  # tyre load sensitivity: mu ~ (mass / design mass)^-0.2
MU_LOAD_GAIN_MAX: Final = 1.3  # a very light car gains at most 30 % grip from it
MU_MAX: Final = 1.5

# Tyre rolling radius: 0.28 m on a 1.475 m wide car, 0.16 m more per metre of width.
TYRE_RADIUS_M: Final = 0.28
TYRE_RADIUS_PER_WIDTH: Final = 0.16
TYRE_RADIUS_WIDTH_M: Final = 1.475
TYRE_RADIUS_MIN_M: Final = 0.22
TYRE_RADIUS_MAX_M: Final = 0.40

# Centre of gravity height: 0.2 m + 0.22 × body height.
CG_HEIGHT_M: Final = 0.2
CG_HEIGHT_PER_HEIGHT: Final = 0.22

# Gearing and inertia are designed for a typical mass for the car's size.
DESIGN_MASS_KG_PER_M2: Final = 160.0  # of footprint, length × width

CD_BY_STYLE: Final[dict[str, float]] = {
    "hatchback": 0.34,
    "tall_wagon": 0.36,
    "sedan": 0.38,
    "coupe": 0.33,
    "roadster": 0.40,
    "suv": 0.42,
    "van": 0.38,
    "truck": 0.45,
}
AREA_FACTOR_BY_STYLE: Final[dict[str, float]] = {
    "hatchback": 0.84,
    "tall_wagon": 0.86,
    "sedan": 0.84,
    "coupe": 0.82,
    "roadster": 0.80,
    "suv": 0.86,
    "van": 0.88,
    "truck": 0.86,
}
NOMINAL_FRONTAL_M2: Final = 1.7
# The drag era: a 1955 shape is draggier, falling linearly to nothing by 2005.
DRAG_ERA_FIRST_YEAR: Final = 1955
DRAG_ERA_YEARS: Final = 50.0

# A space frame's body (a Caterham Seven's): cycle wings, exposed wheels and
# suspension, an open cockpit and a flat screen: about 1.4 times the drag of a
# roadster body (a Seven's published Cd is about 0.6-0.7 against 0.4-0.45).
SPACE_FRAME_DRAG_FACTOR: Final = 1.4

FRONT_SHARE: Final[dict[str, float]] = {"front": 0.61, "mid": 0.43, "rear": 0.40}
FRONT_SHARE_FRONT_ENGINE_RWD: Final = 0.53  # longitudinal engine set back

# Rotating inertia: each wheel 0.7 kg·m² at the reference radius, scaling with r⁴.
WHEEL_INERTIA_KGM2: Final = 0.7
WHEELS: Final = 4

# The drive counts as drag-limited once resistance is at least half the drive force.
DRAG_LIMIT_SHARE: Final = 0.5

I_TRACTION, I_POWER, I_SHIFT, I_REV, I_DRAG = (LIMITS.index(n) for n in LIMITS)


@dataclass(frozen=True)
class DynamicsConstants:
    """The fitted constants of the run (``resources/model_constants.json``)."""

    drivetrain_efficiency: float
    tyre_mu: float
    cd_scale: float
    shift_time_s: float
    # Extra drag of a 1955 shape over a 2005 one (Cd × (1 + cd_old × (1 − era))).
    cd_old: float


def construction(build: Build) -> str:
    """How the body is built: ``body.construction``, or by default a ladder frame for a
    four-wheel-drive SUV (an off-roader) and for a truck with its engine under the cab
    or behind it (the cab-over kei truck), and a monocoque for every other car (a
    front- or rear-drive SUV is a crossover on a car's floor pan, a front-engine truck
    a car-based pickup)."""
    b = build.body
    if b.construction is not None:
        return b.construction
    return default_construction(build)


def default_construction(build: Build) -> str:
    """The construction a build gets when ``body.construction`` is left out."""
    b = build.body
    if b.style == "suv" and build.drivetrain.driven == "awd":
        return "ladder_frame"
    if b.style == "truck" and build.engine.position != "front":
        return "ladder_frame"
    return "monocoque"


def tyre_radius_m(build: Build) -> float:
    width_m = build.body.width_mm / 1000.0
    r = TYRE_RADIUS_M + TYRE_RADIUS_PER_WIDTH * (width_m - TYRE_RADIUS_WIDTH_M)
    return min(max(r, TYRE_RADIUS_MIN_M), TYRE_RADIUS_MAX_M)


def drag_era(year: int | None) -> float:
    """0 for a 1955 shape, 1 for 2005 on (and for a build without a year)."""
    if year is None:
        return 1.0
    return min(max((year - DRAG_ERA_FIRST_YEAR) / DRAG_ERA_YEARS, 0.0), 1.0)


def drag_coefficient(build: Build, k: DynamicsConstants) -> float:
    """The style's Cd × ``cd_scale``; older shapes are draggier (``cd_old`` more for a
    1955 shape, falling linearly to nothing by 2005)."""
    old = 1.0 - drag_era(build.year)
    cd = CD_BY_STYLE[build.body.style] * k.cd_scale * (1.0 + k.cd_old * old)
    return cd * SPACE_FRAME_DRAG_FACTOR if construction(build) == "space_frame" else cd


def drag_area_m2(build: Build, k: DynamicsConstants) -> float:
    """Cd × frontal area."""
    b = build.body
    area = b.width_mm * b.height_mm / 1e6 * AREA_FACTOR_BY_STYLE[b.style]
    return drag_coefficient(build, k) * area


def design_drag_area_m2(build: Build, k: DynamicsConstants) -> float:
    """The drag area the gearing is designed for: the style's Cd on a nominal
    frontal area, so a taller or wider body never re-gears the car."""
    return drag_coefficient(build, k) * NOMINAL_FRONTAL_M2


def design_mass_kg(build: Build) -> float:
    """A typical mass for the car's size; gearing and inertia are designed for it,
    so pinning the weight does not re-gear the car."""
    return DESIGN_MASS_KG_PER_M2 * build.body.length_mm * build.body.width_mm / 1e6


def wheel_inertia_kgm2(radius_m: float) -> float:
    """All four wheels' rotating inertia (tyre, rim, brake disc, hub)."""
    return WHEELS * WHEEL_INERTIA_KGM2 * (radius_m / TYRE_RADIUS_M) ** 4


def power_speed_ms(power_w: float, half_rho_cda: float, rolling_n: float, steps: int) -> float:
    """The speed where ``power_w`` at the wheels meets drag (``half_rho_cda`` × v²) and
    rolling resistance ``rolling_n``: ``steps`` Newton steps on
    half_rho_cda·v³ + rolling_n·v − power_w = 0 from the speed drag alone would give."""
    v = (power_w / half_rho_cda) ** (1.0 / 3.0)
    for _ in range(steps):
        f = half_rho_cda * v**3 + rolling_n * v - power_w
        v -= f / (3.0 * half_rho_cda * v * v + rolling_n)
    return float(v)


def design_power_speed_ms(build: Build, power_w: float, k: DynamicsConstants, steps: int) -> float:
    """The speed where ``power_w`` at the wheels meets the design drag and rolling
    resistance (the design drag area and mass: what the gearing is designed for)."""
    half_rho_cda = 0.5 * RHO_AIR * design_drag_area_m2(build, k)
    roll = CRR * design_mass_kg(build) * G
    return power_speed_ms(power_w, half_rho_cda, roll, steps)


def front_share(build: Build) -> float:
    pos = build.engine.position
    if pos == "front" and build.drivetrain.driven != "fwd":
        return FRONT_SHARE_FRONT_ENGINE_RWD
    return FRONT_SHARE[pos]


def tyre_mu(build: Build, mass_kg: float, k: DynamicsConstants) -> float:
    """Grip with load sensitivity: ``tyre_mu`` × (m / design m)^−0.2, the gain
    limited to +30 % for very light cars and never above 1.5."""
    ratio = mass_kg / (design_mass_kg(build) + TEST_LOAD_KG)
    gain: float = ratio ** (-MU_LOAD_EXPONENT)
    return min(k.tyre_mu * min(gain, MU_LOAD_GAIN_MAX), MU_MAX)


@dataclass(frozen=True, slots=True)
class Chassis:
    """Resistances and the grip-limited drive of one car at its test mass."""

    mass_kg: float
    rolling_n: float  # rolling resistance, N
    half_rho_cda: float  # ½ρ·Cd·A: drag = half_rho_cda × v²
    mu: float
    cg_height_m: float
    wheelbase_m: float
    front_share: float
    driven: str
    mu_mg: float  # μ × m × g: the grip of all four wheels at rest
    mu_h: float  # μ × CG height
    # 1 + the wheels' rotating inertia as a share of the design mass (as the drive's):
    # the mass the grip accelerates when the tyres are at their limit (below).
    grip_mass_factor: float = 1.0

    @classmethod
    def of(cls, build: Build, kerb_kg: float, k: DynamicsConstants) -> Chassis:
        m = kerb_kg + TEST_LOAD_KG
        b = build.body
        mu = tyre_mu(build, m, k)
        h = CG_HEIGHT_M + CG_HEIGHT_PER_HEIGHT * b.height_mm / 1000.0
        return cls(
            mass_kg=m,
            rolling_n=CRR * (m * G),
            half_rho_cda=0.5 * RHO_AIR * drag_area_m2(build, k),
            mu=mu,
            cg_height_m=h,
            wheelbase_m=b.effective_wheelbase_mm / 1000.0,
            front_share=front_share(build),
            driven=build.drivetrain.driven,
            mu_mg=mu * (m * G),
            mu_h=mu * h,
            grip_mass_factor=1.0
            + wheel_inertia_kgm2(r := tyre_radius_m(build)) / (r * r * design_mass_kg(build)),
        )

    def resistance_n(self, v: float) -> float:
        return self.rolling_n + self.half_rho_cda * v * v

    def net_force(self, drive_n: float, v: float, mass_factor: float) -> tuple[float, int]:
        """(net force, what limits it) for a drive force at the wheels before grip."""
        return self.net_force_function()(drive_n, v, mass_factor)

    def net_force_function(self) -> Callable[[float, float, float], tuple[float, int]]:
        """``net_force`` as a function with the car's numbers bound (the run calls it
        a few hundred times).

        Under acceleration a the rear axle gains m·a·h/L, so the grip limit depends
        on the net force itself; with a = (F − resistance)/(m × mass factor) it is
        solved in closed form. FWD may use μ·(front load), RWD μ·(rear load), AWD
        μ·(total load).
        """
        mu_mg, mu_h, f = self.mu_mg, self.mu_h, self.front_share
        roll, half_rho_cda, wb = self.rolling_n, self.half_rho_cda, self.wheelbase_m
        driven = self.driven
        w1 = self.grip_mass_factor
        c1 = mu_h / (wb * w1)
        # What does not change with speed, worked out once: the same products.
        front_grip, rear_grip = mu_mg * f, mu_mg * (1.0 - f)
        one_c1, one_less_c1 = 1.0 + c1, 1.0 - c1

        def fwd(drive_n: float, v: float, mass_factor: float) -> tuple[float, int]:
            res = roll + half_rho_cda * v * v
            c = mu_h / (wb * mass_factor)
            grip = (front_grip + c * res) / (1.0 + c)
            if drive_n > grip:
                # At the grip limit the tyres push the car (and the wheels) only; the
                # engine's torque beyond the grip spins up its own inertia. As a net
                # force on the drive's mass factor: (grip − res) × mass factor / w1,
                # never more than the drive itself gives.
                grip = (front_grip + c1 * res) / one_c1
                eq = (grip - res) * mass_factor / w1
                return (eq if eq < drive_n - res else drive_n - res), I_TRACTION
            return drive_n - res, (I_DRAG if res >= DRAG_LIMIT_SHARE * drive_n else I_POWER)

        def rwd(drive_n: float, v: float, mass_factor: float) -> tuple[float, int]:
            res = roll + half_rho_cda * v * v
            c = mu_h / (wb * mass_factor)
            # Weight moves to the rear axle, but never more than all of it.
            if c >= 1.0:
                grip = mu_mg
            else:
                rear = (rear_grip - c * res) / (1.0 - c)
                grip = rear if rear < mu_mg else mu_mg  # min(mu_mg, rear), without the call
            if drive_n > grip:  # as fwd: the grip pushes the car and wheels only
                if c1 >= 1.0:
                    grip = mu_mg
                else:
                    rear = (rear_grip - c1 * res) / one_less_c1
                    grip = rear if rear < mu_mg else mu_mg
                eq = (grip - res) * mass_factor / w1
                return (eq if eq < drive_n - res else drive_n - res), I_TRACTION
            return drive_n - res, (I_DRAG if res >= DRAG_LIMIT_SHARE * drive_n else I_POWER)

        def awd(drive_n: float, v: float, mass_factor: float) -> tuple[float, int]:
            res = roll + half_rho_cda * v * v
            if drive_n > mu_mg:  # as fwd: the grip pushes the car and wheels only
                eq = (mu_mg - res) * mass_factor / w1
                return (eq if eq < drive_n - res else drive_n - res), I_TRACTION
            return drive_n - res, (I_DRAG if res >= DRAG_LIMIT_SHARE * drive_n else I_POWER)

        return fwd if driven == "fwd" else rwd if driven == "rwd" else awd
