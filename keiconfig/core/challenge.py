"""Class challenges: a small JSON file with an era, constraints and an objective.

The format is documented in ``resources/challenge-format.md``. :func:`load_challenge`
reads one; every problem a user can cause ends as :class:`ChallengeFileError`, whose
message is one sentence naming the file, the field and what is allowed.
:func:`rank_folder` ranks a class folder by a challenge (its rules decide who is
ranked, its objective the order), as ``keiconfig rank FOLDER --challenge FILE``.
"""

from __future__ import annotations

import contextlib
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
from keiconfig.core.file_read import (
    DuplicateKey,
    only_zeros,
    other_format,
    read_small_file,
    says_format,
    unique_keys,
    why_unreadable,
    without_padding,
)
from keiconfig.core.text import QT_TRANSLATE_NOOP, shown, translate, translate_n

if TYPE_CHECKING:
    from keiconfig.core.build import Build
    from keiconfig.core.legacy_text import OtherEncoding
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


def load_challenge(path: str | os.PathLike[str], source: str | None = None) -> Challenge:
    """Read and check a challenge file. Raises :class:`ChallengeFileError` only, whose
    sentence names the file ``source`` (the command line: the path as it was given, as its
    build errors name a build) or else by its name (the window adds its folder)."""
    p = Path(path)
    # quoted in every sentence: one line, as it is named
    name = shown(source if source is not None else (p.name or str(p)))
    try:
        data, _ = read_small_file(p, MAX_BYTES)
    except OSError as e:
        raise _fail(name, why_unreadable(e, "challenge")) from None
    if len(data) > MAX_BYTES:
        raise _fail(
            name,
            translate(
                "challenge",
                "the file is larger than 100 kB; a challenge is a few lines, so this is not one",
            ),
        )
    from keiconfig.core import legacy_text
    from keiconfig.core.files import is_bomless_utf16_json

    kind = other_format(data)
    if kind is not None:  # a zip, TextEdit's rich text, a saved web page: said so
        raise _fail(name, translate("challenge", _OTHER_FORMATS[kind]))
    if only_zeros(data):
        raise _fail(
            name,
            translate(
                "challenge",
                "the file holds nothing but zero bytes: its contents were never written (a "
                "USB stick removed too early, or a copy cut short), so ask for it again",
            ),
        )
    data = without_padding(data)

    unicode = legacy_text.unicode_text(data)
    if unicode is not None:  # UTF-16 (Notepad's "Unicode") or UTF-32: read for sure
        return challenge_from_text(unicode[1], name)
    text = None
    # (plain ASCII in UTF-16 without its byte order mark is also UTF-8, with NULs in it)
    if not is_bomless_utf16_json(data) and not legacy_text.utf8_by_chance(data):
        with contextlib.suppress(UnicodeDecodeError):
            text = data.decode("utf-8-sig")
    if text is None:
        encoding = None
        if _is_json_in(data, "utf-16") or is_bomless_utf16_json(data):
            encoding = "UTF-16"
        else:
            other = legacy_text.other_encoding(data)
            damage = legacy_text.utf8_damage(data) if other is None else None
            if damage is not None:
                raise _fail(
                    name,
                    translate_n(
                        "the file is damaged: %n byte(s) at {where} are not valid UTF-8, "
                        "though the rest of it is (a copy cut short or changed on the way); "
                        "ask for the file again",
                        "",
                        damage.count,
                    ).format(where=legacy_text.where(damage)),
                )
            if other is not None and other.text is not None:
                # an editor's Windows encoding, told for sure: a challenge is only read,
                # so it is read as it is (a build says so: its save writes UTF-8)
                return challenge_from_text(other.text, name)
            if other is not None and other.too_large:
                raise _fail(
                    name,
                    translate(
                        "challenge",
                        "the file is not UTF-8, and at {kilobytes} KB it is far larger than a "
                        "challenge (a few KB), so the encoding it is in is not worked out; "
                        "re-save it as UTF-8 in your editor",
                    ).format(kilobytes=len(data) // 1000),
                )
            if other is not None and other.could_be == (legacy_text.WINDOWS_1251,):
                raise _fail(
                    name,
                    #: {russian} is the file's title (or first words) read as Russian.
                    translate(
                        "challenge",
                        "the file was not saved as UTF-8, and its letters look like Russian, "
                        "“{russian}” (Windows-1251, Russian Windows' encoding), which keiconfig "
                        "does not read. Whoever made it should open it in Notepad, choose File "
                        "> Save As, set Encoding to UTF-8, save, and send that new file",
                    ).format(russian=legacy_text.readings_said(other)["other"]),
                )
            if other is not None and other.could_be[:1] in (
                (legacy_text.WINDOWS_1252,),
                (legacy_text.WINDOWS_1250,),  # (or a Mac's: 'Piť' or 'Più')
            ):
                raise _fail(
                    name,
                    #: {first} and {other} are the same bytes of the file (its title, most
                    #: often) read in two encodings, e.g. "Koláø" and "Kolář";
                    #: {first_language} is whose letters {first} are ("Western European")
                    #: and {first_encoding} its encoding's name ("Windows-1252"), and so on.
                    translate(
                        "challenge",
                        "the file was not saved as UTF-8, and its letters could be "
                        "{first_language}, “{first}” ({first_encoding}), or {other_language}, "
                        "“{other}” ({other_encoding}): the file does not say which, so it is "
                        "not read on a guess. Whoever made it should open it in Notepad, "
                        "choose File > Save As, set Encoding to UTF-8, save, and send that new "
                        "file",
                    ).format(**legacy_text.windows_readings_said(other))
                    + _on_a_mac(other),
                )
            if other is not None and other.could_be:
                raise _fail(
                    name,
                    #: {japanese} and {other} are the same bytes of the file (its title,
                    #: most often) read in two encodings, e.g. "ﾀﾝﾄ" and "АЭД"; {language}
                    #: is whose letters {other} are ("Russian"), {encoding} its encoding.
                    translate(
                        "challenge",
                        "the file was not saved as UTF-8, and its letters could be Japanese, "
                        "“{japanese}” (Shift_JIS), or {language}, “{other}” ({encoding}): the "
                        "file does not say which, so it is not read on a guess. Whoever made "
                        "it should open it in Notepad, choose File > Save As, set Encoding to "
                        "UTF-8, save, and send that new file",
                    ).format(**legacy_text.readings_said(other))
                    + _on_a_mac(other),
                )
            if other is not None and other.name is None:
                raise _fail(
                    name,
                    translate(
                        "challenge",
                        "the file is JSON text in an encoding other than UTF-8 that cannot be "
                        "told for sure; re-save it as UTF-8 in your editor",
                    ),
                )
            if other is not None:
                encoding = other.name
        if encoding is not None:  # an editor's other encoding: say which, and what to do
            raise _fail(
                name,
                #: {encoding} is UTF-16 or Shift_JIS.
                translate(
                    "challenge",
                    "the file is encoded as {encoding}; challenge files must be UTF-8 "
                    "(re-save it as UTF-8 in your editor)",
                ).format(encoding=encoding),
            )
        raise _fail(
            name,
            translate(
                "challenge", "the file is not UTF-8 text; it may be a binary or damaged file"
            ),
        )
    return challenge_from_text(text, name)


_OTHER_FORMATS: Final = {
    "zip": QT_TRANSLATE_NOOP(
        "challenge",
        "the file is a zip archive, not a challenge file; unzip it and open the challenge "
        "file inside",
    ),
    "rtf": QT_TRANSLATE_NOOP(
        "challenge",
        "the file is rich text (RTF), as macOS TextEdit saves it, not plain JSON; in "
        "TextEdit choose Format > Make Plain Text and save it again",
    ),
    "html": QT_TRANSLATE_NOOP(
        "challenge",
        "the file is a web page (HTML), not a challenge file; a link's page was saved "
        "instead of the file, so download the file itself (on GitHub, its Raw button)",
    ),
}


def is_challenge_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a file that says it is a class challenge (``"format":
    "keiconfig-challenge"``), readable or not as one: a quick look, for a window handed a
    file (dropped on it, given on its command line, opened as a build) to show it as the
    challenge it is. Never blocks (a pipe is not a challenge) and never raises."""
    return says_format(path, FORMAT_ID, MAX_BYTES)


def _is_json_in(data: bytes, encoding: str) -> bool:
    try:
        json.loads(data.decode(encoding))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return True


def _whole(value: Any) -> Any:
    """A whole number written with a decimal point (2.0) as that integer, as a build's
    fields take it; anything else as it is."""
    if type(value) is float and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(translate("challenge", "{name} is not a number JSON allows").format(name=name))


def challenge_from_text(text: str, source: str = "challenge") -> Challenge:
    text = text.lstrip("\ufeff")  # a second byte order mark, as invisible as the first
    if not text.strip():
        raise _fail(source, translate("challenge", "the file is empty"))
    try:
        raw = json.loads(text, parse_constant=_no_constant, object_pairs_hook=unique_keys)
    except DuplicateKey as e:
        raise _fail(
            source,
            translate(
                "challenge",
                '"{key}" appears twice in the same object; a challenge gives each field once '
                "(delete one of them)",
            ).format(key=_short(e.key)),
        ) from None
    except json.JSONDecodeError as e:
        from keiconfig.core.files import json_mistake, json_place

        if e.pos >= len(text.rstrip()) or e.msg.startswith("Unterminated string"):
            raise _fail(
                source,
                translate(
                    "challenge",
                    "the file ends too early (at line {line}): it was probably cut off while "
                    "it was copied or saved",
                ).format(line=json_place(e)["line"]),
            ) from None
        mistake = json_mistake(e)
        if mistake is not None:  # a comment, a comma too many, a curly quote ...
            raise _fail(source, mistake) from None
        if e.pos == len(text) - len(text.lstrip(" \t\n\r")):  # not JSON from its start
            raise _fail(  # (/etc/passwd was "the JSON is broken at line 1, column 1")
                source,
                #: {mark} is the opening brace, {.
                translate(
                    "challenge",
                    "this is not a keiconfig class challenge file, nor JSON at all (a "
                    "challenge file is JSON text, starting with {mark})",
                ).format(mark="{"),
            ) from None
        raise _fail(
            source,
            #: {problem} is Python's JSON parser's own words, e.g. "expecting value".
            translate(
                "challenge", "the JSON is broken at line {line}, column {column}: {problem}"
            ).format(**json_place(e), problem=e.msg.lower()),
        ) from None
    except RecursionError:
        raise _fail(source, translate("challenge", "the JSON is nested far too deeply")) from None
    except ValueError as e:
        raise _fail(source, str(e)) from None
    return challenge_from_data(raw, source)


QUOTED_CHARS: Final = 40  # a value from the file quoted in a sentence is cut to this


def _short(text: str) -> str:
    """A key or text from the file, put between the sentence's own quotes: one line
    (:func:`shown`), and cut to :data:`QUOTED_CHARS` (a 50,000-letter key made a message
    box taller than the screen, its OK button and the sentence's end never seen)."""
    cut = text if len(text) <= QUOTED_CHARS else text[: QUOTED_CHARS - 3] + "..."
    return shown(cut)


def _json_short(value: Any) -> str:
    """A value from the file as JSON writes it, shortened as :func:`_short`."""
    if isinstance(value, str):
        return json.dumps(_short(value), ensure_ascii=False)
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = type(value).__name__
    return _short(text)


def _on_a_mac(other: OtherEncoding) -> str:
    """What to do on a Mac, after a refusal's Notepad steps, when one reading is a Mac's
    Mac OS Roman (its maker most likely has a Mac, and no Notepad)."""
    from keiconfig.core.legacy_text import MAC_ROMAN

    if MAC_ROMAN not in other.could_be:
        return ""
    #: Said after the Notepad steps (Japanese: no space before it); no full stop at the
    #: end, as the sentence before it.
    return translate(
        "challenge",
        ". On a Mac, TextEdit does it: hold Option, choose File > Save As, set Plain Text "
        "Encoding to Unicode (UTF-8), and save",
    )


def _fail(source: str, problem: str) -> ChallengeFileError:
    #: A problem in a challenge file: "quick.challenge.json: the file is empty."
    return ChallengeFileError(
        translate("challenge", "{source}: {problem}.").format(source=source, problem=problem)
    )


def _text(raw: dict[str, Any], key: str, source: str, limit: int) -> str:
    v = raw.get(key)
    if not isinstance(v, str) or not v.strip():
        raise _fail(
            source,
            translate("challenge", '"{key}" must be a text of 1 to {limit} characters').format(
                key=key, limit=limit
            ),
        )
    if len(v) > limit:
        raise _fail(
            source,
            translate("challenge", '"{key}" is longer than {limit} characters').format(
                key=key, limit=limit
            ),
        )
    return v.strip()


def _number(v: Any) -> bool:
    """A finite number a float can hold (10**400 raised OverflowError: 'keiconfig: error:
    int too large to convert to float')."""
    if not isinstance(v, int | float) or isinstance(v, bool):
        return False
    try:
        return math.isfinite(v)
    except OverflowError:
        return False


def challenge_from_data(raw: Any, source: str = "challenge") -> Challenge:
    """Check already-parsed JSON data as a challenge."""
    if not isinstance(raw, dict):
        raise _fail(
            source, translate("challenge", "a challenge file holds one JSON object { ... }")
        )
    if raw.get("format") != FORMAT_ID:
        if "body" in raw and "engine" in raw:
            raise _fail(
                source,
                translate(
                    "challenge",
                    "this is a build file, not a challenge; open it with File > Open "
                    '(a challenge has "format": "keiconfig-challenge")',
                ),
            )
        raise _fail(
            source,
            translate(
                "challenge", '"format" must be "{format}"; this is not a challenge file'
            ).format(format=FORMAT_ID),
        )
    if raw.get("version") != FORMAT_VERSION:
        raise _fail(
            source,
            translate(
                "challenge",
                '"version" is {version}; this keiconfig reads version {supported} challenges '
                "(a newer keiconfig may read this one)",
            ).format(version=_json_short(raw.get("version")), supported=FORMAT_VERSION),
        )
    unknown = sorted(set(raw) - KEYS)
    if unknown:
        raise _fail(
            source,
            translate(
                "challenge", '"{key}" is not a field of a challenge; the fields are: {fields}'
            ).format(key=_short(unknown[0]), fields=", ".join(sorted(KEYS))),
        )
    title = _text(raw, "title", source, 80)
    description = _text(raw, "description", source, 600) if "description" in raw else ""
    era = _whole(raw.get("era"))
    eras = ", ".join(regulations.era_ids())
    if not isinstance(era, str | int) or isinstance(era, bool):
        raise _fail(source, translate("challenge", '"era" must be one of {eras}').format(eras=eras))
    try:
        era_id = regulations.era(str(era)).id
    except KeyError:
        raise _fail(
            source,
            translate("challenge", '"era" is {era}; it must be one of {eras}').format(
                era=_json_short(era), eras=eras
            ),
        ) from None
    agreement = raw.get("agreement", True)
    if not isinstance(agreement, bool):
        raise _fail(source, translate("challenge", '"agreement" must be true or false'))
    objective = _objective(raw.get("objective"), source)
    constraints = raw.get("constraints", {})
    if not isinstance(constraints, dict):
        raise _fail(source, translate("challenge", '"constraints" must be an object { ... }'))
    unknown = sorted(set(constraints) - CONSTRAINT_KEYS)
    if unknown:
        raise _fail(
            source,
            translate(
                "challenge",
                '"constraints.{key}" is not a constraint keiconfig knows; the constraints '
                "are: {keys}",
            ).format(key=_short(unknown[0]), keys=", ".join(sorted(CONSTRAINT_KEYS))),
        )
    seats = _whole(constraints.get("min_seats"))
    if seats is not None and (
        not isinstance(seats, int) or isinstance(seats, bool) or not 1 <= seats <= 8
    ):
        raise _fail(
            source,
            translate("challenge", '"constraints.min_seats" must be a whole number from 1 to 8'),
        )
    styles = constraints.get("body_styles", [])
    if not isinstance(styles, list) or not all(isinstance(s, str) for s in styles):
        raise _fail(
            source,
            translate("challenge", '"constraints.body_styles" must be a list of body styles'),
        )
    bad = [s for s in styles if s not in BODY_STYLES]
    if bad:
        raise _fail(
            source,
            translate(
                "challenge",
                '"constraints.body_styles": {style} is not a body style; the styles are: {styles}',
            ).format(style=_json_short(bad[0]), styles=", ".join(BODY_STYLES)),
        )
    weight = constraints.get("max_kerb_weight_kg")
    if weight is not None and (not _number(weight) or not 150 <= weight <= 5000):
        raise _fail(
            source,
            translate(
                "challenge",
                '"constraints.max_kerb_weight_kg" must be a number of kilograms, 150 to 5000',
            ),
        )
    vary = raw.get("vary", [])
    if not isinstance(vary, list) or not all(isinstance(v, str) for v in vary):
        raise _fail(
            source,
            translate(
                "challenge", '"vary" must be a list of build fields such as "body.length_mm"'
            ),
        )
    bad = [v for v in vary if v not in CATALOGUE]
    if bad:
        raise _fail(
            source,
            translate(
                "challenge",
                '"vary": {field} is not a field an exploration can vary; choose from: {fields}',
            ).format(field=_json_short(bad[0]), fields=", ".join(CATALOGUE)),
        )
    rules = Rules(
        era_id,
        agreement,
        seats,
        tuple(styles),
        None if weight is None else float(weight),
    )
    # A field listed twice is varied once (the window's explorer ticks it once; explore
    # --challenge refused the file with 'a field is listed twice' that rank had read).
    return Challenge(title, description, rules, objective, tuple(dict.fromkeys(vary)))


def _objective(raw: Any, source: str) -> Objective:
    figures = ", ".join(HIGHER_BETTER)
    try:
        if isinstance(raw, str):
            return Objective.single(raw)
        if isinstance(raw, dict) and raw:
            terms = []
            for k, w in raw.items():
                if not _number(w):
                    raise _fail(
                        source,
                        translate(
                            "challenge", '"objective.{figure}" must be a positive number (a weight)'
                        ).format(figure=_short(k)),
                    )
                terms.append((str(k), float(w)))
            return Objective(tuple(terms))
    except ProblemError as e:
        raise _fail(source, f'"objective": {e}') from None
    raise _fail(
        source,
        translate(
            "challenge",
            '"objective" must be a figure, e.g. "zero_to_100kmh_s", or an object of weights '
            'such as {{"zero_to_100kmh_s": 1, "top_speed_kmh": 0.5}}; the figures are: '
            "{figures}",
        ).format(figures=figures),
    )


# -- ranking a class folder ----------------------------------------------------------------------


@dataclass
class Judge:
    """Reads one build file of a class folder and scores it by ``challenge`` (a table row,
    or a row with the reason it could not be scored)."""

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
                display,
                name=build.name,
                error=translate("challenge", "{source}: could not be evaluated ({reason}).").format(
                    source=display, reason=e
                ),
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
    judge = Judge(challenge, evaluate)
    scan = ranking.scan_folder(folder)  # its sub-folders too: one per student
    entries = [judge(f, scan.name(f)) for f in scan.files]
    return ranking.rank(entries, challenge.label, higher_better=higher_better(challenge))
