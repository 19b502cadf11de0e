"""The kei rules of every era, and how a build measures up to them.

The limits come from ``resources/regulations.csv`` (a data file with the sources of
every number). All limits are inclusive: a car of exactly 3400 mm complies.

Laws and the agreement
----------------------
Length, width, height and displacement are law. The 64 PS ceiling is a voluntary
agreement between the makers (from 1987), not a law. ``check`` reports it as a
:class:`RuleCheck` with ``kind="agreement"`` (``ok`` false when the build is over),
but :attr:`Compliance.ok` is about the law only: a 100 PS kei car is still a kei car.
Use :func:`agreement_ok` to ask about the agreement.

An electric build has no displacement rule (the size rules apply as to any kei car),
and the agreement applies to its motor's maximum output (47 kW is 64 PS).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from keiconfig.core.results import Compliance, RuleCheck
from keiconfig.core.text import QT_TRANSLATE_NOOP, language, translate

if TYPE_CHECKING:
    from keiconfig.core.build import Build

CURRENT_ERA: Final = "1998"
AGREEMENT_FROM_YEAR: Final = 1987  # the 64 PS agreement began with the 1987 Alto Works

# Each rule's name in a sentence for people ("breaks the 1998 rules (length, width)").
# The ids (RuleCheck.name) are data and never translated; see rule_name.
RULE_NAMES: Final[dict[str, str]] = {
    "length": QT_TRANSLATE_NOOP("regulations", "length"),
    "width": QT_TRANSLATE_NOOP("regulations", "width"),
    "height": QT_TRANSLATE_NOOP("regulations", "height"),
    "displacement": QT_TRANSLATE_NOOP("regulations", "displacement"),
    #: The 64 PS makers' agreement, as a rule a change may break.
    "power": QT_TRANSLATE_NOOP("regulations", "power"),
}

# The rules that are the makers' agreement, not law (RuleCheck.kind "agreement").
AGREEMENTS: Final[frozenset[str]] = frozenset({"power"})

# The name of each era: the year its rules came in (ids of regulations.csv). A translation
# may add its country's calendar (Japanese: 1976年(昭和51年)); an era missing here is
# named by its id (tests/core/test_regulations.py checks every era has its entry).
ERA_NAMES: Final[dict[str, str]] = {
    #: The name of a kei era: the year its rules came in. Japanese: with the Japanese
    #: era year, e.g. 1976年(昭和51年).
    "1949": QT_TRANSLATE_NOOP("regulations", "1949"),
    "1950": QT_TRANSLATE_NOOP("regulations", "1950"),
    "1951": QT_TRANSLATE_NOOP("regulations", "1951"),
    "1955": QT_TRANSLATE_NOOP("regulations", "1955"),
    "1976": QT_TRANSLATE_NOOP("regulations", "1976"),
    "1990": QT_TRANSLATE_NOOP("regulations", "1990"),
    "1998": QT_TRANSLATE_NOOP("regulations", "1998"),
}


def era_name(era_id: str) -> str:
    """An era's name for people (``"1976"``; in Japanese ``"1976年(昭和51年)"``)."""
    return translate("regulations", ERA_NAMES.get(era_id, era_id))


def rule_name(name: str) -> str:
    """A rule id (``"length"``) as a word for people, in the user's language."""
    return translate("regulations", RULE_NAMES.get(name, name))


@dataclass(frozen=True)
class Era:
    """The kei limits in force from one date until the next era."""

    id: str
    in_force_from: dt.date
    max_length_mm: int
    max_width_mm: int
    max_height_mm: int
    max_displacement_4stroke_cc: int
    max_displacement_2stroke_cc: int
    power_agreement_ps: float | None
    notes: str = ""
    sources: str = ""
    # The makers' voluntary speed limiter for kei cars of this era (140 km/h from 1990).
    speed_limit_agreement_kmh: float | None = None
    # ``notes`` in Japanese (the table's ``notes_ja`` column: the same facts).
    notes_ja: str = ""

    def shown_notes(self) -> str:
        """``notes`` in the language of the core's texts (Japanese where the table has it)."""
        if language() == "ja" and self.notes_ja:
            return self.notes_ja
        return self.notes

    def max_displacement_cc(self, cycle: int) -> int:
        """The displacement limit for a two-stroke (``cycle=2``) or four-stroke engine."""
        return self.max_displacement_2stroke_cc if cycle == 2 else self.max_displacement_4stroke_cc

    @property
    def label(self) -> str:
        """A short human label, e.g. ``"1998 rules (3400 × 1480 mm, 660 cc)"`` (in the
        user's language)."""
        cc = self.max_displacement_4stroke_cc
        if self.max_displacement_2stroke_cc != cc:
            #: A kei era's limit for a four-stroke engine and for a two-stroke one.
            cc_text = translate("regulations", "{cc} cc, 2-stroke {cc_2stroke} cc").format(
                cc=cc, cc_2stroke=self.max_displacement_2stroke_cc
            )
        else:
            cc_text = f"{cc} cc"
        #: A kei era, e.g. "1998 rules (3400 × 1480 mm, 660 cc)"; {displacement} is the
        #: engine limit, e.g. "660 cc".
        return translate(
            "regulations", "{era} rules ({length} × {width} mm, {displacement})"
        ).format(
            era=era_name(self.id),
            length=self.max_length_mm,
            width=self.max_width_mm,
            displacement=cc_text,
        )


def _int(text: str) -> int:
    return int(text.strip())


@functools.cache
def eras() -> tuple[Era, ...]:
    """Every era, oldest first, read once from the shipped regulations table."""
    from keiconfig.core.resources_path import resource_path

    path = resource_path("regulations.csv")
    rows: list[Era] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            agreement = (row.get("power_agreement_ps") or "").strip()
            limit = (row.get("speed_limit_agreement_kmh") or "").strip()
            rows.append(
                Era(
                    id=row["era"].strip(),
                    in_force_from=dt.date.fromisoformat(row["in_force_from"].strip()),
                    max_length_mm=_int(row["max_length_mm"]),
                    max_width_mm=_int(row["max_width_mm"]),
                    max_height_mm=_int(row["max_height_mm"]),
                    max_displacement_4stroke_cc=_int(row["max_displacement_4stroke_cc"]),
                    max_displacement_2stroke_cc=_int(row["max_displacement_2stroke_cc"]),
                    power_agreement_ps=float(agreement) if agreement else None,
                    speed_limit_agreement_kmh=float(limit) if limit else None,
                    notes=(row.get("notes") or "").strip(),
                    notes_ja=(row.get("notes_ja") or "").strip(),
                    sources=(row.get("sources") or "").strip(),
                )
            )
    if not rows:
        raise RuntimeError(f"the regulations table {path} has no eras")
    rows.sort(key=lambda e: e.in_force_from)
    return tuple(rows)


def era_ids() -> tuple[str, ...]:
    return tuple(e.id for e in eras())


def era(era_id: str) -> Era:
    """The era with this id; ``KeyError`` naming the valid ids otherwise."""
    key = str(era_id).strip()
    for e in eras():
        if e.id == key:
            return e
    raise KeyError(
        translate("regulations", "unknown regulation era {era}; valid eras are {eras}").format(
            era=repr(era_id), eras=", ".join(era_ids())
        )
    )


def era_for_year(year: int) -> str:
    """The era in force in a model year.

    An era counts from the calendar year it came into force (a 1998 car is judged
    by the 1998 rules); years before the first kei standard get the 1949 rules.
    """
    found = eras()[0].id
    for e in eras():
        if e.in_force_from.year <= year:
            found = e.id
    return found


def resolve_era(build: Build, era_id: str | None, use_year: bool, *, own: bool = False) -> str:
    """The era to judge a build by: ``era_id`` if given, else the build's year when
    ``use_year`` is set and the build has one, else (with ``own``) the era the build's
    file says it is judged by (``judged_by``), else the current rules.

    ``own`` is for a build judged on its own (keiconfig evaluate); builds ranked together
    are judged by one era (or each by its year), not each by the rules it chose."""
    if era_id is not None:
        return era(era_id).id
    if use_year and build.year is not None:
        return era_for_year(build.year)
    if own and build.judged_by is not None:
        return era(build.judged_by).id
    return CURRENT_ERA


def agreement_applies(build: Build, era_id: str) -> bool:
    """Whether the 64 PS makers' agreement is checked for this build under this era.

    Eras that carry the agreement in the table apply it; the 1976 era began before the
    agreement did, so there it applies only to cars whose year is 1987 or later.
    """
    e = era(era_id)
    if e.power_agreement_ps is None:
        return False
    if e.in_force_from.year >= AGREEMENT_FROM_YEAR:
        return True
    return build.year is not None and build.year >= AGREEMENT_FROM_YEAR


@functools.lru_cache(maxsize=128)
def _peak_power_ps(build: Build) -> float:
    from keiconfig.core.performance import evaluate

    return float(evaluate(build).power_ps)


def _rule(name: str, value: float, limit: float, unit: str, kind: str = "law") -> RuleCheck:
    return RuleCheck(
        name=name,  # type: ignore[arg-type]
        value=value,
        limit=limit,
        unit=unit,
        ok=value <= limit,
        margin=limit - value,
        kind=kind,  # type: ignore[arg-type]
    )


def check(build: Build, era_id: str = CURRENT_ERA, power_ps: float | None = None) -> Compliance:
    """Judge a build against the rules of one era.

    ``power_ps`` is the build's peak power after cap and overrides; pass it if you
    have already evaluated the build. Otherwise it is computed (lazily, and only when
    the era carries the power agreement).
    """
    e = era(era_id)
    cycle = build.engine.cycle
    checks = [
        _rule("length", build.body.length_mm, e.max_length_mm, "mm"),
        _rule("width", build.body.width_mm, e.max_width_mm, "mm"),
        _rule("height", build.body.height_mm, e.max_height_mm, "mm"),
    ]
    # An electric car has no displacement, so no displacement rule; the 64 PS (47 kW)
    # agreement applies to its motor's maximum output.
    if not build.electric:
        checks.append(
            _rule("displacement", build.engine.displacement_cc, e.max_displacement_cc(cycle), "cc")
        )
    if e.power_agreement_ps is not None and agreement_applies(build, e.id):
        value = _peak_power_ps(build) if power_ps is None else float(power_ps)
        # Judge power as spec sheets state it, to 0.1 PS: a capped curve's peak may
        # come out of the arithmetic as 64.00000000000001.
        value = round(value, 1)
        checks.append(_rule("power", value, e.power_agreement_ps, "PS", kind="agreement"))
    law_ok = all(c.ok for c in checks if c.kind == "law")
    return Compliance(era=e.id, ok=law_ok, checks=tuple(checks))


def agreement_ok(compliance: Compliance) -> bool | None:
    """True/False for the 64 PS agreement check, None when it does not apply."""
    for c in compliance.checks:
        if c.kind == "agreement":
            return c.ok
    return None


def failed_laws(compliance: Compliance) -> tuple[str, ...]:
    """Names of the legal limits the build breaks (the agreement is not law)."""
    return tuple(c.name for c in compliance.checks if c.kind == "law" and not c.ok)
