"""The explorer from the keyboard: keys go to the focused widget, as typing does.

Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import Qt

from tests.ui.keys import focus, press

pytestmark = pytest.mark.desktop


def test_search_and_open_a_best_build_with_keys(qtbot, main_window):
    panel = main_window.explore_tools.show()
    panel.executors.factory = lambda: ThreadPoolExecutor(2)
    try:
        panel.budget_box.setValue(200)
        focus(qtbot, panel.search_button)
        press(Qt.Key.Key_Space)
        qtbot.waitUntil(
            lambda: panel.result is not None and panel.search_button.isEnabled(), timeout=60_000
        )
        best = panel.result.best
        assert len(best) >= 2
        doc = main_window.document
        steps = doc.undo_stack.count()
        focus(qtbot, panel.best_table)
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)
        assert doc.build == best[1].build
        assert doc.undo_stack.count() == steps + 1
        assert doc.compliance.ok
    finally:
        panel.shutdown()


def test_cancel_with_keys(qtbot, main_window):
    panel = main_window.explore_tools.show()
    panel.executors.factory = lambda: ThreadPoolExecutor(1)
    try:
        panel.budget_box.setValue(1_000_000)
        focus(qtbot, panel.search_button)
        press(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=60_000)
        focus(qtbot, panel.cancel_button)
        press(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: panel.search_button.isEnabled(), timeout=60_000)
        assert panel.result is not None and panel.result.cancelled
    finally:
        panel.shutdown()
