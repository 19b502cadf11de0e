"""Memory over a long lesson: thousands of keyboard edits in the real main window.

Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_memory.py [--edits 10000]``
(a script, not collected by pytest). Focuses the length spin box and presses Up and Down
(each press is one undo step, as a student nudging a value does), processing events after
each as the event loop would. Prints the process's resident memory (RSS) and the Python
heap (tracemalloc) after the first 100 edits and at the end, the growth per edit, and the
largest holders of what grew (``--top N``). Target: at most 10 MB more after 10,000 edits
than after the first ones.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
_settings = tempfile.mkdtemp(prefix="keiconfig-bench-")
os.environ.setdefault("KEICONFIG_SETTINGS_DIR", _settings)
os.environ.setdefault("KEICONFIG_DATA_DIR", str(Path(_settings) / "data"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from keiconfig.ui.app import make_app  # noqa: E402
from keiconfig.ui.main_window import MainWindow  # noqa: E402
from keiconfig.ui.settings import Settings  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=8, help="largest growths to list")
    parser.add_argument("--no-trace", action="store_true", help="RSS only (faster)")
    args = parser.parse_args()
    app = make_app()
    window = MainWindow(settings=Settings())
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    spin = window.body_panel.length.spin
    spin.setFocus()
    app.processEvents()

    def edit(i: int) -> None:
        key = Qt.Key.Key_Up if i % 2 == 0 else Qt.Key.Key_Down
        QTest.keyClick(spin, key)
        app.processEvents()

    first = 100
    for i in range(first):
        edit(i)
    gc.collect()
    if not args.no_trace:
        tracemalloc.start(12)
    before_rss = rss_mb()
    before = tracemalloc.take_snapshot() if not args.no_trace else None
    steps_before = window.document.undo_stack.count()
    for i in range(first, args.edits):
        edit(i)
    gc.collect()
    after_rss = rss_mb()
    n = args.edits - first
    print(f"load average: {os.getloadavg()[0]:.2f}")
    print(
        f"edits: {args.edits} (Up/Down in the length box); undo steps kept: "
        f"{window.document.undo_stack.count()} (after the first {first}: {steps_before})"
    )
    print(f"RSS after {first} edits: {before_rss:8.1f} MB")
    print(f"RSS after {args.edits} edits: {after_rss:8.1f} MB")
    grew = after_rss - before_rss
    print(f"RSS growth: {grew:+.1f} MB ({grew * 1024 / n:.2f} kB per edit)")
    print(f"target: at most +10 MB over {args.edits} edits: {'met' if grew <= 10 else 'NOT met'}")
    if before is not None:
        after = tracemalloc.take_snapshot()
        stats = after.compare_to(before, "traceback")
        grown = sum(s.size_diff for s in stats)
        print(f"Python heap growth: {grown / 1e6:+.2f} MB ({grown / n / 1024:.2f} kB per edit)")
        for s in stats[: args.top]:
            print(f"  {s.size_diff / 1e6:+8.3f} MB in {s.count_diff:+d} blocks, from:")
            for frame in s.traceback.format()[-6:]:
                print(f"      {frame}")
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
