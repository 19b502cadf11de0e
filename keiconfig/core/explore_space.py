"""The design space an exploration searches: which fields of a build vary, over what.

A :class:`Space` is the open build (everything fixed) plus a tuple of
:class:`Variable` s. A point of the space is a vector of floats, one per variable, as
an optimiser sees it; :meth:`Space.build` turns it into a validated build. Numbers are
rounded to the field's own step (whole millimetres, cubic centimetres, rpm); a
discrete choice (cylinders, aspiration, body style...) is the index of an option.

:data:`CATALOGUE` lists every field an exploration may vary, with a default range:
wide enough to leave the kei limits of any era (the rules, not the range, keep a
build legal), narrow enough to stay a small car. The ranges are inside the build
format's own limits (:mod:`keiconfig.core.build`), so every vector decodes to a
build the format accepts, except a fixed wheelbase longer than a varied length:
that point is reported as invalid, with the format's sentence.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from pydantic import ValidationError

from keiconfig.core import build as B
from keiconfig.core import regulations
from keiconfig.core.build import Build, get_field
from keiconfig.core.text import QT_TRANSLATE_NOOP, translate

Kind = Literal["int", "float", "choice"]

# The newest model year an exploration of the current rules proposes (the model's
# era curves are flat long before it).
LAST_YEAR: Final = 2025


class SpaceError(ValueError):
    """A space cannot be made (unknown field, empty range). ``str()`` is a sentence."""


@dataclass(frozen=True)
class Variable:
    """One field of the build that varies: a number between ``lo`` and ``hi``
    (``int``: rounded to whole units), or one of ``options`` (``choice``)."""

    path: str
    kind: Kind
    lo: float = 0.0
    hi: float = 0.0
    options: tuple[Any, ...] = ()
    label: str = ""
    decimals: int = 1  # a ``float``'s step (a final drive's 4.66 needs 2)

    def __post_init__(self) -> None:
        if self.kind == "choice":
            if not self.options:
                raise SpaceError(
                    translate("explore", "{field}: a choice needs at least one option").format(
                        field=self.path
                    )
                )
            object.__setattr__(self, "lo", 0.0)
            object.__setattr__(self, "hi", float(len(self.options) - 1))
        elif not (math.isfinite(self.lo) and math.isfinite(self.hi)):
            # 'nan:inf' was told to give the lower end first
            raise SpaceError(
                translate(
                    "explore", "{field}: the range {lo} to {hi} needs two finite numbers"
                ).format(field=self.path, lo=f"{self.lo:g}", hi=f"{self.hi:g}")
            )
        elif self.lo > self.hi:
            raise SpaceError(
                translate(
                    "explore",
                    "{field}: the range {lo} to {hi} is not a range (give the lower end first)",
                ).format(field=self.path, lo=f"{self.lo:g}", hi=f"{self.hi:g}")
            )

    @property
    def integral(self) -> bool:
        return self.kind != "float"

    def decode(self, x: float) -> Any:
        """The field value at coordinate ``x`` (clipped into the range)."""
        x = min(max(float(x), self.lo), self.hi)
        if self.kind == "choice":
            return self.options[round(x)]
        if self.kind == "int":
            return round(x)
        return round(x, self.decimals)

    def encode(self, value: Any) -> float:
        """The coordinate of a field value (the nearest one in range)."""
        if self.kind == "choice":
            if value in self.options:
                return float(self.options.index(value))
            return 0.0
        if value is None or isinstance(value, bool):
            return 0.5 * (self.lo + self.hi)
        return min(max(float(value), self.lo), self.hi)

    def with_range(self, lo: float, hi: float) -> Variable:
        return Variable(
            self.path, self.kind, float(lo), float(hi), self.options, self.label, self.decimals
        )

    def with_options(self, options: Sequence[Any]) -> Variable:
        return Variable(self.path, "choice", options=tuple(options), label=self.label)


def _num(path: str, kind: Kind, lo: float, hi: float, label: str, decimals: int = 1) -> Variable:
    return Variable(path, kind, lo, hi, label=label, decimals=decimals)


def _choice(path: str, options: Sequence[Any], label: str) -> Variable:
    return Variable(path, "choice", options=tuple(options), label=label)


# Every field an exploration may vary, with its default range or options. Labels are
# translated where they are shown (QT_TRANSLATE_NOOP marks them for the translators).
CATALOGUE: Final[dict[str, Variable]] = {
    v.path: v
    for v in (
        _num("body.length_mm", "int", 2500, 3600, QT_TRANSLATE_NOOP("explore", "length (mm)")),
        _num("body.width_mm", "int", 1200, 1600, QT_TRANSLATE_NOOP("explore", "width (mm)")),
        _num("body.height_mm", "int", 1000, 2000, QT_TRANSLATE_NOOP("explore", "height (mm)")),
        _num(
            "body.wheelbase_mm", "int", 1600, 2500, QT_TRANSLATE_NOOP("explore", "wheelbase (mm)")
        ),
        _num("body.seats", "int", 1, 4, QT_TRANSLATE_NOOP("explore", "seats")),
        _num(
            "engine.displacement_cc",
            "int",
            250,
            800,
            QT_TRANSLATE_NOOP("explore", "displacement (cc)"),
        ),
        _num(
            "engine.redline_rpm", "int", 5000, 12000, QT_TRANSLATE_NOOP("explore", "redline (rpm)")
        ),
        _num(
            "engine.power_cap_ps",
            "float",
            30.0,
            120.0,
            QT_TRANSLATE_NOOP("explore", "power cap (PS)"),
        ),
        _num("drivetrain.gears", "int", 3, 6, QT_TRANSLATE_NOOP("explore", "gears")),
        # The gearing's one number: a petrol car's final drive (about 3 to 6; its gearbox
        # ratios as the build has them, or the model's) or an electric car's single
        # reduction (about 8 to 10): one range holds both.
        _num(
            "drivetrain.final_drive",
            "float",
            2.5,
            14.0,
            QT_TRANSLATE_NOOP("explore", "final drive or reduction"),
            decimals=2,
        ),
        _num("year", "int", 1955, LAST_YEAR, QT_TRANSLATE_NOOP("explore", "model year")),
        # An electric car's motor and battery (the kei cars: 30-47 kW, 160-196 N·m,
        # 9-30 kWh; the ranges reach past them both ways).
        _num(
            "motor.max_power_kw",
            "float",
            20.0,
            80.0,
            QT_TRANSLATE_NOOP("explore", "motor power (kW)"),
        ),
        _num(
            "motor.max_torque_nm",
            "int",
            80,
            300,
            QT_TRANSLATE_NOOP("explore", "motor torque (N·m)"),
        ),
        _num(
            "battery.capacity_kwh",
            "float",
            5.0,
            40.0,
            QT_TRANSLATE_NOOP("explore", "battery (kWh)"),
        ),
        _num(
            "overrides.kerb_weight_kg",
            "float",
            400.0,
            1200.0,
            QT_TRANSLATE_NOOP("explore", "kerb weight, pinned (kg)"),
        ),
        _num(
            "overrides.power_ps",
            "float",
            20.0,
            120.0,
            QT_TRANSLATE_NOOP("explore", "power, pinned (PS)"),
        ),
        _num(
            "overrides.torque_nm",
            "float",
            20.0,
            150.0,
            QT_TRANSLATE_NOOP("explore", "torque, pinned (N·m)"),
        ),
        _choice("engine.cylinders", (1, 2, 3, 4), QT_TRANSLATE_NOOP("explore", "cylinders")),
        _choice("engine.aspiration", B.ASPIRATIONS, QT_TRANSLATE_NOOP("explore", "aspiration")),
        _choice("engine.cycle", (2, 4), QT_TRANSLATE_NOOP("explore", "stroke cycle")),
        _choice(
            "engine.valves_per_cylinder",
            (2, 3, 4, 5),
            QT_TRANSLATE_NOOP("explore", "valves per cylinder"),
        ),
        _choice(
            "engine.position", B.ENGINE_POSITIONS, QT_TRANSLATE_NOOP("explore", "engine position")
        ),
        _choice("engine.intercooler", (True, False), QT_TRANSLATE_NOOP("explore", "intercooler")),
        _choice("drivetrain.driven", B.DRIVEN, QT_TRANSLATE_NOOP("explore", "driven wheels")),
        _choice(
            "drivetrain.transmission", B.TRANSMISSIONS, QT_TRANSLATE_NOOP("explore", "gearbox")
        ),
        _choice("body.style", B.BODY_STYLES, QT_TRANSLATE_NOOP("explore", "body style")),
        _choice("body.roof", B.ROOFS, QT_TRANSLATE_NOOP("explore", "roof")),
    )
}

# What `keiconfig explore` varies when --vary is not given: the car's size, its engine
# and its drivetrain, not the pinned figures or the year.
DEFAULT_VARY: Final[tuple[str, ...]] = (
    "body.length_mm",
    "body.width_mm",
    "body.height_mm",
    "engine.displacement_cc",
    "engine.cylinders",
    "engine.aspiration",
    "engine.redline_rpm",
    "engine.power_cap_ps",  # the open build's cap is a choice, not a rule (the rules judge power)
    "drivetrain.driven",
    "drivetrain.transmission",
    "drivetrain.gears",
)

# The fields an electric build does not use: it has a motor and a single reduction, and
# keeps its engine only for a switch back to petrol (``engine.position`` is where its
# motor sits, and is used). Varying them would change nothing but the file.
ENGINE_ONLY: Final[frozenset[str]] = frozenset(
    {
        "engine.displacement_cc",
        "engine.cylinders",
        "engine.aspiration",
        "engine.cycle",
        "engine.valves_per_cylinder",
        "engine.intercooler",
        "engine.redline_rpm",
        "engine.power_cap_ps",
        "drivetrain.transmission",
        "drivetrain.gears",
    }
)


# The fields only an electric build uses: a petrol build has no motor or battery.
ELECTRIC_ONLY: Final[frozenset[str]] = frozenset(
    {"motor.max_power_kw", "motor.max_torque_nm", "battery.capacity_kwh"}
)


def unused_by(build: Build) -> frozenset[str]:
    """The catalogue fields ``build`` does not use (an electric car's engine and gearbox,
    a petrol car's motor and battery)."""
    return ENGINE_ONLY if build.electric else ELECTRIC_ONLY


def default_vary(build: Build) -> tuple[str, ...]:
    """What to vary when not told: :data:`DEFAULT_VARY` and the model year, less what
    ``build`` does not use."""
    unused = unused_by(build)
    return tuple(p for p in (*DEFAULT_VARY, "year") if p not in unused)


def catalogue_variable(path: str) -> Variable:
    """The catalogue's variable for a field; :class:`SpaceError` naming the fields if unknown."""
    try:
        return CATALOGUE[path]
    except KeyError:
        raise SpaceError(
            translate(
                "explore", "{field} is not a field an exploration can vary; choose from: {fields}"
            ).format(field=repr(path), fields=", ".join(CATALOGUE))
        ) from None


def era_years(era_id: str) -> tuple[int, int]:
    """The model years an era's rules were in force (the last era: to :data:`LAST_YEAR`)."""
    all_eras = regulations.eras()
    ids = [e.id for e in all_eras]
    i = ids.index(regulations.era(era_id).id)
    first = all_eras[i].in_force_from.year
    last = all_eras[i + 1].in_force_from.year - 1 if i + 1 < len(all_eras) else LAST_YEAR
    return first, max(first, last)


@dataclass(frozen=True)
class Space:
    """The open build with some of its fields free. Plain, picklable data."""

    base: Build
    variables: tuple[Variable, ...]
    _base_data: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        paths = [v.path for v in self.variables]
        if len(set(paths)) != len(paths):
            raise SpaceError(
                translate("explore", "a field is listed twice among the fields to vary")
            )
        object.__setattr__(self, "_base_data", self.base.model_dump())

    @property
    def dims(self) -> int:
        return len(self.variables)

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(v.path for v in self.variables)

    def bounds(self) -> list[tuple[float, float]]:
        return [(v.lo, v.hi) for v in self.variables]

    def integrality(self) -> list[bool]:
        return [v.integral for v in self.variables]

    def updates(self, x: Sequence[float]) -> dict[str, Any]:
        """The dotted-path changes the vector makes to the base build."""
        return {v.path: v.decode(xi) for v, xi in zip(self.variables, x, strict=True)}

    def build(self, x: Sequence[float]) -> Build:
        """The build at ``x``; ``ValueError`` with the format's sentence if it is not valid."""
        data = _deep_copy(self._base_data)
        for path, value in self.updates(x).items():
            node = data
            *parents, leaf = path.split(".")
            for key in parents:
                node = node[key]
            node[leaf] = value
        _fit_ratios(data["drivetrain"], self.base)
        try:
            return Build.model_validate(data)
        except ValidationError as e:
            err = e.errors()[0]
            where = ".".join(str(p) for p in err.get("loc", ()))
            msg = err.get("msg", "not valid").removeprefix("Value error, ")
            raise ValueError(f"{where}: {msg}" if where else msg) from None

    def vector_of(self, build: Build) -> list[float]:
        """The point of the space nearest to ``build`` (the base build's point by default)."""
        out = []
        for v in self.variables:
            value = get_field(build, v.path)
            if value is None:
                value = _effective(build, v.path)
            out.append(v.encode(value))
        return out


def _fit_ratios(drivetrain: dict[str, Any], base: Build) -> None:
    """The base build's own gear ratios are for its own gearbox: a point with another
    number of gears, or a CVT for a geared box (or the other way round), gets the model's
    ratios instead (``ratios`` left out), as a person changing the gearbox in the window
    would have to; every such point was invalid, so a build with its ratios set never
    changed its gearbox in a search."""
    ratios = drivetrain.get("ratios")
    if ratios is None:
        return
    cvt = drivetrain.get("transmission") == "cvt"
    gears = drivetrain.get("gears")
    if cvt != (base.drivetrain.transmission == "cvt") or (
        not cvt and gears is not None and gears != len(ratios)
    ):
        drivetrain["ratios"] = None


def ratios_dropped(space: Space, build: Build) -> bool:
    """Whether ``build``, a point of ``space``, has the model's gear ratios in place of the
    base build's own (its gearbox differs: see :meth:`Space.build`)."""
    return space.base.drivetrain.ratios is not None and build.drivetrain.ratios is None


def used_updates(updates: dict[str, Any], build: Build) -> dict[str, Any]:
    """``updates`` less what ``build`` makes no use of (a CVT's number of gears): the
    changes a list of them names (a file written keeps them all)."""
    if build.drivetrain.transmission == "cvt":
        return {k: v for k, v in updates.items() if k != "drivetrain.gears"}
    return updates


def cap_unreached(build: Build) -> bool:
    """Whether ``build``'s power cap limits nothing: its engine makes less than the cap
    (117.1 PS on an engine of 63 PS: the same car as with no cap at all), or a pinned
    power stands in its place. A search varying the cap finds such builds; they keep the
    64 PS agreement by the power the engine makes, which the rules judge, and the explorer
    says the cap is not reached beside it (:func:`cap_note`)."""
    if build.electric or build.engine.power_cap_ps is None:
        return False
    if build.overrides.power_ps is not None:
        return True  # the pin is the after-cap figure (engine.engine_curve)
    from keiconfig.core.engine import engine_curve
    from keiconfig.core.performance import load_constants

    curve = engine_curve(build, load_constants().engine)
    return not curve.capped


def cap_note(build: Build, power_ps: str) -> str:
    """What the explorer writes after a found build's power cap that its engine does not
    reach (:func:`cap_unreached`), with ``power_ps`` the power it makes as written beside
    it ("63 PS"): " (not reached: the engine makes 63 PS)"; else ""."""
    if not cap_unreached(build):
        return ""
    #: After a found build's power cap ("power_cap_ps=117.1") that is above what its
    #: engine makes, so the cap limits nothing; {power} is that power ("63 PS").
    return translate("explore", " (not reached: the engine makes {power})").format(power=power_ps)


def value_of(build: Build, path: str) -> Any:
    """The value of a catalogue field in ``build``, or the one it stands for when the file
    leaves it out (the default seats, the model's redline); None where there is none."""
    value = get_field(build, path)
    return _effective(build, path) if value is None else value


def _deep_copy(d: dict[str, Any]) -> dict[str, Any]:
    return {k: _deep_copy(v) if isinstance(v, dict) else v for k, v in d.items()}


def _designed_final_drive(build: Build) -> float:
    """The final drive (or an electric car's reduction) the model designs for ``build``."""
    from keiconfig.core.performance import evaluate

    return evaluate(build).final_drive


def _effective(build: Build, path: str) -> Any:
    """The value a field stands for when the file leaves it out (e.g. the default seats)."""
    effective: dict[str, Callable[[Build], Any]] = {
        "body.wheelbase_mm": lambda b: b.body.effective_wheelbase_mm,
        "body.seats": lambda b: b.body.effective_seats,
        "engine.redline_rpm": lambda b: b.engine.effective_redline_rpm,
        "engine.valves_per_cylinder": lambda b: b.engine.effective_valves or 2,
        "engine.intercooler": lambda b: b.engine.effective_intercooler,
        "drivetrain.gears": lambda b: b.drivetrain.effective_gears,
        "drivetrain.final_drive": _designed_final_drive,
    }
    fn = effective.get(path)
    return fn(build) if fn is not None else None


def make_space(
    base: Build,
    vary: Sequence[str],
    ranges: dict[str, tuple[float, float]] | None = None,
    options: dict[str, Sequence[Any]] | None = None,
    era_id: str | None = None,
) -> Space:
    """A space over ``base`` varying the catalogue fields ``vary``.

    ``ranges`` and ``options`` narrow (or widen) the catalogue's defaults. With
    ``era_id``, a varied model year stays within that era's years.
    """
    ranges = ranges or {}
    options = options or {}
    variables = []
    unused = unused_by(base)
    for path in vary:
        v = catalogue_variable(path.strip())
        if v.path in unused and base.electric:
            raise SpaceError(
                translate(
                    "explore",
                    "{field} does nothing on an electric car (it has a motor and a single "
                    "reduction, no engine or gearbox): leave it out",
                ).format(field=v.path)
            )
        if v.path in unused:
            raise SpaceError(
                translate(
                    "explore",
                    "{field} does nothing on a car with an engine (it has no motor or "
                    "battery): leave it out, or make the build electric",
                ).format(field=v.path)
            )
        if v.path in ranges:
            if v.kind == "choice":
                raise SpaceError(
                    translate(
                        "explore", "{field} is a choice: give its options, not a range"
                    ).format(field=v.path)
                )
            lo, hi = ranges[v.path]
            v = v.with_range(lo, hi)
        elif v.path == "year" and era_id is not None:
            v = v.with_range(*era_years(era_id))
        if v.path in options:
            if v.kind != "choice":
                raise SpaceError(
                    translate("explore", "{field} is a number: give its range, not options").format(
                        field=v.path
                    )
                )
            bad = [o for o in options[v.path] if o not in CATALOGUE[v.path].options]
            if bad or not options[v.path]:
                raise SpaceError(
                    translate("explore", "{field} can be {options}, not {given}").format(
                        field=v.path,
                        options=", ".join(map(str, CATALOGUE[v.path].options)),
                        given=", ".join(map(str, bad)) or translate("explore", "nothing"),
                    )
                )
            v = v.with_options(options[v.path])
        variables.append(v)
    if not variables:
        raise SpaceError(translate("explore", "choose at least one field to vary"))
    return Space(base, tuple(variables))
