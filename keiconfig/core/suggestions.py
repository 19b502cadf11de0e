"""What would make this car quicker? Single changes, each tried on the model.

:func:`suggestions` makes a list of candidate changes that fit the build (no
"turbo" for a car that already has one), runs the model on each changed build and
ranks them by what they do to the 0-100 km/h time. Changes that move it by less than
:data:`MIN_DELTA_S` (shown as 0.0 s) are left out. Changes that break a kei rule the
car keeps now are still listed, flagged with ``keeps_compliance=False``.

What a change can claim (``resources/model.md``, "What a suggestion can claim"): it is
:data:`QUICKER` or :data:`SLOWER` only if it moves the time by more than the model can
tell apart, :data:`MARGIN_SHARE` of the car's time; closer than that it is
:data:`ABOUT_SAME`, and said so. A gearbox or induction change that real cars sold both
ways do not bear out (``resources/real_pairs.csv``, :mod:`.suggestion_rules`) is never
shown as a gain: it is about the same, with the evidence (``contradicted``). A change the
car's year had not seen in any production car (a turbo before 1962, a twin-clutch box
before 2003: ``resources/technology_years.csv``) is not offered. The list comes in
three groups, quicker first (by time), then about the same, then slower.

When the car never reaches 100 km/h, or reaches it only on the last stretch towards its
top speed (:data:`NEAR_TOP_SHARE`), the 400 m time is used instead (``measure`` says
which). For live use the list can be limited to some candidates (``keys``) and
the window can pass the performance it already has (``base``).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from keiconfig.core import suggestion_rules
from keiconfig.core.results import Performance
from keiconfig.core.results import finite_or_none as _finite
from keiconfig.core.text import QT_TRANSLATE_NOOP, seconds, translate

if TYPE_CHECKING:
    from keiconfig.core.build import Build

MIN_DELTA_S: Final = 0.05
# What the model can tell apart: the mean error of its times for a car whose weight and
# power are known, on cars it has not seen (model.md's accuracy table, "all times, weight
# and power pinned", the largest of the leave-one-out and grouped columns). A change
# that moves the time by less than this share of it is "about the same".
MARGIN_SHARE: Final = 0.026
# A bigger engine is offered only if it is at least this much bigger: "+4 cc" is not a
# change anyone would make for speed (the era's limit may leave less room: then none).
MIN_BORE_UP_SHARE: Final = 0.05
# A car whose top speed is so low that 100 km/h is above this share of it is ranked by
# its 400 m time: its 0-100 km/h time is mostly the crawl up to its top speed, where the
# net force is near nothing, so any change moves it by seconds (the 1983 Mighty Boy,
# 108.8 km/h: 30.6 s to 100 km/h, and 4 PS more saved 5.9 s of it, 100 mm less height 2.4 s).
NEAR_TOP_SHARE: Final = 0.9
QUICKER: Final = "quicker"
ABOUT_SAME: Final = "about the same"
SLOWER: Final = "slower"
_GROUP: Final = {QUICKER: 0, ABOUT_SAME: 1, SLOWER: 2}
Evaluator = Callable[["Build"], Performance]

# A smaller set for when the whole list is too slow to recompute on every edit: the
# changes students ask about most.
QUICK_KEYS: Final = frozenset(
    {"awd", "rwd", "fwd", "turbo", "na", "manual", "cvt", "uncap", "lighter", "mid"}
)

MEASURES: Final[dict[str, str]] = {
    "zero_to_100kmh_s": "0-100 km/h",
    "standing_400m_s": "400 m",
}


@dataclass(frozen=True)
class Candidate:
    """A change to try: a stable ``key``, a label for people (in the user's language,
    see :mod:`keiconfig.core.text`), and the build updates."""

    key: str
    label: str
    updates: dict[str, Any]


@dataclass(frozen=True)
class Suggestion:
    """One change and its effect. ``delta_s`` < 0 is quicker (``math.inf``: the
    changed car no longer reaches the measure at all).

    ``label`` and ``text`` are for people, in the user's language; ``key``, ``measure``
    (a name of :data:`MEASURES`' values) and ``breaks`` (rule ids) are not translated."""

    label: str
    updates: dict[str, Any]
    delta_s: float
    delta_kg: float
    delta_ps: float
    keeps_compliance: bool
    text: str
    key: str = ""
    measure: str = "0-100 km/h"
    new_time_s: float | None = None
    breaks: tuple[str, ...] = ()  # kei rules the change would break
    # QUICKER, ABOUT_SAME or SLOWER: beyond :attr:`margin_s` either way, or within it
    # (or a gain real cars do not bear out: ``contradicted``)
    verdict: str = QUICKER
    margin_s: float = 0.0  # what the model can tell apart at this car's time
    contradicted: bool = False  # the model's gain is one real cars do not show
    evidence: str = ""  # what real cars say of this change, in the user's language
    # An electric car's change of WLTC range (km, + is farther); None for a petrol car
    delta_range_km: float | None = None


# --------------------------------------------------------------------------- candidates


def candidates(build: Build, era_id: str | None = None) -> list[Candidate]:
    """The single changes that make sense for this build."""
    from keiconfig.core import regulations

    era = regulations.era(regulations.resolve_era(build, era_id, use_year=True))
    b, e, d = build.body, build.engine, build.drivetrain
    out: list[Candidate] = []

    def add(key: str, label: str, updates: dict[str, Any]) -> None:
        if suggestion_rules.available(key, build.year):  # no twin-clutch box for a 1960s car
            out.append(Candidate(key, label, updates))

    # Driven wheels
    awd = translate("suggestions", "All-wheel drive")
    rwd = translate("suggestions", "Rear-wheel drive")
    fwd = translate("suggestions", "Front-wheel drive")
    if d.driven != "awd":
        add("awd", awd, {"drivetrain.driven": "awd"})
    if d.driven == "fwd":
        add("rwd", rwd, {"drivetrain.driven": "rwd"})
    elif d.driven == "rwd":
        add("fwd", fwd, {"drivetrain.driven": "fwd"})
    else:
        add("fwd", fwd, {"drivetrain.driven": "fwd"})
        add("rwd", rwd, {"drivetrain.driven": "rwd"})

    # Aspiration: one whole label for each pair, so each reads naturally when translated.
    swaps = {
        ("turbo", "na"): translate("suggestions", "Turbo instead of naturally aspirated"),
        ("turbo", "supercharger"): translate("suggestions", "Turbo instead of supercharger"),
        ("supercharger", "na"): translate(
            "suggestions", "Supercharger instead of naturally aspirated"
        ),
        ("supercharger", "turbo"): translate("suggestions", "Supercharger instead of turbo"),
        ("na", "turbo"): translate("suggestions", "Naturally aspirated instead of turbo"),
        ("na", "supercharger"): translate(
            "suggestions", "Naturally aspirated instead of supercharger"
        ),
    }
    for asp in ("turbo", "supercharger", "na"):
        if asp != e.aspiration:
            ups: dict[str, Any] = {"engine.aspiration": asp}
            if asp == "na":
                ups["engine.intercooler"] = None
            add(asp, swaps[asp, e.aspiration], ups)
    if e.forced and not e.effective_intercooler:
        add("intercooler", translate("suggestions", "Intercooler"), {"engine.intercooler": True})

    # Gearbox
    gears = d.effective_gears
    if d.transmission != "cvt":
        if gears < 10:
            add(
                "gear_more",
                translate("suggestions", "{new} gears instead of {old}").format(
                    new=gears + 1, old=gears
                ),
                {"drivetrain.gears": gears + 1},
            )
        if gears > 2:
            add(
                "gear_less",
                translate("suggestions", "{new} gears instead of {old}").format(
                    new=gears - 1, old=gears
                ),
                {"drivetrain.gears": gears - 1},
            )
    if d.transmission != "manual":
        manual = {
            "cvt": translate("suggestions", "Manual gearbox instead of CVT"),
            "automatic": translate("suggestions", "Manual gearbox instead of automatic"),
            "dct": translate("suggestions", "Manual gearbox instead of twin-clutch"),
        }
        # From a twin-clutch box, a manual with as many gears (the same gear pairs).
        same = d.gears if d.transmission == "dct" else None
        add(
            "manual",
            manual[d.transmission],
            {"drivetrain.transmission": "manual", "drivetrain.gears": same},
        )
    if d.transmission != "dct":
        # A twin-clutch box changes gear without a break in drive: real cars offered
        # with one and a manual of as many gears (VW's Golf GTI) are as quick or a little
        # quicker with it. From a manual it keeps the gear count.
        add(
            "dct",
            translate("suggestions", "Twin-clutch gearbox"),
            {
                "drivetrain.transmission": "dct",
                "drivetrain.gears": d.gears if d.transmission == "manual" else None,
            },
        )
    if d.transmission != "cvt":
        add(
            "cvt",
            translate("suggestions", "CVT"),
            {"drivetrain.transmission": "cvt", "drivetrain.gears": None},
        )

    # Engine
    if e.cycle == 4 and e.effective_valves != 4:
        add(
            "valves4",
            translate("suggestions", "4 valves per cylinder"),
            {"engine.valves_per_cylinder": 4},
        )
    if e.power_cap_ps is not None:
        add(
            "uncap",
            translate("suggestions", "Remove the {power} PS cap").format(
                power=f"{e.power_cap_ps:g}"
            ),
            {"engine.power_cap_ps": None},
        )
    limit = era.max_displacement_cc(e.cycle)
    bigger = min(round(e.displacement_cc * 1.1), max(limit, e.displacement_cc))
    if bigger - e.displacement_cc >= MIN_BORE_UP_SHARE * e.displacement_cc:  # not a token +4 cc
        add(
            "cc_more",
            translate("suggestions", "{cc} cc engine (+{more} cc)").format(
                cc=bigger, more=bigger - e.displacement_cc
            ),
            {"engine.displacement_cc": bigger},
        )
    smaller = max(round(e.displacement_cc * 0.9), 50)
    if smaller < e.displacement_cc:
        add(
            "cc_less",
            translate("suggestions", "{cc} cc engine (−{less} cc)").format(
                cc=smaller, less=e.displacement_cc - smaller
            ),
            {"engine.displacement_cc": smaller},
        )
    if e.position != "mid":
        mid = (
            translate("suggestions", "Motor in the middle")
            if build.electric
            else translate("suggestions", "Mid engine")
        )
        add("mid", mid, {"engine.position": "mid"})

    # Body
    seats = b.effective_seats
    if seats >= 4:  # two seats fewer, never down to one
        add(
            "seats",
            translate("suggestions", "{new} seats instead of {old}").format(
                new=seats - 2, old=seats
            ),
            {"body.seats": seats - 2},
        )
    if b.roof != "soft":
        add("soft_top", translate("suggestions", "Soft top"), {"body.roof": "soft"})
    if b.style != "roadster":
        add(
            "roadster",
            translate("suggestions", "Roadster body"),
            {"body.style": "roadster", "body.roof": "soft"},
        )
    if b.height_mm - 100 >= 800:
        add(
            "lower",
            translate("suggestions", "100 mm lower ({height} mm)").format(height=b.height_mm - 100),
            {"body.height_mm": b.height_mm - 100},
        )
    if d.ratios is not None:  # a change of gearbox or gear count drops the given ratios
        for c in out:
            if any(k.startswith("drivetrain.") and k != "drivetrain.driven" for k in c.updates):
                c.updates["drivetrain.ratios"] = None
    _keep_construction(build, out)
    if build.electric:
        out = [c for c in out if c.key not in _PETROL_ONLY] + _electric_candidates(build)
    return out


# The fields the default body construction follows (chassis.default_construction).
_CONSTRUCTION_FOLLOWS: Final = ("drivetrain.driven", "body.style", "engine.position")


def _keep_construction(build: Build, cands: list[Candidate]) -> None:
    """A change keeps the body as it is built. Left to its default, the construction
    follows the driven wheels and the style (a four-wheel-drive SUV is an off-roader on a
    ladder frame), so "Front-wheel drive" took the JB64 Jimny's ladder frame away (−175 kg,
    −2.3 s) and "All-wheel drive" put one under the Taft (+175 kg); such a change now
    names the construction the car has."""
    from keiconfig.core.build import changed
    from keiconfig.core.chassis import default_construction

    if build.body.construction is not None:
        return
    now = default_construction(build)
    for c in cands:
        if not any(k in c.updates for k in _CONSTRUCTION_FOLLOWS):
            continue
        try:
            after = default_construction(changed(build, c.updates))
        except (ValueError, KeyError):
            continue  # not a valid build: try_candidate drops it
        if after != now:
            c.updates["body.construction"] = now


# Changes that mean nothing to an electric car (no engine, no gearbox).
_PETROL_ONLY: Final = frozenset(
    {"turbo", "supercharger", "na", "intercooler", "gear_more", "gear_less", "manual", "cvt",
     "dct", "valves4", "uncap", "cc_more", "cc_less"}
)  # fmt: skip


def _electric_candidates(build: Build) -> list[Candidate]:
    """An electric car's own single changes: motor torque, battery size, reduction."""
    m, bat = build.motor, build.battery
    assert m is not None and bat is not None
    motor = m.model_dump()
    out = [
        Candidate(
            "motor_torque",
            translate("suggestions", "Motor with {torque} N·m (+10 %)").format(
                torque=round(m.max_torque_nm * 1.1)
            ),
            {"motor": {**motor, "max_torque_nm": float(round(m.max_torque_nm * 1.1))}},
        )
    ]
    smaller = round(bat.capacity_kwh * 0.75, 1)
    if smaller >= 1.0:
        out.append(
            Candidate(
                "battery_less",
                translate("suggestions", "{kwh} kWh battery (a quarter smaller, lighter)").format(
                    kwh=f"{smaller:g}"
                ),
                {"battery": {"capacity_kwh": smaller}},
            )
        )
    return out


def _gearing_candidates(build: Build, base: Performance) -> list[Candidate]:
    """A final drive (an electric car's reduction) 10 % shorter or taller than the one
    the run used: the gearing lever a student can see on the tractive-force plot."""
    if build.drivetrain.transmission == "cvt" and not build.electric:
        return []
    fd = base.final_drive
    out = []
    # An electric car's is named as its Drivetrain row and the "What limits it" sentence
    # name it: its reduction (it has no gearbox for a final drive to follow)
    texts = (
        (
            QT_TRANSLATE_NOOP("suggestions", "Reduction 10 % shorter ({ratio})"),
            QT_TRANSLATE_NOOP("suggestions", "Reduction 10 % taller ({ratio})"),
        )
        if build.electric
        else (
            QT_TRANSLATE_NOOP("suggestions", "Final drive 10 % shorter ({ratio})"),
            QT_TRANSLATE_NOOP("suggestions", "Final drive 10 % taller ({ratio})"),
        )
    )
    for key, factor, text in (("fd_short", 1.1, texts[0]), ("fd_tall", 0.9, texts[1])):
        ratio = round(fd * factor, 2)
        if 1.0 <= ratio <= 20.0:
            out.append(
                Candidate(
                    key,
                    translate("suggestions", text).format(ratio=f"{ratio:.2f}"),
                    {"drivetrain.final_drive": ratio},
                )
            )
    return out


def _with_weight(build: Build, base: Performance, cands: list[Candidate]) -> list[Candidate]:
    """Add "50 kg lighter" (pins the kerb weight 50 kg under the current one)."""
    current = build.overrides.kerb_weight_kg
    kg = (current if current is not None else base.kerb_weight_kg) - 50.0
    if kg >= 150.0:
        cands.append(
            Candidate(
                "lighter",
                translate("suggestions", "50 kg lighter"),
                {"overrides.kerb_weight_kg": round(kg, 1)},
            )
        )
    return cands


# --------------------------------------------------------------------------- evaluation


@functools.cache
def _default_evaluator() -> Evaluator:
    """The model, with the last few hundred builds remembered (a user flipping a
    setting back and forth gets the list again without re-running the model)."""
    from keiconfig.core import performance

    evaluate: Evaluator = performance.evaluate
    return functools.lru_cache(maxsize=512)(evaluate)


def _measure_of(base: Performance) -> str:
    top = _finite(getattr(base, "top_speed_kmh", None))
    if top is not None and NEAR_TOP_SHARE * top < 100.0:
        return "standing_400m_s"  # 100 km/h only on the crawl up to its top speed
    return (
        "zero_to_100kmh_s"
        if _finite(getattr(base, "zero_to_100kmh_s", None)) is not None
        else "standing_400m_s"
    )


def _text(
    label: str,
    delta_s: float,
    delta_kg: float,
    measure: str,
    delta_ps: float = 0.0,
    verdict: str = QUICKER,
    contradicted: bool = False,
    delta_range_km: float | None = None,
) -> str:
    """ "All-wheel drive: −0.8 s, +52 kg", "Soft top: about the same (−0.1 s), −10 kg",
    "Turbo instead of naturally aspirated: −4.9 s, +16 kg, +11 PS", in the user's
    language."""
    if math.isinf(delta_s):
        #: {measure} is "0-100 km/h" or "400 m".
        time = translate("suggestions", "no longer does {measure}").format(
            measure=MEASURES[measure]
        )
    else:
        time = ("−" if delta_s < 0 else "+") + seconds(abs(delta_s))
        if contradicted:
            #: A change real cars sold both ways do not bear out; {time} is the model's
            #: figure ("−0.9 s").
            time = translate(
                "suggestions", "about the same in real cars (the model says {time})"
            ).format(time=time)
        elif verdict == ABOUT_SAME:
            #: Closer than the model can tell apart; {time} is its figure ("−0.1 s").
            time = translate("suggestions", "about the same ({time})").format(time=time)
    weight = power = ""
    # Said only where it shows as at least 1 (a 0.5 kg change rounds to even, "+0 kg")
    if (kg := f"{abs(delta_kg):.0f}") != "0":
        weight = f"{'+' if delta_kg > 0 else '−'}{kg} kg"
    if (ps := f"{abs(delta_ps):.0f}") != "0":
        power = f"{'+' if delta_ps > 0 else '−'}{ps} PS"
    if weight and power:
        #: A suggested change and its effect: "Turbo instead of naturally aspirated:
        #: −4.9 s, +16 kg, +11 PS".
        template = translate("suggestions", "{change}: {time}, {weight}, {power}")
    elif weight:
        #: A suggested change and its effect: "All-wheel drive: −0.8 s, +52 kg".
        template = translate("suggestions", "{change}: {time}, {weight}")
    elif power:
        #: A suggested change and its effect: "Remove the 64 PS cap: −2.1 s, +20 PS".
        template = translate("suggestions", "{change}: {time}, {power}")
    else:
        #: A suggested change and its effect: "Final drive 10 % shorter (5.13): +0.2 s".
        template = translate("suggestions", "{change}: {time}")
    text = template.format(change=label, time=time, weight=weight, power=power)
    # An electric car's range, said where it shows as at least 1 km: a smaller battery
    # is quicker, and a buyer must also read what it costs in range.
    if delta_range_km is not None and (km := f"{abs(delta_range_km):.0f}") != "0":
        #: An electric car's change of WLTC range in a suggestion: "−125 km range".
        rng = translate("suggestions", "{km} km range").format(
            km=f"{'+' if delta_range_km > 0 else '−'}{km}"
        )
        #: A suggestion's effect and the range it adds or costs an electric car:
        #: "45 kWh battery (a quarter smaller, lighter): −0.7 s, −87 kg" + "−125 km range".
        text = translate("suggestions", "{effect}, {range}").format(effect=text, range=rng)
    return text


def margin_s(time_s: float) -> float:
    """What the model can tell apart at a time of ``time_s``: :data:`MARGIN_SHARE` of it."""
    return MARGIN_SHARE * time_s


def _verdict(delta_s: float, margin: float) -> str:
    if delta_s < -margin:
        return QUICKER
    return SLOWER if delta_s > margin else ABOUT_SAME


def _real_pair(build: Build, base: Performance, key: str) -> suggestion_rules.RealPair | None:
    """The row of ``real_pairs.csv`` for this change of this build, if any."""
    if build.electric:
        return None
    e, d = build.engine, build.drivetrain
    now = d.transmission if key in ("cvt", "dct", "manual") else e.aspiration
    pair = suggestion_rules.real_pairs().get((key, now))
    if pair is None:
        return None
    if pair.at_power_cap:
        cap = e.power_cap_ps
        if cap is None or _ps(base.power_ps) < cap:
            return None
    return pair


def try_candidate(
    build: Build,
    base: Performance,
    candidate: Candidate,
    *,
    era_id: str | None = None,
    evaluate: Evaluator | None = None,
    base_failed: Collection[str] | None = None,
) -> Suggestion | None:
    """Run the model on one change; None if the change is not a valid build."""
    from pydantic import ValidationError

    from keiconfig.core import regulations
    from keiconfig.core.build import changed

    ev = evaluate or _default_evaluator()
    try:
        new_build = changed(build, candidate.updates)
    except (ValidationError, KeyError, ValueError):
        return None
    new = ev(new_build)
    measure = _measure_of(base)
    before = _finite(getattr(base, measure))
    after = _finite(getattr(new, measure))
    if before is None:  # neither 0-100 nor 400 m: nothing to rank by
        return None
    delta = math.inf if after is None else after - before
    era = regulations.resolve_era(build, era_id, use_year=True)
    if base_failed is None:
        base_failed = _failed(regulations.check(build, era, power_ps=_ps(base.power_ps)))
    now_failed = _failed(regulations.check(new_build, era, power_ps=_ps(new.power_ps)))
    breaks = tuple(n for n in now_failed if n not in base_failed)
    dkg = float(new.kerb_weight_kg - base.kerb_weight_kg)
    dps = float(new.power_ps - base.power_ps)
    r0 = _finite(getattr(base, "wltc_range_km", None))
    r1 = _finite(getattr(new, "wltc_range_km", None))
    drange = r1 - r0 if r0 is not None and r1 is not None else None
    margin = margin_s(before)
    verdict = _verdict(delta, margin)
    contradicted, evidence = False, ""
    pair = _real_pair(build, base, candidate.key)
    if pair is not None and (delta < 0 or pair.real == suggestion_rules.ABOUT_SAME):
        evidence = pair.shown_evidence
        if verdict != ABOUT_SAME and (verdict == QUICKER or not math.isinf(delta)):
            verdict, contradicted = ABOUT_SAME, True
    return Suggestion(
        label=candidate.label,
        updates=dict(candidate.updates),
        delta_s=delta,
        delta_kg=dkg,
        delta_ps=dps,
        keeps_compliance=not breaks,
        text=_text(candidate.label, delta, dkg, measure, dps, verdict, contradicted, drange),
        key=candidate.key,
        measure=MEASURES[measure],
        new_time_s=after,
        breaks=breaks,
        verdict=verdict,
        margin_s=margin,
        contradicted=contradicted,
        evidence=evidence,
        delta_range_km=drange,
    )


def _ps(power_ps: float) -> float:
    """Power as judged against the 64 PS agreement: to 0.1 PS, so that a model
    result of 64.00000000000001 PS is the 64 PS it is shown as."""
    return round(float(power_ps), 1)


def _failed(compliance: Any) -> tuple[str, ...]:
    return tuple(c.name for c in compliance.checks if not c.ok)


def all_candidates(build: Build, base: Performance, era_id: str | None = None) -> list[Candidate]:
    """Every candidate change, including the weight one (which needs the base weight)."""
    cands = candidates(build, era_id) + _gearing_candidates(build, base)
    return _with_weight(build, base, cands)


def suggestions(
    build: Build,
    *,
    era_id: str | None = None,
    base: Performance | None = None,
    keys: Collection[str] | None = None,
    evaluate: Evaluator | None = None,
    min_delta_s: float = MIN_DELTA_S,
) -> list[Suggestion]:
    """Single changes ranked by their effect on the 0-100 km/h time: those that make it
    quicker than the model can tell apart first (quickest first), then those about the
    same, then the slower ones (see :data:`MARGIN_SHARE`).

    ``era_id``: the rules compliance is judged by (default: the build's year's, or
    the current ones). ``base``: the build's performance if already evaluated.
    ``keys``: only try these candidates (see :attr:`Candidate.key`), to save time.
    """
    from keiconfig.core import regulations

    ev = evaluate or _default_evaluator()
    base_perf = base if base is not None else ev(build)
    era = regulations.resolve_era(build, era_id, use_year=True)
    base_failed = _failed(regulations.check(build, era, power_ps=_ps(base_perf.power_ps)))
    out: list[Suggestion] = []
    for cand in all_candidates(build, base_perf, era):
        if keys is not None and cand.key not in keys:
            continue
        s = try_candidate(build, base_perf, cand, era_id=era, evaluate=ev, base_failed=base_failed)
        if s is not None and not abs(s.delta_s) < min_delta_s:
            out.append(s)
    out.sort(key=lambda s: (_GROUP[s.verdict], s.delta_s))
    return out
