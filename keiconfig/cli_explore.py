"""``keiconfig explore``: search for the best legal builds an era's rules allow.

Registered on the main parser by :func:`add_parser` (see :mod:`keiconfig.cli`). The
search is :func:`keiconfig.core.explore_search.optimise`; builds are judged on a
process pool sized to the machine (``--workers``; 0 judges them in this process).
Prints the open build's figure, the best builds found and the Pareto front of the
objective against kerb weight; ``--json`` prints one object, ``--out DIR`` writes
the best builds as build files.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from keiconfig.core.text import translate

if TYPE_CHECKING:
    from keiconfig.core.build import Build
    from keiconfig.core.challenge import Challenge
    from keiconfig.core.explore_problem import Objective, Outcome
    from keiconfig.core.explore_search import SearchResult

PROG = "keiconfig explore"


class _Usage(Exception):
    pass


def _bounded(kind: type, lo: float, hi: float | None = None) -> Any:
    """An argparse type: a whole number (``int``) or a finite number (``float``) from ``lo``
    (to ``hi``); anything else is refused with a sentence saying what is allowed."""
    whole = kind is int
    low, high = (f"{v:.0f}" if float(v).is_integer() else f"{v:g}" for v in (lo, hi or 0))

    def refused(shown: str) -> argparse.ArgumentTypeError:
        # (translated when it is said: the language is set after the parser is made)
        if hi is not None:
            text = (
                translate("cli", "{value} is not a whole number from {low} to {high}")
                if whole
                else translate("cli", "{value} is not a number from {low} to {high}")
            )
        else:
            text = (
                translate("cli", "{value} is not a whole number, at least {low}")
                if whole
                else translate("cli", "{value} is not a number, at least {low}")
            )
        return argparse.ArgumentTypeError(text.format(value=shown, low=low, high=high))

    def parse(text: str) -> float:
        try:
            value = int(text) if whole else float(text)
        except ValueError:
            raise refused(repr(text)) from None
        if not math.isfinite(value) or value < lo or (hi is not None and value > hi):
            raise refused(text)
        return value

    return parse


# The most builds one command judges: the window's Builds to judge goes as far. A budget
# of 99999999999999999999 was taken and searched on until stopped by hand.
MAX_BUDGET: Final = 1_000_000
WORKERS_PER_CPU: Final = 4
WINDOWS_MAX_WORKERS: Final = 61  # ProcessPoolExecutor's limit there


def max_workers() -> int:
    """The most worker processes a search starts: four per CPU this process may use (each
    loads the model, some 100 MB: --workers 10000 started thousands on two CPUs), and on
    Windows no more than its process pool takes."""
    from keiconfig.core.explore_batch import machine_workers

    most = WORKERS_PER_CPU * machine_workers()
    return min(most, WINDOWS_MAX_WORKERS) if sys.platform == "win32" else most


def _workers(text: str) -> int:
    """``--workers``: a whole number from 0 to :func:`max_workers` (looked up only when
    the option is given: the pool's module loads the model)."""
    return int(_bounded(int, 0, max_workers())(text))


def _tr(text: str) -> str:
    """A text of the command line in the language of its tables."""
    return translate("cli", text)


def add_parser(sub: Any) -> None:
    from keiconfig.core.explore_problem import FIGURES, OBJECTIVES
    from keiconfig.core.explore_search import DEFAULT_BUDGET, DEFAULT_SEED
    from keiconfig.core.explore_space import CATALOGUE, DEFAULT_VARY

    p = sub.add_parser(
        "explore",
        prog=PROG,
        help=_tr("search for the quickest (or best) legal build an era's rules allow"),
        description=_tr(
            "Vary some fields of a build (the rest stay as in --from) and search, with "
            "differential evolution, for the best builds that keep an era's kei rules."
        ),
    )
    from keiconfig.cli import named_build, named_file, named_folder

    p.add_argument(
        "--from",
        dest="base",
        metavar="FILE|PRESET",
        type=named_build,
        help=_tr("the build to start from (a build file or a preset id); default: the default car"),
    )
    p.add_argument(
        "--era",
        help=_tr(
            "the rules to keep (1949 ... 1998; default: the challenge's, or those the --from "
            'file is judged by ("judged_by"), or 1998)'
        ),
    )
    p.add_argument(
        "--no-agreement",
        action="store_true",
        help=_tr("ignore the makers' 64 PS agreement (only the laws count)"),
    )
    p.add_argument(
        "--vary",
        metavar="FIELD,...",
        help=_tr(
            "fields to vary (default: {default}; for an electric car, less its unused engine "
            "and gearbox fields); any of: {fields}"
        ).format(default=",".join((*DEFAULT_VARY, "year")), fields=", ".join(CATALOGUE)),
    )
    p.add_argument(
        "--range",
        action="append",
        default=[],
        metavar="FIELD=LO:HI",
        help=_tr(
            "narrow or widen a field's range, e.g. body.length_mm=3000:3400; "
            "or a choice's options, e.g. engine.aspiration=na:turbo"
        ),
    )
    p.add_argument(
        "--objective",
        metavar="FIGURE[=W,...]",
        help=_tr(
            "what to make best (default zero_to_100kmh_s): one of {figures}, "
            "or a weighted mix such as zero_to_100kmh_s=1,top_speed_kmh=0.5"
        ).format(figures=", ".join(OBJECTIVES)),
    )
    p.add_argument(
        "--challenge",
        metavar="FILE",
        type=named_file,
        help=_tr("a class challenge file: its era, agreement, constraints, objective and fields"),
    )
    p.add_argument(
        "--min-seats", type=_bounded(int, 1, 8), metavar="N", help=_tr("at least N seats")
    )
    p.add_argument(
        "--body-style",
        action="append",
        default=[],
        metavar="STYLE",
        help=_tr("the body must be this style (repeat for several)"),
    )
    p.add_argument(
        "--max-kerb-weight",
        type=_bounded(float, 150, 5000),  # as a challenge file's constraint
        metavar="KG",
        help=_tr("kerb weight ceiling"),
    )
    p.add_argument(
        "--budget",
        type=_bounded(int, 1, MAX_BUDGET),  # the window's Builds to judge goes as far
        default=DEFAULT_BUDGET,
        metavar="N",
        help=_tr("builds to judge (default {default}; at most {most})").format(
            default=DEFAULT_BUDGET, most=f"{MAX_BUDGET:,}"
        ),
    )
    p.add_argument(
        "--workers",
        type=_workers,
        metavar="N",
        help=_tr(
            "worker processes (default: one per CPU; 0: none, judge here; at most four per CPU)"
        ),
    )
    p.add_argument(
        "--seed",
        type=_bounded(int, 0, 2**32 - 1),  # what the optimiser's generator accepts
        default=DEFAULT_SEED,
        metavar="N",
        help=_tr("random seed: the same seed gives the same answer (default {seed})").format(
            seed=DEFAULT_SEED
        ),
    )
    p.add_argument(
        "--top",
        type=_bounded(int, 0),
        default=5,
        metavar="N",
        help=_tr("best builds to print (default 5)"),
    )
    p.add_argument(
        "--front",
        metavar="FIGURE",
        default="kerb_weight_kg",
        help=_tr(
            "the Pareto front's second figure (default kerb_weight_kg); one of: {figures}"
        ).format(figures=", ".join(FIGURES)),
    )
    p.add_argument("--json", action="store_true", help=_tr("print one JSON object"))
    p.add_argument(
        "--out",
        metavar="DIR",
        type=named_folder,
        help=_tr("write the best builds as build files here"),
    )
    p.set_defaults(func=cmd_explore)


def _base(spec: str | None) -> Build:
    from keiconfig.core.build import default_build
    from keiconfig.core.files import BuildFileError, load_build
    from keiconfig.core.presets import PresetError, load_preset

    if spec is None:
        return default_build()
    # a file by its name (os.path: a name too long for the disk is no crash) or its look
    # (a missing x.kei.json says the file does not exist, not 'no preset called …')
    if os.path.lexists(spec) or spec.lower().endswith(".json") or os.sep in spec:
        try:
            return load_build(spec).build
        except BuildFileError as e:
            raise _Usage(str(e)) from None
    try:
        return load_preset(spec).build
    except PresetError as e:
        #: {problem}: "there is no preset called …; available presets: …"
        raise _Usage(
            translate("cli", "--from {spec}: no such file, and {problem}").format(
                spec=spec, problem=e
            )
        ) from None


def _ranges(items: list[str]) -> tuple[dict[str, tuple[float, float]], dict[str, list[Any]]]:
    from keiconfig.core.explore_space import catalogue_variable

    ranges: dict[str, tuple[float, float]] = {}
    options: dict[str, list[Any]] = {}
    for item in items:
        path, _, spec = item.partition("=")
        v = catalogue_variable(path.strip())
        parts = [s.strip() for s in spec.split(":")]
        if v.kind == "choice":
            want = []
            for s in parts:
                match = [o for o in v.options if str(o) == s]
                if not match:
                    raise _Usage(
                        translate("cli", "--range {item}: {value} is not one of {values}").format(
                            item=item, value=repr(s), values=", ".join(map(str, v.options))
                        )
                    )
                want.append(match[0])
            options[v.path] = want
            continue
        try:
            lo, hi = (float(s) for s in parts)
        except ValueError:
            raise _Usage(
                translate("cli", "--range {item}: give it as {form}, e.g. {example}").format(
                    item=item, form=f"{v.path}=LOW:HIGH", example=f"{v.path}={v.lo:g}:{v.hi:g}"
                )
            ) from None
        ranges[v.path] = (lo, hi)
    return ranges, options


def _setup(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from keiconfig.core.challenge import ChallengeFileError, load_challenge
    from keiconfig.core.explore_problem import Objective, Problem, Rules
    from keiconfig.core.explore_space import default_vary, make_space, unused_by

    ch: Challenge | None = None
    if args.challenge:
        try:
            ch = load_challenge(args.challenge, source=args.challenge)
        except ChallengeFileError as e:
            raise _Usage(str(e)) from None
    base = _base(args.base)
    # (a file given by --from is explored under the rules it is judged by: its judged_by)
    era = args.era or (ch.rules.era if ch else base.judged_by or "1998")
    rules = Rules(
        era,
        agreement=not args.no_agreement and (ch.rules.agreement if ch else True),
        min_seats=args.min_seats
        if args.min_seats is not None
        else (ch.rules.min_seats if ch else None),
        body_styles=tuple(args.body_style) or (ch.rules.body_styles if ch else ()),
        max_kerb_weight_kg=args.max_kerb_weight
        if args.max_kerb_weight is not None
        else (ch.rules.max_kerb_weight_kg if ch else None),
    )
    if args.objective:
        objective = Objective.parse(args.objective)
    else:
        objective = ch.objective if ch else Objective.single("zero_to_100kmh_s")
    if args.vary:
        vary = [v.strip() for v in args.vary.split(",") if v.strip()]
    else:
        # (a challenge's fields, less what the build does not use: an electric car's engine)
        unused = unused_by(base)
        vary = [p for p in ch.vary if p not in unused] if ch and ch.vary else []
        vary = vary or list(default_vary(base))
    ranges, options = _ranges(args.range)
    space = make_space(base, vary, ranges, options, era_id=era)
    return Problem(space, rules, objective), ch


def cmd_explore(args: argparse.Namespace) -> int:
    from keiconfig.cli import error_line
    from keiconfig.core.explore_problem import FIGURES, ProblemError
    from keiconfig.core.explore_space import SpaceError
    from keiconfig.terminal import shown

    if args.front not in FIGURES:
        print(
            error_line(
                PROG,
                translate("cli", "--front {figure} is not a figure; choose from: {figures}").format(
                    figure=shown(args.front), figures=", ".join(FIGURES)
                ),
            ),
            file=sys.stderr,
        )
        return 2
    try:
        problem, ch = _setup(args)
    except (_Usage, SpaceError, ProblemError) as e:
        print(error_line(PROG, shown(e)), file=sys.stderr)
        return 2
    # before the search, which takes a while: its folder, and whether a file can be
    # saved in it (a system folder such as /proc, a read-only one, a folder in the first
    # file's place were said only after the search, minutes later)
    if args.out and _make_out(Path(args.out), _OUT_NAME.format(i=1) if args.top else None):
        return 1
    result = _run(problem, args)
    if args.out:
        status = _write_out(result, Path(args.out), args.top)
        if status:
            return status
    if args.json:
        _print_json(result, args, ch)
    else:
        _print_text(result, args, ch)
    return 0


def _run(problem, args: argparse.Namespace) -> SearchResult:  # type: ignore[no-untyped-def]
    from keiconfig.core.explore_batch import default_executor
    from keiconfig.core.explore_search import Progress, optimise
    from keiconfig.core.text import translate_n

    def progress(p: Progress) -> None:
        if not args.json and sys.stderr.isatty():
            judged = translate_n("{done}/%n build(s) judged", "", p.budget).format(done=p.evaluated)
            print(f"\r  {judged}", end="", file=sys.stderr)

    # (--top 0 prints no build, but the best one is still known: kept as none, the search
    # said 'best found: no legal build found' and left out the Pareto front)
    top = max(args.top, 1)
    if args.workers == 0:
        result = optimise(problem, args.budget, args.seed, None, None, progress, top)
    else:
        with default_executor(args.workers) as ex:
            result = optimise(
                problem, args.budget, args.seed, ex, None, progress, top, args.workers
            )
    if not args.json and sys.stderr.isatty():
        print("\r" + " " * 40 + "\r", end="", file=sys.stderr)
    return result


def _fmt(v: float | None, figure: str | None) -> str:
    """A figure's value as the window's dashboard card writes it ("15.9"; its unit apart);
    a weighted mix's score to 0.001."""
    if v is None or not math.isfinite(v):
        return "–"
    from keiconfig.ui import format as fmt

    if figure is None:
        return f"{v:.3f}"
    return fmt.figure(v, figure, unit=False)


def _front(result: SearchResult, second: str) -> list[Outcome]:
    from keiconfig.core import pareto
    from keiconfig.core.explore_problem import HIGHER_BETTER

    obj = result.problem.objective
    legal = [o for o in result.outcomes if o.legal and o.value is not None]
    first_hb = obj.figure is not None and HIGHER_BETTER[obj.figure]
    pts = [(o.value, o.figure(second)) for o in legal]
    idx = pareto.front(pts, [first_hb, HIGHER_BETTER[second]])
    return [legal[i] for i in idx]


def _changes(updates: dict[str, Any], build: Build | None = None, power: str = "") -> str:
    """A found build's changes, "length_mm=3125, ..., power_cap_ps=117.1 (not reached: the
    engine makes 63 PS)": a cap its engine does not reach is said to limit nothing (under
    the 64 PS agreement a cap of 117.1 read as a build past it)."""
    from keiconfig.core.explore_space import cap_note

    def note(k: str) -> str:
        return cap_note(build, power) if k == "engine.power_cap_ps" and build else ""

    # None: the model's own (the build's gear ratios, for a gearbox they do not fit)
    return ", ".join(
        f"{k.split('.')[-1]}={'auto' if v is None else v}{note(k)}" for k, v in updates.items()
    )


def _alike(n: int) -> str:
    """After a line standing for ``n`` builds that do the same: "  (3 builds)"; nothing for one."""
    from keiconfig.core.text import translate_n

    return f"  ({translate_n('%n build(s)', '', n)})" if n > 1 else ""


def _figure_name(figure: str) -> str:
    """A figure as the window names it ("0–100 km/h (s)", in the locale's language), not
    its id (``zero_to_100kmh_s``, which --objective, --front, --json and --csv keep)."""
    from keiconfig.core.explore_problem import FIGURE_LABELS

    return translate("explore", FIGURE_LABELS[figure]) if figure in FIGURE_LABELS else figure


def _objective_name(objective: Objective) -> str:
    """The objective as the window names it: its figure, or a mix "0–100 km/h (s) × 1,
    top speed (km/h) × 0.5"."""
    if objective.is_single:
        return _figure_name(objective.terms[0][0])
    return ", ".join(f"{_figure_name(n)} × {w:g}" for n, w in objective.terms)


def _print_text(result: SearchResult, args: argparse.Namespace, ch: Challenge | None) -> None:
    # (in the locale's language, as the other commands' tables: keiconfig.cli)
    from keiconfig.core.compare import figure_label
    from keiconfig.core.explore_edges import edges_sentence
    from keiconfig.core.explore_problem import failed_text, unit_of
    from keiconfig.core.explore_space import used_updates
    from keiconfig.core.text import translate, translate_n
    from keiconfig.terminal import shown

    p = result.problem
    fig = p.objective.figure
    name = _objective_name(p.objective)
    if ch is not None:
        print(translate("cli", "challenge: {title}").format(title=shown(ch.title)))
    print(
        translate("cli", "rules: {rules}; objective: {objective}").format(
            rules=p.rules.describe(), objective=name
        )
    )
    print(translate("cli", "varied: {fields}").format(fields=", ".join(p.space.paths)))
    print(
        translate_n("judged %n build(s) (seed {seed})", "", result.evaluated).format(seed=args.seed)
    )
    base = result.base
    best = result.best[0].outcome if result.best else None
    unit = unit_of(fig)
    broken = failed_text(base.failed)
    mine = (
        _fmt(base.value, fig)
        + unit
        + ("" if base.legal else translate("cli", " (breaks: {rules})").format(rules=broken))
    )
    found = _fmt(best.value, fig) + unit if best else translate("cli", "no legal build found")
    print(
        translate("cli", "your build: {mine}; best found: {found}").format(mine=mine, found=found)
    )
    edges = edges_sentence(result, p.space.base)  # near an end of a range; outside one
    if edges:
        print(edges)
    if not result.best:
        return
    if args.top > 0:  # (--top 0: the figures and the front, no list)
        print()
        print(translate("cli", "best legal builds:"))
    # Each line's figure as the window's card writes it, its unit once: "0–100 km/h 10.7 s"
    # (it said "0–100 km/h (s) 10.7 s"); a mix's score has no unit, its name stays whole.
    named = name if fig is None else figure_label(fig)
    for i, f in enumerate(result.best[: args.top], start=1):
        power = _fmt(f.outcome.figure("power_ps"), "power_ps")
        # (not a CVT's gear count)
        changes = _changes(used_updates(f.updates, f.build), f.build, f"{power} PS")
        print(
            f"  {i}. {named} {_fmt(f.outcome.value, fig)}{unit}  "
            f"({_fmt(f.outcome.figure('kerb_weight_kg'), 'kerb_weight_kg')} kg, "
            f"{power} PS)  {changes}{_alike(f.alike)}"
        )
    front = _front(result, args.front)
    print()
    print(
        translate_n("Pareto front, {objective} against {figure} (%n build(s)):", "", len(front))
        .format(objective=name, figure=_figure_name(args.front))
    )  # fmt: skip
    rows = [(_fmt(o.value, fig), _fmt(o.figure(args.front), args.front)) for o in front]
    # Builds that differ only where neither figure moves (a power cap above what the engine
    # makes) are one point of the front: one line with their count, not hundreds alike.
    for (value, other), alike in itertools.groupby(rows):
        print(f"  {value:>8}  {other:>8}{_alike(len(list(alike)))}")


def _outcome_dict(
    o: Outcome, updates: dict[str, Any] | None = None, build: Build | None = None
) -> dict[str, Any]:
    """A judged build as --json writes it. With its ``build``, a change that does nothing
    is said in ``notes`` (optional, present only when there is one), as the text output and
    the window say it: ``{"engine.power_cap_ps": "not_reached"}``, a power cap above what
    the engine makes (a cap of 117.1 on an engine of 63 PS read as a build past the 64 PS
    agreement)."""
    from keiconfig.core.explore_space import cap_unreached
    from keiconfig.terminal import json_number

    out: dict[str, Any] = {
        "value": json_number(o.value, 4),
        "legal": o.legal,
        "failed": list(o.failed),
        "figures": {k: json_number(v, 3) for k, v in o.figure_dict().items()},
    }
    if updates is not None:
        out["changes"] = updates
        if build is not None and "engine.power_cap_ps" in updates and cap_unreached(build):
            out["notes"] = {"engine.power_cap_ps": "not_reached"}
    return out


def _front_build(result: SearchResult, o: Outcome) -> Build | None:
    """The build of a point of the front (None where it cannot be made)."""
    try:
        return result.problem.space.build(o.x)
    except ValueError:
        return None


def _print_json(result: SearchResult, args: argparse.Namespace, ch: Challenge | None) -> None:
    p = result.problem
    data = {
        "challenge": ch.title if ch else None,
        "era": p.rules.era,
        "agreement": p.rules.agreement_limit_ps is not None,
        "constraints": {
            "min_seats": p.rules.min_seats,
            "body_styles": list(p.rules.body_styles),
            "max_kerb_weight_kg": p.rules.max_kerb_weight_kg,
        },
        "objective": p.objective.text(),
        "vary": list(p.space.paths),
        "seed": args.seed,
        "evaluated": result.evaluated,
        "base": _outcome_dict(result.base),
        "best": [
            {
                **_outcome_dict(f.outcome, f.updates, f.build),
                "alike": f.alike,
                "build": f.build.to_json_dict(),
            }
            for f in result.best[: args.top]
        ],
        "front": {
            "figures": [p.objective.text(), args.front],
            "builds": [
                _outcome_dict(o, p.space.updates(o.x), _front_build(result, o))
                for o in _front(result, args.front)
            ],
        },
    }
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n")


_OUT_NAME = "explored-{i:02d}.kei.json"


def _make_out(folder: Path, first: str | None = None) -> int:
    """``--out``'s folder made (or there); 1 with a sentence on stderr when it cannot be
    (a file there, a name too long for the disk: that raised 'keiconfig: error: [Errno
    36] File name too long … (OSError)', and only after the whole search). ``first``:
    the first file to be saved there, looked at and its folder tried as the save will
    (:func:`keiconfig.core.files.check_writable`), said in the save's own sentence."""
    import errno

    from keiconfig.core import files
    from keiconfig.terminal import shown

    def say(sentence: str) -> int:
        print(f"{PROG}: " + sentence.format(folder=shown(folder)), file=sys.stderr)
        return 1

    try:
        if folder.is_symlink() and not folder.exists():  # (mkdir said 'File exists')
            return say(
                translate(
                    "cli",
                    "{folder} is a link that leads to no folder (nowhere, or back to itself); "
                    "--out needs a folder.",
                )
            )
        if folder.exists() and not folder.is_dir():
            print(
                f"{PROG}: "
                + translate("cli", "{folder} is not a folder; --out needs a folder.").format(
                    folder=shown(folder)
                ),
                file=sys.stderr,
            )
            return 1
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        system = _nearest_there(folder)
        if e.errno == errno.ENOENT and system is not None and system.is_dir():
            # /proc/x: its folder is there and makes no folders (said 'No such file or
            # directory'). Named once, as a save there names it (it said "it would be in a
            # folder of the system, like /proc and /sys", of /proc/x).
            print(
                f"{PROG}: "
                + translate(
                    "cli",
                    "the folder {folder} cannot be made: {system} is a folder of the system, "
                    "whose files are the computer's own, and nothing can be saved in it.",
                ).format(folder=shown(folder), system=shown(system)),
                file=sys.stderr,
            )
            return 1
        if e.errno == errno.ENOTDIR:  # (said 'Not a directory')
            return say(
                translate(
                    "cli",
                    "the folder {folder} cannot be made: a part of its path is a file, not a "
                    "folder.",
                )
            )
        print(
            f"{PROG}: "
            #: {reason} is the operating system's own words.
            + translate("cli", "the folder {folder} cannot be made ({reason}).").format(
                folder=shown(folder), reason=e.strerror or e
            ),
            file=sys.stderr,
        )
        return 1
    if first is not None:
        try:
            files.check_writable(folder / first)
        except files.BuildSaveError as e:
            print(f"{PROG}: {shown(e)}", file=sys.stderr)
            return 1
    return 0


def _nearest_there(folder: Path) -> Path | None:
    """The nearest part of ``folder``'s path that is there (a folder: "no such file or
    directory" from making ``folder`` was then not a folder missing)."""
    for above in folder.absolute().parents:
        if os.path.lexists(above):
            return above
    return None


def _write_out(result: SearchResult, folder: Path, top: int) -> int:
    from keiconfig.core.build import changed
    from keiconfig.core.explore_problem import unit_of
    from keiconfig.core.files import BuildSaveError, save_build
    from keiconfig.core.regulations import CURRENT_ERA
    from keiconfig.terminal import shown

    fig = result.problem.objective.figure
    if _make_out(folder):  # gone or replaced during the search
        return 1
    replaced = 0
    era = result.problem.rules.era
    for i, f in enumerate(result.best[:top], start=1):
        label = f"{_fmt(f.outcome.value, fig)}{unit_of(fig)}"
        update: dict[str, object] = {"name": f"Explored {era} #{i} ({label})"}
        if (f.build.judged_by or CURRENT_ERA) != era:  # found under these rules: it says so
            update["judged_by"] = era
        build = changed(f.build, update)
        target = folder / _OUT_NAME.format(i=i)
        replaced += target.exists()
        try:
            save_build(build, target)  # a file it replaces is kept as its .bak
        except BuildSaveError as e:
            print(f"{PROG}: {shown(e)}", file=sys.stderr)
            return 1
    _say_written(folder, len(result.best[:top]), replaced)
    return 0


def _say_written(folder: Path, written: int, replaced: int) -> None:
    """On stderr, what --out wrote and replaced, and the files of an earlier search that
    it left (a second search with fewer answers left explored-06… beside this one's
    explored-01…05, to be taken for this search's)."""
    from keiconfig.core.text import translate_n
    from keiconfig.terminal import shown

    where = shown(folder)
    line = translate_n("wrote %n build file(s) in {folder}.", "", written).format(folder=where)
    if replaced:
        line += " " + translate_n(
            "The %n file(s) they replaced are kept beside them as .bak.", "", replaced
        )
    print(f"{PROG}: {line}", file=sys.stderr)
    older = sorted(
        p.name
        for p in folder.glob("explored-*.kei.json")
        if p.name[9:11].isdigit() and int(p.name[9:11]) > written
    )
    if older:
        print(
            f"{PROG}: "
            + translate_n(
                "%n file(s) in {folder} are from an earlier search, not this one: {files}.",
                "",
                len(older),
            ).format(folder=where, files=", ".join(shown(n) for n in older)),
            file=sys.stderr,
        )


def cmd_rank_challenge(args: argparse.Namespace) -> int:
    """``keiconfig rank FOLDER --challenge FILE``: the league table of a class challenge."""
    from keiconfig.core import ranking
    from keiconfig.core.challenge import ChallengeFileError, load_challenge, rank_folder
    from keiconfig.core.explore_problem import failed_text
    from keiconfig.core.text import translate
    from keiconfig.terminal import dump_json, fixed, shown
    from keiconfig.terminal import table as aligned

    try:
        ch = load_challenge(args.challenge, source=args.challenge)
    except ChallengeFileError as e:
        print(f"keiconfig rank: {shown(e)}", file=sys.stderr)
        return 1
    if args.csv:  # before the ranking, which takes a while
        from keiconfig.cli import check_csv

        if check_csv(args.csv):
            return 1
    try:
        rows = rank_folder(ch, args.folder)
    except ranking.RankError as e:
        print(f"keiconfig rank: {shown(e)}", file=sys.stderr)
        return 1
    from keiconfig.cli import say_skipped

    say_skipped(args.folder)
    if args.json:
        dump_json({"challenge": ch.to_json_dict(), "rows": [r.to_dict() for r in rows]}, sys.stdout)
    else:
        table = []
        for r in rows:
            # (the words of the plain rank table, in the locale's language; the rules and
            # the challenge's constraints named as the explorer names them)
            if r.error is not None:  # (its sentence below the table)
                status = translate("cli", "unreadable (see below)")
            elif r.compliant:
                status = translate("cli", "complies")
            else:
                status = translate("cli", "breaks: {rules}").format(rules=failed_text(r.failed))
            table.append(
                [
                    "" if r.rank is None else str(r.rank),
                    shown(r.file),
                    # the name the file holds, as the window's class folder shows it
                    shown(r.name or ""),
                    fixed(r.value, ranking.SHOWN_DECIMALS.get(ch.label, 2))
                    if r.error is None
                    else "",
                    status,
                ]
            )
        from keiconfig.cli import (
            paragraph_columns,
            print_unreadable,
            table_columns,
            wrap_columns,
            wrap_list,
        )

        line = translate("cli", "Challenge: {title} ({rules}).").format(
            title=shown(ch.title), rules=ch.rules.describe()
        )
        print("\n".join(wrap_columns(line, paragraph_columns())))
        headers = [translate("cli", word) for word in ("rank", "file", "name")]
        headers += [ranking.field_label(ch.label), translate("cli", "status")]
        # (a status breaking six rules goes on under its column: it ran to 115 at 80)
        limit = table_columns()
        print(aligned(headers, table, right={0, 3}, limit=limit, cut=(1, 2), wrap_last=wrap_list))
        print_unreadable(rows)
    if args.csv:
        from keiconfig.cli import write_csv

        if write_csv(args.csv, ranking.to_csv(rows, ch.label)):
            return 1
    return 1 if any(r.error is not None for r in rows) else 0
