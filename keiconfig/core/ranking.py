"""A folder of builds ranked by one figure: the class league table.

Order of the result: compliant builds first, ranked by the field (ties share a rank,
builds without a value, e.g. a car that never reaches 100 km/h, come last); then
builds that break a kei law, unranked, with the rules they break; then files that
cannot be read, with their error. Compliance is about the law: a car over the 64 PS
agreement is still ranked (see :mod:`keiconfig.core.regulations`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from keiconfig.core import regulations
from keiconfig.core.text import QT_TRANSLATE_NOOP, shown, translate, translate_n

if TYPE_CHECKING:
    from keiconfig.core.build import Build
    from keiconfig.core.results import Performance

# Field -> True when a higher value is better.
RANK_FIELDS: Final[dict[str, bool]] = {
    "zero_to_100kmh_s": False,
    "zero_to_60mph_s": False,
    "quarter_mile_s": False,
    "standing_400m_s": False,
    "kerb_weight_kg": False,
    "power_ps": True,
    "power_kw": True,
    "torque_nm": True,
    "top_speed_kmh": True,
    "power_to_weight_ps_per_tonne": True,
}
DEFAULT_FIELD: Final = "zero_to_100kmh_s"


def shown_decimals(figure: str) -> int:
    """The decimals a figure's value is shown with: 2 for a time (``…_s``), else 1."""
    return 2 if figure.endswith("_s") else 1


# Decimals shown in the JSON and CSV output (the ranking itself uses TIE_DECIMALS).
SHOWN_DECIMALS: Final[dict[str, int]] = {f: shown_decimals(f) for f in RANK_FIELDS}
# Values equal to this many decimals tie (a rank shared by 8.431 and 8.4312 s).
TIE_DECIMALS: Final = 2


class RankError(ValueError):
    """A ranking cannot be made at all (unknown field, missing folder)."""


@dataclass(frozen=True)
class Entry:
    """One file, evaluated (or not): the input of :func:`rank`."""

    file: str
    name: str | None = None
    compliant: bool | None = None
    failed: tuple[str, ...] = ()
    value: float | None = None
    error: str | None = None
    era: str | None = None  # the rules it was judged by


@dataclass(frozen=True)
class Row:
    """One line of the league table. ``rank`` is None for builds that are not ranked."""

    rank: int | None
    file: str
    name: str | None
    compliant: bool | None
    failed: tuple[str, ...]
    value: float | None
    error: str | None = None
    field: str = DEFAULT_FIELD
    era: str | None = None  # the era whose rules judged it (None: not read)

    @property
    def shown_value(self) -> float | None:
        if self.value is None:
            return None
        return round(self.value, SHOWN_DECIMALS.get(self.field, 2))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rank": self.rank,
            "file": self.file,
            "name": self.name,
            "compliant": self.compliant,
            "failed": list(self.failed),
            self.field: self.shown_value,
            "era": self.era,
        }
        if self.error is not None:
            out["error"] = self.error
        return out


def check_field(by: str) -> str:
    if by not in RANK_FIELDS:
        raise RankError(
            translate("ranking", "cannot rank by {field}; choose one of: {fields}").format(
                field=shown(repr(by)), fields=", ".join(RANK_FIELDS)
            )
        )
    return by


def _clean(value: Any) -> float | None:
    if value is None:
        return None
    v = float(value)
    return v if math.isfinite(v) else None


def rank(
    entries: Iterable[Entry], by: str = DEFAULT_FIELD, higher_better: bool | None = None
) -> tuple[Row, ...]:
    """Order evaluated entries into the league table (pure; see the module text).

    ``higher_better`` ranks by a value that is not one of :data:`RANK_FIELDS` (a
    challenge's weighted score, named ``by``).
    """
    if higher_better is None:
        check_field(by)
        higher_better = RANK_FIELDS[by]
    entries = list(entries)
    good = [e for e in entries if e.error is None and e.compliant]
    bad = [e for e in entries if e.error is None and not e.compliant]
    broken = [e for e in entries if e.error is not None]

    def key(e: Entry) -> tuple[int, float, str]:
        v = _clean(e.value)
        if v is None:
            return (1, 0.0, e.file)
        r = round(v, TIE_DECIMALS)
        return (0, -r if higher_better else r, e.file)

    good.sort(key=key)
    rows: list[Row] = []
    previous: tuple[int, float] | None = None
    current_rank = 0
    for position, e in enumerate(good, start=1):
        k = key(e)[:2]
        if k != previous:
            current_rank = position
            previous = k
        rows.append(Row(current_rank, e.file, e.name, True, (), _clean(e.value), None, by, e.era))
    rows.extend(
        Row(None, e.file, e.name, False, e.failed, _clean(e.value), None, by, e.era) for e in bad
    )
    rows.extend(Row(None, e.file, e.name, None, (), None, e.error, by) for e in broken)
    return tuple(rows)


@dataclass(frozen=True)
class Evaluated:
    """One file read and evaluated once, with every figure it can be ranked by: the table
    can be ranked by another figure without reading the folder again."""

    file: str
    name: str | None = None
    compliant: bool | None = None
    failed: tuple[str, ...] = ()
    figures: Mapping[str, float | None] = field(default_factory=dict)
    error: str | None = None
    era: str | None = None
    build: Build | None = None

    def entry(self, by: str) -> Entry:
        return Entry(
            self.file,
            self.name,
            self.compliant,
            self.failed,
            None if self.error is not None else self.figures.get(by),
            self.error,
            self.era,
        )


def evaluate_file(
    path: Path,
    display: str,
    era_id: str | None = None,
    use_year: bool = False,
    evaluate: Callable[[Build], Performance] | None = None,
) -> Evaluated:
    """Read, evaluate and judge one build file (never raises for a bad file)."""
    from keiconfig.core.files import BuildFileError, load_build

    try:
        build = load_build(path).build
    except BuildFileError as e:
        return Evaluated(display, error=str(e))
    model = evaluate if evaluate is not None else _model_evaluate()
    try:
        perf = model(build)
    except Exception as e:  # a model failure must not sink the whole table
        return Evaluated(
            display, name=build.name, error=f"{display}: could not be evaluated ({e})."
        )
    era = regulations.resolve_era(build, era_id, use_year)
    compliance = regulations.check(build, era, power_ps=perf.power_ps)
    return Evaluated(
        display,
        name=build.name,
        compliant=compliance.ok,
        failed=regulations.failed_laws(compliance),
        figures={f: _clean(getattr(perf, f, None)) for f in RANK_FIELDS},
        era=era,
        build=build,
    )


def evaluate_folder(
    folder: str | os.PathLike[str],
    era_id: str | None = None,
    use_year: bool = False,
    evaluate: Callable[[Build], Performance] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Evaluated]:
    """:func:`evaluate_file` for every build file in ``folder``. ``progress(done, total)``
    after each file; ``cancelled()`` is asked before each one (True: stop, return those
    done)."""
    if era_id is not None:
        regulations.era(era_id)  # fail early on an unknown era
    paths = build_files(folder)
    out: list[Evaluated] = []
    for i, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        out.append(evaluate_file(path, path.name, era_id, use_year, evaluate))
        if progress is not None:
            progress(i + 1, len(paths))
    return out


def rank_evaluated(items: Iterable[Evaluated], by: str = DEFAULT_FIELD) -> tuple[Row, ...]:
    return rank([item.entry(by) for item in items], by)


def _model_evaluate() -> Callable[[Build], Performance]:
    from keiconfig.core.performance import evaluate

    return evaluate


def build_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Every ``*.json`` file in the folder (not sub-folders), sorted by name; hidden files
    (a save's temporary files among them) are not builds. :func:`scan_folder` also says
    which entries named ``*.json`` were passed over."""
    return list(scan_folder(folder).files)


@dataclass(frozen=True)
class Skipped:
    """An entry named ``*.json`` that is not read as a build: ``kind`` is "folder",
    "pipe", "socket" or "device" (a special file: reading a pipe could wait forever),
    "challenge" (a class challenge kept in the folder), or "txt" (a file named
    ``*.json.txt``: an editor added '.txt' to a build's name)."""

    file: str
    kind: str


@dataclass(frozen=True)
class FolderScan:
    files: tuple[Path, ...]
    skipped: tuple[Skipped, ...] = ()


def scan_folder(folder: str | os.PathLike[str]) -> FolderScan:
    """The build files of ``folder`` (as :func:`build_files`) and the entries named
    ``*.json`` that are not read (folders, special files, and a class challenge named
    ``*.challenge.json``: a teacher keeps it beside the class's builds, and it was listed
    as a build that cannot be read, failing the run), each sorted by name; ``*.json`` in
    any case ('TANAKA.JSON'), and a file named ``*.json.txt`` said, not read. A link is
    read as a build file (a broken one gets its error in the table)."""
    import stat

    from keiconfig.core.challenge import SUFFIX as CHALLENGE_SUFFIX
    from keiconfig.core.challenge import is_challenge_file

    p = Path(folder)
    try:
        there, is_dir = p.exists(), p.is_dir()
    except OSError as e:  # a name too long for the disk: Path.exists raises it
        raise RankError(
            #: {reason} is the operating system's own words.
            translate("ranking", "The folder {folder} cannot be read ({reason}).").format(
                folder=shown(p), reason=e.strerror or e
            )
        ) from None
    if not there:
        raise RankError(
            translate("ranking", "The folder {folder} does not exist.").format(folder=shown(p))
        )
    if not is_dir:
        raise RankError(translate("ranking", "{folder} is not a folder.").format(folder=shown(p)))
    files: list[Path] = []
    skipped: list[Skipped] = []
    try:
        entries = sorted(p.iterdir(), key=lambda f: f.name)
    except OSError as e:  # not allowed to list it
        raise RankError(
            translate("ranking", "The folder {folder} cannot be read ({reason}).").format(
                folder=shown(p), reason=e.strerror or e
            )
        ) from None
    for f in entries:
        # *.json in any case: 'TANAKA.JSON' or 'Sato.Kei.Json' (named on Windows, which
        # does not tell cases apart) were left out of the table without a word
        lower = f.name.lower()
        if f.name.startswith(".") or not lower.endswith((".json", ".json.txt")):
            continue
        try:
            mode = f.lstat().st_mode
        except OSError:  # gone since it was listed
            continue
        if not lower.endswith(".json"):  # an editor's '.txt' after the name
            if stat.S_ISREG(mode):
                skipped.append(Skipped(f.name, "txt"))
            continue
        if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
            if f.name.lower().endswith(CHALLENGE_SUFFIX) and is_challenge_file(f):
                skipped.append(Skipped(f.name, "challenge"))  # kept beside the builds
                continue
            files.append(f)
        elif stat.S_ISDIR(mode):
            skipped.append(Skipped(f.name, "folder"))
        elif stat.S_ISFIFO(mode):
            skipped.append(Skipped(f.name, "pipe"))
        elif stat.S_ISSOCK(mode):
            skipped.append(Skipped(f.name, "socket"))
        else:
            skipped.append(Skipped(f.name, "device"))
    return FolderScan(tuple(files), tuple(skipped))


# How many skipped entries are named one by one; the rest are counted.
SKIPPED_NAMED: Final = 5
_SKIPPED_TEXTS: Final = {
    "folder": QT_TRANSLATE_NOOP(
        "ranking", "{file} was not read: it is a folder, not a build file."
    ),
    "pipe": QT_TRANSLATE_NOOP(
        "ranking",
        "{file} was not read: it is a pipe, not a build file (reading it could wait forever).",
    ),
    "socket": QT_TRANSLATE_NOOP(
        "ranking", "{file} was not read: it is a socket, not a build file."
    ),
    "device": QT_TRANSLATE_NOOP(
        "ranking", "{file} was not read: it is a device, not a build file."
    ),
    "challenge": QT_TRANSLATE_NOOP(
        "ranking", "{file} was not ranked: it is a class challenge, not a build."
    ),
    "txt": QT_TRANSLATE_NOOP(
        "ranking",
        "{file} was not read: an editor put .txt after its .json, so rename it to end in "
        ".json to rank it.",
    ),
}


def skipped_notes(skipped: Sequence[Skipped]) -> list[str]:
    """A sentence for each skipped entry (what and why, its name escaped: see
    :func:`keiconfig.core.text.shown`), the first :data:`SKIPPED_NAMED` of them; one
    counted sentence for the rest. In the installed translator's language; the command
    line and the window's class folder both say these."""
    notes = [
        translate("ranking", _SKIPPED_TEXTS[s.kind]).format(file=shown(s.file))
        for s in skipped[:SKIPPED_NAMED]
    ]
    rest = skipped[SKIPPED_NAMED:]
    texts = [s for s in rest if s.kind == "txt"]
    if len(texts) < len(rest):
        notes.append(
            translate_n(
                "%n more entry(ies) named *.json not read: folders or special files, "
                "not build files.",
                "",
                len(rest) - len(texts),
            )
        )
    if texts:
        notes.append(
            translate_n(
                "%n more file(s) named *.json.txt not read: rename each to end in .json "
                "to rank it.",
                "",
                len(texts),
            )
        )
    return notes


def rank_folder(
    folder: str | os.PathLike[str],
    by: str = DEFAULT_FIELD,
    era_id: str | None = None,
    use_year: bool = False,
    evaluate: Callable[[Build], Performance] | None = None,
) -> tuple[Row, ...]:
    """Read, evaluate and rank every build file in ``folder``."""
    check_field(by)
    return rank_evaluated(evaluate_folder(folder, era_id, use_year, evaluate), by)


CSV_COLUMNS: Final = ("rank", "file", "name", "compliant", "failed")


def to_csv(rows: Sequence[Row], by: str = DEFAULT_FIELD) -> str:
    """The rows as CSV text (header line first; failed rules joined by ';').

    Text from the files (names, file names, errors) comes out as :func:`csv_text` makes
    it: control characters escaped as the command line shows them, never a formula.
    """
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([*CSV_COLUMNS, by, "error", "era"])
    for r in rows:
        w.writerow(
            [
                "" if r.rank is None else r.rank,
                csv_text(r.file),
                csv_text(r.name or ""),
                "" if r.compliant is None else str(r.compliant).lower(),
                ";".join(r.failed),
                "" if r.shown_value is None else f"{r.shown_value:g}",
                csv_text(r.error or ""),
                r.era or "",
            ]
        )
    return buf.getvalue()


FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def csv_text(text: str) -> str:
    """A text cell a spreadsheet shows as text, never runs as a formula: control
    characters, line breaks and bidirectional overrides written as escapes
    (:func:`keiconfig.core.text.shown`, as the terminal shows them: ``\\x1b``, ``\\n``),
    then a text a spreadsheet would take for a formula (beginning with = + - @) gets a
    leading ``'``, as spreadsheets expect."""
    text = shown(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
