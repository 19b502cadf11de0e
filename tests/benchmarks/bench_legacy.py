"""How long a large build file in an old Windows encoding, or a damaged one, takes to
open or be refused: the work of telling its encoding (keiconfig.core.legacy_text).

Run: ``python3 tests/benchmarks/bench_legacy.py`` (a script, not collected by pytest).
Each file is under the 1 MB limit; a real build is a few kilobytes, and the encoding of
one over 64 KB is not worked out (it took 0.3 to 0.8 s at 850 KB). Prints the median of
five reads of each (``files.load_build``, on the thread that calls it: the window's) and
whether it was read or refused. Then, for the real names of tests/core/test_legacy_names.py
(and test_legacy_text.py's Japanese ones, in Shift_JIS) saved as builds in Windows-1252,
Windows-1250 and a Mac's Mac OS Roman (line feeds, as
Mac OS X's TextEdit saves; carriage returns, as classic Mac OS did): how many are read
as themselves, refused, and read with wrong letters (which must stay 0), and the median
time to tell one.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from keiconfig.core import files

ROOT = Path(__file__).resolve().parents[2]
BEAT = ROOT / "resources" / "presets" / "honda-beat-1991.kei.json"
TARGET_BYTES = 850_000


def _build(notes: str, encoding: str, size: int = TARGET_BYTES) -> bytes:
    data = json.loads(BEAT.read_text(encoding="utf-8"))
    if encoding != "utf-8":
        del data["translations"]  # (its Japanese is in no Windows-125x)
    one = json.dumps(notes, ensure_ascii=False).encode(encoding, "replace")
    data["notes"] = notes * max(1, size // len(one))
    return json.dumps(data, ensure_ascii=False, indent=2).encode(encoding)


def cases() -> dict[str, bytes]:
    japanese = "高回転型の自然吸気3気筒と独立スロットルを持つミッドシップのソフトトップ。"
    western = "Café Racer – Müller Spezial, très rapide à Zürich. "
    central = "Šťastný Dvořák jede z Brna do Prahy, žluťoučký kůň. "
    utf8 = _build(japanese, "utf-8")
    at = len(utf8) // 2
    while utf8[at] & 0xC0 != 0x80:  # inside a character
        at += 1
    small = json.loads(BEAT.read_text(encoding="utf-8"))
    del small["translations"]
    small["name"] = "軽"
    return {
        "Shift_JIS, 850 KB of notes": _build(japanese, "cp932"),
        "Windows-1252, 850 KB": _build(western, "cp1252"),
        "Windows-1250, 850 KB": _build(central, "cp1250"),
        "UTF-8, 850 KB, a byte lost": utf8[:at] + utf8[at + 1 :],
        # the largest whose encoding is told (legacy_text.MOST_LEGACY_BYTES)
        "Shift_JIS, 60 KB": _build(japanese, "cp932", 60_000),
        "Windows-1252, 60 KB": _build(western, "cp1252", 60_000),
        "Windows-1250, 60 KB": _build(central, "cp1250", 60_000),
        "Shift_JIS, a real build": json.dumps(small, ensure_ascii=False).encode("cp932"),
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        for name, data in cases().items():
            path = Path(folder) / "case.kei.json"
            path.write_bytes(data)
            times, outcome = [], ""
            for _ in range(5):
                start = time.perf_counter()
                try:
                    loaded = files.load_build(path)
                    outcome = "read" + (
                        ": " + loaded.warnings[0].split(": ", 1)[1][:60] if loaded.warnings else ""
                    )
                except files.BuildFileError as e:
                    outcome = "refused: " + str(e).split(": ", 1)[1][:80]
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            print(
                f"{name:<28} {len(data) / 1e3:6.0f} KB  median {median * 1000:7.1f} ms  {outcome}"
            )
    names()
    return 0


def names() -> None:
    from keiconfig.core.legacy_text import other_encoding
    from tests.core.test_legacy_names import CENTRAL, WESTERN
    from tests.core.test_legacy_text import JAPANESE

    for label, corpus, encoding, ends in (
        ("Shift_JIS names", JAPANESE, "cp932", b"\n"),
        ("Windows-1252 names", WESTERN, "cp1252", b"\n"),
        ("Windows-1250 names", CENTRAL, "cp1250", b"\n"),
        ("Mac OS Roman names, LF", WESTERN, "mac_roman", b"\n"),
        ("Mac OS Roman names, CR", WESTERN, "mac_roman", b"\r"),
    ):
        read = refused = wrong = 0
        times = []
        for name in corpus:
            doc = {"format": "keiconfig-build", "version": 1, "name": name, "notes": "ok"}
            try:
                data = json.dumps(doc, ensure_ascii=False, indent=2).encode(encoding)
            except UnicodeEncodeError:
                continue  # ('Þór' has no Mac OS Roman)
            if data.isascii():
                continue
            data = data.replace(b"\n", ends)
            start = time.perf_counter()
            other = other_encoding(data)
            times.append(time.perf_counter() - start)
            if other is None or other.text is None:
                refused += 1
            elif json.loads(other.text)["name"] == name:
                read += 1
            else:
                wrong += 1
        median = statistics.median(times) * 1000
        print(
            f"{label:<28} {len(times):4d} names  median {median:5.2f} ms  "
            f"read {read}, refused {refused}, wrong letters {wrong}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
