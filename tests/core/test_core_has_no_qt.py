"""The core never imports Qt: it runs in the command line, in tests and in any future front end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import keiconfig.core

CORE = Path(keiconfig.core.__file__).parent


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(f"keiconfig.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "qt = ('PySide6', 'shiboken6', 'pyqtgraph')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "", f"core imported Qt: {out.stdout}"
    assert len(modules) >= 3


def test_no_core_source_mentions_qt() -> None:
    for path in CORE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for banned in ("PySide6", "pyqtgraph", "shiboken6"):
            assert f"import {banned}" not in text and f"from {banned}" not in text, path
