"""Run CSV export: a spreadsheet opens it, one row per trace sample."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from keiconfig.core import export, performance
from keiconfig.core.files import BuildSaveError
from keiconfig.core.presets import load_preset
from keiconfig.core.results import LIMITS

HEADER = ["time_s", "speed_kmh", "distance_m", "gear", "rpm", "limiting_factor"]


@pytest.fixture(scope="module")
def beat():
    return performance.evaluate(load_preset("honda-beat-1991").build)


def test_csv_has_the_exact_header_and_one_row_per_sample(beat):
    rows = list(csv.reader(io.StringIO(export.run_csv(beat))))
    assert rows[0] == HEADER
    assert len(rows) - 1 == len(beat.trace.t_s)
    assert all(len(r) == len(HEADER) for r in rows)


def test_csv_values_match_the_trace_in_the_stated_units(beat):
    rows = list(csv.DictReader(io.StringIO(export.run_csv(beat))))
    tr = beat.trace
    i = len(rows) // 2
    assert float(rows[i]["time_s"]) == pytest.approx(tr.t_s[i], abs=1e-3)
    assert float(rows[i]["speed_kmh"]) == pytest.approx(tr.speed_ms[i] * 3.6, abs=0.01)
    assert float(rows[i]["distance_m"]) == pytest.approx(tr.distance_m[i], abs=0.01)
    assert int(rows[i]["gear"]) == tr.gear[i]
    assert float(rows[i]["rpm"]) == pytest.approx(tr.rpm[i], abs=0.5)
    words = [r["limiting_factor"] for r in rows]
    assert set(words) <= set(LIMITS)
    assert words == [LIMITS[k] for k in np.asarray(tr.limit)]


def test_write_run_csv_writes_the_same_text_atomically(beat, tmp_path):
    target = tmp_path / "beat run.csv"
    target.write_text("old", encoding="utf-8")
    export.write_run_csv(beat, target)
    assert target.read_text(encoding="utf-8") == export.run_csv(beat)
    assert [p.name for p in tmp_path.iterdir()] == ["beat run.csv"]


def test_write_run_csv_into_a_missing_folder_fails_with_a_message(beat, tmp_path):
    with pytest.raises(BuildSaveError):
        export.write_run_csv(beat, tmp_path / "no such folder" / "run.csv")
