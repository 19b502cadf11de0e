"""A UTF-8 build damaged on the way (a byte dropped or flipped by a USB stick, a mail
gateway, a cut copy) is a damaged UTF-8 file, not one in another encoding: refused
saying how many bytes are not UTF-8 and where, never opened as Windows-1252 or
Shift_JIS text (keiconfig.core.legacy_text)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from keiconfig.core import files
from keiconfig.core.files import BuildFileError

ROOT = Path(__file__).parents[2]
PRESETS = sorted((ROOT / "resources" / "presets").glob("*.kei.json"))
EXAMPLES = sorted((ROOT / "tests" / "core" / "golden" / "builds").glob("*.kei.json"))
# names people give their builds, in UTF-8, put on the examples (ASCII otherwise)
NAMES = [
    "Café Racer – Müller Spezial",
    "Łódź Dvořák",
    "ホンダ ビート改",
    "軽トラ 山田号",
    "Crème brûlée",
    "São Paulo",
]
SEED = 20261204
COPIES = 100


def _sources() -> list[tuple[str, bytes]]:
    out = [(p.name, p.read_bytes()) for p in PRESETS + EXAMPLES]
    for i, name in enumerate(NAMES):
        data = json.loads(EXAMPLES[i % len(EXAMPLES)].read_text(encoding="utf-8"))
        data["name"] = name
        out.append((name, json.dumps(data, ensure_ascii=False, indent=2).encode()))
    return out


def _damaged_copies() -> list[tuple[str, bytes, bytes]]:
    """(source, original, copy) for each copy, made with a fixed seed, that is no longer
    UTF-8: one to three bytes dropped or with a bit flipped."""
    rng = random.Random(SEED)
    out = []
    for name, data in _sources():
        for _ in range(COPIES):
            copy = bytearray(data)
            for _ in range(rng.randint(1, 3)):
                i = rng.randrange(len(copy))
                if rng.random() < 0.5:
                    del copy[i]
                else:
                    copy[i] ^= 1 << rng.randrange(8)
            try:
                bytes(copy).decode("utf-8")
            except UnicodeDecodeError:
                out.append((name, data, bytes(copy)))
    return out


def _said(copy: bytes) -> str:
    """What a damaged copy is said to be: how many bytes are not UTF-8, on which lines."""
    text = copy.decode("utf-8", "surrogateescape")
    bad = [i for i, ch in enumerate(text) if 0xDC80 <= ord(ch) <= 0xDCFF]
    lines = sorted({text.count("\n", 0, i) + 1 for i in bad})[:3]
    where = f"line {lines[0]}" if len(lines) == 1 else "lines " + ", ".join(map(str, lines))
    count = f"{len(bad)} bytes at {where} are" if len(bad) > 1 else f"1 byte at {where} is"
    return f"x.kei.json: the file is damaged: {count} not valid UTF-8, though the rest of it is"


def test_damaged_copies_of_real_builds_are_said_damaged_not_read_in_another_encoding():
    """About a thousand damaged copies of the presets and of builds named in UTF-8
    ('Café Racer – Müller Spezial', 'ホンダ ビート改'): none opens (some opened as
    Windows-1252 or were said to be 'encoded as Shift_JIS'; all others read 'the file
    is not UTF-8 text (undecodable byte at position N); it may be a binary or damaged
    file'), and each says 'the file is damaged: N bytes at line L are not valid UTF-8',
    with N and L as they are (never 'encoded as': a damaged file is in no other
    encoding)."""
    copies = [c for c in _damaged_copies() if not c[1].isascii()]
    assert len(copies) > 900
    for name, _data, copy in copies:
        with pytest.raises(BuildFileError) as info:
            files.build_from_bytes(copy, "x.kei.json")
        message = str(info.value)
        assert message.startswith(_said(copy)), (name, message)


def test_a_damaged_ascii_build_opens_in_another_encoding_only_where_one_could_be_meant():
    """A build in plain ASCII with a byte flipped is UTF-8 with one bad byte, and also
    Windows-1252 text: where the byte is a Western letter inside its name ('weiçht'), it
    cannot be told from a build saved so and opens with the warning that says so. Never
    elsewhere: a key or a word such as "roadster" with a changed byte ("roadsôer",
    "keicoëfig-build") is damage (such files opened, or were refused for the field)."""
    copies = [c for c in _damaged_copies() if c[1].isascii()]
    assert len(copies) > 30
    opened = []
    for name, data, copy in copies:
        try:
            loaded = files.build_from_bytes(copy, "x.kei.json")
        except BuildFileError as e:
            message = str(e)
            assert "damaged:" in message or "cannot be told" in message, (name, message)
            continue
        assert "Windows-125" in loaded.warnings[0]
        original = files.build_from_bytes(data).build
        assert loaded.build.model_copy(update={"name": original.name}) == original, name
        opened.append(loaded.build.name)
    # (with this seed one such copy: the 'a' of 'Tall wagon' flipped to 'á')
    assert opened == ["Táll wagon, turbo, CVT"]


def test_the_damage_is_said_where_it_is():
    """One byte of 'ビート' dropped on line 47 of the Honda Beat preset."""
    data = (ROOT / "resources" / "presets" / "honda-beat-1991.kei.json").read_bytes()
    at = data.index("ビート".encode()) + 1
    with pytest.raises(BuildFileError) as info:
        files.build_from_bytes(data[:at] + data[at + 1 :], "beat.kei.json")
    assert str(info.value) == (
        "beat.kei.json: the file is damaged: 2 bytes at line 47 are not valid UTF-8, though "
        "the rest of it is (a copy cut short or changed on the way); ask for the file again."
    )
