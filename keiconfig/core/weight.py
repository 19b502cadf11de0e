"""Kerb weight as a sum of named parts.

Two constants are fitted on the reference cars (``calibration --fit``): the body
shell's kilograms per square metre of its (side-weighted) envelope surface, and the
kilograms per square metre of safety structure and equipment a car of 2000 on
carries over a car of 1955 (crash structure, airbags, air conditioning, sound
deadening). Every other part is a stated engineering estimate (a ladder frame's
kilograms per square metre of footprint among them); see ``resources/model.md``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Final

from keiconfig.core import electric
from keiconfig.core.build import Build
from keiconfig.core.chassis import construction
from keiconfig.core.results import WeightPart
from keiconfig.core.text import QT_TRANSLATE_NOOP, TRANSLATE_N_NOOP, english_n

# Shell mass per envelope area relative to a hatchback.
STYLE_SHELL_FACTOR: Final[dict[str, float]] = {
    "hatchback": 1.00,
    "tall_wagon": 0.97,
    "sedan": 1.00,
    "coupe": 1.00,
    "roadster": 1.00,
    "suv": 1.00,  # a ladder frame is its own part (``FRAME_KG_PER_M2``)
    "van": 0.97,
    "truck": 0.85,  # open bed
}
# An open monocoque (a soft top, targa or removable hard top) has no roof to carry
# loads: its sills, floor tunnel and scuttle are stiffened to make up for it (the
# stiffening of a small open car over its closed sister is some 30-50 kg; stated, not
# fitted). A car on a ladder or space frame needs none: the frame carries the loads.
OPEN_TOP_STIFFENING_KG: Final = 40.0
OPEN_ROOFS: Final = frozenset({"soft", "targa", "removable_hard"})
# A ladder frame (two channel-section rails, cross members, body and spring mounts) per
# m² of footprint L × W: about 125 kg under a kei truck or off-roader (stated; the
# in-sample fit would take 29, and a fitted frame had only one maker's cars to learn from).
FRAME_KG_PER_M2: Final = 25.0
# Two sliding rear doors against two hinged ones: heavier doors (rollers, a power
# drive on most), the rails, and a body reinforced round the wider aperture
# (stated, about 15 kg a door).
SLIDING_DOORS_KG: Final = 30.0
# An air-cooled engine has no radiator, coolant, water pump, thermostat, hoses or
# electric fan (some 12 kg on a small engine), but a blower and its shroud (about
# 2 kg): stated.
AIR_COOLED_SAVING_KG: Final = 10.0
# An engine behind the cabin (mid-engined): a rear subframe carrying engine and
# suspension, long fuel lines and gear linkage (stated; with the coolant lines below,
# the 35 kg of rounds 1-5).
MID_ENGINE_KG: Final = 29.0
# A water-cooled engine behind the cabin (mid or rear) pipes its coolant to the heater
# core at the front, and on many cars to a radiator there: two pipes some 2.5 m long
# with their clips, and about 2 L of coolant in them: some 6 kg (stated). An air-cooled
# engine has none (rounds 1-5 counted them in every mid engine's layout, air-cooled or
# not, and in no rear engine's).
COOLANT_LINES_KG: Final = 6.0
# A kei truck's bed carries no equipment: on a ladder-frame truck (the cab-over kei
# truck) the safety structure and equipment are those of the cab, about half the length.
TRUCK_CAB_SHARE: Final = 0.5
ROOF_EXTRA_KG: Final[dict[str, float]] = {
    "fixed": 0.0,
    "soft": 8.0,
    "targa": 6.0,
    "removable_hard": 18.0,
    "glass": 10.0,
}
FUEL_DENSITY: Final = 0.74  # kg/L
# Four-wheel drive's driven axles: transfer case, prop shaft, rear differential and drive
# shafts, 50 kg over a front-drive car's 12 kg of drive shafts: the reference's own pair,
# the N-WGN Custom turbo at 870 kg with front drive and 920 kg with 4WD (row 210's
# notes). Stated (round 4 had 52 kg, 40 over front drive).
AWD_AXLES_KG: Final = 62.0
# Brakes, wheels, tyres and suspension sized for the power: bigger discs and calipers,
# wider and larger wheels and tyres, stronger drive shafts, anti-roll bars and mounts.
# 0.5 kg per kW of the configured engine's power: a 207 PS (152 kW) hot hatch's 18-inch
# wheels and tyres weigh some 8 kg a corner more than a 64 PS (47 kW) kei car's 14-inch
# ones (32 kg), its disc brakes some 20 kg more, its bars and shafts some 5 kg: about
# 55 kg for 105 kW more. Stated, not fitted (fitted, the term takes 2.5 kg/kW, a proxy
# for the one large car and the era, see resources/model.md); round 5 had 0.3 kg/kW,
# 32 kg over those 105 kW, short of its own 40-60 kg.
BRAKES_KG_PER_KW: Final = 0.5
# A twin-clutch gearbox: a manual's gear pairs on two input shafts, two clutches and
# the control unit with its actuators: (30 + 3 × gears) kg at 0.66 L, scaled as the other
# boxes (VW's 7-speed dry DQ200 for 1.2-1.4 L engines weighs about 70 kg with its oil;
# the formula gives 74 kg at 1.4 L, a 7-speed manual's 55). Stated, not fitted.
DCT_BASE_KG: Final = 30.0
DCT_KG_PER_GEAR: Final = 3.0
# A space frame (a Caterham Seven's tubes with aluminium panels, no doors, roof or
# glass) against a steel monocoque of the same envelope: its frame and panels weigh
# about 0.45 of the shell, and it carries about a quarter of a modern car's safety
# structure and equipment (no airbags, crash structure, air conditioning or sound
# deadening). Stated judgement, checked on the one such car with a published weight
# (the Seven 160: 490 kg); see resources/model.md.
SPACE_FRAME_SHELL_FACTOR: Final = 0.45
SPACE_FRAME_EQUIPMENT_FACTOR: Final = 0.25
# The equipment era: nothing in 1955, rising quadratically to full in 2000.
EQUIPMENT_ERA_FIRST_YEAR: Final = 1955
EQUIPMENT_ERA_YEARS: Final = 45.0
EQUIPMENT_ERA_EXPONENT: Final = 2

# The parts' own sizes (stated engineering estimates; resources/model.md, "Kerb weight: a
# sum of named parts"). Engine: block and heads by cylinder, plus swept volume.
ENGINE_BASE_KG: Final = 18.0
ENGINE_KG_PER_CYLINDER: Final = 9.0
ENGINE_KG_PER_LITRE: Final = 38.0
TWO_STROKE_ENGINE_FACTOR: Final = 0.62  # a ported two-stroke has no valve train
TWO_VALVE_SAVING_KG_PER_CYLINDER: Final = 2.0
TURBO_KG: Final = 6.0  # + TURBO_KG_PER_LITRE per litre
TURBO_KG_PER_LITRE: Final = 4.0
SUPERCHARGER_KG: Final = 8.0
SUPERCHARGER_KG_PER_LITRE: Final = 4.0
INTERCOOLER_KG: Final = 4.0
INTERCOOLER_KG_PER_LITRE: Final = 2.0
# Gearboxes and fuel tanks grow with the engine: × √(litres / KEI_LITRES), the box's
# factor clipped to GEARBOX_SIZE_RANGE.
KEI_LITRES: Final = 0.66
GEARBOX_SIZE_RANGE: Final = (0.7, 2.5)
MANUAL_BASE_KG: Final = 20.0
MANUAL_KG_PER_GEAR: Final = 2.5
AUTOMATIC_BASE_KG: Final = 38.0
AUTOMATIC_KG_PER_GEAR: Final = 3.0
CVT_KG: Final = 52.0
DRIVE_SHAFTS_KG: Final = 12.0  # front drive, or rear drive from a rear or mid engine
REAR_AXLE_KG: Final = 30.0  # a front engine driving the rear: prop shaft, axle, differential
RUNNING_GEAR_BASE_KG: Final = 25.0  # + RUNNING_GEAR_KG_PER_M2 × L × W
RUNNING_GEAR_KG_PER_M2: Final = 22.0
INTERIOR_BASE_KG: Final = 18.0  # + INTERIOR_KG_PER_SEAT a seat
INTERIOR_KG_PER_SEAT: Final = 11.0
TANK_BASE_L: Final = 15.0  # + TANK_L_PER_SIZE × √(litres / KEI_LITRES)
TANK_L_PER_SIZE: Final = 15.0
# The tank counts full: a Japanese catalogue's 車両重量 is the car in the 空車状態 of the
# safety regulations (道路運送車両の保安基準, article 1 item 6: fuel, lubricant, coolant and
# the like loaded in full, 全量, with no one aboard), the standard of every kei row of the
# reference. Rounds 1-9 filled it to 90 %, the European mass in running order's share
# (Regulation (EU) No 1230/2012, art. 2(4)), which also counts a 75 kg driver that no row
# here includes (round 10, resources/model.md).
TANK_FILL_SHARE: Final = 1.0
FLUIDS_BASE_KG: Final = 3.0  # oil and coolant: + FLUIDS_KG_PER_LITRE per litre
FLUIDS_KG_PER_LITRE: Final = 2.0
SUMP_OIL_KG: Final = 2.0  # a four-stroke's (a two-stroke burns its oil with the fuel)


@dataclass(frozen=True)
class WeightConstants:
    shell_kg_per_m2: float
    equipment_kg_per_m2: float


def envelope_area_m2(build: Build) -> float:
    """Surface of the car's bounding box, m²."""
    b = build.body
    length, width, height = b.length_mm / 1000.0, b.width_mm / 1000.0, b.height_mm / 1000.0
    return 2.0 * (length * width + length * height + width * height)


def shell_area_m2(build: Build) -> float:
    """Weighted envelope area: floor and roof count fully, the sides half (they are
    largely glass and door skins, whose mass is in the doors and trim)."""
    b = build.body
    length, width, height = b.length_mm / 1000.0, b.width_mm / 1000.0, b.height_mm / 1000.0
    return 2.0 * (length * width + 0.5 * (length * height + width * height))


def equipment_era(year: int | None) -> float:
    """0 for 1955, rising quadratically to 1 for 2000 on (and for no year)."""
    if year is None:
        return 1.0
    span = (year - EQUIPMENT_ERA_FIRST_YEAR) / EQUIPMENT_ERA_YEARS
    return min(max(span, 0.0), 1.0) ** EQUIPMENT_ERA_EXPONENT


def shell_basis(build: Build) -> float:
    """What the shell constant multiplies: envelope area × style factor (× the
    space-frame factor for a space frame)."""
    b = build.body
    basis = shell_area_m2(build) * STYLE_SHELL_FACTOR[b.style]
    return basis * SPACE_FRAME_SHELL_FACTOR if construction(build) == "space_frame" else basis


def equipment_basis(build: Build) -> float:
    """What the equipment constant multiplies: shell area × era fraction (× the
    space-frame factor for a space frame, × the cab's share for a ladder-frame truck)."""
    basis = shell_area_m2(build) * equipment_era(build.year)
    kind = construction(build)
    if kind == "space_frame":
        return basis * SPACE_FRAME_EQUIPMENT_FACTOR
    if kind == "ladder_frame" and build.body.style == "truck":
        return basis * TRUCK_CAB_SHARE
    return basis


def frame_kg(build: Build) -> float:
    """The ladder frame's mass: ``FRAME_KG_PER_M2`` × footprint L × W for a car on a
    separate ladder frame; 0 for every other car."""
    b = build.body
    if construction(build) != "ladder_frame":
        return 0.0
    return FRAME_KG_PER_M2 * b.length_mm * b.width_mm / 1e6


def open_top_stiffening_kg(build: Build) -> float:
    """An open monocoque stiffened for its missing roof (0 for a closed car or a car on
    a frame)."""
    if build.body.roof not in OPEN_ROOFS or construction(build) != "monocoque":
        return 0.0
    return OPEN_TOP_STIFFENING_KG


# Words for the body style and roof in a part's detail (translated where shown).
STYLE_WORDS: Final[dict[str, str]] = {
    "hatchback": QT_TRANSLATE_NOOP("weight", "hatchback"),
    "tall_wagon": QT_TRANSLATE_NOOP("weight", "tall wagon"),
    "sedan": QT_TRANSLATE_NOOP("weight", "sedan"),
    "coupe": QT_TRANSLATE_NOOP("weight", "coupe"),
    "roadster": QT_TRANSLATE_NOOP("weight", "roadster"),
    "suv": QT_TRANSLATE_NOOP("weight", "suv"),
    "van": QT_TRANSLATE_NOOP("weight", "van"),
    "truck": QT_TRANSLATE_NOOP("weight", "truck"),
}
ROOF_WORDS: Final[dict[str, str]] = {
    "soft": QT_TRANSLATE_NOOP("weight", "soft"),
    "targa": QT_TRANSLATE_NOOP("weight", "targa"),
    "removable_hard": QT_TRANSLATE_NOOP("weight", "removable hard"),
    "glass": QT_TRANSLATE_NOOP("weight", "glass"),
}


def _part(name: str, kg: float, template: str, **fields: str | int | float) -> WeightPart:
    """A part whose detail is a template: filled in English, and kept for translation."""
    return WeightPart(
        name, kg, template.format(**fields), template=template, fields=tuple(fields.items())
    )


# The parts that are the same for every car that has them, or that depend on one
# choice (the driven wheels, the seats, the roof), are made once and shared (a part is
# immutable): a car is made of a dozen parts, and an evaluation makes every one.
_KEPT_DETAILS: Final[dict[str, str]] = {
    QT_TRANSLATE_NOOP("weight", "open-top stiffening"): QT_TRANSLATE_NOOP(
        "weight", "sills, floor and scuttle made stiffer"
    ),
    QT_TRANSLATE_NOOP("weight", "mid-engine layout"): QT_TRANSLATE_NOOP(
        "weight", "rear subframe, long fuel lines"
    ),
    QT_TRANSLATE_NOOP("weight", "coolant lines"): QT_TRANSLATE_NOOP(
        "weight", "pipes from the engine behind the cabin to the front"
    ),
    QT_TRANSLATE_NOOP("weight", "sliding doors"): QT_TRANSLATE_NOOP(
        "weight", "rails, rollers, reinforced aperture"
    ),
}


@functools.cache
def _kept_part(name: str, kg: float) -> WeightPart:
    """A part of a fixed detail (``_KEPT_DETAILS``)."""
    return WeightPart(name, kg, _KEPT_DETAILS[name])


@functools.cache
def _axles_part(driven: str, position: str) -> WeightPart:
    """Driven axles: drive shafts, plus a prop shaft and rear differential for a
    front engine driving the rear; AWD adds a transfer case, prop shaft and the other
    axle's differential."""
    if driven == "fwd" or (driven == "rwd" and position != "front"):
        axles, adetail = DRIVE_SHAFTS_KG, QT_TRANSLATE_NOOP("weight", "drive shafts")
    elif driven == "rwd":
        axles, adetail = (
            REAR_AXLE_KG,
            QT_TRANSLATE_NOOP("weight", "prop shaft, rear axle and differential"),
        )
    else:
        axles, adetail = (
            AWD_AXLES_KG,
            QT_TRANSLATE_NOOP("weight", "transfer case, prop shaft, second differential"),
        )
    return WeightPart(QT_TRANSLATE_NOOP("weight", "driven axles"), axles, adetail)


@functools.cache
def _interior_part(seats: int) -> WeightPart:
    template = TRANSLATE_N_NOOP("%n seat(s), trim, dashboard", "", seats)
    return WeightPart(
        QT_TRANSLATE_NOOP("weight", "interior"),
        round(INTERIOR_BASE_KG + INTERIOR_KG_PER_SEAT * seats, 1),
        english_n(template, "", seats),
        template=template,
        count=seats,
    )


@functools.cache
def _roof_part(roof: str) -> WeightPart:
    return WeightPart(
        QT_TRANSLATE_NOOP("weight", "roof mechanism"),
        ROOF_EXTRA_KG[roof],
        ROOF_WORDS.get(roof, roof.replace("_", " ")),
    )


def design_power_kw(build: Build) -> float:
    """The power the brakes and wheels are sized for: the configured engine's (after the
    cap, before any pinned figure) with the shipped engine constants, or the motor's."""
    if build.electric and build.motor is not None:
        return build.motor.usable_power_kw  # as electric.motor_curve's design power
    from keiconfig.core.engine import engine_curve
    from keiconfig.core.performance import load_constants

    return engine_curve(build, load_constants().engine).design_power_kw


def fixed_parts(build: Build, power_kw: float | None = None) -> list[WeightPart]:
    """Every part that is not fitted (engine, gearbox, axles, interior ...).

    ``power_kw``: the power the brakes and wheels are sized for (``design_power_kw``;
    the model passes its own engine's)."""
    b, e, d = build.body, build.engine, build.drivetrain
    parts: list[WeightPart] = []
    frame = frame_kg(build)
    if frame > 0.0:
        parts.append(
            WeightPart(
                QT_TRANSLATE_NOOP("weight", "ladder frame"),
                round(frame, 1),
                QT_TRANSLATE_NOOP("weight", "separate chassis frame"),
            )
        )
    stiffening = open_top_stiffening_kg(build)
    if stiffening > 0.0:
        parts.append(_kept_part("open-top stiffening", stiffening))
    cc = float(e.displacement_cc)
    litres = cc / 1000.0

    # Engine: block and heads by cylinder, plus swept volume; a ported two-stroke
    # has no valve train and is much lighter.
    engine = ENGINE_BASE_KG + ENGINE_KG_PER_CYLINDER * e.cylinders + ENGINE_KG_PER_LITRE * litres
    detail = QT_TRANSLATE_NOOP("weight", "{cylinders} cyl, {cc} cc, {cycle}-stroke")
    fields = {"cylinders": e.cylinders, "cc": e.displacement_cc, "cycle": e.cycle}
    if e.cycle == 2:
        engine *= TWO_STROKE_ENGINE_FACTOR
    elif e.effective_valves <= 2:
        engine -= TWO_VALVE_SAVING_KG_PER_CYLINDER * e.cylinders
    if e.effective_cooling == "air":
        engine -= AIR_COOLED_SAVING_KG
        detail = QT_TRANSLATE_NOOP("weight", "{cylinders} cyl, {cc} cc, {cycle}-stroke, air-cooled")
    parts.append(_part(QT_TRANSLATE_NOOP("weight", "engine"), round(engine, 1), detail, **fields))

    if e.aspiration == "turbo":
        parts.append(
            WeightPart(
                QT_TRANSLATE_NOOP("weight", "turbocharger"),
                round(TURBO_KG + TURBO_KG_PER_LITRE * litres, 1),
                QT_TRANSLATE_NOOP("weight", "turbo, pipes"),
            )
        )
    elif e.aspiration == "supercharger":
        parts.append(
            WeightPart(
                QT_TRANSLATE_NOOP("weight", "supercharger"),
                round(SUPERCHARGER_KG + SUPERCHARGER_KG_PER_LITRE * litres, 1),
                QT_TRANSLATE_NOOP("weight", "blower, belt"),
            )
        )
    if e.effective_intercooler:
        parts.append(
            WeightPart(
                QT_TRANSLATE_NOOP("weight", "intercooler"),
                round(INTERCOOLER_KG + INTERCOOLER_KG_PER_LITRE * litres, 1),
                QT_TRANSLATE_NOOP("weight", "core, ducts"),
            )
        )

    size = max(GEARBOX_SIZE_RANGE[0], min(GEARBOX_SIZE_RANGE[1], (litres / KEI_LITRES) ** 0.5))
    gears = d.effective_gears
    if d.transmission == "manual":
        box = (MANUAL_BASE_KG + MANUAL_KG_PER_GEAR * gears) * size
        gdetail = QT_TRANSLATE_NOOP("weight", "{gears}-speed manual")
    elif d.transmission == "automatic":
        box = (AUTOMATIC_BASE_KG + AUTOMATIC_KG_PER_GEAR * gears) * size
        gdetail = QT_TRANSLATE_NOOP("weight", "{gears}-speed automatic")
    elif d.transmission == "dct":
        box = (DCT_BASE_KG + DCT_KG_PER_GEAR * gears) * size
        gdetail = QT_TRANSLATE_NOOP("weight", "{gears}-speed twin-clutch")
    else:
        box = CVT_KG * size
        gdetail = "CVT"
    parts.append(_part(QT_TRANSLATE_NOOP("weight", "gearbox"), round(box, 1), gdetail, gears=gears))

    # Driven axles: drive shafts, plus a prop shaft and rear differential for a
    # front engine driving the rear; AWD adds a transfer case, prop shaft and the
    # other axle's differential.
    parts.append(_axles_part(d.driven, e.position))
    if e.position == "mid":
        parts.append(_kept_part("mid-engine layout", MID_ENGINE_KG))
    if e.position != "front" and e.effective_cooling == "water":
        parts.append(_kept_part("coolant lines", COOLANT_LINES_KG))

    # Running gear: wheels, tyres, brakes, suspension, steering, by footprint.
    footprint = b.length_mm * b.width_mm / 1e6
    parts.append(
        WeightPart(
            QT_TRANSLATE_NOOP("weight", "running gear"),
            round(RUNNING_GEAR_KG_PER_M2 * footprint + RUNNING_GEAR_BASE_KG, 1),
            QT_TRANSLATE_NOOP("weight", "wheels, brakes"),
        )
    )
    kw = design_power_kw(build) if power_kw is None else power_kw
    parts.append(
        _part(
            QT_TRANSLATE_NOOP("weight", "brakes and tyres for the power"),
            round(BRAKES_KG_PER_KW * kw, 1),
            QT_TRANSLATE_NOOP("weight", "sized for {kw} kW"),
            kw=f"{kw:.0f}",
        )
    )

    parts.append(_interior_part(b.effective_seats))
    if b.sliding_doors:
        parts.append(_kept_part("sliding doors", SLIDING_DOORS_KG))
    if ROOF_EXTRA_KG[b.roof] > 0:
        parts.append(_roof_part(b.roof))

    tank = TANK_BASE_L + TANK_L_PER_SIZE * (litres / KEI_LITRES) ** 0.5
    fluids = (
        TANK_FILL_SHARE * tank * FUEL_DENSITY
        + FLUIDS_BASE_KG
        + FLUIDS_KG_PER_LITRE * litres
        + (0.0 if e.cycle == 2 else SUMP_OIL_KG)
    )
    parts.append(
        _part(
            QT_TRANSLATE_NOOP("weight", "fluids"),
            round(fluids, 1),
            QT_TRANSLATE_NOOP("weight", "{tank} L tank full, oil, coolant"),
            tank=f"{tank:.0f}",
        )
    )
    return parts


def weight_parts(
    build: Build,
    k: WeightConstants,
    ek: electric.ElectricConstants | None = None,
    power_kw: float | None = None,
) -> tuple[WeightPart, ...]:
    """All parts of the estimated kerb weight.

    An electric build has a motor, battery and reduction gear in place of the engine,
    gearbox and fuel (``electric.py``; ``ek`` defaults to the shipped fitted constants).
    """
    body = _part(
        QT_TRANSLATE_NOOP("weight", "body shell"),
        round(k.shell_kg_per_m2 * shell_basis(build), 1),
        QT_TRANSLATE_NOOP("weight", "{style}, {area} m² envelope"),
        style=STYLE_WORDS.get(build.body.style, build.body.style.replace("_", " ")),
        area=f"{envelope_area_m2(build):.1f}",
    )
    equip = WeightPart(
        QT_TRANSLATE_NOOP("weight", "safety and equipment"),
        round(k.equipment_kg_per_m2 * equipment_basis(build), 1),
        QT_TRANSLATE_NOOP(
            "weight", "crash structure, airbags, air conditioning, electrics (rises with the year)"
        ),
    )
    fixed = fixed_parts(build, power_kw)
    if build.electric:
        fixed = [p for p in fixed if p.name not in electric.PETROL_ONLY_PARTS]
        ev = electric.electric_parts(build, ek if ek is not None else electric.load_constants())
        fixed[:0] = ev
    return (body, *fixed, equip)


def estimate_kerb_kg(build: Build, k: WeightConstants) -> float:
    return sum(p.kg for p in weight_parts(build, k))
