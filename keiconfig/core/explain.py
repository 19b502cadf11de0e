"""Explanations for a classroom: what limits the car, and how the model works.

Two things a student asks after a run:

* *What holds my car back?* :func:`limit_summary` splits the run's trace into
  phases (traction, engine power, gear changes, rev limiter, drag), tidies away
  blips too short to see, and writes one plain sentence about them, in time order.
  The window shades its speed plot with the same :attr:`LimitSummary.phases`, so the
  sentence and the shading always agree.
* *How does the model get these numbers?* :func:`model_explanation` walks through the
  model with this build's own figures filled in.

Nothing here re-implements physics: figures come from the :class:`Performance`, the
build, the constants file and the physics module's public functions where it has them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from keiconfig.core.results import LIMITS, Limit, Performance, Trace
from keiconfig.core.results import finite_or_none as _finite
from keiconfig.core.text import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from keiconfig.core.build import Build

MIN_BLIP_S: Final = 0.15  # phases shorter than this merge into a neighbour (not shifts)
KMH_PER_MS: Final = 3.6
REFERENCE_KMH: Final = 100.0

# How each limit reads in a sentence: the clause that opens it, and the words used later.
# The words in [brackets] name the limit: the window highlights them in the limit's
# shading colour (the brackets themselves never show).
_OPENING: Final[dict[str, str]] = {
    #: Opens the "what limits it" sentence. Keep [brackets] around the words naming the limit.
    "traction": QT_TRANSLATE_NOOP("explain", "[Wheelspin] limits it"),
    #: Opens the "what limits it" sentence. Keep [brackets] around the words naming the limit.
    "power": QT_TRANSLATE_NOOP("explain", "[Engine power] limits it"),
    #: Opens the "what limits it" sentence. Keep [brackets] around the words naming the limit.
    "shift": QT_TRANSLATE_NOOP("explain", "[Gear changes] hold it back"),
    #: Opens the "what limits it" sentence. Keep [brackets] around the words naming the limit.
    "rev_limit": QT_TRANSLATE_NOOP("explain", "[The rev limiter] holds it back"),
    #: Opens the "what limits it" sentence. Keep [brackets] around the words naming the limit.
    "drag": QT_TRANSLATE_NOOP("explain", "[Air drag] holds it back"),
}
_NOUN: Final[dict[str, str]] = {
    #: A limit later in the sentence, as {limit} in "then {limit} up to {speed}".
    "traction": QT_TRANSLATE_NOOP("explain", "[wheelspin]"),
    #: A limit later in the sentence, as {limit} in "then {limit} up to {speed}".
    "power": QT_TRANSLATE_NOOP("explain", "[engine power]"),
    #: A limit later in the sentence, as {limit} in "then {limit} up to {speed}".
    "shift": QT_TRANSLATE_NOOP("explain", "[gear changes]"),
    #: A limit later in the sentence, as {limit} in "then {limit} up to {speed}".
    "rev_limit": QT_TRANSLATE_NOOP("explain", "[the rev limiter]"),
    #: A limit later in the sentence, as {limit} in "then {limit} up to {speed}".
    "drag": QT_TRANSLATE_NOOP("explain", "[air drag]"),
}
# An electric car has a motor, not an engine, and a speed limiter, not a rev limiter.
_OPENING_ELECTRIC: Final[dict[str, str]] = {
    #: Opens the "what limits it" sentence. Keep [brackets] around the words naming the limit.
    "power": QT_TRANSLATE_NOOP("explain", "[The motor] limits it"),
}
_NOUN_ELECTRIC: Final[dict[str, str]] = {
    #: A limit later in the sentence, as {limit} in "then {limit} up to {speed}".
    "power": QT_TRANSLATE_NOOP("explain", "[the motor]"),
}
# Short labels for legends and tables (see limit_label).
LIMIT_LABELS: Final[dict[str, str]] = {
    "traction": QT_TRANSLATE_NOOP("explain", "Wheelspin (tyre grip)"),
    "power": QT_TRANSLATE_NOOP("explain", "Engine power"),
    "shift": QT_TRANSLATE_NOOP("explain", "Gear change"),
    "rev_limit": QT_TRANSLATE_NOOP("explain", "Rev limiter"),
    "drag": QT_TRANSLATE_NOOP("explain", "Air drag"),
}
_NUMBER_WORDS: Final = (
    QT_TRANSLATE_NOOP("explain", "no"),
    QT_TRANSLATE_NOOP("explain", "one"),
    QT_TRANSLATE_NOOP("explain", "two"),
    QT_TRANSLATE_NOOP("explain", "three"),
    QT_TRANSLATE_NOOP("explain", "four"),
    QT_TRANSLATE_NOOP("explain", "five"),
    QT_TRANSLATE_NOOP("explain", "six"),
    QT_TRANSLATE_NOOP("explain", "seven"),
    QT_TRANSLATE_NOOP("explain", "eight"),
    QT_TRANSLATE_NOOP("explain", "nine"),
    QT_TRANSLATE_NOOP("explain", "ten"),
)


def limit_label(limit: str) -> str:
    """A short label for a limit, for legends and tables (in the user's language)."""
    return translate("explain", LIMIT_LABELS[limit])


@dataclass(frozen=True)
class Phase:
    """A stretch of the run with one limit, from ``t_start`` to ``t_end`` (seconds)."""

    limit: Limit
    t_start: float
    t_end: float
    v_start_kmh: float
    v_end_kmh: float

    @property
    def duration_s(self) -> float:
        return self.t_end - self.t_start


@dataclass(frozen=True)
class LimitSummary:
    """The run's phases, one sentence about them, and each limit's share of the time.

    The sentence is in the user's language (see :mod:`keiconfig.core.text`).
    ``share_by_limit`` has every name of :data:`LIMITS` as a key; the shares are
    fractions of the time to 100 km/h (or of the whole run if the car never gets
    there, see ``share_until_s``) and add up to 1.
    """

    phases: tuple[Phase, ...]
    sentence: str
    share_by_limit: dict[str, float]
    share_until_s: float = 0.0
    # Where the sentence names a limit: (start, end, limit) character spans of
    # ``sentence``, in order (the window highlights them in the limit's colour).
    spans: tuple[tuple[int, int, Limit], ...] = ()
    # What the gearing or the motor does to the run (a tall top gear, a gap, a
    # torque-limited launch...): sentences that follow ``sentence``; "" when none.
    gearing: str = ""


@dataclass(frozen=True)
class Section:
    """One part of the "How the model works" page: a title and plain text (Markdown)."""

    title: str
    text: str


# --------------------------------------------------------------------------- phases


def phases_of(trace: Trace, min_blip_s: float = MIN_BLIP_S) -> tuple[Phase, ...]:
    """Split a trace into phases of one limit each, in time order, without gaps.

    As the model records it, sample ``i``'s limit is what held the car back over the
    step that ended at sample ``i`` (from ``t[i-1]`` to ``t[i]``); a gear change is the
    step of the shift time ending at the sample marked "shift". Phases shorter than
    ``min_blip_s`` are merged into the longer neighbour that is not a gear change;
    gear-change phases are always kept, however short, and so is a final drag or
    rev-limiter phase (it tells how the run ends).
    """
    t = np.asarray(trace.t_s, dtype=np.float64)
    n = int(t.size)
    if n == 0:
        return ()
    lim = np.asarray(trace.limit, dtype=np.int64)
    speed = np.asarray(trace.speed_ms, dtype=np.float64)
    if n == 1:
        v = float(speed[0]) * KMH_PER_MS
        return (Phase(LIMITS[int(lim[0])], float(t[0]), float(t[0]), v, v),)
    steps = lim[1:]  # step k (from sample k to k+1) has the limit of sample k+1
    cuts = np.flatnonzero(steps[1:] != steps[:-1]) + 1
    starts = [0, *(int(c) for c in cuts)]
    ends = [*(int(c) for c in cuts), n - 1]
    shift = LIMITS.index("shift")
    ending = (LIMITS.index("drag"), LIMITS.index("rev_limit"))
    # runs: [limit index, first sample, last sample]
    runs: list[list[int]] = [[int(steps[a]), a, b] for a, b in zip(starts, ends, strict=True)]

    def dur(r: list[int]) -> float:
        return float(t[r[2]] - t[r[1]])

    def coalesce(rs: list[list[int]]) -> list[list[int]]:
        out: list[list[int]] = []
        for r in rs:
            if out and out[-1][0] == r[0]:
                out[-1][2] = r[2]
            else:
                out.append(list(r))
        return out

    changed = True
    while changed and len(runs) > 1:
        changed = False
        work = [list(r) for r in runs]
        out: list[list[int]] = []
        for i, r in enumerate(work):
            last = i == len(work) - 1
            if r[0] == shift or dur(r) >= min_blip_s or (last and r[0] in ending) or len(work) == 1:
                out.append(r)
                continue
            prev = out[-1] if out and out[-1][0] != shift else None
            nxt = work[i + 1] if not last and work[i + 1][0] != shift else None
            if prev is None and nxt is None:
                out.append(r)
                continue
            if nxt is None or (prev is not None and dur(prev) >= dur(nxt)):
                assert prev is not None
                prev[2] = r[2]
            else:
                nxt[1] = r[1]
            changed = True
        runs = coalesce(out)

    return tuple(
        Phase(
            limit=LIMITS[r[0]],
            t_start=float(t[r[1]]),
            t_end=float(t[r[2]]),
            v_start_kmh=float(speed[r[1]]) * KMH_PER_MS,
            v_end_kmh=float(speed[r[2]]) * KMH_PER_MS,
        )
        for r in runs
    )


def _time_to_speed(trace: Trace, kmh: float) -> float | None:
    """The first time the trace reaches ``kmh`` (interpolated), or None."""
    v = np.asarray(trace.speed_ms, dtype=np.float64)
    t = np.asarray(trace.t_s, dtype=np.float64)
    target = kmh / KMH_PER_MS
    hits = np.flatnonzero(v >= target)
    if hits.size == 0:
        return None
    i = int(hits[0])
    if i == 0:
        return float(t[0])
    v0, v1 = float(v[i - 1]), float(v[i])
    frac = 0.0 if v1 == v0 else (target - v0) / (v1 - v0)
    return float(t[i - 1] + frac * (t[i] - t[i - 1]))


def shares(
    phases: Sequence[Phase], until_s: float, start_s: float | None = None
) -> dict[str, float]:
    """Each limit's share of the time from the start to ``until_s`` (shares add up to 1)."""
    out: dict[str, float] = dict.fromkeys(LIMITS, 0.0)
    if not phases:
        return out
    t0 = phases[0].t_start if start_s is None else start_s
    total = until_s - t0
    if total <= 0:
        out[phases[0].limit] = 1.0
        return out
    for p in phases:
        overlap = min(p.t_end, until_s) - max(p.t_start, t0)
        if overlap > 0:
            out[p.limit] += overlap / total
    s = sum(out.values())
    if s > 0:
        out = {k: v / s for k, v in out.items()}
    return out


# --------------------------------------------------------------------------- sentence


def _count_words(n: int) -> str:
    return translate("explain", _NUMBER_WORDS[n]) if 0 <= n < len(_NUMBER_WORDS) else str(n)


def _s(x: float) -> str:
    return f"{x:.1f} s"


def _kmh(x: float) -> str:
    return f"{x:.0f} km/h"


# Private characters that stand for the [brackets] of a translated text while the
# sentence is put together: _OPEN + a character for the limit ... _CLOSE.
_OPEN: Final = "\x02"
_CLOSE: Final = "\x03"
_LIMIT_MARK: Final[dict[str, str]] = {name: chr(0xE000 + i) for i, name in enumerate(LIMITS)}
_MARK_LIMIT: Final[dict[str, Limit]] = {chr(0xE000 + i): name for i, name in enumerate(LIMITS)}


def _marked(text: str, limit: str) -> str:
    """``text`` with its [brackets] turned into private marks for ``limit``."""
    if "[" not in text:
        return text
    return text.replace("[", _OPEN + _LIMIT_MARK[limit]).replace("]", _CLOSE)


def _unmarked(text: str) -> tuple[str, tuple[tuple[int, int, Limit], ...]]:
    """The plain text of a marked one, and the (start, end, limit) spans of its marks."""
    if _OPEN not in text:
        return text.replace(_CLOSE, ""), ()
    out: list[str] = []
    spans: list[tuple[int, int, Limit]] = []
    size = 0
    open_at: tuple[int, Limit] | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == _OPEN and i + 1 < len(text) and text[i + 1] in _MARK_LIMIT:
            open_at = (size, _MARK_LIMIT[text[i + 1]])
            i += 2
            continue
        if ch == _CLOSE:
            if open_at is not None and open_at[0] < size:
                spans.append((open_at[0], size, open_at[1]))
            open_at = None
        elif ch != _OPEN:
            out.append(ch)
            size += 1
        i += 1
    return "".join(out), tuple(spans)


@dataclass
class _Stretch:
    """Consecutive non-shift phases of one limit, with the gear changes inside them."""

    limit: str
    t_start: float
    t_end: float
    v_end_kmh: float
    shift_s: float = 0.0
    shifts: int = 0
    extra: list[Phase] = field(default_factory=list)


def _stretches(phases: Sequence[Phase]) -> tuple[list[_Stretch], float, int]:
    """Group phases into stretches (shifts between two phases of one limit don't split it)."""
    out: list[_Stretch] = []
    shift_s = 0.0
    shifts = 0
    for p in phases:
        if p.limit == "shift":
            shift_s += p.duration_s
            shifts += 1
            continue
        if out and out[-1].limit == p.limit:
            out[-1].t_end = p.t_end
            out[-1].v_end_kmh = p.v_end_kmh
        else:
            out.append(_Stretch(p.limit, p.t_start, p.t_end, p.v_end_kmh))
    return out, shift_s, shifts


def _sentence(
    phases: Sequence[Phase],
    top_speed_kmh: float,
    reaches_reference: bool,
    electric: bool = False,
    limited: bool = False,
) -> str:
    """The "what limits it" sentence, with the limits' words marked (see :func:`_unmarked`).

    Put together from whole clauses, each a template with named fields: the clauses of
    the run in time order, then the gear changes, the top speed and whether the car
    ever reaches 100 km/h.
    """
    if not phases:
        return translate("explain", "There is no run to explain.")
    stretches, shift_s, shifts = _stretches(phases)
    t_last = phases[-1].t_end
    never = ""
    if not reaches_reference:
        #: Ends the "what limits it" sentence of a car that never reaches {speed}.
        never = translate("explain", ", and it never reaches {speed}").format(
            speed=_kmh(REFERENCE_KMH)
        )
    if not stretches:  # nothing but gear changes (a degenerate trace)
        #: Keep [brackets] around the words naming the limit.
        text = translate("explain", "[Gear changes] hold it back all the way{never}.")
        return _marked(text, "shift").format(never=never)
    shift_clause = ""
    if shifts:
        shift_clause = _marked(
            #: Keep [brackets] around the words naming the limit.
            translate("explain", ", with {time} lost to {count} [gear change]")
            if shifts == 1
            #: Keep [brackets] around the words naming the limit.
            else translate("explain", ", with {time} lost to {count} [gear changes]"),
            "shift",
        ).format(time=_s(shift_s), count=_count_words(shifts))

    # The last stretch, if drag or the rev limiter at the end, becomes a top-speed clause.
    final = ""
    body = list(stretches)
    last = body[-1]
    if len(body) > 1 and last.limit in ("drag", "rev_limit"):
        body.pop()
        if last.limit == "drag":
            #: Keep [brackets] around the words naming the limit.
            text = translate("explain", "; near its {speed} top speed, [air drag] holds it back")
        elif electric:
            text = translate(
                "explain",
                #: An electric car's top speed. Keep [brackets] around the words naming the limit.
                "; at its {speed} top speed [the speed limiter] or the motor's top speed holds it",
            )
        elif limited:
            text = translate(
                "explain",
                #: At the maker's speed limiter. Keep [brackets] around the limit's words.
                "; at {speed} [the speed limiter] holds it",
            )
        else:
            text = translate(
                "explain",
                #: Keep [brackets] around the words naming the limit.
                "; at its {speed} top speed it runs out of revs and sits on [the rev limiter]",
            )
        final = _marked(text, last.limit).format(speed=_kmh(top_speed_kmh))

    clauses = ""
    for i, st in enumerate(body):
        at_end = st is body[-1] and not final and math.isclose(st.t_end, t_last)
        if i == 0:
            openings = _OPENING_ELECTRIC if electric and st.limit in _OPENING_ELECTRIC else _OPENING
            opening = _marked(translate("explain", openings[st.limit]), st.limit)
            if at_end:
                #: {opening} is a clause such as "Wheelspin limits it".
                clause = translate("explain", "{opening} all the way").format(opening=opening)
            elif len(body) == 1:
                #: {opening} is a clause such as "Wheelspin limits it".
                clause = translate("explain", "{opening} up to {speed}").format(
                    opening=opening, speed=_kmh(st.v_end_kmh)
                )
            else:
                #: {opening} is a clause such as "Wheelspin limits it".
                clause = translate("explain", "{opening} until {time}").format(
                    opening=opening, time=_s(st.t_end)
                )
            clauses = clause
            continue
        nouns = _NOUN_ELECTRIC if electric and st.limit in _NOUN_ELECTRIC else _NOUN
        limit = _marked(translate("explain", nouns[st.limit]), st.limit)
        if at_end:
            clause = translate("explain", "then {limit} for the rest of the run").format(
                limit=limit
            )
        else:
            clause = translate("explain", "then {limit} up to {speed}").format(
                limit=limit, speed=_kmh(st.v_end_kmh)
            )
        #: Joins the clauses of the "what limits it" sentence, in time order.
        clauses = translate("explain", "{earlier}, {later}").format(earlier=clauses, later=clause)
    return translate(
        "explain",
        #: The whole "what limits it" sentence: {clauses} in time order ("Wheelspin limits
        #: it until 2.1 s, then engine power up to 98 km/h"), then the optional parts
        #: {shifts} (", with 0.7 s lost to two gear changes"), {top_speed} ("; near its
        #: 142 km/h top speed, air drag holds it back") and {never} (", and it never
        #: reaches 100 km/h"), each empty when it does not apply.
        "{clauses}{shifts}{top_speed}{never}.",
    ).format(clauses=clauses, shifts=shift_clause, top_speed=final, never=never)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def limit_summary(performance: Performance, min_blip_s: float = MIN_BLIP_S) -> LimitSummary:
    """Phases of the run and one plain sentence about what limits the car in each."""
    trace = performance.trace
    phases = phases_of(trace, min_blip_s)
    t100 = _finite(getattr(performance, "zero_to_100kmh_s", None))
    t_hit = _time_to_speed(trace, REFERENCE_KMH)
    reaches = t100 is not None or t_hit is not None
    until = t_hit if t_hit is not None else (phases[-1].t_end if phases else 0.0)
    top = _finite(getattr(performance, "top_speed_kmh", None))
    if top is None:
        top = float(np.max(trace.speed_ms)) * KMH_PER_MS if len(trace.speed_ms) else 0.0
    electric = getattr(performance, "electric", None) is not None
    limited = getattr(performance, "unlimited_top_speed_kmh", None) is not None
    sentence, spans = _unmarked(_sentence(phases, top, reaches, electric, limited))
    from keiconfig.core.gearing import why_gearing

    return LimitSummary(
        phases=phases,
        sentence=_capitalised(sentence),
        share_by_limit=shares(phases, until),
        share_until_s=float(until),
        spans=spans,
        gearing=" ".join(v.sentence for v in why_gearing(performance)),
    )


# --------------------------------------------------------------------------- model page


@dataclass(frozen=True)
class Constant:
    """One fitted constant of the model, as the constants file states it."""

    name: str
    value: Any
    unit: str = ""
    description: str = ""


def model_constants() -> tuple[Constant, ...]:
    """The model's fitted constants from ``model_constants.json`` (empty if absent).

    The file is read generically: a mapping of name to a value or to an object with
    ``value`` (and optionally ``unit``, ``description``), or a list of such objects
    with a ``name``; a top-level ``constants`` key is looked into.
    """
    try:
        from keiconfig.core.resources_path import resource_path

        path = resource_path("model_constants.json")
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    return tuple(_constants_from(raw))


_META_KEYS: Final = frozenset(
    {"$schema", "version", "format", "notes", "note", "source", "sources", "comment"}
    | {"description"}
)
# Plain words for the constants the model has now; unknown names are listed as they are.
CONSTANT_WORDS: Final[dict[str, str]] = {
    "shell_kg_per_m2": QT_TRANSLATE_NOOP(
        "explain", "body shell mass per square metre of the car's outer surface (kg/m²)"
    ),
    "equipment_kg_per_m2": QT_TRANSLATE_NOOP(
        "explain",
        "extra mass per square metre that a modern car carries over a 1955 one: crash "
        "structure, airbags, air conditioning, sound deadening (kg/m²)",
    ),
    "frame_kg_per_m2": QT_TRANSLATE_NOOP(
        "explain", "ladder frame mass per square metre of footprint of a four-wheel-drive SUV"
    ),
    "c0": QT_TRANSLATE_NOOP(
        "explain", "engine output law: the basic power per litre per 1000 rpm (as a logarithm)"
    ),
    "c_forced": QT_TRANSLATE_NOOP(
        "explain", "extra output of a turbo or supercharger (as a logarithm)"
    ),
    "c_two_stroke": QT_TRANSLATE_NOOP(
        "explain", "extra output of a two-stroke engine (as a logarithm)"
    ),
    "c_era": QT_TRANSLATE_NOOP(
        "explain", "how much more a modern engine makes than a 1955 one (as a logarithm)"
    ),
    "era_tau_years": QT_TRANSLATE_NOOP(
        "explain", "how many years engines took to get most of the way to modern output"
    ),
    "drivetrain_efficiency": QT_TRANSLATE_NOOP(
        "explain", "share of the engine's power that reaches the wheels"
    ),
    "tyre_mu": QT_TRANSLATE_NOOP(
        "explain", "tyre grip coefficient μ: grip force ÷ load on the tyre"
    ),
    "cd_scale": QT_TRANSLATE_NOOP("explain", "scale on the drag coefficient of each body style"),
    "cd_old": QT_TRANSLATE_NOOP("explain", "drag coefficient of a 1950s body"),
    "shift_time_s": QT_TRANSLATE_NOOP("explain", "time a manual gear change takes (s)"),
}


def _constants_from(raw: Any, prefix: str = "") -> list[Constant]:
    if isinstance(raw, dict) and isinstance(raw.get("constants"), dict | list):
        return _constants_from(raw["constants"], prefix)
    out: list[Constant] = []
    if isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict) and "name" in item:
                out.append(_one_constant(str(item["name"]), item))
        return out
    if not isinstance(raw, dict):
        return out
    for key, val in raw.items():
        if key in _META_KEYS or key.startswith("_"):
            continue
        name = f"{prefix}{key}"
        if isinstance(val, dict) and "value" in val:
            out.append(_one_constant(name, val))
        elif isinstance(val, dict):
            out.extend(_constants_from(val, f"{name}."))
        else:
            out.append(Constant(name=name, value=val))
    return out


def _one_constant(name: str, d: dict[str, Any]) -> Constant:
    desc = d.get("description", d.get("meaning", d.get("doc", "")))
    return Constant(
        name=name,
        value=d.get("value"),
        unit=str(d.get("unit", d.get("units", "")) or ""),
        description=str(desc or ""),
    )


def _fmt_value(v: Any) -> str:
    if isinstance(v, bool):
        return translate("explain", "yes") if v else translate("explain", "no")
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, list | tuple):
        return ", ".join(_fmt_value(x) for x in v)
    if isinstance(v, dict):
        return ", ".join(f"{k} {_fmt_value(x)}" for k, x in v.items())
    return str(v)


def _t(text: str, **fields: Any) -> str:
    """A translated template of the model page with its fields filled."""
    return text.format(**fields) if fields else text


def _weight_section(performance: Performance) -> Section:
    parts = performance.weight_parts
    kerb = f"{performance.kerb_weight_kg:.0f}"
    if performance.weight_pinned:
        text = _t(
            translate(
                "explain",
                "Kerb weight = {kg} kg, pinned by you "
                "(the model's own estimate by part is not used).",
            ),
            kg=kerb,
        )
    elif parts:
        #: one term of the kerb weight sum, e.g. "70 kg engine"
        term = translate("explain", "{kg} kg {part}")
        terms = " + ".join(
            term.format(kg=f"{p.kg:.0f}", part=translate("weight", p.name)) for p in parts
        )
        text = _t(translate("explain", "Kerb weight = {terms} = {kg} kg."), terms=terms, kg=kerb)
        details = [
            "- "
            + _t(
                translate("explain", "{part}: {kg} kg ({detail})"),
                part=translate("weight", p.name),
                kg=f"{p.kg:.0f}",
                detail=p.shown_detail(),
            )
            for p in parts
            if p.detail
        ]
        if details:
            text += "\n\n" + "\n".join(details)
    else:
        text = _t(translate("explain", "Kerb weight = {kg} kg."), kg=kerb)
    text += "\n\n" + _t(
        translate(
            "explain",
            "The model adds up the weight of each part of the car from its size and "
            "equipment. A heavier car needs more force for the same acceleration "
            "(force = mass × acceleration).",
        )
    )
    return Section(_t(translate("explain", "Weight")), text)


def _engine_section(performance: Performance) -> Section:
    c = performance.curve
    lines = [
        _t(
            translate("explain", "Peak power = {ps} PS ({kw} kW) at {rpm} rpm."),
            ps=f"{performance.power_ps:.0f}",
            kw=f"{performance.power_kw:.1f}",
            rpm=f"{c.peak_power_rpm:.0f}",
        ),
        _t(
            translate("explain", "Peak torque = {nm} N·m at {rpm} rpm."),
            nm=f"{performance.torque_nm:.0f}",
            rpm=f"{c.peak_torque_rpm:.0f}",
        ),
        _t(
            translate(
                "explain",
                "Power = torque × engine speed: "
                "P (kW) = T (N·m) × rpm ÷ 9549, and 1 PS = 0.7355 kW.",
            )
        ),
    ]
    if c.capped:
        lines.append(
            _t(
                translate(
                    "explain",
                    "The engine could make {uncapped} PS, but the power cap (or a pinned figure) "
                    "holds it to {capped} PS.",
                ),
                uncapped=f"{c.uncapped_power_ps:.0f}",
                capped=f"{c.peak_power_ps:.0f}",
            )
        )
    if performance.power_pinned:
        lines.append(_t(translate("explain", "The power figure is pinned by you.")))
    if performance.torque_pinned:
        lines.append(_t(translate("explain", "The torque figure is pinned by you.")))
    lines.append(
        _t(
            translate("explain", "Power-to-weight = {ps} PS ÷ {tonnes} t = {ratio} PS per tonne."),
            ps=f"{performance.power_ps:.0f}",
            tonnes=f"{performance.kerb_weight_kg / 1000:.3f}",
            ratio=f"{performance.power_to_weight_ps_per_tonne:.0f}",
        )
    )
    return Section(_t(translate("explain", "Engine")), "\n\n".join(lines))


def _gearing_section(build: Build | None, performance: Performance) -> Section:
    ratios = performance.gear_ratios
    cvt = build is not None and build.drivetrain.transmission == "cvt"
    if cvt and len(ratios) >= 2:
        text = _t(
            translate(
                "explain",
                "A CVT varies its ratio smoothly from {low} to {high}, so the engine can stay "
                "near its best speed and there are no gear changes.",
            ),
            low=f"{ratios[0]:.2f}",
            high=f"{ratios[-1]:.2f}",
        )
    elif ratios:
        text = _t(
            translate("explain", "Gear ratios: {ratios}."),
            ratios=", ".join(f"{r:.2f}" for r in ratios),
        )
    else:
        text = _t(translate("explain", "No gear ratios are known."))
    text += " " + _t(
        translate(
            "explain",
            "Final drive: {final}. The force at the driving wheels = engine torque × gear ratio "
            "× final drive ÷ tyre radius (less driveline losses).",
        ),
        final=f"{performance.final_drive:.2f}",
    )
    return Section(_t(translate("explain", "Gearing")), text)


#: Which wheels drive, in the tyre grip sentence ("... on the {wheels} wheels").
_WHEELS: Final[dict[str, str]] = {
    "fwd": QT_TRANSLATE_NOOP("explain", "front"),
    "rwd": QT_TRANSLATE_NOOP("explain", "rear"),
    "awd": QT_TRANSLATE_NOOP("explain", "all four"),
}


def _forces_lines(build: Build, performance: Performance) -> list[str]:
    """The model's force equations evaluated for this build, from the physics
    module's own public functions and constants (nothing is re-derived here)."""
    from keiconfig.core import chassis, dynamics
    from keiconfig.core.performance import load_constants

    k = load_constants().dynamics
    g = dynamics.G
    rho = dynamics.RHO_AIR
    m = performance.kerb_weight_kg + dynamics.TEST_LOAD_KG
    cda = dynamics.drag_area_m2(build, k)
    v = REFERENCE_KMH / KMH_PER_MS
    drag = 0.5 * rho * cda * v * v
    roll = dynamics.CRR * m * g
    lines = [
        _t(
            translate(
                "explain",
                "Drag force at 100 km/h = ½·ρ·Cd·A·v² = ½ × {rho} kg/m³ × {cda} m² (Cd·A) × "
                "({v} m/s)² = {drag} N. It grows with the square of speed: little when pulling "
                "away, and it decides the top speed.",
            ),
            rho=f"{rho:g}",
            cda=f"{cda:.2f}",
            v=f"{v:.1f}",
            drag=f"{drag:.0f}",
        ),
        _t(
            translate(
                "explain",
                "Rolling resistance = Crr × m × g = {crr} × {m} kg × {g} m/s² = {roll} N (the "
                "kerb weight plus {driver} kg for the driver).",
            ),
            crr=f"{dynamics.CRR:g}",
            m=f"{m:.0f}",
            g=f"{g:g}",
            roll=f"{roll:.0f}",
            driver=f"{dynamics.TEST_LOAD_KG:.0f}",
        ),
    ]
    driven = build.drivetrain.driven
    share = 1.0 if driven == "awd" else dynamics.front_share(build)
    if driven == "rwd":
        share = 1.0 - share
    # The grip the run uses: the fitted μ with the tyres' load sensitivity.
    mu = chassis.tyre_mu(build, m, k)
    grip = mu * m * g * share
    lines.append(
        _t(
            translate(
                "explain",
                "Tyre grip limit = μ × load on the driven wheels = {mu} × {m} kg × {g} m/s² × "
                "{share} on the {wheels} wheels ≈ {grip} N standing still. As the car speeds "
                "up, load moves to the rear wheels, which helps rear-wheel drive and hurts "
                "front-wheel drive.",
            ),
            mu=f"{mu:.2f}",
            m=f"{m:.0f}",
            g=f"{g:g}",
            share=f"{share:.0%}",
            wheels=translate("explain", _WHEELS[driven]),
            grip=f"{grip:.0f}",
        )
    )
    ratios = performance.gear_ratios
    if ratios:
        r = dynamics.tyre_radius_m(build)
        eta = dynamics.efficiency(build, k)
        overall = ratios[0] * performance.final_drive
        force = performance.torque_nm * overall * eta / r
        lines.append(
            _t(
                translate(
                    "explain",
                    "Force at the wheels in the lowest gear = torque × gear ratio × final drive "
                    "× efficiency ÷ tyre radius = {nm} N·m × {ratio} × {final} × {eta} ÷ {r} m ≈ "
                    "{force} N at peak torque. When this is more than the grip limit, the wheels "
                    "spin.",
                ),
                nm=f"{performance.torque_nm:.0f}",
                ratio=f"{ratios[0]:.2f}",
                final=f"{performance.final_drive:.2f}",
                eta=f"{eta:.2f}",
                r=f"{r:.3f}",
                force=f"{force:.0f}",
            )
        )
    vmax = performance.top_speed_kmh / KMH_PER_MS
    if vmax > 0:
        need_kw = (0.5 * rho * cda * vmax**3 + dynamics.CRR * m * g * vmax) / 1000.0
        lines.append(
            _t(
                translate(
                    "explain",
                    "At the {speed} km/h top speed, drag and rolling take (½·ρ·Cd·A·v² + Crr·m·g) "
                    "× v = {need} kW; the engine's {kw} kW less driveline losses can give no "
                    "more (or the engine reaches its redline in top gear).",
                ),
                speed=f"{performance.top_speed_kmh:.0f}",
                need=f"{need_kw:.1f}",
                kw=f"{performance.power_kw:.1f}",
            )
        )
    return lines


def _forces_section(build: Build | None, performance: Performance) -> Section:
    lines: list[str] = []
    if build is not None:
        try:
            lines = _forces_lines(build, performance)
        except Exception:  # the physics module changed shape: show the general equations
            lines = []
    if not lines:
        lines = [
            _t(
                translate(
                    "explain",
                    "Drag force = ½·ρ·Cd·A·v²: it grows with the square of speed, so it matters "
                    "little when pulling away and decides the top speed.",
                )
            ),
            _t(
                translate(
                    "explain",
                    "Tyre grip limit = μ × load on the driven wheels: the tyres can push the car "
                    "only so hard before they spin.",
                )
            ),
        ]
    lines.append(
        _t(
            translate(
                "explain",
                "At each instant the car accelerates with (driving force − drag − rolling "
                "resistance) ÷ mass, where the driving force is the smaller of what the engine "
                "delivers through the gears and what the tyres can grip. The plot's shading "
                "shows which one it is.",
            )
        )
    )
    return Section(_t(translate("explain", "Forces")), "\n\n".join(lines))


#: The title of the run section (the page hides it while Guess First hides the times).
RUN_TITLE: Final = QT_TRANSLATE_NOOP("explain", "The run")


def _run_section(performance: Performance) -> Section:
    def t(x: float | None) -> str:
        f = _finite(x)
        return (
            translate("explain", "never")
            if f is None
            else _t(translate("explain", "{s} s"), s=f"{f:.1f}")
        )

    summary = limit_summary(performance)
    lines = [
        _t(
            translate(
                "explain",
                "0-100 km/h: {t100}; 0-60 mph: {t60mph}; 400 m: {t400}; quarter mile: {tqm}; "
                "top speed: {top} km/h.",
            ),
            t100=t(performance.zero_to_100kmh_s),
            t60mph=t(performance.zero_to_60mph_s),
            t400=t(performance.standing_400m_s),
            tqm=t(performance.quarter_mile_s),
            top=f"{performance.top_speed_kmh:.0f}",
        ),
        summary.sentence,
    ]
    return Section(translate("explain", RUN_TITLE), "\n\n".join(lines))


def _constants_section() -> Section | None:
    consts = model_constants()
    if not consts:
        return None
    rows = []
    for c in consts:
        unit = f" {c.unit}" if c.unit else ""
        words = c.description or CONSTANT_WORDS.get(c.name.rsplit(".", 1)[-1], "")
        desc = f": {translate('explain', words)}" if words else ""
        rows.append(f"- {c.name} = {_fmt_value(c.value)}{unit}{desc}")
    text = (
        _t(
            translate(
                "explain",
                "These numbers were fitted so that the model matches "
                "the published figures of real kei cars:",
            )
        )
        + "\n\n"
        + "\n".join(rows)
    )
    return Section(_t(translate("explain", "Fitted constants")), text)


LEFT_OUT: Final = QT_TRANSLATE_NOOP(
    "explain",
    "The model is simple on purpose. It leaves out: the driver (launch technique, "
    "reaction time), road slope and wind, weather and temperature, tyre wear and "
    "tyre type, clutch slip beyond a fixed gear-change time, turbo lag, engine "
    "wear and fuel quality, load shifting between the wheels as the car "
    "accelerates beyond a simple estimate, and the extra weight of passengers "
    "and luggage. Its figures are estimates for comparing builds, not measurements.",
)


def model_explanation(build: Build | None, performance: Performance) -> list[Section]:
    """The "How the model works" page, with this build's own numbers filled in (in the
    user's language: see :mod:`keiconfig.core.text`)."""
    sections = [
        _weight_section(performance),
        _engine_section(performance),
        _gearing_section(build, performance),
    ]
    sections.append(_forces_section(build, performance))
    sections.append(_run_section(performance))
    consts = _constants_section()
    if consts is not None:
        sections.append(consts)
    sections.append(
        Section(
            _t(translate("explain", "What the model leaves out")), translate("explain", LEFT_OUT)
        )
    )
    return sections


def model_explanation_markdown(build: Build | None, performance: Performance) -> str:
    """The same page as one Markdown text."""
    return "\n\n".join(f"## {s.title}\n\n{s.text}" for s in model_explanation(build, performance))
