"""The explorer from the keyboard: keys go to the focused widget, as typing does.

Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from keiconfig.ui import format as fmt
from tests.ui.explorer import explore_threads, shown_explorer  # noqa: F401 - fixtures
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
    """Space on Cancel stops a long search; its bar then counts what the status line says
    was judged, thousands grouped as there and in Builds to judge. Before, the bar kept
    the last report's count, a few builds short, written "14104 of 1000000 builds"."""
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
        judged = fmt.number(panel.result.evaluated)
        assert panel.progress.text() == f"{judged} of 1,000,000 builds"
        assert panel.status.text().startswith(f"Cancelled after {judged} build")
    finally:
        panel.shutdown()


ALT = Qt.KeyboardModifier.AltModifier


@pytest.mark.parametrize("where", ["docked", "floating"])
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_alt_letters_press_search_cancel_and_open_this_build(language, where, qtbot, main_window):
    """With the explorer docked below the controls (1920x1080) or floating over a 1280x720
    window, Alt+S pressed in a control of the explorer presses Search, Alt+N Cancel, Alt+O
    Open This Build (a best build chosen), and Alt+J / Alt+X go to the builds to judge and
    the mix: the explorer's letters are its own (keiconfig.ui.mnemonics). Docked, the same
    Alt+S pressed in the controls' Body goes to its Seats and starts no search (the part
    with the focus has the letter). Before, Alt+S was also the controls' "&Style" and the
    explorer's "At least &seats", Alt+N three controls', Alt+O "P&ower cap"'s: Qt only
    moved the focus between them and nothing was pressed."""
    from keiconfig.ui.explore_dock import MIX

    main_window.resize(*((1920, 1080) if where == "docked" else (1280, 720)))
    panel = main_window.explore_tools.show()
    panel.executors.factory = lambda: ThreadPoolExecutor(2)
    qtbot.waitUntil(lambda: panel.isVisible())
    assert main_window.explore_tools.dock.isFloating() == (where == "floating")
    start = panel.seed_box  # where typing goes: a control of the explorer
    doc = main_window.document
    try:
        panel.budget_box.setValue(200)
        if where == "docked":
            focus(qtbot, main_window.body_panel.length.spin)
            press(Qt.Key.Key_S, ALT)
            seats = main_window.body_panel.seats
            qtbot.waitUntil(lambda: seats.isAncestorOf(QApplication.focusWidget()))
            qtbot.wait(300)  # (a button's press by its letter comes after 100 ms)
            assert panel.result is None and panel.search_button.isEnabled()
        focus(qtbot, start)
        press(Qt.Key.Key_S, ALT)
        qtbot.waitUntil(
            lambda: panel.result is not None and panel.search_button.isEnabled(), timeout=60_000
        )
        assert not panel.result.cancelled
        best = panel.result.best
        assert len(best) >= 2
        focus(qtbot, panel.best_table)
        press(Qt.Key.Key_Down)
        row = panel.best_table.currentRow()
        assert row >= 0 and panel.apply_button.isEnabled()
        steps = doc.undo_stack.count()
        press(Qt.Key.Key_O, ALT)
        qtbot.waitUntil(lambda: doc.undo_stack.count() == steps + 1)
        assert doc.build == best[row].build
        # the builds to judge and the mix
        focus(qtbot, start)
        press(Qt.Key.Key_J, ALT)
        qtbot.waitUntil(panel.budget_box.hasFocus)
        panel.objective_box.setCurrentIndex(panel.objective_box.findData(MIX))
        press(Qt.Key.Key_X, ALT)
        qtbot.waitUntil(panel.mix_edit.hasFocus)
        # a long search, cancelled with its key
        panel.objective_box.setCurrentIndex(0)
        panel.budget_box.setValue(1_000_000)
        focus(qtbot, panel.seed_box)
        press(Qt.Key.Key_S, ALT)
        qtbot.waitUntil(lambda: panel.running and panel.progress.value() > 0, timeout=60_000)
        focus(qtbot, start)
        press(Qt.Key.Key_N, ALT)
        qtbot.waitUntil(lambda: panel.search_button.isEnabled(), timeout=60_000)
        assert panel.result is not None and panel.result.cancelled
    finally:
        panel.shutdown()
        doc.undo_stack.setClean()


def test_the_best_builds_table_holds_different_answers(qtbot, main_window):
    """Builds that do the same (every power cap above the 50.6 PS the default engine
    makes) are one row of the best builds, saying how many share it; the next row down,
    opened with keys, is a different answer. Before, the first rows were one answer
    again and again, differing only in a power cap that changes nothing."""
    panel = main_window.explore_tools.show()
    panel.executors.factory = lambda: ThreadPoolExecutor(2)
    try:
        panel.set_checked_fields(["engine.power_cap_ps"])
        panel.budget_box.setValue(60)
        panel.seed_box.setValue(1)
        focus(qtbot, panel.search_button)
        press(Qt.Key.Key_Space)
        qtbot.waitUntil(
            lambda: panel.result is not None and panel.search_button.isEnabled(), timeout=60_000
        )
        table = panel.best_table
        rows = [[table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())]
        assert len(rows) >= 5 and len({tuple(r) for r in rows}) == len(rows)
        assert table.item(0, 4).text().endswith("(8 builds)")
        doc = main_window.document
        focus(qtbot, table)
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)
        assert doc.build == panel.result.best[1].build
        assert fmt.seconds(doc.performance.zero_to_100kmh_s) == rows[1][0]  # as the card
    finally:
        panel.shutdown()


@pytest.mark.qt_log_ignore(  # offscreen
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_floating_explorers_letters_are_its_own_window_s(language, qtbot, main_window):
    """At 1280x720 the explorer floats over the window. Opened with keys (Alt+T, E from a
    control), it has the keys: it is the active window, the focus in its first control
    and shown there (it was not: the activation cleared the style's sign of it), and its
    letters work at once (Alt+J: the builds to judge). With the main window active
    again (a click in it), the keys are the window's: Alt+J does nothing there, and Alt+W
    goes to the controls' Width, not the explorer's Draw Map. With the explorer active
    again, Alt+G goes to its Weight at most, and Alt+Q (the window's Peak torque) does
    nothing, there or in the window behind. Before, Tools > Explore… left the keys in
    the main window, Alt+W with the explorer active was shared, and Alt+K moved the
    window's focus unseen (Qt gives a tool window its parent's shortcuts too)."""
    from keiconfig.ui.mnemonics import mnemonic
    from tests.ui.test_show_controls import _labelled

    main_window.resize(1280, 720)
    tools = main_window.explore_tools
    body = main_window.body_panel
    focus(qtbot, body.length.spin)
    assert mnemonic(main_window.tools_menu.title()) == "t"
    assert mnemonic(tools.explore_action.text()) == "e"
    press(Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is main_window.tools_menu)
    QTest.keyClick(main_window.tools_menu, Qt.Key.Key_E)  # the open menu has the keys
    dock, panel = tools.dock, tools.panel
    try:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dock)
        assert dock.isFloating()
        qtbot.waitUntil(lambda: panel.isAncestorOf(QApplication.focusWidget()))
        # the focus shown there, as after keys (the style's sign: not before)
        qtbot.waitUntil(lambda: dock.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange))
        press(Qt.Key.Key_J, ALT)
        qtbot.waitUntil(panel.budget_box.hasFocus)
        # the main window active again: its keys (the explorer's focus left in its seed)
        focus(qtbot, panel.seed_box)
        focus(qtbot, body.length.spin)
        press(Qt.Key.Key_J, ALT)  # (a letter acts within the key press: no wait)
        assert QApplication.activeWindow() is main_window and body.length.spin.hasFocus()
        assert dock.focusWidget() is panel.seed_box  # not moved in the explorer either
        press(Qt.Key.Key_W, ALT)
        qtbot.waitUntil(lambda: body.width.isAncestorOf(QApplication.focusWidget()))
        # the explorer active again: its letters, not the window's
        focus(qtbot, panel.seed_box)
        press(Qt.Key.Key_G, ALT)
        qtbot.waitUntil(panel.weight_box.hasFocus)
        assert QApplication.activeWindow() is dock
        letters = {mnemonic(t): w for w, t in _labelled(main_window)}
        assert main_window.overrides_panel.isAncestorOf(letters["q"])  # (Peak torque)
        assert all(mnemonic(t) != "q" for _w, t in _labelled(main_window, dock))
        press(Qt.Key.Key_Q, ALT)  # the window's Peak torque: nothing, here or behind
        assert panel.weight_box.hasFocus()
        assert main_window.focusWidget() is body.width.focusProxy()  # where Alt+W put it
    finally:
        panel.shutdown()
        main_window.document.undo_stack.setClean()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_enter_on_a_focused_button_presses_it(language, qtbot, main_window, panel):
    """A student tabs from the seed to Search and presses Enter: the search runs; Enter on
    the sensitivity sweep's button and on Draw Map draws them, and Enter on Open This Build
    opens the best build. Before, outside a dialog, a focused button took Space only:
    Enter did nothing, and the student waited for a search that never began. At the end of
    each run the focus is back on the button pressed (before, Qt had moved it to the tab
    bar when the button was disabled for the run, where no sign showed it)."""
    panel.budget_box.setValue(200)
    focus(qtbot, panel.seed_box)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.search_button
    press(Qt.Key.Key_Return)
    assert panel.running
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    assert panel.result is not None and panel.result.best
    assert QApplication.focusWidget() is panel.search_button
    focus(qtbot, panel.apply_button)
    press(Qt.Key.Key_Enter)  # (the keypad's)
    assert main_window.document.build == panel.result.best[0].build
    for button, drawn in (
        (panel.tornado_button, lambda: panel.tornado.bars),
        (panel.map_button, lambda: panel.map.values is not None),
    ):
        panel.tabs.setCurrentWidget(button.parentWidget())
        focus(qtbot, button)
        press(Qt.Key.Key_Return)
        assert panel.running
        qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
        assert drawn()
        assert QApplication.focusWidget() is button


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_pareto_fronts_points_are_read_and_opened_with_keys(
    language, qtbot, main_window, panel
):
    """A student who uses no mouse tabs into the Pareto plot: it says how to walk it; Right
    and Left step along the front's points, left to right, each ringed and read out as a
    pointed-at dot is; Enter opens the ringed build, one undo step. Before, the plot's dots
    could only be read by pointing at them and opened by a click."""
    from keiconfig.ui.explore_dock import tr as explore_tr

    panel.budget_box.setValue(300)
    focus(qtbot, panel.search_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    plot = panel.pareto
    assert len(plot.walk) >= 2
    focus(qtbot, panel.tabs.tabBar())
    while panel.tabs.currentWidget() is not plot.parentWidget():
        press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Tab)  # (the Across and Up boxes, then the plot)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is plot.plot
    assert plot.readout.text() == explore_tr(
        "Left and Right step along the front's points; Enter opens the one ringed."
    )
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)
    second = plot.walk[1]
    assert plot.walked == 1
    assert plot.readout.text() == plot.describe(second) + explore_tr(" (Enter to open it)")
    assert QToolTip.text() == plot.readout.text()  # (read beside the point too)
    xs, ys = plot.ring.getData()
    assert (xs[0], ys[0]) == (second.figure(plot.x_name), second.figure(plot.y_name))
    assert plot.walk[0].figure(plot.x_name) <= second.figure(plot.x_name)
    press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Left)  # (stays at the first)
    assert plot.walked == 0
    press(Qt.Key.Key_Right)
    doc = main_window.document
    steps = doc.undo_stack.count()
    star = plot.base_marker.getData()
    press(Qt.Key.Key_Return)
    assert doc.undo_stack.count() == steps + 1
    space = panel.result.problem.space
    for path, value in space.updates(second.x).items():
        from keiconfig.core.build import get_field

        assert get_field(doc.build, path) == value, path
    # the star ("your build") on the build now open; Ctrl+Z takes it back with the build
    # (before, it stayed on the build the plot was drawn with)
    xs, ys = plot.base_marker.getData()
    assert (xs[0], ys[0]) == pytest.approx(
        (doc.performance.zero_to_100kmh_s, doc.performance.kerb_weight_kg)
    )
    assert (xs[0], ys[0]) != pytest.approx((star[0][0], star[1][0]))
    # and the ringed point no longer read as one Enter opens (before: it was, still)
    assert plot.readout.text() == plot.describe(second) + explore_tr(" (your build now: the star)")
    assert QToolTip.text() == plot.readout.text()  # (beside the point too)
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.undo_stack.index() == steps
    xs, ys = plot.base_marker.getData()
    assert (xs[0], ys[0]) == pytest.approx((star[0][0], star[1][0]))
    assert plot.readout.text() == plot.describe(second) + explore_tr(" (Enter to open it)")


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_each_sensitivity_bar_is_read_with_keys(language, qtbot, panel):
    """The sensitivity chart's caption names its widest bar only, and the other bars'
    figures showed nowhere: with the chart focused (Tab from its button) its caption says
    Up and Down step through the bars; each one stepped to is outlined and read out, its
    best and worst value and where; leaving the chart puts the caption back."""
    from keiconfig.ui.explore_dock import field_label, option_text, value_text
    from keiconfig.ui.explore_dock import tr as explore_tr

    panel.set_checked_fields(["body.length_mm", "engine.displacement_cc", "engine.aspiration"])
    panel.tabs.setCurrentWidget(panel.tornado_button.parentWidget())
    focus(qtbot, panel.tornado_button)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    chart = panel.tornado
    assert len(chart.bars) == 3
    said = chart.caption.text()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chart.plot
    assert chart.caption.text() == explore_tr("Up and Down step through the fields' bars.")
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert chart.walked == 1
    b = chart.bars[1]
    assert chart.caption.text() == explore_tr(
        "{field}: {best} at {best_setting}, {worst} at {worst_setting}."
    ).format(
        field=field_label(b.path),
        best=value_text(b.best_value, "zero_to_100kmh_s"),
        best_setting=option_text(b.best_setting),
        worst=value_text(b.worst_value, "zero_to_100kmh_s"),
        worst_setting=option_text(b.worst_setting),
    )
    assert QToolTip.text() == chart.caption.text()  # (read beside the bar too)
    outline = chart.outline.opts
    assert list(outline["y"]) == [1.0]  # (the middle one of three, the widest on top)
    assert sorted((outline["x0"][0], outline["x1"][0])) == sorted((b.best_value, b.worst_value))
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)  # (stays on the widest)
    assert chart.walked == 0
    press(Qt.Key.Key_Tab)
    assert chart.walked is None and chart.caption.text() == said


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_tabs_letter_puts_the_focus_in_its_page(language, qtbot, panel):
    """From the explorer's form (its seed), each answer tab's Alt letter (Alt+A Pareto,
    Alt+I Sensitivity, Alt+M Map, Alt+U Best builds) shows the tab and puts the focus in
    its page's first control, so the next key acts there: Down after Alt+A chooses the
    Pareto plot's next figure across, the seed stays. Before, the letter chose the tab and
    left the focus in the form: Down lowered the seed, unseen."""
    from keiconfig.ui.mnemonics import mnemonic

    tabs = panel.tabs
    firsts = (
        (panel.pareto.parentWidget(), panel.x_box),
        (panel.tornado.parentWidget(), panel.tornado_button),
        (panel.map.parentWidget(), panel.map_x),
        (panel.best_table.parentWidget(), panel.best_table),
    )
    seed = panel.seed_box.value()
    for page, first in firsts:
        letter = mnemonic(tabs.tabText(tabs.indexOf(page)))
        focus(qtbot, panel.seed_box)
        press(Qt.Key(ord(letter.upper())), ALT)
        qtbot.waitUntil(first.hasFocus)
        assert tabs.currentWidget() is page
    focus(qtbot, panel.seed_box)
    across = panel.x_box.currentIndex()
    press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(panel.x_box.hasFocus)
    press(Qt.Key.Key_Down)
    assert panel.x_box.currentIndex() == across + 1
    assert panel.seed_box.value() == seed


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_while_a_run_goes_the_focus_is_on_cancel(language, qtbot, panel):
    """Space on Search (or on the sensitivity sweep's button) starts a long run: the
    button is disabled while it runs, and Qt had moved its focus to the answers' tab bar,
    where Space did nothing and an arrow changed the tab; the person had to find Cancel.
    Now the focus is on Cancel while it runs: Escape, Space or Enter there stops it, and
    the focus is back on the button pressed, ready to run again."""
    panel.budget_box.setValue(1_000_000)
    search = panel.search_button
    for stop in (Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Return):
        focus(qtbot, search)
        press(Qt.Key.Key_Space)
        assert panel.running
        assert QApplication.focusWidget() is panel.cancel_button, (stop, QApplication.focusWidget())
        qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=60_000)
        press(stop)
        qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
        assert panel.result is not None and panel.result.cancelled, stop
        assert QApplication.focusWidget() is search, (stop, QApplication.focusWidget())
    button = panel.tornado_button
    panel.tabs.setCurrentWidget(button.parentWidget())
    focus(qtbot, button)
    press(Qt.Key.Key_Space)
    assert panel.running and QApplication.focusWidget() is panel.cancel_button
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    assert QApplication.focusWidget() is button
    # the person moves on while it runs: the focus stays where they put it
    focus(qtbot, search)
    press(Qt.Key.Key_Space)
    focus(qtbot, panel.seed_box)
    press(Qt.Key.Key_Escape)  # (not Cancel's: the run goes on)
    assert panel.running
    focus(qtbot, panel.cancel_button)
    press(Qt.Key.Key_Space)
    focus(qtbot, panel.seed_box)
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    assert QApplication.focusWidget() is panel.seed_box


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_enter_in_a_field_of_the_question_runs_the_search(language, qtbot, main_window, panel):
    """A student picks an era in the explorer (where the focus is when it opens) and presses
    Enter, as in a search form: the search runs. Before, outside a dialog, Enter in a field
    went nowhere and nothing happened (seen under openbox at 1280x720, Tools > Explore…).
    A number typed into Builds to judge and Enter: the search judges that many, the focus
    staying in the field."""
    panel.budget_box.setValue(200)
    focus(qtbot, panel.era_box)
    press(Qt.Key.Key_Return)
    assert panel.running
    assert QApplication.focusWidget() is panel.era_box
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    assert panel.result is not None and panel.result.best
    focus(qtbot, panel.budget_box)
    panel.budget_box.selectAll()
    QTest.keyClicks(QApplication.focusWidget(), "150")
    press(Qt.Key.Key_Enter)  # (the keypad's)
    assert panel.running
    assert panel.progress.maximum() == 150
    assert QApplication.focusWidget() is panel.budget_box
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    main_window.document.undo_stack.setClean()


@pytest.mark.desktop
def test_a_sensitivity_bar_reaches_the_builds_own_value_and_the_rules_limit(qtbot, panel):
    """The default build (658 cc, 15.9 s to 100 km/h) swept alone over displacement: the
    bar ran from 17.8 s at 594 cc to 51.8 s at 250 cc, all of it slower than the build's
    own line, as if no displacement did as well as its own; 658 cc and the rules' 660 cc
    fell between the nine steps of 250 to 800 cc. The bar now holds both."""
    from keiconfig.ui.explore_dock import tr as explore_tr

    own = panel.window().document.performance.zero_to_100kmh_s
    panel.set_checked_fields(["engine.displacement_cc"])
    panel.tabs.setCurrentWidget(panel.tornado_button.parentWidget())
    focus(qtbot, panel.tornado_button)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    (bar,) = panel.tornado.bars
    assert bar.best_setting == 660  # the rules' limit, the most a kei car may have
    assert bar.best_value <= own < bar.worst_value  # the line is on the bar
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Down)
    said = panel.tornado.caption.text()
    assert (
        explore_tr("{field}: {best} at {best_setting}, {worst} at {worst_setting}.").format(
            field="displacement (cc)",
            best=f"{bar.best_value:.1f} s",
            best_setting="660",
            worst=f"{bar.worst_value:.1f} s",
            worst_setting="250",
        )
        == said
    )
