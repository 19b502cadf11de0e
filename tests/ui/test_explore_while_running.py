"""The explorer while a search runs: the person goes on using the form and the window.

Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb).
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import Qt

from keiconfig.core.build import changed
from tests.ui.explorer import shown_explorer  # noqa: F401 - the panel fixture
from tests.ui.keys import focus, press, type_text

pytestmark = pytest.mark.desktop


@pytest.fixture
def explore_threads() -> int:
    """One thread judges the builds: a long search is still running when the test acts."""
    return 1


def _ticks(qtbot, panel, n: int = 2) -> None:
    """Wait for ``n`` more progress reports of the running search."""
    for _ in range(n):
        seen = panel.progress.value()
        qtbot.waitUntil(lambda s=seen: panel.progress.value() > s, timeout=60_000)


def test_the_objective_changed_during_a_search_does_not_relabel_its_progress(qtbot, panel):
    """The progress line speaks of the running search's objective (0-100 km/h, seconds):
    choosing another objective, or typing an unfinished mix, while it runs changes the
    next search, not this one's figures. Before, the line took the form's objective: the
    0-100 km/h time was shown as "9.0 km/h", and a half-typed mix raised an error on every
    progress report."""
    panel.budget_box.setValue(1_000_000)
    focus(qtbot, panel.search_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "so far" in panel.status.text(), timeout=60_000)
    assert panel.status.text().endswith(" s")
    focus(qtbot, panel.objective_box)
    while panel.objective_box.currentData() != "top_speed_kmh":
        press(Qt.Key.Key_Down)
    _ticks(qtbot, panel)
    assert panel.status.text().endswith(" s"), panel.status.text()
    while panel.objective_box.currentData() != "mix":
        press(Qt.Key.Key_Down)
    focus(qtbot, panel.mix_edit)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("zero_to_100kmh_s=1, top_sp")
    _ticks(qtbot, panel)
    assert panel.status.text().endswith(" s"), panel.status.text()
    focus(qtbot, panel.cancel_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.search_button.isEnabled(), timeout=60_000)
    assert panel.result is not None and panel.result.cancelled


def test_the_tornado_chart_is_labelled_by_the_question_it_answers(qtbot, panel):
    """The tornado chart's axis names the objective it was swept for, even when the form's
    objective changed while it ran (before: the form's, at the end)."""
    panel.set_checked_fields(["body.length_mm", "engine.displacement_cc"])
    assert panel.start_tornado()
    panel.objective_box.setCurrentIndex(panel.objective_box.findData("top_speed_kmh"))
    qtbot.waitUntil(lambda: panel.search_button.isEnabled(), timeout=60_000)
    label = panel.tornado.plot.getAxis("bottom").labelText
    assert "0–100" in label and "top speed" not in label, label


def test_quit_then_cancel_keeps_the_search_and_the_challenge(qtbot, main_window, panel, dialogs):
    """Ctrl+Q with unsaved changes asks first; Cancel keeps the window, the running search
    and the challenge's window. Before, the explorer stopped its search and closed the
    challenge on the Close event, before the question was asked. Discard then closes all,
    and the worker processes go with the window."""
    from keiconfig.core.resources_path import resource_path

    challenge = main_window.explore_tools.open_challenge(
        str(resource_path("example.challenge.json"))
    )
    assert challenge is not None
    main_window.document.change({"body.length_mm": 3300}, "Change length")
    panel.budget_box.setValue(1_000_000)
    assert panel.start_search()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=60_000)
    dialogs.unsaved_answer = dialogs.unsaved_answer.Cancel
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.unsaved_asked
    assert main_window.isVisible() and challenge.isVisible()
    _ticks(qtbot, panel)  # still searching
    assert panel.running and not panel.thread.cancel_event.is_set()

    dialogs.unsaved_answer = dialogs.unsaved_answer.Discard
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not main_window.isVisible() and not challenge.isVisible()
    assert not panel.running and panel.thread.cancel_event.is_set()


def test_a_build_opened_from_the_search_keeps_what_was_changed_since(qtbot, main_window, panel):
    """The build is edited while the search runs (its name typed, seats stepped down: fields
    the search does not vary); opening a best build then changes what the table lists and
    keeps those edits. Before, it opened the search's copy of the build as it was when
    Search was pressed, and the new name and seats were silently put back. Undo takes the
    opened build back in one step."""
    doc = main_window.document
    body = main_window.body_panel
    panel.budget_box.setValue(400)
    focus(qtbot, panel.search_button)
    press(Qt.Key.Key_Space)
    assert panel.running
    focus(qtbot, body.name)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Our class car")
    press(Qt.Key.Key_Return)
    focus(qtbot, body.seats)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert (doc.build.name, doc.build.body.seats) == ("Our class car", 2)
    qtbot.waitUntil(lambda: panel.search_button.isEnabled(), timeout=60_000)
    assert panel.result is not None and len(panel.result.best) >= 2
    before = doc.build
    focus(qtbot, panel.best_table)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    found = panel.result.best[1]
    assert (doc.build.name, doc.build.body.seats) == ("Our class car", 2)
    for path, value in found.updates.items():
        from keiconfig.core.build import get_field

        assert get_field(doc.build, path) == value, path
    # the table now lists the changes from the build just opened: none for that row
    assert panel.best_table.currentRow() == 1
    assert panel.best_table.item(1, 4).text() == "none"
    doc.undo_stack.undo()
    assert doc.build == before


def test_an_electric_car_is_explored_on_what_it_uses(qtbot, main_window, panel):
    """Switched to an electric motor (keys in the Powertrain box), the explorer greys and
    unticks the engine and gearbox rows (an electric car keeps them only for a switch back),
    its search varies the rest, and no best build lists an engine change; switched back to
    petrol, the rows are ticked as they were. Before, the search varied displacement,
    cylinders, turbo, gearbox and gears of an electric car: changes that did nothing."""
    from keiconfig.core.explore_space import ENGINE_ONLY
    from keiconfig.ui.explore_dock import field_label

    before = panel.checked_fields()
    assert set(before) & ENGINE_ONLY
    focus(qtbot, main_window.engine_panel.motor_controls.powertrain)
    press(Qt.Key.Key_Down)  # "Petrol engine" -> "Electric motor"
    assert main_window.document.build.electric
    assert not set(panel.checked_fields()) & ENGINE_ONLY
    for row in range(panel.fields.rowCount()):
        item = panel.fields.item(row, 0)
        if item.data(Qt.ItemDataRole.UserRole) in ENGINE_ONLY:
            assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    panel.budget_box.setValue(300)
    focus(qtbot, panel.search_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.search_button.isEnabled(), timeout=60_000)
    assert panel.result is not None and panel.result.best, panel.status.text()
    engine_words = [field_label(p) for p in ENGINE_ONLY]
    for row in range(panel.best_table.rowCount()):
        changes = panel.best_table.item(row, 4).text()
        assert not [w for w in engine_words if w in changes], changes
    focus(qtbot, main_window.engine_panel.motor_controls.powertrain)
    press(Qt.Key.Key_Up)
    assert not main_window.document.build.electric
    assert panel.checked_fields() == before
    # A petrol car's best builds, the open car then switched to electric: the list says
    # each one's changes still, its engine's among them (before, the list was not made
    # again: the open car's redline, which it does not have, raised an error)
    panel.budget_box.setValue(100)
    focus(qtbot, panel.search_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.search_button.isEnabled(), timeout=60_000)
    rows = panel.best_table.rowCount()
    assert rows and panel.result is not None
    focus(qtbot, main_window.engine_panel.motor_controls.powertrain)
    press(Qt.Key.Key_Down)
    assert main_window.document.build.electric
    assert panel.best_table.rowCount() == rows
    redline = field_label("engine.redline_rpm")
    assert redline in panel.best_table.item(0, 4).text()


def test_closing_the_explorer_stops_its_search(qtbot, main_window, panel):
    """The explorer's close button during a search stops it (what was found so far is kept
    and shown when it is opened again). Before, the search ran on unseen, on every core,
    until its budget was spent: a million builds kept two workers busy for minutes."""
    from PySide6.QtWidgets import QAbstractButton

    dock = main_window.explore_tools.dock
    panel.budget_box.setValue(1_000_000)
    assert panel.start_search()
    _ticks(qtbot, panel)
    close = dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    assert close is not None and close.isVisible()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert dock.isHidden()
    qtbot.waitUntil(
        lambda: panel.result is not None and panel.search_button.isEnabled(), timeout=60_000
    )
    assert panel.result is not None and panel.result.cancelled
    assert panel.result.evaluated < 1_000_000
    main_window.explore_tools.show()
    assert panel.status.text().startswith("Cancelled after")


class _Gated(ThreadPoolExecutor):
    """A pool whose builds wait at a gate: a Cancel pressed meanwhile always comes first."""

    def __init__(self) -> None:
        super().__init__(1)
        self.gate = threading.Event()

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        def held():  # type: ignore[no-untyped-def]
            self.gate.wait(60)
            return fn(*args, **kwargs)

        return super().submit(held)

    def shutdown(self, wait=True, *, cancel_futures=False):  # type: ignore[no-untyped-def]
        self.gate.set()
        super().shutdown(wait, cancel_futures=cancel_futures)


def test_the_sensitivity_sweep_and_the_map_cancelled_say_so(qtbot, panel):
    """Cancel during the sensitivity sweep says "Cancelled." (before: "The search stopped:
    Cancelled: cancelled", the exception's name); during the map, that it was cancelled
    and no map drawn (before: "Map drawn: 0 builds." over a map whose unjudged cells read
    as builds that break a rule). Run to its end, the sweep's progress bar is full (before:
    "0 of 108 builds" throughout)."""
    gated = _Gated()
    panel.executors.factory = lambda: gated
    for start, said in (
        (panel.tornado_button, "Cancelled."),
        (panel.map_button, "Cancelled after 0 builds; the map is not drawn."),
    ):
        panel.tabs.setCurrentWidget(start.parentWidget())
        focus(qtbot, start)
        press(Qt.Key.Key_Space)
        assert panel.running
        focus(qtbot, panel.cancel_button)
        press(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: panel.search_button.isEnabled(), timeout=60_000)
        assert panel.status.text() == said
    assert panel.map.values is None
    gated.gate.set()
    panel.tabs.setCurrentWidget(panel.tornado_button.parentWidget())
    focus(qtbot, panel.tornado_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.search_button.isEnabled(), timeout=60_000)
    assert panel.tornado.bars
    assert panel.progress.value() == panel.progress.maximum() > 0


def test_before_any_search_the_answers_say_what_they_will_show(qtbot, panel):
    """Before a search the table's columns are named (before: "1 2 3 4 5"), after the
    objective chosen, and the empty sensitivity chart and map say which button draws them
    (before: bare axes from -0.5 to 0.5 and nothing else), the chart with no line for your
    build's value yet (before: one at 0, of nothing)."""
    t = panel.best_table
    names = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    assert names == [
        "#",
        "0–100 km/h (s)",
        "kerb weight (kg)",
        "power (PS)",
        "Changes from your build",
    ]
    focus(qtbot, panel.objective_box)
    while panel.objective_box.currentData() != "top_speed_kmh":
        press(Qt.Key.Key_Down)
    assert t.horizontalHeaderItem(1).text() == "top speed (km/h)"
    assert "Sweep each checked field alone" in panel.tornado.caption.text()
    assert not panel.tornado.base_line.isVisible()
    assert panel.map.caption.text().startswith("Draw the map")


def test_undo_after_opening_an_explored_build_brings_back_the_rules_too(qtbot, main_window, panel):
    """Opening a build found under the 1990 rules shows the 1990 rules; Ctrl+Z then brings
    back the build and the rules it was judged by (1998), in one step. Before, the build
    came back judged by the 1990 rules, under which the default car breaks two rules."""
    doc = main_window.document
    before, era = doc.build, doc.era
    assert doc.compliance.ok
    panel.era_box.setCurrentIndex(panel.era_box.findData("1990"))
    panel.budget_box.setValue(200)
    focus(qtbot, panel.search_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: panel.result is not None and panel.search_button.isEnabled(), timeout=60_000
    )
    focus(qtbot, panel.best_table)
    press(Qt.Key.Key_Return)
    found = changed(panel.result.best[0].build, {"judged_by": "1990"})  # (saved with it)
    assert doc.era == "1990" and doc.build == found
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.build == before and doc.era == era
    assert doc.compliance.ok
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert doc.era == "1990" and doc.build == found


def test_the_intercooler_choice_reads_as_words(panel):
    """The intercooler's options read "fitted, none" (before: "True, False")."""
    from keiconfig.ui.explore_dock import option_text

    row = next(
        r
        for r in range(panel.fields.rowCount())
        if panel.fields.item(r, 0).data(Qt.ItemDataRole.UserRole) == "engine.intercooler"
    )
    assert panel.fields.item(row, 1).text() == "fitted, none"
    assert (option_text(True), option_text(False)) == ("fitted", "none")


def test_running_lasts_until_the_result_is_delivered(qtbot, panel):
    """``running`` stays true from Sweep until its result is in the window: the job's
    thread ends before its result, queued for the window's thread, is delivered. Before,
    the flag turned false in between: a sensitivity sweep started then was answered by the
    sweep's result (a TypeError drawing a SearchResult as tornado bars), while the buttons
    a person has stayed disabled until the result came. Now nothing starts until it is
    delivered, and then the next job starts and is answered by its own result."""
    panel.set_checked_fields(["body.length_mm"])
    focus(qtbot, panel.sweep_button)
    press(Qt.Key.Key_Space)
    assert panel.thread is not None
    panel.thread.wait(60_000)  # its job over, its result not yet taken in
    assert panel.running
    assert not panel.start_tornado()
    assert not panel.search_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    assert panel.result is not None and panel.result.evaluated > 0
    assert panel.search_button.isEnabled() and not panel.cancel_button.isEnabled()
    assert panel.start_tornado()
    assert panel.running
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    assert panel.tornado.bars and panel.status.text().startswith("Each checked field")
