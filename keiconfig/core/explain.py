"""What limits the car: the sentence a student reads after a run.

*What holds my car back?* :func:`limit_summary` splits the run's trace into phases
(traction, engine power, gear changes, rev limiter, drag), tidies away blips too short to
see, and writes one plain sentence about them, in time order. The window shades its speed
plot with the same :attr:`LimitSummary.phases`, so the sentence and the shading always
agree. (*How does the model get these numbers?* is :mod:`keiconfig.core.model_explanation`.)

Nothing here re-implements physics: figures come from the :class:`Performance`, the
build, the constants file and the physics module's public functions where it has them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

import numpy as np

from keiconfig.core.results import LIMITS, Limit, Performance, Trace
from keiconfig.core.results import finite_or_none as _finite
from keiconfig.core.text import QT_TRANSLATE_NOOP, seconds, translate, translate_n
from keiconfig.core.units import KMH_PER_MS

MIN_BLIP_S: Final = 0.15  # phases shorter than this merge into a neighbour (not shifts)
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
# A drive never taken up (``Performance.slip_at_top``): from the first moment in the gear
# it ends in, the clutch (or torque converter) slips, the engine held at its launch rpm,
# so what pulls the car is the engine's torque there through a slipping clutch, not its
# power; the "power" stretches of that part of the run are named for the slipping device.
_OPENING_SLIP: Final[dict[str, str]] = {
    #: Opens the "what limits it" sentence of a car whose gearing is too tall for the clutch
    #: ever to take up the drive. Keep [brackets] around the words naming the limit.
    "clutch": QT_TRANSLATE_NOOP("explain", "[The slipping clutch] limits it"),
    #: Opens the "what limits it" sentence of a car whose gearing is too tall for the torque
    #: converter ever to couple. Keep [brackets] around the words naming the limit.
    "converter": QT_TRANSLATE_NOOP("explain", "[The slipping torque converter] limits it"),
}
_NOUN_SLIP: Final[dict[str, str]] = {
    #: A limit later in the sentence, as {limit} in "then {limit} up to {speed}": a clutch
    #: that never takes up the drive.
    "clutch": QT_TRANSLATE_NOOP("explain", "[the slipping clutch]"),
    #: A limit later in the sentence, as {limit} in "then {limit} up to {speed}": a torque
    #: converter that never couples.
    "converter": QT_TRANSLATE_NOOP("explain", "[the slipping torque converter]"),
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
            before = out[-1] if out and out[-1][0] != shift else None
            after = work[i + 1] if not last and work[i + 1][0] != shift else None
            if before is None and after is None:
                out.append(r)
                continue
            if after is None or (before is not None and dur(before) >= dur(after)):
                assert before is not None
                before[2] = r[2]
            else:
                after[1] = r[1]
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
    return seconds(x)


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


# A mark's opening (with its limit's character, if it has one) or its close.
_MARK_TOKEN: Final = re.compile(
    f"{re.escape(_OPEN)}([{''.join(re.escape(c) for c in _MARK_LIMIT)}])?|{re.escape(_CLOSE)}"
)


def _unmarked(text: str) -> tuple[str, tuple[tuple[int, int, Limit], ...]]:
    """The plain text of a marked one, and the (start, end, limit) spans of its marks."""
    if _OPEN not in text:
        return text.replace(_CLOSE, ""), ()
    out: list[str] = []
    spans: list[tuple[int, int, Limit]] = []
    size = 0
    open_at: tuple[int, Limit] | None = None
    last = 0
    for token in _MARK_TOKEN.finditer(text):
        plain = text[last : token.start()]
        out.append(plain)
        size += len(plain)
        last = token.end()
        if token.group(0) == _CLOSE:
            if open_at is not None and open_at[0] < size:
                spans.append((open_at[0], size, open_at[1]))
            open_at = None
        elif token.group(1) is not None:
            open_at = (size, _MARK_LIMIT[token.group(1)])
        # (an opening without a limit's character is dropped)
    out.append(text[last:])
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


def _stretches(
    phases: Sequence[Phase], split_s: float | None = None
) -> tuple[list[_Stretch], float, int]:
    """Group phases into stretches (shifts between two phases of one limit don't split it;
    a phase starting at ``split_s`` or later never joins a stretch that started before)."""
    out: list[_Stretch] = []
    shift_s = 0.0
    shifts = 0
    for p in phases:
        if p.limit == "shift":
            shift_s += p.duration_s
            shifts += 1
            continue
        split = (
            split_s is not None and out[-1].t_start < split_s - 1e-9 <= p.t_start if out else False
        )
        if out and out[-1].limit == p.limit and not split:
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
    slip: tuple[str, float] | None = None,
    motor_limited: bool = False,
) -> str:
    """The "what limits it" sentence, with the limits' words marked (see :func:`_unmarked`).

    ``slip``: (device, time) when the drive is never taken up: the engine-limited
    stretches from that time on are the slipping clutch's (or converter's).

    Put together from whole clauses, each a template with named fields: the clauses of
    the run in time order, then the gear changes, the top speed and whether the car
    ever reaches 100 km/h.
    """
    if not phases:
        return translate("explain", "There is no run to explain.")
    stretches, shift_s, shifts = _stretches(phases, slip[1] if slip is not None else None)
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
            #: Keep [brackets] around the words naming the limit. {count} is the number
            #: in words ("two"); a translation may give the figure (%n) instead.
            translate_n(", with {time} lost to {count} [gear change(s)]", "", shifts),
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
        elif electric and not limited:
            #: An electric car at its motor's highest speed (no limiter holds it). Keep
            #: [brackets] around the words naming the limit.
            text = translate(
                "explain",
                "; at its {speed} top speed the motor is at [its highest speed]",
            )
        elif motor_limited:
            #: An electric car held by its motor's own speed limit (the Sakura's 130
            #: km/h, the maker's top speed), not the kei 140 km/h speed limiter. Keep
            #: [brackets] around the limit's words.
            text = translate(
                "explain",
                "; at {speed} [the motor's own speed limit] holds it",
            )
        elif limited:
            #: At the maker's speed limiter. Keep [brackets] around the limit's words.
            text = translate(
                "explain",
                "; at {speed} [the speed limiter] holds it",
            )
        else:
            #: Keep [brackets] around the words naming the limit.
            text = translate(
                "explain",
                "; at its {speed} top speed it runs out of revs and sits on [the rev limiter]",
            )
        final = _marked(text, last.limit).format(speed=_kmh(top_speed_kmh))

    clauses = ""
    for i, st in enumerate(body):
        at_end = st is body[-1] and not final and math.isclose(st.t_end, t_last)
        slipping = slip is not None and st.limit == "power" and st.t_start >= slip[1] - 1e-9
        if i == 0:
            openings = _OPENING_ELECTRIC if electric and st.limit in _OPENING_ELECTRIC else _OPENING
            words = _OPENING_SLIP[slip[0]] if slip is not None and slipping else openings[st.limit]
            opening = _marked(translate("explain", words), st.limit)
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
        noun = _NOUN_SLIP[slip[0]] if slip is not None and slipping else nouns[st.limit]
        limit = _marked(translate("explain", noun), st.limit)
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
    #: The whole "what limits it" sentence: {clauses} in time order ("Wheelspin limits
    #: it until 2.1 s, then engine power up to 98 km/h"), then the optional parts
    #: {shifts} (", with 0.7 s lost to two gear changes"), {top_speed} ("; near its
    #: 142 km/h top speed, air drag holds it back") and {never} (", and it never
    #: reaches 100 km/h"), each empty when it does not apply.
    return translate(
        "explain",
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
    ev = getattr(performance, "electric", None)
    electric = ev is not None
    limited = getattr(performance, "unlimited_top_speed_kmh", None) is not None
    motor_limited = False
    if ev is not None and ev.speed_limit_kmh is not None:
        # The maker's limiter set on the motor (the Sakura's 130 km/h) holds it there: the
        # sentence names it, not the kei speed limiter (140 km/h, the Drivetrain's), which
        # the window shows "On" too (the card and the model page say the same).
        motor_limited = top >= ev.speed_limit_kmh - 0.5
        limited = limited or motor_limited
    slip: tuple[str, float] | None = None
    at_top = getattr(performance, "slip_at_top", None)
    if at_top is not None:
        # Speed only rises within a gear, so a clutch still slipping at top speed slipped
        # from the first moment of that gear.
        in_gear = np.flatnonzero(np.asarray(trace.gear) == at_top.gear)
        if in_gear.size:
            slip = (at_top.device, float(trace.t_s[int(in_gear[0])]))
    sentence, spans = _unmarked(
        _sentence(phases, top, reaches, electric, limited, slip, motor_limited)
    )
    from keiconfig.core.gearing import why_gearing

    return LimitSummary(
        phases=phases,
        sentence=_capitalised(sentence),
        share_by_limit=shares(phases, until),
        share_until_s=float(until),
        spans=spans,
        gearing=" ".join(v.sentence for v in why_gearing(performance)),
    )
