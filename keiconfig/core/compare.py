"""Side-by-side comparison of up to four builds, as table data for the window.

Each :class:`Row` holds one figure for every build, which build(s) are best at it,
and the difference of each build from the first. A time the car never achieves
(it cannot reach that speed or distance) is ``None`` and counts as the worst.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final, Literal

from keiconfig.core.results import Performance
from keiconfig.core.results import finite_or_none as _number
from keiconfig.core.text import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from keiconfig.core.build import Build

MAX_BUILDS: Final = 4

Better = Literal["lower", "higher"]
Value = float | bool | None
Evaluator = Callable[["Build"], Performance]


@dataclass(frozen=True)
class Row:
    """One figure across the compared builds.

    ``best`` holds the column indexes of the best value (several on a tie at the
    shown precision; empty when all columns are equal, or there is one column).
    ``deltas`` are value − first column's value, both as shown (rounded to ``decimals``),
    so a difference is the one a person reads off the two figures (``None`` when either
    is unknown or the figure is yes/no); ``best`` too compares the figures as shown.
    ``decimals`` is the precision the figure is shown at.
    ``label`` is for people, in the user's language; ``field`` is the stable id.
    ``without_limiter`` (the top speed only) holds, for each build a speed limiter holds,
    the speed it would reach without it (None where no limiter holds it).
    """

    field: str
    label: str
    unit: str
    values: tuple[Value, ...]
    best: tuple[int, ...]
    better: Better
    deltas: tuple[float | None, ...]
    decimals: int = 1
    without_limiter: tuple[float | None, ...] = ()

    def limited(self, column: int) -> bool:
        """Whether a speed limiter holds this build's figure (the top speed)."""
        return column < len(self.without_limiter) and self.without_limiter[column] is not None

    @property
    def best_index(self) -> int | None:
        """The single best column, or None when there is no single best."""
        return self.best[0] if len(self.best) == 1 else None

    def is_best(self, column: int) -> bool:
        return column in self.best


@dataclass(frozen=True)
class ComparisonTable:
    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def row(self, field: str) -> Row:
        for r in self.rows:
            if r.field == field:
                return r
        raise KeyError(f"no comparison row {field!r}")


@dataclass(frozen=True)
class _Spec:
    field: str
    label: str
    unit: str
    better: Better
    decimals: int
    # Rows showing one figure in two units (power in PS and in kW) share a name here:
    # their stars are decided together (see _same_figure_best).
    figure: str = ""


ROWS: Final[tuple[_Spec, ...]] = (
    _Spec("kerb_weight_kg", QT_TRANSLATE_NOOP("compare", "Kerb weight"), "kg", "lower", 0),
    _Spec("power_ps", QT_TRANSLATE_NOOP("compare", "Power"), "PS", "higher", 0, "power"),
    _Spec("power_kw", QT_TRANSLATE_NOOP("compare", "Power"), "kW", "higher", 1, "power"),
    _Spec("torque_nm", QT_TRANSLATE_NOOP("compare", "Torque"), "N·m", "higher", 0),
    _Spec(
        "power_to_weight_ps_per_tonne",
        QT_TRANSLATE_NOOP("compare", "Power-to-weight"),
        "PS/t",
        "higher",
        0,
    ),
    _Spec("zero_to_60mph_s", QT_TRANSLATE_NOOP("compare", "0–60 mph"), "s", "lower", 1),
    _Spec("zero_to_100kmh_s", QT_TRANSLATE_NOOP("compare", "0–100 km/h"), "s", "lower", 1),
    _Spec("quarter_mile_s", QT_TRANSLATE_NOOP("compare", "Quarter mile"), "s", "lower", 1),
    _Spec("standing_400m_s", QT_TRANSLATE_NOOP("compare", "400 m"), "s", "lower", 1),
    _Spec("top_speed_kmh", QT_TRANSLATE_NOOP("compare", "Top speed"), "km/h", "higher", 0),
    # electric builds only: the row is shown when one of the builds is electric
    _Spec("wltc_range_km", QT_TRANSLATE_NOOP("compare", "WLTC range"), "km", "higher", 0),
    _Spec("compliance_ok", QT_TRANSLATE_NOOP("compare", "Kei-legal"), "", "higher", 0),
)


# The times a language that quotes the 400 m and 0-100 km/h (Japanese: ゼロヨン) leaves out,
# as its dashboard and speed plot do: miles meant nothing in a Japanese class's table.
MILE_TIMES: Final = ("zero_to_60mph_s", "quarter_mile_s")


def metric_times_only() -> bool:
    """Whether the table leaves out the times in miles (0-60 mph, the quarter mile): a
    choice of the translation."""
    #: Which standing-start times the comparison shows: translate as "400 m first" where
    #: magazines quote the 400 m and 0-100 km/h only (Japanese: no 0-60 mph or quarter
    #: mile row), else keep "quarter mile first".
    return translate("compare", "quarter mile first") == "400 m first"


def figure_decimals(field: str) -> int:
    """The decimals a build's figure (a ``Performance`` field) is written with wherever
    people read it, its row's here: as the dashboard's card (a time to 0.1 s, a weight to
    the kg), the Comparison, the explorer and the command line."""
    for row in ROWS:
        if row.field == field:
            return row.decimals
    return 1 if field.endswith("_s") else 0


def figure_label(field: str) -> str:
    """A build's figure named as its dashboard card and its Comparison row name it, in the
    user's language, its unit left to the value beside it: "0–100 km/h" (Japanese
    "0-100km/h加速") before "10.7 s"; a figure with no row, its id."""
    for row in ROWS:
        if row.field == field:
            return translate("compare", row.label)
    return field


def figure_shown(value: float, field: str) -> float:
    """A figure's ``value`` as it is shown (:func:`figure_decimals`)."""
    return shown(value, figure_decimals(field))


def free_speed_decimals(limited: float, free: float, decimals: int) -> int:
    """The decimals the top speed without the limiter is written with beside the limited
    one (``decimals``, the figure's own), so the two read apart: one more where at the
    figure's own they are the same. A CVT on a 4.5 final drive reaches 140.4 km/h without
    the 140 km/h limiter, and its card said "140 km/h, limited; about 140 without the
    limiter"; it says "about 140.4" now."""
    same = shown(free, decimals) == shown(limited, decimals)
    return decimals + 1 if same else decimals


def shown(value: float, decimals: int) -> float:
    """``value`` as the table shows it at ``decimals`` places (as keiconfig.ui.format's
    ``number`` writes it: a whole number rounds half away from zero)."""
    if decimals == 0:
        return math.floor(abs(value) + 0.5) * (1.0 if value >= 0 else -1.0)
    return float(f"{value:.{decimals}f}")


def _best(
    values: Sequence[Value], better: Better, decimals: int, among_known: bool = False
) -> tuple[int, ...]:
    """The columns of the best value. ``among_known``: a missing value is not a figure
    to beat (a petrol car has no WLTC range), so the best is marked only where two
    known values differ."""

    def key(v: Value) -> float | None:
        if isinstance(v, bool):
            return 1.0 if v else 0.0
        n = _number(v)
        return None if n is None else shown(n, decimals)

    keys = [key(v) for v in values]
    if len(set(keys)) < 2:  # nothing to tell apart
        return ()
    known = [k for k in keys if k is not None]
    if not known or (among_known and len(set(known)) < 2):
        return ()
    target = min(known) if better == "lower" else max(known)
    return tuple(i for i, k in enumerate(keys) if k == target)


def _top(values: Sequence[Value], better: Better, decimals: int) -> set[int]:
    """The columns of the best value as shown, all of them when all are equal."""
    best = _best(values, better, decimals)
    if best:
        return set(best)
    return {i for i, v in enumerate(values) if _number(v) is not None}


def _same_figure_best(rows: list[Row], specs: list[_Spec]) -> list[Row]:
    """One figure in two units is starred alike in both. Each unit rounds on its own
    grid, so two cars' 64 PS and 64 PS were 47.1 and 47.0 kW: the PS row said equal and
    the kW row starred one. Two columns equal as shown in either unit are equal in both:
    the best of the figure is every column best in some unit, and no star at all when
    that is every column (a tie)."""
    groups: dict[str, list[int]] = {}
    for i, spec in enumerate(specs):
        if spec.figure:
            groups.setdefault(spec.figure, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        top: set[int] = set()
        for i in members:
            top |= _top(rows[i].values, rows[i].better, rows[i].decimals)
        known = {c for c, v in enumerate(rows[members[0]].values) if _number(v) is not None}
        best = () if top >= known else tuple(sorted(top))
        for i in members:
            rows[i] = replace(rows[i], best=best)
    return rows


def _deltas(values: Sequence[Value], decimals: int) -> tuple[float | None, ...]:
    """Each value − the first, of the figures as shown: 1,056 kg then 848 kg is −208,
    not the −209 of the unrounded 1,056.4 and 847.7, which a person cannot check."""
    if not values:
        return ()
    first = values[0]
    if isinstance(first, bool):
        return tuple(None for _ in values)
    f = _number(first)
    out: list[float | None] = []
    for v in values:
        n = None if isinstance(v, bool) else _number(v)
        out.append(None if f is None or n is None else shown(n, decimals) - shown(f, decimals))
    return tuple(out)


def _default_evaluator() -> Evaluator:
    from keiconfig.core import performance

    return performance.evaluate


def compare_results(
    entries: Sequence[tuple[str, Performance, bool | None]],
) -> ComparisonTable:
    """The table from already-evaluated builds: ``(name, performance, compliance_ok)``.

    ``compliance_ok`` may be ``None`` (unknown).
    """
    if len(entries) > MAX_BUILDS:
        raise ValueError(f"at most {MAX_BUILDS} builds can be compared, not {len(entries)}")
    rows: list[Row] = []
    specs: list[_Spec] = []
    electric = any(perf.electric is not None for _, perf, _ in entries)
    metric = metric_times_only()
    for spec in ROWS:
        values: list[Value]
        if spec.field == "wltc_range_km" and not electric:
            continue
        if metric and spec.field in MILE_TIMES:
            continue
        if spec.field == "compliance_ok":
            values = [ok for _, _, ok in entries]
        else:
            values = [_number(getattr(perf, spec.field, None)) for _, perf, _ in entries]
        rows.append(
            Row(
                field=spec.field,
                label=translate("compare", spec.label),
                unit=spec.unit,
                values=tuple(values),
                # An electric car's range is not "best" beside petrol cars that have none
                best=_best(
                    values, spec.better, spec.decimals, among_known=spec.field == "wltc_range_km"
                ),
                better=spec.better,
                deltas=_deltas(values, spec.decimals),
                decimals=spec.decimals,
                without_limiter=tuple(
                    _number(perf.unlimited_top_speed_kmh) for _, perf, _ in entries
                )
                if spec.field == "top_speed_kmh"
                else (),
            )
        )
        specs.append(spec)
    rows = _same_figure_best(rows, specs)
    return ComparisonTable(columns=tuple(name for name, _, _ in entries), rows=tuple(rows))


def compare(
    builds: Sequence[tuple[str, Build]],
    *,
    era_id: str | None = None,
    evaluate: Evaluator | None = None,
) -> ComparisonTable:
    """Compare up to four named builds on every figure.

    Compliance is judged by ``era_id`` for every build, or, when it is None, each
    build by the rules of its own year (current rules if it has none).
    """
    from keiconfig.core import regulations

    if len(builds) > MAX_BUILDS:
        raise ValueError(f"at most {MAX_BUILDS} builds can be compared, not {len(builds)}")
    ev = evaluate or _default_evaluator()
    entries: list[tuple[str, Performance, bool | None]] = []
    for name, build in builds:
        perf = ev(build)
        era = regulations.resolve_era(build, era_id, use_year=True)
        ok = regulations.check(build, era, power_ps=round(perf.power_ps, 1)).ok
        entries.append((name, perf, ok))
    return compare_results(entries)
