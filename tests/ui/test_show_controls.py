"""The keyboard's way back to the controls, the comparison's own key, and the controls
line's sign at the text's height.

At 1280×720 in projector mode with the Classroom and the Comparison open, the controls
step aside (:mod:`keiconfig.ui.dock_room`) and the status bar says so
(:mod:`keiconfig.ui.controls_hint`). Its "Show controls" button takes no focus, so a
keyboard user had no way back but closing the docks one by one: View > Show Controls (F8),
enabled only while the controls are hidden and named in the line, closes them and puts the
focus back in the control that had it. The Comparison opens and closes with F7, as the
Classroom does with F6. And the menus open with their Alt+letter wherever the focus is
(Alt+V: the View menu with both): no control's label, button or tab takes a menu's letter.
Keys are sent to the focused widget, never ``trigger()``. Marked
``desktop``: ``.ci/run`` runs these on a real X server too (``xvfb-run -a -s "-screen 0
1920x1080x24" env QT_QPA_PLATFORM=xcb python -m pytest tests/ui/test_show_controls.py``).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStyle,
    QTabBar,
    QWidget,
)

from tests.ui.test_dock_readable import _open_both_in_projector
from tests.ui.test_layout import press_and_settle, settle

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier


def _native(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _mnemonic(text: str) -> str:
    """The letter after the single "&" of a menu entry's text ("" if none)."""
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else ""


def _in_menu(menu: QMenu, action: QAction) -> None:
    """``action`` is an entry of ``menu`` whose mnemonic no other entry of it has."""
    assert action in menu.actions()
    letter = _mnemonic(action.text())
    assert letter, action.text()
    others = [a.text() for a in menu.actions() if a is not action and a.text()]
    assert all(_mnemonic(t) != letter for t in others), (action.text(), others)


def _sign_height(hint) -> int:
    """The height, in pixels, of what the line's sign shows (its opaque part)."""
    pixmap = hint.icon.pixmap()
    box = QRegion(pixmap.mask()).boundingRect()
    return round(box.height() / pixmap.devicePixelRatio())


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_show_controls_key_brings_the_controls_back(language, main_window_factory, qtbot):
    """F8 (View > Show Controls): disabled while the controls are on screen (the key does
    nothing then), enabled while they have stepped aside and named in the status bar's
    line; pressed where typing goes, it closes the docks, the controls come back, and the
    focus is back in the control that had it. While they are aside, the keys are in a
    control on screen, its focus shown as after Tab (nothing showed it before)."""
    window = main_window_factory()
    room, tools, hint = window.classroom, window.compare_tools, window.controls_hint
    action = window.show_controls_action
    try:
        _in_menu(window.view_menu, action)
        key = _native(action)
        assert key == "F8", key
        assert not action.isEnabled()
        if language == "ja":
            assert action.text() != "Show Con&trols"  # translated
        # with the controls on screen the key does nothing: a dock opened stays open
        window.activateWindow()
        window.body_panel.length.slider.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.body_panel.length.slider)
        window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)  # (a click's)
        press_and_settle(qtbot, window, Qt.Key.Key_F6)
        assert room.dock.isVisible() and window.controls_scroll.isVisible()
        press_and_settle(qtbot, window, Qt.Key.Key_F8)
        assert room.dock.isVisible() and window.controls_scroll.isVisible()
        press_and_settle(qtbot, window, Qt.Key.Key_F6)
        assert not room.dock.isVisible()
        _open_both_in_projector(qtbot, window)
        assert not window.controls_scroll.isVisible() and hint.isVisible()
        assert action.isEnabled()
        assert f"({key})" in hint.text() and f"({key})" in hint.show_button.toolTip()
        assert hint.label.text() == hint.text()  # whole in the line, with the key
        # the keys went on to a control on screen, shown as after Tab (the style drew no
        # focus on the rules' choice there until the first Tab)
        moved = QApplication.focusWidget()
        assert moved is not window.body_panel.length.slider
        assert moved is not None and moved.isVisible() and moved.window() is window
        assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        press_and_settle(qtbot, window, Qt.Key.Key_F8)
        assert not room.dock.isVisible() and not tools.compare_dock.isVisible()
        assert window.controls_scroll.isVisible() and not hint.isVisible()
        assert not action.isEnabled()
        # the focus where it was as the controls stepped aside (_open_both... put it there)
        assert QApplication.focusWidget() is window.body_panel.length.slider
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


def test_show_controls_from_a_dock_puts_the_focus_in_the_controls(main_window_factory, qtbot):
    """The focus in a dock the key closes (no control had it as they stepped aside): it
    goes to the column's first control, not somewhere the person cannot see."""
    window = main_window_factory()
    room = window.classroom
    try:
        _open_both_in_projector(qtbot, window)
        assert not window.controls_scroll.isVisible()
        window._focus_aside = None  # as if the focus had been elsewhere then
        for dock in (room.dock, window.compare_tools.compare_dock):
            if not dock.visibleRegion().isEmpty():
                break
        buttons = [
            b
            for b in dock.findChildren(QAbstractButton)
            if b.isVisible() and b.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        assert buttons, dock.objectName()
        buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(buttons[0].hasFocus)
        press_and_settle(qtbot, window, Qt.Key.Key_F8)
        assert window.controls_scroll.isVisible()
        focus = QApplication.focusWidget()
        assert focus is window._first_control() and focus is not None
        assert window.controls_scroll.isAncestorOf(focus), focus
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_comparison_has_its_own_key(language, main_window_factory, qtbot):
    """View > Comparison opens and closes with F7 (the Classroom has F6), shown in the
    menu, from the focused control."""
    window = main_window_factory()
    tools = window.compare_tools
    action = tools.compare_view_action
    _in_menu(window.view_menu, action)
    assert _native(action) == "F7"
    if language == "ja":
        assert action.text() != "C&omparison"  # translated
    window.activateWindow()
    window.body_panel.length.slider.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.body_panel.length.slider)
    settle(qtbot, window)
    assert not tools.compare_dock.isVisible()
    press_and_settle(qtbot, window, Qt.Key.Key_F7)
    assert tools.compare_dock.isVisible() and action.isChecked()
    press_and_settle(qtbot, window, Qt.Key.Key_F7)
    assert not tools.compare_dock.isVisible() and not action.isChecked()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_lines_sign_is_as_tall_as_its_text(language, main_window_factory, qtbot):
    """The information sign (what it shows, not the icon's empty margin) is as tall as the
    line's text, in projector mode and as the text grows and shrinks (Ctrl+=, Ctrl+-)
    while the line is up; before, it was 4 px short in projector mode (a 21 px icon
    showing a 17 px sign)."""
    window = main_window_factory()
    hint = window.controls_hint
    try:
        _open_both_in_projector(qtbot, window)
        assert hint.isVisible()
        heights = []
        for key in (None, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            if key is not None:
                press_and_settle(qtbot, window, key, CTRL)
            assert hint.isVisible()
            text = hint.label.fontMetrics().height()
            assert abs(_sign_height(hint) - text) <= 1, (key, _sign_height(hint), text)
            pixmap = hint.icon.pixmap()  # whole in the line, not cut off
            assert hint.icon.height() >= pixmap.height() / pixmap.devicePixelRatio()
            heights.append(text)
        assert heights[1] > heights[0] == heights[2], heights  # it followed the text
    finally:
        window.classroom.projector_action.setChecked(False)
        window.zoom(None)
        window.document.undo_stack.setClean()


def test_sign_pixmap_is_the_signs_opaque_part_at_the_asked_height(qapp):
    from keiconfig.ui.controls_hint import sign_pixmap

    icon = qapp.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    for side in (12, 17, 21, 26, 40):
        for ratio in (1.0, 2.0):
            pixmap = sign_pixmap(icon, side, ratio)
            assert pixmap.devicePixelRatio() == ratio
            assert pixmap.height() == round(side * ratio), (side, ratio, pixmap.size())
            box = QRegion(pixmap.mask()).boundingRect()  # cut to the sign
            assert box.height() >= pixmap.height() - 1 and box.width() >= pixmap.width() - 1


def _labelled(window, part=None) -> list[tuple[QWidget, str]]:
    """(widget, text) of the labels of controls (their buddies), buttons, tabs and titled
    groups with a letter on screen in ``window`` outside its menus; with ``part`` (a dock),
    that part's whole, shown or not (a tab's page is hidden until its tab is chosen)."""
    root = window if part is None else part

    def shown(w: QWidget) -> bool:
        return part is not None or w.isVisibleTo(window)

    found: list[tuple[QWidget, str]] = []
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and shown(label):
            found.append((label, label.text()))
    for button in root.findChildren(QAbstractButton):
        if shown(button):
            found.append((button, button.text()))
    for bar in root.findChildren(QTabBar):
        if shown(bar):
            found.extend((bar, bar.tabText(i)) for i in range(bar.count()))
    for group in root.findChildren(QGroupBox):
        if shown(group) and _mnemonic(group.title()):
            found.append((group, group.title()))
    return found


def _scope(widget: QWidget, part: QWidget) -> QWidget:
    """Where ``widget``'s letter is its own: the innermost titled group with a letter round
    it (not itself) inside ``part``, else ``part``."""
    w = widget.parentWidget()
    while w is not None and w is not part:
        if isinstance(w, QGroupBox) and _mnemonic(w.title()):
            return w
        w = w.parentWidget()
    return part


def _mnemonics(window) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter on screen in ``window`` outside its menus: the
    labels of controls (their buddies), buttons and tabs."""
    return [(_mnemonic(t), t) for _w, t in _labelled(window) if _mnemonic(t)]


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_no_control_takes_a_menus_alt_letter(language, projector, main_window_factory, qtbot):
    """Alt+V opens the View menu (where Show Controls and Comparison are) wherever the
    focus is: no label, button or tab on screen has a menu's letter. Before, Alt+V went to
    "&Valves per cylinder" (and "Dri&ven wheels", "Final dri&ve"), Alt+E to "S&eats" and
    the classroom's "Cars of this &era" tab, Alt+C to "Power &cap" and the comparison's
    "Pin &Current Build", Alt+T to "Peak &torque", Alt+H to "&Height": Qt found the key
    taken twice and gave it to the control, so those menus never opened by key."""
    window = main_window_factory()
    window.resize(1920, 1080)
    tools = window.compare_tools
    try:
        if projector:
            window.classroom.projector_action.setChecked(True)
        tools.pin_current()
        window.document.change({"body.length_mm": 3300}, "Change length")
        tools.pin_current()
        tools.race()
        window.classroom.dock.show()
        window.explore_tools.dock.show()
        settle(qtbot, window)
        menus = {_mnemonic(a.text()): a.text() for a in window.menuBar().actions()}
        assert len(menus) == len(window.menuBar().actions())  # one letter each
        taken = [(letter, text) for letter, text in _mnemonics(window) if letter in menus]
        assert taken == [], [(text, menus[letter]) for letter, text in taken]
    finally:
        window.classroom.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


def _letters_free(text: str, taken: set[str]) -> set[str]:
    """The letters of ``text`` that are none of ``taken``."""
    return {c for c in text.lower() if "a" <= c <= "z"} - taken


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("electric", [False, True], ids=["petrol", "electric"])
def test_each_part_of_the_window_has_letters_of_its_own(
    language, electric, main_window_factory, qtbot
):
    """Each part of the window (the controls' column with the dashboard, and each dock:
    the explorer, the Classroom, the Comparison, the race), and each titled group with a
    letter in it (the column's Body, Engine, Drivetrain, Pinned figures), gives each Alt
    letter to one of its labels, buttons, tabs and groups, none a menu's, with every dock
    open beside the controls at 1920x1080 (a petrol build's controls and an electric
    one's; keiconfig.ui.mnemonics gives a letter to the innermost group or part round the
    focus). A group's controls take no letter of the part round it (but the group's own):
    from inside the Engine, Alt+B is still the Body's. Every label of a control, tab and
    group of the column and of the explorer has a letter, in English and in Japanese (in
    "(&X)"); elsewhere a label, button or tab goes without one only when each letter its
    English text has is taken there (a row's Auto, Pin or On box is reached by the row's
    letter, Qt's tabs of docks in one place are the docks' titles, a plot's Reset zoom
    is out of the Tab chain and its key is Home); Search, Cancel, Open
    This Build have one. Before, the
    column had some thirty labels for the twenty letters left beside the menus': fifteen
    (Year, Seats, Roof, Rear doors, Construction, Intercooler, Cycle, Valves, Cooling,
    Position, Speed limiter, Gear ratios, Peak power, Redline, Reduction) and the
    explorer's Pareto and Map tabs had none."""
    from keiconfig.ui.mnemonics import part_of
    from tests.ui.test_electric_ui import _make_electric_by_keyboard

    window = main_window_factory()
    window.resize(1920, 1080)
    tools = window.compare_tools
    try:
        if electric:
            _make_electric_by_keyboard(window, qtbot)
            assert window.document.build.electric
        tools.pin_current()
        window.document.change({"body.length_mm": 3300}, "Change length")
        tools.pin_current()
        tools.race()
        window.classroom.dock.show()
        panel = window.explore_tools.show()
        settle(qtbot, window)
        docks = [window.explore_tools.dock, window.classroom.dock, tools.compare_dock]
        docks.append(tools.race_dock)
        # (docked; on a screen smaller than 1920x1080 the explorer may float: a part still)
        assert all(d.isVisible() for d in docks)
        assert window.controls_scroll.isVisible()
        menus = {_mnemonic(a.text()) for a in window.menuBar().actions()}
        parts: dict[QWidget, list[tuple[QWidget, str]]] = {}
        for widget, text in _labelled(window):
            parts.setdefault(part_of(widget), []).append((widget, text))
        for dock in docks:  # a dock's whole, its hidden tabs' pages too
            parts[dock] = _labelled(window, dock)
        assert set(parts) == {window, *docks}
        column_groups = [w for w, _t in parts[window] if isinstance(w, QGroupBox)]
        assert len(column_groups) == 4, [g.title() for g in column_groups]
        wrong = []
        for part, found in parts.items():
            name = part.objectName()
            buddies = [w.buddy() for w, _t in found if isinstance(w, QLabel)]
            scopes: dict[QWidget, list[tuple[QWidget, str]]] = {}
            for widget, text in found:
                scopes.setdefault(_scope(widget, part), []).append((widget, text))
            outer = {_mnemonic(t) for _w, t in scopes.get(part, []) if _mnemonic(t)}
            # the groups' letters: one given to a control of the part round them would be
            # shared by the group's control (below), so it is no free letter for that one
            inner = {
                m
                for s, items in scopes.items()
                if s is not part
                for _w, t in items
                if (m := _mnemonic(t))
            }
            for scope, items in scopes.items():
                letters = [_mnemonic(t) for _w, t in items]
                # a group's controls: none with a letter of the part round it, but the
                # group's own (else that letter, pressed in the group, stays in it)
                around = set() if scope is part else outer - {_mnemonic(scope.title())}
                taken = set(letters) | menus | around | (inner if scope is part else set())
                for (widget, text), m in zip(items, letters, strict=True):
                    if m and (letters.count(m) > 1 or m in menus or m in around):
                        wrong.append(f"{name}: {text!r} shares {m!r}")
                    if m or not text or part not in (window, docks[0]):
                        continue  # the column's and the explorer's
                    if isinstance(widget.parentWidget(), QMainWindow):
                        continue  # Qt's tabs of docks in one place (the docks' titles)
                    if any(b is widget or b.isAncestorOf(widget) for b in buddies):
                        continue  # a row's Auto, Pin or On: reached by the row's letter
                    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                        continue  # kept out of the keys on purpose: a plot's Reset zoom is Home
                    if isinstance(widget, (QLabel, QTabBar, QGroupBox)):
                        wrong.append(f"{name}: {text!r} has no letter")
                    elif language == "en" and (free := _letters_free(text, taken)):
                        wrong.append(f"{name}: {text!r} could have one of {sorted(free)}")
        assert wrong == [], wrong
        for button in (panel.search_button, panel.cancel_button, panel.apply_button):
            assert _mnemonic(button.text()), button.text()
    finally:
        window.document.undo_stack.setClean()


@pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_alt_letter_opens_its_menu_from_every_kind_of_control(language, main_window_factory, qtbot):
    """Each menu opens with its Alt+letter pressed where typing goes: in a text box, a
    slider, a number box, a choice (the controls of the column), and closes with Escape."""
    window = main_window_factory()
    body = window.body_panel
    controls = [
        body.findChild(QLineEdit),
        body.length.slider,
        body.length.spin,
        window.drivetrain_panel.findChild(QComboBox),
    ]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for control in controls:
        assert control is not None and control.isVisible()
        for action in window.menuBar().actions():
            menu = action.menu()
            letter = _mnemonic(action.text())
            key = Qt.Key(ord(letter.upper()))
            control.setFocus(Qt.FocusReason.MouseFocusReason)
            qtbot.waitUntil(control.hasFocus)
            QTest.keyClick(control, key, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda m=menu: QApplication.activePopupWidget() is m)
            QTest.keyClick(menu, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda m=menu: not m.isVisible())
            popup = QApplication.activePopupWidget()
            if popup is not None:  # Escape left the bar's highlight: leave it too
                QTest.keyClick(popup, Qt.Key.Key_Escape)


def _entries(window) -> dict[str, list[str]]:
    """Each menu's entries (the window's menus and their submenus), by the menu's title;
    not the lists of files, presets and languages (files and cars by their names, each
    language in its own)."""
    lists = {window.recent_menu, window.compare_preset_menu, window.language_menu}
    found: dict[str, list[str]] = {}
    menus = [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        if menu in lists:
            continue
        found[menu.title()] = [a.text() for a in menu.actions() if not a.isSeparator()]
        menus.extend(a.menu() for a in menu.actions() if a.menu() is not None)
    return found


def _letters_clash(window) -> list[str]:
    """Entries with no Alt letter, or with one another entry of their menu has (pressed,
    it only moves between them: Alt+V, L went to Larger Text, then Reset Layout, then
    Language; Right there went on to the next menu instead of opening Language)."""
    wrong = []
    for title, texts in _entries(window).items():
        letters = [_mnemonic(t) for t in texts]
        wrong += [
            f"{title}: {t!r}"
            for t, m in zip(texts, letters, strict=True)
            if not m or letters.count(m) > 1
        ]
    return wrong


@pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)
def test_every_menu_entry_has_a_letter_of_its_own_in_either_language_and_after_a_switch(
    main_window_factory, qtbot
):
    """Every entry of every menu has an Alt letter no other entry of its menu has, in
    English and in Japanese, and keeps it through a live switch: Qt names a dock's View
    entry after the dock's title when that changes, so after a switch "&Classroom Panel"
    was "Classroom" (教室 in Japanese) with no letter, and Alt+V, C did nothing."""
    from keiconfig.ui import i18n

    window = main_window_factory()
    room = window.classroom
    english = _entries(window)
    try:
        assert _letters_clash(window) == []
        window.choose_language("ja")
        QApplication.processEvents()
        assert _letters_clash(window) == []
        assert room.dock_action.text() == "教室パネル(&C)"
        window.choose_language("en")
        QApplication.processEvents()
        assert _entries(window) == english
        # from the keyboard: Alt+V, then the Classroom Panel's letter
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        control = window.body_panel.length.spin
        control.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(control.hasFocus)
        assert not room.dock.isVisible()
        QTest.keyClick(control, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.view_menu)
        QTest.keyClick(window.view_menu, Qt.Key.Key_C)
        qtbot.waitUntil(room.dock.isVisible)
    finally:
        i18n.set_language("en")
        room.dock.hide()
        window.document.undo_stack.setClean()


def _lands_in(buddy: QWidget) -> bool:
    """The focus is in ``buddy`` (a control, or the part of it that takes the focus)."""
    focused = QApplication.focusWidget()
    return focused is not None and (focused is buddy or buddy.isAncestorOf(focused))


def _seen_in_column(window, widget: QWidget) -> bool:
    """``widget`` is on screen: in the column, inside the part of it scrolled into view."""
    scroll = window.controls_scroll
    view = scroll.viewport()
    if not view.isAncestorOf(widget):
        return widget.isVisible()
    top_left = widget.mapTo(view, widget.rect().topLeft())
    return view.rect().contains(top_left) and top_left.y() + widget.height() <= view.height()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("electric", [False, True], ids=["petrol", "electric"])
def test_each_controls_letter_puts_the_focus_in_its_control(
    language, electric, main_window_factory, qtbot
):
    """Every label of the controls' column and the dashboard (the rules: Alt+R) has a
    letter, and Alt with its group's letter, then Alt with its own, pressed where typing
    goes (the control the last letter reached, in another group), puts the focus in that
    label's control, the first time, scrolled into view: the group's letter into the
    group's first control, and no letter is shared within a group, so Qt never moves the
    focus somewhere else first; for a slider-and-box row, into the first of its parts
    that takes the focus (Qt gave the focus only to a control that takes it itself:
    Alt+L, Alt+W and every such row's letter did nothing). The labels are visited a group
    at a time in turn, so each letter is pressed from another group than its own. At the
    first-start size (1280x820), with no dock open."""
    from keiconfig.ui.mnemonics import focus_target, part_of
    from tests.ui.keys import focus, press
    from tests.ui.test_electric_ui import _make_electric_by_keyboard

    window = main_window_factory()
    if electric:
        _make_electric_by_keyboard(window, qtbot)
    settle(qtbot, window)
    labels = [
        (label, _mnemonic(text))
        for label, text in _labelled(window)
        if isinstance(label, QLabel) and part_of(label) is window
    ]
    assert [label.text() for label, m in labels if not m] == []
    assert len(labels) >= 25, [label.text() for label, _m in labels]
    assert window.compliance_panel.era_combo in [label.buddy() for label, _m in labels]
    by_scope: dict[QWidget, list[tuple[QLabel, str]]] = {}
    for label, letter in labels:
        by_scope.setdefault(_scope(label, window), []).append((label, letter))
    assert len(by_scope) == 5  # the four groups and the window's own (the rules)
    turns = [list(reversed(v)) for v in by_scope.values()]
    focus(qtbot, window.body_panel.findChild(QLineEdit))
    alt = Qt.KeyboardModifier.AltModifier
    while any(turns):
        for turn in turns:
            if not turn:
                continue
            label, letter = turn.pop()
            buddy = label.buddy()
            if not buddy.isEnabled():  # an electric car's gearbox and gears: greyed
                continue
            group = _scope(label, window)
            if group is not window and not group.isAncestorOf(QApplication.focusWidget()):
                press(Qt.Key(ord(_mnemonic(group.title()).upper())), alt)
                first = focus_target(group)
                assert first is not None
                qtbot.waitUntil(lambda f=first: _lands_in(f), timeout=2000)
                qtbot.waitUntil(lambda: _seen_in_column(window, QApplication.focusWidget()))
            press(Qt.Key(ord(letter.upper())), alt)
            qtbot.waitUntil(lambda b=buddy: _lands_in(b), timeout=2000)
            qtbot.waitUntil(lambda: _seen_in_column(window, QApplication.focusWidget()))
    window.document.undo_stack.setClean()


def test_a_docks_button_letter_presses_it_from_the_dock(main_window_factory, qtbot):
    """The Comparison docked beside the controls at 1920x1080: Alt+P pressed in its table
    pins the current build (Pin Current Build's letter is the Comparison's own), and the
    same keys in the controls go to the column's Pinned figures (its first control, the
    kerb weight) and pin nothing. Before, the
    column's three P's and the button's were one set: Alt+P only moved the focus between
    them, and the button was never pressed by its letter."""
    from PySide6.QtWidgets import QAbstractItemView

    from keiconfig.ui.compare_panel import ComparePanel
    from tests.ui.keys import focus, press

    window = main_window_factory()
    window.resize(1920, 1080)
    tools = window.compare_tools
    try:
        tools.pin_current()
        settle(qtbot, window)
        dock = tools.compare_dock
        assert dock.isVisible() and not dock.isFloating()
        compare = dock.findChild(ComparePanel)
        table = compare.findChild(QAbstractItemView)
        assert compare is not None and table is not None and len(compare.entries) == 1
        window.document.change({"body.length_mm": 3300}, "Change length")
        focus(qtbot, window.body_panel.length.spin)
        press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: _lands_in(window.overrides_panel.weight))
        qtbot.wait(300)  # a button's press by its letter comes after 100 ms
        assert len(compare.entries) == 1
        focus(qtbot, table)
        press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: len(compare.entries) == 2)
        assert table.hasFocus()  # pressed, not moved to
    finally:
        window.document.undo_stack.setClean()


@pytest.mark.parametrize("letter", ["m", "o"], ids=["own-control", "another-control"])
def test_alt_released_first_after_a_letter_leaves_the_focus_where_the_letter_put_it(
    letter, main_window_factory, qtbot
):
    """Alt pressed, a letter, Alt released before the letter (as people often release,
    and xdotool does): the focus stays where the letter put it, and typing goes there.
    Before, the letter's press was eaten where the menu bar could not see it, so the menu
    bar took Alt's release for Alt pressed alone and took the focus: the next keys opened
    menus (on a real X server, typing a name after Alt+M pinned the build by Alt+C, P)."""
    from PySide6.QtWidgets import QMenuBar

    from tests.ui.keys import focus

    window = main_window_factory()
    name = window.body_panel.name
    start = focus(qtbot, name)
    alt = Qt.KeyboardModifier.AltModifier
    none = Qt.KeyboardModifier.NoModifier
    key = Qt.Key(ord(letter.upper()))
    QTest.keyPress(start, Qt.Key.Key_Alt, alt)
    QTest.keyPress(QApplication.focusWidget(), key, alt)
    target = name if letter == "m" else window.body_panel.roof
    qtbot.waitUntil(lambda: _lands_in(target))
    QTest.keyRelease(QApplication.focusWidget(), Qt.Key.Key_Alt, none)
    QTest.keyRelease(QApplication.focusWidget(), key, none)
    qtbot.wait(50)
    assert not isinstance(QApplication.focusWidget(), QMenuBar)
    assert _lands_in(target)
    assert QApplication.activePopupWidget() is None
    if letter == "m":
        assert name.text() == "My kei car"  # the letter was not typed
        QTest.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
        )
        QTest.keyClicks(QApplication.focusWidget(), "Sprint")
        assert name.text() == "Sprint"
    window.document.undo_stack.setClean()


def test_a_letter_of_several_groups_from_outside_them_goes_to_the_next_in_tab_order(
    main_window_factory, qtbot
):
    """From the dashboard's rules (in no group), Alt+O, which the Body (R&oof), the Engine
    (P&owertrain) and the Drivetrain (Gear rati&os) each have and the window itself has
    not, goes to the next of them in Tab order (round from the dashboard to the column:
    the Roof); Alt+O again, now in the Body, stays with the Roof. Alt+N from there goes
    to the Engine (its group letter, E&ngine: the Body has no N), into its first control."""
    from tests.ui.keys import focus, press

    window = main_window_factory()
    alt = Qt.KeyboardModifier.AltModifier
    body, engine = window.body_panel, window.engine_panel
    try:
        focus(qtbot, window.compliance_panel.era_combo)
        press(Qt.Key.Key_O, alt)
        qtbot.waitUntil(lambda: _lands_in(body.roof))
        press(Qt.Key.Key_O, alt)
        qtbot.wait(50)
        assert _lands_in(body.roof)
        press(Qt.Key.Key_N, alt)
        qtbot.waitUntil(lambda: _lands_in(engine.motor_controls.powertrain))
    finally:
        window.document.undo_stack.setClean()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_dock_closed_by_its_key_gives_the_focus_back_to_the_controls(
    language, main_window_factory, qtbot
):
    """On a narrow window (960x540: a 1920x1080 screen at 200 %) F7 makes the controls
    step aside and the keys go on to the rules' choice; F7 again closes the Comparison and
    the controls come back: the focus stayed on the rules' choice, not where the person
    was (F8 gave it back, F7 did not). Now the focus goes back to the Name box."""
    window = main_window_factory()
    tools = window.compare_tools
    try:
        window.resize(960, 540)
        settle(qtbot, window)
        window.activateWindow()
        name = window.body_panel.name
        name.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
        press_and_settle(qtbot, window, Qt.Key.Key_F7)
        assert tools.compare_dock.isVisible() and window.controls_scroll.isHidden()
        moved = QApplication.focusWidget()
        assert moved is not name and moved is not None and moved.isVisible()
        press_and_settle(qtbot, window, Qt.Key.Key_F7)
        assert not tools.compare_dock.isVisible() and window.controls_scroll.isVisible()
        assert QApplication.focusWidget() is name, QApplication.focusWidget()
        assert not name.hasSelectedText()  # the next key typed does not replace the name
        # the person's own move while the controls were aside is kept: F7, a Tab (the
        # keys elsewhere), F7: the focus stays where Tab put it
        press_and_settle(qtbot, window, Qt.Key.Key_F7)
        assert window.controls_scroll.isHidden()
        press_and_settle(qtbot, window, Qt.Key.Key_Tab)
        there = QApplication.focusWidget()
        assert there is not None and there is not name
        press_and_settle(qtbot, window, Qt.Key.Key_F7)
        assert window.controls_scroll.isVisible()
        assert QApplication.focusWidget() is there or not there.isVisible()
    finally:
        window.document.undo_stack.setClean()


def test_controls_back_from_aside_show_the_build_changed_meanwhile(main_window_factory, qtbot):
    """While the controls have stepped aside they are not refreshed (keiconfig/ui/refresh.py:
    a view out of view does no work); brought back, they show the build as it is now: a
    length changed and a file's worth of figures undone meanwhile."""
    window = main_window_factory()
    room, hint = window.classroom, window.controls_hint
    length = window.body_panel.length
    try:
        _open_both_in_projector(qtbot, window)
        assert not window.controls_scroll.isVisible() and hint.isVisible()
        start = window.document.build.body.length_mm
        window.document.change({"body.length_mm": start - 250}, "Length")
        window.document.change({"engine.displacement_cc": 550}, "Displacement")
        window.document.undo_stack.undo()
        assert length.spin.value() == start  # (aside: not refreshed, as designed)
        press_and_settle(qtbot, window, Qt.Key.Key_F8)
        assert window.controls_scroll.isVisible() and not hint.isVisible()
        assert length.spin.value() == start - 250
        assert (
            window.engine_panel.displacement.spin.value()
            == window.document.build.engine.displacement_cc
        )
    finally:
        room.projector_action.setChecked(False)
        window.document.undo_stack.setClean()
