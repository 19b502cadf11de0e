"""The tractive-force plot's legend names the curves it draws: an electric car's one curve
is labelled "single speed", and its legend said "━━ gears" (the Sakura, seen beside the
torque plot)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from keiconfig.core import presets
from tests.ui.keys import focus, press

if TYPE_CHECKING:
    from keiconfig.ui.main_window import MainWindow


def test_a_single_speed_cars_legend_says_single_speed(main_window) -> None:
    w = main_window
    plot = w.gearing_plot
    w.open_preset(presets.load_preset("nissan-sakura-2022").build)
    plot.refresh()
    assert [label.toPlainText() for label in plot.labels if label.isVisible()] == ["single speed"]
    assert plot.legend.text().startswith("━━ single speed  ╍╍ road load")
    assert "gear" not in plot.legend.text() and "gear" not in plot.legend.toolTip()

    # and a car with gears has "gears" again (the legend follows the build)
    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    plot.refresh()
    assert plot.legend.text().startswith("━━ gears  ╍╍ road load")
    assert "each gear (numbered)" in plot.legend.toolTip()


@contextmanager
def _switched_to_japanese(main_window_factory, preset: str) -> Iterator[MainWindow]:
    """A window started in English with ``preset`` open, switched live to Japanese (View >
    Language), its gearing plot refreshed; English again after."""
    from PySide6.QtWidgets import QApplication

    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app

    make_app()
    i18n.set_language("en")
    w = main_window_factory()
    try:
        w.open_preset(presets.load_preset(preset).build)
        w.choose_language("ja")
        QApplication.processEvents()
        w.gearing_plot.refresh()
        yield w
    finally:
        w.choose_language("en")
        i18n.set_language("en")


def test_in_japanese_too(main_window_factory, qapp) -> None:
    """Japanese names the curve 1段 and the legend says the same (a live switch too)."""
    with _switched_to_japanese(main_window_factory, "nissan-sakura-2022") as w:
        plot = w.gearing_plot
        assert [label.toPlainText() for label in plot.labels if label.isVisible()] == ["1段"]
        assert plot.legend.text().startswith("━━ 1段  ╍╍ 走行抵抗")
        assert "ギア" not in plot.legend.toolTip()


def _every_text(plot) -> str:
    return " ".join((plot.legend.text(), plot.legend.toolTip(), plot.widget.whatsThis()))


@pytest.mark.desktop
def test_each_gearbox_s_texts_are_true_of_it(main_window, qtbot) -> None:
    """A CVT's legend said "━━ gears" over its 'lowest ratio' and 'highest ratio' curves,
    and the plot's What's This spoke of "a line per gear, numbered" for a CVT and an
    electric car alike; a CVT's two ratio boxes were named "Gear 1 ratio" and "Gear 2
    ratio", with a tooltip of gears "first gear first". Each now says what the car has;
    the gearbox changed as a person changes it (the Gearbox box, by keys)."""
    w = main_window
    plot = w.gearing_plot
    gearing = w.drivetrain_panel.gearing
    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    plot.refresh()
    assert "a line per gear, numbered" in plot.widget.whatsThis()
    assert [s.accessibleName() for s in gearing.ratios.spins[:2]] == [
        "Gear 1 ratio",
        "Gear 2 ratio",
    ]
    box = w.drivetrain_panel.transmission
    w.controls_scroll.ensureWidgetVisible(box)
    focus(qtbot, box)
    press(Qt.Key.Key_End)  # the last choice: CVT
    assert w.document.build.drivetrain.transmission == "cvt"
    plot.refresh()
    assert [label.toPlainText() for label in plot.labels if label.isVisible()] == [
        "lowest ratio",
        "highest ratio",
        "CVT near peak power",
    ]
    assert plot.legend.text().startswith("━━ CVT ratios  ╍╍ road load")
    for words in ("gears", "numbered", "each gear", "top gear"):
        assert words not in _every_text(plot), words
    assert "no gear change" in plot.widget.whatsThis()
    names = [s.accessibleName() for s in gearing.ratios.spins if s.isVisibleTo(gearing.ratios)]
    assert names == ["CVT lowest ratio", "CVT highest ratio"]
    assert gearing.ratios.spins[1].toolTip().startswith("The CVT's lowest and highest ratio")
    assert "first gear" not in gearing.ratios.auto.toolTip()
    spoken = plot.widget.accessibleDescription()
    assert "fastest curve" in spoken and "top gear" not in spoken

    w.open_preset(presets.load_preset("honda-n-van-e-2024").build)
    plot.refresh()
    for words in ("gears", "numbered", "each gear", "top gear"):
        assert words not in _every_text(plot), words
    assert "There is no gear to change." in plot.widget.whatsThis()

    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    plot.refresh()
    assert plot.legend.text().startswith("━━ gears")  # and a gearbox's texts come back
    assert "a line per gear, numbered" in plot.widget.whatsThis()


def test_a_cvt_s_texts_in_japanese(main_window_factory, qapp) -> None:
    with _switched_to_japanese(main_window_factory, "daihatsu-taft-2020") as w:
        plot = w.gearing_plot
        assert plot.legend.text().startswith("━━ CVTの変速比  ╍╍ 走行抵抗")
        assert "番号" not in plot.widget.whatsThis() and "CVT" in plot.widget.whatsThis()
        spins = w.drivetrain_panel.gearing.ratios.spins
        assert spins[0].accessibleName() == "CVTの最もローな変速比"
