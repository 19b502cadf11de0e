"""Golden files: the evaluate figures of the example builds and every shipped preset.

A model change that moves any figure by more than 0.5 % fails here. The test run only
compares: it never writes a golden file. If the change is deliberate, regenerate them with
the separate command::

    python -m keiconfig calibration --write-golden tests/core/golden

and review the diff of ``tests/core/golden/*.json`` in the commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keiconfig.core.build import Build
from keiconfig.core.golden import (
    GOLDEN_FIELDS,
    golden_figures,
    golden_name,
    golden_sources,
)
from keiconfig.core.performance import evaluate

GOLDEN_DIR = Path(__file__).parent / "golden"
TOLERANCE = 0.005
SOURCES = golden_sources(GOLDEN_DIR)
WRITER = "python -m keiconfig calibration --write-golden tests/core/golden"


def test_there_are_golden_sources() -> None:
    assert len(list((GOLDEN_DIR / "builds").glob("*.kei.json"))) >= 4


@pytest.mark.parametrize("src", SOURCES, ids=[golden_name(p) for p in SOURCES])
def test_figures_match_golden_file(src: Path) -> None:
    golden_file = GOLDEN_DIR / f"{golden_name(src)}.json"
    assert golden_file.is_file(), f"no golden file for {src.name}: run `{WRITER}`"
    expected = json.loads(golden_file.read_text(encoding="utf-8"))
    build = Build.model_validate_json(src.read_text(encoding="utf-8"))
    got = golden_figures(evaluate(build))
    drift = []
    for name in GOLDEN_FIELDS:
        want, have = expected[name], got[name]
        if want is None or have is None:
            if want is not have:
                drift.append(f"{name}: golden {want}, now {have}")
        elif abs(have - want) > TOLERANCE * abs(want):
            drift.append(f"{name}: golden {want}, now {have} ({(have - want) / want:+.2%})")
    assert not drift, (
        f"{src.name} drifted more than 0.5 %:\n" + "\n".join(drift) + "\n"
        f"if the change is deliberate: `{WRITER}` and review the diff"
    )
