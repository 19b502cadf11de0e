"""The keyboard as a person uses it: keys go to the focused widget (as typing does), never
``QAction.trigger()``, so the platform's key bindings and Qt's shortcut resolution are part
of the test. Marked ``desktop``: ``.ci/run`` also runs these on a real X server (xcb).
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QGraphicsView,
    QMessageBox,
    QWidget,
)

from keiconfig.core import presets
from keiconfig.core.build import changed
from keiconfig.ui import shortcuts
from keiconfig.ui.main_window import MainWindow
from keiconfig.ui.main_window import ask_unsaved_changes as real_ask_unsaved_changes
from keiconfig.ui.preset_gallery import PresetGallery
from tests.ui.keys import focus, press, type_text, when_question_shown
from tests.ui.timers import run_window_timers

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_every_panel(window: MainWindow) -> None:
    """Every dock made and shown, so their actions and shortcuts exist."""
    tools = window.compare_tools
    tools.pin_current()
    window.document.change({"body.length_mm": 3300}, "Change length")
    tools.pin_current()
    tools.race()
    window.classroom.dock.show()


def bound_keys(window: MainWindow) -> dict[str, list[str]]:
    """Every key of every action and shortcut object in the window -> who has it."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners[key.toString()].append(f"action {action.text()!r}")
    for shortcut in window.findChildren(QShortcut):
        for key in shortcut.keys():  # noqa: SIM118 - a QShortcut, not a dict
            owners[key.toString()].append(f"shortcut of {shortcut.parent().objectName()!r}")
    return owners


def test_no_key_is_bound_twice_anywhere_in_the_window(main_window, qtbot):
    open_every_panel(main_window)
    qtbot.wait(10)  # the window system's events
    run_window_timers(main_window)  # and the timers, fired
    owners = bound_keys(main_window)
    assert "Ctrl+Q" in owners or not shortcuts.keys("quit")  # it did collect
    twice = {key: who for key, who in owners.items() if len(who) > 1}
    assert twice == {}, f"keys bound more than once: {twice}"


def test_every_table_entry_resolves_to_keys_on_this_platform():
    for name in shortcuts.KEYS:
        found = shortcuts.keys(name)
        assert found, name
        assert len({k.toString() for k in found}) == len(found), name


def test_quit_key_closes_the_window(main_window, qtbot):
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not main_window.isVisible())


def test_save_as_key_asks_where(main_window, qtbot, dialogs):
    focus(qtbot, main_window.body_panel.length.slider)
    press(Qt.Key.Key_S, CTRL | SHIFT)
    assert len(dialogs.save_suggested) == 1


def test_open_preset_key_asks_which(main_window, qtbot, dialogs):
    dialogs.preset_answer = presets.load_preset("honda-beat-1991")
    focus(qtbot, main_window.engine_panel.displacement.spin)
    press(Qt.Key.Key_O, CTRL | SHIFT)
    assert main_window.document.build.name == dialogs.preset_answer.build.name


def _controls(window: MainWindow) -> list[QWidget]:
    """Every focusable control of the build column (sliders, boxes, choices, checks)."""
    found = []
    for w in window.controls_scroll.widget().findChildren(QWidget):
        if (
            w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isVisibleTo(window)
            and w.isEnabled()
            and w.focusProxy() is None
        ):
            found.append(w)
    return found


def test_undo_and_redo_keys_reach_the_build_from_every_control(main_window, qtbot):
    doc = main_window.document
    controls = _controls(main_window)
    assert len(controls) > 15
    kinds = {type(w).__name__ for w in controls}
    assert {"SnapSpinBox", "SnapSlider", "ChoiceControl", "QLineEdit"} <= kinds, kinds
    for control in controls:
        before = doc.build
        doc.change({"body.length_mm": before.body.length_mm - 5}, "Change length")
        after = doc.build
        focus(qtbot, control)
        press(Qt.Key.Key_Z, CTRL)
        assert doc.build == before, f"Ctrl+Z in {control.accessibleName()!r}"
        press(Qt.Key.Key_Z, CTRL | SHIFT)
        assert doc.build == after, f"Ctrl+Shift+Z in {control.accessibleName()!r}"
        press(Qt.Key.Key_Z, CTRL)
        assert doc.build == before
        press(Qt.Key.Key_Y, CTRL)
        assert doc.build == after, f"Ctrl+Y in {control.accessibleName()!r}"


def test_a_typed_number_then_ctrl_z_takes_it_back(main_window, qtbot):
    doc = main_window.document
    length = main_window.body_panel.length.spin
    start = doc.build.body.length_mm
    focus(qtbot, length)
    length.selectAll()
    type_text("3300")
    press(Qt.Key.Key_Return)
    assert doc.build.body.length_mm == 3300
    press(Qt.Key.Key_Z, CTRL)
    assert doc.build.body.length_mm == start
    assert length.value() == start
    press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert doc.build.body.length_mm == 3300


def test_after_a_step_an_undo_and_a_redo_typing_replaces_the_number(main_window, qtbot):
    """Up, Ctrl+Z, Ctrl+Shift+Z in a focused box, then a number typed: it is taken. (Qt kept
    the selection's offsets as the text changed: after the redo it covered " mm", and the
    typed digits were refused.)"""
    doc = main_window.document
    length = main_window.body_panel.length.spin
    focus(qtbot, length)
    press(Qt.Key.Key_Up)
    stepped = doc.build.body.length_mm
    press(Qt.Key.Key_Z, CTRL)
    press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert doc.build.body.length_mm == stepped
    assert length.lineEdit().selectedText() == length.cleanText()
    type_text("3300")
    press(Qt.Key.Key_Return)
    assert doc.build.body.length_mm == 3300


@pytest.mark.parametrize(
    ("language", "better", "worse"), [("en", "better", "worse"), ("ja", "改善", "悪化")]
)
def test_an_undo_and_a_redo_mark_the_change_each_key_made(
    main_window_factory, qtbot, language, better, worse
):
    """After Ctrl+Z then Ctrl+Shift+Z the weight card said "▼ 57 kg 向上" (keys8, session
    18). A card's marker compares with the build shown before the last step, whatever made
    it (a typed number, Ctrl+Z, Ctrl+Shift+Z): the redo's marker is the change's again, the
    undo's its opposite. In Japanese a lighter car read '▼ … 向上' ("upward", beside a
    down arrow): the word is now 改善, the one 悪化 pairs with."""
    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app

    make_app()
    i18n.set_language(language)
    try:
        window = main_window_factory()
        doc, card = window.document, window.results_panel.figures["kerb_weight_kg"]
        length = window.body_panel.length.spin
        focus(qtbot, length)
        length.selectAll()
        type_text("3000")
        press(Qt.Key.Key_Return)
        assert doc.build.body.length_mm == 3000
        changed_by = card.marker.text()  # shorter: lighter
        assert changed_by.startswith("▼ ") and changed_by.endswith(f" {better}"), changed_by
        amount = changed_by.removeprefix("▼ ").removesuffix(f" {better}")  # "57 kg"
        press(Qt.Key.Key_Z, CTRL)
        assert doc.build.body.length_mm != 3000
        assert card.marker.text() == f"▲ {amount} {worse}"
        assert card.kind == "worse"
        press(Qt.Key.Key_Z, CTRL | SHIFT)
        assert doc.build.body.length_mm == 3000
        assert card.marker.text() == changed_by
        assert card.kind == "better"
    finally:
        i18n.set_language("en")


def test_ctrl_z_over_digits_not_yet_entered_drops_them_and_undoes_the_build(main_window, qtbot):
    doc = main_window.document
    start = doc.build
    doc.change({"engine.displacement_cc": 550}, "Change displacement")
    box = main_window.body_panel.width.spin
    focus(qtbot, box)
    box.selectAll()
    type_text("1234")
    press(Qt.Key.Key_Z, CTRL)
    assert doc.build == start  # the build's last change, not the typing
    assert box.text() == box.textFromValue(start.body.width_mm) + box.suffix()
    focus(qtbot, main_window.body_panel.length.spin)  # leaving the box enters nothing
    assert doc.build == start


def test_escape_over_digits_not_yet_entered_drops_them_alone(main_window, qtbot):
    """Digits typed in a number box and Escape: the box shows the build's value again and
    the build is as it was, leaving the box enters nothing (before, the digits stayed
    and were entered on leaving: the one way to drop them was Ctrl+Z, which also undid
    the build's last change)."""
    doc = main_window.document
    doc.change({"engine.displacement_cc": 550}, "Change displacement")
    start, steps = doc.build, doc.undo_stack.index()
    for box in (main_window.body_panel.length.spin, main_window.body_panel.year):
        shown = box.text()
        focus(qtbot, box)
        box.selectAll()
        type_text("1999")
        assert box.text() != shown
        press(Qt.Key.Key_Escape)
        assert box.text() == shown, box.accessibleName()
        press(Qt.Key.Key_Escape)  # nothing typed: nothing happens
        assert box.text() == shown
        press(Qt.Key.Key_Return)
        assert doc.build == start and doc.undo_stack.index() == steps
    focus(qtbot, main_window.body_panel.width.spin)  # leaving the box enters nothing
    assert doc.build == start and doc.undo_stack.index() == steps


def test_a_text_box_undoes_its_own_typing_until_it_is_entered(main_window, qtbot):
    doc = main_window.document
    doc.change({"body.height_mm": 1600}, "Change height")
    before_rename = doc.build
    name = main_window.body_panel.name
    focus(qtbot, name)
    name.selectAll()
    type_text("Weekend racer")
    press(Qt.Key.Key_Z, CTRL)  # typing not yet entered: the box's own undo
    assert doc.build == before_rename
    assert name.text() != "Weekend racer"
    name.selectAll()
    type_text("Weekend racer")
    press(Qt.Key.Key_Return)
    assert doc.build.name == "Weekend racer"
    press(Qt.Key.Key_Z, CTRL)  # entered: the build's undo, and the box shows it
    assert doc.build == before_rename
    assert name.text() == before_rename.name
    press(Qt.Key.Key_Z, CTRL)
    assert doc.build.body.height_mm != 1600


def test_undo_key_from_the_classroom_dock(main_window, qtbot):
    main_window.classroom.dock.show()
    doc = main_window.document
    before = doc.build
    doc.replace(changed(before, {"body.length_mm": 3000}), "Reset All")
    focus(qtbot, main_window.classroom.tabs.tabBar())
    press(Qt.Key.Key_Z, CTRL)
    assert doc.build == before


# -- Open Preset ---------------------------------------------------------------------------
@pytest.fixture
def gallery(qtbot) -> PresetGallery:
    dialog = PresetGallery()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_filter_then_enter_opens_the_car_on_the_list(gallery, qtbot):
    focus(qtbot, gallery.filter)
    type_text("Beat")
    press(Qt.Key.Key_Return)
    assert gallery.result() == PresetGallery.DialogCode.Accepted
    assert gallery.chosen is not None and gallery.chosen.id == "honda-beat-1991"


def test_enter_with_nothing_on_the_list_opens_nothing(gallery, qtbot):
    focus(qtbot, gallery.filter)
    type_text("no such car")
    assert not gallery.open_button.isEnabled()
    press(Qt.Key.Key_Return)
    assert gallery.chosen is None
    assert gallery.isVisible()


def test_the_gallery_fits_its_screen_with_large_text(main_window, qtbot, desktop_font):
    """Projector mode at 1280x720 (a 10 pt desktop's text at 15 pt): the gallery was 30
    lines tall, 750 px, and its Open and Cancel buttons ran off the bottom of the screen.
    With text large enough to need more than any test screen, it is no larger than nine
    tenths of its screen, its buttons on it."""
    desktop_font(40)
    dialog = PresetGallery(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() * 9 // 10, (dialog.height(), room)
    assert dialog.width() <= room.width() * 9 // 10, (dialog.width(), room)
    for button in (dialog.open_button, dialog.findChild(QDialogButtonBox).buttons()[-1]):
        corner = button.mapToGlobal(button.rect().bottomRight())
        assert room.contains(corner), (button.text(), corner, room)
    dialog.reject()


def test_tab_goes_through_the_list_to_the_buttons_and_round(gallery, qtbot):
    """Tab from the filter: the list, then the buttons, then the filter again. Tab went
    round the list's cells for ever (the comparison's, the era cars', the explorer's and
    the class folder's tables likewise), and Open and Cancel were out of Tab's reach."""
    focus(qtbot, gallery.filter)
    stops = []
    for _ in range(12):
        press(Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
        if stops[-1] is gallery.filter:
            break
    assert stops[0] is gallery.table
    assert gallery.open_button in stops and stops[-1] is gallery.filter, stops


def test_down_from_the_filter_reaches_the_list(gallery, qtbot):
    focus(qtbot, gallery.filter)
    type_text("suzuki")
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is gallery.table
    first = gallery.selected()
    assert first is not None and "Suzuki" in first.name
    press(Qt.Key.Key_Down)
    second = gallery.selected()
    assert second is not None and "Suzuki" in second.name and second != first
    press(Qt.Key.Key_Return)
    assert gallery.chosen == second


def test_key_table_spells_each_action_once():
    seen: dict[str, str] = {}
    for name in shortcuts.KEYS:
        for key in shortcuts.keys(name):
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen, f"{text} is both {seen[text]} and {name}"
            seen[text] = name


@pytest.mark.parametrize("docks", [False, True], ids=["window", "every dock"])
def test_every_stop_of_tab_shows_the_focus(docks, main_window, qtbot):
    """Tab from the window's first focus round the whole window and back: every stop is a
    control that shows its focus, or a plot with the focus ring round it. Before, the
    focus started on the controls' scroll area and Tab stopped there and on the
    dashboard's, and on the speed and gearing plots, each showing nothing (four stops a
    round where the focus seemed lost); with the docks open, on the scroll areas of the
    classroom, its list of changes, the comparison and the explorer too."""
    from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QGraphicsView

    from tests.ui.test_layout import settle

    window = main_window
    window.resize(1920 if docks else 1280, 1080 if docks else 720)
    if docks:
        open_every_panel(window)
        window.explore_tools.show()
    settle(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = QApplication.focusWidget()
    assert first is window.body_panel.name  # the first control, not a scroll area
    ring = window.focus_ring
    plots = []
    for _ in range(300):
        press(Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None and widget.window() is window
        if widget is first:
            break
        assert widget.isVisible(), widget.accessibleName()
        if isinstance(widget, QGraphicsView):
            plots.append(widget.accessibleName())
            assert ring.around is widget
            edges = ring.edges()
            assert len(edges) == 4 and all(
                e.isVisible() and e.parentWidget() is widget for e in edges
            )
            box = edges[0].geometry().united(edges[1].geometry()).united(edges[2].geometry())
            assert box == widget.rect()  # round the whole plot
        else:
            if isinstance(widget, QAbstractScrollArea):  # a list or a table shows its focus
                assert isinstance(widget, QAbstractItemView), widget.objectName()
            assert ring.around is None and not any(e.isVisible() for e in ring.edges())
    else:
        raise AssertionError("Tab never came back to the first control")
    if docks:  # (the gearing plot gives way to the docks)
        assert "Speed against time" in plots
        assert "Speed against time of the compared builds" in plots
    else:  # (at 1280x720 the plots take turns on tabs: the speed plot's shown)
        assert plots == ["Speed against time"]


def test_in_projector_mode_every_focused_control_is_ringed(main_window, qtbot):
    """On a projector the style's own sign of the focus (a button's or a box's border a
    pixel darker) was lost: in projector mode (F5) the focused control has the ring round
    it, as a plot does, three pixels wide; out of it, the controls show their own."""
    from tests.ui.test_layout import settle

    window = main_window
    ring = window.focus_ring
    focus(qtbot, window.body_panel.name)
    press(Qt.Key.Key_F5)
    settle(qtbot, window)
    assert window.classroom.projector_action.isChecked()
    assert ring.around is window.body_panel.name  # at once, where the focus was
    for _ in range(6):  # the year, the style, the length's slider and box, ...
        press(Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert ring.around is widget
        edges = ring.edges()
        assert len(edges) == 4 and all(e.isVisible() and e.parentWidget() is widget for e in edges)
        assert min(min(e.width(), e.height()) for e in edges) >= 3
    press(Qt.Key.Key_F5)
    settle(qtbot, window)
    assert ring.around is None and not any(e.isVisible() for e in ring.edges())
    press(Qt.Key.Key_Tab)
    assert ring.around is None


@pytest.mark.parametrize("scheme", ["light", "adwaita-dark"])
def test_the_focus_stands_out_on_a_dark_desktop(scheme, main_window, qtbot):
    """On GNOME's dark desktop (Adwaita dark, as Qt reads it) the style's sign of the focus,
    its deep blue highlight made darker round a box or a button, stood 1.3:1 against the
    #323232 window: a person using only the keys saw no sign of where they were, and the
    plots' ring, in the same blue, was faint too. Now every focused control there (in the
    window, its docks and its dialogs: the preset gallery here) has the ring round it, in a
    lighter shade of the highlight that stands 3:1 against the window and the fields. On a
    light desktop the controls keep the style's own sign (3:1 and more there) and the
    plots' ring its highlight."""
    from PySide6.QtGui import QColor, QPalette

    from keiconfig.ui import theme
    from tests.ui.palette import app_palette, desktop_palettes
    from tests.ui.test_layout import settle

    window = main_window
    ring = window.focus_ring
    palette = desktop_palettes()[scheme]
    dark = scheme != "light"
    window_colour = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    sign = highlight.darker(125)  # Fusion's focus sign round a box or a button
    assert (min(theme.contrast(sign, window_colour), theme.contrast(sign, base)) < 3) == dark
    with app_palette(palette):
        settle(qtbot, window)
        focus(qtbot, window.body_panel.name)
        stops = 0
        for _ in range(60):  # the column, the rules, the plots
            press(Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            if isinstance(widget, QGraphicsView) or dark:
                stops += 1
                assert ring.around is widget, widget.accessibleName()
                edges = ring.edges()
                assert len(edges) == 4 and all(e.isVisible() for e in edges)
                colours = {e.palette().color(e.backgroundRole()).name() for e in edges}
                assert len(colours) == 1
                colour = QColor(colours.pop())
                assert theme.contrast(colour, window_colour) >= 3.0, colour.name()
                assert theme.contrast(colour, base) >= 3.0, colour.name()
                if not dark:
                    assert colour == highlight
            else:
                assert ring.around is None, widget.accessibleName()
        assert stops >= (60 if dark else 1)
        # a dialog's controls too
        gallery = PresetGallery(window)
        gallery.show()
        qtbot.waitExposed(gallery)
        focus(qtbot, gallery.filter)
        press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is gallery.table
        assert (ring.around is gallery.table) == dark
        gallery.close()


def test_pin_key_pins_from_a_text_or_number_box_and_never_edits_it(main_window, qtbot):
    """Ctrl+D is Pin Current Build, from the Name box (where the window starts) and from
    a number box with its digits selected (as after typing 40 into Battery). A text box
    takes Ctrl+D on Linux for its Emacs-style "delete the next character": with four builds
    pinned (Pin disabled) the key reached the box and deleted the selected digits (on xcb;
    the offscreen platform has no such binding)."""
    panel = main_window.compare_tools.compare_panel
    name = main_window.body_panel.name
    focus(qtbot, name)
    name.setCursorPosition(0)
    text = name.text()
    press(Qt.Key.Key_D, CTRL)
    assert len(panel.entries) == 1
    assert name.text() == text
    focus(qtbot, main_window.engine_panel.motor_controls.powertrain)
    press(Qt.Key.Key_Down)  # "Petrol engine" -> "Electric motor"
    battery = main_window.engine_panel.motor_controls.battery
    focus(qtbot, battery)
    battery.selectAll()
    shown = battery.text()
    press(Qt.Key.Key_D, CTRL)
    assert len(panel.entries) == 2
    assert battery.text() == shown
    press(Qt.Key.Key_D, CTRL)
    press(Qt.Key.Key_D, CTRL)
    assert len(panel.entries) == 4  # the most the comparison holds: Pin is disabled now
    press(Qt.Key.Key_D, CTRL)
    assert len(panel.entries) == 4
    assert battery.text() == shown  # the key still deletes nothing


@pytest.mark.parametrize("compared", [False, True], ids=["alone", "beside-comparison"])
def test_tab_goes_from_the_classrooms_tabs_through_its_changes_in_order(
    compared, main_window_factory, qtbot
):
    """The Classroom open by its key (F6) at 1920x1080, with the Comparison beside it or
    not: Tab from its tabs goes to "Make it quicker"'s changes, first to last, then on out
    of the dock. Before, the change buttons (made when the list first needed them) were
    last in the window's Tab order: from the tabs, Tab went through the Comparison's plot
    and table first, and after the last change straight back to the Name."""
    from PySide6.QtWidgets import QTabBar

    window = main_window_factory()
    window.resize(1920, 1080)
    room = window.classroom
    try:
        if compared:
            window.compare_tools.pin_current()
        focus(qtbot, window.body_panel.length.spin)
        press(Qt.Key.Key_F6)
        limits = room.limits_panel
        qtbot.waitUntil(lambda: room.dock.isVisible() and bool(limits.buttons))
        qtbot.waitUntil(lambda: any(b.isVisible() for b in limits.buttons))
        shown = [b for b in limits.buttons if b.isVisible()]
        bar = room.tabs.findChild(QTabBar)
        focus(qtbot, bar)
        for button in shown:
            press(Qt.Key.Key_Tab)
            qtbot.waitUntil(lambda b=button: QApplication.focusWidget() is b)
        press(Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        assert after not in limits.buttons and not limits.isAncestorOf(after)
    finally:
        window.document.undo_stack.setClean()


def test_escape_in_a_docked_panel_goes_back_to_the_controls(main_window_factory, qtbot):
    """The Classroom and the Comparison docked beside the controls (1920x1080): Escape in
    the Classroom's tabs or the Comparison's table puts the focus back in the control
    that had it (the length), shown as after keys; the docks stay open. Escape used by
    the control (typing in a number box) is its own. Before, Escape did nothing there:
    the way back was Tab through every control of every dock."""
    from PySide6.QtWidgets import QAbstractItemView, QTabBar

    window = main_window_factory()
    window.resize(1920, 1080)
    room, tools = window.classroom, window.compare_tools
    try:
        tools.pin_current()
        start = focus(qtbot, window.body_panel.length.spin)
        press(Qt.Key.Key_F6)
        qtbot.waitUntil(room.dock.isVisible)
        table = tools.compare_dock.findChild(QAbstractItemView)
        for inside in (room.tabs.findChild(QTabBar), table):
            focus(qtbot, inside)
            window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
            press(Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
            assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            assert room.dock.isVisible() and tools.compare_dock.isVisible()
        # a number box's own Escape (typing dropped) stays its own
        box = focus(qtbot, window.body_panel.width.spin)
        press(Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is box
    finally:
        window.document.undo_stack.setClean()


@pytest.mark.qt_log_ignore(  # offscreen
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)
def test_escape_in_the_floating_explorer_closes_it_and_goes_back(main_window, qtbot):
    """At 1280x720 the explorer floats over most of the window. Opened with its keys
    (Alt+T, E), Escape closes it and the main window is active again, the focus back in
    the control that had it, shown. Before, Escape did nothing: it could be closed only
    with the mouse (its title bar's button)."""
    main_window.resize(1280, 720)
    tools = main_window.explore_tools
    start = focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is main_window.tools_menu)
    QTest.keyClick(main_window.tools_menu, Qt.Key.Key_E)
    dock = tools.dock
    try:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dock)
        assert dock.isFloating()
        qtbot.waitUntil(lambda: tools.panel.isAncestorOf(QApplication.focusWidget()))
        press(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dock.isVisible())
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
        qtbot.waitUntil(
            lambda: main_window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        )
    finally:
        tools.panel.shutdown()
        main_window.document.undo_stack.setClean()


@pytest.mark.parametrize("letter", ["j", "p"])
def test_an_alt_letter_nothing_has_is_not_typed_into_a_text_box(letter, main_window, qtbot):
    """Alt with a letter no label, button, tab or menu of the window has (J; in projector
    mode P, whose Pinned figures are hidden there), pressed in the build's name: the name
    is unchanged. Before, Qt's text box on Linux typed the letter: Alt+P in projector mode
    turned "Cappuccino Sprint" into "Cappuccino Sprintp" (seen on Xvfb/openbox)."""
    window = main_window
    room = window.classroom
    try:
        if letter == "p":
            room.projector_action.setChecked(True)
            assert not window.overrides_panel.isVisible()
        name = window.body_panel.name
        box = focus(qtbot, name)
        before = name.text()
        press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        qtbot.wait(50)
        assert name.text() == before
        assert QApplication.focusWidget() is box
        type_text("x")  # typing still goes there
        assert name.text() != before
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


@pytest.mark.qt_log_ignore(  # offscreen
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)
def test_undo_keys_reach_the_build_from_the_floating_explorers_number_boxes(main_window, qtbot):
    """At 1280x720 the explorer floats, a window of its own. Ctrl+Z in its number boxes
    did nothing (the box claimed the key, with nothing of its own to undo) while in its
    check boxes and lists it undid the build, as everywhere in the window."""
    main_window.resize(1280, 720)
    doc = main_window.document
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_Up)
    stepped = doc.build
    tools = main_window.explore_tools
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is main_window.tools_menu)
    QTest.keyClick(main_window.tools_menu, Qt.Key.Key_E)  # the open menu has the keys
    dock, panel = tools.dock, tools.panel
    try:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dock)
        assert dock.isFloating()
        for box in (panel.seats_box, panel.seed_box):
            focus(qtbot, box)
            press(Qt.Key.Key_Z, CTRL)
            assert doc.build != stepped, f"Ctrl+Z in {box.accessibleName()!r}"
            press(Qt.Key.Key_Z, CTRL | SHIFT)
            assert doc.build == stepped, f"Ctrl+Shift+Z in {box.accessibleName()!r}"
        assert QApplication.activeWindow() is dock  # the keys stayed in the explorer
    finally:
        panel.shutdown()
        doc.undo_stack.setClean()


_REAL_BOX_EXEC = QMessageBox.exec  # (conftest's dialogs fixture replaces it in each test)


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_alt_d_answers_discard_to_the_unsaved_changes_question(
    language, main_window, qtbot, monkeypatch
):
    """Length changed, Ctrl+N: "Save the changes?" had no letters on its buttons (the
    desktop's theme names them; under openbox none), so Discard took Tab, Tab, Space.
    Alt+D discards now, in either language; the other buttons have letters too."""
    from keiconfig.ui import main_window as main_window_module
    from keiconfig.ui.mnemonics import mnemonic

    monkeypatch.setattr(QMessageBox, "exec", _REAL_BOX_EXEC)
    monkeypatch.setattr(main_window_module, "ask_unsaved_changes", real_ask_unsaved_changes)
    doc = main_window.document
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_Up)
    assert doc.undo_stack.count() == 1
    letters: list[str] = []

    def answer(box: QMessageBox, target: QWidget) -> None:
        letters.extend(mnemonic(b.text()) for b in box.buttons())
        QTest.keyClick(target, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        if not box.button(QMessageBox.StandardButton.Discard).isDown():  # (being clicked)
            still_open.append(box.windowTitle())  # the key did nothing: fail, not wait
            box.reject()

    still_open: list[str] = []
    when_question_shown(answer)
    try:
        press(Qt.Key.Key_N, CTRL)
        assert still_open == []
        assert sorted(letters) == ["", "d", "s"]  # Cancel: Escape
        assert doc.undo_stack.count() == 0  # discarded: a new build
    finally:  # no real question when the window closes after the test
        doc.undo_stack.setClean()
