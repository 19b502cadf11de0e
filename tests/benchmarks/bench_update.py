"""How long from a control change to every panel updated, as during a slider drag.

Run: ``QT_QPA_PLATFORM=offscreen python3 tests/benchmarks/bench_update.py [--changes N]``
(a script, not collected by pytest). It times ``document.change(...)`` followed by
processing events (layout and painting of shown widgets) over many changes that
merge into one undo step, like a drag. It measures the results, compliance and
plots panels on their own, then the whole main window when it exists, and the
model's ``evaluate`` alone for reference. Target (issue 12): the whole window at a median
of at most 6 ms and a p95 of at most 8 ms. The whole window's figures are followed by the
GUI thread's CPU time per change (``time.thread_time``: less at the mercy of the machine's
load than the wall clock) and the load average.

After the whole window's figures, a second, instrumented run says where its time goes,
as a mean per change: ``document.change`` (the undo step and the document's listeners),
each view's refresh (keiconfig.ui.refresh) and what runs after a frame's refresh (the plots'
scenes working out what changed), and the events processed afterwards: painting
by panel, and layout (layout requests, resizes, moves). An event's time runs from its
delivery to the next event's, so the event lines are an approximation; the instrumented
run is slower than the plain one. It also counts the model's evaluations per change.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
_settings = tempfile.mkdtemp(prefix="keiconfig-bench-")
os.environ.setdefault("KEICONFIG_SETTINGS_DIR", _settings)
os.environ.setdefault("KEICONFIG_DATA_DIR", str(Path(_settings) / "data"))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from keiconfig.core import performance  # noqa: E402
from keiconfig.core.build import changed, default_build  # noqa: E402
from keiconfig.ui import refresh  # noqa: E402
from keiconfig.ui.app import make_app  # noqa: E402
from keiconfig.ui.document import Document  # noqa: E402
from keiconfig.ui.panels.compliance_panel import CompliancePanel  # noqa: E402
from keiconfig.ui.panels.plots_panel import PlotsPanel  # noqa: E402
from keiconfig.ui.panels.results_panel import ResultsPanel  # noqa: E402


def drag_values(n: int) -> list[dict[str, int]]:
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


def _time_changes(
    app: QApplication, doc: Document, n: int, cpu: list[float] | None = None
) -> list[float]:
    """Wall-clock ms of each change; the GUI thread's CPU ms of each appended to ``cpu``."""
    merge = doc.new_merge_id()
    samples = []
    for updates in drag_values(n):
        start = time.perf_counter()
        start_cpu = time.thread_time()
        doc.change(updates, "drag", merge)
        # During a drag the views wait for the next frame (keiconfig.ui.refresh): that
        # frame is brought forward here, so each sample is a change with every view
        # refreshed and painted, the most one frame ever has to do.
        refresh.frame().flush()
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        if cpu is not None:
            cpu.append((time.thread_time() - start_cpu) * 1000)
    return samples


def _bench(
    app: QApplication, make: Callable[[Document], QWidget], n: int, cpu: list[float] | None = None
) -> list[float]:
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
    samples = _time_changes(app, doc, n, cpu)
    doc.undo_stack.setClean()  # closing must not ask "save changes?"
    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Not unfrozen, as in the app: collecting a torn-down plot widget after gc.unfreeze()
    # crashes the bindings (PySide6 6.11, seen here), and the app never unfreezes.
    return samples


# Where a widget's painting is counted: the first of these it sits in (or its own class).
_PLACES = (
    "ResultsPanel",
    "CompliancePanel",
    "GearingPlot",
    "PlotsPanel",
    "BodyPanel",
    "EnginePanel",
    "DrivetrainPanel",
    "OverridesPanel",
    "Dashboard",
    "QDockWidget",
    "QToolBar",
    "QStatusBar",
    "QMenuBar",
)


def _place(obj: QObject) -> str:
    item: QObject | None = obj
    while item is not None:
        name = type(item).__name__
        if name in _PLACES:
            return f"dock {item.objectName()}" if name == "QDockWidget" else name
        item = item.parent()
    return type(obj).__name__


class _Events(QObject):
    """Adds up, per bucket, the time from each event's delivery to the next one's."""

    def __init__(self, totals: defaultdict[str, float]) -> None:
        super().__init__()
        self.totals = totals
        self.on = False
        self._open: tuple[str, float] | None = None
        self._places: dict[int, str] = {}

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.on:
            now = time.perf_counter()
            self.stop(now)
            kind = event.type()
            if kind == QEvent.Type.Paint:
                bucket = f"paint {self._place(obj)}"
            elif kind in (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Move):
                bucket = "layout (requests, resizes, moves)"
            else:
                bucket = f"other: {kind.name} at {self._place(obj)}"
            self._open = (bucket, now)
        return False

    def _place(self, obj: QObject) -> str:
        place = self._places.get(id(obj))
        if place is None:
            place = self._places[id(obj)] = _place(obj)
        return place

    def stop(self, now: float) -> None:
        if self._open is not None:
            self.totals[self._open[0]] += now - self._open[1]
            self._open = None


def _breakdown(app: QApplication, make: Callable[[Document], QWidget], n: int) -> None:
    """The whole window again, instrumented: where a change's time goes (see the module)."""
    totals: defaultdict[str, float] = defaultdict(float)
    evaluations = [0]
    doc = Document()
    widget = make(doc)
    widget.resize(1400, 900)
    widget.show()
    app.processEvents()
    _time_changes(app, doc, 20)  # warm up

    evaluate, refresh_now = performance.evaluate, refresh.Follower.refresh_now

    def counted(build):  # type: ignore[no-untyped-def]
        evaluations[0] += 1
        start = time.perf_counter()
        try:
            return evaluate(build)
        finally:
            totals["  of which evaluate()"] += time.perf_counter() - start

    def timed(follower: refresh.Follower) -> None:
        start = time.perf_counter()
        try:
            refresh_now(follower)
        finally:
            # the view's refresh by its name (LimitsPanel._update_sentence), else the view's
            view = follower.parent()
            assert view is not None
            method = follower._refresh
            owner = getattr(method, "__self__", None)  # a panel's inherited method by its class
            name = (
                f"{type(owner).__name__}.{method.__name__}"
                if owner is not None
                else getattr(method, "__qualname__", "") or type(view).__name__
            )
            totals[f"refresh {name}"] += time.perf_counter() - start

    frame = refresh.frame()
    afters = list(frame.after_flush)

    def timed_after(after: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            start = time.perf_counter()
            try:
                after()
            finally:
                name = getattr(after, "__qualname__", "after the frame")
                totals[f"refresh then {name}"] += time.perf_counter() - start

        return run

    frame.after_flush[:] = [timed_after(after) for after in afters]
    events = _Events(totals)
    performance.evaluate = counted  # type: ignore[assignment]
    refresh.Follower.refresh_now = timed  # type: ignore[method-assign, assignment]
    app.installEventFilter(events)
    samples = []
    try:
        merge = doc.new_merge_id()
        for updates in drag_values(n):
            start = time.perf_counter()
            before = sum(v for k, v in totals.items() if k.startswith("refresh "))
            doc.change(updates, "drag", merge)
            after = sum(v for k, v in totals.items() if k.startswith("refresh "))
            totals["document.change (undo step, listeners)"] += (
                time.perf_counter() - start - (after - before)
            )
            refresh.frame().flush()
            events.on = True
            app.processEvents()
            events.on = False
            events.stop(time.perf_counter())
            samples.append((time.perf_counter() - start) * 1000)
    finally:
        app.removeEventFilter(events)
        frame.after_flush[:] = afters
        performance.evaluate = evaluate
        refresh.Follower.refresh_now = refresh_now  # type: ignore[method-assign]
    print(
        f"  where the time goes (mean ms per change; instrumented, median "
        f"{statistics.median(samples):.2f} ms):"
    )
    rest = 0.0
    for prefix in ("document.change", "refresh ", "  of which", "paint ", "layout", "other"):
        lines = sorted(
            ((k, v) for k, v in totals.items() if k.startswith(prefix)), key=lambda kv: -kv[1]
        )
        for key, total in lines:
            ms = 1000 * total / n
            if prefix in ("paint ", "other") and ms < 0.05:
                rest += ms
            else:
                print(f"    {key:<48} {ms:6.2f}")
    print(f"    {'other events and paints under 0.05 ms each':<48} {rest:6.2f}")
    print(f"    {'evaluate() calls per change':<48} {evaluations[0] / n:6.2f}")
    doc.undo_stack.setClean()
    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
    for updates in drag_values(args.changes):
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

        def window(d: Document) -> QWidget:
            return MainWindow(document=d, settings=Settings())

        cpu: list[float] = []
        _stats("whole MainWindow", _bench(app, window, args.changes, cpu))
        # the GUI thread's own CPU time: much less at the mercy of other processes' load
        _stats("  GUI thread CPU time", cpu)
        print(f"  load: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
        _breakdown(app, window, args.changes)
        _autosave(app, MainWindow(settings=Settings()), args.changes // 4)
    return 0


def _autosave(app: QApplication, window: QWidget, n: int) -> None:
    """What an autosave costs the GUI thread: the old way (build written, fsynced and renamed
    on the GUI thread, as save_now still does for the exception hook) against the
    debounce timer's way (texts made on the GUI thread, files written by a thread)."""
    saver = window.autosaver  # type: ignore[attr-defined]
    doc = window.document  # type: ignore[attr-defined]
    sync, threaded = [], []
    for i, updates in enumerate(drag_values(2 * n)):
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
