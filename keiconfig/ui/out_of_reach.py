"""A time the car never reaches, said in words wherever a 0–100 km/h (or 0–60 mph) time is
shown: "out of reach" (到達せず), and a sentence saying why.

The Subaru 360's run tops out at 95 km/h. The preset gallery said so first ('out of
reach' in its column, the sentence in its tooltip); the results card still showed a bare
'—' in big digits, which says nothing read aloud, and the comparison table a '—' too. The
words live here once, so every place says the same.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP

from keiconfig.ui import format as fmt
from keiconfig.ui.i18n import core_translate

_CONTEXT: Final = "OutOfReach"
#: In place of a 0–100 km/h (or 0–60 mph) time the car never reaches: in the preset
#: gallery's column, on a results card, in the comparison table. Short: columns are narrow.
_WORDS: Final = QT_TRANSLATE_NOOP("OutOfReach", "out of reach")
#: Why a time is "out of reach" ({target}: "100 km/h" or "60 mph"; {speed}: a number).
_WHY: Final = QT_TRANSLATE_NOOP(
    "OutOfReach", "The model's run never reaches {target} (top speed {speed} km/h)"
)

# The times that are a speed to reach, and that speed as the sentence writes it (a
# distance, the quarter mile or 400 m, is always covered by a car that moves at all).
TARGETS: Final = {"zero_to_60mph_s": "60 mph", "zero_to_100kmh_s": "100 km/h"}


def words() -> str:
    """ "out of reach", in the language shown."""
    return core_translate(_CONTEXT, _WORDS)


def why_missing(field: str, value: float | None, top_speed_kmh: float | None) -> str:
    """Why ``field``'s time has no ``value``: :func:`why` where the value is missing (not a
    number) and the field is a speed the car never reaches at its top speed; else empty.
    (The card, the comparison and the gallery ask it here.)"""
    if fmt.is_number(value) or not fmt.is_number(top_speed_kmh):
        return ""
    return why(field, top_speed_kmh)


def why(field: str, top_speed_kmh: float | None) -> str:
    """The sentence for ``field``'s time ("zero_to_100kmh_s") that a car of this top speed
    never reaches; empty when ``field`` is no speed to reach or the top speed is unknown."""
    target = TARGETS.get(field)
    if target is None or not fmt.is_number(top_speed_kmh):
        return ""
    return core_translate(_CONTEXT, _WHY).format(target=target, speed=fmt.number(top_speed_kmh, 0))
