"""Golden files: the evaluate figures of the example builds and every shipped preset.

``write_golden(DIR)`` writes the figures of ``DIR/builds/*.kei.json`` and of every
shipped preset to ``DIR/<name>.json`` (``keiconfig calibration --write-golden DIR``);
the golden test compares with them and never writes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

from keiconfig.core.build import Build
from keiconfig.core.performance import evaluate
from keiconfig.core.resources_path import resource_path
from keiconfig.core.results import Performance

GOLDEN_FIELDS: Final = (
    "kerb_weight_kg",
    "power_ps",
    "power_kw",
    "torque_nm",
    "zero_to_60mph_s",
    "zero_to_100kmh_s",
    "quarter_mile_s",
    "standing_400m_s",
    "top_speed_kmh",
    "unlimited_top_speed_kmh",
    "wltc_range_km",  # None for a petrol build
)


def golden_figures(perf: Performance) -> dict[str, float | None]:
    return {
        n: (None if getattr(perf, n) is None else round(float(getattr(perf, n)), 4))
        for n in GOLDEN_FIELDS
    }


def golden_sources(golden_dir: Path) -> list[Path]:
    """Build files with golden figures: the example builds and every shipped preset."""
    files = sorted((golden_dir / "builds").glob("*.kei.json"))
    files += sorted(resource_path("presets").glob("*.kei.json"))
    return files


def golden_name(path: Path) -> str:
    return path.name.removesuffix(".kei.json")


def write_golden(golden_dir: Path) -> list[Path]:
    """Write the golden figures into ``golden_dir``. Raises
    :class:`keiconfig.core.files.BuildSaveError` with a sentence when a file cannot be
    written (--write-golden /proc stopped with '[Errno 2] No such file or directory')."""
    from keiconfig.core.files import write_text_atomic

    written = []
    for src in golden_sources(golden_dir):
        build = Build.model_validate_json(src.read_text(encoding="utf-8"))
        out = golden_dir / f"{golden_name(src)}.json"
        data = {"source": src.name, **golden_figures(evaluate(build))}
        write_text_atomic(out, json.dumps(data, indent=2) + "\n")
        written.append(out)
    return written
