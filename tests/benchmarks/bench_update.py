"""How long from a control change to every panel updated, as during a slider drag.

Run: ``QT_QPA_PLATFORM=offscreen python3 tests/benchmarks/bench_update.py [--changes N]``
(a script, not collected by pytest). It times ``document.change(...)`` followed by
processing events (layout and painting of shown widgets) over many changes that
merge into one undo step, like a drag. It measures the results, compliance and
plots panels on their own, then the whole main window when it exists, and the
model's ``evaluate`` alone for reference. Target: median < 16 ms (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
_settings = tempfile.mkdtemp(prefix="keiconfig-bench-")
os.environ.setdefault("KEICONFIG_SETTINGS_DIR", _settings)
os.environ.setdefault("KEICONFIG_DATA_DIR", str(Path(_settings) / "data"))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from keiconfig.core import performance  # noqa: E402
from keiconfig.core.build import changed, default_build  # noqa: E402
from keiconfig.ui import refresh  # noqa: E402
from keiconfig.ui.app import make_app  # noqa: E402
from keiconfig.ui.document import Document  # noqa: E402
from keiconfig.ui.panels.compliance_panel import CompliancePanel  # noqa: E402
from keiconfig.ui.panels.plots_panel import PlotsPanel  # noqa: E402
from keiconfig.ui.panels.results_panel import ResultsPanel  # noqa: E402


def _values(n: int) -> list[dict[str, int]]:
    """A drag over length and back, with the engine size nudged so every build differs."""
    out = []
    for i in range(n):
        phase = i % 200
        length = 3000 + 4 * (phase if phase < 100 else 200 - phase)
        out.append({"body.length_mm": length, "engine.displacement_cc": 600 + i % 60})
    return out


def _stats(label: str, samples_ms: list[float]) -> None:
    samples = sorted(samples_ms)
    p95 = samples[min(len(samples) - 1, int(0.95 * len(samples)))]
    print(
        f"{label:<34} n={len(samples):4d}  median {statistics.median(samples):6.2f} ms"
        f"  p95 {p95:6.2f} ms  max {samples[-1]:6.2f} ms"
    )


def _time_changes(app: QApplication, doc: Document, n: int) -> list[float]:
    merge = doc.new_merge_id()
    samples = []
    for updates in _values(n):
        start = time.perf_counter()
        doc.change(updates, "drag", merge)
        # During a drag the views wait for the next frame (keiconfig.ui.refresh): that
        # frame is brought forward here, so each sample is a change with every view
        # refreshed and painted, the most one frame ever has to do.
        refresh.frame().flush()
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _bench(app: QApplication, make: Callable[[Document], QWidget], n: int) -> list[float]:
    doc = Document()
    widget = make(doc)
    widget.resize(1400, 900)
    widget.show()
    app.processEvents()
    # As keiconfig's start-up does (keiconfig.ui.app.start_window): what exists once the
    # window is up is kept out of the garbage collector's way.
    gc.collect()
    gc.freeze()
    _time_changes(app, doc, 20)  # warm up
    samples = _time_changes(app, doc, n)
    doc.undo_stack.setClean()  # closing must not ask "save changes?"
    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Not unfrozen, as in the app: collecting a torn-down plot widget after gc.unfreeze()
    # crashes the bindings (PySide6 6.11, seen here), and the app never unfreezes.
    return samples


def _panels(doc: Document) -> QWidget:
    host = QWidget()
    layout = QVBoxLayout(host)
    for panel in (ResultsPanel(doc), CompliancePanel(doc), PlotsPanel(doc)):
        layout.addWidget(panel)
    return host


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=400)
    args = parser.parse_args()
    app = make_app()  # the window's QApplication, with the translator hook installed

    build = default_build()
    model = []
    for updates in _values(args.changes):
        b = changed(build, updates)
        start = time.perf_counter()
        performance.evaluate(b)
        model.append((time.perf_counter() - start) * 1000)
    _stats("model evaluate() alone", model)

    _stats("results + compliance + plots", _bench(app, _panels, args.changes))
    for name, cls in (
        ("results panel", ResultsPanel),
        ("compliance panel", CompliancePanel),
        ("plots panel", PlotsPanel),
    ):
        _stats(f"  {name} (with evaluate)", _bench(app, cls, args.changes))
    try:
        from keiconfig.ui.main_window import MainWindow
        from keiconfig.ui.settings import Settings
    except ImportError:
        print("main window: not available")
    else:
        _stats(
            "whole MainWindow",
            _bench(app, lambda d: MainWindow(document=d, settings=Settings()), args.changes),
        )
        _autosave(app, MainWindow(settings=Settings()), args.changes // 4)
    return 0


def _autosave(app: QApplication, window: QWidget, n: int) -> None:
    """What an autosave costs the GUI thread: the old way (build written, fsynced and renamed
    on the GUI thread, as save_now still does for the exception hook) against the
    debounce timer's way (texts made on the GUI thread, files written by a thread)."""
    saver = window.autosaver  # type: ignore[attr-defined]
    doc = window.document  # type: ignore[attr-defined]
    sync, threaded = [], []
    for i, updates in enumerate(_values(2 * n)):
        doc.change(updates, "drag")
        start = time.perf_counter()
        if i % 2:
            saver.save_soon()
            threaded.append((time.perf_counter() - start) * 1000)
            saver.wait()
        else:
            saver.save_now()
            sync.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    _stats("autosave on the GUI thread, sync", sync)
    _stats("autosave on the GUI thread, now", threaded)
    doc.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
