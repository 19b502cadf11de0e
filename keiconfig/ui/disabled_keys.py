"""The key of a disabled action says why it does nothing.

A disabled action's key did nothing and said nothing: Ctrl+R (Race Pinned Builds) with
fewer than two builds pinned left a person pressing it again, unsure whether the key was
the right one. An action given a reason with :meth:`DisabledKeys.explain` says it in the
status bar when its key is pressed while it is disabled ("Pin two builds (Ctrl+D) to race
them.").

Qt hands the key of a disabled action on as an ordinary key press to the focused control;
this filter, put on each control of the window (and of its floating docks) as it gets the
focus, catches it there. The key of an enabled action never gets that far (Qt's shortcut
takes it first), so it is untouched. Nor is a key a control claims for itself (it accepts
Qt's ``ShortcutOverride`` for it, before any shortcut): Ctrl+Z in the name box over its own
typing, or in the Comparison after a removal (it puts the builds back). Only a key whose
``ShortcutOverride`` no control took, so that it went up to the window (or the floating
dock), says the reason: a key the window's action would have had, were it enabled.

Once the action is enabled again its reason no longer holds, and ``withdraw(sentence)`` is
asked to take it back where it still stands ("Nothing to undo." stood in the status bar
for 20 s over the undo that a change had made possible).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from keiconfig.ui.shortcuts import is_one_of, window_keys_work_in


class DisabledKeys(QObject):
    """Says, with ``say(sentence)``, why the pressed key of a disabled action does nothing;
    ``withdraw(sentence)`` takes it back once the action is enabled."""

    def __init__(
        self,
        window: QWidget,
        say: Callable[[str], None],
        withdraw: Callable[[str], None] = lambda _sentence: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._say = say
        self._withdraw = withdraw
        self._said: dict[QAction, str] = {}  # the sentence each action's key said last
        self._reasons: list[tuple[QAction, Callable[[], str]]] = []
        self._unclaimed: QKeySequence | None = None  # the last key no control took
        window.installEventFilter(self)  # the key, when nothing of the window has the focus
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def explain(self, action: QAction, reason: Callable[[], str]) -> None:
        """While ``action`` is disabled, its key says ``reason()`` (asked each time: in the
        language of the moment)."""
        self._reasons.append((action, reason))
        action.enabledChanged.connect(lambda enabled: enabled and self._enabled(action))

    def _enabled(self, action: QAction) -> None:
        said = self._said.pop(action, None)
        if said is not None:
            self._withdraw(said)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        if window_keys_work_in(new, self._window):
            new.installEventFilter(self)  # installed once: a second install replaces it
            new.window().installEventFilter(self)  # (a floating dock: its keys end there)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            if isinstance(watched, QWidget) and watched.isWindow():
                # no control on the way up claimed the key: it is the window's
                self._unclaimed = QKeySequence(event.keyCombination())
            else:  # a new key at the control (forget one an enabled action took)
                self._unclaimed = None
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        unclaimed, self._unclaimed = self._unclaimed, None
        if unclaimed != QKeySequence(event.keyCombination()):
            return False  # a control's own key (it took it): it does its own thing
        for action, reason in self._reasons:
            if not action.isEnabled() and is_one_of(event, action.shortcuts()):
                self._said[action] = sentence = reason()
                self._say(sentence)
                return True  # used up: not typed into the control either
        return False
