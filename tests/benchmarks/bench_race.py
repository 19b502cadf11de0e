"""Race replay frame times: four cars, offscreen, as the 60 Hz timer drives it.

Run: ``QT_QPA_PLATFORM=offscreen python3 tests/benchmarks/bench_race.py [--seconds S]``
(a script, not collected by pytest). Each frame is what a timer tick does: advance the
replay by one frame of real time (``RacePanel.advance``: state look-up, read-outs, slider,
the linked cursor on the comparison plot), paint the track (``repaint``) and process the
pending events, which paints whatever else changed (the cursor's strip of the plot).
Prints median, p99 and max frame time and the number of frames over 16.7 ms (target: 0).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
_settings = tempfile.mkdtemp(prefix="keiconfig-bench-")
os.environ.setdefault("KEICONFIG_SETTINGS_DIR", _settings)
os.environ.setdefault("KEICONFIG_DATA_DIR", str(Path(_settings) / "data"))

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from keiconfig.core import presets  # noqa: E402
from keiconfig.ui.compare_panel import ComparePanel  # noqa: E402
from keiconfig.ui.document import Document  # noqa: E402
from keiconfig.ui.race_view import FRAME_S, RacePanel  # noqa: E402

BUDGET_MS = 1000.0 / 60.0
CARS = ("honda-s660-2015", "subaru-360-1958", "honda-beat-1991", "daihatsu-copen-2002")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3, help="whole replays to play")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    doc = Document()
    host = QWidget()
    layout = QVBoxLayout(host)
    compare = ComparePanel(doc)
    race = RacePanel()
    layout.addWidget(compare)
    layout.addWidget(race)
    host.resize(1280, 900)
    host.show()
    for pid in CARS:
        p = presets.load_preset(pid)
        compare.add_build(p.name, p.build, pid)
    race.set_cars([(e.name, e.performance) for e in compare.entries])
    race.time_changed.connect(compare.set_cursor_time)
    app.processEvents()

    samples: list[float] = []
    for _ in range(args.passes):
        race.restart()
        race.play()
        race.timer.stop()  # frames are driven here, one tick each, without waiting
        while race.time_s < race.end_s:
            start = time.perf_counter()
            race.advance(FRAME_S)
            race.track.repaint()  # the track, painted now
            app.processEvents()  # the rest: the cursor's strip of the plot, labels, slider
            samples.append((time.perf_counter() - start) * 1000.0)
        race.pause()

    samples.sort()
    p99 = samples[min(len(samples) - 1, int(0.99 * len(samples)))]
    over = sum(1 for s in samples if s > BUDGET_MS)
    print(f"race replay, {len(CARS)} cars, {len(samples)} frames ({args.passes} passes)")
    print(
        f"frame time ms: median {statistics.median(samples):.2f}  p99 {p99:.2f}  "
        f"max {samples[-1]:.2f}  over {BUDGET_MS:.1f} ms: {over}"
    )
    host.close()
    return 0 if over == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
