"""What may stay in Latin letters in keiconfig's Japanese (window and command line): the
short, documented list the "no English left" tests allow.

Units and the abbreviations Japanese spec sheets print as they are (ALLOWED_WORDS), the
names of cars (the presets' and the reference data's: proper names), the model's
constant names and the build fields (``engine.c0``, ``zero_to_100kmh_s``), names of files
and paths (``kei_reference.csv``, ``resources/model.md``), command-line options
(``--era``), build fields set to values (``driven=rwd``), and model, grade and engine
codes in capitals as spec sheets print them (``PP1``, ``KRBB``, ``DOHC``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from keiconfig.core import presets, reference
from keiconfig.core.explore_space import CATALOGUE

#: Latin-letter words a Japanese spec sheet or magazine prints as they are: units,
#: abbreviations of car technology, the app's name, the formula symbols.
ALLOWED_WORDS = frozenset(
    [
        "mm",
        "cc",
        "kg",
        "PS",
        "kW",
        "rpm",
        "km",
        "mph",
        "N",
        "m",
        "s",
        "t",
        "L",
        "MB",
        "kgf",
        "CVT",
        "MT",
        "AT",
        "NA",
        "SUV",
        "4WD",
        "FF",
        "FR",
        "RR",
        "MR",
        "AWD",
        "PNG",
        "SVG",
        "CSV",
        "PDF",
        "JSON",
        "UTF",
        "keiconfig",
        "kei",
        "Cd",
        "Crr",
        "rho",
        "eta",
        "Enter",
        "Ctrl",  # a key's name as Japanese Windows prints it ("Ctrl+Z", like "Enter")
        "PageDown",  # (Ctrl+PageDown: the next tab, as Japanese Windows prints the key)
        "PageUp",
        "kWh",
        "WLTC",
        "webCG",  # a Japanese car magazine, cited by a preset's notes
    ]
)

#: The build fields the explorer varies, by name (``year``, ``body.length_mm``): a tooltip
#: gives the name the command line's ``--vary`` takes.
FIELD_PATHS = frozenset(CATALOGUE)
WORD = re.compile(r"[A-Za-z]{2,}")
# names of build fields and figures (zero_to_100kmh_s, engine.c0), typed as they are
# (ASCII bounds: an identifier may touch Japanese text, zero_to_100kmh_sと...)
_IDENTIFIER = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[_./][A-Za-z0-9]+)+(?![A-Za-z0-9])")
# a build field set to a value as a build file writes it (explore's changes: driven=rwd)
_SETTING = re.compile(r"(?<![A-Za-z0-9])[a-z_]+=[^\s,]+")
# model, grade and engine codes as spec sheets print them: capitals, maybe digits and dashes
# (a capital-letter code may touch Japanese text: SOHCエンジン)
_CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![A-Za-z0-9])")
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")
# the command line's options (--era), typed as they are
_OPTION = re.compile(r"(?<![A-Za-z0-9])--[a-z][a-z-]*")


@functools.cache
def _proper_names() -> frozenset[str]:
    words: set[str] = set()
    names = [p.name for p in presets.list_presets()]
    names += [p.build.name for p in presets.list_presets()]
    names += [p.build.localized("ja").name for p in presets.list_presets()]  # N-VAN e:
    cars, _skipped = reference.load_reference()
    names += [c.label for c in cars] + [c.build.name for c in cars]
    for name in names:
        words.update(WORD.findall(name))
    return frozenset(words)


def english_words(text: str, also_allowed: Iterable[str] = ()) -> list[str]:
    """The English words of ``text`` that are not on the allowed list (nor a car's name,
    a field, a path or a code), in order."""
    allowed = ALLOWED_WORDS | _proper_names() | set(also_allowed)
    plain = _MARKUP.sub(" ", text)
    for pattern in (_SETTING, _OPTION, _IDENTIFIER, _CODE):
        plain = pattern.sub(" ", plain)
    return [w for w in WORD.findall(plain) if w not in allowed]
