"""What the plots cost during a slider drag: the speed plot, the torque plot and the
tractive-force plot beside it, as the main window shows them.

Run: ``QT_QPA_PLATFORM=offscreen python3 tests/benchmarks/bench_plots.py [--changes N]``
(a script, not collected by pytest; it runs the keiconfig of the tree it sits in, or,
copied elsewhere, the one on ``PYTHONPATH``: so one copy measures two trees). Like
``bench_update.py`` it times ``document.change(...)`` with the frame's refresh and the
painting that follows, over a drag; it splits that time into the model's run, the plots'
refresh and their painting, and counts what pyqtgraph is asked to do per change (counts
do not depend on the machine's load): data set on curves, ranges set, axes laid out
again (tick texts), texts laid out, items made. A second drag runs with the torque and
tractive-force plots hidden (as when the window has no room for them): they should then
cost nothing.
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_repo = Path(__file__).resolve().parents[2]
if (_repo / "keiconfig").is_dir():
    sys.path.insert(0, str(_repo))
_settings = tempfile.mkdtemp(prefix="keiconfig-bench-")
os.environ.setdefault("KEICONFIG_SETTINGS_DIR", _settings)
os.environ.setdefault("KEICONFIG_DATA_DIR", str(Path(_settings) / "data"))

import pyqtgraph as pg  # noqa: E402
from bench_update import drag_values  # noqa: E402  (the same drag, so figures compare)
from pyqtgraph.graphicsItems.TextItem import TextItem  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from keiconfig.ui import refresh  # noqa: E402
from keiconfig.ui.app import make_app  # noqa: E402
from keiconfig.ui.document import Document  # noqa: E402
from keiconfig.ui.panels.gearing_plot import GearingPlot  # noqa: E402
from keiconfig.ui.panels.plots_panel import TABS, PlotsPanel  # noqa: E402

COUNTED = (
    "curve data set (PlotDataItem)",
    "curve data set (PlotCurveItem, all)",
    "marks set",
    "ranges set",
    "axes laid out again",
    "texts set",
    "plot items made",
)
COUNTS: collections.Counter[str] = collections.Counter()
TIMES: collections.Counter[str] = collections.Counter()  # ms


def _count(cls: type, name: str, label: str) -> None:
    """Count the calls of ``cls.name`` under ``label``."""
    original = getattr(cls, name)

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        COUNTS[label] += 1
        return original(self, *args, **kwargs)

    setattr(cls, name, counted)


def _time(cls: type, name: str, label: str) -> None:
    """Add the time spent in ``cls.name`` (not re-entered) to ``label``."""
    original = getattr(cls, name)

    def timed(self: Any, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            TIMES[label] += (time.perf_counter() - start) * 1000

    setattr(cls, name, timed)


def _instrument() -> None:
    data, curves, marks, ranges, axes, texts, made = COUNTED
    _count(pg.PlotDataItem, "setData", data)
    _count(pg.PlotCurveItem, "setData", curves)  # a PlotDataItem's too
    _count(pg.ScatterPlotItem, "setData", marks)
    _count(pg.ViewBox, "setRange", ranges)
    _count(pg.AxisItem, "generateDrawSpecs", axes)
    _count(TextItem, "setText", texts)
    _count(pg.GraphicsObject, "__init__", made)
    _time(pg.GraphicsView, "paintEvent", "paint")
    # the views' refreshes (keiconfig.ui.refresh calls them through Follower.refresh_now)
    _time(refresh.Follower, "refresh_now", "refresh")


def _drag(app: QApplication, doc: Document, n: int) -> tuple[list[float], list[float]]:
    """Wall-clock and GUI-thread CPU times (ms) of each change of a drag."""
    merge = doc.new_merge_id()
    samples, cpu = [], []
    for updates in drag_values(n):
        start = time.perf_counter()
        start_cpu = time.thread_time()
        doc.change(updates, "drag", merge)
        evaluated = time.perf_counter()
        _ = doc.performance  # the model's run, timed apart from the plots' refresh
        TIMES["evaluate"] += (time.perf_counter() - evaluated) * 1000
        refresh.frame().flush()  # the next frame, brought forward (as in bench_update)
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return samples, cpu


def _figures(samples: list[float]) -> str:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, int(0.95 * len(s)))]
    return f"median {statistics.median(s):.2f} ms  p95 {p95:.2f} ms  max {s[-1]:.2f} ms"


def _report(label: str, samples: tuple[list[float], list[float]], n: int) -> None:
    wall, cpu = samples
    print(f"{label}: n={n}  {_figures(wall)}")
    # the GUI thread's own CPU time: much less at the mercy of other processes' load
    print(f"  GUI thread CPU time: {_figures(cpu)}")
    print(
        "  per change: evaluate {:.2f} ms, refresh {:.2f} ms, paint {:.2f} ms".format(
            TIMES["evaluate"] / n, TIMES["refresh"] / n, TIMES["paint"] / n
        )
    )
    for key in COUNTED:
        print(f"  {key:<38} {COUNTS[key] / n:7.2f} per change")


def _run(app: QApplication, doc: Document, n: int, label: str, before: Callable[[], None]) -> None:
    before()
    app.processEvents()
    _drag(app, doc, 20)  # warm up
    COUNTS.clear()
    TIMES.clear()
    samples = _drag(app, doc, n)
    _report(label, samples, n)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=300)
    args = parser.parse_args()
    app = make_app()
    _instrument()
    doc = Document()
    COUNTS.clear()
    panel = PlotsPanel(doc)
    gearing = GearingPlot(doc)
    panel.add_beside_engine_plot(gearing, gearing.tab_name)
    print(f"plot items made with the panel: {COUNTS['plot items made']}")
    panel.resize(1100, 800)  # the plots' room in a 1400x900 window
    panel.show()
    app.processEvents()
    gc.collect()
    gc.freeze()  # as the app does once its window is up
    print(f"load: {Path('/proc/loadavg').read_text().split()[:3]}")
    _run(app, doc, args.changes, "all three plots shown", lambda: None)
    _run(
        app,
        doc,
        args.changes,
        "torque and tractive-force plots on tabs not shown",
        lambda: panel.set_lesser_visible(TABS, readout=True, notes=True),
    )
    doc.undo_stack.setClean()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
