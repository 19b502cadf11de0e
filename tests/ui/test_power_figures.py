"""Power and torque are figures on the dashboard at 1280x720 with a preset open (the
figures an enthusiast checks first against the published ones), and a figure a person sees
stays while they edit: a year entered, a rule broken and kept again (keiconfig/ui/
dashboard.py: LEVELS, Dashboard._keeping_figures)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QRegion

from keiconfig.core import presets
from keiconfig.ui.main_window import MainWindow
from keiconfig.ui.panels.results_panel import POWER_FIGURES
from tests.ui.keys import focus, press, type_text
from tests.ui.test_layout import resize_on_screen, settle

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LANGUAGES = pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
# two roadsters with published figures, a turbo held at the 64 PS cap
PRESETS = ["honda-beat-1991", "suzuki-cappuccino-1991", "daihatsu-naked-turbo-1999"]


def _unseen(window: MainWindow, key: str) -> list[str]:
    """What keeps the figure ``key`` from being read whole (nothing: [])."""
    card = window.results_panel.figures[key]
    if not card.isVisible():
        return [f"{key}: hidden"]
    problems = []
    viewport = window.dashboard_area.viewport()
    for name, w in ((key, card), (f"{key} value", card.value)):
        if w.visibleRegion() != QRegion(w.rect()):
            problems.append(f"{name}: clipped to {w.visibleRegion().boundingRect()}")
        if not viewport.rect().contains(QRect(w.mapTo(viewport, QPoint(0, 0)), w.size())):
            problems.append(f"{name}: outside the dashboard's view")
    value = card.value
    if value.fontMetrics().horizontalAdvance(value.text()) > value.contentsRect().width():
        problems.append(f"{key}: {value.text()!r} cut")
    return problems


def _seen(window: MainWindow) -> set[str]:
    return {k for k, card in window.results_panel.figures.items() if card.isVisible()}


def _enter(qtbot, window: MainWindow, spin, text: str) -> None:
    """``text`` typed into ``spin`` over what it had, Return pressed, as a person does."""
    focus(qtbot, spin)
    press(Qt.Key.Key_A, CTRL)
    type_text(text)
    press(Qt.Key.Key_Return)
    settle(qtbot, window)


def _broken(window: MainWindow) -> int:
    return len(window.document.compliance.failed)


@LANGUAGES
@pytest.mark.parametrize("preset", PRESETS)
def test_power_and_torque_are_read_whole_with_a_preset_and_stay_as_rules_break(
    language, preset, main_window_factory, dialogs, qtbot
):
    window = main_window_factory()
    resize_on_screen(qtbot, window, 1280, 720)
    dialogs.preset_answer = presets.load_preset(preset)
    focus(qtbot, window.engine_panel.displacement.spin)
    press(Qt.Key.Key_O, CTRL | SHIFT)  # File > Open Preset
    settle(qtbot, window)
    opened = dialogs.preset_answer.build
    assert (window.document.build.year, window.document.build.body) == (opened.year, opened.body)
    assert [p for key in POWER_FIGURES for p in _unseen(window, key)] == []
    seen = _seen(window)

    # one rule broken, then three: the figures seen stay, power and torque whole
    _enter(qtbot, window, window.engine_panel.displacement.spin, "800")
    assert window.document.build.engine.displacement_cc == 800 and _broken(window) == 1
    assert _seen(window) >= seen
    assert [p for key in sorted(_seen(window)) for p in _unseen(window, key)] == []
    _enter(qtbot, window, window.body_panel.length.spin, "3600")
    _enter(qtbot, window, window.body_panel.width.spin, "1600")
    assert _broken(window) == 3
    assert _seen(window) >= seen
    assert [p for key in sorted(_seen(window)) for p in _unseen(window, key)] == []
    # and kept again
    for _ in range(3):
        press(Qt.Key.Key_Z, CTRL)
    settle(qtbot, window)
    assert _broken(window) == 0
    assert _seen(window) >= seen
    assert [p for key in sorted(_seen(window)) for p in _unseen(window, key)] == []


@LANGUAGES
def test_a_year_entered_and_a_rule_broken_leave_every_figure_seen(
    language, main_window_factory, qtbot
):
    """The new build at 1280x720 shows every figure; a year typed (the rules' choice names
    the era's limits then, wider) and a rule broken (advice under it) made the rules need
    more room, and the dashboard dropped to the key figures, in Japanese."""
    window = main_window_factory()
    resize_on_screen(qtbot, window, 1280, 720)
    seen = _seen(window)
    assert set(POWER_FIGURES) <= seen
    _enter(qtbot, window, window.body_panel.year, "1991")
    assert window.document.build.year == 1991
    assert _seen(window) == seen
    _enter(qtbot, window, window.engine_panel.displacement.spin, "800")
    assert _broken(window) == 1
    assert _seen(window) == seen
    assert [p for key in sorted(seen) for p in _unseen(window, key)] == []
