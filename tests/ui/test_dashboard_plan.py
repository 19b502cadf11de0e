"""The dashboard's planning measures each thing once a plan (keiconfig.ui.dashboard:
Dashboard._measuring), and plans as it did measuring everything every time it asks."""

from __future__ import annotations

import contextlib
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from keiconfig.core import presets
from keiconfig.ui import dashboard as dashboard_module
from keiconfig.ui.dock_room import window_docks
from keiconfig.ui.main_window import MainWindow

# Heights from a poorest plan (every level tried) to the richest, at widths from the
# narrowest to a wide window's.
SIZES = [(w, h) for w in (420, 640, 900, 1300) for h in (0, 300, 520, 760, 1000)]


def _counting(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> Counter:
    """What the dashboard's panels were asked to measure, and how often."""
    asked: Counter = Counter()
    results = window.results_panel
    needed_size = results.needed_size

    def counted_needed_size(*args: object) -> object:
        asked[("figures", *args)] += 1
        return needed_size(*args)

    column_height = dashboard_module.column_height

    def counted_column_height(panel, width, shown):
        asked[(panel.objectName() or type(panel).__name__, width, tuple(shown.values()))] += 1
        return column_height(panel, width, shown)

    monkeypatch.setattr(results, "needed_size", counted_needed_size)
    monkeypatch.setattr(dashboard_module, "column_height", counted_column_height)
    return asked


def test_a_plan_measures_each_arrangement_once(main_window, monkeypatch):
    """A plan asks the figures' size in each arrangement, and the rules' and plots' height
    at each width, once: a plan tries every level, and asked them some 60 and 30 times."""
    dashboard = main_window.dashboard
    asked = _counting(monkeypatch, main_window)
    for width, height in SIZES:
        asked.clear()
        dashboard.plan(width, height)
        assert asked, "the plan measured nothing"
        assert max(asked.values()) == 1, [k for k, n in asked.items() if n > 1]
    # a relayout measures once to plan, and once more with its plan placed (what each
    # panel needs in it, and the least size)
    asked.clear()
    dashboard._narrowest = None
    dashboard.relayout()
    assert asked
    assert max(asked.values()) <= 2, [k for k, n in asked.items() if n > 2]


@pytest.mark.parametrize("preset", ["honda-beat-1991", "suzuki-cappuccino-1991"])
def test_kept_measures_plan_as_measuring_every_time(main_window, monkeypatch, preset):
    """At every size, the plan and the least height are those planned with every measure
    taken afresh each time it is asked (planning shows, hides and moves nothing)."""
    main_window.document.reset(presets.load_preset(preset).build)
    dashboard = main_window.dashboard
    kept = {s: (dashboard.plan(*s), dashboard.minimum_height(s[0])) for s in SIZES}
    kept_narrowest = (dashboard.narrowest(), dashboard.minimumSizeHint())
    monkeypatch.setattr(dashboard, "_measuring", contextlib.nullcontext)
    assert {s: (dashboard.plan(*s), dashboard.minimum_height(s[0])) for s in SIZES} == kept
    dashboard._narrowest = None
    assert dashboard.narrowest() == kept_narrowest[0]
    assert dashboard._least_size(dashboard.width()) == kept_narrowest[1]


def test_every_dock_is_the_windows_own_child(main_window):
    """Dashboard.room and dock_room.window_docks look for the docks among the window's own
    children: docked, tabbed, floated and docked again, every dock of the window is one."""
    window = main_window
    tools = window.compare_tools
    tools.add_preset(presets.load_preset("honda-beat-1991"))
    tools.add_preset(presets.load_preset("suzuki-cappuccino-1991"))
    tools.race()
    window.classroom.dock.show()
    direct = Qt.FindChildOption.FindDirectChildrenOnly

    def same() -> None:
        every = window.findChildren(QDockWidget)
        assert len(every) >= 4
        assert set(every) == set(window.findChildren(QDockWidget, options=direct))
        assert window_docks(window) == every  # (in the same order)

    same()
    window.tabifyDockWidget(tools.compare_dock, window.classroom.dock)
    same()
    tools.compare_dock.setFloating(True)
    same()
    tools.compare_dock.setFloating(False)
    window.restoreState(window.saveState())
    same()
