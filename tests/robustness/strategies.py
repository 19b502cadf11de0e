"""Hypothesis strategies for build files: valid builds, near-valid documents, any JSON.

Also the bookkeeping every robustness test shares: how many generated documents,
processes, interrupted saves and builds ran (``COUNTS``, printed by ``conftest.py``
at the end of the session), whether slow mode is on (``slow()``), and
``check_load``, the one oracle for "a valid Build or one clean BuildFileError".
"""

from __future__ import annotations

import contextlib
import copy
import json
import math
import os
import random
import signal
import struct
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any, Final

from hypothesis import strategies as st

from keiconfig.core.build import (
    ASPIRATIONS,
    BODY_STYLES,
    DRIVEN,
    ENGINE_POSITIONS,
    ROOFS,
    TRANSMISSIONS,
    Build,
)
from keiconfig.core.files import BuildFileError, LoadedBuild

# What ran, by kind; conftest prints it at the end of the session.
COUNTS: Counter[str] = Counter()

_SLOW = {"on": os.environ.get("KEICONFIG_SLOW", "") not in ("", "0")}


def set_slow(on: bool) -> None:
    _SLOW["on"] = _SLOW["on"] or on


def slow() -> bool:
    """Slow mode: ``--run-slow`` (top-level conftest) or ``KEICONFIG_SLOW=1``."""
    return _SLOW["on"]


def scaled(default: int, slow_count: int) -> int:
    return slow_count if slow() else default


# -- valid builds -----------------------------------------------------------------------------

# Text that is valid in any field: no lone surrogates (hypothesis' default), any script.
names = st.text(min_size=1, max_size=80)
free_text = st.text(max_size=300)


def _opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def _pos_float(lo: float, hi: float) -> st.SearchStrategy[float]:
    return st.one_of(
        st.floats(lo, hi, allow_nan=False, allow_infinity=False),
        st.integers(math.ceil(lo), math.floor(hi)).map(float),
    )


@st.composite
def _body(draw: Callable[..., Any]) -> dict[str, Any]:
    length = draw(st.integers(1500, 6000))
    body: dict[str, Any] = {
        "style": draw(st.sampled_from(BODY_STYLES)),
        "length_mm": length,
        "width_mm": draw(st.integers(800, 2500)),
        "height_mm": draw(st.integers(800, 3000)),
        "wheelbase_mm": draw(_opt(st.integers(1000, min(4500, length - 1)))),
        "seats": draw(_opt(st.integers(1, 8))),
    }
    if draw(st.booleans()):
        body["roof"] = draw(st.sampled_from(ROOFS))  # optional, but never null
    return body


engines = st.fixed_dictionaries(
    {
        "cylinders": st.integers(1, 8),
        "displacement_cc": st.integers(50, 8000),
        "aspiration": st.sampled_from(ASPIRATIONS),
        "position": st.sampled_from(ENGINE_POSITIONS),
    },
    optional={
        "intercooler": _opt(st.booleans()),
        "valves_per_cylinder": _opt(st.integers(2, 5)),
        "cycle": st.sampled_from([2, 4]),
        "redline_rpm": _opt(st.integers(2000, 15000)),
        "power_cap_ps": _opt(_pos_float(1.0, 1500.0)),
    },
)

drivetrains = st.fixed_dictionaries(
    {"driven": st.sampled_from(DRIVEN), "transmission": st.sampled_from(TRANSMISSIONS)},
    optional={"gears": _opt(st.integers(1, 10))},
)

overrides = st.fixed_dictionaries(
    {},
    optional={
        "kerb_weight_kg": _opt(_pos_float(150.0, 5000.0)),
        "power_ps": _opt(_pos_float(1.0, 1500.0)),
        "torque_nm": _opt(_pos_float(1.0, 2000.0)),
    },
)

_positive = st.floats(min_value=1e-3, max_value=1e4, allow_nan=False)
published = st.fixed_dictionaries(
    {},
    optional={
        "kerb_weight_kg": _positive,
        "power_ps": _positive,
        "zero_to_100kmh_s": _positive,
        "top_speed_kmh": _positive,
        "source": free_text,
    },
)


@st.composite
def valid_build_dicts(draw: Callable[..., Any], realistic: bool = False) -> dict[str, Any]:
    """A JSON-ready dict that is a valid build. Optional keys are absent, null or set."""
    doc: dict[str, Any] = {"format": "keiconfig-build", "version": 1, "name": draw(names)}
    optional = {
        "year": _opt(st.integers(1945, 2100)),
        "notes": _opt(free_text),
        "overrides": overrides,
        "description": _opt(st.text(max_size=400)),
        "published": _opt(published),
    }
    doc["body"] = draw(_body())
    doc["engine"] = draw(engines)
    doc["drivetrain"] = draw(drivetrains)
    for key, strategy in optional.items():
        if draw(st.booleans()):
            doc[key] = draw(strategy)
    # Absent and null are the same for optional fields: drop some of the nulls.
    for section in ("body", "engine", "drivetrain"):
        for k in [k for k, v in doc[section].items() if v is None]:
            if draw(st.booleans()):
                del doc[section][k]
    return doc


valid_builds = valid_build_dicts().map(Build.model_validate)


# -- near-valid documents ---------------------------------------------------------------------

# Every field path of a version-1 file, sections included.
FIELD_PATHS: Final[tuple[str, ...]] = (
    "format",
    "version",
    "name",
    "year",
    "notes",
    "description",
    "body",
    "body.style",
    "body.length_mm",
    "body.width_mm",
    "body.height_mm",
    "body.wheelbase_mm",
    "body.seats",
    "body.roof",
    "engine",
    "engine.cylinders",
    "engine.displacement_cc",
    "engine.aspiration",
    "engine.intercooler",
    "engine.valves_per_cylinder",
    "engine.cycle",
    "engine.position",
    "engine.redline_rpm",
    "engine.power_cap_ps",
    "drivetrain",
    "drivetrain.driven",
    "drivetrain.transmission",
    "drivetrain.gears",
    "overrides",
    "overrides.kerb_weight_kg",
    "overrides.power_ps",
    "overrides.torque_nm",
    "published",
    "published.power_ps",
    "published.zero_to_100kmh_s",
    "published.source",
)
REQUIRED: Final = frozenset(
    {
        "format",
        "version",  # required by the spec (the loader refuses a file without it)
        "name",
        "body",
        "body.style",
        "body.length_mm",
        "body.width_mm",
        "body.height_mm",
        "engine",
        "engine.cylinders",
        "engine.displacement_cc",
        "engine.aspiration",
        "engine.position",
        "drivetrain",
        "drivetrain.driven",
        "drivetrain.transmission",
    }
)


def _nested(depth: int) -> Any:
    v: Any = 1
    for _ in range(depth):
        v = [v]
    return v


# Edges of numbers and odd strings, shared by the hypothesis strategies and the seeded loops.
ODD_NUMBERS: Final[tuple[Any, ...]] = (
    0,
    -1,
    1,
    2**31,
    2**63,
    2**64 + 1,
    -(2**63) - 1,
    10**30,
    -(10**30),
    10**300,
    0.0,
    -0.0,
    0.5,
    1e-300,
    5e-324,
    -5e-324,
    1e308,
    -1e308,
    1.7976931348623157e308,
    3395.0,
    3395.5,
    64.0000000001,
)
ODD_STRINGS: Final[tuple[str, ...]] = (
    "",
    " ",
    "3395",
    "NaN",
    "true",
    "null",
    "hatchback ",
    "HATCHBACK",
    "turbo\n",
    "a\nb",
    "\u202e\u0000\t",
    "x" * 100_000,
    "é" * 81,
)

# Values that are wrong for most fields: every JSON type, edges of numbers, odd strings.
odd_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from(ODD_NUMBERS),
    st.floats(),  # NaN and infinities included
    st.text(max_size=30),
    st.sampled_from(ODD_STRINGS),
)
odd_values = st.one_of(
    odd_scalars,
    st.lists(odd_scalars, max_size=5),
    st.dictionaries(st.text(max_size=10), odd_scalars, max_size=5),
    st.integers(1, 200).map(_nested),
    st.just({}),
    st.just([]),
)


def _parent(doc: dict[str, Any], path: str) -> tuple[Any, str]:
    *parents, leaf = path.split(".")
    node: Any = doc
    for key in parents:
        if not isinstance(node.get(key), dict):
            node[key] = {}
        node = node[key]
    return node, leaf


MUTATIONS: Final = ("replace", "delete", "extra_key", "replace_section")


@st.composite
def near_valid_docs(draw: Callable[..., Any]) -> tuple[dict[str, Any], str, str]:
    """A valid build with one thing broken: ``(doc, path, how)``."""
    doc = copy.deepcopy(draw(valid_build_dicts()))
    path = draw(st.sampled_from(FIELD_PATHS))
    how = draw(st.sampled_from(("replace", "replace", "replace", "delete", "extra_key")))
    parent, leaf = _parent(doc, path)
    if how == "replace":
        parent[leaf] = draw(odd_values)
    elif how == "delete":
        parent.pop(leaf, None)
    else:
        key = draw(st.text(min_size=1, max_size=20).filter(lambda k: k not in parent))
        parent[key] = draw(odd_values)
    return doc, path, how


@st.composite
def multi_broken_docs(draw: Callable[..., Any]) -> dict[str, Any]:
    """A valid build with several fields broken at once."""
    doc = copy.deepcopy(draw(valid_build_dicts()))
    for path in draw(st.lists(st.sampled_from(FIELD_PATHS), min_size=2, max_size=8)):
        parent, leaf = _parent(doc, path)
        if draw(st.booleans()):
            parent[leaf] = draw(odd_values)
        else:
            parent.pop(leaf, None)
    return doc


SENTINEL: Final = "@@KEICONFIG-FUZZ@@"
# Number literals Python's json module accepts but JSON does not, and extremes that are JSON.
BAD_LITERALS: Final = (
    "NaN",
    "-NaN",
    "Infinity",
    "-Infinity",
    "1e999",
    "-1e999",
    "1e-999",
    "1" * 5000,
    "-" + "9" * 4301,
    "0." + "0" * 400 + "1",
    "3395.000000000000000000001",
    "1E400",
    "-0",
    "00",
    "1.",
    ".5",
    "+1",
    "0x10",
    "1_000",
)


@st.composite
def text_with_bad_literal(draw: Callable[..., Any]) -> tuple[str, str]:
    """JSON text of a valid build with one value replaced by a literal: ``(text, path)``."""
    doc = copy.deepcopy(draw(valid_build_dicts()))
    path = draw(st.sampled_from(FIELD_PATHS))
    parent, leaf = _parent(doc, path)
    parent[leaf] = SENTINEL
    text = json.dumps(
        doc, indent=draw(st.sampled_from([None, 2])), ensure_ascii=draw(st.booleans())
    )
    return text.replace(json.dumps(SENTINEL), draw(st.sampled_from(BAD_LITERALS))), path


# -- any JSON ---------------------------------------------------------------------------------

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
)
any_json = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=6), st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=25,
)
# Python data that json.loads could never make, but build_from_data may still be handed.
any_python_data = st.recursive(
    st.one_of(json_scalars, st.floats()),
    lambda children: st.one_of(
        st.lists(children, max_size=6), st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=25,
)


def dumps_any(value: Any) -> str:
    return json.dumps(value, allow_nan=True)


@st.composite
def damaged_bytes(draw: Callable[..., Any]) -> bytes:
    """The bytes of a valid file, truncated, spliced, flipped, re-encoded or prefixed."""
    text = json.dumps(draw(valid_build_dicts()), indent=2, ensure_ascii=False)
    data = text.encode("utf-8")
    how = draw(
        st.sampled_from(
            ["truncate", "flip", "insert", "delete", "utf16", "utf16be", "bom", "latin1", "nul"]
        )
    )
    if how == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif how == "flip":
        for _ in range(draw(st.integers(1, 8))):
            i = draw(st.integers(0, len(data) - 1))
            data = data[:i] + bytes([draw(st.integers(0, 255))]) + data[i + 1 :]
    elif how == "insert":
        i = draw(st.integers(0, len(data)))
        data = data[:i] + draw(st.binary(min_size=1, max_size=20)) + data[i:]
    elif how == "delete":
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + data[i + draw(st.integers(1, 40)) :]
    elif how == "utf16":
        data = text.encode("utf-16")
    elif how == "utf16be":
        data = text.encode("utf-16-be")  # no byte-order mark: NUL bytes everywhere
    elif how == "bom":
        data = b"\xef\xbb\xbf" + data
    elif how == "latin1":
        data = text.encode("latin-1", errors="replace").replace(b'"name": "', b'"name": "\xe9')
    else:
        i = draw(st.integers(0, len(data)))
        data = data[:i] + b"\x00" + data[i:]
    return data


any_bytes = st.one_of(
    st.binary(max_size=2000),
    damaged_bytes(),
    any_json.map(lambda v: dumps_any(v).encode("utf-8")),
    st.builds(
        lambda b, t: b + t.encode("utf-8", "surrogatepass"), st.binary(max_size=4), st.text()
    ),
)


# -- the oracle -------------------------------------------------------------------------------


class Hang(Exception):
    pass


@contextlib.contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging the run) if the body takes longer than ``seconds``."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - Windows
        yield
        return

    def fire(signum: int, frame: Any) -> None:
        raise Hang(f"took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def check_load(
    load: Callable[[], LoadedBuild], source: str, *, field: str | None = None
) -> LoadedBuild | str:
    """Run a loader call; return the LoadedBuild, or the error message after checking it.

    Any exception other than :class:`BuildFileError` propagates and fails the test.
    """
    COUNTS["documents fed to the loader"] += 1
    try:
        with watchdog(10.0):
            loaded = load()
    except BuildFileError as e:
        msg = str(e)
        check_message(msg, source, field=field)
        COUNTS["  of which refused"] += 1
        return msg
    assert isinstance(loaded, LoadedBuild)
    assert isinstance(loaded.build, Build)
    for w in loaded.warnings:
        assert isinstance(w, str) and w.startswith(f"{source}: "), w
    return loaded


def check_message(msg: str, source: str, *, field: str | None = None) -> None:
    assert msg, "empty error message"
    assert "\n" not in msg and "\r" not in msg, f"message is not one line: {msg!r}"
    assert msg.startswith(f"{source}: "), f"message does not start with the file name: {msg!r}"
    assert "Traceback" not in msg and "pydantic" not in msg.lower(), msg
    assert len(msg) < 600, f"message is not one short sentence ({len(msg)} chars)"
    if field is not None:
        assert names_field(msg, field), f"message does not name {field!r}: {msg!r}"


def names_field(msg: str, field: str) -> bool:
    """The message names ``field``, a section containing it, or a field inside it."""
    if "nested far too deeply" in msg:
        return True  # a structural error: no field to name
    if field in ("format", "version"):
        return any(w in msg for w in ('"format"', '"version"', "version", "not a keiconfig build"))
    parts = field.split(".")
    prefixes = {".".join(parts[: i + 1]) for i in range(len(parts))}
    if any(f'"{p}"' in msg for p in prefixes):
        return True
    # A broken section may be reported by one of its own fields; wheelbase vs length in body.
    return f'"{field}.' in msg or (field.startswith("body") and "wheelbase" in msg)


# -- cheap random builds (no hypothesis: thousands per second) ----------------------------------


def random_build_dict(rng: Any) -> dict[str, Any]:
    """A valid build dict from a ``random.Random``, spread over every field's whole range."""

    def maybe(value: Any) -> Any:
        return value if rng.random() < 0.6 else None

    def edge(lo: float, hi: float) -> float:
        r = rng.random()
        return lo if r < 0.05 else hi if r < 0.1 else rng.uniform(lo, hi)

    length = int(edge(1500, 6000))
    doc: dict[str, Any] = {
        "format": "keiconfig-build",
        "version": 1,
        "name": f"random {rng.randrange(10**6)}",
        "year": maybe(rng.randint(1945, 2100)),
        "body": {
            "style": rng.choice(BODY_STYLES),
            "length_mm": length,
            "width_mm": int(edge(800, 2500)),
            "height_mm": int(edge(800, 3000)),
            "wheelbase_mm": maybe(int(edge(1000, min(4500, length - 1)))),
            "seats": maybe(rng.randint(1, 8)),
            "roof": rng.choice(ROOFS),
        },
        "engine": {
            "cylinders": rng.randint(1, 8),
            "displacement_cc": int(edge(50, 8000)),
            "aspiration": rng.choice(ASPIRATIONS),
            "intercooler": maybe(rng.random() < 0.5),
            "valves_per_cylinder": maybe(rng.randint(2, 5)),
            "cycle": rng.choice([2, 4, 4]),
            "position": rng.choice(ENGINE_POSITIONS),
            "redline_rpm": maybe(int(edge(2000, 15000))),
            "power_cap_ps": rng.choice([64.0, None, edge(1.0, 1500.0)]),
        },
        "drivetrain": {
            "driven": rng.choice(DRIVEN),
            "transmission": rng.choice(TRANSMISSIONS),
            "gears": maybe(rng.randint(1, 10)),
        },
        "overrides": {
            "kerb_weight_kg": maybe(edge(150.0, 5000.0)) if rng.random() < 0.3 else None,
            "power_ps": maybe(edge(1.0, 1500.0)) if rng.random() < 0.3 else None,
            "torque_nm": maybe(edge(1.0, 2000.0)) if rng.random() < 0.3 else None,
        },
    }
    return doc


# -- cheap random documents (no hypothesis): the bulk of the slow run ---------------------------
#
# A hypothesis example costs about 10 ms of generation, the loader 0.2 ms. The seeded loops
# below make the same kinds of documents as the strategies above (odd values, broken fields,
# any JSON, damaged bytes) from a ``random.Random`` in microseconds, so the slow run can feed
# tens of thousands of them in seconds. Hypothesis keeps what it is good at: shrinking and
# steering towards corners.


def random_text(rng: random.Random, max_size: int) -> str:
    """Any script, control characters and astral planes; no lone surrogates (as hypothesis)."""
    out = []
    for _ in range(rng.randint(0, max_size)):
        r = rng.random()
        if r < 0.5:
            c = rng.randint(0x20, 0x7E)
        elif r < 0.6:
            c = rng.randint(0, 0x1F)
        elif r < 0.75:
            c = rng.randint(0x7F, 0x7FF)
        elif r < 0.95:
            c = rng.randint(0x800, 0xD7FF)
        else:
            c = rng.randint(0x10000, 0x10FFFF)
        out.append(chr(c))
    return "".join(out)


def random_int(rng: random.Random) -> int:
    v = rng.getrandbits(rng.choice((3, 8, 16, 32, 63, 64, 65, 128, 1000)))
    return -v if rng.random() < 0.5 else v


def random_float(rng: random.Random, *, finite: bool = False) -> float:
    r = rng.random()
    if r < 0.4:  # any bit pattern: subnormals, huge, NaN, infinities
        v = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
    elif r < 0.5:
        v = rng.choice((math.nan, math.inf, -math.inf))
    else:
        v = rng.uniform(-1e4, 1e4) * 10 ** rng.randint(-5, 5)
    if finite and not math.isfinite(v):
        return 0.0
    return float(v)


def random_odd_scalar(rng: random.Random) -> Any:
    """Like ``odd_scalars``: every JSON type, edges of numbers, NaN, odd strings."""
    kind = rng.randrange(7)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return random_int(rng)
    if kind == 3:
        return rng.choice(ODD_NUMBERS)
    if kind == 4:
        return random_float(rng)
    if kind == 5:
        return random_text(rng, 30)
    return rng.choice(ODD_STRINGS)


def random_odd_value(rng: random.Random) -> Any:
    """Like ``odd_values``: an odd scalar, a short list or dict of them, or deep nesting."""
    r = rng.random()
    if r < 0.6:
        return random_odd_scalar(rng)
    if r < 0.75:
        return [random_odd_scalar(rng) for _ in range(rng.randint(0, 5))]
    if r < 0.9:
        return {random_text(rng, 10): random_odd_scalar(rng) for _ in range(rng.randint(0, 5))}
    if r < 0.96:
        return _nested(rng.randint(1, 200))
    return rng.choice(({}, []))


def random_json(rng: random.Random, *, python: bool = False, leaves: int = 25) -> Any:
    """Like ``any_json`` (``python=True``: ``any_python_data``, NaN and infinities included)."""
    budget = [rng.randint(1, leaves)]

    def scalar() -> Any:
        kind = rng.randrange(5)
        if kind == 0:
            return None
        if kind == 1:
            return rng.random() < 0.5
        if kind == 2:
            return random_int(rng)
        if kind == 3:
            return random_float(rng, finite=not python)
        return random_text(rng, 20)

    def value(depth: int) -> Any:
        budget[0] -= 1
        if budget[0] <= 0 or rng.random() < 0.4 + 0.1 * depth:
            return scalar()
        n = rng.randint(0, 6)
        if rng.random() < 0.5:
            return [value(depth + 1) for _ in range(n)]
        return {random_text(rng, 12): value(depth + 1) for _ in range(n)}

    return value(0)


def random_broken_field(rng: random.Random, doc: dict[str, Any]) -> tuple[str, str]:
    """Break one field of ``doc`` in place, as ``near_valid_docs`` does: ``(path, how)``."""
    path = rng.choice(FIELD_PATHS)
    how = rng.choice(("replace", "replace", "replace", "delete", "extra_key"))
    parent, leaf = _parent(doc, path)
    if how == "replace":
        parent[leaf] = random_odd_value(rng)
    elif how == "delete":
        parent.pop(leaf, None)
    else:
        key = random_text(rng, 20) or "k"
        while key in parent:
            key += "k"
        parent[key] = random_odd_value(rng)
    return path, how


def random_bytes(rng: random.Random) -> bytes:
    """Like ``any_bytes``: random bytes, damaged bytes of a valid file, any JSON, odd prefixes."""
    kind = rng.randrange(4)
    if kind == 0:
        return rng.randbytes(rng.randint(0, 2000))
    if kind == 1:
        return random_damaged_bytes(rng)
    if kind == 2:
        return dumps_any(random_json(rng)).encode("utf-8")
    text = random_text(rng, 60)
    return rng.randbytes(rng.randint(0, 4)) + text.encode("utf-8", "surrogatepass")


def random_damaged_bytes(rng: random.Random) -> bytes:
    """Like ``damaged_bytes``: a valid file truncated, spliced, flipped or re-encoded."""
    doc = random_build_dict(rng)
    doc["name"] = random_text(rng, 80) or "x"
    text = json.dumps(doc, indent=rng.choice((None, 2)), ensure_ascii=False)
    data = text.encode("utf-8")
    how = rng.randrange(9)
    if how == 0:
        data = data[: rng.randint(0, len(data))]
    elif how == 1:
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(data))
            data = data[:i] + bytes([rng.randrange(256)]) + data[i + 1 :]
    elif how == 2:
        i = rng.randint(0, len(data))
        data = data[:i] + rng.randbytes(rng.randint(1, 20)) + data[i:]
    elif how == 3:
        i = rng.randrange(len(data))
        data = data[:i] + data[i + rng.randint(1, 40) :]
    elif how == 4:
        data = text.encode("utf-16")
    elif how == 5:
        data = text.encode("utf-16-be")
    elif how == 6:
        data = b"\xef\xbb\xbf" + data
    elif how == 7:
        data = text.encode("latin-1", errors="replace").replace(b'"name": "', b'"name": "\xe9')
    else:
        i = rng.randint(0, len(data))
        data = data[:i] + b"\x00" + data[i:]
    return data
