"""Start the window: QApplication, exception hook, settings location, the first build."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# The Qt-free model the window needs at once, imported *before* PySide6 on purpose: once
# PySide6 is loaded, its import hook reads the source of every module imported after it
# (to look for ``from __feature__ import``), which for numpy, pydantic and the core is a
# good part of the start-up time (~0.2 s). These modules never use Qt, so nothing is lost.
# isort: off
import numpy  # noqa: F401
import keiconfig.core.files
import keiconfig.core.performance
import keiconfig.core.presets
import keiconfig.core.regulations  # noqa: F401

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
# isort: on

if TYPE_CHECKING:
    from keiconfig.ui.main_window import MainWindow

APP_NAME = "keiconfig"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings and data folders find keiconfig."""
    # Qt's raster engine hands any fill of more than 96 spans (an antialiased shape a few
    # dozen pixels across) to a pool of threads and waits for them: on a classroom laptop
    # of two busy cores the hand-over costs far more than the fill (a translucent car body
    # in the outline: 90 us a fill with the pool, 3 us without), and a change of a drag
    # makes hundreds of such fills. Painted on the GUI thread alone, the pixels are the
    # same (the same blending, not split into pieces). Set before Qt first paints.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication)
    from keiconfig import __version__
    from keiconfig.ui import control_edges

    control_edges.install(app)  # check boxes and radio buttons with an edge one can see

    app.setApplicationVersion(__version__)

    # Translations: the Qt-free core's sentences go through Qt's translators as well
    # (keiconfig.core.text is loaded already, by the core modules above).
    from keiconfig.core import text
    from keiconfig.ui import i18n

    text.set_translator(i18n.core_translate, i18n.core_plural)

    if i18n.translator() is None:  # the language: chosen in View > Language, or the system's
        from keiconfig.ui.settings import Settings

        i18n.set_language(i18n.startup_language(Settings().language))
    return app


def start_window(path: str | None = None) -> MainWindow:
    """The configurator on screen, with ``path`` opened if given (what ``keiconfig`` does
    before it runs the event loop)."""
    make_app()
    from keiconfig.ui import errors
    from keiconfig.ui.main_window import MainWindow

    errors.install_excepthook()
    window = MainWindow()
    if window.starts_maximized:  # first start on a small screen
        window.showMaximized()
    else:
        window.show()
    window.projector_after_a_stop()  # the class was in front of the projector at a crash
    if not gc.isenabled():
        # The keiconfig command starts with the cyclic garbage collector off (see
        # keiconfig.cli.run_gui). The objects made so far live as long as the window, so
        # they are moved out of the collector's sight for good.
        gc.freeze()
    # From now on it collects from the event loop only, never inside a Qt call (where a
    # collection could freeze the window: see keiconfig.ui.collector).
    from keiconfig.ui import collector

    collector.install()
    if path is not None:
        window.open_path(Path(path), ask=False)
    elif window.first_start:
        window.say_welcome()
    window.say_missing_font()  # Japanese chosen on a computer with no font for it
    from keiconfig.ui.recovery_dialog import offer_recovery

    offer_recovery(window)  # a build autosaved by a keiconfig that did not exit cleanly
    return window


def run_app(path: str | None = None) -> int:
    """Show the configurator, opening ``path`` if given; returns the exit status."""
    start_window(path)
    app = QApplication.instance()
    assert app is not None
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(run_app(sys.argv[1] if len(sys.argv) > 1 else None))
