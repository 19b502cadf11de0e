"""The tractive-force plot's legend names the curves it draws: an electric car's one curve
is labelled "single speed", and its legend said "━━ gears" (the Sakura, seen beside the
torque plot)."""

from __future__ import annotations

from keiconfig.core import presets


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


def test_in_japanese_too(main_window_factory, qapp) -> None:
    """Japanese names the curve 1段 and the legend says the same (a live switch too)."""
    from PySide6.QtWidgets import QApplication

    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app

    make_app()
    i18n.set_language("en")
    w = main_window_factory()
    try:
        w.open_preset(presets.load_preset("nissan-sakura-2022").build)
        w.choose_language("ja")
        QApplication.processEvents()
        plot = w.gearing_plot
        plot.refresh()
        assert [label.toPlainText() for label in plot.labels if label.isVisible()] == ["1段"]
        assert plot.legend.text().startswith("━━ 1段  ╍╍ 走行抵抗")
        assert "ギア" not in plot.legend.toolTip()
    finally:
        w.choose_language("en")
        i18n.set_language("en")
