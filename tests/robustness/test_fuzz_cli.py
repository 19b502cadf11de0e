"""Nothing crashes on the command line: ``validate``, ``evaluate`` and ``rank`` as real
processes over a folder of generated files (broken, strange and valid).

Exit status is 0 or 1 only (1 exactly when a file is broken), no "Traceback" and no
catch-all "(SomeError)" message in the output, every broken file is named, and
``evaluate --json`` / ``rank --json`` print JSON with one object per file.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from keiconfig.core.files import BuildFileError, load_build

from . import strategies as S

if importlib.util.find_spec("keiconfig.cli") is None:  # pragma: no cover - before the CLI lands
    pytest.skip("keiconfig.cli is not written yet", allow_module_level=True)
if importlib.util.find_spec("keiconfig.core.performance") is None:  # pragma: no cover
    pytest.skip("keiconfig.core.performance is not written yet", allow_module_level=True)

REPO = Path(__file__).resolve().parents[2]
FILES_PER_FOLDER = 200
# A catch-all handler's "... (TypeError)" is a crash in disguise.
CRASH = re.compile(
    r"Traceback|\((?:[A-Z]\w*Error|[A-Z]\w*Exception|KeyError)\)|could not be evaluated"
)

ODD_NAMES = ["日本語 の 車.kei.json", "with space.kei.json", "-starts-with-dash.kei.json"]
BASE = {
    "format": "keiconfig-build",
    "version": 1,
    "name": "CLI fuzz",
    "year": 1991,
    "body": {"style": "roadster", "length_mm": 3295, "width_mm": 1395, "height_mm": 1175},
    "engine": {"cylinders": 3, "displacement_cc": 656, "aspiration": "na", "position": "mid"},
    "drivetrain": {"driven": "rwd", "transmission": "manual", "gears": 5},
    "overrides": {"kerb_weight_kg": None, "power_ps": None, "torque_nm": None},
}
WRONG: list[Any] = [
    None, True, "", "x", "3395", 1.5, -1, 0, 10**30, float("nan"), float("inf"), [], {},
    {"a": [1]}, S._nested(80), "\u202e", "é" * 100, 2**64, 5e-324, 8000, 15000, 1500.0,
]  # fmt: skip
LITERALS = ["NaN", "Infinity", "-Infinity", "1e999", "1" * 5000, "1.", "0x1", "-"]


def generated_document(rng: random.Random, i: int) -> bytes:
    """A seeded mix of broken, strange and valid files (cheap: no hypothesis here)."""
    doc = json.loads(json.dumps(BASE))
    kind = i % 8
    for _ in range(1 + (kind == 6) * rng.randint(1, 6)):
        parent, leaf = S._parent(doc, rng.choice(S.FIELD_PATHS))
        if kind in (0, 6):
            # A copy: WRONG holds lists and dicts that later fields must not be put into.
            parent[leaf] = copy.deepcopy(rng.choice(WRONG))
        elif kind == 1:
            parent.pop(leaf, None)
        elif kind == 2:
            parent[leaf] = S.SENTINEL
    text = json.dumps(doc, indent=2, ensure_ascii=rng.random() < 0.5)
    text = text.replace(json.dumps(S.SENTINEL), rng.choice(LITERALS))
    data = text.encode("utf-8")
    if kind == 3:  # truncated
        data = data[: rng.randrange(len(data))]
    elif kind == 4:  # bytes flipped
        raw = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        data = bytes(raw)
    elif kind == 5:
        data = rng.choice(
            [
                text.encode("utf-16"),
                b"\xef\xbb\xbf" + data,
                bytes(rng.randrange(256) for _ in range(rng.randrange(300))),
                b"",
                b"[" * 100_000,
                json.dumps(rng.choice(WRONG)).encode(),
            ]
        )
    return data


def make_folder(folder: Path, count: int, seed: int) -> tuple[list[str], set[str]]:
    """``count`` generated files in ``folder``: (all names, names of broken files)."""
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    names: list[str] = []
    broken: set[str] = set()
    for i in range(count):
        name = ODD_NAMES[i] if i < len(ODD_NAMES) else f"{i:04d}-fuzz.kei.json"
        p = folder / name
        p.write_bytes(generated_document(rng, i))
        names.append(name)
        try:
            load_build(p)
        except BuildFileError:
            broken.add(name)
    S.COUNTS["generated files given to the CLI"] += len(names)
    return names, broken


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("QT_QPA_PLATFORM", None)
    out = subprocess.run(
        [sys.executable, "-m", "keiconfig", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=300,
    )
    S.COUNTS["CLI processes run"] += 1
    both = out.stdout + out.stderr
    assert out.returncode in (0, 1), f"exit {out.returncode}: {both[-2000:]}"
    m = CRASH.search(both)
    assert m is None, f"crash in the output: {both[max(0, m.start() - 500) : m.end() + 500]}"
    return out


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, list[str], set[str]]]:
    out = []
    for k in range(S.scaled(1, 10)):
        folder = tmp_path_factory.mktemp("cli") / f"builds{k}"
        names, broken = make_folder(folder, FILES_PER_FOLDER, seed=k)
        assert broken and len(broken) < len(names), "need broken and valid files"
        out.append((folder, names, broken))
    return out


def test_validate(folders: list[tuple[Path, list[str], set[str]]]) -> None:
    for folder, names, broken in folders:
        out = run(folder, "validate", "--", *names)
        assert out.returncode == (1 if broken else 0)
        for name in broken:
            assert name in out.stdout + out.stderr, f"{name} is not named"
        for name in set(names) - broken:
            assert f"{name}: ok" in out.stdout


def test_evaluate_json(folders: list[tuple[Path, list[str], set[str]]]) -> None:
    for folder, names, broken in folders:
        out = run(folder, "evaluate", "--json", "--", *names)
        assert out.returncode == (1 if broken else 0)
        results: list[dict[str, Any]] = json.loads(out.stdout)
        assert [r["file"] for r in results] == names
        for r in results:
            if r["file"] in broken:
                assert set(r) == {"file", "error"} and r["error"].startswith(r["file"]), r
                assert "\n" not in r["error"]
            else:
                assert "error" not in r, r
                assert r["kerb_weight_kg"] > 0 and r["power_ps"] > 0, r


def test_evaluate_text(folders: list[tuple[Path, list[str], set[str]]]) -> None:
    for folder, names, broken in folders:
        out = run(folder, "evaluate", "--", *names)
        assert out.returncode == (1 if broken else 0)
        for name in broken:
            assert name in out.stdout + out.stderr, f"{name} is not named"


@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
def test_rank(folders: list[tuple[Path, list[str], set[str]]], as_json: bool) -> None:
    for folder, names, broken in folders:
        out = run(folder.parent, "rank", folder.name, *(["--json"] if as_json else []))
        assert out.returncode == (1 if broken else 0)
        text = out.stdout + out.stderr
        for name in broken:
            assert name in text, f"{name} is not named"
        if as_json:
            rows = json.loads(out.stdout)
            assert sorted(r["file"] for r in rows) == sorted(names)


def test_missing_and_special_files_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "folder.kei.json").mkdir()
    os.mkfifo(tmp_path / "pipe.kei.json") if hasattr(os, "mkfifo") else None
    args = ["missing.kei.json", "folder.kei.json", "/dev/null"]
    if hasattr(os, "mkfifo"):
        args.append("pipe.kei.json")
    for command in (["validate"], ["evaluate", "--json"]):
        out = run(tmp_path, *command, *args)
        assert out.returncode == 1
        for a in args:
            assert Path(a).name in out.stdout + out.stderr
