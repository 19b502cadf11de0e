"""Number formatting for the screen: one place, so every panel writes figures the same way.

Plain functions, no Qt: ``mm(3395) == "3,395 mm"``, ``power(64, 47.1) == "64 PS (47 kW)"``,
``seconds(10.23) == "10.2 s"``. A missing figure (``None``, NaN, infinity) is written
as :data:`MISSING` ("—"), for example a 0–100 km/h time the car never reaches.
"""

from __future__ import annotations

import math
from typing import Final

from keiconfig.core import text
from keiconfig.core.engine import PS_TO_KW

MISSING: Final = "—"
PS_PER_KW: Final = 1.0 / PS_TO_KW  # metric horsepower per kilowatt, as the model converts
NM_PER_KGFM: Final = 9.80665  # newton-metres per kilogram-force metre (standard gravity)
MPH_PER_KMH: Final = 0.621371


def is_number(value: float | None) -> bool:
    """True for a finite number (not None, NaN or infinity)."""
    return value is not None and math.isfinite(value)


def number(value: float | None, decimals: int = 0) -> str:
    """``3395 -> "3,395"``; thousands separated by commas; ``None -> "—"``."""
    if not is_number(value):
        return MISSING
    assert value is not None
    if decimals == 0:
        # round half away from zero, as people expect (Python rounds half to even)
        value = math.floor(abs(value) + 0.5) * (1 if value >= 0 else -1)
    text = f"{value:,.{decimals}f}"
    return "0" if text in ("-0", "-0.0") and decimals == 0 else text


def figure(value: float | None, field: str, unit: bool = True) -> str:
    """A build's figure as its dashboard card writes it, in every place that shows it (the
    explorer's tables and sentences, the command line): ``figure(15.917,
    "zero_to_100kmh_s") == "15.9 s"`` (the explorer said "Your build: 15.92 s" beside the
    card's "15.9 s"); without ``unit``, the number alone (under a heading that names it).
    Never reached: "—"."""
    from keiconfig.core.compare import figure_decimals
    from keiconfig.core.explore_problem import unit_of

    text = number(value, figure_decimals(field))
    return text if text == MISSING or not unit else text + unit_of(field)


def quantity(value: float | None, unit: str, decimals: int = 0) -> str:
    """``quantity(3395, "mm") -> "3,395 mm"``."""
    text = number(value, decimals)
    return text if text == MISSING else f"{text} {unit}"


def mm(value: float | None) -> str:
    return quantity(value, "mm")


def cc(value: float | None) -> str:
    return quantity(value, "cc")


def kg(value: float | None) -> str:
    return quantity(value, "kg")


def ps(value: float | None) -> str:
    return quantity(value, "PS")


def kw(value: float | None) -> str:
    return quantity(value, "kW")


def power(power_ps: float | None, power_kw: float | None = None) -> str:
    """``power(64, 47.07) -> "64 PS (47 kW)"``; kW derived from PS when not given."""
    if not is_number(power_ps):
        return MISSING
    assert power_ps is not None
    if not is_number(power_kw):
        power_kw = power_ps / PS_PER_KW
    return f"{ps(power_ps)} ({kw(power_kw)})"


def torque(nm: float | None) -> str:
    return quantity(nm, "N·m")


def kgfm(nm: float | None) -> str:
    """Torque in kilogram-force metres, as older Japanese spec sheets give it:
    ``kgfm(63) == "6.4 kgf·m"``."""
    return quantity(None if nm is None else nm / NM_PER_KGFM, "kgf·m", 1)


def seconds(value: float | None) -> str:
    """``10.23 -> "10.2 s"``; a time never reached (None, inf) -> "—"."""
    return quantity(value, "s", 1)


def sentence_seconds(value: float | None) -> str:
    """A time inside a sentence: ``19.2 -> "19.2 s"``, in Japanese "19.2秒" (a card's or a
    table's figure keeps "s": :func:`seconds`); never reached -> "—"."""
    if not is_number(value):
        return MISSING
    assert value is not None
    return text.seconds(value)


def kmh(value: float | None) -> str:
    return quantity(value, "km/h")


def ps_per_tonne(value: float | None) -> str:
    return quantity(value, "PS/t")


def rpm(value: float | None) -> str:
    return quantity(value, "rpm")


def unit_value(value: float | None, unit: str) -> str:
    """A rule check's value in its own unit ("mm", "cc", "PS"); PS keeps one decimal if needed."""
    if unit == "PS" and is_number(value) and value is not None and value != round(value):
        return quantity(value, unit, 1)
    return quantity(value, unit)


def signed_delta(delta: float, unit: str, decimals: int = 0) -> str:
    """The size of a change without its sign: ``0.43, "s", 1 -> "0.4 s"``."""
    return quantity(abs(delta), unit, decimals)


# Bytes of a suggested file name's stem: with its suffix (".kei.json", "-run.csv") within
# the 255 bytes a file name has on Linux and macOS disks (80 four-byte letters made 329).
FILE_STEM_BYTES = 200


def file_stem(name: str) -> str:
    """A file name stem for a build's name: ``"My Beat!" -> "my-beat"`` (``"build"`` if none),
    at most :data:`FILE_STEM_BYTES` bytes in UTF-8."""
    keep = "".join(c if c.isalnum() or c in "-_ " else " " for c in name)
    stem = "-".join(keep.lower().split())
    while len(stem.encode("utf-8")) > FILE_STEM_BYTES:
        stem = stem[:-1]
    return stem.rstrip("-") or "build"
