"""The build: one car as a user configured it (build file format, version 1).

Builds are immutable pydantic models. A change makes a new build through
:func:`changed`, which always re-validates (``model_copy(update=...)`` would not).
Field names, units, ranges and defaults follow ``spec/build-format.md``.
"""

from __future__ import annotations

from typing import Any, Final, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

FORMAT_ID: Final = "keiconfig-build"
FORMAT_VERSION: Final = 1

BodyStyle = Literal["hatchback", "tall_wagon", "sedan", "coupe", "roadster", "suv", "van", "truck"]
Roof = Literal["fixed", "soft", "targa", "removable_hard", "glass"]
Aspiration = Literal["na", "turbo", "supercharger"]
EnginePosition = Literal["front", "mid", "rear"]
Driven = Literal["fwd", "rwd", "awd"]
Transmission = Literal["manual", "automatic", "cvt"]

BODY_STYLES: Final[tuple[str, ...]] = get_args(BodyStyle)
ROOFS: Final[tuple[str, ...]] = get_args(Roof)
ASPIRATIONS: Final[tuple[str, ...]] = get_args(Aspiration)
ENGINE_POSITIONS: Final[tuple[str, ...]] = get_args(EnginePosition)
DRIVEN: Final[tuple[str, ...]] = get_args(Driven)
TRANSMISSIONS: Final[tuple[str, ...]] = get_args(Transmission)

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
DEFAULT_GEARS: Final[dict[str, int]] = {"manual": 5, "automatic": 4, "cvt": 1}


class _Frozen(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="ignore")


class Body(_Frozen):
    style: BodyStyle
    length_mm: int = Field(ge=LENGTH_MM[0], le=LENGTH_MM[1])
    width_mm: int = Field(ge=WIDTH_MM[0], le=WIDTH_MM[1])
    height_mm: int = Field(ge=HEIGHT_MM[0], le=HEIGHT_MM[1])
    wheelbase_mm: int | None = Field(default=None, ge=WHEELBASE_MM[0], le=WHEELBASE_MM[1])
    seats: int | None = Field(default=None, ge=1, le=8)
    roof: Roof = "fixed"

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
    cylinders: int = Field(ge=1, le=8)
    displacement_cc: int = Field(ge=DISPLACEMENT_CC[0], le=DISPLACEMENT_CC[1])
    aspiration: Aspiration
    intercooler: bool | None = None
    valves_per_cylinder: int | None = Field(default=None, ge=2, le=5)
    cycle: Literal[2, 4] = 4
    position: EnginePosition
    redline_rpm: int | None = Field(default=None, ge=REDLINE_RPM[0], le=REDLINE_RPM[1])
    power_cap_ps: float | None = Field(
        default=64.0, ge=POWER_CAP_PS[0], le=POWER_CAP_PS[1], allow_inf_nan=False
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
    driven: Driven
    transmission: Transmission
    gears: int | None = Field(default=None, ge=1, le=10)

    @property
    def effective_gears(self) -> int:
        if self.transmission == "cvt":
            return 1
        return self.gears if self.gears is not None else DEFAULT_GEARS[self.transmission]


class Overrides(_Frozen):
    kerb_weight_kg: float | None = Field(
        default=None, ge=KERB_WEIGHT_KG[0], le=KERB_WEIGHT_KG[1], allow_inf_nan=False
    )
    power_ps: float | None = Field(
        default=None, ge=POWER_PS[0], le=POWER_PS[1], allow_inf_nan=False
    )
    torque_nm: float | None = Field(
        default=None, ge=TORQUE_NM[0], le=TORQUE_NM[1], allow_inf_nan=False
    )


class Published(_Frozen):
    """Published figures of a real car, kept beside a preset's configuration (optional)."""

    kerb_weight_kg: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    power_ps: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    torque_nm: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    zero_to_60mph_s: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    zero_to_100kmh_s: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    quarter_mile_s: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    standing_400m_s: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    top_speed_kmh: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    source: str | None = None


class Build(_Frozen):
    format: Literal["keiconfig-build"] = FORMAT_ID
    version: Literal[1] = FORMAT_VERSION
    name: str = Field(min_length=1, max_length=80)
    year: int | None = Field(default=None, ge=1945, le=2100)
    notes: str | None = None
    body: Body
    engine: Engine
    drivetrain: Drivetrain
    overrides: Overrides = Overrides()
    # Optional extensions (the spec allows optional fields): a short description and
    # the published figures of the real car a preset stands for.
    description: str | None = Field(default=None, max_length=400)
    published: Published | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """The build as the file stores it: spec key order, optional unset fields left out.

        ``power_cap_ps`` and the overrides are always written, because null has a
        meaning there (unrestricted; not pinned).
        """
        data = self.model_dump(mode="json")
        out: dict[str, Any] = {"format": FORMAT_ID, "version": FORMAT_VERSION, "name": self.name}
        if self.year is not None:
            out["year"] = self.year
        if self.notes is not None:
            out["notes"] = self.notes
        out["body"] = _drop_none(data["body"])
        engine = _drop_none(data["engine"])
        engine["power_cap_ps"] = data["engine"]["power_cap_ps"]
        out["engine"] = engine
        out["drivetrain"] = _drop_none(data["drivetrain"])
        out["overrides"] = data["overrides"]
        if self.description is not None:
            out["description"] = self.description
        if self.published is not None:
            out["published"] = _drop_none(data["published"])
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


def get_field(build: Build, path: str) -> Any:
    """The raw (not defaulted) value at a dotted path, e.g. ``"engine.redline_rpm"``."""
    node: Any = build
    for key in path.split("."):
        node = getattr(node, key)
    return node


def default_build() -> Build:
    """A sensible current-rules starting point: a turbo tall-wagon-ish hatchback."""
    return Build(
        name="My kei car",
        body=Body(style="hatchback", length_mm=3395, width_mm=1475, height_mm=1500, seats=4),
        engine=Engine(cylinders=3, displacement_cc=658, aspiration="na", position="front"),
        drivetrain=Drivetrain(driven="fwd", transmission="manual", gears=5),
    )
