"""What the command line writes to a terminal or a program: text from files made safe to
print, fixed-point numbers, aligned tables (East Asian wide characters count two columns)
and JSON. Shared by :mod:`keiconfig.cli` and :mod:`keiconfig.cli_explore`."""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

from keiconfig.core.text import shown

__all__ = ["dump_json", "fixed", "json_number", "pad", "shown", "table", "width"]


def json_number(value: Any, decimals: int) -> float | int | None:
    """A JSON-safe rounded number: None for missing or non-finite values."""
    if value is None:
        return None
    v = float(value)
    if not math.isfinite(v):
        return None
    r = round(v, decimals)
    return int(r) if r.is_integer() and abs(r) < 2**53 else r


def fixed(value: Any, decimals: int = 1) -> str:
    if value is None:
        return "–"
    v = float(value)
    if decimals == 0 and math.isfinite(v):
        # half away from zero, as the window writes it (keiconfig.ui.format.number):
        # Python's half to even made the Jimny LJ10's 600.5 kg "600" here, "601" there
        v = math.floor(abs(v) + 0.5) * (1 if v >= 0 else -1)
    return f"{v:.{decimals}f}"


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: East Asian wide characters (日本語) take two;
    combining marks and the invisible joiners (the zero-width joiner of an emoji) none."""
    return sum(_columns(c) for c in text)


def _columns(ch: str) -> int:
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def pad(text: str, columns: int, right: bool = False) -> str:
    """``text`` filled with spaces to ``columns`` terminal columns."""
    fill = " " * max(columns - width(text), 0)
    return fill + text if right else text + fill


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> str:
    widths = [width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], width(cell))

    def line(cells: Sequence[str]) -> str:
        parts = [pad(c, widths[i], i in right) for i, c in enumerate(cells)]
        return "  ".join(parts).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def dump_json(data: Any, out: TextIO) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)
    if not text.isascii():
        # A file name with bytes that are not UTF-8 (a Shift_JIS name from a Windows zip)
        # is held as surrogate escapes, which no UTF-8 output can carry (they became "?"):
        # they are written as JSON's "\\udcff" escapes, which a program reads back as the
        # name Python opens the file by.
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    out.write(text)
    out.write("\n")
