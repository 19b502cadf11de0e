"""Where a search's answer sits against the ranges it searched.

A best build at or near the end of a number's range (the smallest body the range allows, the
highest redline) is where the range stopped the search, not where the model or the rules
did: past it there may be a better build. And a field of the open build outside its range
(a 1991 car explored under the rules from 1998, whose model years start in 1998) is one
the search cannot reach, so its best can be worse than the open build. The explorer says
both in words (:func:`edges_sentence`), in the window and ``keiconfig explore``.

Only numbers count: a choice (the body style, the gearbox) has no end to search past.
A model year at an end of the era's own years is left out: the rules, not the range,
stop it there; and a power cap the engine does not reach (117 PS on a 63 PS engine): it
limits nothing, so no cap past it makes a different car.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from keiconfig.core.explore_space import cap_unreached, era_years, value_of
from keiconfig.core.text import sentences, translate

if TYPE_CHECKING:
    from keiconfig.core.build import Build
    from keiconfig.core.explore_search import SearchResult
    from keiconfig.core.explore_space import Space

# A value within this share of its range's width from an end is near that end: the
# optimiser's builds, in a budget of a few thousand, come close to a bound that stops
# them, seldom onto it (the Cappuccino under the 1990 rules: 2,613 mm of 2,500 to 3,600,
# 1,234 of 1,200 to 1,600 mm wide, 1,077 of 1,000 to 2,000 mm high).
EDGE_SHARE: Final = 0.10


@dataclass(frozen=True)
class Edge:
    """A varied number of a build against its range: ``value`` in ``lo`` to ``hi``."""

    path: str
    label: str  # the field's name, in the user's language
    value: float
    lo: float
    hi: float

    def text(self) -> str:
        """``"length (mm) 2516 (2500 to 3600)"``."""
        return translate("explore", "{field} {value} ({lo} to {hi})").format(
            field=self.label, value=_g(self.value), lo=_g(self.lo), hi=_g(self.hi)
        )


def _listed(edges: tuple[Edge, ...]) -> str:
    return translate("explore", ", ").join(e.text() for e in edges)  # ja: 、


def _g(x: float) -> str:
    return f"{x:g}"


def _numbers(space: Space, build: Build) -> list[Edge]:
    out = []
    for v in space.variables:
        if v.kind == "choice":
            continue
        if v.path == "drivetrain.gears" and build.drivetrain.transmission == "cvt":
            continue  # a CVT has no gears to count
        value = value_of(build, v.path)
        if value is None or isinstance(value, bool):
            continue
        label = translate("explore", v.label) if v.label else v.path
        out.append(Edge(v.path, label, float(value), v.lo, v.hi))
    return out


def at_edges(space: Space, build: Build, era_id: str | None = None) -> tuple[Edge, ...]:
    """The varied numbers of ``build`` (a point of ``space``) at or near an end of their
    range (within :data:`EDGE_SHARE` of its width); with ``era_id``, not a model year
    at an end of that era's years."""
    years = era_years(era_id) if era_id is not None else None
    out = []
    for e in _numbers(space, build):
        width = e.hi - e.lo
        if width <= 0.0:
            continue  # a range of one value has no end to search past
        if e.path == "year" and years is not None and (e.lo, e.hi) == tuple(map(float, years)):
            continue
        if e.path == "engine.power_cap_ps" and cap_unreached(build):
            continue  # a cap the engine does not reach limits nothing: no better build past it
        near = EDGE_SHARE * width
        if e.value <= e.lo + near or e.value >= e.hi - near:
            out.append(e)
    return tuple(out)


def outside(space: Space, build: Build) -> tuple[Edge, ...]:
    """The varied numbers of ``build`` (the open build) outside their range."""
    return tuple(e for e in _numbers(space, build) if not e.lo <= e.value <= e.hi)


def edges_sentence(result: SearchResult, base: Build) -> str:
    """What the window and the CLI say of ``result`` against its ranges ("" if nothing):
    the best build's numbers at or near an end of their range, and the open build ``base``'s
    numbers outside theirs."""
    space = result.problem.space
    parts = []
    if result.best:
        ends = at_edges(space, result.best[0].build, result.problem.rules.era)
        if ends:
            parts.append(
                translate(
                    "explore",
                    "The best build is at or near an end of the range searched for {fields}: "
                    "a wider range may find a better build past it.",
                ).format(fields=_listed(ends))
            )
    out = outside(space, base)
    if out:
        parts.append(
            translate(
                "explore",
                "The build searched from is outside the range searched for {fields}: the "
                "search could not reach that build itself.",
            ).format(fields=_listed(out))
        )
    return sentences(parts)
