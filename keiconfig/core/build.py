"""The build: one car as a user configured it (build file format, version 1).

Builds are immutable pydantic models. A change makes a new build through
:func:`changed`, which always re-validates (``model_copy(update=...)`` would not).
Field names, units, ranges and defaults follow ``spec/build-format.md``.
"""

from __future__ import annotations

import json
import math
from typing import Any, Final, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

FORMAT_ID: Final = "keiconfig-build"
FORMAT_VERSION: Final = 1

BodyStyle = Literal["hatchback", "tall_wagon", "sedan", "coupe", "roadster", "suv", "van", "truck"]
Roof = Literal["fixed", "soft", "targa", "removable_hard", "glass"]
Aspiration = Literal["na", "turbo", "supercharger"]
EnginePosition = Literal["front", "mid", "rear"]
Driven = Literal["fwd", "rwd", "awd"]
Transmission = Literal["manual", "automatic", "cvt", "dct"]
Construction = Literal["monocoque", "ladder_frame", "space_frame"]
Cooling = Literal["water", "air"]
Powertrain = Literal["petrol", "electric"]

BODY_STYLES: Final[tuple[str, ...]] = get_args(BodyStyle)
ROOFS: Final[tuple[str, ...]] = get_args(Roof)
CONSTRUCTIONS: Final[tuple[str, ...]] = get_args(Construction)
COOLINGS: Final[tuple[str, ...]] = get_args(Cooling)
ASPIRATIONS: Final[tuple[str, ...]] = get_args(Aspiration)
ENGINE_POSITIONS: Final[tuple[str, ...]] = get_args(EnginePosition)
DRIVEN: Final[tuple[str, ...]] = get_args(Driven)
TRANSMISSIONS: Final[tuple[str, ...]] = get_args(Transmission)
POWERTRAINS: Final[tuple[str, ...]] = get_args(Powertrain)

# Physical sense, not kei limits: a build over the kei limits is allowed (users
# explore), a 40-metre car or a 0 cc engine is not. Ranges are inclusive.
LENGTH_MM: Final = (1500, 6000)
WIDTH_MM: Final = (800, 2500)
HEIGHT_MM: Final = (800, 3000)
WHEELBASE_MM: Final = (1000, 4500)
DISPLACEMENT_CC: Final = (50, 8000)
REDLINE_RPM: Final = (2000, 15000)
POWER_CAP_PS: Final = (1.0, 1500.0)
KERB_WEIGHT_KG: Final = (150.0, 5000.0)
POWER_PS: Final = (1.0, 1500.0)
TORQUE_NM: Final = (1.0, 2000.0)
# Gearing: a gearbox ratio (engine turns per gearbox output turn) and a final drive
# (or an electric car's single reduction).
GEAR_RATIO: Final = (0.3, 8.0)
FINAL_DRIVE: Final = (1.0, 20.0)
MOTOR_POWER_KW: Final = (1.0, 1000.0)
MOTOR_TORQUE_NM: Final = (1.0, 2000.0)
MOTOR_RPM: Final = (2000, 30000)
SPEED_LIMIT_KMH: Final = (20.0, 400.0)
# The kei makers' voluntary speed limiter (resources/regulations.csv), on by default.
KEI_SPEED_LIMIT_KMH: Final = 140.0
BATTERY_KWH: Final = (1.0, 200.0)

# Defaults that depend on the body style.
DEFAULT_SEATS: Final[dict[str, int]] = {
    "hatchback": 4,
    "tall_wagon": 4,
    "sedan": 4,
    "coupe": 2,
    "roadster": 2,
    "suv": 4,
    "van": 4,
    "truck": 2,
}
# Wheelbase as a share of overall length, typical of each style.
WHEELBASE_RATIO: Final[dict[str, float]] = {
    "hatchback": 0.70,
    "tall_wagon": 0.73,
    "sedan": 0.64,
    "coupe": 0.66,
    "roadster": 0.68,
    "suv": 0.66,
    "van": 0.70,
    "truck": 0.56,
}
# A twin-clutch box (dct) has 6 or 7 speeds in a small car: 6 (VW's DQ250, Ford's
# Powershift, Renault's EDC) unless the build says 7 (VW's DQ200 and DQ381).
DEFAULT_GEARS: Final[dict[str, int]] = {"manual": 5, "automatic": 4, "cvt": 1, "dct": 6}
# A motor's top speed over its base speed when the build does not give it: the
# eK X EV's published constant-power range is 2302-10455 rpm (4.54 ×).
MOTOR_SPEED_RANGE: Final = 4.5
# ... but no higher than this when the build does not give it: a motor's top speed is
# set by its rotor (the magnets held against their own spin, bearings, iron losses
# rising with frequency), not by its power, so raising the power at the same torque
# moves the base speed up but not the top speed (80 kW with 195 N·m gave 17,600 rpm).
# 10,455 rpm is the highest kei motor speed published in the reference data (the eK X
# EV's and the Sakura's MM48); a build may give a faster motor (motor.max_rpm). A motor
# whose base speed lies above it (a power too high for its torque: 250 kW with 195 N·m
# has its base at 12,243 rpm) never reaches its rated power: it makes its torque up to
# its top speed, T × ω there (Motor.usable_power_kw).
MOTOR_DEFAULT_MAX_RPM: Final = 10455.0


class _Frozen(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="ignore")


class Body(_Frozen):
    style: BodyStyle = Field(description="body type (truck = kei truck / pickup)")
    length_mm: int = Field(ge=LENGTH_MM[0], le=LENGTH_MM[1], description="outside length, mm")
    width_mm: int = Field(ge=WIDTH_MM[0], le=WIDTH_MM[1], description="outside width, mm")
    height_mm: int = Field(ge=HEIGHT_MM[0], le=HEIGHT_MM[1], description="outside height, mm")
    wheelbase_mm: int | None = Field(
        default=None,
        ge=WHEELBASE_MM[0],
        le=WHEELBASE_MM[1],
        description="mm; default: derived from the length and style",
    )
    seats: int | None = Field(default=None, ge=1, le=8, description="default: by style")
    roof: Roof = Field(default="fixed", description="the roof; default fixed")
    construction: Construction | None = Field(
        default=None,
        description=(
            "how the body carries its loads: monocoque (a steel shell), ladder_frame (a "
            "separate chassis frame under the body), space_frame (a tubular frame with "
            "light panels, no doors or roof, like a Caterham Seven). Default: a ladder "
            "frame for a four-wheel-drive SUV and for a truck whose engine is not at the "
            "front (the cab-over kei truck), else a monocoque."
        ),
    )
    sliding_doors: bool | None = Field(
        default=None,
        description=(
            "the rear side doors slide (a tall wagon's or a van's, on rails), rather than "
            "swing on hinges; default false"
        ),
    )

    @model_validator(mode="after")
    def _wheelbase_fits(self) -> Body:
        if self.wheelbase_mm is not None and self.wheelbase_mm >= self.length_mm:
            raise ValueError(
                f"the wheelbase ({self.wheelbase_mm} mm) must be shorter than the car "
                f"({self.length_mm} mm)"
            )
        return self

    @property
    def effective_wheelbase_mm(self) -> int:
        if self.wheelbase_mm is not None:
            return self.wheelbase_mm
        return round(self.length_mm * WHEELBASE_RATIO[self.style] / 5) * 5

    @property
    def effective_seats(self) -> int:
        return self.seats if self.seats is not None else DEFAULT_SEATS[self.style]


class Engine(_Frozen):
    cylinders: int = Field(ge=1, le=8, description="number of cylinders")
    displacement_cc: int = Field(
        ge=DISPLACEMENT_CC[0], le=DISPLACEMENT_CC[1], description="swept volume, cc"
    )
    aspiration: Aspiration = Field(description="naturally aspirated or forced induction")
    intercooler: bool | None = Field(default=None, description="default: true when forced")
    valves_per_cylinder: int | None = Field(
        default=None, ge=2, le=5, description="default 4 (ignored for a two-stroke)"
    )
    cycle: Literal[2, 4] = Field(default=4, description="two-stroke or four-stroke; default 4")
    position: EnginePosition = Field(description="where the engine (or motor) sits")
    redline_rpm: int | None = Field(
        default=None,
        ge=REDLINE_RPM[0],
        le=REDLINE_RPM[1],
        description="rpm; default: from the engine's layout",
    )
    power_cap_ps: float | None = Field(
        default=64.0,
        ge=POWER_CAP_PS[0],
        le=POWER_CAP_PS[1],
        allow_inf_nan=False,
        description="the maker's power limit, PS; default 64 (the makers' agreement); "
        "null: unrestricted",
    )
    individual_throttles: bool | None = Field(
        default=None,
        description=(
            "one carburettor or throttle body per cylinder (a sports engine's intake, "
            "e.g. the Honda Beat's or twin carburettors on a twin); default false"
        ),
    )
    cooling: Cooling | None = Field(
        default=None,
        description=(
            'how the engine is cooled: "water" (a radiator and coolant) or "air" (fins '
            "and a blower, as many 1950s-70s kei engines were); default water"
        ),
    )

    @property
    def forced(self) -> bool:
        return self.aspiration != "na"

    @property
    def effective_intercooler(self) -> bool:
        if not self.forced:
            return False
        return True if self.intercooler is None else self.intercooler

    @property
    def effective_cooling(self) -> str:
        return self.cooling if self.cooling is not None else "water"

    @property
    def effective_valves(self) -> int:
        if self.cycle == 2:
            return 0  # ported two-stroke: no poppet valves
        return self.valves_per_cylinder if self.valves_per_cylinder is not None else 4

    @property
    def effective_redline_rpm(self) -> int:
        if self.redline_rpm is not None:
            return self.redline_rpm
        # Smaller cylinders rev higher: mean piston speed limits the redline.
        per_cyl = self.displacement_cc / self.cylinders
        base = 10000 - 2600 * (per_cyl / 220.0) ** 0.5
        if self.cycle == 2:
            base -= 600
        elif self.effective_valves <= 2:
            base -= 800
        if self.forced:
            base -= 400
        return int(min(max(round(base / 100) * 100, 4500), 10000))


class Drivetrain(_Frozen):
    driven: Driven = Field(description="driven wheels (part-time 4WD counts as awd)")
    transmission: Transmission = Field(
        description=(
            'the gearbox: "manual", "automatic" (a torque converter), "cvt", or "dct" (a '
            "twin-clutch gearbox such as VW's DSG: two clutches hand the drive from one gear "
            "to the next without a break; an automated manual with one clutch is a manual)"
        ),
    )
    gears: int | None = Field(
        default=None, ge=1, le=10, description="forward gears; ignored for a CVT; default by type"
    )
    ratios: tuple[float, ...] | None = Field(
        default=None,
        description=(
            "gearbox ratios, first gear first (engine turns per gearbox output turn), one per "
            "gear, each lower than the one before; a CVT gives its lowest and highest ratio. "
            "Default: the model designs them."
        ),
    )
    final_drive: float | None = Field(
        default=None,
        ge=FINAL_DRIVE[0],
        le=FINAL_DRIVE[1],
        allow_inf_nan=False,
        description=(
            "final drive ratio; for an electric build the single-speed reduction "
            "(motor turns per wheel turn). Default: the model designs it."
        ),
    )
    speed_limit_kmh: float | None = Field(
        default=KEI_SPEED_LIMIT_KMH,
        ge=SPEED_LIMIT_KMH[0],
        le=SPEED_LIMIT_KMH[1],
        allow_inf_nan=False,
        description=(
            "the speed limiter in km/h; default 140 (the kei makers' agreement, kei cars "
            "from 1990 on); null: no limiter"
        ),
    )

    @field_validator("ratios", mode="before")
    @classmethod
    def _ratios_list(cls, v: Any) -> Any:
        # JSON has lists; the frozen build keeps a tuple.
        return tuple(v) if isinstance(v, list) else v

    @model_validator(mode="after")
    def _ratios_fit(self) -> Drivetrain:
        r = self.ratios
        if r is None:
            return self
        lo, hi = GEAR_RATIO
        for i, x in enumerate(r):
            if not (isinstance(x, int | float) and math.isfinite(x) and lo <= x <= hi):
                raise ValueError(f"gear ratio {i + 1} ({x}) must be a number from {lo:g} to {hi:g}")
        if self.transmission == "cvt":
            if len(r) != 2:
                raise ValueError(
                    f"a CVT gives two ratios in drivetrain.ratios, its lowest and its highest "
                    f"(found {len(r)})"
                )
        elif self.gears is not None and len(r) != self.gears:
            raise ValueError(
                f"drivetrain.ratios has {len(r)} ratios but drivetrain.gears is {self.gears}: "
                f"give one ratio per gear"
            )
        elif not 1 <= len(r) <= 10:
            raise ValueError(f"drivetrain.ratios must have 1 to 10 ratios (found {len(r)})")
        for i in range(1, len(r)):
            if r[i] >= r[i - 1]:
                raise ValueError(
                    f"gear {i + 1}'s ratio ({r[i]:g}) must be lower than gear {i}'s "
                    f"({r[i - 1]:g}): each higher gear turns the wheels faster"
                )
        return self

    @property
    def effective_gears(self) -> int:
        if self.transmission == "cvt":
            return 1
        if self.gears is not None:
            return self.gears
        if self.ratios is not None:
            return len(self.ratios)
        return DEFAULT_GEARS[self.transmission]


class Motor(_Frozen):
    """An electric build's traction motor (maximum, not rated, figures)."""

    max_power_kw: float = Field(
        ge=MOTOR_POWER_KW[0],
        le=MOTOR_POWER_KW[1],
        allow_inf_nan=False,
        description="the motor's maximum output in kW (kei cars: 47 kW, the 64 PS agreement)",
    )
    max_torque_nm: float = Field(
        ge=MOTOR_TORQUE_NM[0],
        le=MOTOR_TORQUE_NM[1],
        allow_inf_nan=False,
        description="the motor's maximum torque in N·m, held from standstill to base speed",
    )
    max_rpm: int | None = Field(
        default=None,
        ge=MOTOR_RPM[0],
        le=MOTOR_RPM[1],
        description=(
            "the motor's highest speed in rpm; default 4.5 × base speed, at most 10455 "
            "rpm (the Sakura's motor)"
        ),
    )
    speed_limit_kmh: float | None = Field(
        default=None,
        ge=SPEED_LIMIT_KMH[0],
        le=SPEED_LIMIT_KMH[1],
        allow_inf_nan=False,
        description=(
            "the maker's limit on this electric car's speed in km/h (the reduction is "
            "designed to it); default none. drivetrain.speed_limit_kmh applies as well"
        ),
    )

    @property
    def base_rpm(self) -> float:
        """Where constant torque meets constant power: P = T × ω."""
        return self.max_power_kw * 1000.0 / self.max_torque_nm * 60.0 / (2.0 * math.pi)

    @property
    def effective_max_rpm(self) -> float:
        """The motor's top speed: the build's, or the default (``MOTOR_SPEED_RANGE`` ×
        the base speed, at most ``MOTOR_DEFAULT_MAX_RPM``). A top speed below the base
        speed is kept, given or not: the motor never turns faster than its rotor allows,
        and it then never reaches its rated power (``usable_power_kw``)."""
        if self.max_rpm is not None:
            return float(self.max_rpm)
        return min(MOTOR_SPEED_RANGE * self.base_rpm, MOTOR_DEFAULT_MAX_RPM)

    @property
    def usable_power_kw(self) -> float:
        """The most the motor makes: its maximum power, or less where its top speed comes
        before its base speed (torque × top speed)."""
        top_w = self.max_torque_nm * self.effective_max_rpm * 2.0 * math.pi / 60.0
        return min(self.max_power_kw, top_w / 1000.0)


class Battery(_Frozen):
    """An electric build's traction battery."""

    capacity_kwh: float = Field(
        ge=BATTERY_KWH[0],
        le=BATTERY_KWH[1],
        allow_inf_nan=False,
        description="the battery's capacity as the maker quotes it, in kWh",
    )


class Overrides(_Frozen):
    kerb_weight_kg: float | None = Field(
        default=None,
        ge=KERB_WEIGHT_KG[0],
        le=KERB_WEIGHT_KG[1],
        allow_inf_nan=False,
        description="pin the kerb weight (kg) instead of estimating it",
    )
    power_ps: float | None = Field(
        default=None,
        ge=POWER_PS[0],
        le=POWER_PS[1],
        allow_inf_nan=False,
        description="pin peak power (PS) instead of estimating it",
    )
    torque_nm: float | None = Field(
        default=None,
        ge=TORQUE_NM[0],
        le=TORQUE_NM[1],
        allow_inf_nan=False,
        description="pin peak torque (N·m) instead of estimating it",
    )


class Published(_Frozen):
    """Published figures of a real car, kept beside a preset's configuration (optional)."""

    kerb_weight_kg: float | None = Field(default=None, gt=0, allow_inf_nan=False, description="kg")
    power_ps: float | None = Field(default=None, gt=0, allow_inf_nan=False, description="PS")
    torque_nm: float | None = Field(default=None, gt=0, allow_inf_nan=False, description="N·m")
    zero_to_60mph_s: float | None = Field(
        default=None, gt=0, allow_inf_nan=False, description="0-60 mph, s"
    )
    zero_to_100kmh_s: float | None = Field(
        default=None, gt=0, allow_inf_nan=False, description="0-100 km/h, s"
    )
    quarter_mile_s: float | None = Field(
        default=None, gt=0, allow_inf_nan=False, description="standing 1/4 mile (402.3 m), s"
    )
    standing_400m_s: float | None = Field(
        default=None, gt=0, allow_inf_nan=False, description="standing 400 m, s"
    )
    top_speed_kmh: float | None = Field(default=None, gt=0, allow_inf_nan=False, description="km/h")
    # An electric car's range on the Japanese WLTC mode, as the maker quotes it.
    wltc_range_km: float | None = Field(
        default=None,
        gt=0,
        allow_inf_nan=False,
        description="an electric car's range on the Japanese WLTC mode, as the maker quotes it",
    )
    source: str | None = Field(default=None, description="where the figures were published")
    doubtful: tuple[str, ...] | None = Field(
        default=None,
        description=(
            "names of published figures to take with care (a maker's claim, a test with "
            "four aboard); the notes say why"
        ),
    )

    @field_validator("doubtful", mode="before")
    @classmethod
    def _doubtful_list(cls, v: Any) -> Any:
        return tuple(v) if isinstance(v, list) else v

    @model_validator(mode="after")
    def _doubtful_names_figures(self) -> Published:
        for name in self.doubtful or ():
            if name not in PUBLISHED_FIGURES:
                shown = name if len(name) <= 40 else name[:37] + "..."  # a 50,000-letter one
                raise ValueError(
                    f"doubtful names {shown!r}, which is not a published figure "
                    f"({', '.join(PUBLISHED_FIGURES)})"
                )
        return self


PUBLISHED_FIGURES: Final = (
    "kerb_weight_kg",
    "power_ps",
    "torque_nm",
    "zero_to_60mph_s",
    "zero_to_100kmh_s",
    "quarter_mile_s",
    "standing_400m_s",
    "top_speed_kmh",
)


class Translation(_Frozen):
    """The build's name, description and notes in another language (optional, each):
    a preset's Japanese name and description, shown when keiconfig speaks Japanese."""

    name: str | None = Field(default=None, min_length=1, max_length=80, description="the name")
    description: str | None = Field(default=None, max_length=400, description="the description")
    notes: str | None = Field(default=None, description="the notes")


class Translations(_Frozen):
    """The build's texts by language (a field per language keiconfig speaks)."""

    ja: Translation | None = Field(default=None, description="Japanese")


def _unknown_era() -> PydanticCustomError:
    """An era ``judged_by`` does not know: said as a fixed choice's wrong value is
    (core/files.py): one of "1949", ..."""
    from keiconfig.core import regulations

    return PydanticCustomError(
        "literal_error",
        "Input should be {expected}",
        {"expected": ", ".join(json.dumps(e) for e in regulations.era_ids())},
    )


def _era_ids_schema(schema: dict[str, Any]) -> None:
    """``judged_by``'s schema names the eras it takes (from the regulations table)."""
    from keiconfig.core import regulations

    options = schema.get("anyOf", [])
    for option in options:
        if option.get("type") == "string":
            option["enum"] = list(regulations.era_ids())
    # an era written by hand as a number (1976) is read as that era (Build: the text
    # form is what keiconfig writes)
    numbers = [int(e) for e in regulations.era_ids() if e.isdigit()]
    options.insert(1, {"type": "integer", "enum": numbers})


class Build(_Frozen):
    format: Literal["keiconfig-build"] = Field(
        default=FORMAT_ID, description='identifies the file type: "keiconfig-build"'
    )
    version: Literal[1] = Field(
        default=FORMAT_VERSION,
        description="the format's version; a higher one is refused as a newer keiconfig's",
    )
    name: str = Field(min_length=1, max_length=80, description="the build's name")
    year: int | None = Field(
        default=None,
        ge=1945,
        le=2100,
        description="model year; the kei rules in force that year judge it on request "
        "(keiconfig evaluate --use-year)",
    )
    # Optional (absent in every file before it): the era whose rules the user chose to
    # judge the build by, so that the file is judged as its maker judged it, wherever it
    # is opened. Absent or null: the current rules (or the year's, on request).
    judged_by: str | None = Field(
        default=None,
        description='the kei rules the build is judged by: an era id ("1976"; a number, '
        "1976, is read as it and saved as text); absent or null: the current rules (1998), "
        "or its year's on request",
        json_schema_extra=_era_ids_schema,
    )
    notes: str | None = Field(default=None, description="free text")
    body: Body = Field(description="the body: style and outside dimensions")
    engine: Engine = Field(
        description="the engine (an electric build keeps it, for a switch back to petrol)"
    )
    drivetrain: Drivetrain = Field(description="driven wheels and gearbox")
    overrides: Overrides = Field(
        default=Overrides(), description="figures pinned instead of estimated"
    )
    # Optional extensions (the spec allows optional fields): a short description and
    # the published figures of the real car a preset stands for.
    description: str | None = Field(
        default=None, max_length=400, description="a short description (a preset's)"
    )
    published: Published | None = Field(
        default=None, description="the published figures of the real car a preset stands for"
    )
    # Electric builds (optional; absent means petrol, as in every older file). An
    # electric build keeps its ``engine`` object: ``engine.position`` is where the motor
    # sits, and the rest is kept so switching back restores the engine.
    powertrain: Powertrain = Field(
        default="petrol",
        description='"electric": the car is driven by "motor" from "battery" (both required)',
    )
    motor: Motor | None = Field(default=None, description="an electric build's motor")
    battery: Battery | None = Field(default=None, description="an electric build's battery")
    # The name, description and notes in other languages, by language code ("ja"):
    # optional; shown instead of the English ones when the window speaks that language.
    translations: Translations | None = Field(
        default=None,
        description='by language code ("ja"): the name, description and notes in that language',
    )

    def localized(self, language: str) -> Build:
        """The build with its name, description and notes in ``language`` where the file
        gives them (itself otherwise)."""
        t = getattr(self.translations, language, None) if self.translations else None
        if not isinstance(t, Translation):
            return self
        update = {k: getattr(t, k) for k in ("name", "description", "notes") if getattr(t, k)}
        return self.model_copy(update=update) if update else self

    @field_validator("judged_by", mode="before")
    @classmethod
    def _era_written_as_a_number(cls, v: Any) -> Any:
        """An era written by hand as a number ("judged_by": 1976, as a year is written) is
        that era: read as its id, the text form every save writes. A number that names no
        era is said as a wrong era id is, not as "must be text in quotes"."""
        if isinstance(v, bool) or not isinstance(v, int | float):
            return v
        if (isinstance(v, int) or v.is_integer()) and abs(v) < 10_000:
            from keiconfig.core import regulations

            era_id = str(int(v))
            if era_id in regulations.era_ids():
                return era_id
        raise _unknown_era()

    @field_validator("judged_by")
    @classmethod
    def _known_era(cls, v: str | None) -> str | None:
        from keiconfig.core import regulations

        if v is not None and v not in regulations.era_ids():
            raise _unknown_era()
        return v

    @model_validator(mode="after")
    def _electric_complete(self) -> Build:
        if self.powertrain == "electric":
            missing = [k for k in ("motor", "battery") if getattr(self, k) is None]
            if missing:
                raise ValueError(
                    "an electric build needs "
                    + " and ".join(f'"{k}"' for k in missing)
                    + ' (powertrain is "electric")'
                )
            if self.drivetrain.ratios is not None:
                raise ValueError(
                    "an electric build has a single-speed reduction: give its ratio as "
                    "drivetrain.final_drive, not drivetrain.ratios"
                )
        return self

    @property
    def electric(self) -> bool:
        return self.powertrain == "electric"

    def to_json_dict(self) -> dict[str, Any]:
        """The build as the file stores it: spec key order, optional unset fields left out.

        ``power_cap_ps`` and the overrides are always written, because null has a
        meaning there (unrestricted; not pinned).
        """
        data = self.model_dump(mode="json")
        out: dict[str, Any] = {"format": FORMAT_ID, "version": FORMAT_VERSION, "name": self.name}
        if self.year is not None:
            out["year"] = self.year
        if self.judged_by is not None:
            out["judged_by"] = self.judged_by
        if self.notes is not None:
            out["notes"] = self.notes
        out["body"] = _drop_none(data["body"])
        engine = _drop_none(data["engine"])
        engine["power_cap_ps"] = data["engine"]["power_cap_ps"]
        out["engine"] = engine
        out["drivetrain"] = _drop_none(data["drivetrain"])
        if self.drivetrain.speed_limit_kmh != KEI_SPEED_LIMIT_KMH:
            # null (no limiter) has a meaning; the default is left out.
            out["drivetrain"]["speed_limit_kmh"] = self.drivetrain.speed_limit_kmh
        else:
            out["drivetrain"].pop("speed_limit_kmh", None)
        out["overrides"] = data["overrides"]
        if self.description is not None:
            out["description"] = self.description
        if self.published is not None:
            out["published"] = _drop_none(data["published"])
        if self.powertrain != "petrol":
            out["powertrain"] = self.powertrain
        if self.motor is not None:
            out["motor"] = _drop_none(data["motor"])
        if self.battery is not None:
            out["battery"] = _drop_none(data["battery"])
        if self.translations is not None:
            out["translations"] = {
                k: _drop_none(v) for k, v in data["translations"].items() if v is not None
            }
        return out


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def changed(build: Build, updates: dict[str, Any]) -> Build:
    """A new, validated build with dotted-path ``updates`` applied.

    >>> b2 = changed(b, {"body.length_mm": 3400, "engine.aspiration": "turbo"})

    Raises ``pydantic.ValidationError`` if the result is not a valid build.
    """
    data = build.model_dump()
    for path, value in updates.items():
        node = data
        *parents, leaf = path.split(".")
        for key in parents:
            node = node[key]
        if leaf not in node:
            raise KeyError(f"unknown build field {path!r}")
        node[leaf] = value
    return Build.model_validate(data)


def differences(old: Build, new: Build) -> dict[str, tuple[Any, Any]]:
    """The dotted paths where ``new`` differs from ``old``, each with (old value, new value),
    such that ``changed(old, {p: n for p, (_, n) in d.items()}) == new`` and back. A part
    that is absent on one side (None) and present on the other is one path, its whole data.

    >>> differences(b, changed(b, {"body.length_mm": 3400}))
    {'body.length_mm': (3395, 3400)}
    """
    out: dict[str, tuple[Any, Any]] = {}

    def walk(prefix: str, a: Any, b: Any) -> None:
        if isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys():
            for key in a:
                walk(f"{prefix}{key}.", a[key], b[key])
        elif a != b:
            out[prefix[:-1]] = (a, b)

    walk("", old.model_dump(), new.model_dump())
    return out


def get_field(build: Build, path: str) -> Any:
    """The raw (not defaulted) value at a dotted path, e.g. ``"engine.redline_rpm"``."""
    node: Any = build
    for key in path.split("."):
        node = getattr(node, key)
    return node


def default_name() -> str:
    """The name of a new build, in the user's language ("My kei car", マイ軽カー; see
    keiconfig.core.text)."""
    from keiconfig.core import text  # (lupdate: the name translate in an import drops the
    # translator comment of the call after it)

    #: The name of a new build.
    return text.translate("build", "My kei car")


def default_build() -> Build:
    """A sensible current-rules starting point: a turbo tall-wagon-ish hatchback, named
    in the user's language (:func:`default_name`)."""
    return Build(
        name=default_name(),
        body=Body(style="hatchback", length_mm=3395, width_mm=1475, height_mm=1500, seats=4),
        engine=Engine(cylinders=3, displacement_cc=658, aspiration="na", position="front"),
        drivetrain=Drivetrain(driven="fwd", transmission="manual", gears=5),
    )
