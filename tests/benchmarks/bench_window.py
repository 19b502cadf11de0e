"""Window benchmark: the median time to build the main window and to show it, over N
windows built one after another in one process (as the UI tests do, some thousand times a
CI run; bench_startup.py measures a fresh process's start instead).

    python tests/benchmarks/bench_window.py [--runs 9] [--size 1280x820] [--projector]
    python tests/benchmarks/bench_window.py --against /tmp/base [--rounds 6] [--runs 5]

For each window it times

- build: ``MainWindow()`` (every panel, plot and dock made, the document evaluated);
- first paint: from ``show()`` until the window's first paint event is handled;
- shown: from ``show()`` until the window is exposed and no posted event is left
  (the first frame painted, the layout rounds and the dashboard's plan done);

wall-clock and CPU time of the process (the CPU time is less sensitive to other load on
a shared machine). A first window is built, shown and closed before any is timed (the
caches of fonts, glyphs and styles, the imports). Each window is closed and deleted before
the next is built. The platform is ``QT_QPA_PLATFORM``'s (offscreen if unset): on a real
X server (Xvfb, ``QT_QPA_PLATFORM=xcb``) the first paint is the window system's.

``--against DIR``: the same, interleaved with another checkout of keiconfig (a detached
worktree of main, say): rounds of one child process per checkout, in alternating order, so a
change in the machine's load weighs on both alike; it prints both sides' medians and the
ratio (this checkout's / the other's).

Not collected by pytest (the file name does not start with ``test_``); a figure to read,
not a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MEASURES = ("build", "first paint", "shown", "build CPU", "shown CPU")


def child(runs: int, size: tuple[int, int], projector: bool) -> None:
    """In the child process (keiconfig imported from sys.path[0]): one JSON line of the
    timings of ``runs`` windows."""
    import time

    from keiconfig.ui.app import make_app

    app = make_app()
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtTest import QTest

    from keiconfig.ui.main_window import MainWindow
    from keiconfig.ui.settings import Settings

    class FirstPaint(QObject):
        """Notes when the window's first paint is done: a zero-time timer started from its
        first paint event fires once that paint (the whole frame) has been handled."""

        def __init__(self) -> None:
            super().__init__()
            self.started = False
            self.at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.started:
                self.started = True
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            self.at = time.perf_counter()

    def one() -> dict[str, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        window = MainWindow(settings=Settings())
        t1, c1 = time.perf_counter(), time.process_time()
        window.resize(*size)
        if projector:
            window.classroom.projector_action.setChecked(True)
        first = FirstPaint()
        window.installEventFilter(first)
        t2, c2 = time.perf_counter(), time.process_time()
        window.show()
        if not QTest.qWaitForWindowExposed(window):
            raise RuntimeError("the window was never exposed")
        while first.at is None:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        QCoreApplication.sendPostedEvents()
        app.processEvents()
        t3, c3 = time.perf_counter(), time.process_time()
        result = {
            "build": t1 - t0,
            "first paint": first.at - t2,
            "shown": t3 - t2,
            "build CPU": c1 - c0,
            "shown CPU": c3 - c2,
        }
        if projector:
            window.classroom.projector_action.setChecked(False)
        window.removeEventFilter(first)
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        return result

    one()  # warm: imports, fonts, glyphs, styles
    timings = [one() for _ in range(runs)]
    print("TIMINGS " + json.dumps(timings), flush=True)


def run_child(root: Path, runs: int, args: argparse.Namespace) -> list[dict[str, float]]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["KEICONFIG_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="keiconfig-bench-")
    env["KEICONFIG_DATA_DIR"] = tempfile.mkdtemp(prefix="keiconfig-bench-data-")
    env["PYTHONPATH"] = str(root)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--runs", str(runs)]
    command += ["--size", args.size] + (["--projector"] if args.projector else [])
    out = subprocess.run(
        command, env=env, cwd=root, capture_output=True, text=True, check=False
    )  # fmt: skip
    for line in out.stdout.splitlines():
        if line.startswith("TIMINGS "):
            timings: list[dict[str, float]] = json.loads(line.removeprefix("TIMINGS "))
            return timings
    raise RuntimeError(f"the child in {root} failed:\n{out.stderr[-3000:]}")


def medians(timings: list[dict[str, float]]) -> dict[str, float]:
    return {m: statistics.median(t[m] for t in timings) for m in MEASURES}


def show(name: str, timings: list[dict[str, float]]) -> None:
    med = medians(timings)
    parts = "   ".join(f"{m} {med[m] * 1000:6.0f} ms" for m in MEASURES)
    print(f"{name:10s} ({len(timings)} windows, medians)  {parts}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=9, help="windows timed per process")
    parser.add_argument("--size", default="1280x820", help="window size, WxH")
    parser.add_argument("--projector", action="store_true", help="in projector mode (F5)")
    parser.add_argument("--against", type=Path, help="another checkout to interleave with")
    parser.add_argument("--rounds", type=int, default=6, help="with --against: processes each")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    if args.child:
        child(args.runs, (width, height), args.projector)
        return 0
    print(
        f"platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, {width}x{height}"
        + (", projector mode" if args.projector else "")
    )
    if args.against is None:
        show("this", run_child(ROOT, args.runs, args))
        return 0
    other = args.against.resolve()
    sides: dict[str, list[dict[str, float]]] = {"this": [], "other": []}
    for i in range(args.rounds):
        order = [("this", ROOT), ("other", other)]
        for name, root in order if i % 2 == 0 else order[::-1]:
            sides[name] += run_child(root, args.runs, args)
    print(f"this:  {ROOT}\nother: {other}")
    for name, timings in sides.items():
        show(name, timings)
    a, b = medians(sides["this"]), medians(sides["other"])
    print("ratio this/other: " + "   ".join(f"{m} {a[m] / b[m]:.2f}" for m in MEASURES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
