"""Class challenges: a small JSON file with an era, constraints and an objective.

The format is documented in ``resources/challenge-format.md``. :func:`load_challenge`
reads one; every problem a user can cause ends as :class:`ChallengeFileError`, whose
message is one sentence naming the file, the field and what is allowed.
:func:`rank_folder` ranks a class folder by a challenge (its rules decide who is
ranked, its objective the order), as ``keiconfig rank FOLDER --challenge FILE``.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from keiconfig.core import ranking, regulations
from keiconfig.core.build import BODY_STYLES
from keiconfig.core.explore_problem import HIGHER_BETTER, Objective, ProblemError, Rules
from keiconfig.core.explore_space import CATALOGUE

if TYPE_CHECKING:
    from keiconfig.core.build import Build
    from keiconfig.core.results import Performance

FORMAT_ID: Final = "keiconfig-challenge"
FORMAT_VERSION: Final = 1
SUFFIX: Final = ".challenge.json"
MAX_BYTES: Final = 100_000
KEYS: Final = frozenset(
    {
        "format",
        "version",
        "title",
        "description",
        "era",
        "agreement",
        "objective",
        "constraints",
        "vary",
    }
)
CONSTRAINT_KEYS: Final = frozenset({"min_seats", "body_styles", "max_kerb_weight_kg"})


class ChallengeFileError(Exception):
    """A challenge file could not be read. ``str(error)`` is a sentence fit for a user."""


@dataclass(frozen=True)
class Challenge:
    title: str
    description: str
    rules: Rules
    objective: Objective
    vary: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The objective as a column title: the figure's name, or ``score`` for a mix."""
        return self.objective.figure or "score"

    def to_json_dict(self) -> dict[str, Any]:
        r = self.rules
        constraints: dict[str, Any] = {}
        if r.min_seats is not None:
            constraints["min_seats"] = r.min_seats
        if r.body_styles:
            constraints["body_styles"] = list(r.body_styles)
        if r.max_kerb_weight_kg is not None:
            constraints["max_kerb_weight_kg"] = r.max_kerb_weight_kg
        out: dict[str, Any] = {
            "format": FORMAT_ID,
            "version": FORMAT_VERSION,
            "title": self.title,
            "description": self.description,
            "era": r.era,
            "agreement": r.agreement,
            "objective": self.objective.figure or dict(self.objective.terms),
            "constraints": constraints,
        }
        if self.vary:
            out["vary"] = list(self.vary)
        return out


def load_challenge(path: str | os.PathLike[str]) -> Challenge:
    """Read and check a challenge file. Raises :class:`ChallengeFileError` only."""
    p = Path(path)
    name = p.name or str(p)
    try:
        if p.is_dir():
            raise ChallengeFileError(f"{name}: this is a folder, not a challenge file.")
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ChallengeFileError(f"{name}: the file does not exist.") from None
    except PermissionError:
        raise ChallengeFileError(f"{name}: permission to read the file was denied.") from None
    except OSError as e:
        raise ChallengeFileError(
            f"{name}: the file could not be read ({e.strerror or e})."
        ) from None
    if len(data) > MAX_BYTES:
        raise ChallengeFileError(
            f"{name}: the file is larger than 100 kB; a challenge is a few lines, so this "
            "is not one."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ChallengeFileError(
            f"{name}: the file is not UTF-8 text; it may be a binary or damaged file."
        ) from None
    return challenge_from_text(text, name)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def challenge_from_text(text: str, source: str = "challenge") -> Challenge:
    if not text.strip():
        raise ChallengeFileError(f"{source}: the file is empty.")
    try:
        raw = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise ChallengeFileError(
            f"{source}: the JSON is broken at line {e.lineno}, column {e.colno}: {e.msg.lower()}."
        ) from None
    except (ValueError, RecursionError) as e:
        raise ChallengeFileError(f"{source}: {e or 'the JSON is nested far too deeply'}.") from None
    return challenge_from_data(raw, source)


def _fail(source: str, problem: str) -> ChallengeFileError:
    return ChallengeFileError(f"{source}: {problem}.")


def _text(raw: dict[str, Any], key: str, source: str, limit: int) -> str:
    v = raw.get(key)
    if not isinstance(v, str) or not v.strip():
        raise _fail(source, f'"{key}" must be a text of 1 to {limit} characters')
    if len(v) > limit:
        raise _fail(source, f'"{key}" is longer than {limit} characters')
    return v.strip()


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def challenge_from_data(raw: Any, source: str = "challenge") -> Challenge:
    """Check already-parsed JSON data as a challenge."""
    if not isinstance(raw, dict):
        raise _fail(source, "a challenge file holds one JSON object { ... }")
    if raw.get("format") != FORMAT_ID:
        if "body" in raw and "engine" in raw:
            raise _fail(
                source,
                "this is a build file, not a challenge; open it with File > Open "
                '(a challenge has "format": "keiconfig-challenge")',
            )
        raise _fail(source, f'"format" must be "{FORMAT_ID}"; this is not a challenge file')
    if raw.get("version") != FORMAT_VERSION:
        raise _fail(
            source,
            f'"version" is {json.dumps(raw.get("version"))}; this keiconfig reads version '
            f"{FORMAT_VERSION} challenges (a newer keiconfig may read this one)",
        )
    unknown = sorted(set(raw) - KEYS)
    if unknown:
        raise _fail(
            source,
            f'"{unknown[0]}" is not a field of a challenge; the fields are: '
            + ", ".join(sorted(KEYS)),
        )
    title = _text(raw, "title", source, 80)
    description = _text(raw, "description", source, 600) if "description" in raw else ""
    era = raw.get("era")
    if not isinstance(era, str | int) or isinstance(era, bool):
        raise _fail(source, f'"era" must be one of {", ".join(regulations.era_ids())}')
    try:
        era_id = regulations.era(str(era)).id
    except KeyError:
        raise _fail(
            source,
            f'"era" is {json.dumps(era)}; it must be one of {", ".join(regulations.era_ids())}',
        ) from None
    agreement = raw.get("agreement", True)
    if not isinstance(agreement, bool):
        raise _fail(source, '"agreement" must be true or false')
    objective = _objective(raw.get("objective"), source)
    constraints = raw.get("constraints", {})
    if not isinstance(constraints, dict):
        raise _fail(source, '"constraints" must be an object { ... }')
    unknown = sorted(set(constraints) - CONSTRAINT_KEYS)
    if unknown:
        raise _fail(
            source,
            f'"constraints.{unknown[0]}" is not a constraint keiconfig knows; the constraints '
            "are: " + ", ".join(sorted(CONSTRAINT_KEYS)),
        )
    seats = constraints.get("min_seats")
    if seats is not None and (
        not isinstance(seats, int) or isinstance(seats, bool) or not 1 <= seats <= 8
    ):
        raise _fail(source, '"constraints.min_seats" must be a whole number from 1 to 8')
    styles = constraints.get("body_styles", [])
    if not isinstance(styles, list) or not all(isinstance(s, str) for s in styles):
        raise _fail(source, '"constraints.body_styles" must be a list of body styles')
    bad = [s for s in styles if s not in BODY_STYLES]
    if bad:
        raise _fail(
            source,
            f'"constraints.body_styles": {json.dumps(bad[0])} is not a body style; '
            f"the styles are: {', '.join(BODY_STYLES)}",
        )
    weight = constraints.get("max_kerb_weight_kg")
    if weight is not None and (not _number(weight) or not 150 <= weight <= 5000):
        raise _fail(
            source, '"constraints.max_kerb_weight_kg" must be a number of kilograms, 150 to 5000'
        )
    vary = raw.get("vary", [])
    if not isinstance(vary, list) or not all(isinstance(v, str) for v in vary):
        raise _fail(source, '"vary" must be a list of build fields such as "body.length_mm"')
    bad = [v for v in vary if v not in CATALOGUE]
    if bad:
        raise _fail(
            source,
            f'"vary": {json.dumps(bad[0])} is not a field an exploration can vary; '
            f"choose from: {', '.join(CATALOGUE)}",
        )
    rules = Rules(
        era_id,
        agreement,
        seats,
        tuple(styles),
        None if weight is None else float(weight),
    )
    return Challenge(title, description, rules, objective, tuple(vary))


def _objective(raw: Any, source: str) -> Objective:
    figures = ", ".join(HIGHER_BETTER)
    try:
        if isinstance(raw, str):
            return Objective.single(raw)
        if isinstance(raw, dict) and raw:
            terms = []
            for k, w in raw.items():
                if not _number(w):
                    raise _fail(source, f'"objective.{k}" must be a positive number (a weight)')
                terms.append((str(k), float(w)))
            return Objective(tuple(terms))
    except ProblemError as e:
        raise _fail(source, f'"objective": {e}') from None
    raise _fail(
        source,
        f'"objective" must be a figure, e.g. "zero_to_100kmh_s", or an object of weights '
        f'such as {{"zero_to_100kmh_s": 1, "top_speed_kmh": 0.5}}; the figures are: {figures}',
    )


# -- ranking a class folder ----------------------------------------------------------------------


@dataclass
class _Judge:
    challenge: Challenge
    evaluate: Callable[[Build], Performance] | None = None

    def __call__(self, path: Path, display: str) -> ranking.Entry:
        from keiconfig.core.files import BuildFileError, load_build

        try:
            build = load_build(path).build
        except BuildFileError as e:
            return ranking.Entry(display, error=str(e))
        model = self.evaluate if self.evaluate is not None else _model()
        try:
            perf = model(build)
        except Exception as e:  # one bad build must not sink the table
            return ranking.Entry(
                display, name=build.name, error=f"{display}: could not be evaluated ({e})."
            )
        return entry_for(self.challenge, display, build, perf)


def _model() -> Callable[[Build], Performance]:
    from keiconfig.core.performance import evaluate

    return evaluate


def entry_for(challenge: Challenge, file: str, build: Build, perf: Performance) -> ranking.Entry:
    """A build's line in the challenge's league table."""
    _, failed, _ = challenge.rules.judge(build, perf)
    figures = {name: getattr(perf, name) for name in HIGHER_BETTER}
    return ranking.Entry(
        file,
        name=build.name,
        compliant=not failed,
        failed=failed,
        value=challenge.objective.value(figures),
        era=challenge.rules.era,
    )


def higher_better(challenge: Challenge) -> bool:
    figure = challenge.objective.figure
    return figure is not None and HIGHER_BETTER[figure]


def rank_folder(
    challenge: Challenge,
    folder: str | os.PathLike[str],
    evaluate: Callable[[Build], Performance] | None = None,
) -> tuple[ranking.Row, ...]:
    """Rank every build file in ``folder`` by the challenge: builds that keep its rules
    by its objective, then those that break one (with the rules broken), then files
    that cannot be read."""
    judge = _Judge(challenge, evaluate)
    entries = [judge(f, f.name) for f in ranking.build_files(folder)]
    return ranking.rank(entries, challenge.label, higher_better=higher_better(challenge))
