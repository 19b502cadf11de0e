"""Startup benchmark: time until the main window is shown, and memory (RSS) once shown,
against a bare PySide6 window holding one pyqtgraph plot. Each run is a fresh process.

    python tests/benchmarks/bench_startup.py [--runs 7] [--no-compile]

keiconfig is byte-compiled first, as an installed package is; the runs alternate between
the bare window and keiconfig, so a change in machine load weighs on both alike.

Targets: keiconfig at most 1.5x the time and 1.3x the memory of the bare window.
Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Each child prints "shown <rss_kb>" once its window is exposed, then exits.
CHILD_COMMON = r"""
import os, sys
def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
def report(app, window):
    # PySide6 is imported here, not at the top: a program's own import order is part of
    # what is measured (keiconfig loads its Qt-free core before PySide6 on purpose).
    from PySide6.QtCore import QTimer
    def done():
        app.processEvents()
        print("shown", rss_kb(), flush=True)
        os._exit(0)
    QTimer.singleShot(0, done)
"""

BARE = (
    CHILD_COMMON
    + r"""
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv)
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([0, 1, 2, 3], [0, 1, 4, 9])
window.setCentralWidget(plot)
window.resize(1280, 820)
window.show()
report(app, window)
app.exec()
"""
)

KEICONFIG = (
    CHILD_COMMON
    + r"""
import gc
gc.disable()  # as the keiconfig command does before it starts the window (cli.run_gui)
from keiconfig.ui.app import start_window
window = start_window()
from PySide6.QtWidgets import QApplication
app = QApplication.instance()
report(app, window)
app.exec()
"""
)


def run_once(code: str) -> tuple[float, int, float]:
    """(wall seconds to shown, RSS in kB once shown, CPU seconds of the whole child)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["KEICONFIG_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="keiconfig-bench-")
    env["KEICONFIG_DATA_DIR"] = tempfile.mkdtemp(prefix="keiconfig-bench-data-")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            # The child exits at once after "shown": its user + system CPU time is the work
            # of starting, which other load on the machine hardly changes (wall time does).
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            return elapsed, int(line.split()[1]), usage.ru_utime + usage.ru_stime
    proc.wait(timeout=30)
    raise RuntimeError(f"the child never showed its window (exit {proc.returncode})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--no-compile",
        action="store_true",
        help="do not byte-compile keiconfig first (measure a source checkout without .pyc)",
    )
    args = parser.parse_args(argv)
    if not args.no_compile:
        # Like ``pip install``: the bare side's libraries (PySide6, pyqtgraph, numpy) load
        # from .pyc files, so keiconfig should too. Without this, a checkout run with
        # PYTHONDONTWRITEBYTECODE=1 recompiles every keiconfig module at every start.
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "keiconfig")], check=True
        )
    results = {}
    run_once(BARE)  # warm the disk cache for both
    run_once(KEICONFIG)
    # Interleaved (bare, keiconfig, bare, ...) so a change in machine load during the
    # benchmark weighs on both sides alike instead of biasing the ratio.
    programs = (("bare window + plot", BARE), ("keiconfig", KEICONFIG))
    runs: dict[str, list[tuple[float, int, float]]] = {name: [] for name, _ in programs}
    for i in range(args.runs):
        order = programs if i % 2 == 0 else programs[::-1]
        for name, code in order:
            runs[name].append(run_once(code))
    for name, _ in programs:
        t = statistics.median(r[0] for r in runs[name])
        m = statistics.median(r[1] for r in runs[name])
        c = statistics.median(r[2] for r in runs[name])
        results[name] = (t, m, c)
        print(
            f"{name:20s} time to shown {t * 1000:7.0f} ms   CPU {c * 1000:7.0f} ms"
            f"   RSS {m / 1024:6.1f} MB"
        )
    pairs = sorted(
        k[0] / b[0] for b, k in zip(runs[programs[0][0]], runs["keiconfig"], strict=True)
    )
    print(f"time ratio of each interleaved pair: {' '.join(f'{r:.2f}' for r in pairs)}")
    (bt, bm, bc), (kt, km, kc) = results["bare window + plot"], results["keiconfig"]
    rt, rm = kt / bt, km / bm
    print(f"ratio: time {rt:.2f}x (target <= 1.5x), memory {rm:.2f}x (target <= 1.3x)")
    print(f"CPU time ratio {kc / bc:.2f}x (the same work, less sensitive to other load)")
    return 0 if rt <= 1.5 and rm <= 1.3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
