"""Render the main window offscreen with a few presets to PNG files.

    python -m keiconfig.screenshots OUTDIR [--scale 1.5] [--size 1400x900] [--language ja]

Settings go to a temporary folder (the user's are untouched). The first picture is what
README shows as ``resources/screenshot.png`` (with ``--language ja``:
``resources/screenshot-ja.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

# (file name, preset id): a 1990s mid-engine roadster, a modern off-roader, a 1950s two-stroke.
SHOTS = (
    ("honda-beat", "honda-beat-1991"),
    ("suzuki-jimny-jb64", "suzuki-jimny-jb64-2018"),
    ("subaru-360", "subaru-360-1958"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m keiconfig.screenshots", description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument(
        "--scale", type=float, default=1.0, help="text scale, e.g. 2 for a projector"
    )
    parser.add_argument("--size", default="1400x900", help="window size in pixels, WxH")
    parser.add_argument("--language", default="en", help='"en" or "ja" (日本語)')
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KEICONFIG_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="keiconfig-shots-")
    from PySide6.QtWidgets import QApplication

    from keiconfig.core import presets
    from keiconfig.ui.app import make_app
    from keiconfig.ui.main_window import MainWindow

    app = make_app()
    from keiconfig.ui import i18n

    i18n.set_language(args.language)
    window = MainWindow()
    if args.scale != 1.0:
        window.zoom(args.scale)
    window.resize(width, height)
    window.show()
    args.outdir.mkdir(parents=True, exist_ok=True)
    suffix = ("" if args.scale == 1.0 else f"-x{args.scale:g}") + (
        "" if args.language == "en" else f"-{args.language}"
    )
    for name, preset_id in SHOTS:
        window.open_preset(presets.load_preset(preset_id).build)
        window.statusBar().clearMessage()
        for _ in range(3):
            QApplication.processEvents()
        out = args.outdir / f"{name}{suffix}.png"
        if not window.grab().save(str(out)):
            print(f"could not write {out}", file=sys.stderr)
            return 1
        print(out)
    window.document.set_modified(False)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
