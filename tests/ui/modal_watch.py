"""A modal dialog or menu that no test answers is closed, and named (the UI tests' autouse
``_no_modal_loop_waits_for_ever``, ``tests/ui/conftest.py``)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

# A modal dialog or a menu runs an event loop of its own until it is answered; one that no
# test answers would wait until CI's limit ended the whole run, with no word of which test.
# The watch looks once a second: one that has stood this many looks is closed and fails
# its test (a test answers its dialog within a second or two; the bound ends a wait, it
# measures nothing).
UNANSWERED_LOOKS = 60


class ModalWatch:
    """Closes a modal dialog or popup menu left unanswered for ``looks`` looks (by default
    :data:`UNANSWERED_LOOKS`); ``closed`` names each."""

    def __init__(self, looks: int = UNANSWERED_LOOKS) -> None:
        self.looks = looks
        self.closed: list[str] = []
        self._seen: QWidget | None = None
        self._stood = 0
        self.timer = QTimer()
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        shown = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if shown is None or shown is not self._seen:
            self._seen, self._stood = shown, 0
            return
        self._stood += 1
        if self._stood < self.looks:
            return
        title = shown.title() if isinstance(shown, QMenu) else shown.windowTitle()
        self.closed.append(f"{type(shown).__name__} {title!r}")
        self._seen, self._stood = None, 0
        if isinstance(shown, QDialog):
            shown.reject()
        else:
            shown.close()

    def stop(self) -> None:
        self.timer.stop()
        self.timer.deleteLater()
