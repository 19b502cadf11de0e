"""Start the window: QApplication, exception hook, settings location, the first build."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

APP_NAME = "keiconfig"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings and data folders find keiconfig."""
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
