"""The ``keiconfig`` command: open the window, or validate, evaluate and rank build files.

``keiconfig`` or ``keiconfig FILE`` starts the window (Qt is imported only then).
Every subcommand runs without Qt. No traceback ever reaches the user: expected
problems are one sentence on stderr; exit status 0 = fine, 1 = a file or the work
failed, 2 = the command line was wrong.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, NoReturn

from keiconfig import __version__, terminal
from keiconfig.core.compare import free_speed_decimals
from keiconfig.core.text import QT_TRANSLATE_NOOP, sentences, translate
from keiconfig.core.text import language as text_language
from keiconfig.terminal import json_number, shown

if TYPE_CHECKING:
    from pathlib import Path

    from keiconfig.core.build import Build
    from keiconfig.core.ranking import Row
    from keiconfig.core.results import Compliance, Performance

PROG: Final = "keiconfig"
COMMANDS: Final = (
    "validate", "schema", "evaluate", "presets", "calibration", "rank", "explore"
)  # fmt: skip

# Spec order of the figures in `evaluate --json`, with the decimals we print.
EVALUATE_FIELDS: Final[tuple[tuple[str, int], ...]] = (
    ("kerb_weight_kg", 1),
    ("power_ps", 1),
    ("power_kw", 1),
    ("torque_nm", 1),
    ("zero_to_60mph_s", 2),
    ("zero_to_100kmh_s", 2),
    ("quarter_mile_s", 2),
    ("standing_400m_s", 2),
    ("top_speed_kmh", 1),
)


class UsageError(Exception):
    """The command line asks for something that does not exist (exit status 2)."""


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with a text in wide letters (Japanese) wrapped by the columns a
    terminal gives it (two a letter) and between any two of its letters (it has no spaces
    to break at: a Japanese description ran as one line past the terminal's edge, and
    "0-100km/h" was cut at its hyphen); English is wrapped as argparse wraps it."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        if not _has_wide(text):
            return super()._split_lines(text, width)
        return wrap_columns(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if not _has_wide(text):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap_columns(text, width))


def _has_wide(text: str) -> bool:
    return terminal.width(text) != len(text)


# A run of ASCII letters (a word, an option, a path, up to a comma), a run of spaces, or
# any other single character (a Japanese letter, where a line may break).
_TOKENS: Final = re.compile(r"[\x21-\x2b\x2d-\x7e]+,?|,|\s+|.")
# Japanese punctuation a line never starts with (kinsoku): kept on the line before.
_NO_LINE_START: Final = frozenset("、。,.)」』】〕・:;!?ー")


def wrap_columns(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns (a wide letter takes two),
    broken at spaces and between wide letters, never inside an ASCII word (one longer
    than a line gets a line of its own), never before a closing mark (。、))."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(" ".join(text.split())):
        if token.isspace():
            token = " "
        if line and terminal.width(line + token) > width and token[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            line = "" if token == " " else token
        elif (
            line and terminal.width(line + token) > width and _wide(line[-1]) and line[:-1].strip()
        ):
            # a closing mark past the edge ("…選べます。" at 81 and 82): it takes the
            # letter before it to the next line, rather than stick out
            lines.append(line[:-1].rstrip())
            line = line[-1] + token
        else:
            line += token if line or token != " " else ""
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _wide(ch: str) -> bool:
    return terminal.width(ch) == 2


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self.commands: dict[str, argparse.ArgumentParser] = {}  # (the top level's, by name)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        # argparse quotes some of what was typed as it is ("unrecognized arguments: ..."):
        # a file name of a shared folder given with * may drive the terminal (shown())
        self.exit(2, error_line(self.prog, shown(message)) + "\n")


def error_line(prog: str, message: str) -> str:
    """A command line's error as argparse writes it, ``PROG: error: MESSAGE``, in the
    language of the tables (Japanese: ``keiconfig: エラー: …``), the message ended as a
    sentence (argparse's own end without a full stop)."""
    #: An error of the command line; {prog} is the command ("keiconfig rank"), {message}
    #: the sentence.
    return _tr("{prog}: error: {message}").format(prog=prog, message=sentence(message))


def sentence(message: str) -> str:
    """``message`` with the full stop of its language (Japanese: 。) where it has no
    sentence end of its own."""
    message = message.rstrip()
    if message.endswith((".", "。", "!", "?", "！", "？", "…")):  # (… after a command to type)
        return message
    return message + ("。" if text_language() == "ja" else ".")


# argparse's own texts (it writes them through gettext, see :func:`argparse_words`): the
# usage line's and the help's headings, and the errors of a command line it cannot take.
# (Not a #: comment: lupdate would give it to the first text's translator, "usage: ".)
ARGPARSE_TEXTS: Final = (
    #: The start of the usage line, before the command: keep the space at the end.
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    #: %s: the arguments missing (FILE, FOLDER).
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    #: %s: what was typed and not understood.
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    #: %(argument_name)s: the option (--era); %(message)s: what is wrong with it.
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    #: %(value)r: what was typed; %(choices)s: the allowed values.
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    #: %(type)s: the kind of value (int, float); %(value)r: what was typed.
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    #: %(option)s: what was typed; %(matches)s: the options it could be.
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
)


@contextlib.contextmanager
def argparse_words() -> Iterator[None]:
    """argparse's own words ("usage:", "the following arguments are required") in the
    language of the tables while the command line is read: argparse looks them up through
    the module globals ``_`` and ``ngettext`` (gettext's, which has no catalogue of
    keiconfig's), put back afterwards. English: nothing is changed."""
    if text_language() == "en":
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def words(source: str) -> str:
        return translate("argparse", source)

    def words_n(singular: str, plural: str, n: int) -> str:
        return translate("argparse", singular if n == 1 else plural)

    argparse._, argparse.ngettext = words, words_n  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


# -- helpers ------------------------------------------------------------------------------------


def _check_value(value: float, unit: str) -> float | int:
    if unit in ("mm", "cc") and float(value).is_integer():
        return int(value)
    return round(float(value), 1)


def compliance_dict(c: Compliance) -> dict[str, Any]:
    from keiconfig.core import regulations

    return {
        "era": c.era,
        "ok": c.ok,
        "agreement_ok": regulations.agreement_ok(c),
        "checks": [
            {
                "name": r.name,
                "value": _check_value(r.value, r.unit),
                "limit": _check_value(r.limit, r.unit),
                "unit": r.unit,
                "ok": r.ok,
                "margin": _check_value(r.margin, r.unit),
                "kind": r.kind,
            }
            for r in c.checks
        ],
    }


def evaluation_dict(
    file: str, build: Build, perf: Performance, compliance: Compliance
) -> dict[str, Any]:
    out: dict[str, Any] = {"file": file, "name": build.name}
    for name, decimals in EVALUATE_FIELDS:
        out[name] = json_number(getattr(perf, name), decimals)
    if perf.unlimited_top_speed_kmh is not None:  # only where the limiter holds the car
        out["unlimited_top_speed_kmh"] = json_number(perf.unlimited_top_speed_kmh, 1)
    ev = perf.electric
    if ev is not None:
        out["electric"] = {
            "battery_kwh": json_number(ev.battery_kwh, 1),
            "wltc_range_km": json_number(ev.wltc_range_km, 0),
            "wltc_wh_per_km": json_number(ev.wltc_wh_per_km, 0),
            "steady_range_km": {f"{s:g}": json_number(km, 0) for s, km in ev.steady_range_km},
            "base_rpm": json_number(ev.base_rpm, 0),
            "max_rpm": json_number(ev.max_rpm, 0),
            "reduction": json_number(ev.reduction, 3),
            "speed_limit_kmh": json_number(ev.speed_limit_kmh, 1),
        }
    out["compliance"] = compliance_dict(compliance)
    return out


def _tr(text: str) -> str:
    """A text of the command line's tables in the locale's language (English without one:
    see keiconfig.core.catalog.environment_language)."""
    return translate("cli", text)


def _use_locale_language(args: Sequence[str]) -> None:
    """Tables in the language of the locale (LC_ALL, LC_MESSAGES, LANG): Japanese under
    ja_JP. ``--json`` and ``--csv`` output stays English, for programs."""
    if any(a in ("--json", "--csv") or a.startswith("--csv=") for a in args):
        return
    from keiconfig.core import catalog, text

    language = catalog.environment_language()
    found = catalog.load(language)
    if found is not None and len(found):
        text.set_translator(found, found.plural)
        text.set_language(language)


def _era_arg(value: str | None) -> str | None:
    if value is None:
        return None
    from keiconfig.core import regulations

    try:
        return regulations.era(value).id
    except KeyError as e:
        raise UsageError(str(e.args[0])) from None


# -- commands -----------------------------------------------------------------------------------


def cmd_validate(args: argparse.Namespace) -> int:
    from keiconfig.core.challenge import ChallengeFileError, is_challenge_file, load_challenge
    from keiconfig.core.files import BuildFileError, load_build

    status = 0
    for file in args.files:
        try:
            loaded = load_build(file, source=file)
        except BuildFileError as e:
            if not is_challenge_file(file):
                print(shown(e), file=sys.stdout)
                status = 1
                continue
            # a teacher's challenge, checked as the window and rank --challenge read it
            # (it said only that it is not a build)
            try:
                load_challenge(file, source=file)
            except ChallengeFileError as problem:
                print(shown(problem), file=sys.stdout)
                status = 1
                continue
            print(f"{shown(file)}: " + _tr("ok (a class challenge)"))
            continue
        ok, warning = _tr("ok"), _tr("warning")
        print(f"{shown(file)}: {ok}")
        for w in loaded.warnings:
            print(f"  {warning}: {shown(w)}")
    return status


def cmd_schema(args: argparse.Namespace) -> int:
    from keiconfig.core.build import Build

    # which JSON Schema it is (pydantic writes draft 2020-12 and does not say so: an
    # editor or validator given the file would guess), and what it describes
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "description": "A keiconfig build file, version 1 (resources/build-format.md).",
        **Build.model_json_schema(),
    }
    terminal.dump_json(schema, sys.stdout)
    return 0


def _evaluate_one(
    file: str, era_id: str | None, use_year: bool
) -> tuple[dict[str, Any], Performance | None]:
    """The evaluate object for one file, and its result if it was read and evaluated."""
    from keiconfig.core import regulations
    from keiconfig.core.files import BuildFileError, load_build
    from keiconfig.core.performance import evaluate

    try:
        loaded = load_build(file, source=file)
    except BuildFileError as e:
        return {"file": file, "error": str(e)}, None
    build = loaded.build
    # What the file's reading said (read in another encoding, unknown keys ignored): on
    # stderr, as validate lists them, so a build read as Windows-1252 is not read so in
    # silence and the table and the JSON stay as they are.
    for warning in loaded.warnings:
        print(f"{PROG} evaluate: {shown(warning)}", file=sys.stderr)
    try:
        perf = evaluate(build)
    except Exception as e:  # the model must not take the other files down with it
        #: {reason}: the model's own words (English).
        error = _tr("{file}: the build could not be evaluated ({reason}).").format(
            file=file, reason=e
        )
        return {"file": file, "error": error}, None
    # (--era wins; then --use-year for a build with a year; then the file's "judged_by")
    era = regulations.resolve_era(build, era_id, use_year, own=True)
    compliance = regulations.check(build, era, power_ps=perf.power_ps)
    return evaluation_dict(file, build, perf, compliance), perf


def cmd_evaluate(args: argparse.Namespace) -> int:
    era_id = _era_arg(args.era)
    results = []
    status = 0
    for file in args.files:
        obj, perf = _evaluate_one(file, era_id, args.use_year)
        results.append(obj)
        if perf is None:
            status = 1
        if not args.json:
            _print_evaluation(obj, perf)
    if args.json:
        terminal.dump_json(results, sys.stdout)
    return status


def _print_evaluation(obj: dict[str, Any], perf: Performance | None) -> None:
    """The table of one evaluate object. The whole-number figures (kerb weight, top speed)
    are rounded from ``perf``'s, as the window rounds them, not from the object's tenths:
    the Mira TR-XX's 151.49 km/h, 151.5 in the JSON, read "152 km/h" here, "151" there."""
    from keiconfig.core import regulations
    from keiconfig.core.compare import figure_decimals
    from keiconfig.ui.format import NM_PER_KGFM

    if "error" in obj:  # a sentence that names the file as it was given, as validate prints
        print(f"{shown(obj['error'])}\n")
        return
    c = obj["compliance"]
    print(f"{shown(obj['file'])}: {shown(obj['name'])}")
    torque = terminal.fixed(obj["torque_nm"])
    #: Translate as "torque also in kgf·m" where spec sheets give torque in kgf·m too.
    if _tr("torque in N·m only") == "torque also in kgf·m" and obj["torque_nm"] is not None:
        torque += f" N·m ({obj['torque_nm'] / NM_PER_KGFM:.1f} kgf·m)"
    else:
        torque += " N·m"
    assert perf is not None  # (an object without an error was evaluated)
    top_speed = terminal.fixed(perf.top_speed_kmh, 0) + " km/h"
    if obj.get("unlimited_top_speed_kmh") is not None:  # the limiter holds it
        top_speed = _tr("{speed} km/h (limited; about {free} without the limiter)").format(
            speed=terminal.fixed(perf.top_speed_kmh, 0),
            free=terminal.fixed(
                perf.unlimited_top_speed_kmh,
                free_speed_decimals(perf.top_speed_kmh, perf.unlimited_top_speed_kmh, 0),
            ),
        )
    figures = [
        (_tr("kerb weight"), terminal.fixed(perf.kerb_weight_kg, 0), "kg"),
        (
            _tr("power"),
            f"{terminal.fixed(obj['power_ps'])} PS ({terminal.fixed(obj['power_kw'])} kW)",
            "",
        ),
        (_tr("torque"), torque, ""),
        # the times as the window's cards write them (to 0.1 s: one place, figure_decimals)
        *(
            (name, terminal.fixed(getattr(perf, field), figure_decimals(field)), "s")
            for name, field in (
                (_tr("0–60 mph"), "zero_to_60mph_s"),
                (_tr("0–100 km/h"), "zero_to_100kmh_s"),
                (_tr("1/4 mile"), "quarter_mile_s"),
                (_tr("400 m"), "standing_400m_s"),
            )
        ),
        (_tr("top speed"), top_speed, ""),
    ]
    #: Translate as "400 m first" where magazines quote the 400 m time (Japanese).
    if _tr("quarter mile first") == "400 m first":  # the 400 m before the 1/4 mile
        figures[5], figures[6] = figures[6], figures[5]
    if "electric" in obj:
        ev = obj["electric"]
        figures.append((_tr("WLTC range"), terminal.fixed(ev["wltc_range_km"], 0), "km"))
        figures.append((_tr("battery"), terminal.fixed(ev["battery_kwh"]), "kWh"))
    width = max(terminal.width(f[0]) for f in figures)
    for label, value, unit in figures:
        if value == terminal.fixed(None):  # a time never reached: no unit after the dash
            unit = ""
        print(f"  {terminal.pad(label, width)}  {value} {unit}".rstrip())
    if "electric" in obj:
        from keiconfig.core.electric import range_assumptions

        print("  " + range_assumptions())
    if perf.lowest_ratio_raised is not None:  # every figure above is for another ratio
        from keiconfig.core.gearing import raised_sentence

        print("  " + shown(raised_sentence(perf.lowest_ratio_raised)))
    verdict = _tr("complies") if c["ok"] else _tr("breaks the rules")
    if c["ok"] and c.get("agreement_ok") is False:  # as the compliance panel says it
        verdict = _tr("complies, but is above the makers' power agreement (not law)")
    print("  " + _tr("kei rules of {era}: {verdict}").format(
        era=regulations.era_name(c["era"]), verdict=verdict
    ))  # fmt: skip
    rows = []
    for ch in c["checks"]:
        mark = _tr("ok") if ch["ok"] else _tr("OVER")
        kind = _tr(" (agreement, not law)") if ch["kind"] == "agreement" else ""
        rows.append(
            [
                regulations.rule_name(ch["name"]),
                f"{ch['value']:g}",
                f"{ch['limit']:g}",
                ch["unit"],
                f"{ch['margin']:+g}",
                mark + kind,
            ]
        )
    headers = [_tr("rule"), _tr("value"), _tr("limit"), _tr("unit"), _tr("margin"), ""]
    table = terminal.table(headers, rows, right={1, 2, 4})
    print("\n".join("    " + line for line in table.splitlines()))
    print()


def cmd_presets(args: argparse.Namespace) -> int:
    from keiconfig.core.performance import evaluate
    from keiconfig.core.presets import list_presets

    rows = []
    for p in list_presets():
        try:
            perf = evaluate(p.build)
            figures = [
                terminal.fixed(perf.kerb_weight_kg, 0),
                terminal.fixed(perf.power_ps, 0),
                terminal.fixed(perf.zero_to_100kmh_s, 1),
            ]
        except Exception:
            figures = ["?", "?", "?"]
        pub = p.build.published
        published = terminal.fixed(pub.zero_to_100kmh_s, 1) if pub is not None else "–"
        year = str(p.build.year) if p.build.year is not None else ""
        rows.append([p.id, year, *figures, published, p.shown_name()])
    headers = [
        _tr("preset"), _tr("year"), "kg", "PS", _tr("0–100 s"), _tr("published 0–100 s"),
        _tr("name"),
    ]  # fmt: skip
    print(terminal.table(headers, rows, right={1, 2, 3, 4, 5}))
    return 0


# calibration --fit given without a file: its default file
_DEFAULT_FILE: Final = True


def fit_target(given: str | bool, default: str, option: str) -> Path:
    """The file ``calibration --fit`` / ``--fit-electric`` writes: the one named, else
    ``default`` in the current folder, never the installed package's own data (it would
    change the model of every user of that install, and be lost at the next install).
    Checked before the fit (a fit takes a while): a default file already there is not
    replaced unasked, and a missing folder is said. Raises UsageError with a sentence."""
    from pathlib import Path

    named = given if isinstance(given, str) else ""
    path = Path(named or default)
    if not named and path.exists():
        raise UsageError(
            _tr(
                "{file} already exists in this folder and was not named, so it is not "
                "replaced; name the file to write ({command}) or remove it first"
            ).format(file=default, command=f"{PROG} calibration {option} FILE")
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(
            _tr("{folder} is not a folder, so {file} cannot be written there").format(
                folder=shown(str(folder)), file=shown(path.name)
            )
        )
    return path


def _unwritable(path: Path) -> int:
    """Whether a fit's file cannot be written at ``path`` (/proc, a read-only folder, a
    folder in its place), looked at and tried as the write will; said on stderr in the
    write's own sentence (it was said after the fit). 1 when said, else 0."""
    from keiconfig.core import files

    try:
        files.check_writable(path)
    except files.BuildSaveError as e:
        print(f"{PROG} calibration: {shown(e)}", file=sys.stderr)
        return 1
    return 0


def _say_written(path: Path, shipped: Path) -> None:
    """Where a fit was written, and whether the model now uses it."""
    from keiconfig.core import files

    where = files.real_path(path)
    print(_tr("wrote {file}").format(file=shown(str(where))))
    if where == files.real_path(shipped):
        print(_tr("The window and the commands use these constants from now on."))
    else:
        print(
            _tr(
                "The window and the other commands keep using the shipped constants "
                "({file}); the figures below are this fit's."
            ).format(file=shown(str(shipped)))
        )


def cmd_calibration(args: argparse.Namespace) -> int:
    from pathlib import Path

    from keiconfig.core import calibration_fit, calibration_report, files, golden
    from keiconfig.core.performance import CONSTANTS_FILE, constants_path, load_constants

    if args.write_golden:
        try:
            written = golden.write_golden(Path(args.write_golden))
        except files.BuildSaveError as e:
            print(f"{PROG} calibration: {shown(e)}", file=sys.stderr)
            return 1
        for p in written:
            print(_tr("wrote {file}").format(file=shown(str(p))))
        return 0
    if args.fit_electric is not None or args.check_electric:
        from dataclasses import asdict

        from keiconfig.core import electric, electric_fit
        from keiconfig.core.resources_path import resource_path

        fitted = None
        if args.fit_electric is not None:
            target = fit_target(args.fit_electric, electric.CONSTANTS_FILE, "--fit-electric")
            if _unwritable(target):  # before the fit
                return 1
            k = electric_fit.fit_battery()
            rk = electric_fit.fit_regen(k)
            try:
                electric_fit.write_constants(k, rk, target)
            except files.BuildSaveError as e:
                print(f"{PROG} calibration: {shown(e)}", file=sys.stderr)
                return 1
            shipped = resource_path(electric.CONSTANTS_FILE)
            if files.real_path(target) == files.real_path(shipped):
                electric.load_constants.cache_clear()
                electric.load_range_constants.cache_clear()
            _say_written(target, shipped)
            print(f"{asdict(k)}, {asdict(rk)}")
            fitted = (k, rk)
        if args.check_electric:
            print(electric_fit.range_report(*(fitted or (None, None))))
        return 0
    constants = None
    if args.fit is not None:
        target = fit_target(args.fit, CONSTANTS_FILE, "--fit")
        if _unwritable(target):  # before the fit, which takes a while
            return 1
        constants = calibration_fit.fit_all()
        try:
            calibration_fit.write_constants(constants, target)
        except files.BuildSaveError as e:
            print(f"{PROG} calibration: {shown(e)}", file=sys.stderr)
            return 1
        if files.real_path(target) == files.real_path(constants_path()):
            load_constants.cache_clear()
        _say_written(target, constants_path())
        terminal.dump_json(constants.to_dict(), sys.stdout)
        print()
    print(calibration_report.report(constants, loo=args.loo, grouped_cv=args.grouped))
    return 0


def cmd_rank(args: argparse.Namespace) -> int:
    from keiconfig.core import ranking, regulations

    if args.challenge is not None:  # ranked by a class challenge (keiconfig/cli_explore.py)
        from keiconfig.cli_explore import cmd_rank_challenge

        return cmd_rank_challenge(args)
    try:
        by = ranking.check_field(args.by)
    except ranking.RankError as e:
        raise UsageError(str(e)) from None
    era_id = _era_arg(args.era)
    if args.csv and check_csv(args.csv):  # before the ranking, which takes a while
        return 1
    try:
        items = ranking.evaluate_folder(args.folder, era_id, args.use_year)
    except ranking.RankError as e:
        print(f"{PROG} rank: {shown(e)}", file=sys.stderr)
        return 1
    rows = ranking.rank_evaluated(items, by)
    say_skipped(args.folder)
    if args.json:
        terminal.dump_json([r.to_dict() for r in rows], sys.stdout)
    else:
        table = []
        for r in rows:
            if r.error is not None:
                # (its sentence below the table: it made every column as wide as itself)
                status = _tr("unreadable (see below)")
            elif r.compliant:
                status = _tr("complies")
            else:
                status = _tr("breaks: {rules}").format(
                    rules=_tr(", ").join(regulations.rule_name(f) for f in r.failed)
                )
            table.append(
                [
                    "" if r.rank is None else str(r.rank),
                    shown(r.file),
                    # the name the file holds, as the window's class folder shows it
                    shown(r.name or ""),
                    terminal.fixed(r.value, 2) if r.error is None else "",
                    regulations.era_name(r.era) if r.era else "",
                    status,
                ]
            )
        limit = table_columns()
        # (and the files that chose other rules, set aside: one era judges the class)
        rules = sentences([_rules_line(era_id, args.use_year), ranking.own_rules_note(items) or ""])
        # (a terminal's line, wrapped: the Japanese one is 82 columns)
        print(rules if limit is None else "\n".join(wrap_columns(rules, limit)))
        # the figure as the window's class folder names it ("0–100 km/h (s)"; the CSV
        # keeps its id, zero_to_100kmh_s, for programs)
        figure = ranking.field_label(by)
        headers = [_tr("rank"), _tr("file"), _tr("name"), figure, _tr("era"), _tr("status")]

        def fitted() -> str:
            # (a status breaking four rules goes on under its column: it ran to 101)
            return terminal.table(
                headers, table, right={0, 3}, limit=limit, cut=(1, 2), wrap_last=wrap_list
            )

        text = fitted()
        if limit is not None and max(map(terminal.width, text.splitlines())) > limit:
            # Japanese era names (1998年(平成10年), 16 columns) kept the table 89 to 94
            # columns wide at 80: the era's year only ("1998年"), as the English names it
            for row, r in zip(table, rows, strict=True):
                row[4] = _era_year(r.era) if r.era else ""
            text = fitted()
        print(text)
        print_unreadable(rows)
    if args.csv and write_csv(args.csv, ranking.to_csv(rows, by)):
        return 1
    return 1 if any(r.error is not None for r in rows) else 0


def wrap_list(text: str, columns: int) -> list[str]:
    """A status ("breaks: length, width, height") in lines of ``columns``, broken after
    its list's commas (全長、全幅: never inside a rule's name), else as a paragraph."""
    pieces = [p for p in re.split(r"(?<=[,、])", text) if p]
    lines: list[str] = []
    for piece in pieces:
        if lines and terminal.width(lines[-1] + piece) <= columns:
            lines[-1] += piece
        elif terminal.width(piece.strip()) <= columns:
            lines.append(piece.strip())
        else:
            lines.extend(wrap_columns(piece, columns))
    return [line.rstrip() for line in lines]


def _era_year(era_id: str) -> str:
    """An era as a narrow table names it: the year its rules came in."""
    #: An era in a table too narrow for its whole name (1998年(平成10年)): {year} is the
    #: year its rules came in ("1998"). Japanese: {year}年.
    return _tr("{year}").format(year=era_id)


def table_columns() -> int | None:
    """The columns a table is fitted to, its names cut in the middle: a terminal's (or
    COLUMNS'); None when the output is a file or a program, which get names whole."""
    import shutil

    if not (os.environ.get("COLUMNS") or sys.stdout.isatty()):
        return None
    return shutil.get_terminal_size((80, 24)).columns


def paragraph_columns() -> int:
    """The columns a paragraph under a table is wrapped to: the terminal's (80 when the
    output is not one), at most 100 (a line of 200 columns is hard to read)."""
    import shutil

    return max(min(shutil.get_terminal_size((80, 24)).columns, 100), 40)


def print_unreadable(rows: Sequence[Row]) -> None:
    """Below the rank table, why each file that could not be read was not: a paragraph
    each, wrapped to the terminal (a refusal is a sentence or three: in the table's
    status column it made the dashes line and every row over 300 columns wide)."""
    unreadable = [r for r in rows if r.error is not None]
    if not unreadable:
        return
    limit = paragraph_columns()
    print()
    print(_tr("Not read:"))
    for r in unreadable:
        lines = wrap_columns(shown(r.error or ""), max(limit - 2, 20))
        print("\n".join(("- " if i == 0 else "  ") + line for i, line in enumerate(lines)))


def check_csv(target: str, tried: bool = True) -> int:
    """``rank --csv FILE`` looked at before the folder is ranked (a class's folder takes a
    while; the CSV's problem was said only after it): a build or challenge file named by
    a slip is refused; ``tried``: and the file looked at and its folder tried as the
    write will (:func:`keiconfig.core.files.check_writable`: /proc, a read-only folder, a
    folder in its place), in the write's own sentence. 1 when said on stderr, else 0."""
    from pathlib import Path

    from keiconfig.core import files
    from keiconfig.core.challenge import is_challenge_file

    path = Path(target)
    # A build or challenge named by a slip (tab completion in the class folder) is not
    # replaced by the CSV: it dropped out of the class's folder, kept only as its .bak.
    if files.is_build_file(path) or is_challenge_file(path):
        kind = (
            _tr("{file} is a keiconfig build file, not a CSV file, so the ranking does not "
                "replace it; name another file (such as ranking.csv).")
            if files.is_build_file(path)
            else _tr("{file} is a class challenge, not a CSV file, so the ranking does not "
                     "replace it; name another file (such as ranking.csv).")
        )  # fmt: skip
        print(f"{PROG} rank: " + kind.format(file=shown(path.name)), file=sys.stderr)
        return 1
    if tried:
        try:
            files.check_writable(path)
        except files.BuildSaveError as e:
            print(f"{PROG} rank: " + _tr("the CSV file {problem}").format(problem=shown(e)),
                  file=sys.stderr)  # fmt: skip
            return 1
    return 0


def write_csv(target: str, text: str) -> int:
    """``rank --csv FILE``: ``text`` written safely (links through, special files refused,
    a build or challenge file refused: named by a slip, never meant to be replaced).
    A different file already there (a teacher's copy with a column of marks added in a
    spreadsheet) is replaced only with its previous version kept as ``FILE.bak``, and
    the person is told (it was replaced in silence); the same CSV again leaves no backup.
    Returns 1 when it could not be written (said on stderr), else 0."""
    import hashlib
    from pathlib import Path

    from keiconfig.core import files

    path = Path(target)
    if check_csv(target, tried=False):
        return 1
    before = files.file_identity(path)  # a regular file there now; None: none
    changed = before is not None and before.sha256 != hashlib.sha256(text.encode()).hexdigest()
    try:
        files.write_text_atomic(path, text, keep_backup=changed)
    except files.BuildSaveError as e:
        #: {problem}: why the file could not be written, a sentence that names it.
        print(f"{PROG} rank: " + _tr("the CSV file {problem}").format(problem=shown(e)),
              file=sys.stderr)  # fmt: skip
        return 1
    if changed and before is not None:
        backup = files.backup_path(before.path)
        kept = backup.name if before.path.parent == files.real_path(path.parent) else backup
        print(
            f"{PROG} rank: "
            + _tr("{file} was replaced; its previous version is kept as {backup}.").format(
                file=shown(path.name), backup=shown(kept)
            ),
            file=sys.stderr,
        )
    return 0


def say_skipped(folder: str) -> None:
    """What ``rank`` read in the folder's sub-folders and passed over (hidden folders, a
    folder or a pipe named *.json), a sentence each on stderr, as the window's class
    folder says it."""
    from keiconfig.core import ranking

    try:
        scan = ranking.scan_folder(folder)
    except ranking.RankError:
        return
    note = ranking.scan_note(scan)  # the students' sub-folders read, and what was not
    for sentence in ([note] if note else []) + ranking.skipped_notes(scan.skipped):
        print(f"{PROG} rank: {sentence}", file=sys.stderr)


def _rules_line(era_id: str | None, use_year: bool) -> str:
    """Which kei rules judged the table (the era column says it for each build)."""
    from keiconfig.core import regulations

    current = regulations.era_name(regulations.CURRENT_ERA)
    if era_id is not None:
        return _tr("Judged by the kei rules of {era}.").format(era=regulations.era_name(era_id))
    if use_year:
        return _tr(
            "Each build judged by the kei rules of its year "
            "(the rules of {era} for a build without a year)."
        ).format(era=current)
    return _tr("Judged by the current kei rules ({era}); --era picks another era.").format(
        era=current
    )


# -- the window ---------------------------------------------------------------------------------


def _no_display() -> bool:
    """Linux and the BSDs show the window on an X or Wayland display; without one (a remote
    shell, a server) Qt aborts the process with a core dump and a message about plugins."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    wanted = [p.strip() for p in os.environ.get("QT_QPA_PLATFORM", "").split(";") if p.strip()]
    if wanted and not any(p.startswith(("xcb", "wayland")) for p in wanted):
        return False  # offscreen, vnc, eglfs...: no display server needed
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(path: str | None) -> int:
    if _no_display():
        print(
            f"{PROG}: "
            + _tr(
                "there is no display to show the window on (neither DISPLAY nor "
                "WAYLAND_DISPLAY is set, as in a remote shell). The command-line tools work "
                "without one: try 'keiconfig --help'."
            ),
            file=sys.stderr,
        )
        return 2
    # Start-up makes many long-lived objects (pydantic's schemas, Qt's wrappers) and hardly
    # any garbage, so the cyclic collector would only walk them again and again: about 4 %
    # of the work of starting. It stays off until the window is on screen, when
    # keiconfig.ui.app.start_window hands it to the event loop (keiconfig.ui.collector).
    gc.disable()
    try:
        from keiconfig.ui.app import run_app
    except ImportError as e:
        gc.enable()
        print(
            f"{PROG}: "
            #: {reason}: Python's words for the part that is missing.
            + _tr(
                "the window cannot start because a part of it is missing ({reason}). "
                "The command-line tools still work: try 'keiconfig --help'."
            ).format(reason=e),
            file=sys.stderr,
        )
        return 2
    try:
        return int(run_app(path) or 0)
    finally:
        gc.enable()  # in case the window never came up


# -- parser and entry points --------------------------------------------------------------------


def _command(
    sub: Any, name: str, func: Callable[[argparse.Namespace], int], help: str, description: str
) -> argparse.ArgumentParser:
    """A command's parser, named in its usage and errors ('keiconfig NAME'), run by ``func``."""
    p: argparse.ArgumentParser = sub.add_parser(
        name, prog=f"{PROG} {name}", help=help, description=description
    )
    p.set_defaults(func=func)
    return p


def named_file(value: str) -> str:
    """An argparse type for a path to a file: an empty one ('keiconfig evaluate ""', a
    script's unset "$FILE") is refused in words. It printed an empty name before a
    sentence (': this is a folder, not a build file.'), as '' is the current folder."""
    if value == "":
        raise argparse.ArgumentTypeError(translate("cli", "no file was given (the name is empty)"))
    return value


def named_build(value: str) -> str:
    """explore --from's type: a build file or a preset id, and never an empty name."""
    if value == "":
        raise argparse.ArgumentTypeError(
            translate("cli", "no build file or preset was given (the name is empty)")
        )
    return value


def named_folder(value: str) -> str:
    """An argparse type for a path to a folder: an empty one is refused in words (rank ''
    ranked the current folder, explore --out '' wrote nothing, both without a word)."""
    if value == "":
        raise argparse.ArgumentTypeError(
            translate("cli", "no folder was given (the name is empty)")
        )
    return value


def _files_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files", nargs="+", metavar="FILE", type=named_file, help=_tr("a build file (.kei.json)")
    )


def build_parser() -> _Parser:
    from keiconfig import MODEL_VERSION

    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [FILE | COMMAND ...]",
        description=_tr(
            "Build your own Japanese kei car. With no arguments, or a build file, opens the "
            "window; the commands below work without it."
        ),
        epilog=_tr("Run 'keiconfig COMMAND --help' for the options of a command."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__} (model {MODEL_VERSION})",
        help=translate("argparse", "show program's version number and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    parser.commands = sub.choices

    p = _command(
        sub,
        "validate",
        cmd_validate,
        help=_tr("check build files (and class challenges); print problems and warnings"),
        description=_tr(
            "Check build files as the window reads them: 'ok' or the problem in one "
            "sentence, and a warning for each key the format does not define. A class "
            "challenge (resources/challenge-format.md) is checked as one. Exit status "
            "1 if any file is invalid."
        ),
    )
    _files_argument(p)

    _command(
        sub,
        "schema",
        cmd_schema,
        help=_tr("print the JSON Schema of a build file"),
        description=_tr(
            "Print the JSON Schema of a build file: every field, its type and the values it "
            "allows (the format is described in resources/build-format.md)."
        ),
    )

    from keiconfig.core.regulations import era_ids

    era_help = _tr("judge by the rules of this era ({eras}); default: current rules").format(
        eras=" ".join(era_ids())
    )
    p = _command(
        sub,
        "evaluate",
        cmd_evaluate,
        help=_tr("weight, power, times and kei compliance of builds"),
        description=_tr(
            "Print the model's kerb weight, power, torque, times and top speed of each build, "
            "and whether it keeps the kei rules of an era, rule by rule. Exit status 1 if a "
            "file cannot be read (the others are still evaluated)."
        ),
    )
    _files_argument(p)
    p.add_argument(
        "--era",
        help=_tr(
            "judge by the rules of this era ({eras}); default: the era a file names "
            '("judged_by"), else the current rules'
        ).format(eras=" ".join(era_ids())),
    )
    p.add_argument(
        "--use-year", action="store_true", help=_tr("judge each build by the era of its year")
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=_tr(
            "print one JSON array, one object per file (its fields: "
            "resources/build-format.md, 'What keiconfig evaluate prints')"
        ),
    )

    _command(
        sub,
        "presets",
        cmd_presets,
        help=_tr("list the shipped real-car presets"),
        description=_tr(
            "List the real cars that ship with keiconfig: each one's id, year, the model's "
            "kerb weight, power and 0–100 km/h, the published 0–100 km/h where there is one, "
            "and its name. An id can be given to 'keiconfig explore --from'; the window "
            "opens them with File > Open Preset."
        ),
    )

    p = _command(
        sub,
        "calibration",
        cmd_calibration,
        help=_tr("compare the model with the published figures of the reference cars"),
        description=_tr("Compare the model with the published figures of the reference cars."),
    )
    p.add_argument(
        "--fit",
        nargs="?",
        const=_DEFAULT_FILE,  # (not a text: argparse would refuse its "" as an empty name)
        metavar="FILE",
        type=named_file,
        help=_tr(
            "re-fit the global constants and write them to FILE (by default "
            "model_constants.json in the current folder, never replaced unnamed); the "
            "report is then this fit's. The model keeps reading its shipped "
            "resources/model_constants.json: to change the model, name that file"
        ),
    )
    p.add_argument(
        "--loo",
        action="store_true",
        help=_tr("add leave-one-out errors (refit without each car, predict it; a few minutes)"),
    )
    p.add_argument(
        "--grouped",
        action="store_true",
        help=_tr(
            "add grouped cross-validation: leave one maker out, and one decade out "
            "(refit without the group, predict its cars; a few minutes)"
        ),
    )
    p.add_argument(
        "--write-golden",
        metavar="DIR",
        type=named_folder,
        help=_tr("write the golden figures of DIR/builds/*.kei.json and every preset into DIR"),
    )
    p.add_argument(
        "--fit-electric",
        nargs="?",
        const=_DEFAULT_FILE,  # (not a text: argparse would refuse its "" as an empty name)
        metavar="FILE",
        type=named_file,
        help=_tr(
            "re-fit the electric model's battery and regeneration constants and write them "
            "to FILE (by default electric_constants.json in the current folder, never "
            "replaced unnamed)"
        ),
    )
    p.add_argument(
        "--check-electric",
        action="store_true",
        help=_tr(
            "the electric cars' WLTC range against the published, also with their "
            "platform left out of the fit"
        ),
    )

    from keiconfig.core.ranking import DEFAULT_FIELD, RANK_FIELDS

    p = _command(
        sub,
        "rank",
        cmd_rank,
        help=_tr("rank every build file in a folder"),
        description=_tr(
            "Rank every build file (*.json) in a folder, best first by one figure (0–100 km/h "
            "unless --by names another), judged by the rules of an era: builds that break a "
            "rule follow, unranked, and a file that cannot be read is listed with its problem."
        ),
    )
    p.add_argument(
        "folder",
        metavar="FOLDER",
        type=named_folder,
        help=_tr("a folder of build files (a class's)"),
    )
    p.add_argument("--era", help=era_help)
    p.add_argument(
        "--use-year", action="store_true", help=_tr("judge each build by its year's era")
    )
    p.add_argument(
        "--by",
        default=DEFAULT_FIELD,
        metavar="FIELD",
        help=_tr("figure to rank by (default {field}); one of: {fields}").format(
            field=DEFAULT_FIELD, fields=", ".join(RANK_FIELDS)
        ),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=_tr(
            "print one JSON array, a row per file (with --challenge: one object, the "
            "challenge and its rows)"
        ),
    )
    p.add_argument(
        "--csv", metavar="FILE", type=_csv_name, help=_tr("also write the table to a CSV file")
    )
    p.add_argument("--challenge", metavar="FILE", type=named_file, help=_tr(
        "rank by a class challenge file (its era, constraints and objective; instead of "
        "--era and --by)"))  # fmt: skip

    from keiconfig.cli_explore import add_parser as add_explore_parser

    add_explore_parser(sub)
    return parser


def _dispatch(argv: list[str]) -> int:
    if argv in ([""], ["--", ""]):
        # keiconfig "" ('keiconfig "$FILE"' with FILE unset): said "unknown command ''"
        raise UsageError(translate("cli", "no build file was given to open (the name is empty)"))
    if len(argv) == 2 and argv[0] == "--":  # keiconfig -- -odd-name.kei.json
        return run_gui(argv[1])
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        word = argv[0]
        if len(argv) > 1 and os.path.lexists(word):
            # several files chosen in a file manager and opened with keiconfig: files, not
            # a mistyped command (it said "unknown command 'car.kei.json'")
            raise UsageError(
                _tr(
                    "the window opens one build file at a time, and {count} were given; "
                    "open one ({command}) and put the others beside it with Compare > "
                    "Add File…, or compare them here: {evaluate}"
                ).format(
                    count=len(argv),
                    command=f"{PROG} {shown(word)}",
                    evaluate=f"{PROG} evaluate FILE FILE…",
                )
            )
        if len(argv) > 1 or not (os.path.lexists(word) or word.lower().endswith(".json")):
            # a mistyped command, not a build file (one that is missing says so in the window)
            raise UsageError(
                _tr(
                    "unknown command {word}; commands are {commands}, or give a single "
                    "build file to open it"
                ).format(word=shown(repr(word)), commands=", ".join(COMMANDS))
            )
        return run_gui(word)
    with argparse_words():  # (its usage line, help and errors in the tables' language)
        parser = build_parser()
        args, extra = parser.parse_known_args(argv)
        if extra:  # said by the command they were given to, with its own usage line
            told = parser.commands.get(args.command, parser) if args.command else parser
            told.error(argparse._("unrecognized arguments: %s") % " ".join(extra))
    if args.command is None:
        return run_gui(None)
    func: Callable[[argparse.Namespace], int] = args.func
    return func(args)


def _csv_name(value: str) -> str:
    """--csv's file: a name ('--csv -' wrote a file named '-' without a word, where a
    program's '-' means its standard output; '--csv ""' wrote nothing, also silently)."""
    if value.strip() in ("", "-"):
        raise argparse.ArgumentTypeError(
            _tr(
                "give the CSV file a name, e.g. --csv table.csv (for a program, --json "
                "writes the table to standard output)"
            )
        )
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """The ``keiconfig`` console command. Returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    _use_locale_language(args)
    try:
        return _dispatch(args)
    except SystemExit as e:  # argparse: --help, --version, usage errors
        code = e.code
        return code if isinstance(code, int) else (0 if code is None else 2)
    except UsageError as e:
        # named by its command, as argparse's own errors are ("keiconfig evaluate: error:")
        command = f" {args[0]}" if args and args[0] in COMMANDS else ""
        print(error_line(f"{PROG}{command}", str(e)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: " + _tr("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `keiconfig presets | head`): not an error for us.
        _silence_stdout()
        return 0
    except OSError as e:
        import errno

        if e.errno not in (errno.ENOSPC, errno.EDQUOT):
            return _unexpected(e)
        # the output sent to a file on a full disk (keiconfig rank … > table.txt): said in
        # words, not '[Errno 28] No space left on device (OSError)'
        _silence_stdout()
        print(error_line(PROG, _tr("the output could not be written: the disk is full")),
              file=sys.stderr)  # fmt: skip
        return 1
    except Exception as e:
        return _unexpected(e)


def _unexpected(e: Exception) -> int:
    what = str(e) or type(e).__name__
    print(error_line(PROG, f"{shown(what)} ({type(e).__name__})"), file=sys.stderr)
    return 1


def _tolerant_output() -> None:
    """A console that cannot show '×' or '–' gets '?' instead of a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _silence_stdout() -> None:
    import os

    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main_gui() -> int:
    """The windowed entry point (no console on Windows): an optional build file to open."""
    argv = sys.argv[1:]
    return main(argv if argv else [])
