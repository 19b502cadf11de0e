"""How the model works: the "How the model works" page, with this build's own numbers.

:func:`model_explanation` walks through the model (weight, engine, gearing, forces, the
run, the fitted constants, what the model leaves out) with this build's own figures
filled in, in the user's language (see :mod:`keiconfig.core.text`). Nothing here
re-implements physics: figures come from the :class:`Performance`, the build, the
constants file and the physics modules' public functions (the grip is the model's own,
with its load sensitivity).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from keiconfig.core.engine import BMEP_MAX_BAR, NA_BMEP_MAX_BAR
from keiconfig.core.explain import REFERENCE_KMH, limit_summary
from keiconfig.core.results import Performance
from keiconfig.core.results import finite_or_none as _finite
from keiconfig.core.text import QT_TRANSLATE_NOOP, seconds, translate
from keiconfig.core.units import KMH_PER_MS

if TYPE_CHECKING:
    from keiconfig.core.build import Build


@dataclass(frozen=True)
class Section:
    """One part of the "How the model works" page: a title and plain text (Markdown)."""

    title: str
    text: str


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
    "c_throttles": QT_TRANSLATE_NOOP(
        "explain",
        "extra output of one throttle or carburettor per cylinder (as a logarithm)",
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
    "cd_old": QT_TRANSLATE_NOOP(
        "explain", "extra drag of a 1955 body over a modern one, as a share of its drag coefficient"
    ),
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


def whole_kg_adding_up(kgs: list[float], total: int) -> list[int]:
    """``kgs`` in whole kilograms that add up to ``total`` when the exact parts round to it:
    each part rounded down, and the kilograms left given to the parts with the largest
    fractions (rounding each part alone, 783 kg of parts were shown "= 784 kg"). Parts
    that do not add up to about ``total`` (a pinned weight) are rounded each alone."""
    floors = [math.floor(kg) for kg in kgs]
    left = total - sum(floors)
    if not 0 <= left <= len(kgs):
        return [round(kg) for kg in kgs]
    by_fraction = sorted(range(len(kgs)), key=lambda i: floors[i] - kgs[i])
    for i in by_fraction[:left]:
        floors[i] += 1
    return floors


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
        shown = whole_kg_adding_up([p.kg for p in parts], round(performance.kerb_weight_kg))
        #: one term of the kerb weight sum, e.g. "70 kg engine"
        term = translate("explain", "{kg} kg {part}")
        terms = " + ".join(
            term.format(kg=kg, part=translate("weight", p.name))
            for p, kg in zip(parts, shown, strict=True)
        )
        text = _t(translate("explain", "Kerb weight = {terms} = {kg} kg."), terms=terms, kg=kerb)
        details = [
            "- "
            + _t(
                translate("explain", "{part}: {kg} kg ({detail})"),
                part=translate("weight", p.name),
                kg=kg,
                detail=p.shown_detail(),
            )
            for p, kg in zip(parts, shown, strict=True)
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


def _motor_peaks(performance: Performance) -> list[str]:
    """A motor's peak torque and power as a motor gives them: its full torque from
    standstill up to its base speed, then its full power from there up to its top speed
    (not "peak torque at 0 rpm", an engine's wording)."""
    c = performance.curve
    base, top = c.peak_power_rpm, float(c.rpm[-1])
    power = {"ps": f"{performance.power_ps:.0f}", "kw": f"{performance.power_kw:.1f}"}
    torque = f"{performance.torque_nm:.0f}"
    if base < top - 0.5:
        return [
            _t(
                translate(
                    "explain",
                    "Peak power = {ps} PS ({kw} kW), from the motor's base speed of {base} "
                    "rpm up to its top speed of {top} rpm.",
                ),
                base=f"{base:,.0f}",
                top=f"{top:,.0f}",
                **power,
            ),
            _t(
                translate(
                    "explain",
                    "Peak torque = {nm} N·m, from standstill up to the base speed of {base} rpm.",
                ),
                nm=torque,
                base=f"{base:,.0f}",
            ),
        ]
    # (a base speed at or above its top speed: full torque all the way, full power only
    # at the top)
    return [
        _t(
            translate(
                "explain", "Peak power = {ps} PS ({kw} kW) at the motor's top speed of {top} rpm."
            ),
            top=f"{top:,.0f}",
            **power,
        ),
        _t(
            translate(
                "explain",
                "Peak torque = {nm} N·m, from standstill up to the top speed of {top} rpm.",
            ),
            nm=torque,
            top=f"{top:,.0f}",
        ),
    ]


def _engine_section(performance: Performance) -> Section:
    c = performance.curve
    lines = (
        [
            _t(
                translate("explain", "Peak power = {ps} PS ({kw} kW) at {rpm} rpm."),
                ps=f"{performance.power_ps:.0f}",
                kw=f"{performance.power_kw:.1f}",
                rpm=f"{c.peak_power_rpm:,.0f}",
            ),
            _t(
                translate("explain", "Peak torque = {nm} N·m at {rpm} rpm."),
                nm=f"{performance.torque_nm:.0f}",
                rpm=f"{c.peak_torque_rpm:,.0f}",
            ),
        ]
        if performance.electric is None
        else _motor_peaks(performance)
    )
    lines += [
        _t(
            translate(
                "explain",
                "Power = torque × engine speed: "
                "P (kW) = T (N·m) × rpm ÷ 9549, and 1 PS = 0.7355 kW.",
            )
            if performance.electric is None
            else translate(
                "explain",
                "Power = torque × motor speed: "
                "P (kW) = T (N·m) × rpm ÷ 9549, and 1 PS = 0.7355 kW.",
            )
        ),
    ]
    if performance.electric is None and not performance.torque_pinned:
        if c.bmep_limited:
            lines.append(
                _t(
                    translate(
                        "explain",
                        "Peak torque is held at {nm} N·m, a mean effective pressure of {bar} "
                        "bar: the most any engine in the reference data makes (boost is held "
                        "below knock), so the curve is flat there.",
                    ),
                    nm=f"{c.peak_torque_nm:.0f}",
                    bar=f"{BMEP_MAX_BAR:.1f}",
                )
            )
        if c.na_bmep_limited:
            lines.append(
                _t(
                    translate(
                        "explain",
                        "Without boost a cylinder is filled with at most the air the atmosphere "
                        "pushes in, so the engine's whole curve is scaled down to a mean "
                        "effective pressure of {bar} bar, a little more than any naturally "
                        "aspirated engine in the reference data makes; its power falls with it.",
                    ),
                    bar=f"{NA_BMEP_MAX_BAR:.1f}",
                )
            )
        lines.append(
            _t(
                translate(
                    "explain",
                    "Torque per litre comes from the induction, the valves, the intake and "
                    "the era, not from the number of cylinders: the reference cars cannot "
                    "tell whether more, smaller cylinders make more or less of it (most are "
                    "3-cylinder engines; their few 2- and 4-cylinder ones differ in era and "
                    "valves too, and their torque sits on both sides of the model's). More, "
                    "smaller cylinders rev higher (the default redline), so they make their "
                    "peak power higher up and more of it.",
                )
            )
        )
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
    # an electric car's section is its motor's (the Sakura's page said "Engine")
    title = (
        translate("explain", "Engine")
        if performance.electric is None
        else translate("explain", "Motor")
    )
    return Section(_t(title), "\n\n".join(lines))


def _gearing_section(build: Build | None, performance: Performance) -> Section:
    ratios = performance.gear_ratios
    cvt = build is not None and build.drivetrain.transmission == "cvt"
    if performance.electric is not None:
        # one fixed reduction, no gearbox (the page said "Gear ratios: 1.00. Final drive:
        # 8.41 ... engine torque × gear ratio × final drive")
        text = _t(
            translate(
                "explain",
                "A single-speed reduction of {final}: the motor turns {final} times for each "
                "turn of the wheels, and there are no gear changes. The force at the driving "
                "wheels = motor torque × {final} ÷ tyre radius (less driveline losses).",
            ),
            final=f"{performance.final_drive:.2f}",
        )
        return Section(_t(translate("explain", "Gearing")), text)
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
        if build is not None and build.drivetrain.transmission == "dct":
            text += " " + _t(
                translate(
                    "explain",
                    "A twin-clutch gearbox has the next gear engaged on its second shaft and "
                    "changes by handing the drive from one clutch to the other, so its gear "
                    "changes cost no time.",
                )
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
        return translate("explain", "never") if f is None else seconds(f)

    summary = limit_summary(performance)
    lines = [
        _t(
            translate(
                "explain",
                "0–100 km/h: {t100}; 0–60 mph: {t60mph}; 400 m: {t400}; quarter mile: {tqm}; "
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


LEFT_OUT_TITLE: Final = QT_TRANSLATE_NOOP("explain", "What the model leaves out")
LEFT_OUT: Final = QT_TRANSLATE_NOOP(
    "explain",
    "The model is simple on purpose. It leaves out: the driver (launch technique, "
    "reaction time), road slope and wind, weather and temperature, tyre wear and "
    "tyre type, clutch slip beyond pulling away (the engine held at a fixed rpm) and "
    "a fixed gear-change time, turbo lag, engine "
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
        Section(_t(translate("explain", LEFT_OUT_TITLE)), translate("explain", LEFT_OUT))
    )
    return sections


def model_explanation_markdown(build: Build | None, performance: Performance) -> str:
    """The same page as one Markdown text."""
    return "\n\n".join(f"## {s.title}\n\n{s.text}" for s in model_explanation(build, performance))
