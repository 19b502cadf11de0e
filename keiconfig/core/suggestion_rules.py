"""What real cars say about a suggested change, apart from the model.

Two tables in ``resources/``, each row with its sources:

* ``real_pairs.csv``: gearbox and induction changes that real cars sold both ways do not
  bear out. ``real`` is ``not_quicker`` (a gain the model gives the change is not shown
  as a gain) or ``about_same`` (any difference the model gives is not shown as one);
  ``at_power_cap`` ``yes`` limits the row to an engine at its power cap. ``evidence`` /
  ``evidence_ja``: the sentence that says why, with the reference file's row ids.
* ``technology_years.csv``: the first year a production car had a thing (a turbo, a CVT,
  a twin-clutch gearbox); an older car is not offered it.

See ``resources/model.md``, "What a suggestion can claim".
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from typing import Final

from keiconfig.core.text import language

NOT_QUICKER: Final = "not_quicker"
ABOUT_SAME: Final = "about_same"
_REALS: Final = frozenset({NOT_QUICKER, ABOUT_SAME})


@dataclass(frozen=True)
class RealPair:
    """A change (a candidate key) made from ``from_value`` (the build's transmission or
    aspiration), and what real cars say of it."""

    change: str
    from_value: str
    at_power_cap: bool
    real: str  # NOT_QUICKER or ABOUT_SAME
    reference_rows: tuple[str, ...]
    evidence: str
    evidence_ja: str = ""

    @property
    def shown_evidence(self) -> str:
        """The evidence in the user's language (Japanese where the table has it)."""
        if language() == "ja" and self.evidence_ja:
            return self.evidence_ja
        return self.evidence


@dataclass(frozen=True)
class FirstYear:
    change: str
    first_year: int
    first_car: str
    sources: str


def _rows(name: str) -> list[dict[str, str]]:
    from keiconfig.core.resources_path import resource_path

    with resource_path(name).open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


@functools.cache
def real_pairs() -> dict[tuple[str, str], RealPair]:
    """Every row of ``real_pairs.csv`` by (change, from)."""
    out: dict[tuple[str, str], RealPair] = {}
    for row in _rows("real_pairs.csv"):
        if row["real"] not in _REALS:
            raise ValueError(f"real_pairs.csv: unknown 'real' value {row['real']!r}")
        pair = RealPair(
            change=row["change"],
            from_value=row["from"],
            at_power_cap=row["at_power_cap"] == "yes",
            real=row["real"],
            reference_rows=tuple(r for r in row["reference_rows"].split(";") if r),
            evidence=row["evidence"],
            evidence_ja=row.get("evidence_ja", ""),
        )
        out[pair.change, pair.from_value] = pair
    return out


@functools.cache
def first_years() -> dict[str, FirstYear]:
    """Every row of ``technology_years.csv`` by change (candidate key)."""
    return {
        row["change"]: FirstYear(
            change=row["change"],
            first_year=int(row["first_year"]),
            first_car=row["first_car"],
            sources=row["sources"],
        )
        for row in _rows("technology_years.csv")
    }


def available(change: str, year: int | None) -> bool:
    """Whether a production car of ``year`` could have had ``change`` (no year: yes)."""
    first = first_years().get(change)
    return first is None or year is None or year >= first.first_year
