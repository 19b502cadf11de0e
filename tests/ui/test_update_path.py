"""How a change reaches the window's views (issue 12: a window that keeps up with the hand).

What a user would notice if these broke: the window laying itself out again (and so
stuttering) on every slider move, views behind a closed dock or another tab slowing every
change, a hidden view showing an old build when it comes back, or widgets rebuilt under
the mouse (a selection or a tooltip lost) while a number changes. Timings are in
tests/benchmarks/bench_update.py, never here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from keiconfig.ui import refresh
from keiconfig.ui.main_window import MainWindow


def next_frame() -> None:
    """The frame a drag waits for, brought forward; then the posted layout work."""
    refresh.frame().flush()
    for _ in range(3):  # posted layout requests, then the dashboard's check after them
        QApplication.processEvents()


def drag(window: MainWindow, values: list[dict[str, object]], merge: int | None = None) -> None:
    doc = window.document
    merge = doc.new_merge_id() if merge is None else merge
    for updates in values:
        doc.change(updates, "drag", merge)
        next_frame()


def whole(widget) -> bool:  # type: ignore[no-untyped-def]
    """Shown and not clipped by anything around it."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_the_dashboard_plans_again_only_when_a_panel_needs_another_size(main_window, monkeypatch):
    dashboard = main_window.dashboard
    rules = main_window.compliance_panel.rows["length"]
    merge = main_window.document.new_merge_id()
    # The drag's first move: the figures' change markers appear (the cards may grow).
    drag(main_window, [{"body.length_mm": 3000}], merge)
    plans: list[tuple[int, int]] = []
    plan = dashboard.plan
    monkeypatch.setattr(dashboard, "plan", lambda w, h: plans.append((w, h)) or plan(w, h))
    before = rules.detail.text()
    # The drag goes on, changing the numbers only: every panel shows them, nothing is
    # laid out again.
    drag(main_window, [{"body.length_mm": 3000 + 10 * i} for i in range(1, 6)], merge)
    assert rules.detail.text() != before
    assert "3,050" in rules.detail.text()
    assert plans == []
    # Over the limit: the rule's advice appears, the rules need more room: planned again,
    # and the advice is shown whole.
    drag(main_window, [{"body.length_mm": 3500}])
    assert plans
    assert "Shorten the car" in rules.advice.text()
    assert whole(rules.advice)
    assert whole(main_window.compliance_panel.verdict)
