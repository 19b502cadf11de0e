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
import re
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
# Each figure as a ranked table's column names it, the window's class folder and the
# terminal's rank table alike ("0–100 km/h (s)"; the CSV and JSON keep the ids, for
# programs). In the class folder's context, where they were first.
FIELD_LABELS: Final[dict[str, str]] = {
    "zero_to_100kmh_s": QT_TRANSLATE_NOOP("ClassFolderDialog", "0–100 km/h (s)"),
    "zero_to_60mph_s": QT_TRANSLATE_NOOP("ClassFolderDialog", "0–60 mph (s)"),
    "quarter_mile_s": QT_TRANSLATE_NOOP("ClassFolderDialog", "Quarter mile (s)"),
    "standing_400m_s": QT_TRANSLATE_NOOP("ClassFolderDialog", "400 m (s)"),
    "kerb_weight_kg": QT_TRANSLATE_NOOP("ClassFolderDialog", "Kerb weight (kg)"),
    "power_ps": QT_TRANSLATE_NOOP("ClassFolderDialog", "Power (PS)"),
    "power_kw": QT_TRANSLATE_NOOP("ClassFolderDialog", "Power (kW)"),
    "torque_nm": QT_TRANSLATE_NOOP("ClassFolderDialog", "Torque (N·m)"),
    "top_speed_kmh": QT_TRANSLATE_NOOP("ClassFolderDialog", "Top speed (km/h)"),
    "power_to_weight_ps_per_tonne": QT_TRANSLATE_NOOP(
        "ClassFolderDialog", "Power-to-weight (PS/t)"
    ),
    # an electric car's, a class challenge's objective only (a folder is not ranked by it
    # otherwise: RANK_FIELDS); it was headed "Score (lower is better)" in the window and
    # "wltc_range_km" by keiconfig rank --challenge
    "wltc_range_km": QT_TRANSLATE_NOOP("ClassFolderDialog", "WLTC range (km)"),
}
SCORE_LABEL: Final = QT_TRANSLATE_NOOP("ClassFolderDialog", "Score (lower is better)")


def field_label(field: str) -> str:
    """The column title of a ranked figure (a ``RANK_FIELDS`` id, a challenge's objective,
    or a challenge's ``score``) in the user's language: "0–100 km/h (s)", "Score (lower is
    better)"; the window's class folder and keiconfig rank both head it so."""
    if field == "score":
        return translate("ClassFolderDialog", SCORE_LABEL)
    label = FIELD_LABELS.get(field)
    return translate("ClassFolderDialog", label) if label is not None else field


def shown_decimals(figure: str) -> int:
    """The decimals a figure's value is shown with: 2 for a time (``…_s``), else 1."""
    return 2 if figure.endswith("_s") else 1


# Decimals shown in the tables, JSON and CSV output (the ranking itself uses TIE_DECIMALS):
# every figure a table is headed by, a challenge's WLTC range too (it showed 183.13 km,
# a figure the cards give to 0.1); a challenge's score, not a figure, keeps 2.
SHOWN_DECIMALS: Final[dict[str, int]] = {f: shown_decimals(f) for f in FIELD_LABELS}
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
    scan = scan_folder(folder)
    paths = scan.files
    out: list[Evaluated] = []
    for i, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        out.append(evaluate_file(path, scan.name(path), era_id, use_year, evaluate))
        if progress is not None:
            progress(i + 1, len(paths))
    return out


def own_rules_note(items: Iterable[Evaluated]) -> str | None:
    """A sentence for the builds whose files name other rules to be judged by
    (``judged_by``) than the ones the ranking judged them by: a ranking judges a class by
    one era (a fair one), which a teacher whose students chose 1976's rules is told."""
    n = sum(
        1
        for item in items
        if item.build is not None
        and item.build.judged_by is not None
        and item.build.judged_by != item.era
    )
    if not n:
        return None
    return translate_n(
        "%n file(s) name other rules to be judged by (judged_by): a ranking judges every "
        "build by the same rules.",
        "",
        n,
    )


def rank_evaluated(items: Iterable[Evaluated], by: str = DEFAULT_FIELD) -> tuple[Row, ...]:
    return rank([item.entry(by) for item in items], by)


def _model_evaluate() -> Callable[[Build], Performance]:
    from keiconfig.core.performance import evaluate

    return evaluate


def build_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Every ``*.json`` file in the folder and its sub-folders (see :func:`scan_folder`,
    which also says what was passed over), sorted by their path from the folder; hidden
    files (a save's temporary files among them) are not builds."""
    return list(scan_folder(folder).files)


@dataclass(frozen=True)
class Skipped:
    """An entry named ``*.json`` that is not read as a build: ``kind`` is "folder",
    "pipe", "socket" or "device" (a special file: reading a pipe could wait forever),
    "challenge" (a class challenge kept in the folder), or "txt" (a file named
    ``*.json.txt``: an editor added '.txt' to a build's name)."""

    file: str
    kind: str


# A class's downloaded submissions (Moodle, Google Classroom, Teams: one sub-folder per
# student, sometimes one more inside it) are searched this many levels of sub-folders down.
MAX_DEPTH: Final = 3
# At most this many build files are read, and this many folder entries looked at: a huge
# tree (a whole drive chosen by a slip) is cut short, said, and never hangs the window.
MAX_FILES: Final = 2000
MAX_ENTRIES: Final = 20000
# Folders never searched: hidden ones (.git, .Trash) and the Mac's zip leftovers.
SKIPPED_FOLDERS: Final = ("__macosx",)


@dataclass(frozen=True)
class FolderScan:
    """The build files found (full paths, sorted by :meth:`name`) and what was passed
    over: entries named ``*.json`` said one by one (``skipped``), sub-folders counted."""

    files: tuple[Path, ...]
    skipped: tuple[Skipped, ...] = ()
    root: Path = Path()
    folders: int = 0  # sub-folders searched
    hidden: int = 0  # hidden folders (.git, __MACOSX) not searched
    links: int = 0  # links in sub-folders and linked folders: not followed
    too_deep: int = 0  # folders more than MAX_DEPTH levels down, not searched
    unopened: int = 0  # sub-folders that could not be listed
    zips: int = 0  # zip files (a student's submission left zipped): never opened
    cut_short: bool = False  # MAX_FILES or MAX_ENTRIES reached

    def name(self, path: Path) -> str:
        """The file as the table names it: its path from the class folder
        ('Tanaka Yui_12345_assignsubmission_file/beat.kei.json'), with '/' between."""
        return entry_name(self.root, path)


def entry_name(root: Path, path: Path) -> str:
    """``path`` relative to ``root``, '/' between folders (the file name alone when it
    is not under ``root``)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def scan_folder(folder: str | os.PathLike[str]) -> FolderScan:
    """The build files of ``folder`` and of its sub-folders up to :data:`MAX_DEPTH`
    levels down (a class's downloaded submissions: one folder per student), and what
    was not read. Entries named ``*.json`` that are not read (folders, special files, a
    class challenge named ``*.challenge.json``: a teacher keeps it beside the class's
    builds) are each said; ``*.json`` in any case ('TANAKA.JSON'), and a file named
    ``*.json.txt`` said, not read. Hidden folders (.git), __MACOSX, linked folders and
    folders deeper down are not searched, counted. A link in the folder itself is read
    as a build file (a broken one gets its error in the table); one in a sub-folder is
    read only when it leads to a file inside the folder (a student's link never reads
    the teacher's other files). At most :data:`MAX_FILES` builds (and
    :data:`MAX_ENTRIES` entries looked at)."""
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
        if _loops(p):  # (a link leading back to itself "exists" not)
            raise RankError(
                translate(
                    "ranking", "{folder} is a link that leads back to itself, not a folder."
                ).format(folder=shown(p))
            )
        raise RankError(
            translate("ranking", "The folder {folder} does not exist.").format(folder=shown(p))
        )
    if not is_dir:
        raise RankError(translate("ranking", "{folder} is not a folder.").format(folder=shown(p)))
    try:
        real_root = p.resolve()
    except (OSError, RuntimeError):
        real_root = p
    files: list[Path] = []
    skipped: list[Skipped] = []
    counts = {"folders": 0, "hidden": 0, "links": 0, "too_deep": 0, "unopened": 0, "zips": 0}
    looked = 0
    cut_short = False

    def inside(link: Path) -> bool:
        try:
            target = link.resolve()
            return target.is_relative_to(real_root) and target.is_file()
        except (OSError, RuntimeError):  # a loop of links, a target not ours to look at
            return False

    def linked_folder(link: Path) -> bool:
        try:
            return link.is_dir()
        except OSError:  # (a link into a folder not ours to look at: /proc/1/cwd)
            return True

    # depth first, each folder's entries by name: a cut-short scan keeps whole students
    stack: list[tuple[Path, int]] = [(p, 0)]
    while stack and not cut_short:
        here, depth = stack.pop()
        try:
            entries = sorted(here.iterdir(), key=lambda f: f.name)
        except OSError as e:  # not allowed to list it
            if depth == 0:
                raise RankError(
                    translate("ranking", "The folder {folder} cannot be read ({reason}).").format(
                        folder=shown(p), reason=e.strerror or e
                    )
                ) from None
            counts["unopened"] += 1
            continue
        below: list[Path] = []
        for f in entries:
            looked += 1
            if looked > MAX_ENTRIES or len(files) >= MAX_FILES:
                cut_short = True
                break
            try:
                mode = f.lstat().st_mode
            except OSError:  # gone since it was listed
                continue
            lower = f.name.lower()
            named_json = lower.endswith(".json")
            if stat.S_ISDIR(mode) and not named_json:
                if f.name.startswith(".") or lower in SKIPPED_FOLDERS:
                    counts["hidden"] += 1
                elif depth >= MAX_DEPTH:
                    counts["too_deep"] += 1
                else:
                    below.append(f)
                continue
            if stat.S_ISLNK(mode) and not f.name.startswith("."):
                if not named_json:
                    if linked_folder(f):
                        counts["links"] += 1  # a linked folder: never followed
                    continue
                if depth > 0 and not inside(f):
                    counts["links"] += 1
                    continue
            if lower.endswith(".zip") and stat.S_ISREG(mode) and not f.name.startswith("."):
                # a learning system's "download all" leaves some submissions zipped: said
                # (the teacher unzips them), never opened here
                counts["zips"] += 1
                continue
            # *.json in any case: 'TANAKA.JSON' or 'Sato.Kei.Json' (named on Windows, which
            # does not tell cases apart) were left out of the table without a word
            if f.name.startswith(".") or not lower.endswith((".json", ".json.txt")):
                continue
            name = entry_name(p, f)
            if not named_json:  # an editor's '.txt' after the name
                if stat.S_ISREG(mode):
                    skipped.append(Skipped(name, "txt"))
                continue
            if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
                if lower.endswith(CHALLENGE_SUFFIX) and is_challenge_file(f):
                    skipped.append(Skipped(name, "challenge"))  # kept beside the builds
                    continue
                files.append(f)
            elif stat.S_ISDIR(mode):
                skipped.append(Skipped(name, "folder"))
            elif stat.S_ISFIFO(mode):
                skipped.append(Skipped(name, "pipe"))
            elif stat.S_ISSOCK(mode):
                skipped.append(Skipped(name, "socket"))
            else:
                skipped.append(Skipped(name, "device"))
        counts["folders"] += len(below)
        stack.extend((d, depth + 1) for d in reversed(below))
    files.sort(key=lambda f: entry_name(p, f))
    skipped.sort(key=lambda s: s.file)
    return FolderScan(tuple(files), tuple(skipped), p, cut_short=cut_short, **counts)


def scan_note(scan: FolderScan) -> str | None:
    """One sentence, in the installed translator's language, of what was read in the
    folder's sub-folders and what was not searched (hidden folders, links, folders too
    deep, zip files, a cut-short scan); None for a folder without sub-folders (nothing to
    say)."""
    not_read: list[str] = []
    if scan.hidden:
        not_read.append(
            translate_n("%n hidden folder(s) such as .git or __MACOSX", "", scan.hidden)
        )
    if scan.links:
        not_read.append(translate_n("%n link(s) to other folders", "", scan.links))
    if scan.too_deep:
        not_read.append(
            translate_n("%n folder(s) more than {depth} levels down", "", scan.too_deep).format(
                depth=MAX_DEPTH
            )
        )
    if scan.unopened:
        not_read.append(translate_n("%n folder(s) that cannot be opened", "", scan.unopened))
    if scan.zips:
        not_read.append(translate_n("%n zip file(s) (unzip them first)", "", scan.zips))
    if scan.cut_short and len(scan.files) >= MAX_FILES:
        not_read.append(
            translate("ranking", "everything after the first {files} build files").format(
                files=len(scan.files)
            )
        )
    elif scan.cut_short:  # a tree of many other files (a whole drive chosen by a slip)
        not_read.append(
            translate("ranking", "everything after the first {entries} files and folders").format(
                entries=MAX_ENTRIES
            )
        )
    if not scan.folders and not not_read:
        return None
    read = translate("ranking", "Read {files} from this folder and {folders} in it").format(
        files=translate_n("%n build file(s)", "", len(scan.files)),
        folders=translate_n("%n sub-folder(s)", "", scan.folders),
    )
    if not not_read:
        return translate("ranking", "{read}.").format(read=read)
    return translate("ranking", "{read}; not read: {skipped}.").format(
        read=read, skipped=translate("ranking", ", ").join(not_read)
    )


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


def _loops(p: Path) -> bool:
    """``p`` is a link that leads back to itself (or a path through one)."""
    import errno

    try:
        os.stat(p)
    except OSError as e:
        return e.errno == errno.ELOOP
    return False


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
    it: control characters escaped as the command line shows them, never a formula. A
    table with any character beyond ASCII begins with a byte order mark (U+FEFF), so
    that Excel reads it as UTF-8.
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
    text = buf.getvalue()
    # Excel opened by a double click reads a CSV in Windows' old encoding unless it begins
    # with UTF-8's byte order mark: 'ホンダ' showed as '繝帙Φ繝' on Japanese Windows,
    # 'Café' as 'CafÃ©' on Western. A table of ASCII alone is the same in both and is
    # written as it was, byte for byte (a program that reads it sees no change).
    return text if text.isascii() else "\ufeff" + text


# = + - @ and their full-width forms: Japanese Excel turns a formula typed in full-width
# ('＝SUM（A1）', as a Japanese input method types it) into its half-width one and runs
# it, so a cell '＝HYPERLINK(...)' is one edit (F2, Enter) away from a formula there
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# spaces and invisible characters a spreadsheet's import may trim from a cell's start
# (LibreOffice's "Trim spaces"), so ' =1+1' would become a formula there
_TRIMMED: Final = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]*")


def csv_text(text: str) -> str:
    """A text cell a spreadsheet shows as text, never runs as a formula: control
    characters, line breaks and bidirectional overrides written as escapes
    (:func:`keiconfig.core.text.shown`, as the terminal shows them: ``\\x1b``, ``\\n``),
    then a text a spreadsheet would take for a formula (beginning with = + - @ or their
    full-width ＝ ＋ － ＠, also after spaces or invisible characters an import may trim:
    ' =1+1', a full-width space, a zero-width space) gets a leading ``'``, as
    spreadsheets expect."""
    text = shown(text)
    lead = _TRIMMED.match(text)
    start = lead.end() if lead else 0
    return "'" + text if text[start:].startswith(FORMULA_STARTS) else text
