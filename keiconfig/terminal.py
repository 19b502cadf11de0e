"""What the command line writes to a terminal or a program: text from files made safe to
print, fixed-point numbers, aligned tables (East Asian wide characters count two columns)
and JSON. Shared by :mod:`keiconfig.cli` and :mod:`keiconfig.cli_explore`."""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Callable, Sequence
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


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    right: set[int],
    limit: int | None = None,
    cut: Sequence[int] = (),
    wrap_last: Callable[[str, int], list[str]] | None = None,
) -> str:
    """Aligned columns; with ``limit``, the ``cut`` columns (names) are narrowed, the
    widest first and to :data:`LEAST_CUT` at least, until the table fits that many
    columns, a cell too wide cut in its middle ("Subaru 360 Sup…by Haruto"). Then, with
    ``wrap_last`` (a wrapper: text, columns -> lines), the last column's cells still past
    ``limit`` go on under it, in lines of the room left (what a sentence says is kept)."""
    widths = [width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], width(cell))
    if limit is not None:
        least = {i: max(LEAST_CUT, width(headers[i])) for i in cut}
        while cut and sum(widths) + 2 * (len(widths) - 1) > limit:
            widest = max(cut, key=lambda c: widths[c] - least[c])
            if widths[widest] <= least[widest]:
                break
            widths[widest] -= 1
    last = len(widths) - 1
    before = sum(widths[:last]) + 2 * last  # the columns before the last one's
    wrap = None
    if limit is not None and wrap_last is not None and before + widths[last] > limit:
        room = limit - before
        if room >= LEAST_WRAP:
            widths[last], wrap = room, wrap_last

    def line(cells: Sequence[str]) -> str:
        parts = [pad(elided(c, widths[i]), widths[i], i in right) for i, c in enumerate(cells)]
        if wrap is None or width(cells[last]) <= widths[last]:
            return "  ".join(parts).rstrip()
        head, *more = wrap(cells[last], widths[last]) or [""]
        parts[last] = head
        return "\n".join(["  ".join(parts).rstrip(), *(" " * before + m for m in more)])

    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


# The fewest columns a cut name keeps (its start and end either side of "…"): a file
# named like "niva.kei.json" whole, and an 80-column table room for the rest
LEAST_CUT = 13
# The fewest columns the last column is wrapped in (fewer: it runs on, as before)
LEAST_WRAP = 12


def elided(text: str, columns: int) -> str:
    """``text`` in at most ``columns`` terminal columns: whole when it fits, else its start
    and end either side of "…" (a student's file names differ at either)."""
    if width(text) <= columns:
        return text
    head, tail = "", ""
    room = columns - 1
    chars = list(text)
    while chars and room > 0:
        front = width(head) <= width(tail)  # the shorter side takes the next letter
        ch = chars.pop(0) if front else chars.pop()
        if _columns(ch) > room:
            break
        if front:
            head += ch
        else:
            tail = ch + tail
        room -= _columns(ch)
    return head + "…" + tail


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
