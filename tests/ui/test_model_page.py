"""How the model works: the equations with the build's numbers, live."""

from __future__ import annotations

import pytest

from keiconfig.ui.model_page import ModelPage


@pytest.fixture(autouse=True)
def _no_raise(monkeypatch):
    """The offscreen test platform cannot raise a window and warns; that is not the app."""
    monkeypatch.setattr(ModelPage, "raise_", lambda self: None)


def test_model_page_opens_from_help_and_shows_the_kerb_weight(main_window, qtbot):
    c = main_window.classroom
    assert c.model_action in main_window.help_menu.actions()
    c.model_action.trigger()
    page = c.model_page()
    assert page.isVisible() and not page.isModal()
    kg = main_window.document.performance.kerb_weight_kg
    text = page.browser.toPlainText()
    assert f"= {kg:.0f} kg" in text
    assert "What the model leaves out" in text
    assert "Fitted constants" in text
    page.close()


def test_model_page_follows_the_build(main_window, qtbot):
    c = main_window.classroom
    c.show_model_page()
    page = c.model_page()
    main_window.document.change({"overrides.kerb_weight_kg": 654}, "Pin weight")
    qtbot.waitUntil(lambda: "654 kg" in page.browser.toPlainText())
    page.close()


def test_model_page_hides_the_times_while_guessing(main_window, qtbot):
    c = main_window.classroom
    c.show_model_page()
    page = c.model_page()
    t = main_window.document.performance.zero_to_100kmh_s
    assert f"{t:.1f} s" in page.browser.toPlainText()
    c.guess_action.setChecked(True)
    assert "Hidden until you guess" in page.browser.toPlainText()
    c.guess.reveal(12.0)
    assert f"{t:.1f} s" in page.browser.toPlainText()
    page.close()


def test_model_page_says_what_the_data_cannot_tell_about_cylinders(main_window, qtbot):
    """Cylinder count: the page says the reference cars cannot tell a torque-per-litre
    effect (rather than giving a number the data do not), for a four-cylinder too."""
    c = main_window.classroom
    c.show_model_page()
    page = c.model_page()
    said = "the reference cars cannot tell whether more, smaller cylinders"
    assert said in page.browser.toPlainText()
    main_window.document.change({"engine.cylinders": 4}, "Four cylinders")
    assert main_window.document.build.engine.cylinders == 4
    page.refresh()
    assert said in page.browser.toPlainText()
    page.close()


def test_model_page_has_one_section_for_what_the_model_leaves_out(main_window, qtbot):
    """The page's own "What the model leaves out" and model.md's part of that name are
    one section under one heading (they were two sections with the same heading, the
    second repeating and extending the first)."""
    c = main_window.classroom
    c.show_model_page()
    page = c.model_page()
    headings = [line for line in page.markdown().splitlines() if line.startswith("#")]
    assert [h for h in headings if "leaves out" in h] == ["## What the model leaves out"]
    text = page.browser.toPlainText()
    assert "Its figures are estimates for comparing builds" in text  # the page's words
    assert "Gradients and wind" in text  # and model.md's, under the same heading
    page.close()


def test_model_page_fits_a_small_screen(main_window, qtbot, monkeypatch):
    """On a 1280x720 screen the page, 720 px high, had its Close button below the screen's
    bottom edge; it now takes at most nine tenths of the screen's room each way."""
    from PySide6.QtCore import QRect

    c = main_window.classroom
    page = c.model_page()

    class Screen:
        def availableGeometry(self):
            return QRect(0, 0, 1280, 720)

    monkeypatch.setattr(page, "screen", lambda: Screen())
    c.show_model_page()
    assert page.height() <= 0.9 * 720 and page.width() <= 0.9 * 1280
    page.resize(700, 700)  # the reader's own size is kept at the next showing
    page.close()
    c.show_model_page()
    assert page.size().toTuple() == (700, 700)
    page.close()


@pytest.mark.parametrize(
    "name",
    [
        "[Read me](file:///etc/hostname)",
        '<img src="car.png"> <a href="https://example.com">link</a>',
        "**bold** _it_ `code` # not a heading",
        "Car\u202egnp.kei",
    ],
)
def test_a_build_name_on_the_model_page_is_text_not_markup(main_window, qtbot, name):
    """The page is rendered Markdown and put the build's name in as it was: a stranger's
    build named '[Read me](file:///…)' became a link that loads that file into the page
    when clicked (on the class's projector), '<img src=…>' an image read from the disk
    in place of the name, '**' bold, and a right-to-left override turned the sentence."""
    from PySide6.QtGui import QTextFormat

    from keiconfig.ui import plain

    main_window.document.change({"name": name}, "Rename")
    c = main_window.classroom
    c.show_model_page()
    page = c.model_page()
    page.refresh()
    text = page.browser.toPlainText()
    assert f"with {plain.one_line(name)}'s own numbers" in text
    block = page.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment().charFormat()
            assert not f.isAnchor() and not f.isImageFormat(), it.fragment().text()
            assert f.objectType() == QTextFormat.ObjectTypes.NoObject
            it += 1
        block = block.next()
    page.close()


@pytest.mark.desktop
def test_the_text_size_and_projector_keys_work_from_the_page(main_window, qtbot):
    """A teacher with the page in front of the class presses Ctrl+= for the back row, or
    F5: the page is a window of its own, and the window's keys did nothing there."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.keys import activate, focus, press

    ctrl = Qt.KeyboardModifier.ControlModifier
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_F1)
    page = main_window.classroom.model_page()
    qtbot.waitUntil(page.isVisible)
    activate(qtbot, page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.browser)
    size = QApplication.font().pointSizeF()
    press(Qt.Key.Key_Equal, ctrl)
    assert QApplication.font().pointSizeF() > size
    press(Qt.Key.Key_0, ctrl)
    assert QApplication.font().pointSizeF() == pytest.approx(size)
    press(Qt.Key.Key_Minus, ctrl)
    assert QApplication.font().pointSizeF() < size
    press(Qt.Key.Key_0, ctrl)
    projector = main_window.classroom.projector_action
    assert not projector.isChecked()
    press(Qt.Key.Key_F5)
    assert projector.isChecked()
    press(Qt.Key.Key_F5)
    assert not projector.isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(size)
    page.close()


@pytest.mark.desktop
def test_an_electric_cars_peak_torque_is_from_standstill_not_at_0_rpm(main_window, qtbot):
    """An enthusiast opens the Nissan Sakura and presses F1: the page said "Peak torque =
    195 N·m at 0 rpm." (and the torque plot told a screen reader the same), an engine's
    wording; a motor gives its peak torque from standstill up to its base speed."""
    from PySide6.QtCore import Qt

    from keiconfig.core.presets import load_preset
    from tests.ui.keys import focus, press

    main_window.open_preset(load_preset("nissan-sakura-2022").build)
    electric = main_window.document.performance.electric
    assert electric is not None
    base, top = f"{electric.base_rpm:,.0f}", f"{electric.max_rpm:,.0f}"
    focus(qtbot, main_window.body_panel.length.spin)
    press(Qt.Key.Key_F1)
    page = main_window.classroom.model_page()
    qtbot.waitUntil(page.isVisible)
    text = " ".join(page.browser.toPlainText().split())
    assert "at 0 rpm" not in text
    assert f"Peak torque = 195 N·m, from standstill up to the base speed of {base} rpm." in text
    assert f"from the motor's base speed of {base} rpm up to its top speed of {top} rpm." in text
    page.close()
    tabs = main_window.plots_panel.tabs  # the Torque and power plot, as a click shows it
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    widget = main_window.plots_panel.engine_widget
    qtbot.waitUntil(lambda: "195 N·m" in widget.accessibleDescription())  # the Sakura
    said = widget.accessibleDescription()
    assert "0 rpm" not in said
    assert f"from standstill up to the motor's base speed, {base} rpm;" in said
