"""Loading and saving build files: clear errors in, atomic writes out.

Every problem a user can cause (a broken, truncated, hand-edited, huge or binary
file; wrong types; absurd numbers) ends as :class:`BuildFileError`, whose message
is one sentence naming the file, the field and what is allowed. Nothing here
raises anything else at a caller for a bad file.

Messages and warnings are in the user's language (:mod:`keiconfig.core.text`; English
unless a front end installs a translator). Field paths such as ``engine.aspiration``
and JSON words (``null``, ``true``) are data and stay as they are.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import json
import math
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, get_args, get_origin

from pydantic import BaseModel, ValidationError

from keiconfig.core import legacy_text
from keiconfig.core.build import (
    FORMAT_ID,
    FORMAT_VERSION,
    Battery,
    Build,
    Motor,
    Published,
    Translation,
    Translations,
)
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

MAX_FILE_BYTES: Final = 1_000_000
MAX_NESTING: Final = 64
SUFFIX: Final = ".kei.json"
MAX_WARNINGS: Final = 5  # more are summed up in the last one

# The keys each object of a version-1 file may have; anything else is warned about.
_KNOWN_KEYS: Final[dict[str, frozenset[str]]] = {
    "": frozenset(Build.model_fields),
    "body": frozenset(Build.model_fields["body"].annotation.model_fields),  # type: ignore[union-attr]
    "engine": frozenset(Build.model_fields["engine"].annotation.model_fields),  # type: ignore[union-attr]
    "drivetrain": frozenset(
        Build.model_fields["drivetrain"].annotation.model_fields  # type: ignore[union-attr]
    ),
    "overrides": frozenset(
        Build.model_fields["overrides"].annotation.model_fields  # type: ignore[union-attr]
    ),
    "motor": frozenset(Motor.model_fields),
    "battery": frozenset(Battery.model_fields),
    # the name, description and notes by language: a newer keiconfig's language ("fr")
    # or a field it adds to one is kept and warned about like any other unknown key
    "translations": frozenset(Translations.model_fields),
    **{
        f"translations.{language}": frozenset(Translation.model_fields)
        for language in Translations.model_fields
    },
}
_PUBLISHED_KEYS: Final = frozenset(Published.model_fields)


def _section(data: Any, path: str) -> Any:
    """The object at the dotted ``path`` of ``data`` ("" for ``data`` itself); None
    where there is no object there."""
    obj = data
    for key in path.split(".") if path else ():
        obj = obj.get(key) if isinstance(obj, dict) else None
    return obj if isinstance(obj, dict) else None


class BuildFileError(Exception):
    """A build file could not be read. ``str(error)`` is a sentence fit for a user."""


class BuildSaveError(Exception):
    """A build could not be saved. The previous file, if any, is intact."""


@dataclass(frozen=True)
class LoadedBuild:
    build: Build
    warnings: tuple[str, ...] = ()
    # What the file was when it was read (load_build only): a later save can tell
    # whether someone else changed it in between.
    identity: FileIdentity | None = None
    # The keys of the file this keiconfig does not know (a newer keiconfig's fields, or
    # typos), as {object: {key: value}} with "" for the top level: written back by
    # save_build(extra=...), so saving a stranger's file does not drop them.
    extra: Mapping[str, Mapping[str, Any]] | None = None
    # How many unknown keys were ignored: the warnings name the first few of them and then
    # say how many more, so their number is not the number of keys.
    ignored: int = 0

    def told(self) -> int:
        """How many things the warnings tell of: each ignored key and each other note (a
        file with 300 unknown keys has 5 warnings and tells of 300 keys)."""
        notes = len(self.warnings) - min(self.ignored, MAX_WARNINGS)
        return notes + self.ignored


def load_build(path: str | os.PathLike[str], source: str | None = None) -> LoadedBuild:
    """Read and validate a build file. Raises :class:`BuildFileError` only.

    ``source`` is how its sentences name the file: by default its name without the folder
    (a window has one file open); the command line gives the path it was given, since
    ``keiconfig validate a/car.kei.json b/car.kei.json`` must say which car.kei.json."""
    p = Path(path)
    # quoted in every sentence: one line, as it is named
    name = _printable(source if source is not None else (p.name or str(p)))
    st: os.stat_result | None = None
    try:
        data, st = read_small_file(p, MAX_FILE_BYTES)
    except OSError as e:
        raise BuildFileError(
            translate("files", "{source}: {problem}.").format(
                source=name, problem=why_unreadable(e, "build")
            )
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise BuildFileError(
            translate(
                "files",
                "{source}: the file is larger than {megabytes} MB; "
                "a build file is a few KB, so this is not one.",
            ).format(source=name, megabytes=MAX_FILE_BYTES // 1_000_000)
        )
    loaded = build_from_bytes(data, name)
    return dataclasses.replace(loaded, identity=_identity(real_path(p), st, data) if st else None)


def is_build_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a file that says it is a build (``"format": "keiconfig-build"``),
    readable or not as one: a quick look, for File > Open Challenge handed a build to open
    it as one. Never blocks (a pipe is not a build) and never raises."""
    return says_format(path, FORMAT_ID, MAX_FILE_BYTES)


def _on_a_mac(other: legacy_text.OtherEncoding) -> str:
    """What to do on a Mac, after a refusal's Notepad steps, when one reading is a Mac's
    Mac OS Roman (its maker most likely has a Mac, and no Notepad)."""
    if legacy_text.MAC_ROMAN not in other.could_be:
        return ""
    #: Said after the Notepad steps (Japanese: no space before it).
    return translate(
        "files",
        " On a Mac, TextEdit does it: hold Option, choose File > Save As, set Plain Text "
        "Encoding to Unicode (UTF-8), and save.",
    )


def build_from_bytes(data: bytes, source: str = "build") -> LoadedBuild:
    """Decode, parse and validate the bytes of a build file."""
    if len(data) > MAX_FILE_BYTES:
        raise BuildFileError(_too_large(source))
    kind = other_format(data)
    if kind is not None:
        raise BuildFileError(translate("files", _OTHER_FORMATS[kind]).format(source=source))
    if only_zeros(data):
        raise BuildFileError(
            translate(
                "files",
                "{source}: the file holds nothing but zero bytes: its contents were never "
                "written (a USB stick removed too early, or a copy cut short), so ask for it "
                "again.",
            ).format(source=source)
        )
    data = without_padding(data)
    unicode = legacy_text.unicode_text(data)
    if unicode is not None:  # UTF-16 (Notepad's "Unicode") or UTF-32: read for sure
        encoding, text = unicode
        loaded = build_from_json_text(text, source)
        note = translate(
            "files",
            "{source}: the file is encoded as {encoding}, not UTF-8; it was read as such, and "
            "saving it writes UTF-8.",
        ).format(source=source, encoding=encoding)
        return dataclasses.replace(loaded, warnings=(note, *loaded.warnings))
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise BuildFileError(
            translate(
                "files",
                "{source}: the file is encoded as UTF-32; build files must be UTF-8 "
                "(re-save it as UTF-8 in your editor).",
            ).format(source=source)
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or is_bomless_utf16_json(data):
        raise BuildFileError(
            translate(
                "files",
                "{source}: the file is encoded as UTF-16; build files must be UTF-8 "
                "(re-save it as UTF-8 in your editor).",
            ).format(source=source)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return _from_other_encoding(data, source, e.start)
    if legacy_text.utf8_by_chance(data):  # Shift_JIS's 'ﾊｽﾗｰ' is UTF-8's 'ʽװ' too
        return _from_other_encoding(data, source, 0)
    return build_from_json_text(text, source)


_OTHER_FORMATS: Final = {
    "zip": QT_TRANSLATE_NOOP(
        "files",
        "{source}: the file is a zip archive, not a build file; unzip it and open the build "
        "file inside.",
    ),
    "rtf": QT_TRANSLATE_NOOP(
        "files",
        "{source}: the file is rich text (RTF), as macOS TextEdit saves it, not plain JSON; "
        "in TextEdit choose Format > Make Plain Text and save it again.",
    ),
    "html": QT_TRANSLATE_NOOP(
        "files",
        "{source}: the file is a web page (HTML), not a build file; a link's page was saved "
        "instead of the file, so download the file itself (on GitHub, its Raw button).",
    ),
}


def _from_other_encoding(data: bytes, source: str, position: int) -> LoadedBuild:
    """A build that is not UTF-8: read in the Windows encoding it is in when that is sure
    (legacy_text), said in a warning; refused with what it is and what to do otherwise."""
    other = legacy_text.other_encoding(data)
    damage = legacy_text.utf8_damage(data) if other is None else None
    if damage is not None:
        raise BuildFileError(
            translate_n(
                "{source}: the file is damaged: %n byte(s) at {where} are not valid UTF-8, "
                "though the rest of it is (a copy cut short or changed on the way); ask for "
                "the file again.",
                "",
                damage.count,
            ).format(source=source, where=legacy_text.where(damage))
        )
    if other is None:
        raise BuildFileError(
            translate(
                "files",
                "{source}: the file is not UTF-8 text (undecodable byte at position "
                "{position}); it may be a binary or damaged file.",
            ).format(source=source, position=position)
        )
    if other.text is None:
        if other.too_large:
            raise BuildFileError(
                translate(
                    "files",
                    "{source}: the file is not UTF-8, and at {kilobytes} KB it is far larger "
                    "than a build (a few KB), so the encoding it is in is not worked out; "
                    "re-save it as UTF-8 in your editor.",
                ).format(source=source, kilobytes=len(data) // 1000)
            )
        if other.could_be == (legacy_text.WINDOWS_1251,):
            raise BuildFileError(
                #: {russian} is the file's name (or first words) read as Russian.
                translate(
                    "files",
                    "{source}: the file was not saved as UTF-8, and its letters look like "
                    "Russian, “{russian}” (Windows-1251, Russian Windows' encoding), which "
                    "keiconfig does not read. Whoever made it should open it in Notepad, "
                    "choose File > Save As, set Encoding to UTF-8, save, and send that new "
                    "file.",
                ).format(source=source, russian=legacy_text.readings_said(other)["other"])
            )
        if other.could_be and other.could_be[0] != legacy_text.SHIFT_JIS:
            raise BuildFileError(
                #: {first} and {other} are the same bytes of the file (its name, most
                #: often) read in two encodings, e.g. "Koláø" and "Kolář";
                #: {first_language} is whose letters {first} are ("Western European") and
                #: {first_encoding} its encoding's name ("Windows-1252"), and so on.
                translate(
                    "files",
                    "{source}: the file was not saved as UTF-8, and its letters could be "
                    "{first_language}, “{first}” ({first_encoding}), or {other_language}, "
                    "“{other}” ({other_encoding}): the file does not say which, so it is "
                    "not opened on a guess. Whoever made it should open it in Notepad, "
                    "choose File > Save As, set Encoding to UTF-8, save, and send that new "
                    "file.",
                ).format(source=source, **legacy_text.windows_readings_said(other))
                + _on_a_mac(other)
            )
        if other.could_be:
            raise BuildFileError(
                #: {japanese} and {other} are the same bytes of the file (its name, most
                #: often) read in two encodings, e.g. "ﾀﾝﾄ" and "АЭД"; {language} is whose
                #: letters {other} are ("Russian") and {encoding} its encoding's name.
                translate(
                    "files",
                    "{source}: the file was not saved as UTF-8, and its letters could be "
                    "Japanese, “{japanese}” (Shift_JIS), or {language}, “{other}” "
                    "({encoding}): the file does not say which, so it is not opened on a "
                    "guess. Whoever made it should open it in Notepad, choose File > Save "
                    "As, set Encoding to UTF-8, save, and send that new file.",
                ).format(source=source, **legacy_text.readings_said(other))
                + _on_a_mac(other)
            )
        if other.name == legacy_text.SHIFT_JIS:
            raise BuildFileError(
                translate(
                    "files",
                    "{source}: the file is encoded as Shift_JIS (Japanese Windows' encoding); "
                    "build files must be UTF-8 (re-save it as UTF-8 in your editor).",
                ).format(source=source)
            )
        raise BuildFileError(
            translate(
                "files",
                "{source}: the file is JSON text in an encoding other than UTF-8 that cannot "
                "be told for sure; re-save it as UTF-8 in your editor.",
            ).format(source=source)
        )
    loaded = build_from_json_text(other.text, source)
    if other.name == legacy_text.SHIFT_JIS:
        note = translate(
            "files",
            "{source}: the file is encoded as Shift_JIS (Japanese Windows' encoding), not "
            "UTF-8; it was read as such, and saving it writes UTF-8.",
        )
    elif other.name == legacy_text.WINDOWS_1250:
        note = translate(
            "files",
            "{source}: the file is encoded as Windows-1250 (Central European Windows' "
            "encoding), not UTF-8; it was read as such, and saving it writes UTF-8.",
        )
    elif other.name == legacy_text.MAC_ROMAN:
        note = translate(
            "files",
            "{source}: the file is encoded as Mac OS Roman (the encoding of Macs before "
            "Mac OS X), not UTF-8; it was read as such, and saving it writes UTF-8.",
        )
    else:
        note = translate(
            "files",
            "{source}: the file is encoded as Windows-1252 (Western European Windows' "
            "encoding), not UTF-8; it was read as such, and saving it writes UTF-8.",
        )
    return dataclasses.replace(loaded, warnings=(note.format(source=source), *loaded.warnings))


def is_bomless_utf16_json(data: bytes) -> bool:
    """Whether bytes with NUL bytes in them are JSON written as UTF-16 without its byte
    order mark (some Windows tools and scripts write it so): said as UTF-16, not as a file
    that "is not a text file"."""
    if b"\x00" not in data[:2] or len(data) % 2:
        return False
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            json.loads(data.decode(encoding))
        except (UnicodeDecodeError, ValueError, RecursionError):
            continue
        return True
    return False


def _too_large(source: str) -> str:
    return translate(
        "files", "{source}: the data is larger than 1 MB and is not a build file."
    ).format(source=source)


def _too_deep(source: str) -> str:
    return translate("files", "{source}: the JSON is nested far too deeply.").format(source=source)


class _NotANumber:
    """NaN, Infinity or -Infinity as parsed: refused once the field it is in is known."""

    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word


class _Pairs:
    """JSON objects as dicts, refusing a key given twice (JSON would keep the last one
    silently: a file could show one engine and hold another)."""

    def __init__(self) -> None:
        self.constants = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        return unique_keys(pairs)

    def constant(self, word: str) -> Any:
        self.constants = True
        return _NotANumber(word)


def _constant_path(raw: Any) -> tuple[str, str] | None:
    """The field path and word of the first NaN/Infinity in ``raw`` (bounded: after _depth)."""
    if isinstance(raw, _NotANumber):
        return "", raw.word
    # Only containers are pushed, and a path is made only for them and for the NaN found:
    # a list of 250,000 numbers costs one pass, not 250,000 path strings.
    stack: list[tuple[Any, str]] = [(raw, "")]
    while stack:
        v, path = stack.pop()
        items = v.items() if isinstance(v, dict) else enumerate(v)
        for k, c in items:
            if type(c) is _NotANumber:
                return _child_path(v, path, k), c.word
            if type(c) is dict or type(c) is list:
                stack.append((c, _child_path(v, path, k)))
    return None


def _child_path(parent: Any, path: str, key: Any) -> str:
    if isinstance(parent, list):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def build_from_json_text(text: str, source: str = "build") -> LoadedBuild:
    """Parse and validate the JSON text of a build file."""
    # a second byte order mark (an editor that adds one to a file that had one) is as
    # invisible as the first: Python's JSON said 'unexpected utf-8 bom (decode using
    # utf-8-sig)'
    text = text.lstrip("\ufeff")
    if len(text) > MAX_FILE_BYTES:
        raise BuildFileError(_too_large(source))
    if not text.strip():
        raise BuildFileError(
            translate("files", "{source}: the file is empty.").format(source=source)
        )
    if "\x00" in text:
        raise BuildFileError(
            translate(
                "files", "{source}: the file contains NUL bytes; it is not a text file."
            ).format(source=source)
        )
    pairs = _Pairs()
    try:
        raw = json.loads(text, object_pairs_hook=pairs, parse_constant=pairs.constant)
    except DuplicateKey as e:
        raise BuildFileError(
            translate(
                "files",
                '{source}: the key "{key}" appears twice in the same object; a build file '
                "gives each field once (delete one of them).",
            ).format(source=source, key=_printable(_shorten(e.key)))
        ) from None
    except json.JSONDecodeError as e:
        if e.pos >= len(text.rstrip()) or e.msg.startswith("Unterminated string"):
            raise BuildFileError(
                translate(
                    "files",
                    "{source}: the file ends too early (at line {line}): it was probably cut "
                    "off while it was copied or saved.",
                ).format(source=source, line=legacy_text.line_and_column(e.doc, e.pos)[0])
            ) from None
        mistake = json_mistake(e)
        if mistake is not None:
            raise BuildFileError(
                #: {problem}: what is wrong at a place of the file, e.g. "line 5, column 17
                #: starts a comment (//), which JSON does not allow; delete it".
                translate("files", "{source}: {problem}.").format(source=source, problem=mistake)
            ) from None
        if e.pos == len(text) - len(text.lstrip(" \t\n\r")):  # not JSON from its start
            raise BuildFileError(
                #: {mark} is the opening brace, {.
                translate(
                    "files",
                    "{source}: this is not a keiconfig build file, nor JSON at all (a build "
                    "file is JSON text, starting with {mark}).",
                ).format(source=source, mark="{")
            ) from None
        raise BuildFileError(
            #: {problem} is Python's JSON parser's own words, e.g. "expecting value".
            translate(
                "files", "{source}: the JSON is broken at line {line}, column {column}: {problem}."
            ).format(source=source, **json_place(e), problem=e.msg.lower())
        ) from None
    except ValueError as e:  # NaN / Infinity, or an integer too long to convert
        if "integer string conversion" in str(e):
            raise BuildFileError(
                translate(
                    "files",
                    "{source}: the file holds a number with thousands of digits; "
                    "no build field can take it.",
                ).format(source=source)
            ) from None
        raise BuildFileError(_problem(source, str(e))) from None
    except RecursionError:
        raise BuildFileError(_too_deep(source)) from None
    if pairs.constants:
        _refuse_constants(raw, source)
    return build_from_data(raw, source)


_CURLY_QUOTES: Final = frozenset("“”„‟‘’‚‛«»")
_PYTHON_WORDS: Final = {"True": "true", "False": "false", "None": "null"}


def json_place(e: json.JSONDecodeError) -> dict[str, int]:
    """Where the JSON parser stopped, as ``line`` and ``column`` for a sentence, counting
    lines as an editor does (a classic Mac file's carriage returns end lines too:
    :func:`legacy_text.line_and_column`)."""
    line, column = legacy_text.line_and_column(e.doc, e.pos)
    return {"line": line, "column": column}


def json_mistake(e: json.JSONDecodeError) -> str | None:
    """What a person did wrong where the JSON parser stopped, as a phrase (no full stop)
    naming the place, when it is one of the mistakes of hand-editing: a comment, a comma
    after the last item, a comma missing, a single quote, a word processor's curly quote,
    Python's True / False / None (a script's str(dict)), a character typed in Japanese
    full-width mode.
    None otherwise (the parser's own words are said then)."""
    text, pos = e.doc, e.pos
    at = text[pos : pos + 2]
    where = json_place(e)
    if at in ("//", "/*"):
        return translate(
            "files",
            "line {line}, column {column} starts a comment ({mark}), which JSON does not "
            "allow; delete it",
        ).format(mark=at, **where)
    ch = at[:1]
    if ch in ("}", "]") and text[:pos].rstrip().endswith(","):
        return translate(
            "files",
            "the comma before the {mark} at line {line}, column {column} is one too many, as "
            "JSON allows no comma after the last item; delete it",
        ).format(mark=ch, **where)
    if ch in _CURLY_QUOTES:
        return translate(
            "files",
            "line {line}, column {column} has a curly quote ({mark}), as a word processor or "
            'TextEdit types it, which JSON does not take; type a straight double quote (") '
            "there",
        ).format(mark=ch, **where)
    if ch == "'":
        return translate(
            "files",
            "line {line}, column {column} has a single quote ('), but JSON puts names and "
            'text in double quotes (")',
        ).format(**where)
    word = re.match(r"(True|False|None)\b", text[pos : pos + 6])
    if word is not None:
        return translate(
            "files",
            "line {line}, column {column} has {word}, a word of Python, but JSON writes {json}",
        ).format(word=word.group(), json=_PYTHON_WORDS[word.group()], **where)
    before = text[:pos].rstrip()[-1:]
    if e.msg.startswith("Expecting ',' delimiter") and ch == '"' and before in '"}]el0123456789':
        # a value ends, a name begins: the comma between them left out (not '00', a number
        # JSON does not write, which the parser stops at the same way)
        return translate(
            "files",
            "a comma is missing before line {line}, column {column}: JSON puts one between "
            "two items",
        ).format(**where)
    if ch == "_" and before.isdigit():
        # 1_000 as Python writes it (said "expecting ',' delimiter"); the field named, as a
        # field's other wrong values are
        path = key_path_at(text, pos)
        if path:
            #: {path} is a field such as "engine.displacement_cc".
            return translate(
                "files",
                'line {line}, column {column} ("{path}") has an underscore (_) inside a '
                "number, which JSON does not allow; write the number's digits only",
            ).format(path=_printable(_shorten(path)), **where)
        return translate(
            "files",
            "line {line}, column {column} has an underscore (_) inside a number, which JSON "
            "does not allow; write the number's digits only",
        ).format(**where)
    if ch == "\u3000":
        return translate(
            "files",
            "line {line}, column {column} has a full-width space, typed in Japanese input "
            "mode, which JSON does not take; delete it or type a half-width one",
        ).format(**where)
    if ch and "\uff01" <= ch <= "\uff5e":
        return translate(
            "files",
            "line {line}, column {column} has a full-width “{mark}”, typed in Japanese input "
            "mode, which JSON does not take; type it again in half-width ({half})",
        ).format(mark=ch, half=chr(ord(ch) - 0xFEE0), **where)
    return None


def key_path_at(text: str, pos: int) -> str | None:
    """The field whose value the JSON ``text`` is at by ``pos`` ("engine.displacement_cc"),
    read from the names of the objects open there (a list's items count as its field);
    None outside any object's value. For a sentence about JSON the parser stopped in."""
    stack: list[list[Any]] = []  # ["{", its last name, a name expected next] or ["["]
    i = 0
    while i < pos:
        ch = text[i]
        if ch == '"':
            end = i + 1
            while end < pos and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if stack and stack[-1][0] == "{" and stack[-1][2]:
                try:
                    stack[-1][1] = json.loads(text[i : end + 1])
                except ValueError:
                    return None
                stack[-1][2] = False
            i = end + 1
            continue
        if ch == "{":
            stack.append(["{", None, True])
        elif ch == "[":
            stack.append(["["])
        elif ch in "}]" and stack:
            stack.pop()
        elif ch == "," and stack and stack[-1][0] == "{":
            stack[-1][2] = True
        i += 1
    names = [str(frame[1]) for frame in stack if frame[0] == "{" and frame[1] is not None]
    return ".".join(names) or None


def _refuse_constants(raw: Any, source: str) -> None:
    found = _constant_path(raw)
    if found is None:
        return
    path, word = found
    if path:
        raise BuildFileError(
            #: {word} is NaN, Infinity or -Infinity; {path} a field path such as engine.boost_bar.
            translate(
                "files", '{source}: "{path}" holds {word}, which is not a number JSON allows.'
            ).format(source=source, path=_printable(_shorten(path)), word=word)
        )
    raise BuildFileError(
        translate("files", "{source}: {word} is not a number JSON allows.").format(
            source=source, word=word
        )
    )


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _problem(source: str, problem: str) -> str:
    """ "{source}: {problem}." """
    #: A problem in a build file: "Beat.kei.json: NaN is not a number JSON allows."
    return translate("files", "{source}: {problem}.").format(source=source, problem=problem)


def build_from_data(raw: Any, source: str = "build") -> LoadedBuild:
    """Validate already-parsed JSON data as a build."""
    # Only the fields a build has are looked into: data under unknown keys is ignored
    # (and warned about), so a file padded with it costs no more than its parsing.
    known = _known_part(raw)
    if _depth(known) > MAX_NESTING:
        raise BuildFileError(_too_deep(source))
    bad_text = _not_unicode(known)
    if bad_text is not None:
        raise BuildFileError(
            #: {where} is a field path in quotes, "a key of ..." or "the data".
            translate(
                "files",
                "{source}: {where} holds a lone surrogate escape (such as \\ud800), "
                "which is not a character; such text cannot be saved as UTF-8.",
            ).format(source=source, where=bad_text)
        )
    if not isinstance(raw, dict):
        raise BuildFileError(
            translate(
                "files",
                "{source}: a build file holds one JSON object ({{...}}), "
                "but this one holds {found}.",
            ).format(source=source, found=_json_kind(raw))
        )
    fmt = raw.get("format")
    if fmt != FORMAT_ID:
        if fmt is None:
            raise BuildFileError(
                translate(
                    "files",
                    '{source}: this is not a keiconfig build file (no "format": "{format}").',
                ).format(source=source, format=FORMAT_ID)
            )
        from keiconfig.core import challenge

        if fmt == challenge.FORMAT_ID:  # a class challenge sent round with the builds
            raise BuildFileError(
                translate(
                    "files",
                    "{source}: this is a class challenge, not a build; open it with File > "
                    "Open Challenge (or rank a class folder by it: keiconfig rank FOLDER "
                    "--challenge FILE).",
                ).format(source=source)
            )
        raise BuildFileError(
            translate(
                "files", '{source}: "format" is {found}, but a build file has "{format}".'
            ).format(source=source, found=_show(fmt), format=FORMAT_ID)
        )
    if "version" not in raw:
        raise BuildFileError(
            translate(
                "files",
                '{source}: the required field "version" is missing (this keiconfig reads '
                "version {version}).",
            ).format(source=source, version=FORMAT_VERSION)
        )
    version = raw.get("version")
    if type(version) is float and math.isfinite(version) and version.is_integer():
        version = int(version)  # 1.0: a whole number, as the fields' (build._Frozen)
        raw = {**raw, "version": version}
    if isinstance(version, bool) or not isinstance(version, int):
        raise BuildFileError(
            translate(
                "files",
                '{source}: "version" must be a whole number such as {version} (found {found}).',
            ).format(source=source, version=FORMAT_VERSION, found=_show(version))
        )
    if version > FORMAT_VERSION:
        raise BuildFileError(
            translate(
                "files",
                "{source}: the file is version {version}, made by a newer keiconfig; "
                "this keiconfig reads version {readable}. Update keiconfig to open it.",
            ).format(source=source, version=_show(version), readable=FORMAT_VERSION)
        )
    #: A warning about a build file: "Beat.kei.json: unknown key ... was ignored."
    warning = translate("files", "{source}: {warning}")
    unknown = _unknown_keys(raw)
    shown = unknown if len(unknown) <= MAX_WARNINGS else unknown[: MAX_WARNINGS - 1]
    warnings = tuple(warning.format(source=source, warning=_unknown_key_text(k)) for k in shown)
    if len(unknown) > MAX_WARNINGS:
        rest = len(unknown) - len(shown)
        warnings = (
            *warnings,
            warning.format(
                source=source,
                #: After the first few warnings of a file with very many unknown keys.
                warning=translate("files", "and {count} more unknown keys were ignored.").format(
                    count=f"{rest:,}"
                ),
            ),
        )
    try:
        build = Build.model_validate(_whole_numbers(raw))
    except ValidationError as e:
        #: A problem in a build file: "Beat.kei.json: "engine.cylinders" must be ..."
        problem = translate("files", "{source}: {problem}")
        raise BuildFileError(
            problem.format(source=source, problem=describe_validation_error(e))
        ) from None
    except (RecursionError, MemoryError):
        raise BuildFileError(
            translate("files", "{source}: the data is too large or deeply nested.").format(
                source=source
            )
        ) from None
    return LoadedBuild(
        build, warnings, extra=_unknown_part(raw) if unknown else None, ignored=len(unknown)
    )


def _whole_literal(annotation: Any) -> bool:
    """Whether ``annotation`` is a choice of whole numbers (``engine.cycle``: 2 or 4)."""
    args = get_args(annotation)
    return get_origin(annotation) is Literal and all(type(a) is int for a in args)


# The objects of a build and their whole-number fields (those a file's 3.0 is read for).
_WHOLE_NUMBER_FIELDS: Final[dict[str, frozenset[str]]] = {
    section: frozenset(
        name
        for name, field in model.model_fields.items()
        if field.annotation in (int, int | None) or _whole_literal(field.annotation)
    )
    for section, model in (
        ("", Build),
        ("body", Build.model_fields["body"].annotation),
        ("engine", Build.model_fields["engine"].annotation),
        ("drivetrain", Build.model_fields["drivetrain"].annotation),
        ("motor", Motor),
        ("battery", Battery),
    )
    if isinstance(model, type) and issubclass(model, BaseModel)
}


def _whole_numbers(raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` with each whole number written with a decimal point ("cylinders": 3.0, as
    a script's or a spreadsheet's numbers come out) in a whole-number field as that
    integer: JSON Schema's "integer", what ``keiconfig schema`` says these fields are,
    takes 3.0, and the build's strict model would not. 3.5 is left to be refused."""

    def fixed(obj: Any, names: frozenset[str]) -> Any:
        if not isinstance(obj, dict):
            return obj
        out = obj
        for name in names:
            v = obj.get(name)
            if type(v) is float and math.isfinite(v) and v.is_integer():
                if out is obj:
                    out = dict(obj)
                out[name] = int(v)
        return out

    out: dict[str, Any] = fixed(raw, _WHOLE_NUMBER_FIELDS[""])
    for section, names in _WHOLE_NUMBER_FIELDS.items():
        if section and isinstance(out.get(section), dict):
            new = fixed(out[section], names)
            if new is not out[section]:
                out = {**out, section: new}
    return out


def _known_part(raw: Any) -> Any:
    """``raw`` with only the keys a build file has (its sections likewise)."""
    if not isinstance(raw, dict):
        return raw
    out: dict[str, Any] = {}
    for key in _KNOWN_KEYS[""]:
        if key not in raw:
            continue
        out[key] = _known_of(raw[key], key)
    for key in ("format", "version"):
        if key in raw:
            out[key] = raw[key]
    return out


def _known_of(value: Any, path: str) -> Any:
    """``value``, the object at ``path``, with only the keys a build file has there (and
    its own objects likewise)."""
    section = _KNOWN_KEYS.get(path) or (_PUBLISHED_KEYS if path == "published" else None)
    if section is None or not isinstance(value, dict):
        return value
    return {k: _known_of(v, f"{path}.{k}") for k, v in value.items() if k in section}


def _depth(value: Any, limit: int = MAX_NESTING + 1) -> int:
    """Nesting depth, computed without recursion and capped at ``limit``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        v, d = stack.pop()
        if d > deepest:
            deepest = d
            if deepest >= limit:
                return deepest
        if isinstance(v, dict):
            stack.extend((c, d + 1) for c in v.values())
        elif isinstance(v, list):
            stack.extend((c, d + 1) for c in v)
    return deepest


def _not_unicode(value: Any) -> str | None:
    """Where a string (or key) holds a lone surrogate, which UTF-8 cannot encode; else None.

    JSON's ``"\\ud800"`` escape parses into such a string. Called after ``_depth``, so
    the walk is bounded.
    """
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        v, path = stack.pop()
        shown = _printable(path if len(path) <= 60 else path[:57] + "...")
        if isinstance(v, str):
            if not _encodable(v):
                return f'"{shown}"' if path else translate("files", "the data")
        elif isinstance(v, dict):
            for k, child in v.items():
                if isinstance(k, str) and not _encodable(k):
                    if path:
                        return translate("files", 'a key of "{path}"').format(path=shown)
                    return translate("files", "a key")
                stack.append((child, f"{path}.{k}" if path else str(k)))
        elif isinstance(v, list):
            stack.extend((child, path) for child in v)
    return None


def _encodable(s: str) -> bool:
    if s.isascii():
        return True
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable(text: str) -> str:
    """``text`` as it can go into a one-line message (control characters escaped as the
    command line and the CSV show them: :func:`keiconfig.core.text.shown`)."""
    return shown(text)


def _unknown_keys(raw: dict[str, Any]) -> list[tuple[str, bool]]:
    """Each unknown key's dotted path, and whether it is under "published"."""
    out: list[tuple[str, bool]] = []
    for section, known in _KNOWN_KEYS.items():
        obj = _section(raw, section)
        if obj is None:
            continue
        out.extend(
            (f"{section}.{key}" if section else key, False) for key in obj if key not in known
        )
    published = raw.get("published")
    if isinstance(published, dict):
        out.extend((f"published.{k}", True) for k in published if k not in _PUBLISHED_KEYS)
    return out


def _unknown_part(raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The keys :func:`_unknown_keys` names, with their values, by the object they are in
    ("" for the top level). Their values are kept as parsed, never looked into."""
    sections = {**_KNOWN_KEYS, "published": _PUBLISHED_KEYS}
    out: dict[str, dict[str, Any]] = {}
    for section, known in sections.items():
        obj = _section(raw, section)
        if obj is not None:
            unknown = {k: v for k, v in obj.items() if k not in known}
            if unknown:
                out[section] = unknown
    return out


def _unknown_key_text(unknown: tuple[str, bool]) -> str:
    path, in_published = unknown
    where = _printable(_shorten(path, 80))
    if in_published:
        return translate("files", 'unknown key "{key}" was ignored.').format(key=where)
    return translate(
        "files",
        'unknown key "{key}" was ignored (a typo, or a field of a newer keiconfig?).',
    ).format(key=where)


# -- turning pydantic's errors into sentences -------------------------------------------------


def _json_kind(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return translate("files", "a number")
    if isinstance(v, str):
        return translate("files", "a string")
    if isinstance(v, list):
        return translate("files", "a list")
    if isinstance(v, dict):
        return translate("files", "an object")
    return type(v).__name__


def _show(v: Any) -> str:
    if isinstance(v, str):
        s = json.dumps(v if len(v) <= 40 else v[:37] + "...")
        return s
    if isinstance(v, bool) or v is None:
        return _json_kind(v)
    if isinstance(v, float):
        if math.isinf(v):  # 1e999 in the file: a number, past what a computer holds
            return translate("files", "a number too large to hold")
        if math.isnan(v):
            return translate("files", "not a finite number")
        # -0 and -0.0 (and 1e-400, read as -0.0 or 0.0) as 0: "found -0" was said of a
        # float field and "found 0" of a whole one
        return f"{v:g}" if v != 0 else "0"
    if isinstance(v, int):
        return str(v) if abs(v) < 10**15 else _huge(v)
    return _json_kind(v)


def _huge(v: int) -> str:
    """A whole number too long to show in a sentence (10**400)."""
    if v < 0:
        return translate("files", "a huge negative number")
    return translate("files", "a huge number")


def _unit(field: str) -> str:
    for suffix, unit in (
        ("_mm", " mm"),
        ("_cc", " cc"),
        ("_rpm", " rpm"),
        ("_ps", " PS"),
        ("_kg", " kg"),
        ("_nm", " N·m"),
        ("_kmh", " km/h"),
        ("_s", " s"),
    ):
        if field.endswith(suffix):
            return unit
    return ""


def _range_text(path: tuple[Any, ...]) -> str:
    """'from 1500 to 6000 mm' for a numeric field, from the model's own constraints."""
    model: Any = Build
    info = None
    for key in path:
        fields = getattr(model, "model_fields", None)
        if not fields or key not in fields:
            return ""
        info = fields[key]
        ann = info.annotation
        model = next(
            (a for a in getattr(ann, "__args__", (ann,)) if hasattr(a, "model_fields")), ann
        )
    if info is None:
        return ""
    lo = hi = None
    for m in info.metadata:
        lo = getattr(m, "ge", None) if getattr(m, "ge", None) is not None else lo
        lo = getattr(m, "gt", None) if getattr(m, "gt", None) is not None else lo
        hi = getattr(m, "le", None) if getattr(m, "le", None) is not None else hi
    if lo is None or hi is None:
        return ""
    fmt = (lambda x: f"{x:g}") if isinstance(lo, float) else str
    #: An allowed range, e.g. "from 1500 to 6000 mm"; {unit} is empty or starts with a space.
    return translate("files", "from {low} to {high}{unit}").format(
        low=fmt(lo), high=fmt(hi), unit=_unit(str(path[-1]))
    )


def _allowed_values(path: tuple[Any, ...]) -> list[str]:
    """The values a field of fixed choices takes, as JSON writes them ("roadster", 4), from
    the model's own annotation ([] for a field that is no such choice). Pydantic's list put
    them in single quotes, which JSON does not take, joined by an English "or"."""
    model: Any = Build
    annotation: Any = None
    for key in path:
        fields = getattr(model, "model_fields", None)
        if not fields or key not in fields:
            return []
        annotation = fields[key].annotation
        members = getattr(annotation, "__args__", (annotation,))
        model = next((a for a in members if hasattr(a, "model_fields")), annotation)
    for choice in (annotation, *get_args(annotation)):  # Literal[...], or one in X | None
        if get_origin(choice) is Literal:
            return [json.dumps(value, ensure_ascii=False) for value in get_args(choice)]
    return []


_TYPE_WORDS: Final[dict[str, str]] = {
    "int_type": QT_TRANSLATE_NOOP("files", "a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("files", "a whole number"),
    "float_type": QT_TRANSLATE_NOOP("files", "a number"),
    #: What a field must be; "true" and "false" are JSON's words, keep them.
    "bool_type": QT_TRANSLATE_NOOP("files", "true or false"),
    "string_type": QT_TRANSLATE_NOOP("files", "text in quotes"),
    "model_type": QT_TRANSLATE_NOOP("files", "an object ({...})"),
    "model_attributes_type": QT_TRANSLATE_NOOP("files", "an object ({...})"),
    "dict_type": QT_TRANSLATE_NOOP("files", "an object ({...})"),
}


def describe_validation_error(e: ValidationError) -> str:
    """The first problem of a pydantic error as one sentence (plus a count of the rest)."""
    errors = e.errors(include_url=False)
    first = errors[0]
    msg = _describe_one(first)
    if len(errors) > 1:
        #: Follows the first problem of a file that has more than one.
        msg += translate_n(" (%n more problem(s) after this one.)", "", len(errors) - 1)
    return msg


_SEPARATED: Final = re.compile(r"\s*(-?)(\d{1,3}(?:([_,])\d{3})+|\d+(?:_\d+)+)(\.\d+)?\s*")


def _number_with_separators(value: Any) -> str | None:
    """The digits of text that writes a number with separators between its digits
    ("1_000" as Python writes it, "1,000" as a spreadsheet shows it), else None. Python
    reads "1_000" as 1000, so it was said to be 'a number in quotes', to be written
    without them: 1_000, which JSON does not read either."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    m = _SEPARATED.fullmatch(value)
    if m is None:
        return None
    return m.group(1) + re.sub(r"[_,]", "", m.group(2)) + (m.group(4) or "")


def _quoted_number(value: Any) -> bool:
    """Whether ``value`` is text that reads as a number ("3395", " 64.0 ")."""
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        return math.isfinite(float(value.strip()))
    except ValueError:
        return False


def _describe_one(err: Any) -> str:
    loc: tuple[Any, ...] = tuple(err["loc"])
    path = ".".join(str(p) for p in loc) or translate("files", "the build")
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    found = _show(value)
    if kind == "missing":
        return translate("files", 'the required field "{path}" is missing.').format(path=path)
    if kind == "literal_error":
        allowed = _allowed_values(loc)
        if len(allowed) == 1:  # "version": 0 read 'must be one of 1'
            #: {expected} is the one value allowed, as it is written in the file.
            return translate("files", '"{path}" must be {expected} (found {found}).').format(
                path=path, expected=allowed[0], found=found
            )
        #: {expected} lists the allowed values as they are written in the file.
        return translate("files", '"{path}" must be one of {expected} (found {found}).').format(
            path=path, expected=", ".join(allowed) or ctx.get("expected", ""), found=found
        )
    if kind in _TYPE_WORDS:
        rng = _range_text(loc)
        what = translate("files", _TYPE_WORDS[kind])
        digits = _number_with_separators(value)
        if digits is not None:  # "1_000", "1,000": no JSON number, quoted or not
            if rng:
                #: {digits}: the number as JSON writes it, e.g. 1000 for "1_000" or "1,000".
                template = translate(
                    "files",
                    '"{path}" must be {kind}, {range} (found {found}: write the number '
                    "without quotes and with its digits only, as {digits}).",
                )
            else:
                template = translate(
                    "files",
                    '"{path}" must be {kind} (found {found}: write the number without quotes '
                    "and with its digits only, as {digits}).",
                )
            return template.format(path=path, kind=what, range=rng, found=found, digits=digits)
        if kind == "float_type" and type(value) is int and rng:
            # 10**400 in a number field: "must be a number (found a huge number)"
            return translate("files", '"{path}" must be {range} (found {found}).').format(
                path=path, range=rng, found=found
            )
        if _quoted_number(value):  # "3395" from a spreadsheet or a script: text to JSON
            if rng:
                template = translate(
                    "files",
                    '"{path}" must be {kind}, {range} (found {found}: a number in quotes is '
                    "text, so write it without them).",
                )
            else:
                template = translate(
                    "files",
                    '"{path}" must be {kind} (found {found}: a number in quotes is text, so '
                    "write it without them).",
                )
            return template.format(path=path, kind=what, range=rng, found=found)
        if rng:
            #: {kind} is e.g. "a whole number", {range} e.g. "from 1500 to 6000 mm".
            template = translate("files", '"{path}" must be {kind}, {range} (found {found}).')
        else:
            #: {kind} is e.g. "a whole number".
            template = translate("files", '"{path}" must be {kind} (found {found}).')
        return template.format(path=path, kind=what, range=rng, found=found)
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        rng = _range_text(loc)
        if rng:
            #: {range} is e.g. "from 1500 to 6000 mm".
            template = translate("files", '"{path}" must be {range} (found {found}).')
            return template.format(path=path, range=rng, found=found)
        limit = next(iter(ctx.values()), "")
        template = {
            "greater_than_equal": translate(
                "files", '"{path}" must be at least {limit} (found {found}).'
            ),
            "less_than_equal": translate(
                "files", '"{path}" must be at most {limit} (found {found}).'
            ),
            "greater_than": translate(
                "files", '"{path}" must be more than {limit} (found {found}).'
            ),
            "less_than": translate("files", '"{path}" must be less than {limit} (found {found}).'),
        }[kind]
        return template.format(path=path, limit=limit, found=found)
    if kind == "finite_number":
        rng = _range_text(loc)
        if rng:  # (1e400: "must be a finite number (found not a finite number)")
            return translate("files", '"{path}" must be {range} (found {found}).').format(
                path=path, range=rng, found=found
            )
        return translate("files", '"{path}" must be a finite number (found {found}).').format(
            path=path, found=found
        )
    if kind in {"string_too_short", "string_too_long"}:
        lo = 1 if kind == "string_too_short" else None
        limit = ctx.get("min_length", lo) if kind == "string_too_short" else ctx.get("max_length")
        if kind == "string_too_short":
            return translate_n(
                '"{path}" must not be empty (at least %n character(s)).', "", int(limit or 1)
            ).format(path=path)
        return translate("files", '"{path}" is too long: at most {count} characters.').format(
            path=path, count=limit
        )
    if kind == "value_error":
        reason = str(ctx.get("error", err.get("msg", "is not valid")))
        where = f'"{path}"' if loc else translate("files", "the build")
        return _problem(where, reason)
    #: {problem} is the validation library's own words.
    return translate("files", '"{path}": {problem} (found {found}).').format(
        path=path, problem=err.get("msg", "is not valid").rstrip(".").lower(), found=found
    )


# -- saving -----------------------------------------------------------------------------------


def dumps(build: Build, extra: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    """The file text of a build: spec key order, 2-space indent, newline at the end.

    Whole-number floats are written without ".0" (64, not 64.0), so files diff well.
    ``extra``: the unknown keys of the file the build was read from
    (:attr:`LoadedBuild.extra`), written after the known keys of their object, on one
    line; those of an object the build no longer has (the motor of a build made
    petrol) go with it, and all go if with them the file would be too large to open again
    (a file padded to nearly :data:`MAX_FILE_BYTES`).
    """
    plain = json.dumps(_tidy(build.to_json_dict()), indent=2, ensure_ascii=False) + "\n"
    if not extra:
        return plain
    data = _tidy(build.to_json_dict())
    # The unknown keys of each object go in as one placeholder key, replaced by their
    # compact text (one line, made by the fast encoder; the indented dump is Python's slow
    # one, and this runs on the window's thread at every autosave).
    token = secrets.token_hex(8)
    parts: list[str] = []
    for section, keys in extra.items():
        obj = _section(data, section)
        if obj is not None:
            fragment = _unknown_text({k: v for k, v in keys.items() if k not in obj})
            if fragment:
                obj[f"{token}-{len(parts)}"] = 0
                parts.append(fragment)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    text = re.sub(f'"{token}-([0-9]+)": 0', lambda m: parts[int(m.group(1))], text)
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:  # a lone surrogate escape ("\\ud800") in an unknown key:
        # written as the escape it was read from, which UTF-8 text can hold
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
        size = len(text.encode("utf-8"))
    return text if size <= MAX_FILE_BYTES else plain


def _unknown_text(keys: dict[str, Any]) -> str:
    """``keys`` as the inside of a compact JSON object ("" for none). A key whose value
    JSON cannot write back is left out: a number past the float range (1e400 in the file,
    read as infinity, would be written as Infinity, which no keiconfig opens) or nesting
    too deep to write from here (a value hundreds of lists deep)."""
    try:
        return json.dumps(keys, ensure_ascii=False, allow_nan=False)[1:-1]
    except (ValueError, RecursionError):
        pass
    writable = {}
    for key, value in keys.items():
        try:
            json.dumps(value, allow_nan=False)
        except (ValueError, RecursionError):
            continue
        writable[key] = value
    return json.dumps(writable, ensure_ascii=False, allow_nan=False)[1:-1]


def _tidy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _tidy(v) for k, v in value.items()}
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def save_build(
    build: Build,
    path: str | os.PathLike[str],
    *,
    keep_backup: bool = True,
    expected: FileIdentity | None = None,
    replace_read_only: bool = False,
    extra: Mapping[str, Mapping[str, Any]] | None = None,
    _before_replace: Callable[[Path], None] | None = None,
) -> FileIdentity:
    """Write ``build`` safely (see :func:`write_bytes_safely`); returns what is now on disk.

    The previous versions of the file are kept as ``<name>.bak``, ``<name>.bak2`` and
    ``<name>.bak3`` beside it (newest first). ``expected``: the file as it was opened or
    last saved; if the file on disk is no longer that, :class:`FileChangedError` is raised
    and nothing is written. ``extra``: unknown keys to write back (:func:`dumps`).
    """
    return write_bytes_safely(
        Path(path),
        dumps(build, extra).encode("utf-8"),
        keep_backup=keep_backup,
        expected=expected,
        replace_read_only=replace_read_only,
        _before_replace=_before_replace,
    )


def write_text_atomic(
    target: Path,
    text: str,
    *,
    keep_backup: bool = False,
    mode: int | None = None,
    _before_replace: Callable[[Path], None] | None = None,
) -> FileIdentity:
    """Safely replace ``target`` with ``text`` (UTF-8). Raises :class:`BuildSaveError`."""
    return write_bytes_safely(
        Path(target),
        text.encode("utf-8"),
        keep_backup=keep_backup,
        mode=mode,
        _before_replace=_before_replace,
    )


# -- what a file is: identity, so a save knows what it overwrites ------------------------------

BACKUPS: Final = 3  # <name>.bak, .bak2, .bak3: the last three saved versions
TMP_PREFIX: Final = ".keiconfig-save-"
TMP_SUFFIX: Final = ".tmp"
# A temporary file older than this is a leftover of a save that was killed (a save takes
# milliseconds), and is deleted by the next save in its folder.
STALE_TMP_S: Final = 600.0
NAME_MAX_BYTES: Final = 255


class FileChangedError(BuildSaveError):
    """The file changed on disk since it was opened or saved; nothing was written."""


class ReadOnlyFileError(BuildSaveError):
    """The file is read-only; nothing was written. Save again with ``replace_read_only``."""


class NotAFileError(BuildSaveError):
    """A folder, pipe, device or socket is at the path: no file is written over it (the
    open file replaced by a folder by another program); it can be saved elsewhere."""


class FolderNotWritableError(BuildSaveError):
    """The file's folder cannot be written in (no permission, a read-only disk: a
    teacher's handout folder, a CD), is gone (a USB stick pulled out) or its disk has no
    room (full, or the quota used up): nothing was written; it can be saved elsewhere.
    ``errno``: the system's error number for why (EROFS, ENOSPC, …)."""

    def __init__(self, message: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno


@dataclass(frozen=True)
class FileIdentity:
    """What a file on disk was when it was read or written: enough to tell it changed."""

    path: Path  # the real file (links resolved)
    mtime_ns: int
    size: int
    sha256: str

    def same_content(self, other: FileIdentity | None) -> bool:
        return other is not None and other.sha256 == self.sha256


def real_path(path: str | os.PathLike[str]) -> Path:
    """The file a path names, symbolic links resolved (the link's target if it dangles);
    through a link that may not be read (/proc/1/cwd: Python's realpath raises
    PermissionError there), the path as it is, whose use then says it is refused."""
    try:
        return Path(os.path.realpath(path))
    except OSError:
        return Path(os.path.abspath(path))


def file_identity(path: str | os.PathLike[str]) -> FileIdentity | None:
    """The identity of the regular file at ``path`` now; None if there is none (or unreadable)."""
    real = real_path(path)
    try:
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
    except OSError:
        os.close(fd)
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size > 4 * MAX_FILE_BYTES:
        os.close(fd)  # (a folder opened as a file: os.fdopen raised IsADirectoryError)
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            data = f.read()
    except OSError:
        return None
    return _identity(real, st, data)


def _identity(real: Path, st: os.stat_result, data: bytes) -> FileIdentity:
    return FileIdentity(real, st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())


# -- the one safe way to write a user's file (builds, exports, CSV) ----------------------------


def write_bytes_safely(
    target: str | os.PathLike[str],
    data: bytes,
    *,
    keep_backup: bool = False,
    expected: FileIdentity | None = None,
    replace_read_only: bool = False,
    mode: int | None = None,
    _before_replace: Callable[[Path], None] | None = None,
) -> FileIdentity:
    """Replace the file at ``target`` with ``data`` so that no failure damages it.

    - A symbolic link is written through: the real file is replaced, the link stays.
    - A file with hard links is rewritten in place (the links stay one file), after its
      backup is made; every other file goes through a temporary file in its folder,
      flushed, fsynced and renamed over it.
    - The real file keeps its mode and (where allowed) its owner; a new file gets the
      mode the umask allows (``mode`` overrides both: 0o600 for private files).
    - A named pipe, device, socket or folder is refused with a sentence.
    - A read-only file raises :class:`ReadOnlyFileError` unless ``replace_read_only``.
    - ``expected``: raise :class:`FileChangedError` if the file is no longer that.
    - Leftover temporary files of killed saves in the folder are deleted.

    Returns the identity of what was written. Raises :class:`BuildSaveError` only.
    """
    given = Path(target)
    real, st = _target(given)
    name = _printable(given.name or str(given))
    folder = real.parent
    if expected is not None:
        now = file_identity(real)
        # A file there that cannot be read as one (made larger than any build by another
        # program, or unreadable now) is not what was opened either, nor is another file
        # the name now leads to (a link put in its place: the save would go into that one).
        if (
            (now is None and st is not None)
            or (now is not None and not now.same_content(expected))
            or (st is not None and real != expected.path)
        ):
            _refuse_unwritable_folder(real, name, st)
            raise FileChangedError(
                translate(
                    "files",
                    "{name} was changed on disk by another program or window after it was "
                    "opened or saved here; nothing was written.",
                ).format(name=name)
            )
    if st is not None and not replace_read_only and not (st.st_mode & 0o222):
        _refuse_unwritable_folder(real, name, st)
        raise ReadOnlyFileError(
            translate("files", "{name} is read-only; nothing was written.").format(name=name)
        )
    _clean_leftovers(folder, real.name)
    try:
        if st is not None and st.st_nlink > 1:
            if keep_backup:
                _backup(real, st)
            try:
                written = _rewrite_in_place(real, data)
            except OSError as e:
                raise BuildSaveError(_in_place_message(name, folder, e, keep_backup)) from None
        else:
            written = _replace(real, data, st, mode, keep_backup, _before_replace)
        _fsync_dir(folder)
    except OSError as e:
        if e.errno in _SAVE_ELSEWHERE:
            raise FolderNotWritableError(
                _save_message(name, folder, e, st is not None), e.errno
            ) from None
        raise BuildSaveError(_save_message(name, folder, e, st is not None)) from None
    return written


def check_writable(target: str | os.PathLike[str]) -> None:
    """Whether a file can be written at ``target``, looked at as :func:`write_bytes_safely`
    looks before it writes, and its folder tried: raises what that write would raise,
    with the same sentence (:class:`NotAFileError`: a folder, a pipe or a link back to
    itself there; :class:`FolderNotWritableError`: a folder that takes no new file, a
    system folder such as /proc, a read-only disk; :class:`BuildSaveError`: no such
    folder). For a command that works a while before it writes (explore --out): said
    before the work, not after it. Writes nothing (a temporary file made and deleted)."""
    given = Path(target)
    real, st = _target(given)
    _refuse_unwritable_folder(real, _printable(given.name or str(given)), st, always=True)


Unwritable = Literal["file", "folder"]


def unwritable(target: str | os.PathLike[str]) -> Unwritable | None:
    """Why a save could not write the file at ``target`` where it is, looked at as
    :func:`check_writable` looks: ``"folder"`` (its folder takes no new file: a read-only
    folder or disk, a system folder), ``"file"`` (the file is read-only: a save asks
    before replacing it) or None (it can be written, or something else is in the way,
    which a save says: a full disk, a folder gone). Writes nothing (a temporary file made
    and deleted)."""
    try:
        check_writable(target)
    except FolderNotWritableError as exc:
        # a folder there that takes no file; not a full disk, nor a folder gone (a USB
        # stick pulled out), which the save says in its own words
        return "folder" if exc.errno in _LOCKED else None
    except BuildSaveError:
        return None
    return "file" if read_only_file(target) else None


def read_only_file(target: str | os.PathLike[str]) -> bool:
    """Whether a regular file is at ``target`` with no write permission for anyone, read
    from its mode bits as a person reads them (``ls -l``: r--r--r--), as the save reads
    them (root, who may write anything, is asked before replacing it too). A stat, no
    more: cheap enough to look at whenever the window becomes active."""
    try:
        mode = os.stat(real_path(Path(target))).st_mode
    except (OSError, ValueError, RuntimeError):
        return False
    return stat.S_ISREG(mode) and not mode & 0o222


def _target(given: Path) -> tuple[Path, os.stat_result | None]:
    """The real file ``given`` names and its status (None: no file there yet); raises
    :class:`NotAFileError` for a folder, a pipe or a link back to itself there."""
    name = _printable(given.name or str(given))
    real = real_path(given)
    folder = real.parent
    try:
        st: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as e:
        if e.errno == errno.ELOOP:  # (said 'Too many levels of symbolic links', and no way on)
            raise NotAFileError(
                translate(
                    "files",
                    "{name} is a link that leads back to itself, so no file can be written "
                    "there; nothing was written.",
                ).format(name=name)
            ) from None
        raise BuildSaveError(_save_message(name, folder, e)) from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise NotAFileError(
                translate(
                    "files",
                    "{name} is a folder, so it cannot be replaced by a file; nothing was written.",
                ).format(name=name)
            )
        if not stat.S_ISREG(st.st_mode):
            raise NotAFileError(
                translate(
                    "files",
                    "{name} is not a regular file ({kind}), so keiconfig does not write to it; "
                    "choose another file name.",
                ).format(name=name, kind=special_kind(st.st_mode))
            )
    return real, st


def _refuse_unwritable_folder(
    real: Path, name: str, st: os.stat_result | None, always: bool = False
) -> None:
    """Before a question about replacing the file at ``real`` (it is read-only, or changed
    on disk): whether its folder takes a new file, tried by making the save's temporary
    file there and deleting it. A file replaced by renaming a new one over it (not one
    with other hard links, rewritten in place) cannot be replaced where its folder takes
    no new file: Save As /proc/version asked "version is read-only. Replace it?" and,
    only after a yes, said /proc is the system's and nothing was written. The person is
    never asked about a file that cannot be replaced: raises what the save would have
    raised (:class:`FolderNotWritableError` mostly), with its sentence. ``always``: the
    folder tried for a new file too (:func:`check_writable`)."""
    if st is not None and st.st_nlink > 1:
        return
    if st is None and not always:
        return
    folder = real.parent
    try:
        fd, tmp = _make_tmp(folder, 0o600)
    except OSError as e:
        if e.errno in _SAVE_ELSEWHERE:
            raise FolderNotWritableError(
                _save_message(name, folder, e, st is not None), e.errno
            ) from None
        raise BuildSaveError(_save_message(name, folder, e, st is not None)) from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)


# The folder cannot be written in, or is gone (a USB stick pulled out): saved elsewhere.
_NOT_WRITABLE: Final = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT})
# So is a build on a disk with no room (or a used-up quota): it said 'the disk is full;
# nothing was written.' with OK alone, where a read-only disk offered Save As….
_SAVE_ELSEWHERE: Final = _NOT_WRITABLE | {errno.ENOSPC, errno.EDQUOT}
# The folder is there and takes no file (files.unwritable: "folder").
_LOCKED: Final = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def special_kind(mode: int) -> str:
    """What a file that is not a regular file nor a folder is, in words: "a named pipe"."""
    if stat.S_ISFIFO(mode):
        return translate("files", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("files", "a device")
    if stat.S_ISSOCK(mode):
        return translate("files", "a socket")
    return translate("files", "a special file")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _new_file_mode() -> int:
    return 0o666 & ~_umask()


def _host_tag() -> str:
    import socket

    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


_HOST: Final = _host_tag()


def _tmp_name() -> str:
    # Short and fixed in shape, so it fits in any folder whatever the target's name is
    # (a 255-byte name plus a suffix would not), and leftovers are easy to recognise:
    # .keiconfig-save-<host>-<pid>-<random>.tmp
    return f"{TMP_PREFIX}{_HOST}-{os.getpid()}-{secrets.token_hex(6)}{TMP_SUFFIX}"


def _writer_is_gone(name: str) -> bool:
    """The temporary file ``name`` was made by a process of this machine that has ended
    (killed in the middle of a save). Only where that can be told (POSIX)."""
    if os.name != "posix":
        return False
    parts = name[len(TMP_PREFIX) : -len(TMP_SUFFIX)].split("-")
    if len(parts) != 3 or parts[0] != _HOST or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    if pid == os.getpid() or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive (someone else's process)
    return False


def _clean_leftovers(folder: Path, name: str) -> None:
    """Delete temporary files of killed saves in ``folder``: those whose process on this
    machine has ended, and any older than :data:`STALE_TMP_S` (another computer's, on a
    shared drive). A fresh one of a running process is kept: it may be saving right now."""
    old_style = f".{name}."
    limit = time.time() - STALE_TMP_S
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            n = entry.name
            if not n.endswith(TMP_SUFFIX):
                continue
            ours = n.startswith(TMP_PREFIX)
            if not (ours or n.startswith(old_style)):
                continue
            with contextlib.suppress(OSError):
                st = entry.stat(follow_symlinks=False)
                if not stat.S_ISREG(st.st_mode):
                    continue
                if st.st_mtime < limit or (ours and _writer_is_gone(n)):
                    os.unlink(entry.path)


def _write_fd(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _make_tmp(folder: Path, file_mode: int) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    while True:
        tmp = folder / _tmp_name()
        try:
            # Created private; given its final mode below, once it is complete.
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            continue


def _replace(
    real: Path,
    data: bytes,
    st: os.stat_result | None,
    mode: int | None,
    keep_backup: bool,
    before_replace: Callable[[Path], None] | None,
) -> FileIdentity:
    folder = real.parent
    if mode is None:
        mode = stat.S_IMODE(st.st_mode) if st is not None else _new_file_mode()
    fd, tmp = _make_tmp(folder, mode)
    done = False
    try:
        _write_fd(fd, data)
        os.chmod(tmp, mode)
        if st is not None and hasattr(os, "chown"):
            with contextlib.suppress(OSError):
                if (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                    os.chown(tmp, st.st_uid, st.st_gid)
        if st is not None and keep_backup:  # once the new file is safely on disk
            _backup(real, st)
        if before_replace is not None:
            before_replace(tmp)
        os.replace(tmp, real)
        done = True
    finally:
        if not done:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return _identity(real, os.stat(real), data)


def _rewrite_in_place(real: Path, data: bytes) -> FileIdentity:
    """For a file with hard links: its inode is kept (a rename would split the links).
    The backup was made first; the new bytes are written, then the file cut to length."""
    fd = os.open(real, os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.truncate(len(data))
        f.flush()
        os.fsync(f.fileno())
    return _identity(real, os.stat(real), data)


def backup_path(path: str | os.PathLike[str], generation: int = 1) -> Path:
    """``<name>.bak`` (1), ``<name>.bak2``, ...; a name too long for that is shortened."""
    p = Path(path)
    suffix = ".bak" if generation == 1 else f".bak{generation}"
    room = NAME_MAX_BYTES - len(suffix.encode())
    stem = p.name
    # Measured as the file system names it: a name with bytes that are not UTF-8 (a
    # Shift_JIS name from a Windows zip) is held with surrogate escapes, which only
    # os.fsencode turns back into its bytes.
    while len(os.fsencode(stem)) > room:
        stem = stem[:-1]
    return p.with_name(stem + suffix)


def _backup(real: Path, st: os.stat_result) -> None:
    """Keep the current file as ``.bak`` (older ones move down to ``.bak2``, ``.bak3``).

    Each step is a rename or an atomic copy, so a backup is never half written. The copy
    has the file's own mode.
    """
    baks = [backup_path(real, g) for g in range(1, BACKUPS + 1)]
    for b in baks:
        if b.is_dir() and not b.is_symlink():
            raise BuildSaveError(
                translate(
                    "files",
                    "{name} could not be saved: its backup {backup} is a folder, which "
                    "keiconfig will not replace; move or rename that folder. The file is "
                    "unchanged.",
                ).format(name=_printable(real.name), backup=_printable(b.name))
            )
    data = real.read_bytes()
    if baks[0].exists():
        with contextlib.suppress(OSError):
            if baks[0].read_bytes() == data:
                return  # the newest backup already holds this version
    fd, tmp = _make_tmp(real.parent, 0o600)
    try:
        _write_fd(fd, data)
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        # Older generations move down as copies, so .bak is there whatever fails.
        for older, newer in zip(reversed(baks[1:]), reversed(baks[:-1]), strict=True):
            if newer.exists():
                _link_or_copy(newer, older)
        os.replace(tmp, baks[0])
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _link_or_copy(source: Path, target: Path) -> None:
    """Atomically make ``target`` hold what ``source`` holds (a hard link where it can)."""
    fd, tmp = _make_tmp(source.parent, 0o600)
    os.close(fd)
    try:
        os.unlink(tmp)
        try:
            os.link(source, tmp)
        except OSError:  # a file system without hard links
            fd, tmp = _make_tmp(source.parent, 0o600)
            _write_fd(fd, source.read_bytes())
            os.chmod(tmp, stat.S_IMODE(os.stat(source).st_mode))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _in_place_message(name: str, folder: Path, e: OSError, backup: bool) -> str:
    """A file with hard links is rewritten in place, so a failure can leave it cut short."""
    why = _save_reason(folder, e)
    if backup:
        return translate(
            "files",
            "{name} could not be saved: {reason}. It has other hard links, so it was being "
            "rewritten in place and may be incomplete; the previous version is in {backup}.",
        ).format(name=name, reason=why, backup=backup_path(name).name)
    return translate(
        "files",
        "{name} could not be written: {reason}. It has other hard links, so it was being "
        "rewritten in place and may be incomplete.",
    ).format(name=name, reason=why)


def _save_reason(folder: Path, e: OSError) -> str:
    """Why a write failed, as words that go into a sentence ("the disk is full")."""
    import errno

    where = _printable(str(folder))
    if e.errno == errno.EROFS:  # a CD, a write-protected USB stick, a read-only share
        return translate("files", "{folder} is on a read-only disk").format(folder=where)
    if e.errno in (errno.EACCES, errno.EPERM):
        return translate("files", "permission to write in {folder} was denied").format(folder=where)
    if e.errno == errno.ENOSPC:
        return translate("files", "the disk is full")
    if e.errno == errno.ENOENT:
        if _folder_there(folder):  # /proc, /sys: the folder is there, its files are the system's
            return translate(
                "files", "{folder} is a folder of the system, in which no file can be saved"
            ).format(folder=where)
        return translate("files", "the folder {folder} does not exist").format(folder=where)
    if e.errno == errno.ENOTDIR:  # (said 'Not a directory')
        return translate("files", "a part of {folder} is a file, not a folder").format(folder=where)
    if e.errno == errno.EDQUOT:
        return translate("files", "the disk quota is used up")
    if e.errno == errno.ENAMETOOLONG:
        return translate("files", "the file name is too long for this disk")
    return e.strerror or str(e)


def _folder_there(folder: Path) -> bool:
    """A write in ``folder`` failed with "no such file or directory" and the folder is
    there: a file system of the system (/proc, /sys), which makes no new files."""
    try:
        return stat.S_ISDIR(os.stat(folder).st_mode)
    except OSError:
        return False


def _save_message(name: str, folder: Path, e: OSError, existed: bool = True) -> str:
    """Why ``name`` could not be saved, and what became of it. ``existed``: there was a
    file (a new file in /sys said "The previous version of the file is unchanged")."""
    import errno

    if e.errno in (errno.ENOENT, errno.ENOTDIR):  # no folder there: no previous version
        if e.errno == errno.ENOTDIR:
            return translate(
                "files",
                "{name} could not be saved: a part of {folder} is a file, not a folder; "
                "nothing was written.",
            ).format(name=name, folder=_printable(str(folder)))
        if _folder_there(folder):
            # The folder is there, and no file can be made in it: /proc or /sys, whose files
            # are the system's (it said "the folder /proc does not exist"). (Not "like /proc
            # and /sys": saved into /proc, it read "/proc is a folder of the system, like
            # /proc and /sys".)
            return translate(
                "files",
                "{name} could not be saved: {folder} is a folder of the system, whose files "
                "are the computer's own: no file can be saved or replaced in it, and nothing "
                "was written. Save it in another folder.",
            ).format(name=name, folder=_printable(str(folder)))
        return translate(
            "files",
            "{name} could not be saved: the folder {folder} does not exist (it may have been "
            "moved, renamed or deleted); nothing was written.",
        ).format(name=name, folder=_printable(str(folder)))
    if not existed:
        #: {reason} is e.g. "permission to write in /sys/kernel was denied"; a new file.
        return translate(
            "files", "{name} could not be saved: {reason}; nothing was written."
        ).format(name=name, reason=_save_reason(folder, e))
    #: {reason} is e.g. "the disk is full", or the operating system's own words.
    return translate(
        "files",
        "{name} could not be saved: {reason}. The previous version of the file is unchanged.",
    ).format(name=name, reason=_save_reason(folder, e))
