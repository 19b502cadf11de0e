"""The key of a disabled action says why it does nothing: Ctrl+R (Race Pinned Builds) with
fewer than two builds pinned did nothing and said nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction

from keiconfig.core import presets
from tests.ui.keys import focus, press

pytestmark = pytest.mark.desktop

NONE_PINNED = "Pin two builds (Ctrl+D) to race them."
ONE_PINNED = "Pin one more build (Ctrl+D) to race them."


def _ctrl_r(qtbot, window, widget) -> str:
    window.statusBar().clearMessage()
    focus(qtbot, widget)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    return window.statusBar().currentMessage()


def test_ctrl_r_with_no_build_pinned_says_to_pin_two(main_window, qtbot) -> None:
    w = main_window
    assert not w.compare_tools.race_action.isEnabled()
    assert _ctrl_r(qtbot, w, w.body_panel.length.spin) == NONE_PINNED


def test_ctrl_r_with_one_build_pinned_says_to_pin_one_more(main_window, qtbot) -> None:
    w = main_window
    w.compare_tools.add_preset(presets.load_preset("honda-beat-1991"))
    assert _ctrl_r(qtbot, w, w.body_panel.length.spin) == ONE_PINNED


def test_the_key_says_it_from_the_name_box_which_keeps_its_text(main_window, qtbot) -> None:
    w = main_window
    box = w.body_panel.name
    name = box.text()
    assert _ctrl_r(qtbot, w, box) == NONE_PINNED
    assert box.text() == name


def test_with_two_pinned_ctrl_r_races_and_says_nothing_of_pinning(main_window, qtbot) -> None:
    w = main_window
    tools = w.compare_tools
    for pid in ("honda-beat-1991", "suzuki-cappuccino-1991"):
        tools.add_preset(presets.load_preset(pid))
    assert tools.race_action.isEnabled()
    message = _ctrl_r(qtbot, w, w.body_panel.length.spin)
    assert "Pin" not in message
    assert tools.race_panel.replay is not None


def test_any_disabled_action_with_a_reason_says_it(main_window, qtbot) -> None:
    w = main_window
    action = QAction("Something", w)
    action.setShortcut("Ctrl+Shift+K")
    w.addAction(action)
    action.setEnabled(False)
    w.disabled_keys.explain(action, lambda: "Nothing to do it to.")
    w.statusBar().clearMessage()
    focus(qtbot, w.body_panel.length.spin)
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.statusBar().currentMessage() == "Nothing to do it to."


JAPANESE = "レースするには、ビルドを2台ピン留めしてください({key})。"


class _Japanese(QTranslator):
    """The sentence in Japanese, as the catalogue has it once it is built (every other
    text as it is)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return JAPANESE if source == NONE_PINNED.replace("Ctrl+D", "{key}") else source


def test_the_sentence_is_translated(main_window, qtbot) -> None:
    w = main_window
    translator = _Japanese()
    QCoreApplication.installTranslator(translator)
    try:
        said = _ctrl_r(qtbot, w, w.body_panel.length.spin)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert said == JAPANESE.format(key="Ctrl+D")
