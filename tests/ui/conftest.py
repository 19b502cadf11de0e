"""UI test fixtures: settings and data folders in tmp, no modal dialog ever waits for a click.

- ``main_window_factory(document=None)``: a shown :class:`MainWindow` with settings in tmp.
- ``main_window``: one such window.
- ``dialogs``: records what the window would have shown (errors, unsaved-changes questions,
  file dialogs) and lets a test choose the answers.
- ``desktop_font(points)``: the application's text at a desktop's point size (GNOME's 10 pt;
  the test machine's Qt default is 9 pt), put back after the test.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from keiconfig.ui import errors, i18n
from keiconfig.ui import main_window as main_window_module
from keiconfig.ui.app import make_app
from keiconfig.ui.document import Document
from keiconfig.ui.main_window import MainWindow
from keiconfig.ui.settings import Settings
from tests.ui import japanese_font
from tests.ui.modal_watch import ModalWatch

_MODIFIER_KEYS = (
    (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
    (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
    (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
    (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta),
)


@pytest.fixture(scope="session", autouse=True)
def _collector_between_events(qapp):
    """As in the app (keiconfig.ui.collector): Python's cyclic collector runs between events,
    never inside a Qt call, where a collection could deadlock the whole session."""
    from keiconfig.ui import collector

    yield collector.install()
    gc.enable()


@pytest.fixture(scope="session", autouse=True)
def _qts_own_settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Qt keeps its own file dialog's state (the last folder it showed, its history, its
    columns) in the user's ~/.config/QtProject.conf, which every Qt program shares, and
    lists that last folder whenever a dialog is made. A test that went into /proc left it
    there: as root, every Qt file dialog on the machine then read /proc/kmsg and froze
    (keiconfig/ui/file_dialogs.py), test_japanese's among them. The tests' Qt settings go
    to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("qt-settings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def _collect_after_each_test(_collector_between_events):
    """A test that never runs the event loop still has what is due collected after it.
    The widgets the test made and pytest-qt closed and gave to ``deleteLater`` are deleted
    now: posted outside any event loop, their deletion waited for one that never came, and
    every later test's relayout, language switch and event ran past thousands of them."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _collector_between_events.collect_due()


@pytest.fixture(autouse=True)
def _no_modifier_key_left_down():
    """A test's key press whose release Qt never saw (a shortcut that moved the focus away
    mid-click) leaves Shift or Ctrl down for the tests after it, which then extend or toggle
    selections instead of making them: let each such key go after the test."""
    yield
    held = QGuiApplication.keyboardModifiers()
    if held == Qt.KeyboardModifier.NoModifier:
        return
    catcher = QWidget()
    for modifier, key in _MODIFIER_KEYS:
        if held & modifier:
            held &= ~modifier
            QTest.keyRelease(catcher, key, held)
    catcher.deleteLater()


@pytest.fixture(autouse=True)
def _application_font_kept(qapp: Any):
    """The text size (Ctrl+=, projector mode) is the application's font: a test that ends
    with it larger (test_projector_after_crash's restarted window did, until mended)
    laid out every later test's windows in it (CI's xcb pass: 19 race, dock, limiter and
    window-size failures after it; offscreen, the robot's controls stepped aside). The
    font each test started with is the one the next starts with."""
    font = QApplication.font()
    yield
    if QApplication.font() != font:
        QApplication.setFont(font)


@pytest.fixture(autouse=True)
def _no_mouse_button_left_down():
    """Likewise a mouse button a test pressed and never let go of (QTest.mouseDClick alone,
    a press whose widget went before its release): the application would take every later
    test's mouse moves for a drag, with no widget ever under the mouse (the selection tests
    of test_update_path.py timed out after test_dock_again.py's double-click)."""
    yield
    held = QGuiApplication.mouseButtons()
    if held == Qt.MouseButton.NoButton:
        return
    catcher = QWidget()
    for button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton,
                   Qt.MouseButton.MiddleButton):  # fmt: skip
        if held & button:
            QTest.mouseRelease(catcher, button)
    catcher.deleteLater()


@pytest.fixture(autouse=True)
def _keiconfigs_translators(qapp: Any, _private_folders: Path) -> None:
    """The application as keiconfig's own start makes it (``make_app``): its translators
    installed, so an English text with a count takes its English plural form ("1 build")
    in a test that makes a dialog without a main window too."""
    from keiconfig.ui.app import make_app

    make_app()


class _MonkeyPatchKept:
    """pytest's ``monkeypatch``, undone at the end of the test only."""

    def __init__(self, patches: pytest.MonkeyPatch) -> None:
        self._patches = patches

    def __getattr__(self, name: str) -> Any:
        return getattr(self._patches, name)

    def undo(self) -> None:
        raise AssertionError(
            "monkeypatch.undo() in a UI test also undoes the private folders and the "
            "dialogs' answers: the app then writes to the user's own settings, and a "
            "failure after it left a real question waiting when the window was closed "
            "(the run hung there). Undo a patch of the test's own with "
            "'with pytest.MonkeyPatch.context() as patch: ...'"
        )


@pytest.fixture
def monkeypatch(monkeypatch: pytest.MonkeyPatch) -> _MonkeyPatchKept:
    """One ``monkeypatch`` for a UI test and the fixtures here (the private folders, the
    dialogs' answers), which an undo() in the test took away with its own patches
    (test_crash_recovery's save failures, test_dock_restart's other version)."""
    return _MonkeyPatchKept(monkeypatch)


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Settings and the error log go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("keiconfig-settings")
    monkeypatch.setenv("KEICONFIG_SETTINGS_DIR", str(folder))
    monkeypatch.setenv("KEICONFIG_DATA_DIR", str(folder / "data"))
    return folder


def _unexpected(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError(f"an unexpected modal dialog was opened: {args!r}")


_REAL_EXEC = QDialog.exec


def _file_dialogs_only(dialog: QDialog, *args: Any) -> Any:
    """Qt's own file dialogs run (keiconfig.ui.file_dialogs: the app's ask_* functions,
    answered by the tests that replace those, run by the tests that answer the dialog
    itself with keys, as QFileDialog's static functions were); any other fails the test.
    (One that no test answers is closed by ``_no_modal_loop_waits_for_ever``.)"""
    if isinstance(dialog, QFileDialog):
        return _REAL_EXEC(dialog, *args)
    return _unexpected(dialog, *args)


@pytest.fixture(autouse=True)
def _no_modal_loop_waits_for_ever(qapp: Any) -> Iterator[None]:
    """A dialog or menu the test left open (its answer posted too early, a key that went
    elsewhere, an exception in the answering timer) is closed, and the test fails with its
    name, rather than the whole run hanging in its event loop."""
    watch = ModalWatch()
    yield
    watch.stop()
    if watch.closed:
        pytest.fail(
            f"left unanswered for {watch.looks} s and closed: {', '.join(watch.closed)}; "
            "answer it, or replace the app's ask_* function"
        )


@dataclass
class Dialogs:
    """What the app asked or told; set the ``*_answer`` fields to reply."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    unsaved_asked: list[str] = field(default_factory=list)
    unsaved_answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel
    open_answer: str = ""
    save_answer: str = ""
    save_suggested: list[str] = field(default_factory=list)
    preset_answer: Any = None
    crashes: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """No test ever blocks on a dialog: the app's dialog functions are answered here, and any
    other modal dialog fails the test."""
    d = Dialogs()
    monkeypatch.setattr(QMessageBox, "exec", _unexpected)
    monkeypatch.setattr(QDialog, "exec", _file_dialogs_only)
    for name in ("warning", "critical", "question", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, _unexpected)
    monkeypatch.setattr(
        errors, "show_user_error", lambda parent, title, msg: d.errors.append((title, msg))
    )
    monkeypatch.setattr(
        errors, "show_crash_dialog", lambda details, path: d.crashes.append(details)
    )

    def ask_unsaved(parent: Any, name: str) -> QMessageBox.StandardButton:
        d.unsaved_asked.append(name)
        return d.unsaved_answer

    def ask_save(parent: Any, suggested: str) -> str:
        d.save_suggested.append(suggested)
        return d.save_answer

    # A folder that cannot be written in: said, with Save As… offered; answered Cancel
    # (the sentence recorded as an error, as it was shown before Save As was offered).
    from keiconfig.ui import file_guard

    monkeypatch.setattr(
        file_guard,
        "ask_save_elsewhere",
        lambda parent, msg, title="": (
            d.errors.append((title or "Could not save the build", msg)) and False
        ),
    )
    monkeypatch.setattr(main_window_module, "ask_unsaved_changes", ask_unsaved)
    monkeypatch.setattr(main_window_module, "ask_open_path", lambda parent, folder: d.open_answer)
    monkeypatch.setattr(main_window_module, "ask_save_path", ask_save)
    monkeypatch.setattr(main_window_module, "choose_preset", lambda parent: d.preset_answer)
    return d


@pytest.fixture
def close_top_level_dialogs(qapp: Any) -> Iterator[None]:
    """The challenge and class-folder windows are top-level: none outlives its test (for
    the modules that open them: ``pytestmark = pytest.mark.usefixtures(...)``)."""
    yield
    for w in qapp.topLevelWidgets():
        if type(w).__name__ in ("ChallengeDialog", "ClassFolderDialog"):
            w.close()
            w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def document(qtbot: Any) -> Document:
    """A document with the default build, for testing one panel on its own."""
    return Document()


@pytest.fixture
def main_window_factory(qtbot: Any) -> Callable[..., MainWindow]:
    """Make shown main windows (settings in tmp); each is closed without questions at the end."""
    made: list[MainWindow] = []

    def make(document: Document | None = None) -> MainWindow:
        settings = Settings()
        window = MainWindow(document=document, settings=settings)
        qtbot.addWidget(window)
        if settings.state("geometry") is None:
            # The first-start size on a laptop screen (the offscreen screen is 800x800, so
            # the window would start at 720x720, where the dashboard keeps only what a
            # lesson needs: see keiconfig/ui/dashboard.py).
            window.resize(1280, 820)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.document.undo_stack.setClean()  # no "save changes?" on teardown


@pytest.fixture
def main_window(main_window_factory: Callable[..., MainWindow]) -> MainWindow:
    return main_window_factory()


@pytest.fixture
def start_window(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], MainWindow]]:
    """Start windows as the keiconfig command does (``app.start_window``: the first start's
    size and welcome, a saved layout), shown and exposed; the test's own exception hook and
    collector stay, and no crash recovery is offered. Each is closed without questions at
    the end."""
    from keiconfig.ui import app, collector, recovery_dialog

    monkeypatch.setattr(errors, "install_excepthook", lambda: None)  # (the test's own hooks)
    monkeypatch.setattr(collector, "install", lambda: None)
    monkeypatch.setattr(recovery_dialog, "offer_recovery", lambda window: None)
    windows: list[MainWindow] = []

    def start() -> MainWindow:
        window = app.start_window()
        windows.append(window)
        qtbot.waitExposed(window)
        return window

    try:
        yield start
    finally:
        for window in windows:
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()
        # The command's start freezes what exists then out of the collector's sight for good
        # (app.start_window: the collector is off, as in the tests): given back to it, or the
        # window's plot menus and whatever earlier tests left to collect were never freed.
        gc.unfreeze()


@pytest.fixture
def build_file(tmp_path: Path) -> Path:
    """A valid build file on disk."""
    from keiconfig.core import files
    from keiconfig.core.build import changed, default_build

    path = tmp_path / "test-build.kei.json"
    files.save_build(changed(default_build(), {"name": "Test build"}), path)
    return path


@pytest.fixture(autouse=True)
def _japanese_needs_a_font(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that turns Japanese on is skipped, saying why, where no font draws it
    (``tests/ui/japanese_font.py``)."""
    if japanese_font.installed():
        return
    english_only = i18n.set_language

    def set_language(language: str) -> None:
        if language == "ja":
            japanese_font.needed()
        english_only(language)

    monkeypatch.setattr(i18n, "set_language", set_language)


@pytest.fixture
def language(request, qapp) -> Iterator[str]:
    """The window's language for a test parametrised with ``indirect=True`` on ``language``
    ("en", "ja"); English again afterwards."""
    make_app()
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


@pytest.fixture
def desktop_font() -> Iterator[Callable[[int], None]]:
    """The application's font at a point size (restored after)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.font()

    def use(points: int) -> None:
        font = QFont(old)
        font.setPointSize(points)
        app.setFont(font)

    yield use
    app.setFont(old)
