"""Help > What's This? (Shift+F1): a click on a part of the window shows what it is for,
as a person does it: the keys to the focused widget, the click to the control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWhatsThis

from tests.ui.keys import focus, press

pytestmark = pytest.mark.desktop

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _popup_shown() -> bool:
    return any(
        w.isVisible() and w.metaObject().className() == "QWhatsThat"
        for w in QApplication.topLevelWidgets()
    )


# the offscreen platform's words about the popup (a real X server says none of them)
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_shift_f1_then_a_click_on_a_control_shows_what_it_is_for(main_window, qtbot):
    """No widget had a What's This text and Help had no What's This: Shift+F1 did nothing.
    Now it turns the mode on, and a click on the Length box shows its explanation: the
    click lands on the box's text field, which has no tooltip; Qt asks the box next."""
    assert main_window.whats_this_action in main_window.help_menu.actions()
    length = main_window.body_panel.length.spin
    focus(qtbot, length)
    press(Qt.Key.Key_F1, SHIFT)
    assert QWhatsThis.inWhatsThisMode()
    field = length.lineEdit()
    assert not field.toolTip()
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    assert length.toolTip() and main_window.whats_this.shown == length.toolTip()
    assert _popup_shown()
    assert not QWhatsThis.inWhatsThisMode()
    assert main_window.body_panel.length.spin.value() == main_window.document.build.body.length_mm
    QWhatsThis.hideText()


def test_escape_leaves_whats_this_and_the_filter_comes_off(main_window, qtbot):
    """Escape leaves the mode, and the filter comes off the application (it is on it
    only while the mode is on)."""
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_F1, SHIFT)
    assert QWhatsThis.inWhatsThisMode()
    press(Qt.Key.Key_Escape)
    assert not QWhatsThis.inWhatsThisMode()
    assert not main_window.whats_this._on


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_figures_and_plots_say_what_they_are(main_window, qtbot):
    """The figure cards, the plots, the rules and the outline had neither a tooltip nor a
    What's This text, so What's This had nothing to say on them: each now says what it
    shows (a rule's row answers with the rules'). A click on a
    card's big number (a label of its own, with no text for this) shows its card's."""
    results = main_window.results_panel
    for key, figure in results.figures.items():
        assert len(figure.whatsThis()) > 40, f"the {key} card says nothing for What's This"
    plots = main_window.plots_panel
    rules = main_window.compliance_panel
    for widget in (
        plots.speed_widget,
        plots.engine_widget,
        main_window.gearing_plot.widget,
        rules,
        rules.outline,
    ):
        assert len(widget.whatsThis()) > 40, widget.accessibleName()
    weight = results.figures["kerb_weight_kg"]
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_F1, SHIFT)
    QTest.mouseClick(weight.value, Qt.MouseButton.LeftButton)
    assert _popup_shown()
    assert not QWhatsThis.inWhatsThisMode()
    QWhatsThis.hideText()
    qtbot.waitUntil(lambda: not _popup_shown())
    press(Qt.Key.Key_F1, SHIFT)
    QTest.mouseClick(rules.rows["length"].detail, Qt.MouseButton.LeftButton)
    assert _popup_shown()
    QWhatsThis.hideText()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_question_of_the_explorer_says_what_it_is(main_window, qtbot):
    """Tools > Explore: the era, the agreement, the constraints, what to make best, the
    fields to vary and the builds to judge had no tooltip (hovering or What's This said
    nothing); each now does, a range box through the table of fields it sits in."""
    from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox

    panel = main_window.explore_tools.show()
    qtbot.waitUntil(panel.isVisible)

    def helped(widget) -> bool:
        while widget is not None and widget is not panel:
            if widget.toolTip() or widget.whatsThis():
                return True
            widget = widget.parentWidget()
        return False

    asks = [
        w
        for kind in (QAbstractSpinBox, QComboBox, QCheckBox)
        for w in panel.findChildren(kind)
        if w.isVisibleTo(panel) and not isinstance(w.parentWidget(), QComboBox)
    ]
    assert len(asks) > 20  # the question column's boxes and every range box
    silent = [w.accessibleName() or w.objectName() for w in asks if not helped(w)]
    assert silent == [], f"explorer controls that say nothing: {silent}"
    low, _high = panel._range_boxes["body.length_mm"]
    focus(qtbot, panel.budget_box)
    press(Qt.Key.Key_F1, SHIFT)
    QTest.mouseClick(low.lineEdit(), Qt.MouseButton.LeftButton)
    assert main_window.whats_this.shown == panel.fields.toolTip()
    QWhatsThis.hideText()


# the offscreen platform's words about the popup (a real X server says none of them)
@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_F1])
def test_shift_f1_then_enter_shows_what_the_focused_control_is_for(main_window, qtbot, key):
    """From the keyboard, Shift+F1 turned the pointer into a question mark and the next key
    only left the mode: a keyboard user could not ask. Enter, Space or Shift+F1 again now
    shows what the control with the focus is for (a slider: its row's), and the control
    is left as it was."""
    length = main_window.body_panel.length
    build = main_window.document.build
    for control in (length.spin, length.slider):
        focus(qtbot, control)
        press(Qt.Key.Key_F1, SHIFT)
        assert QWhatsThis.inWhatsThisMode()
        press(key, SHIFT if key == Qt.Key.Key_F1 else Qt.KeyboardModifier.NoModifier)
        assert not QWhatsThis.inWhatsThisMode()
        assert not main_window.whats_this._on
        assert main_window.whats_this.shown
        assert main_window.whats_this.shown in (control.toolTip(), length.toolTip())
        assert _popup_shown()
        QWhatsThis.hideText()
        main_window.whats_this.shown = ""
    assert main_window.document.build == build


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_lines_under_the_plots_say_what_they_are(main_window, qtbot):
    """The shading's legend, the "What limits it" sentence, the torque plot's legend and
    the read-out line had neither a What's This text nor a tooltip, nor had the panel
    round them: a click on them in the mode showed nothing and left the mode. A click on
    each now shows what it is."""
    from tests.ui.test_layout import resize_on_screen, settle

    resize_on_screen(qtbot, main_window, 1920, 1050)
    settle(qtbot, main_window)
    plots = main_window.plots_panel
    lines = {
        "legend": plots.legend,
        "sentence": main_window.classroom.limits_panel.sentence,
        "torque legend": plots.engine_legend,
        "read-out": plots.readout,
    }
    for name, label in lines.items():
        assert label.isVisible(), name
        focus(qtbot, main_window.body_panel.length.spin)
        press(Qt.Key.Key_F1, SHIFT)
        assert QWhatsThis.inWhatsThisMode()
        QTest.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
        assert _popup_shown(), name
        assert len(label.whatsThis()) > 60, name  # (what the popup shows: its own text)
        QWhatsThis.hideText()
        qtbot.waitUntil(lambda: not _popup_shown())


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_explorers_labels_and_progress_bar_say_what_they_are(main_window, qtbot):
    """Tools > Explore on Xvfb: a click in What's This mode on "Builds to judge:" (or any
    label of the explorer's questions) or on the empty progress bar beside Search, which
    looks like a text box, showed nothing. A label now answers with its control's text,
    and the bar says what it counts."""
    from PySide6.QtWidgets import QLabel

    panel = main_window.explore_tools.show()
    qtbot.waitUntil(panel.isVisible)
    label = next(
        w for w in panel.findChildren(QLabel) if w.buddy() is panel.budget_box and w.isVisible()
    )
    for widget, said in (
        (label, panel.budget_box.toolTip()),
        (panel.progress, panel.progress.toolTip()),
    ):
        assert said
        focus(qtbot, panel.budget_box)
        press(Qt.Key.Key_F1, SHIFT)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
        assert main_window.whats_this.shown == said
        assert _popup_shown()
        QWhatsThis.hideText()
        qtbot.waitUntil(lambda: not _popup_shown())
        main_window.whats_this.shown = ""


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_comparisons_plot_table_and_clear_say_what_they_are(main_window, qtbot):
    """The Comparison (F7) on Xvfb: its speed plot, its table and its Clear button said
    nothing in What's This mode (a click there showed nothing). Each now does."""
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_F7)
    tools = main_window.compare_tools
    qtbot.waitUntil(tools.compare_dock.isVisible)
    panel = tools.compare_panel
    try:
        for widget, where in (
            (panel.plot_widget, panel.plot_widget.viewport()),
            (panel.table, panel.table.viewport()),
        ):
            assert len(widget.whatsThis()) > 60
            focus(qtbot, main_window.body_panel.length.spin)
            press(Qt.Key.Key_F1, SHIFT)
            QTest.mouseClick(where, Qt.MouseButton.LeftButton, pos=where.rect().center())
            assert _popup_shown(), widget.accessibleName()
            QWhatsThis.hideText()
            qtbot.waitUntil(lambda: not _popup_shown())
        assert "Ctrl+Z" in panel.clear_button.toolTip()
    finally:
        tools.compare_dock.close()
