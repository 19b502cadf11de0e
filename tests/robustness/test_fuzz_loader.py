"""Nothing crashes: every generated document ends as a Build or one clean BuildFileError.

The loader (``load_build``, ``build_from_bytes``, ``build_from_json_text``,
``build_from_data``) is fed random JSON of any shape, valid builds with one or many
fields broken, NaN/Infinity/huge literals, damaged bytes, UTF-16, byte-order marks,
deep nesting, long strings and files of tens of megabytes. ``check_load`` is the
oracle: anything but a valid Build or a one-line BuildFileError starting with the file
name (and naming the field, where one field is wrong) fails.

Two kinds of generators feed it. The hypothesis properties shrink a failure to a small
example, but an example costs about 10 ms to generate while the loader takes 0.2 ms; so
the bulk of the slow run comes from the seeded loops at the end of the file, which make
the same kinds of documents with ``random.Random`` (``KEICONFIG_FUZZ_SEED=<n>`` replays
a run; a failure names its seed).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import random
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from keiconfig.core import files
from keiconfig.core.build import Build
from keiconfig.core.files import build_from_bytes, build_from_data, load_build

from .. import seeds
from . import strategies as S
from .strategies import check_load

SRC = "fuzz.kei.json"


def fuzz(default: int = 300, slow: int = 1_000) -> settings:
    """Hypothesis settings: ``default`` examples, or ``slow`` ones with --run-slow.

    The slow counts keep the whole file to a few minutes on a busy 2-core machine; the
    seeded loops at the end add the tens of thousands of documents.
    """
    return settings(
        settings.get_profile("keiconfig-robustness"), max_examples=S.scaled(default, slow)
    )


def from_text(text: str) -> Any:
    return check_load(lambda: files.build_from_json_text(text, SRC), SRC)


# -- documents of any shape -------------------------------------------------------------------


@fuzz(default=80, slow=1_500)
@given(S.any_json)
def test_any_json_document_is_a_build_or_a_clean_error(value: Any) -> None:
    from_text(S.dumps_any(value))
    check_load(lambda: build_from_data(value, SRC), SRC)


@fuzz(default=80)
@given(S.any_python_data)
def test_any_python_data_with_nan_and_infinity_is_a_build_or_a_clean_error(value: Any) -> None:
    check_load(lambda: build_from_data(value, SRC), SRC)


@fuzz(default=80, slow=1_500)
@given(S.any_bytes)
def test_any_bytes_are_a_build_or_a_clean_error(data: bytes) -> None:
    check_load(lambda: build_from_bytes(data, SRC), SRC)


_FOLDERS: dict[str, Path] = {}


def _folder(factory: pytest.TempPathFactory, name: str) -> Path:
    """One temporary folder per test for all its examples (not one per example)."""
    if name not in _FOLDERS:
        _FOLDERS[name] = factory.mktemp(name)
    return _FOLDERS[name]


@fuzz(default=30, slow=500)
@given(data=S.any_bytes)
def test_any_file_on_disk_is_a_build_or_a_clean_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    # The bytes themselves are fuzzed in memory above; this adds the open/stat/read path.
    p = _folder(tmp_path_factory, "on-disk") / "on disk.kei.json"
    p.write_bytes(data)
    check_load(lambda: load_build(p), p.name)


# -- valid builds, broken in one place ----------------------------------------------------------


@fuzz(default=100, slow=2_500)
@given(S.near_valid_docs())
def test_one_broken_field_is_named_in_the_error(case: tuple[dict[str, Any], str, str]) -> None:
    check_one_broken_field(*case)


def check_one_broken_field(doc: dict[str, Any], path: str, how: str) -> None:
    out = check_load(lambda: build_from_data(doc, SRC), SRC, field=path)
    if how == "extra_key":
        # An unknown key is a warning, never an error (a known key could be hit, though).
        assert not isinstance(out, str) or S.names_field(out, path), out
    if how == "delete" and path not in S.REQUIRED and path != "format":
        assert not isinstance(out, str), f"deleting optional {path} refused: {out}"
    if how == "delete" and path in S.REQUIRED:
        assert isinstance(out, str)
    # The same document as file text gives the same outcome.
    try:
        text = json.dumps(doc, allow_nan=True)
    except (ValueError, RecursionError):  # pragma: no cover - nested 200 deep is fine
        return
    out_text = check_load(lambda: files.build_from_json_text(text, SRC), SRC)
    if _holds_non_finite(doc):
        # NaN and Infinity are not JSON, so the text is refused even where the data was
        # accepted (a non-finite value under an unknown key is only warned about).
        assert isinstance(out_text, str), out_text
        return
    assert isinstance(out_text, str) == isinstance(out, str), (out, out_text)


def _holds_non_finite(value: Any) -> bool:
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, float) and not math.isfinite(v):
            return True
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return False


WRONG_VALUES: list[Any] = [
    None,
    True,
    False,
    "",
    "x",
    "3395",
    1.5,
    -1,
    0,
    10**30,
    math.nan,
    math.inf,
    -math.inf,
    [],
    [1],
    {},
    {"a": 1},
    S._nested(70),
    "é" * 500,
]


@fuzz(default=8, slow=100)
@given(S.valid_build_dicts())
def test_every_field_replaced_by_every_wrong_type_and_removed(doc: dict[str, Any]) -> None:
    """One generated build gives len(FIELD_PATHS) x (len(WRONG_VALUES) + 1) documents."""
    for path in S.FIELD_PATHS:
        for value in [*WRONG_VALUES, KeyError]:
            broken = json.loads(json.dumps(doc))
            parent, leaf = S._parent(broken, path)
            if value is KeyError:
                parent.pop(leaf, None)
            else:
                parent[leaf] = value
            check_load(lambda b=broken: build_from_data(b, SRC), SRC, field=path)  # type: ignore[misc]


@fuzz(default=60, slow=1_000)
@given(S.multi_broken_docs())
def test_many_broken_fields_give_one_clean_error(doc: dict[str, Any]) -> None:
    check_load(lambda: build_from_data(doc, SRC), SRC)


@fuzz(default=100)
@given(S.text_with_bad_literal())
def test_nan_infinity_and_huge_literals_in_text(case: tuple[str, str]) -> None:
    check_bad_literal(*case)


def check_bad_literal(text: str, path: str) -> None:
    out = check_load(lambda: files.build_from_json_text(text, SRC), SRC)
    if isinstance(out, str) and "JSON is broken" not in out and "thousands of digits" not in out:
        assert "NaN" in out or "Infinity" in out or S.names_field(out, path), out


NUMERIC_AND_OTHER_PATHS = [p for p in S.FIELD_PATHS]


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf], ids=["nan", "inf", "-inf"])
@pytest.mark.parametrize("path", NUMERIC_AND_OTHER_PATHS)
def test_nan_and_infinity_as_python_floats_are_refused_naming_the_field(
    path: str, value: float
) -> None:
    doc = _valid_doc()
    parent, leaf = S._parent(doc, path)
    parent[leaf] = value
    out = check_load(lambda: build_from_data(doc, SRC), SRC, field=path)
    assert isinstance(out, str), f"{path} = {value} was accepted"


HUGE_AND_TINY = [
    10**400,
    -(10**400),
    2**64,
    -(2**63) - 1,
    1e308,
    -1e308,
    5e-324,
    -5e-324,
    1e-300,
    0,
    -0.0,
    -1,
]
NUMERIC_PATHS = [
    "year",
    "body.length_mm",
    "body.width_mm",
    "body.height_mm",
    "body.wheelbase_mm",
    "body.seats",
    "engine.cylinders",
    "engine.displacement_cc",
    "engine.valves_per_cylinder",
    "engine.cycle",
    "engine.redline_rpm",
    "engine.power_cap_ps",
    "drivetrain.gears",
    "overrides.kerb_weight_kg",
    "overrides.power_ps",
    "overrides.torque_nm",
]


@pytest.mark.parametrize("value", HUGE_AND_TINY, ids=repr)
@pytest.mark.parametrize("path", NUMERIC_PATHS)
def test_huge_and_tiny_numbers_are_refused_naming_the_field(path: str, value: float) -> None:
    doc = _valid_doc()
    parent, leaf = S._parent(doc, path)
    parent[leaf] = value
    out = check_load(lambda: build_from_data(doc, SRC), SRC, field=path)
    assert isinstance(out, str), f"{path} = {value!r} was accepted"
    text = json.dumps(doc)
    check_load(lambda: files.build_from_json_text(text, SRC), SRC, field=path)


# -- round trip ---------------------------------------------------------------------------------


@fuzz(default=40, slow=300)
@given(build=S.valid_builds)
def test_any_valid_build_saves_and_reloads_equal(
    tmp_path_factory: pytest.TempPathFactory, build: Build
) -> None:
    # Real saves (five fsyncs each example), so fewer examples; every valid document of
    # the next test also goes round through the file text in memory.
    S.COUNTS["valid builds saved and reloaded"] += 1
    p = _folder(tmp_path_factory, "round-trip") / "round trip.kei.json"
    p.unlink(missing_ok=True)
    p.with_name(p.name + ".bak").unlink(missing_ok=True)
    files.save_build(build, p)
    loaded = load_build(p)
    assert loaded.build == build
    assert loaded.warnings == ()
    assert files.build_from_json_text(files.dumps(build)).build == build
    files.save_build(loaded.build, p)  # saving what was loaded changes nothing
    assert load_build(p).build == build
    assert load_build(p.with_name(p.name + ".bak")).build == build


@fuzz(default=40)
@given(S.valid_build_dicts())
def test_valid_documents_load_without_warnings(doc: dict[str, Any]) -> None:
    out = check_load(lambda: build_from_data(doc, SRC), SRC)
    assert not isinstance(out, str), out
    assert out.warnings == ()
    # Round trip in memory: the saved text of the build loads back as the same build.
    data = files.dumps(out.build).encode("utf-8")
    again = check_load(lambda: build_from_bytes(data, SRC), SRC)
    assert not isinstance(again, str), again
    assert again.build == out.build and again.warnings == ()


# -- shapes generated by hand: nesting, long strings, encodings ---------------------------------


def _valid_doc() -> dict[str, Any]:
    return {
        "format": "keiconfig-build",
        "version": 1,
        "name": "Fuzz base",
        "body": {"style": "hatchback", "length_mm": 3395, "width_mm": 1475, "height_mm": 1500},
        "engine": {
            "cylinders": 3,
            "displacement_cc": 658,
            "aspiration": "turbo",
            "position": "front",
        },
        "drivetrain": {"driven": "fwd", "transmission": "cvt"},
    }


def _deep_list(depth: int) -> Any:
    v: Any = []
    for _ in range(depth):
        v = [v]
    return v


def _deep_dict(depth: int) -> Any:
    v: Any = {}
    for _ in range(depth):
        v = {"a": v}
    return v


@pytest.mark.parametrize("depth", [63, 64, 65, 100, 1_000, 100_000])
@pytest.mark.parametrize("where", ["top", "notes", "body", "extra", "engine.cylinders"])
@pytest.mark.parametrize("kind", ["list", "dict"])
def test_deep_nesting_as_python_data(depth: int, where: str, kind: str) -> None:
    nested = (_deep_list if kind == "list" else _deep_dict)(depth)
    if where == "top":
        doc: Any = nested
    else:
        doc = _valid_doc()
        parent, leaf = S._parent(doc, where)
        parent[leaf] = nested
    check_load(lambda: build_from_data(doc, SRC), SRC)


@pytest.mark.parametrize("depth", [64, 65, 1_000, 100_000, 499_999])
@pytest.mark.parametrize("kind", ["[]", "{}"])
def test_deep_nesting_as_text(depth: int, kind: str) -> None:
    o, c = kind
    inner = (o + '"a":') if kind == "{}" else o
    nested = inner * depth + "1" * (kind == "[]") + ("1" if kind == "{}" else "") + c * depth
    for text in (nested, json.dumps(_valid_doc())[:-1] + ', "deep": ' + nested + "}"):
        data = text.encode()
        if len(data) <= files.MAX_FILE_BYTES:
            check_load(lambda d=data: build_from_bytes(d, SRC), SRC)  # type: ignore[misc]
        check_load(lambda t=text: files.build_from_json_text(t, SRC), SRC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("path", "length"),
    [
        ("name", 80),
        ("name", 81),
        ("name", 100_000),
        ("notes", 900_000),
        ("description", 401),
        ("published.source", 500_000),
        ("body.style", 200_000),
        ("engine.aspiration", 10_000),
    ],
)
def test_long_strings(path: str, length: int) -> None:
    doc = _valid_doc()
    parent, leaf = S._parent(doc, path)
    parent[leaf] = "é" * (length // 2) + "x" * (length - length // 2)
    out = check_load(lambda: build_from_data(doc, SRC), SRC, field=path)
    assert isinstance(out, str) == (path != "notes" and length > 80 and path != "published.source")


def test_long_key_names_and_many_unknown_keys_stay_warnings() -> None:
    doc = _valid_doc()
    for i in range(2_000):
        doc[f"unknown {i} " + "k" * 100] = i
    doc["engine"]["x" * 50_000] = None
    out = check_load(lambda: build_from_data(doc, SRC), SRC)
    # Summed up: the first few, then a count of the rest (a status bar shows them all).
    assert not isinstance(out, str) and len(out.warnings) == files.MAX_WARNINGS
    assert "and 1,997 more unknown keys were ignored" in out.warnings[-1]


@pytest.mark.parametrize(
    ("encode", "ok"),
    [
        (lambda t: t.encode("utf-8"), True),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), True),
        (lambda t: t.encode("utf-16"), True),
        (lambda t: t.encode("utf-16-le"), True),
        (lambda t: t.encode("utf-16-be"), True),
        (lambda t: t.encode("utf-32"), True),
        (lambda t: b"\xef\xbb\xbf\xef\xbb\xbf" + t.encode("utf-8"), True),  # both invisible
        (lambda t: t.encode("utf-8") + b"\x00", True),  # a USB stick's padding after it
        (lambda t: b"\x00" + t.encode("utf-8"), False),
        (lambda t: t.encode("cp932", errors="replace"), True),  # ASCII-only text
        # Latin-1's é is Windows-1252's: read so (Portuguese's word 'é'; it was refused
        # when only French's 'à' could stand alone), a letter beside letters too
        (lambda t: t.replace("Fuzz", "Fuzz é").encode("latin-1"), True),
        (lambda t: t.replace("Fuzz", "Fuzz ü").encode("latin-1"), False),
    ],
    ids=[
        "utf8",
        "bom",
        "utf16",
        "utf16le",
        "utf16be",
        "utf32",
        "double-bom",
        "nul-after",
        "nul-before",
        "cp932",
        "l1",
        "l1-lone-u",
    ],
)
def test_encodings(tmp_path: Path, encode: Any, ok: bool) -> None:
    p = tmp_path / "enc.kei.json"
    p.write_bytes(encode(json.dumps(_valid_doc(), indent=2)))
    out = check_load(lambda: load_build(p), p.name)
    assert isinstance(out, str) != ok, out


@pytest.mark.parametrize("raw", [b"", b" ", b"\n\n\t", b"\xef\xbb\xbf", b"\x00", b"null", b"0"])
def test_empty_and_nearly_empty_files(tmp_path: Path, raw: bytes) -> None:
    p = tmp_path / "empty.kei.json"
    p.write_bytes(raw)
    assert isinstance(check_load(lambda: load_build(p), p.name), str)


def test_lone_surrogates_in_text_never_crash_a_load_or_a_save(tmp_path: Path) -> None:
    # "\ud800" is legal JSON syntax but not a character: such a build must be refused
    # on load, or else save (UTF-8) and reload without an exception other than ours.
    for path in ("name", "notes", "description", "published.source"):
        doc = _valid_doc()
        parent, leaf = S._parent(doc, path)
        parent[leaf] = "car \ud800 x"
        text = json.dumps(doc)  # ASCII escapes: "\\ud800"
        out = check_load(lambda t=text: files.build_from_json_text(t, SRC), SRC)  # type: ignore[misc]
        if isinstance(out, str):
            continue
        p = tmp_path / "surrogate.kei.json"
        try:
            files.save_build(out.build, p)
        except files.BuildSaveError:
            continue
        reloaded = check_load(lambda p=p: load_build(p), p.name)  # type: ignore[misc]
        assert isinstance(reloaded, str | files.LoadedBuild)


# -- files of tens of megabytes: refused in bounded memory (the time: bench_budgets.py) -------


def _big_files(folder: Path) -> list[Path]:
    made = []
    p = folder / "x30MB.kei.json"
    with p.open("wb") as f:
        chunk = b"x" * 1_000_000
        for _ in range(30):
            f.write(chunk)
    made.append(p)
    p = folder / "valid-json-20MB.kei.json"
    doc = _valid_doc()
    doc["notes"] = "n" * 20_000_000
    p.write_text(json.dumps(doc), encoding="utf-8")
    made.append(p)
    p = folder / "sparse-zeros-50MB.kei.json"
    with p.open("wb") as f:
        f.truncate(50_000_000)
    made.append(p)
    p = folder / "random-12MB.kei.json"
    p.write_bytes(os.urandom(12_000_000))
    made.append(p)
    p = folder / "just-over.kei.json"
    p.write_bytes(b" " * files.MAX_FILE_BYTES + json.dumps(_valid_doc()).encode())
    made.append(p)
    return made


def test_huge_files_are_refused_in_bounded_memory(tmp_path: Path) -> None:
    for p in [*_big_files(tmp_path), Path("/dev/zero"), Path("/dev/urandom")]:
        if not p.exists():  # pragma: no cover - no /dev on this system
            continue
        tracemalloc.start()
        try:
            out = check_load(lambda p=p: load_build(p), p.name or str(p))  # type: ignore[misc]
        finally:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        assert isinstance(out, str), p
        assert "larger than 1 MB" in out or "not a regular file" in out, out
        assert peak < 4_000_000, f"{p.name}: peak {peak / 1e6:.1f} MB while refusing"


def test_a_file_of_exactly_the_limit_is_read_and_judged(tmp_path: Path) -> None:
    doc = json.dumps(_valid_doc()).encode()
    p = tmp_path / "limit.kei.json"
    p.write_bytes(doc + b" " * (files.MAX_FILE_BYTES - len(doc)))
    assert p.stat().st_size == files.MAX_FILE_BYTES
    out = check_load(lambda: load_build(p), p.name)
    assert not isinstance(out, str), out


@pytest.mark.parametrize("size", [files.MAX_FILE_BYTES + 1, 20_000_000])
def test_huge_bytes_and_text_in_memory_are_refused(size: int) -> None:
    data = b" " * (size - 2) + b"{}"
    out = check_load(lambda: build_from_bytes(data, SRC), SRC)
    assert isinstance(out, str) and "larger than 1 MB" in out, out


def test_special_files_never_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.kei.json"
    if not hasattr(os, "mkfifo"):  # pragma: no cover - Windows
        pytest.skip("no FIFOs here")
    os.mkfifo(fifo)
    out = check_load(lambda: load_build(fifo), fifo.name)
    assert isinstance(out, str)
    link = tmp_path / "loop.kei.json"
    link.symlink_to(link)
    assert isinstance(check_load(lambda: load_build(link), link.name), str)
    assert isinstance(check_load(lambda: load_build(tmp_path), tmp_path.name), str)


# -- seeded loops: the same kinds of documents, thousands per second ----------------------------

SEED = seeds.seed("fuzz loader", 20240601, "KEICONFIG_FUZZ_SEED")


def _rng(test: str) -> random.Random:
    return random.Random(f"{SEED}-{test}")


@contextlib.contextmanager
def replay(test: str, i: int, what: Any) -> Iterator[None]:
    """On any failure, name the seed and the document, so the run can be replayed."""
    try:
        yield
    except Exception as e:
        shown = repr(what)
        raise AssertionError(
            f"{test}: document {i} with KEICONFIG_FUZZ_SEED={SEED}: {type(e).__name__}: {e}\n"
            f"document: {shown[:2000]}{' ...' if len(shown) > 2000 else ''}"
        ) from e


def from_data(value: Any) -> Any:
    return check_load(lambda: build_from_data(value, SRC), SRC)


def from_bytes(data: bytes) -> Any:
    return check_load(lambda: build_from_bytes(data, SRC), SRC)


def test_seeded_random_builds_with_one_broken_field() -> None:
    rng = _rng("one broken field")
    for i in range(S.scaled(1_000, 20_000)):
        doc = S.random_build_dict(rng)
        path, how = S.random_broken_field(rng, doc)
        with replay("one broken field", i, (doc, path, how)):
            check_one_broken_field(doc, path, how)


def test_seeded_random_builds_with_many_broken_fields() -> None:
    rng = _rng("many broken fields")
    for i in range(S.scaled(500, 10_000)):
        doc = S.random_build_dict(rng)
        for _ in range(rng.randint(2, 8)):
            parent, leaf = S._parent(doc, rng.choice(S.FIELD_PATHS))
            if rng.random() < 0.5:
                parent[leaf] = S.random_odd_value(rng)
            else:
                parent.pop(leaf, None)
        with replay("many broken fields", i, doc):
            from_data(doc)


def test_seeded_bad_literals_in_random_build_text() -> None:
    rng = _rng("bad literals")
    for i in range(S.scaled(500, 10_000)):
        doc = S.random_build_dict(rng)
        path = rng.choice(S.FIELD_PATHS)
        parent, leaf = S._parent(doc, path)
        parent[leaf] = S.SENTINEL
        text = json.dumps(doc, indent=rng.choice((None, 2)), ensure_ascii=rng.random() < 0.5)
        text = text.replace(json.dumps(S.SENTINEL), rng.choice(S.BAD_LITERALS))
        with replay("bad literals", i, (text, path)):
            check_bad_literal(text, path)


def test_seeded_any_json_and_python_data() -> None:
    rng = _rng("any json")
    for i in range(S.scaled(1_000, 15_000)):
        value = S.random_json(rng)
        py_value = S.random_json(rng, python=True)
        with replay("any json", i, (value, py_value)):
            from_text(S.dumps_any(value))
            from_data(value)
            from_data(py_value)


def test_seeded_any_bytes() -> None:
    rng = _rng("any bytes")
    for i in range(S.scaled(1_000, 25_000)):
        data = S.random_bytes(rng)
        with replay("any bytes", i, data):
            from_bytes(data)
