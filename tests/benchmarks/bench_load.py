"""How long a hostile but small-enough build file takes to load or be refused.

Run: ``python3 tests/benchmarks/bench_load.py`` (a script, not collected by pytest).
Each file is under the 1 MB limit; the target is under 0.2 s each (issue 11: a build
padded with 0.9 MB of ignored data took 0.8 s). Prints the median of five loads and
whether the file was loaded or refused.
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
from keiconfig.core.build import default_build

BUDGET_S = 0.2


def cases() -> dict[str, str]:
    base = json.loads(files.dumps(default_build()))

    def padded(value: object, key: str = "padding") -> str:
        d = dict(base)
        d[key] = value
        return json.dumps(d)

    many_keys = dict(base)
    many_keys.update({f"k{i}": 0 for i in range(60_000)})
    return {
        "0.9 MB string": padded("x" * 900_000),
        "450k zeros in a list": padded([0] * 300_000),
        "60k small objects": padded([{}] * 120_000),
        "60k keys in an object": padded({f"k{i}": 0 for i in range(60_000)}),
        "60k unknown top-level keys": json.dumps(many_keys),
        "nested lists of floats": padded([[1.5] * 10] * 15_000),
        "deep nesting (refused)": "[" * 400_000 + "]" * 400_000,
        "NaN deep in padding": padded([0] * 250_000 + [float("nan")]),
        "key repeated 50k times": "{" + ",".join(['"a": 1'] * 50_000) + "}",
    }


def main() -> int:
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, text in cases().items():
            path = Path(folder) / "case.kei.json"
            path.write_text(text, encoding="utf-8")
            times, outcome = [], ""
            for _ in range(5):
                start = time.perf_counter()
                try:
                    loaded = files.load_build(path)
                    outcome = f"loaded, {len(loaded.warnings)} warning(s)"
                except files.BuildFileError as e:
                    outcome = "refused: " + str(e)[:60]
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            worst = max(worst, median)
            size = len(text.encode()) / 1e6
            print(f"{name:<30} {size:5.2f} MB  median {median * 1000:7.1f} ms  {outcome}")
    print(f"worst median {worst * 1000:.1f} ms (budget {BUDGET_S * 1000:.0f} ms)")
    return 0 if worst < BUDGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
