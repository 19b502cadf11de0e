"""The reference cars: ``resources/reference.csv`` read into builds and published figures.

The CSV (a copy of the shared ``kei_reference.csv``) describes real cars in prose-ish
columns. Each row becomes a :class:`~keiconfig.core.build.Build` with only the
configuration a user would enter (no power or weight: those are what the
model estimates), plus the published figures to compare with.

Rules for blanks (the CSV never guesses, so we state our fills here):

* no cylinder count, no displacement on a car that is not a kei car, or an electric
  car: the row is skipped with a reason (the model has no engine to work from);
* displacement blank on a kei car: its era's limit (``regulations.csv``) less 2 cc (kei
  engines are built to it: 354-359, 543-548 and 656-659 cc in this file); the weight
  moves by a few kilograms with it, so the row's kerb weight is fitted, but its power
  and torque, whose main input the displacement is, are kept out of the fits;
* length or width blank: a kei car (or any car of 660 cc or less) is given the size
  limits of the era it was built in less 5 mm (kei cars are built to the box); a larger car
  is given 3600 × 1600 mm (a European supermini); height blank: the style default;
* gears blank: 4 before 1975, else 5; transmission blank: manual;
* valves per cylinder blank (four-stroke): from a valve count in the engine text
  ("16v" on four cylinders is 4), else 2 for an engine described as OHV or SOHC or
  built before 1980 (multi-valve heads were not in small cars then), else the
  format's default (4);
* 0-62 mph counts as 0-100 km/h (62 mph is 99.8 km/h);
* ``power_cap_ps`` is 64 for Japanese makes from 1987 on (the agreement), null
  otherwise; ``drivetrain.speed_limit_kmh`` is 140 for Japanese kei cars from 1990 on
  (the makers' limiter), null otherwise;
* the redline is the model's default (a mean-piston-speed rule), except where the
  published power-peak rpm is above it: a rev limit is never below the power peak, so
  the row's ``engine.redline_rpm`` is then that rpm (a lower bound from published data;
  the Beat, T360, Dangan ZZ and both Mira TR-XX);
* ``body.construction`` is a ladder frame where the body text says "ladder-frame" and
  a space frame for a Caterham Seven (a tubular frame by definition of the car);
  ``engine.individual_throttles`` is set where the engine text names individual
  throttles or a carburettor per cylinder (twin carburettors on a twin, four on a
  four);
* ``engine.cooling`` is air or water where the engine text says "air-cooled" or
  "water-cooled" (else the default, water); ``body.sliding_doors`` is set where the
  body text names sliding doors;
* a twin-clutch gearbox ("DSG", "DCT", "twin-clutch", "dual-clutch" in the
  transmission text) is a ``dct``; a single-clutch automated manual (AGS) is a
  ``manual`` (it has a clutch, not a torque converter, and its changes cut the drive).

Rows may be kept out of a fit (``fit_exclude``) for a stated reason; they are still
listed in the calibration report. A row whose length or width was filled keeps its
kerb weight out of the weight fit: the shell, equipment and running gear all scale
with the dimensions, so the comparison would test the default, not the model.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from typing import Final

from keiconfig.core import regulations
from keiconfig.core.build import KEI_SPEED_LIMIT_KMH, PUBLISHED_FIGURES, Build, changed
from keiconfig.core.resources_path import resource_path

JAPANESE_MAKES: Final = (
    "subaru",
    "mazda",
    "suzuki",
    "daihatsu",
    "mitsubishi",
    "honda",
    "autozam",
    "nissan",
    "toyota",
)

# Style defaults used only to fill blank dimensions of reference rows.
STYLE_HEIGHT_MM: Final[dict[str, int]] = {
    "hatchback": 1420,
    "tall_wagon": 1700,
    "sedan": 1380,
    "coupe": 1250,
    "roadster": 1180,
    "suv": 1680,
    "van": 1850,
    "truck": 1750,
}
NON_KEI_SIZE_MM: Final = (3600, 1600)  # a European supermini
KEI_CC_BELOW_LIMIT: Final = 2  # a blank kei displacement: the era's limit less this
OLD_TOP_SPEED_BEFORE: Final = 1970  # top speeds of earlier cars are kept out of the fit
SPEED_LIMITER_FROM: Final = 1990  # the kei makers' 140 km/h limiter (regulations.csv)

# Kei size limits by the year they came in (length, width).
KEI_SIZE_BY_YEAR: Final = (
    (1998, 3400, 1480),
    (1990, 3300, 1400),
    (1976, 3200, 1400),
    (1951, 3000, 1300),
)

FIGURES: Final = PUBLISHED_FIGURES  # the figures a reference car may publish


@dataclass(frozen=True)
class ReferenceCar:
    row_id: str
    label: str
    build: Build
    published: dict[str, float]  # figure name -> published value
    time_kind: str
    fills: tuple[str, ...]  # what was filled by a default
    fit_exclude: dict[str, str] = field(default_factory=dict)  # figure -> reason
    # The published power-peak rpm (in the build only where the default redline is below
    # it); the report also shows the power with it entered as the redline.
    power_rpm: float | None = None
    torque_rpm: float | None = None  # the published torque-peak rpm
    make: str = ""  # the maker, for grouped cross-validation (leave one maker out)


@dataclass(frozen=True)
class SkippedRow:
    row_id: str
    label: str
    reason: str


def _num(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _style(text: str) -> str:
    t = text.lower()
    for key, style in (
        ("tall wagon", "tall_wagon"),
        ("roadster", "roadster"),
        ("seven", "roadster"),
        ("pickup", "truck"),
        ("truck", "truck"),
        ("utility", "truck"),
        ("coupe", "coupe"),
        ("saloon", "sedan"),
        ("sedan", "sedan"),
        ("suv", "suv"),
        ("4x4", "suv"),
        ("hatchback", "hatchback"),
        ("crossover", "hatchback"),
        ("van", "van"),
    ):
        if key in t:
            return style
    return "hatchback"


def _construction(text: str) -> str | None:
    """A ladder frame where the body text says so; a Caterham Seven is a tubular space
    frame by definition of the car; else left to the default."""
    t = text.lower()
    if "ladder" in t:
        return "ladder_frame"
    if "(seven)" in t:
        return "space_frame"
    return None


def _cooling(text: str) -> str | None:
    """Air or water where the engine text says so; else left to the default."""
    t = text.lower()
    if "air-cooled" in t:
        return "air"
    if "water-cooled" in t:
        return "water"
    return None


def _roof(text: str, style: str) -> str:
    t = text.lower()
    if "targa" in t:
        return "targa"
    if "hard-top" in t or "hardtop" in t:
        return "removable_hard"
    if "canvas" in t or "soft" in t or style == "roadster":
        return "soft"
    return "fixed"


# Words naming a twin-clutch gearbox in the reference's transmission text.
TWIN_CLUTCH_WORDS: Final = (
    "dsg",
    "dct",
    "twin-clutch",
    "dual-clutch",
    "twin clutch",
    "dual clutch",
)


def _transmission(text: str, year: int) -> tuple[str, int | None]:
    t = text.strip().lower()
    first = re.split(r"[/(+]", t)[0].strip() if t else ""
    if not first:
        return "manual", 4 if year < 1975 else 5
    if "cvt" in first:
        return "cvt", None
    m = re.match(r"(\d+)\s*-?\s*(speed)?\s*(mt|ags|dsg|at)?", first)
    gears = int(m.group(1)) if m else None
    if any(w in first for w in TWIN_CLUTCH_WORDS):
        return "dct", gears
    if "at" in first.split() or first.endswith("at"):
        return "automatic", gears
    return "manual", gears


def _valves_from_text(text: str, cylinders: int, year: int) -> float | None:
    t = text.lower()
    m = re.search(r"(\d+)\s*v\b", t)
    if m and cylinders > 0 and int(m.group(1)) % cylinders == 0:
        return float(int(m.group(1)) // cylinders)
    if "ohv" in t or "sohc" in t or year < 1980:
        return 2.0
    return None


def _kei_size(year: int) -> tuple[int, int]:
    for since, length, width in KEI_SIZE_BY_YEAR:
        if year >= since:
            return length, width
    return KEI_SIZE_BY_YEAR[-1][1:]


def _parse(row: dict[str, str]) -> ReferenceCar | SkippedRow:
    label = f"{row['make']} {row['model']} ({row['variant']})"
    rid = row["id"]
    cyl = _num(row["cylinders"])
    cc = _num(row["displacement_cc"])
    if cyl == 0 or row["aspiration"].strip().lower().startswith("electric"):
        # (the model has an electric drive; its own check is `calibration --check-electric`)
        return SkippedRow(
            rid,
            label,
            "electric car: checked by `keiconfig calibration --check-electric` against "
            "resources/electric_cars.csv; this table is the petrol model's",
        )
    year = int(row["year_from"])
    fills: list[str] = []
    is_kei = row["is_kei"].strip().upper().startswith("Y")
    if cc is None and cyl is not None and is_kei:
        # A kei engine is built to its era's limit (this file's: 354-359, 543-548 and
        # 656-659 cc): the limit less KEI_CC_BELOW_LIMIT stands in. Only the weight is
        # compared: the engine's parts move by a few kilograms with it, the power law by
        # its whole share (its power and torque are kept out of the fits, below).
        cycle_of_row = 2 if row["engine_cycle"].strip().startswith("2-stroke") else 4
        era = regulations.era(regulations.era_for_year(year))
        cc = float(era.max_displacement_cc(cycle_of_row) - KEI_CC_BELOW_LIMIT)
        fills.append("displacement")
    if cyl is None or cc is None:
        return SkippedRow(rid, label, "no displacement or cylinder count published")
    style = _style(row["body_style"])
    length, width, height = (_num(row[c]) for c in ("length_mm", "width_mm", "height_mm"))
    if length is None or width is None:
        kei_size = is_kei or cc <= 660
        dl, dw = _kei_size(year) if kei_size else NON_KEI_SIZE_MM
        if kei_size:
            dl, dw = dl - 5, dw - 5
        length = length or dl
        width = width or dw
        fills.append("length/width")
    if height is None:
        height = STYLE_HEIGHT_MM[style]
        fills.append("height")
    wb = _num(row["wheelbase_mm"])
    seats = _num(row["seats"])
    asp_text = row["aspiration"].lower()
    aspiration = (
        "turbo" if "turbo" in asp_text else ("supercharger" if "supercharger" in asp_text else "na")
    )
    cycle = 2 if row["engine_cycle"].strip().startswith("2-stroke") else 4
    valves = _num(row["valves_per_cyl"])
    if valves is None and cycle == 4:
        valves = _valves_from_text(row["engine_cycle"], int(cyl), year)
        if valves is not None:
            fills.append("valves")
    # One carburettor or throttle per cylinder, where the engine text says so.
    intake_text = (row["engine_cycle"] + " " + row["aspiration"] + " " + row["variant"]).lower()
    throttles = any(
        w in intake_text
        for w in ("individual throttle", "twin carb", "twin-carb", "twin su", "4 carb", "4-carb")
    ) and not (cyl > 2 and "twin carb" in intake_text)
    pos_text = row["engine_position"].lower()
    position = "mid" if pos_text.startswith("mid") else "rear" if "rear" in pos_text else "front"
    dw_text = row["driven_wheels"].upper().split("(")[0]
    driven = (
        "awd" if ("4WD" in dw_text or "AWD" in dw_text) else ("rwd" if "RWD" in dw_text else "fwd")
    )
    trans, gears = _transmission(row["transmission"], year)
    if not row["transmission"].strip():
        fills.append("gearbox")
    japanese = row["make"].split()[0].lower() in JAPANESE_MAKES
    cap = 64.0 if japanese and year >= 1987 else None
    # The 140 km/h speed limiter: Japanese kei cars from 1990 on (regulations.csv).
    limit = KEI_SPEED_LIMIT_KMH if japanese and is_kei and year >= SPEED_LIMITER_FROM else None
    build = Build.model_validate(
        {
            "name": label[:80],
            "year": year,
            "body": {
                "style": style,
                "length_mm": int(length),
                "width_mm": int(width),
                "height_mm": int(height),
                "wheelbase_mm": int(wb) if wb is not None and wb < length else None,
                "seats": int(seats) if seats is not None else None,
                "roof": _roof(row["body_style"], style),
                "construction": _construction(row["body_style"]),
                "sliding_doors": True if "sliding" in row["body_style"].lower() else None,
            },
            "engine": {
                "cylinders": int(cyl),
                "displacement_cc": int(cc),
                "aspiration": aspiration,
                "intercooler": True if "intercooler" in asp_text else None,
                "valves_per_cylinder": int(valves) if valves is not None and cycle == 4 else None,
                "cycle": cycle,
                "position": position,
                "power_cap_ps": cap,
                "individual_throttles": True if throttles else None,
                "cooling": _cooling(row["engine_cycle"]),
            },
            "drivetrain": {
                "driven": driven,
                "transmission": trans,
                "gears": gears,
                "speed_limit_kmh": limit,
            },
        }
    )
    # A rev limit is never below the power peak: where the default redline (a mean
    # piston speed rule) is below the published power-peak rpm, the row's redline is that
    # rpm, a lower bound from published data (the Beat, T360, Dangan ZZ, both Mira TR-XX).
    power_rpm = _num(row["power_rpm"])
    if power_rpm is not None and power_rpm > build.engine.effective_redline_rpm:
        build = changed(build, {"engine.redline_rpm": int(power_rpm)})
    pub: dict[str, float] = {}
    for name, col in (
        ("kerb_weight_kg", "kerb_weight_kg"),
        ("power_ps", "power_ps"),
        ("torque_nm", "torque_nm"),
        ("zero_to_60mph_s", "zero_60mph_s"),
        ("quarter_mile_s", "quarter_mile_s"),
        ("standing_400m_s", "zero_400m_s"),
        ("top_speed_kmh", "top_speed_kmh"),
    ):
        v = _num(row[col])
        if v is not None:
            pub[name] = v
    t100 = _num(row["zero_100_kmh_s"]) or _num(row["zero_62mph_s"])
    if t100 is not None:
        pub["zero_to_100kmh_s"] = t100
    exclude: dict[str, str] = {}
    notes = (row["notes"] + " " + row["time_source_detail"]).lower()
    for word, why in (("wet", "measured in the wet"), ("damp", "measured on a damp track")):
        if word in notes:
            for f in ("zero_to_60mph_s", "zero_to_100kmh_s", "quarter_mile_s", "standing_400m_s"):
                exclude[f] = why
    if limit is not None and "top_speed_kmh" in pub:
        exclude["top_speed_kmh"] = (
            "at the 140 km/h limiter: it says what the limiter is set to, not what the car does"
        )
    if "displacement" in fills:
        for f in ("power_ps", "torque_nm"):
            if f in pub:
                exclude[f] = (
                    "displacement not published: the power law's main input would be the "
                    "kei limit, a default"
                )
    if "length/width" in fills:
        exclude["kerb_weight_kg"] = (
            "length/width not published: the weight model's main inputs would be defaults"
        )
    if row["make"].strip().lower() == "caterham":
        exclude["kerb_weight_kg"] = (
            "the space-frame factors are stated from this car, so it cannot test them"
        )
        if "top_speed_kmh" in pub:
            exclude["top_speed_kmh"] = (
                "the space frame's drag factor is stated from this car, so it cannot test it"
            )
    if year < OLD_TOP_SPEED_BEFORE and "top_speed_kmh" in pub:
        exclude["top_speed_kmh"] = (
            "a top speed of the 1950s-60s: a catalogue figure, unmeasured or rounded; in the "
            "fit these hold cd_old at its bound and raise every car's drag"
        )
    if "four passengers" in notes:
        exclude["top_speed_kmh"] = "top speed with four passengers aboard"
    return ReferenceCar(
        rid,
        label,
        build,
        pub,
        row["time_kind"].strip() or "n/a",
        tuple(fills),
        exclude,
        power_rpm,
        _num(row["torque_rpm"]),
        row["make"].split()[0].strip().lower(),
    )


@functools.cache
def load_reference() -> tuple[tuple[ReferenceCar, ...], tuple[SkippedRow, ...]]:
    """All reference cars the model can take, and the rows it cannot (with reasons)."""
    cars: list[ReferenceCar] = []
    skipped: list[SkippedRow] = []
    with resource_path("reference.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            item = _parse(row)
            if isinstance(item, ReferenceCar):
                cars.append(item)
            else:
                skipped.append(item)
    return tuple(cars), tuple(skipped)
