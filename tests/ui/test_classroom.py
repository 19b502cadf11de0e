"""Classroom mode: projector mode, zoom, Reset All, the era offer for presets, era cars."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from keiconfig.core import presets, regulations
from keiconfig.core.build import changed, default_build
from keiconfig.ui import projector
from keiconfig.ui.panels.era_cars_panel import name_without_year


@pytest.fixture
def window(main_window):
    yield main_window
    main_window.classroom.projector_action.setChecked(False)
    main_window.zoom(None)


def _pen_width(item) -> float:
    return item.opts["pen"].widthF()


def test_projector_mode_enlarges_text_and_lines_sets_light_palette_and_restores(window, qtbot):
    c = window.classroom
    plots = window.plots_panel
    size_before = QApplication.font().pointSizeF()
    pen_before = _pen_width(plots.speed_curve)
    palette_before = QPalette(QApplication.palette())
    hidden = [*window.engine_panel.advanced_controls(), window.overrides_panel]
    assert all(w.isVisible() for w in hidden)

    c.projector_action.trigger()
    assert c.projector_action.isChecked()
    assert QApplication.font().pointSizeF() >= 1.5 * size_before - 0.01
    assert _pen_width(plots.speed_curve) >= 2 * pen_before
    axis = plots.speed_plot.getAxis("bottom")
    qtbot.waitUntil(lambda: axis.style["tickFont"].pointSizeF() >= 1.5 * size_before - 0.01)
    assert _pen_width(plots.speed_curve) >= 2 * pen_before  # still, after the font change
    pal = QApplication.palette()
    assert pal.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert pal.color(QPalette.ColorRole.Base).name() == "#ffffff"
    assert pal.color(QPalette.ColorRole.WindowText).lightness() < 40
    assert not any(w.isVisible() for w in hidden)
    assert not window.overrides_panel.isVisible()

    c.projector_action.trigger()  # off again: everything back
    assert QApplication.font().pointSizeF() == pytest.approx(size_before)
    assert _pen_width(plots.speed_curve) == pytest.approx(pen_before)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == palette_before.color(
        QPalette.ColorRole.Window
    )
    assert all(w.isVisible() for w in hidden)


def test_projector_mode_has_a_shortcut_in_the_view_menu(window):
    action = window.classroom.projector_action
    assert action.isCheckable()
    assert "F5" in [k.toString() for k in action.shortcuts()]
    assert action in window.view_menu.actions()


def test_zoom_shortcuts_change_the_font(window, qtbot):
    """The keys pressed where typing goes (a control with the focus, in the active window),
    so the test holds on a real X server too (keys sent to an inactive window are lost)."""
    from tests.ui.keys import focus, press

    window.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    limits = window.classroom.limits_panel
    window.classroom.dock.show()
    limits.update_now()
    # 'Remove the 64 PS cap: ... ⚠ above the makers' power agreement', in its colour
    warned = [limits.buttons[i] for i, s in enumerate(limits.suggestions) if not s.keeps_compliance]
    assert warned
    size = QApplication.font().pointSizeF()
    focus(qtbot, window.body_panel.length.spin)
    press(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = QApplication.font().pointSizeF()
    assert bigger > size
    # the figure cards' titles and notes too, and a change in its warning colour (coloured
    # by style sheets, they kept the size they had: 9 pt beside 11.25 pt)
    cards = window.results_panel.figures.values()
    labels = [x for f in cards for x in (f.title, f.note, f.key_note)]
    labels += [x for b in warned for x in (b, b.label)]
    qtbot.waitUntil(lambda: {x.font().pointSizeF() for x in labels} == {bigger})
    press(Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() < bigger
    press(Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(size)


def test_zoom_keeps_the_projector_enlargement(window):
    size = QApplication.font().pointSizeF()
    window.classroom.projector_action.setChecked(True)
    window.zoom(None)
    assert QApplication.font().pointSizeF() == pytest.approx(size * projector.FONT_SCALE)


def test_reset_all_is_one_undo_step_back_to_the_exact_build(window):
    doc = window.document
    doc.change({"engine.aspiration": "turbo", "body.height_mm": 1400}, "Tune")
    before = doc.build
    window.classroom.reset_all_action.trigger()
    assert doc.build == default_build()
    assert window.undo_action.text().endswith("Reset All")
    doc.undo_stack.undo()
    assert doc.build == before


def test_opening_a_1962_preset_offers_the_1955_rules(window):
    doc = window.document
    doc.set_era("1998")
    build = changed(default_build(), {"year": 1962, "name": "Old car"})
    window.open_preset(build)
    bar = window.classroom.era_offer
    assert bar.isVisible()
    assert "1962" in bar.message.text() and "1955" in bar.message.text()
    assert "1955" in bar.use_button.text()
    bar.use_button.click()
    assert doc.era == "1955"
    assert not bar.isVisible()


def test_no_offer_when_the_era_already_fits_and_dismiss_keeps_the_rules(window):
    doc = window.document
    doc.set_era("1998")
    window.open_preset(changed(default_build(), {"year": 2005}))
    assert not window.classroom.era_offer.isVisible()
    window.open_preset(changed(default_build(), {"year": 1962}))
    window.classroom.era_offer.keep_button.click()
    assert doc.era == "1998"
    assert not window.classroom.era_offer.isVisible()


def test_era_lists_its_reference_cars_and_the_legal_box_follows(window, qtbot):
    doc = window.document
    window.classroom.dock.show()  # the list is filled while on screen
    window.classroom.tabs.setCurrentWidget(window.classroom.era_cars_panel)
    panel = window.classroom.era_cars_panel
    outline = window.compliance_panel.outline
    doc.set_era("1998")
    box_1998 = outline._box
    doc.set_era("1955")
    assert outline._box != box_1998
    era = regulations.era("1955")
    assert outline._box == (era.max_length_mm, era.max_width_mm, era.max_height_mm)
    expected = [p.name for p in presets.list_presets() if p.build.year
                and regulations.era_for_year(p.build.year) == "1955"]  # fmt: skip
    names = [panel.table.item(r, 0).toolTip().split("\n")[0] for r in range(panel.table.rowCount())]
    assert names == expected and names
    shown = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    years = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert shown == [name_without_year(n, int(y)) for n, y in zip(expected, years, strict=True)]
    assert all(y not in n for n, y in zip(shown, years, strict=True))  # no year twice
    panel.table.selectRow(0)
    assert expected[0] in panel.comparison.text()
    assert "Your build" in panel.comparison.text()


def test_cars_of_this_era_are_kei_cars_of_it(window, qtbot):
    """The list ("Cars built under the 1998 rules") gave the Volkswagen Polo GTI, a
    200 PS, 4.07 m car shipped for scale, as one of them (and under the 1990 rules the
    Fiat Cinquecento): each car listed keeps the era's legal limits; a car above the
    makers' power agreement alone (the Caterham Seven 160, 81 PS) is still listed."""
    doc = window.document
    window.classroom.dock.show()
    window.classroom.tabs.setCurrentWidget(window.classroom.era_cars_panel)
    panel = window.classroom.era_cars_panel
    for era in regulations.era_ids():
        doc.set_era(era)
        names = [
            panel.table.item(r, 0).toolTip().split("\n")[0] for r in range(panel.table.rowCount())
        ]
        for name in names:
            build = next(p.build for p in presets.list_presets() if p.name == name)
            assert regulations.check(build, era).ok, (era, name)
        if era == "1998":
            assert not any("Polo" in n for n in names) and any("Caterham" in n for n in names)
        if era == "1990":
            assert not any("Cinquecento" in n for n in names) and names


def test_classroom_dock_toggles_from_the_view_menu(window):
    c = window.classroom
    assert c.dock_action in window.view_menu.actions()
    was = c.dock.isVisible()
    c.dock_action.trigger()
    assert c.dock.isVisible() != was


def test_classroom_dock_has_both_tabs_whenever_it_is_on_screen(window, qtbot):
    room = window.classroom
    assert not room.dock.isVisible()
    assert room.tabs.count() == 1  # the era's cars are not built for a hidden dock
    room.dock_action.trigger()  # View > Classroom Panel (F6)
    qtbot.waitUntil(room.dock.isVisible)
    titles = [room.tabs.tabText(i).replace("&", "") for i in range(room.tabs.count())]
    assert titles == ["Make it quicker", "Cars of this era"]
    room.tabs.setCurrentIndex(1)
    assert room.era_cars_panel.table.rowCount() > 0  # the default car's era has cars
    room.dock_action.trigger()
    room.dock_action.trigger()
    assert room.tabs.count() == 2  # made once


def test_reset_all_judges_the_fresh_default_car_by_todays_rules(window, qtbot):
    """A lesson looking at the 1955 rules, then Reset All (Ctrl+Shift+R at the focused
    control): the default car passes, judged by today's rules."""
    doc = window.document
    doc.set_era("1955")
    assert not all(c.ok for c in doc.compliance.checks if c.kind == "law")  # fails in 1955
    window.activateWindow()
    window.body_panel.length.slider.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.body_panel.length.slider)
    QTest.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert doc.build == default_build()
    assert doc.era == regulations.CURRENT_ERA
    assert all(c.ok for c in doc.compliance.checks if c.kind == "law")


@pytest.mark.parametrize("floating", [False, True], ids=["docked", "floating"])
def test_the_classroom_closed_with_its_own_button_stays_closed_next_time(
    main_window_factory, qtbot, floating
):
    """F6 shows the Classroom; the close button on its title bar (docked, or floating as
    seen under openbox) closes it. Only F6 and the View menu were remembered: closed with
    its button, it came back at the next start. Quitting with it shown (floating too)
    keeps it shown."""
    from PySide6.QtWidgets import QAbstractButton

    from tests.ui.keys import focus, press

    window = main_window_factory()
    room = window.classroom
    focus(qtbot, window.body_panel.name)
    press(Qt.Key.Key_F6)
    qtbot.waitUntil(room.dock.isVisible)
    if floating:
        room.dock.setFloating(True)
        qtbot.waitExposed(room.dock)
    window.close()  # quit with it shown: the window closes, then the application's quit
    QApplication.closeAllWindows()  # closes each window left, a floating dock too (Qt 6.5+)
    window = main_window_factory()
    room = window.classroom
    qtbot.waitUntil(room.dock.isVisible)  # floating: shown once the window is
    if floating:
        room.dock.setFloating(True)
        qtbot.waitExposed(room.dock)
    button = room.dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    assert button is not None
    if button.isVisible():
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    else:  # floating in a frame of the platform's own (offscreen): its close, as its button
        assert floating
        room.dock.windowHandle().close()
    qtbot.waitUntil(lambda: not room.dock.isVisible())
    window.close()
    assert not main_window_factory().classroom.dock.isVisible()


def test_japanese_names_in_the_era_list_lose_their_year_too():
    """The Japanese list showed 'ケータハム セブン 160 (2014、日本仕様)' beside its Year
    column (a Japanese name lists with 、), wrapping to five lines in projector mode."""
    assert name_without_year("ケータハム セブン 160 (2014、日本仕様)", 2014) == (
        "ケータハム セブン 160 (日本仕様)"
    )
    assert name_without_year("ホンダ ビート (1991)", 1991) == "ホンダ ビート"
    assert name_without_year("Caterham Seven 160 (2014, Japan-spec)", 2014) == (
        "Caterham Seven 160 (Japan-spec)"
    )


@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_the_japanese_era_list_is_short_and_breaks_names_between_words(
    language, main_window_factory
):
    """In projector mode the Japanese list of the era's cars gave its names a narrow column
    (the heading 0-100km/h加速 took the room) and broke them inside words: 'ダイハツ ネイキッ'
    / 'ド ターボ', 'コペ' / 'ン'. The column says 0-100km/h, and a name breaks only
    between its words."""
    from PySide6.QtCore import QTextBoundaryFinder

    window = main_window_factory()
    window.classroom.dock.show()
    window.classroom.tabs.setCurrentWidget(window.classroom.era_cars_panel)
    window.document.set_era("1998")
    table = window.classroom.era_cars_panel.table
    assert table.horizontalHeaderItem(2).text() == "0-100km/h"
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert any("コペン" in n.replace("\u2060", "") for n in names), names
    for name in names:
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, name)
        while (at := finder.toNextBoundary()) not in (-1, len(name)):
            assert name[at - 1] == " " or not name[at - 1].isalpha(), (name, at)


def test_the_era_offer_follows_a_live_switch_of_the_language(window, qtbot):
    """A 1987 car opened in English offers the 1976 rules; View > Language > 日本語: the
    offer stayed in English on the Japanese screen ('This car is from 1987: judge it by
    the 1976 rules? [Use 1976 rules] [Keep 1998 rules]', seen on Xvfb + openbox). Now it
    is written again in the new language, and back in English after."""
    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app

    make_app()
    i18n.set_language("en")
    doc = window.document
    doc.set_era("1998")
    window.open_preset(changed(default_build(), {"year": 1987, "name": "Old car"}))
    bar = window.classroom.era_offer
    english = (bar.message.text(), bar.use_button.text(), bar.keep_button.text())
    assert english[0] == "This car is from 1987: judge it by the 1976 rules?"
    try:
        window.choose_language("ja")
        qtbot.wait(10)
        translate = QApplication.translate
        assert bar.message.text() == translate(
            "EraOfferBar", "This car is from %d: judge it by the %s rules?"
        ) % (1987, "1976")
        assert bar.use_button.text() == translate("EraOfferBar", "Use %s rules") % "1976"
        assert bar.keep_button.text() == translate("EraOfferBar", "Keep %s rules") % "1998"
        assert bar.keep_button.accessibleName() == bar.keep_button.text()
        assert not any(text in english for text in (bar.message.text(), bar.use_button.text()))
        assert bar.isVisible()
        window.choose_language("en")
        qtbot.wait(10)
        assert (bar.message.text(), bar.use_button.text(), bar.keep_button.text()) == english
    finally:
        window.choose_language("en")
        i18n.set_language("en")
