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
import json
import math
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from keiconfig.core.build import FORMAT_ID, FORMAT_VERSION, Build, Published
from keiconfig.core.text import QT_TRANSLATE_NOOP, translate

MAX_FILE_BYTES: Final = 1_000_000
MAX_NESTING: Final = 64
SUFFIX: Final = ".kei.json"

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
}
_PUBLISHED_KEYS: Final = frozenset(Published.model_fields)


class BuildFileError(Exception):
    """A build file could not be read. ``str(error)`` is a sentence fit for a user."""


class BuildSaveError(Exception):
    """A build could not be saved. The previous file, if any, is intact."""


@dataclass(frozen=True)
class LoadedBuild:
    build: Build
    warnings: tuple[str, ...] = ()


def load_build(path: str | os.PathLike[str]) -> LoadedBuild:
    """Read and validate a build file. Raises :class:`BuildFileError` only."""
    p = Path(path)
    name = p.name or str(p)
    try:
        # Non-blocking open, then only regular files are read: a named pipe or a
        # terminal would otherwise block the open or the read for ever.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            mode = os.fstat(f.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError
            if not stat.S_ISREG(mode):
                raise BuildFileError(
                    translate(
                        "files", "{source}: this is not a regular file, so not a build file."
                    ).format(source=name)
                )
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise BuildFileError(
            translate("files", "{source}: the file does not exist.").format(source=name)
        ) from None
    except IsADirectoryError:
        raise BuildFileError(
            translate("files", "{source}: this is a folder, not a build file.").format(source=name)
        ) from None
    except PermissionError:
        raise BuildFileError(
            translate("files", "{source}: permission to read the file was denied.").format(
                source=name
            )
        ) from None
    except OSError as e:
        raise BuildFileError(
            #: {reason} is the operating system's own words.
            translate("files", "{source}: the file could not be read ({reason}).").format(
                source=name, reason=e.strerror or e
            )
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise BuildFileError(
            translate(
                "files",
                "{source}: the file is larger than {megabytes} MB; "
                "a build file is a few hundred bytes, so this is not one.",
            ).format(source=name, megabytes=MAX_FILE_BYTES // 1_000_000)
        )
    return build_from_bytes(data, name)


def build_from_bytes(data: bytes, source: str = "build") -> LoadedBuild:
    """Decode, parse and validate the bytes of a build file."""
    if len(data) > MAX_FILE_BYTES:
        raise BuildFileError(_too_large(source))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
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
        raise BuildFileError(
            translate(
                "files",
                "{source}: the file is not UTF-8 text (undecodable byte at position "
                "{position}); it may be a binary or damaged file.",
            ).format(source=source, position=e.start)
        ) from None
    return build_from_json_text(text, source)


def _too_large(source: str) -> str:
    return translate(
        "files", "{source}: the data is larger than 1 MB and is not a build file."
    ).format(source=source)


def _too_deep(source: str) -> str:
    return translate("files", "{source}: the JSON is nested far too deeply.").format(source=source)


def _reject_constant(name: str) -> Any:
    #: {name} is NaN, Infinity or -Infinity.
    raise ValueError(translate("files", "{name} is not a number JSON allows").format(name=name))


def build_from_json_text(text: str, source: str = "build") -> LoadedBuild:
    """Parse and validate the JSON text of a build file."""
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
    try:
        raw = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        raise BuildFileError(
            #: {problem} is Python's JSON parser's own words, e.g. "expecting value".
            translate(
                "files", "{source}: the JSON is broken at line {line}, column {column}: {problem}."
            ).format(source=source, line=e.lineno, column=e.colno, problem=e.msg.lower())
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
    return build_from_data(raw, source)


def _problem(source: str, problem: str) -> str:
    """ "{source}: {problem}." """
    #: A problem in a build file: "Beat.kei.json: NaN is not a number JSON allows."
    return translate("files", "{source}: {problem}.").format(source=source, problem=problem)


def build_from_data(raw: Any, source: str = "build") -> LoadedBuild:
    """Validate already-parsed JSON data as a build."""
    if _depth(raw) > MAX_NESTING:
        raise BuildFileError(_too_deep(source))
    bad_text = _not_unicode(raw)
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
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BuildFileError(
            translate(
                "files",
                "{source}: the file is version {version}, made by a newer keiconfig; "
                "this keiconfig reads version {readable}. Update keiconfig to open it.",
            ).format(source=source, version=version, readable=FORMAT_VERSION)
        )
    #: A warning about a build file: "Beat.kei.json: unknown key ... was ignored."
    warning = translate("files", "{source}: {warning}")
    warnings = tuple(warning.format(source=source, warning=w) for w in _unknown_keys(raw))
    try:
        build = Build.model_validate(raw)
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
    return LoadedBuild(build, warnings)


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
    """``text`` as it can go into a one-line message (control characters escaped)."""
    return text if text.isprintable() else json.dumps(text)[1:-1]


def _unknown_keys(raw: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for section, known in _KNOWN_KEYS.items():
        obj = raw if section == "" else raw.get(section)
        if not isinstance(obj, dict):
            continue
        for key in obj:
            if key not in known:
                where = _printable(f"{section}.{key}" if section else key)
                out.append(
                    translate(
                        "files",
                        'unknown key "{key}" was ignored (a typo, or a field of a newer '
                        "keiconfig?).",
                    ).format(key=where)
                )
    published = raw.get("published")
    if isinstance(published, dict):
        out.extend(
            translate("files", 'unknown key "published.{key}" was ignored.').format(
                key=_printable(key)
            )
            for key in published
            if key not in _PUBLISHED_KEYS
        )
    return out


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
        if math.isnan(v) or math.isinf(v):
            return translate("files", "not a finite number")
        return f"{v:g}"
    if isinstance(v, int):
        s = str(v) if abs(v) < 10**15 else translate("files", "a huge number")
        return s
    return _json_kind(v)


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
        more = len(errors) - 1
        if more == 1:
            #: Follows the first problem of a file that has two.
            msg += translate("files", " ({count} more problem after this one.)").format(count=more)
        else:
            msg += translate("files", " ({count} more problems after this one.)").format(count=more)
    return msg


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
        #: {expected} lists the allowed values as they are written in the file.
        return translate("files", '"{path}" must be one of {expected} (found {found}).').format(
            path=path, expected=ctx.get("expected", ""), found=found
        )
    if kind in _TYPE_WORDS:
        rng = _range_text(loc)
        what = translate("files", _TYPE_WORDS[kind])
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
        return translate("files", '"{path}" must be a finite number (found {found}).').format(
            path=path, found=found
        )
    if kind in {"string_too_short", "string_too_long"}:
        lo = 1 if kind == "string_too_short" else None
        limit = ctx.get("min_length", lo) if kind == "string_too_short" else ctx.get("max_length")
        if kind == "string_too_short":
            return translate(
                "files", '"{path}" must not be empty (at least {count} character).'
            ).format(path=path, count=limit)
        return translate("files", '"{path}" is too long: at most {count} characters.').format(
            path=path, count=limit
        )
    if kind == "value_error":
        reason = str(ctx.get("error", err.get("msg", "is not valid")))
        where = f'"{path}"' if loc else translate("files", "the body")
        return _problem(where, reason)
    #: {problem} is the validation library's own words.
    return translate("files", '"{path}": {problem} (found {found}).').format(
        path=path, problem=err.get("msg", "is not valid").rstrip(".").lower(), found=found
    )


# -- saving -----------------------------------------------------------------------------------


def dumps(build: Build) -> str:
    """The file text of a build: spec key order, 2-space indent, newline at the end.

    Whole-number floats are written without ".0" (64, not 64.0), so files diff well.
    """
    return json.dumps(_tidy(build.to_json_dict()), indent=2, ensure_ascii=False) + "\n"


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
    _before_replace: Callable[[Path], None] | None = None,
) -> None:
    """Write ``build`` atomically: temporary file in the same folder, flush, fsync, rename.

    The previous version of the file is kept as ``<name>.bak`` beside it. A failure
    at any point leaves the previous file intact and raises :class:`BuildSaveError`.
    """
    write_text_atomic(
        Path(path), dumps(build), keep_backup=keep_backup, _before_replace=_before_replace
    )


def write_text_atomic(
    target: Path,
    text: str,
    *,
    keep_backup: bool = False,
    _before_replace: Callable[[Path], None] | None = None,
) -> None:
    """Atomically replace ``target`` with ``text`` (UTF-8). Raises :class:`BuildSaveError`."""
    name = target.name
    folder = target.parent if str(target.parent) else Path(".")
    data = text.encode("utf-8")
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
            if keep_backup:
                _backup(target)
        else:
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o644)
        if _before_replace is not None:
            _before_replace(tmp)
        os.replace(tmp, target)
        tmp = None
        _fsync_dir(folder)
    except OSError as e:
        raise BuildSaveError(_save_message(name, folder, e)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _backup(target: Path) -> None:
    """Copy the current file to ``.bak`` (atomically too, so the .bak is never half written)."""
    bak = target.with_name(target.name + ".bak")
    data = target.read_bytes()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{bak.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, bak)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _save_message(name: str, folder: Path, e: OSError) -> str:
    import errno

    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = translate("files", "permission to write in {folder} was denied").format(folder=folder)
    elif e.errno == errno.ENOSPC:
        why = translate("files", "the disk is full")
    elif e.errno == errno.ENOENT:
        why = translate("files", "the folder {folder} does not exist").format(folder=folder)
    elif e.errno == errno.EDQUOT:
        why = translate("files", "the disk quota is used up")
    else:
        why = e.strerror or str(e)
    #: {reason} is e.g. "the disk is full", or the operating system's own words.
    return translate(
        "files",
        "{name} could not be saved: {reason}. The previous version of the file is unchanged.",
    ).format(name=name, reason=why)
