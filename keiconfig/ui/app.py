"""Start the window: QApplication, exception hook, settings location, the first build."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

APP_NAME = "keiconfig"


_SINGLETONS_PINNED = False


def pin_singletons() -> None:
    """Work around a reference-count bug in the Qt bindings on CPython < 3.12.

    With PySide6 6.12 on Python 3.11, every call of a method that returns nothing
    (``widget.update()``, ``painter.drawLine(...)``, ``label.setText(...)``) gives back a
    ``None`` it never took a reference to, so None's count falls by one per call; a session
    of a few thousand repaints ends in "Fatal Python error: none_dealloc" (True and False
    suffer the same way). CPython 3.12 made these objects immortal; this does the same for
    older versions by giving them 2**40 extra references. Harmless where the bug is absent.
    """
    global _SINGLETONS_PINNED
    if _SINGLETONS_PINNED or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out differently
        return
    import ctypes

    for obj in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _SINGLETONS_PINNED = True


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings and data folders find keiconfig."""
    pin_singletons()
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication)
    from keiconfig import __version__

    app.setApplicationVersion(__version__)
    return app


def run_app(path: str | None = None) -> int:
    """Show the configurator, opening ``path`` if given; returns the exit status."""
    app = make_app()
    from keiconfig.ui import errors
    from keiconfig.ui.main_window import MainWindow

    errors.install_excepthook()
    window = MainWindow()
    window.show()
    if path is not None:
        window.open_path(Path(path), ask=False)
    from keiconfig.ui.recovery_dialog import offer_recovery

    offer_recovery(window)  # a build autosaved by a keiconfig that did not exit cleanly
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(run_app(sys.argv[1] if len(sys.argv) > 1 else None))
