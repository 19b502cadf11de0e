"""Comparison panel and the ghost of the previous run."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from keiconfig.core import presets
from keiconfig.ui import plain
from keiconfig.ui.compare_panel import (
    FULL,
    KEYED,
    MAX_ENTRIES,
    PLOT_LEAST_LINES,
    PLOT_SHORT_LINES,
    STAR,
    ComparePanel,
    _share,
    wrap_name,
)
from keiconfig.ui.document import Document
from tests.ui.timers import run_window_timers


@contextmanager
def _sized(qtbot, w, size: tuple[int, int], projector: bool) -> Iterator[None]:
    """The window at ``size`` on the screen, the keys in the Length slider, projector mode
    (F5) when asked; out of projector mode after."""
    from tests.ui.keys import focus
    from tests.ui.test_layout import press_and_settle, resize_on_screen

    resize_on_screen(qtbot, w, *size)
    focus(qtbot, w.body_panel.length.slider)
    try:
        if projector:
            press_and_settle(qtbot, w, Qt.Key.Key_F5)
        yield
    finally:
        w.classroom.projector_action.setChecked(False)


def _panel(qtbot) -> tuple[ComparePanel, Document]:
    doc = Document()
    panel = ComparePanel(doc)
    qtbot.addWidget(panel)
    return panel, doc


def test_pinned_runs_are_overlaid_one_curve_each(qtbot):
    panel, doc = _panel(qtbot)
    beat = presets.load_preset("honda-beat-1991")
    assert panel.pin_current()
    assert panel.add_build(beat.name, beat.build, beat.id)
    t, v = panel.curves[1].getData()
    np.testing.assert_allclose(t, panel.entries[1].performance.trace.t_s)
    np.testing.assert_allclose(v, panel.entries[1].performance.trace.speed_ms * 3.6)
    assert panel.curves[0].isVisible() and not panel.curves[2].isVisible()
    assert [e.name for e in panel.entries] == [doc.build.name, beat.name]
    pens = {c.opts["pen"].color().name() for c in panel.curves}
    assert len(pens) == MAX_ENTRIES  # four distinct colours


def test_a_fifth_build_is_refused_with_a_message(qtbot, desktop_font):
    panel, _ = _panel(qtbot)
    for p in presets.list_presets()[:MAX_ENTRIES]:
        assert panel.add_build(p.name, p.build, p.id)
    extra = presets.list_presets()[MAX_ENTRIES]
    assert not panel.add_build(extra.name, extra.build, extra.id)
    assert len(panel.entries) == MAX_ENTRIES
    assert extra.name in panel.message.text()
    assert not panel.message.isHidden()
    assert not panel.pin_button.isEnabled()
    # in its warning colour, it follows the text size (Ctrl+=): it kept 9 pt under a style
    # sheet while the rest grew
    desktop_font(13)
    qtbot.waitUntil(lambda: panel.message.font().pointSizeF() == 13)


def test_table_marks_the_best_with_a_star_and_bold_and_shows_differences(qtbot):
    panel, _ = _panel(qtbot)
    slow = presets.load_preset("subaru-360-1958")
    quick = presets.load_preset("honda-s660-2015")
    panel.add_build(slow.name, slow.build)
    panel.add_build(quick.name, quick.build)
    data = panel.table_data()
    r = [row.field for row in data.rows].index("standing_400m_s")
    best = panel.table.item(r, 1)
    assert best.text().startswith(STAR)
    assert best.font().bold()
    assert "(−" in best.text()  # quicker than the first build
    assert not panel.table.item(r, 0).text().startswith(STAR)
    assert not panel.table.item(r, 0).font().bold()


def test_remove_and_clear(qtbot):
    panel, _ = _panel(qtbot)
    for p in presets.list_presets()[:3]:
        panel.add_build(p.name, p.build)
    assert not panel.remove_button.isEnabled()  # nothing selected yet
    panel.table.selectColumn(1)  # a build is a column: click its heading
    assert panel.remove_button.isEnabled()
    panel.remove_selected()
    assert len(panel.entries) == 2
    assert panel.entries[1].name == presets.list_presets()[2].name
    assert not panel.curves[2].isVisible()
    panel.clear()
    assert panel.entries == ()
    assert panel.table.columnCount() == 0


def test_dragging_the_time_cursor_reports_the_time(qtbot):
    panel, _ = _panel(qtbot)
    seen: list[float] = []
    panel.cursor_dragged.connect(seen.append)
    panel.set_cursor_time(3.0)  # moved by the replay: no echo
    assert seen == []
    panel.cursor.setPos(5.0)
    panel.cursor.sigDragged.emit(panel.cursor)
    assert seen == [5.0]


def test_ghost_shows_the_previous_run_after_a_change(main_window):
    tools = main_window.compare_tools
    before = main_window.document.performance
    assert tools.ghost.curve.getData()[0] is None or len(tools.ghost.curve.getData()[0]) == 0
    main_window.document.change({"engine.aspiration": "turbo"}, "turbo")
    t, v = tools.ghost.curve.getData()
    np.testing.assert_allclose(t, before.trace.t_s)
    np.testing.assert_allclose(v, before.trace.speed_ms * 3.6)
    assert tools.ghost.curve in main_window.plots_panel.speed_plot.items
    tools.ghost_action.setChecked(False)
    assert not tools.ghost.curve.isVisible()
    tools.ghost_action.setChecked(True)
    assert tools.ghost.curve.isVisible()


def test_during_a_drag_the_ghost_is_the_run_before_the_drag_began(main_window):
    doc, ghost = main_window.document, main_window.compare_tools.ghost
    before = doc.performance
    drag = doc.new_merge_id()
    for length in range(3300, 3000, -50):  # one slider drag: one undo step
        doc.change({"body.length_mm": length}, "Change length", drag)
        t, _v = ghost.curve.getData()
        np.testing.assert_allclose(t, before.trace.t_s)
    end_of_drag = doc.performance
    doc.change({"engine.aspiration": "turbo"}, "turbo")  # the next step
    turbo = doc.performance
    t, _v = ghost.curve.getData()
    np.testing.assert_allclose(t, end_of_drag.trace.t_s)
    doc.undo_stack.undo()  # back to the end of the drag: the ghost is the turbo's run
    t, v = ghost.curve.getData()
    np.testing.assert_allclose(t, turbo.trace.t_s)
    np.testing.assert_allclose(v, turbo.trace.speed_ms * 3.6)


def test_opening_another_car_clears_the_ghost(main_window):
    tools = main_window.compare_tools
    main_window.document.change({"engine.aspiration": "turbo"}, "turbo")
    assert len(tools.ghost.curve.getData()[0]) > 0
    main_window.open_preset(presets.load_preset("subaru-360-1958").build)
    data = tools.ghost.curve.getData()[0]
    assert data is None or len(data) == 0  # a different car is not "the last change"
    main_window.document.change({"body.length_mm": 2900}, "shorter")
    assert len(tools.ghost.curve.getData()[0]) > 0


def test_compare_menu_pins_and_races(main_window):
    tools = main_window.compare_tools
    tools.pin_action.trigger()
    assert tools.compare_dock.isVisible()
    assert not tools.race_action.isEnabled()
    tools.add_preset(presets.load_preset("honda-beat-1991"))
    assert tools.race_action.isEnabled()
    tools.race_action.trigger()
    assert tools.race_dock.isVisible()
    assert tools.race_panel.replay is not None
    assert tools.race_panel.replay.names == tuple(e.name for e in tools.compare_panel.entries)


def test_add_file_that_cannot_be_read_shows_an_error(main_window, dialogs, tmp_path, monkeypatch):
    from keiconfig.ui import compare_tools

    bad = tmp_path / "bad.kei.json"
    bad.write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(compare_tools, "ask_compare_file", lambda parent, start: str(bad))
    assert not main_window.compare_tools.add_file()
    ((title, message),) = dialogs.errors
    assert title == "Could not add the build" and message.startswith("bad.kei.json: ")
    assert message.endswith(f" The file is in the folder “{tmp_path}”.")  # (as Open says it)


def _window_with_pins(main_window, n: int):
    main_window.resize(1400, 900)
    tools = main_window.compare_tools
    tools.pin_current()
    for p in presets.list_presets()[: n - 1]:
        tools.add_preset(p)
    return tools


def test_the_comparison_plot_keeps_a_readable_height(main_window, qtbot):
    tools = _window_with_pins(main_window, 4)
    panel = tools.compare_panel
    qtbot.waitUntil(lambda: panel.plot_widget.height() > 0)
    line = panel.fontMetrics().height()
    # the plot has the larger share of the dock, not a strip above a list and a table
    assert panel.plot_widget.height() >= 0.5 * panel.height()
    assert panel.plot_widget.height() >= 12 * line
    tools.race()  # the race dock takes height from the window: the plot keeps its minimum
    qtbot.wait(10)  # the window system's events
    run_window_timers(main_window)  # the layout's timers, fired
    assert panel.plot_widget.height() >= 12 * line


def test_projector_mode_thickens_the_comparison_and_ghost_lines(projector_off, main_window, qtbot):
    tools = _window_with_pins(main_window, 2)
    panel = tools.compare_panel
    thin = panel.curves[0].opts["pen"].widthF()
    ghost = tools.ghost.curve.opts["pen"].widthF()
    tick = panel.plot.getAxis("bottom").style["tickFont"].pointSizeF()
    main_window.classroom.projector_action.setChecked(True)
    assert panel.curves[0].opts["pen"].widthF() == 2 * thin
    assert tools.ghost.curve.opts["pen"].widthF() == 2 * ghost
    # text too (the font change is delivered as a posted event)
    qtbot.waitUntil(lambda: panel.plot.getAxis("bottom").style["tickFont"].pointSizeF() > tick)
    main_window.classroom.projector_action.setChecked(False)
    assert panel.curves[0].opts["pen"].widthF() == thin


LONG_NAMES = (  # the presets with the longest names
    "caterham-seven-160-2014",
    "mitsubishi-minica-dangan-zz-1989",
    "daihatsu-mira-tr-xx-1985",
    "fiat-cinquecento-sporting-1994",
)


def _four_long_names(main_window, size, projector: bool):
    main_window.resize(*size)
    if projector:
        main_window.classroom.projector_action.setChecked(True)
    tools = main_window.compare_tools
    for pid in LONG_NAMES:
        tools.add_preset(presets.load_preset(pid))
    return tools, tools.compare_panel


def _settled(qtbot, panel):
    qtbot.waitUntil(lambda: panel.table.viewport().width() > 0)
    qtbot.wait(30)  # the font change of projector mode is a posted event
    run_window_timers(panel.window())  # and the layout's timers, fired
    # the window lays out its dashboard and docks in a few posted rounds
    bar = panel.table.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=30_000)  # bounds a hang


# 1600 wide: the rules beside the figures keep their own minimum width, and four long
# names side by side need the rest (at 1400 the comparison would give way to the rules).
@pytest.mark.parametrize(
    ("size", "projector"), [((1600, 900), False), ((1920, 1080), True)], ids=["normal", "projector"]
)
def test_four_builds_fit_side_by_side_without_scrolling(
    projector_off, main_window, qtbot, size, projector
):
    tools, panel = _four_long_names(main_window, size, projector)
    _settled(qtbot, panel)
    table = panel.table
    assert table.columnCount() == 4
    assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(4)) <= table.viewport().width()
    names = [e.name for e in panel.entries]
    fm = header.fontMetrics()
    for col in range(4):
        # every number fits its column
        assert header.sectionSize(col) >= table.sizeHintForColumn(col)
        # the heading: the name on at most two lines that fit, the whole name in the tooltip
        item = table.horizontalHeaderItem(col)
        lines = item.text().split("\n")
        assert len(lines) <= 2
        assert all(fm.horizontalAdvance(line) < header.sectionSize(col) for line in lines)
        assert names[col] in item.toolTip()
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == names[col]
    # the dock leaves the window's own panels most of the width
    assert tools.compare_dock.width() <= main_window.width() // 2


@pytest.mark.parametrize(
    ("size", "projector"), [((1600, 900), False), ((1920, 1080), True)], ids=["normal", "projector"]
)
def test_the_legend_is_under_the_plot_not_on_it(projector_off, main_window, qtbot, size, projector):
    _tools, panel = _four_long_names(main_window, size, projector)
    _settled(qtbot, panel)
    legend = panel.legend
    assert legend.isVisible()
    # a widget of its own below the plot, not an item drawn over the curves
    assert not any(isinstance(i, pg.LegendItem) for i in panel.plot.scene().items())
    plot = panel.plot_widget
    below = legend.mapTo(panel, legend.rect().topLeft()).y()
    assert below >= plot.mapTo(panel, plot.rect().bottomLeft()).y()
    # every build, with its whole name, at the panel's text size (projector: larger)
    shown = [n for n in legend.names if n.isVisible()]
    assert [n.text() for n in shown] == [e.name for e in panel.entries]
    for label in shown:
        assert label.font().pointSizeF() == panel.font().pointSizeF()
        assert label.height() >= label.heightForWidth(label.width())  # no line cut off
        if projector:  # projector text size
            assert label.font().pointSizeF() >= 1.5 * main_window._base_point_size - 0.01
    # the samples show each curve's colour
    for sample, curve in zip(legend.samples, panel.curves, strict=True):
        image = sample.pixmap().toImage()
        colour = image.pixelColor(image.width() // 2, image.height() // 2)
        if colour.alpha() == 255:  # a gap of a dashed line is see-through
            assert colour.name() == curve.opts["pen"].color().name()


def test_cells_show_the_number_and_tell_screen_readers_the_unit(qtbot):
    panel, _ = _panel(qtbot)
    slow = presets.load_preset("subaru-360-1958")
    quick = presets.load_preset("honda-s660-2015")
    panel.add_build(slow.name, slow.build)
    panel.add_build(quick.name, quick.build)
    r = [row.field for row in panel.table_data().rows].index("standing_400m_s")
    assert panel.table.verticalHeaderItem(r).text().endswith("(s)")  # the unit, once
    cell = panel.table.item(r, 1)
    assert " s" not in cell.text()
    spoken = cell.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(STAR) and spoken.count(" s") == 2  # "★ 19.5 s (−7.1 s)"
    assert quick.name in cell.toolTip()


def test_wrap_name_and_share():
    from PySide6.QtGui import QFontMetrics

    fm = QFontMetrics(QApplication.font())
    name = "Mitsubishi Minica Dangan ZZ (1989)"
    assert wrap_name(name, fm, 10_000) == name
    width = fm.horizontalAdvance("Mitsubishi Minica")
    lines = wrap_name(name, fm, width).split("\n")
    assert lines[0] == "Mitsubishi Minica" and len(lines) == 2
    assert lines[1].endswith("…") and fm.horizontalAdvance(lines[1]) <= width
    assert wrap_name(name, fm, fm.horizontalAdvance("Mitsubishi Minica Dangan")).split("\n") == [
        "Mitsubishi Minica Dangan",
        "ZZ (1989)",
    ]
    assert _share(400, [60, 100, 100, 100]) == [100, 100, 100, 100]
    assert _share(380, [62, 102, 102, 102]) == [74, 102, 102, 102]
    assert _share(300, [62, 102, 102, 102]) == [62, 102, 102, 102]  # too narrow: scrolls
    assert sum(_share(401, [10, 10, 10])) == 401


@pytest.fixture
def projector_off(main_window):
    """Projector mode sets the application's font and palette: put them back for later tests."""
    yield
    main_window.classroom.projector_action.setChecked(False)


def test_a_limited_top_speed_and_an_electric_range_are_in_the_table(qtbot):
    """A pinned electric car shows its WLTC range, as its card does, and a top speed the
    limiter holds says "limited" in its cell and, in the tooltip, how fast it would go
    without the limiter (the Copen's and the eK X EV's "140" looked like flat-out speeds)."""
    panel, _ = _panel(qtbot)
    for pid in ("daihatsu-copen-2002", "mitsubishi-ek-x-ev-2022", "nissan-sakura-2022"):
        p = presets.load_preset(pid)
        panel.add_build(p.name, p.build, p.id)
    fields = [row.field for row in panel.table_data().rows]
    top = fields.index("top_speed_kmh")
    copen, ek, sakura = (panel.table.item(top, c) for c in range(3))
    assert copen.text() == f"{STAR} 140 limited"
    assert ek.text() == f"{STAR} 140 limited (±0)"
    assert sakura.text() == "130 (−10)"
    free = panel.entries[1].performance.unlimited_top_speed_kmh
    assert f"limited; about {free:.0f} without the limiter" in ek.toolTip()
    assert "limiter" not in sakura.toolTip()
    rng = fields.index("wltc_range_km")
    assert panel.table.verticalHeaderItem(rng).text().replace("\n", " ") == "WLTC range (km)"
    assert panel.table.item(rng, 0).text() == "—"
    sakura_range = panel.entries[2].performance.wltc_range_km
    assert panel.table.item(rng, 2).text().endswith(f"{sakura_range:.0f}")


def test_an_empty_comparison_says_how_to_fill_it(qtbot):
    """An empty plot and a table of row names said nothing of what to do (seen in
    projector mode): the panel says how a build gets in, and says it again when the last
    one goes."""
    panel, _ = _panel(qtbot)
    panel.show()
    assert panel.message.isVisible()
    assert panel.message.text() == panel.empty_text()
    assert "Pin Current Build" in panel.message.text()
    assert "Add Preset" in panel.message.text()
    assert panel.pin_current()
    assert panel.message.text().startswith("Pinned")
    panel.clear()  # (and what was removed, which Ctrl+Z in the panel puts back)
    assert panel.message.isVisible() and panel.message.text().endswith(panel.empty_text())
    assert panel.pin_current()
    panel.remove(0)
    assert panel.message.text().endswith(panel.empty_text())
    assert panel.message.text().startswith("Removed")


def test_add_file_says_the_files_warnings(main_window, dialogs, tmp_path, monkeypatch):
    """A file with a key this keiconfig does not know, pinned from Compare > Add File…:
    pinned without a word, though Open names such keys (the format: never ignored
    silently)."""
    import json

    from keiconfig.core.build import default_build
    from keiconfig.ui import compare_tools

    data = default_build().to_json_dict()
    data["body"]["paint"] = "red"
    path = tmp_path / "newer.kei.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(compare_tools, "ask_compare_file", lambda parent, start: str(path))
    assert main_window.compare_tools.add_file()
    assert main_window.statusBar().currentMessage() == (
        'Pinned with warnings: newer.kei.json: unknown key "body.paint" was ignored '
        "(a typo, or a field of a newer keiconfig?)."
    )
    assert dialogs.errors == []


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_the_message_table_and_note_never_overlap(main_window, qtbot, size, projector, language):
    """The comparison beside the classroom (F6, F7): in projector mode at 1280x720 the
    table's note ('★ bold: best in the row…') was drawn over the table's last rows and the
    Japanese 'nothing to compare yet' message was cut: the pane under the splitter's
    handle was shorter than its wrapped lines. Each is now whole and below the one above
    (the dock scrolls where it is short of room)."""
    from tests.ui.test_layout import press_and_settle

    w = main_window
    with _sized(qtbot, w, size, projector):
        press_and_settle(qtbot, w, Qt.Key.Key_F6)
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        panel = w.compare_tools.compare_panel
        message, table, note = panel.message, panel.table, panel.table_note
        assert message.isVisible() and table.isVisible() and note.isVisible()
        for label in (message, note):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert message.geometry().bottom() < table.geometry().top()
        assert table.geometry().bottom() < note.geometry().top()
        assert table.height() >= table.minimumHeight()


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_the_legend_is_never_drawn_over_the_time_axis(
    main_window, qtbot, size, projector, language
):
    """Two builds pinned (Ctrl+D) in projector mode at 1280x720 in Japanese: the names
    wrapped to three lines and the legend was drawn over the time axis's numbers and its
    title '時間 (s)' (the pane above the splitter's handle knew nothing of wrapped lines).
    Now the legend is whole and below the plot widget, which keeps its least height."""
    from tests.ui.test_layout import press_and_settle

    w = main_window
    with _sized(qtbot, w, size, projector):
        w.compare_tools.add_preset(presets.load_preset("caterham-seven-160-2014"))
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        panel = w.compare_tools.compare_panel
        assert len(panel.entries) == 2
        legend, plot = panel.legend, panel.plot_widget
        assert legend.isVisible()
        top = legend.mapTo(panel, legend.rect().topLeft()).y()
        assert top >= plot.mapTo(panel, plot.rect().bottomLeft()).y()
        assert plot.height() >= plot.minimumHeight()
        assert legend.height() >= legend.heightForWidth(legend.width())
        for label in legend.names[:2]:
            assert label.height() >= label.heightForWidth(label.width()), label.text()


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_four_pinned_builds_leave_the_comparison_whole_beside_the_classroom(
    main_window, qtbot, size, projector, language
):
    """The Classroom open (F6), then four builds pinned with Ctrl+D, the build changed
    between: the Comparison shares the Classroom's column as a tab. In projector mode at
    1280x720 in Japanese its legend's two lines made the dock scroll by 7 px (the plot
    kept its 14 lines whatever the legend took below it): now the whole panel is in view,
    no scroll bar, the plot and the legend whole."""
    from tests.ui.test_layout import press_and_settle

    w = main_window
    with _sized(qtbot, w, size, projector):
        press_and_settle(qtbot, w, Qt.Key.Key_F6)
        for length in (3300, 3200, 3100, 3000):
            press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
            w.document.change({"body.length_mm": length}, "Change length")
        panel = w.compare_tools.compare_panel
        assert len(panel.entries) == 4
        dock = w.compare_tools.compare_dock
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
        area = dock.widget()
        assert area.verticalScrollBar().maximum() == 0, area.verticalScrollBar().maximum()
        legend, plot = panel.legend, panel.plot_widget
        assert legend.mapTo(panel, legend.rect().topLeft()).y() >= plot.geometry().bottom()
        assert plot.height() >= plot.minimumHeight()
        assert legend.height() >= legend.heightForWidth(legend.width())
        line = panel.fontMetrics().height()
        assert plot.height() >= 10 * line


def test_the_power_rows_never_say_equal_in_ps_and_better_in_kw(main_window, qtbot):
    """A Sakura (63.9 PS) and a Taft (64.0 PS) pinned by Ctrl+D: the table's PS row read
    64 and 64 with no star while its kW row read 47.0 and '★ 47.1' (the Taft better).
    The same power equal in one unit is equal in the other: neither row stars either car
    now; the kW row still shows its difference (+0.1)."""
    from tests.ui.keys import focus
    from tests.ui.test_layout import press_and_settle

    w = main_window
    for preset in ("nissan-sakura-2022", "daihatsu-taft-2020"):
        w.open_preset(presets.load_preset(preset).build)
        focus(qtbot, w.body_panel.length.slider)
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    panel = w.compare_tools.compare_panel
    assert len(panel.entries) == 2
    fields = [row.field for row in panel.table_data().rows]
    ps = [panel.table.item(fields.index("power_ps"), c).text() for c in (0, 1)]
    kw = [panel.table.item(fields.index("power_kw"), c).text() for c in (0, 1)]
    assert ps == ["64", "64 (±0)"]
    assert kw == ["47.0", "47.1 (+0.1)"]
    # (a row with a best still stars it: the lighter Taft's kerb weight)
    weight = panel.table.item(fields.index("kerb_weight_kg"), 1)
    assert weight.text().startswith(STAR)


@pytest.mark.desktop
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_a_live_switch_leaves_the_builds_side_by_side(main_window, qtbot, projector):
    """Started in English at 1280x720, two builds pinned (Ctrl+D), then View > Language >
    日本語: the Comparison stayed as wide as the English table wanted, and the Japanese one
    (its row names wider) scrolled sideways, the second build's heading and figures cut
    at the dock's edge ('マイ軽カー (2', '784' half shown; seen on Xvfb + openbox in
    projector mode). Started in Japanese both fit. Now the dock widens after the switch
    as it does for a new pin: no sideways scrolling."""
    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app
    from tests.ui.keys import focus
    from tests.ui.test_layout import press_and_settle, resize_on_screen, settle

    make_app()
    i18n.set_language("en")
    w = main_window
    resize_on_screen(qtbot, w, 1280, 720)
    focus(qtbot, w.body_panel.length.slider)
    try:
        if projector:
            press_and_settle(qtbot, w, Qt.Key.Key_F5)
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        for _ in range(2):
            press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        w.choose_language("ja")
        settle(qtbot, w)
        panel = w.compare_tools.compare_panel
        table = panel.table
        assert table.verticalHeaderItem(0).text() == "車両重量 (kg)"
        assert table.horizontalScrollBar().maximum() == 0
        # two builds: their full table, in projector mode too (FULL_TABLE_BUILDS)
        assert w.compare_tools.compare_dock.width() >= panel.needed_width()
        assert panel.layout_level == FULL
    finally:
        w.classroom.projector_action.setChecked(False)
        i18n.set_language("en")


@pytest.mark.desktop
def test_ctrl_d_with_four_pinned_says_why_it_pins_no_fifth(main_window, qtbot):
    """Four builds pinned, a teacher presses Ctrl+D once more (on the projector: the
    Compare menu's greyed entry is not in view): nothing happened at all, the key being
    disabled. Now the Comparison says why: it shows four builds at most, remove one."""
    from tests.ui.keys import focus
    from tests.ui.test_layout import press_and_settle

    w = main_window
    tools = w.compare_tools
    for pid in ("honda-beat-1991", "suzuki-cappuccino-1991", "daihatsu-copen-2002"):
        tools.add_preset(presets.load_preset(pid))
    focus(qtbot, w.body_panel.length.spin)
    press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    panel = tools.compare_panel
    assert len(panel.entries) == MAX_ENTRIES
    focus(qtbot, w.body_panel.length.spin)
    press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.entries) == MAX_ENTRIES
    assert panel.message.isVisible()
    text = panel.message.text().replace("\N{ZERO WIDTH SPACE}", "")
    assert "already has 4 builds" in text and "Remove one" in text, text


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("classroom", [False, True], ids=["alone", "with_classroom"])
def test_four_builds_are_read_without_scrolling_sideways_at_1280x720(
    main_window, qtbot, projector, language, classroom
):
    """Four builds pinned (three presets, then Ctrl+D) at 1280x720, the Comparison alone
    (F7) or with the Classroom (F6): the table scrolled sideways, two of the four cars out
    of the class's sight ('Honda Beat (1991' cut at the dock's edge, seen on Xvfb +
    openbox in projector mode): the dashboard keeps some 730 px and the dock had some
    540 px for a table that wanted 840. Now every column is in view, each figure whole,
    in the projector's text size; where the names do not fit, each heading is the build's
    letter, which the legend gives beside its whole name (the heading's tooltip and
    screen-reader text keep the name, a cell's its difference from the first build)."""
    from tests.ui.test_layout import press_and_settle, settle

    w = main_window
    # a 1991 car: the offer to judge it by its own era's rules takes a row above
    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    with _sized(qtbot, w, (1280, 720), projector):
        if classroom:
            press_and_settle(qtbot, w, Qt.Key.Key_F6)
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        for pid in ("honda-beat-1991", "caterham-seven-160-2014", LONG_NAMES[1]):
            w.compare_tools.add_preset(presets.load_preset(pid))
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        panel = w.compare_tools.compare_panel
        assert len(panel.entries) == 4
        dock = w.compare_tools.compare_dock
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
        table = panel.table
        header = table.horizontalHeader()
        assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
        assert header.length() <= table.viewport().width()
        # nor the dock up and down, the note under the table whole in view (with the era
        # offer above, beside the Classroom in Japanese in projector mode it scrolls by
        # 14 px, as it did before the table was made narrower: its buttons and lines are
        # taller in Japanese; not solved here)
        area = dock.widget()
        known = 14 if classroom and projector and language == "ja" else 0
        assert area.verticalScrollBar().maximum() <= known, area.verticalScrollBar().maximum()
        # four builds do not fit by name in the dock's 540 px: each heading is a letter
        assert panel.layout_level == KEYED
        note = panel.table_note  # one line, the panel has none to spare
        assert note.heightForWidth(note.width()) < 1.5 * note.fontMetrics().lineSpacing()
        if projector:  # still the projector's text, not made small to fit
            assert table.font().pointSizeF() >= 1.5 * w._base_point_size - 0.01
        _headings_say_whose(panel, lettered=True)
        weight = [r.field for r in panel.table_data().rows].index("kerb_weight_kg")
        spoken = table.item(weight, 1).data(Qt.ItemDataRole.AccessibleTextRole)
        assert "(" in spoken and "kg)" in spoken  # its difference, with the unit
        assert "A–D" in panel.table_note.text()  # it names the letters there are
        panel.remove(3)
        settle(qtbot, w)
        if panel.layout_level == KEYED:
            assert "A–C" in panel.table_note.text() and "A–D" not in panel.table_note.text()
        # two builds: their names fit, in the headings; no letters, no legend
        panel.remove(2)
        settle(qtbot, w)
        assert panel.layout_level == FULL
        _headings_say_whose(panel, lettered=False)


def _headings_say_whose(panel, *, lettered: bool) -> None:
    """Each column's heading is its build's name, whole on its lines, or (``lettered``) the
    build's letter with the legend's key beside its whole name; the heading's tooltip and
    screen-reader text name the build; each column holds its numbers whole."""
    table = panel.table
    header = table.horizontalHeader()
    fm = header.fontMetrics()
    names = [e.name for e in panel.entries]
    legend = [
        (k.text(), n.text().replace("\N{ZERO WIDTH SPACE}", ""))
        for k, n in zip(panel.legend.keys, panel.legend.names, strict=True)
    ]
    assert len(names) == table.columnCount()
    for col in range(len(names)):
        assert header.sectionSize(col) >= table.sizeHintForColumn(col)  # numbers whole
        item = table.horizontalHeaderItem(col)
        lines = item.text().split("\n")
        assert all(fm.horizontalAdvance(line) < header.sectionSize(col) for line in lines)
        assert names[col] in item.toolTip()
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == names[col]
        if lettered:  # the legend says whose letter it is
            assert item.text() == "ABCD"[col]
            assert panel.legend.keys[col].isVisible()
            assert legend[col] == ("ABCD"[col], names[col])
        else:
            assert item.text() != "ABCD"[col]
            assert not panel.legend.keys[col].isVisible()


@pytest.mark.desktop
def test_the_comparison_plot_never_zooms_out_past_its_runs(qtbot):
    """A wheel turned over the Comparison's plot zoomed it out to thousands of seconds and
    km/h (and below zero), the runs a speck, as the speed plot did. Now it zooms in, and
    out no further than the longest run and its speeds; Home with it focused (or a
    double-click, or 'Reset zoom') shows the race's stretch again."""
    from tests.ui.keys import focus, press
    from tests.ui.mouse import wheel

    panel, _ = _panel(qtbot)
    panel.resize(700, 500)
    panel.show()
    qtbot.waitExposed(panel)
    beat = presets.load_preset("honda-beat-1991")
    assert panel.pin_current()
    assert panel.add_build(beat.name, beat.build, beat.id)
    view = panel.plot.getViewBox()
    fitted = [list(r) for r in view.viewRange()]
    wheel(panel.plot_widget.viewport(), 15)
    (x0, x1), (y0, y1) = view.viewRange()
    longest = max(float(e.performance.trace.t_s[-1]) for e in panel.entries)
    assert x0 >= 0.0 and x1 <= longest * 1.001, (x0, x1)
    assert y0 >= 0.0 and y1 <= fitted[1][1] * 1.001, (y0, y1)
    focus(qtbot, panel.plot_widget)
    press(Qt.Key.Key_Home)
    assert [list(r) for r in view.viewRange()] == fitted


def _runs(image, y: int) -> list[int]:
    """The lengths of the drawn (opaque) stretches along row ``y`` of ``image``."""
    runs, n = [], 0
    for x in range(image.width()):
        if image.pixelColor(x, y).alpha() > 128:
            n += 1
        elif n:
            runs.append(n)
            n = 0
    return [*runs, n] if n else runs


@pytest.mark.desktop
def test_the_headings_line_samples_are_legible_in_projector_mode(main_window, qtbot):
    """Four builds pinned in projector mode at 1920x1080: the line sample beside each
    heading's letter A-D was the style's 16 px icon with a 3 px pen, its dash longer than
    the icon (the solid and dashed samples looked alike from the back of a class). Now
    the sample is as tall as the heading's text (larger in projector mode) with a pen a
    seventh of that: solid is one stroke, each dashed pattern shows its gaps, the stroke
    thick enough to see."""
    from PySide6.QtWidgets import QStyle

    from tests.ui.test_layout import press_and_settle

    w = main_window
    with _sized(qtbot, w, (1920, 1080), projector=True):
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        for pid in ("honda-beat-1991", "caterham-seven-160-2014", LONG_NAMES[1]):
            w.compare_tools.add_preset(presets.load_preset(pid))
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        panel = w.compare_tools.compare_panel
        header = panel.table.horizontalHeader()
        size = header.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, header)
        assert size >= 20, size  # projector mode's text height, not the style's 16 px
        seen = []
        for col in range(4):
            image = panel.table.horizontalHeaderItem(col).icon().pixmap(size, size).toImage()
            runs = _runs(image, image.height() // 2)
            seen.append(runs)
            if col == 0:
                assert len(runs) == 1, runs  # solid
            else:
                assert len(runs) >= 2, (col, runs)  # its dashes or dots apart
            x = image.width() // 2 if col == 0 else 1 + runs[0] // 2
            thick = sum(image.pixelColor(x, y).alpha() > 128 for y in range(image.height()))
            assert thick >= 3, (col, thick)
        assert len(set(map(tuple, seen))) == 4, seen  # no two samples alike
        # the dash's second stroke is a dash, the dash-dot's a dot
        assert seen[1][1] > 1.5 * seen[3][1], seen


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_four_builds_leave_the_dashboard_readable_at_1920x1080_in_projector_mode(
    main_window, qtbot, language
):
    """Four builds pinned at 1920x1080 in projector mode (three presets, then Ctrl+D): the
    Comparison widened to half the window to give whole names and differences, leaving
    the dashboard at its least width, its speed plot some 300x130 px, too small for a
    class to read. Now the Comparison keeps the width it opened at (or as much as its
    lettered table needs) and its table takes a narrower layout (differences in tooltips,
    or letters A-D as in its legend): the dashboard keeps a speed plot a class can read
    and the table still does not scroll sideways."""
    from tests.ui.test_layout import press_and_settle

    w = main_window
    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    with _sized(qtbot, w, (1920, 1080), projector=True):
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        for pid in ("honda-beat-1991", "caterham-seven-160-2014", LONG_NAMES[1]):
            w.compare_tools.add_preset(presets.load_preset(pid))
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        run_window_timers(w)
        panel = w.compare_tools.compare_panel
        assert len(panel.entries) == 4
        dock = w.compare_tools.compare_dock
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
        speed = w.plots_panel.speed_widget
        # the dashboard's plot: wider than the comparison's columns, the class's main view
        assert speed.width() >= 480, (speed.size(), dock.width())
        assert dock.width() <= int(w.width() * 0.4), dock.width()
        assert panel.table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
        assert panel.layout_level != FULL  # the differences gave way, not the dashboard


@pytest.mark.desktop
def test_a_comparison_taller_than_its_dock_still_gets_the_width_it_asked_for(main_window, qtbot):
    """Two builds pinned (the Honda Beat added, then Ctrl+D) in projector mode in a short
    window (1280x600; 1280x540 since the plot gives way to its least height first):
    the dock widened to the panel's least width for names and differences, but the panel
    sits in the dock's scroll area, whose vertical scroll bar (the contents taller than
    the dock) took 14 px of it: the table fell back to figures without differences (with
    four builds and letters, 1 to 14 px of sideways scrolling). Now the dock asks for the
    panel's width and that bar's: names and differences fit beside the bar."""
    from tests.ui.test_layout import press_and_settle

    w = main_window
    with _sized(qtbot, w, (1280, 540), projector=True):
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        w.compare_tools.add_preset(presets.load_preset("honda-beat-1991"))
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        run_window_timers(w)
        panel = w.compare_tools.compare_panel
        area = w.compare_tools.compare_dock.widget()
        assert area.verticalScrollBar().isVisible()  # (the case: taller than the dock)
        assert area.viewport().width() >= panel.needed_width()
        assert panel.layout_level == FULL
        assert panel.table.horizontalScrollBar().maximum() == 0


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_four_builds_pinned_before_projector_mode_are_read_without_scrolling_sideways(
    main_window, qtbot, language
):
    """Four builds pinned at 1280x720 (as the class folder pins its top four), then
    projector mode (F5): in Japanese the Comparison was left 433 px wide, its lettered
    table scrolling sideways (C and D out of view) and its legend on five lines, while
    the dashboard had 841 px (seen on Xvfb + openbox after a class folder). Its fit
    asked whether its contents were taller than the dock before the layouts had learnt
    the projector's text, so it took the narrower projector width. Now every column is in
    view."""
    from tests.ui.test_layout import press_and_settle

    w = main_window
    with _sized(qtbot, w, (1280, 720), projector=False):
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        for pid in ("honda-beat-1991", "caterham-seven-160-2014", LONG_NAMES[1]):
            w.compare_tools.add_preset(presets.load_preset(pid))
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        run_window_timers(w)
        press_and_settle(qtbot, w, Qt.Key.Key_F5)
        run_window_timers(w)
        panel = w.compare_tools.compare_panel
        table = panel.table
        assert len(panel.entries) == 4
        assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
        assert table.horizontalHeader().length() <= table.viewport().width()
        area = w.compare_tools.compare_dock.widget()
        assert area.verticalScrollBar().maximum() == 0  # nor up and down


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize(
    ("classroom", "pins_first"),
    [(False, False), (True, False), (False, True)],
    ids=["F5-then-pins", "F5-then-pins-with-classroom", "pins-then-F5"],
)
def test_four_builds_leave_the_dashboard_readable_at_1600x900_in_projector_mode(
    main_window, qtbot, language, classroom, pins_first
):
    """Four builds pinned at 1600x900 in projector mode (F6 for the Classroom or not, F7,
    three presets, Ctrl+D): the controls kept their whole width (480 px, 525 in Japanese)
    beside the Comparison's 576, for DockRoom counted that dock at its readable ~340 px:
    the dashboard was left at its least width, its speed plot 516x174 px (471x164 in
    Japanese). Now in projector mode the dashboard keeps three eighths of the window and
    the controls' rows wrap to leave it: the speed plot some 582x222, the rules still in
    view, the Comparison as wide as before and not scrolling sideways. So too with the
    builds pinned before F5 (as a class folder pins them): the Comparison had half the
    window for its full table and kept ~600 px of it in projector mode, the dashboard
    short of its room again; it now takes its projector width as F5 turns it on. (The
    Classroom open when a class folder pins the builds: see
    test_a_class_folder_opened_beside_the_classroom_leaves_the_dashboard_its_room.)"""
    from tests.ui.test_layout import press_and_settle

    w = main_window
    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    with _sized(qtbot, w, (1600, 900), projector=not pins_first):
        if classroom:
            press_and_settle(qtbot, w, Qt.Key.Key_F6)
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        for pid in ("honda-beat-1991", "caterham-seven-160-2014", LONG_NAMES[1]):
            w.compare_tools.add_preset(presets.load_preset(pid))
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        run_window_timers(w)
        if pins_first:
            press_and_settle(qtbot, w, Qt.Key.Key_F5)
            run_window_timers(w)
        panel = w.compare_tools.compare_panel
        assert len(panel.entries) == 4
        dock = w.compare_tools.compare_dock
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
        speed = w.plots_panel.speed_widget
        assert speed.width() >= 560 and speed.height() >= 200, (speed.size(), dock.width())
        assert w.dashboard_area.width() >= w.width() * 3 // 8
        rules = w.compliance_panel
        assert rules.isVisible() and rules.visibleRegion().boundingRect().height() >= 100
        assert dock.width() >= int(w.width() * 0.36)  # the Comparison kept its width
        assert panel.table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
        assert not w.controls_scroll.isHidden()  # the controls, rows wrapped, still there


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_two_builds_get_the_full_table_at_1280x720_in_projector_mode(main_window, qtbot, language):
    """Two builds pinned at 1280x720 in projector mode (F7, the Honda Beat added, Ctrl+D):
    the Comparison kept the width it opens at and its table took letters, "A" and "B" in
    the headings and their names in the legend, the differences only in tooltips, which a
    class does not see (d2885c5). Two builds' full table fits beside the dashboard: it now
    shows their names and each figure with its difference, without sideways scrolling,
    the dashboard's rules and speed plot still readable, and the rules' era choice says
    its era whole (in Japanese it read '1998年10月から — 3.4 × 1.48 × 2.…'; now
    '1998年10月から', its whole name in its tooltip)."""
    from keiconfig.ui.compare_panel import FULL
    from keiconfig.ui.widgets import SHORT_TEXT_ROLE
    from tests.ui.test_layout import press_and_settle

    w = main_window
    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    with _sized(qtbot, w, (1280, 720), projector=True):
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        w.compare_tools.add_preset(presets.load_preset("honda-beat-1991"))
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        run_window_timers(w)
        panel = w.compare_tools.compare_panel
        assert len(panel.entries) == 2
        dock = w.compare_tools.compare_dock
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
        speed = w.plots_panel.speed_widget
        rules = w.compliance_panel
        assert panel.layout_level == FULL, (panel.layout_level, dock.width())
        assert panel.table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
        assert speed.width() >= 560 and speed.height() >= 180, speed.size()
        assert rules.isVisible() and rules.visibleRegion().boundingRect().height() >= 100
        era = rules.era_combo
        short = era.itemData(era.currentIndex(), SHORT_TEXT_ROLE)
        assert era.shown_text() in (era.currentText(), short), era.shown_text()
        assert era.toolTip().split("\n")[0] == era.currentText()


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_maximising_leaves_the_comparison_its_projector_width_below_the_classroom(
    main_window, qtbot, language
):
    """A teacher in projector mode at 1280x720 (F5), the Classroom (F6) and the Comparison
    (F7, four builds: three presets, then Ctrl+D) open, maximises the window (1920x1040 on
    a 1920x1080 desktop): the Comparison, stacked below the Classroom and shorter than its
    contents, widened to half the window (~960 px), the dashboard ~455 px, its speed plot
    ~360. Now it keeps its projector width (the width it opens at, or what its lettered
    table needs) as the window grows, and the dashboard keeps a speed plot a class reads.
    In Japanese too: the two are stacked again there (they stayed in tabs, the Classroom
    measured at its width behind the tab at 1280x720, and the case was never reached)."""
    from tests.ui.test_layout import press_and_settle, resize_on_screen, settle

    w = main_window
    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    with _sized(qtbot, w, (1280, 720), projector=True):
        press_and_settle(qtbot, w, Qt.Key.Key_F6)
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        for pid in ("honda-beat-1991", "caterham-seven-160-2014", LONG_NAMES[1]):
            w.compare_tools.add_preset(presets.load_preset(pid))
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        run_window_timers(w)
        resize_on_screen(qtbot, w, 1920, 1040)  # as the window manager maximises it
        run_window_timers(w)
        settle(qtbot, w)
        tools = w.compare_tools
        dock = tools.compare_dock
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
        assert len(tools.compare_panel.entries) == 4
        # stacked below the Classroom, both on screen (not in tabs)
        assert not w.tabifiedDockWidgets(dock)
        assert not w.classroom.dock.visibleRegion().isEmpty()
        assert w.classroom.dock.geometry().bottom() < dock.geometry().top()
        assert dock.width() <= tools.projector_width(), (dock.width(), tools.projector_width())
        speed = w.plots_panel.speed_widget
        assert speed.width() >= 560, (speed.size(), dock.width(), w.dashboard_area.width())
        assert tools.compare_panel.table.horizontalScrollBar().maximum() == 0


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize(
    ("start", "size"),
    [((1600, 900), (1600, 900)), ((1280, 720), (1920, 1040))],
    ids=["1600x900", "maximised-from-1280x720"],
)
def test_a_class_folder_opened_beside_the_classroom_leaves_the_dashboard_its_room(
    main_window, qtbot, tmp_path, language, start, size
):
    """A teacher in projector mode (F5) opens the Classroom (F6), maximises the window or
    not, then opens the class folder: its top four builds are pinned and the Comparison
    opens below the Classroom, short for a moment, its contents taller than it. It then
    widened up to half the window and kept that (only ever widened): at 1600x900 in
    Japanese the Comparison 629 px, the dashboard 547 (English 604 and 572), where the
    Comparison opened first and the Classroom after leave it 600; maximised to 1920x1040
    the Comparison 922 px (960 in Japanese), the dashboard 508 (451), its speed plot
    490 px wide (433). Now it widens only into what the dashboard can spare beyond its
    three eighths of the window: the dashboard keeps them, its speed plot a class reads,
    and the lettered table is whole."""
    from tests.ui.test_class_folder import _class_of_twelve
    from tests.ui.test_layout import press_and_settle, resize_on_screen, settle

    w = main_window
    folder = _class_of_twelve(tmp_path / "class")
    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    with _sized(qtbot, w, start, projector=True):
        press_and_settle(qtbot, w, Qt.Key.Key_F6)
        if size != start:
            resize_on_screen(qtbot, w, *size)  # as the window manager maximises it
            run_window_timers(w)
            settle(qtbot, w)
        tools = w.compare_tools
        dialog = tools.open_class_folder(str(folder))
        assert dialog is not None and dialog.wait()
        dialog.close()
        run_window_timers(w)
        settle(qtbot, w)
        run_window_timers(w)
        dock = tools.compare_dock
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
        assert len(tools.compare_panel.entries) == 4
        speed = w.plots_panel.speed_widget
        sizes = (dock.width(), w.dashboard_area.width(), speed.size())
        assert w.dashboard_area.width() >= w.width() * 3 // 8, sizes
        assert speed.width() >= 560, sizes
        assert dock.width() >= int(w.width() * 0.36), sizes  # the Comparison kept its width
        assert tools.compare_panel.table.horizontalScrollBar().maximum() == 0


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize(
    "size", [(1280, 720), (1600, 900), (1920, 1080)], ids=["1280x720", "1600x900", "1920x1080"]
)
def test_the_comparisons_tab_brought_forward_after_the_classroom_shows_every_build(
    main_window, qtbot, tmp_path, language, size
):
    """A teacher in projector mode opens the class folder (its top four builds pinned,
    the Comparison opens), then the Classroom (F6): the two share the column as tabs,
    the Classroom on top, and the column kept the width the Classroom opened at. F7 brought
    the Comparison's tab forward at that width: in Japanese 426 px at 1280x720, 460 at
    1600x900 and 1920x1080, its lettered table scrolling sideways (C and D out of view on
    Xvfb + openbox), its legend's names on five lines, the dashboard ~950 px. Now the
    Comparison, on screen again, takes the width its builds need, as when it opened."""
    from tests.ui.test_class_folder import _class_of_twelve
    from tests.ui.test_layout import press_and_settle, settle

    w = main_window
    folder = _class_of_twelve(tmp_path / "class")
    w.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    with _sized(qtbot, w, size, projector=True):
        tools = w.compare_tools
        dialog = tools.open_class_folder(str(folder))
        assert dialog is not None and dialog.wait()
        dialog.close()
        run_window_timers(w)
        settle(qtbot, w)
        press_and_settle(qtbot, w, Qt.Key.Key_F6)
        run_window_timers(w)
        settle(qtbot, w)
        dock = tools.compare_dock
        if dock.visibleRegion().isEmpty():  # behind the Classroom's tab: F7 brings it
            press_and_settle(qtbot, w, Qt.Key.Key_F7)
            run_window_timers(w)
            settle(qtbot, w)
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
        panel = tools.compare_panel
        assert len(panel.entries) == 4
        sizes = (dock.width(), tools.projector_width(), w.dashboard_area.width())
        assert panel.table.horizontalScrollBar().maximum() == 0, sizes  # every build
        assert dock.width() >= tools.projector_width(), sizes
        assert w.dashboard_area.width() >= w.width() * 3 // 8, sizes


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_ctrl_d_after_maximising_on_a_small_screen_keeps_every_build_in_view(
    main_window, qtbot, language, desktop_font
):
    """A teacher with a desktop's 10 pt text pins three cars (Ctrl+D), maximises the
    window on a 1280x720 screen (1280x701), opens a fourth and pins it with Ctrl+D. In
    Japanese the Comparison was squeezed to 364 px for its lettered table of 383 (the
    dashboard, for the new car's rules, took 421 px and the controls kept their 485), D cut
    at its edge and the table scrolling sideways; closing and opening it again (F7 twice)
    left it so. Now the controls' rows wrap to leave the Comparison the width its table
    needs: every build in view, no sideways scrolling."""
    from tests.ui.keys import focus
    from tests.ui.test_layout import press_and_settle, resize_on_screen, settle

    desktop_font(10)
    w = main_window
    tools = w.compare_tools
    resize_on_screen(qtbot, w, 1100, 650)
    focus(qtbot, w.body_panel.length.slider)
    for pid in LONG_NAMES[:3]:
        w.open_preset(presets.load_preset(pid).build)
        press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    resize_on_screen(qtbot, w, 1280, 701)  # as the window manager maximises it
    run_window_timers(w)
    w.open_preset(presets.load_preset(LONG_NAMES[3]).build)
    settle(qtbot, w)
    press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    run_window_timers(w)
    settle(qtbot, w)
    panel, dock = tools.compare_panel, tools.compare_dock
    assert len(panel.entries) == 4
    table = panel.table
    sizes = (dock.width(), w.dashboard_area.width(), w.controls_scroll.width())
    assert table.horizontalScrollBar().maximum() == 0, sizes  # the fourth build in view
    assert table.horizontalHeader().length() <= table.viewport().width(), sizes
    assert w.controls_scroll.isVisible()  # wrapped, not stepped aside


@pytest.mark.desktop
def test_ctrl_z_in_the_comparison_puts_back_what_delete_and_clear_removed(main_window, qtbot):
    """Delete in the table took a pinned build out for good, and Ctrl+Z there then undid
    the build's last change instead, out of sight (seen on Xvfb + openbox). With the
    focus in the comparison, Ctrl+Z now puts back what was removed, where it was; once
    back, Ctrl+Z there is the build's again."""
    from tests.ui.keys import focus, press

    ctrl = Qt.KeyboardModifier.ControlModifier
    doc = main_window.document
    panel = main_window.compare_tools.compare_panel
    focus(qtbot, main_window.body_panel.length.spin)
    names = []
    for _ in range(3):
        press(Qt.Key.Key_D, ctrl)  # Pin Current Build
        names.append(panel.entries[-1].name)
        press(Qt.Key.Key_Up)
    assert len(set(names)) == 3
    stepped = doc.build
    focus(qtbot, panel.table)
    press(Qt.Key.Key_Home)  # the first build's column
    press(Qt.Key.Key_Right)  # the second's
    assert panel.selected_columns() == [1]
    press(Qt.Key.Key_Delete)
    assert [e.name for e in panel.entries] == [names[0], names[2]]
    assert f"“{names[1]}”" in panel.message.text() and "Ctrl+Z" in panel.message.text()
    press(Qt.Key.Key_Z, ctrl)
    assert [e.name for e in panel.entries] == names  # back in its place
    assert doc.build == stepped  # and the build as it was
    press(Qt.Key.Key_Z, ctrl)  # nothing of the comparison's to take back: the build's
    assert doc.build != stepped
    press(Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert doc.build == stepped
    focus(qtbot, panel.clear_button)
    press(Qt.Key.Key_Space)  # Clear
    assert panel.entries == ()
    assert "3" in panel.message.text()
    press(Qt.Key.Key_Z, ctrl)
    assert [e.name for e in panel.entries] == names
    assert doc.build == stepped
    doc.undo_stack.setClean()


@contextmanager
def _larger_text(w) -> Iterator[None]:
    """The text size as it was after (it is the application's, for the tests after)."""
    try:
        yield
    finally:
        w.zoom(None)


def _reads_whole(label, name: str) -> bool:
    """``label`` shows ``name`` whole, each of its lines in its width, or names it whole in
    its tooltip."""
    from keiconfig.ui.compare_panel import longest_unbroken

    if label.toolTip() in (name, plain.tooltip(name)):  # (shortened, whole in its tip)
        return True
    shown = label.text().replace("\u200b", "")
    room = label.contentsRect().width()
    return shown == name and longest_unbroken(label.text(), label.font()) <= room


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("count", [2, 4])
def test_the_comparison_reads_whole_at_1280x720_projector_size_with_larger_text(
    main_window, qtbot, language, count
):
    """1280x720, projector mode (F5), Ctrl+= twice, the Honda Beat and the Suzuki
    Cappuccino pinned (and two more): the legend set the two builds side by side whatever
    its width, so its least width (two line samples and two "Cappuccino"s) was wider than
    the dock; the Comparison scrolled sideways and its legend read "B Su / Ca / (19"
    (audit5). Now the legend takes one build a line where two do not fit: the dock does
    not scroll sideways, and every name, and the "Pinned …" line, read whole (or, short of
    height, shortened on one line and whole in their tooltips)."""
    from tests.ui.test_layout import press_and_settle

    w = main_window
    ctrl = Qt.KeyboardModifier.ControlModifier
    with _sized(qtbot, w, (1280, 720), projector=True), _larger_text(w):
        press_and_settle(qtbot, w, Qt.Key.Key_Equal, ctrl)
        press_and_settle(qtbot, w, Qt.Key.Key_Equal, ctrl)
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        pids = ["honda-beat-1991", "suzuki-cappuccino-1991", *LONG_NAMES[:2]][:count]
        for pid in pids:
            w.compare_tools.add_preset(presets.load_preset(pid))
        run_window_timers(w)
        panel = w.compare_tools.compare_panel
        assert len(panel.entries) == count
        dock = w.compare_tools.compare_dock
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
        area = dock.widget()
        bar = area.horizontalScrollBar()
        assert bar.maximum() == 0 or bar.isHidden(), (bar.maximum(), dock.width())
        viewport = area.viewport()
        for button in panel.button_bar.buttons:  # whole, on one row or more
            assert button.height() >= button.sizeHint().height(), button.text()
            right = button.mapTo(viewport, button.rect().topRight()).x()
            assert right < viewport.width(), (button.text(), right, viewport.width())
        for entry, label in zip(panel.entries, panel.legend.names, strict=False):
            assert label.isVisible()
            assert _reads_whole(label, entry.name), (label.text(), label.width())
            right = label.mapTo(viewport, label.rect().topRight()).x()
            assert right < viewport.width(), (right, viewport.width())  # not cut at its edge
        message = panel.message  # (short of height, the name in it shortened: whole in its tip)
        said = (message.text() + message.toolTip()).replace("\u200b", "")
        assert not message.isHidden() and panel.entries[-1].name in said
        assert message.mapTo(viewport, message.rect().topRight()).x() <= viewport.width()


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize(
    "size, larger", [((1280, 720), 2), ((1920, 1080), 0)], ids=["1280x720-larger", "1920x1080"]
)
def test_four_long_names_leave_the_comparisons_buttons_in_view(
    main_window, qtbot, language, size, larger
):
    """1280x720, projector mode (F5), Ctrl+= twice, four builds pinned, two with long
    names: the legend set them one a line, the long ones wrapped onto two lines each (six
    lines, 208 px of a 625 px view), and the Comparison's second row of buttons (Clear,
    Race Them) was below the fold (in Japanese two a line, each wrapped: 252 px). Short
    of height, the legend now gives each build one line, a long name shortened with "…"
    and whole in its tooltip and accessible name: in English the buttons are whole in
    view (in Japanese, one line a build, they are within a few px of it, as the view's
    height goes). With the room for them (1920x1080) the names are whole."""
    from tests.ui.test_layout import press_and_settle

    w = main_window
    ctrl = Qt.KeyboardModifier.ControlModifier
    with _sized(qtbot, w, size, projector=True), _larger_text(w):
        for _ in range(larger):
            press_and_settle(qtbot, w, Qt.Key.Key_Equal, ctrl)
        press_and_settle(qtbot, w, Qt.Key.Key_F7)
        for pid in ("honda-beat-1991", "suzuki-cappuccino-1991", *LONG_NAMES[:2]):
            w.compare_tools.add_preset(presets.load_preset(pid))
        run_window_timers(w)
        panel = w.compare_tools.compare_panel
        dock = w.compare_tools.compare_dock
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
        area = dock.widget()
        assert area.verticalScrollBar().value() == 0
        view = area.viewport()
        if language == "en":
            for button in panel.button_bar.buttons:
                bottom = button.mapTo(view, button.rect().bottomLeft()).y()
                assert bottom < view.height(), (button.text(), bottom, view.height())
        for entry, label in zip(panel.entries, panel.legend.names, strict=False):
            assert _reads_whole(label, entry.name), (label.text(), label.width())
            if size == (1280, 720):  # one line a build (two a line where even shorter)
                line = label.fontMetrics().lineSpacing()
                assert label.heightForWidth(label.width()) < 1.5 * line, label.text()
                assert panel.legend.columns == 1 or panel.legend.compact
            if label.text().replace("\u200b", "") != entry.name:  # shortened, said whole
                assert label.accessibleName() == entry.name
        if size == (1920, 1080):
            assert not panel.legend.shortened  # (room enough: every name whole)


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_short_comparison_gives_its_plot_room_to_its_buttons_first(main_window, qtbot, language):
    """1280x720, projector mode (F5), the text two steps larger (Ctrl+= twice), the
    Classroom open (F6) and two builds pinned (Ctrl+D twice): the Comparison, in a tab with
    the Classroom, is far taller than its dock and scrolls. Its plot kept fourteen lines
    of height with its legend (402 px and a 60 px legend, in Japanese 374 and 88), and in
    Japanese the Clear button ended 6 px below the view. Now the plot gives way to its
    least height (ten lines, or fewer, down to PLOT_SHORT_LINES, where the table's first
    row needs it: test_compare_projector_room) before its buttons do: each of them is
    whole in view, the dock not scrolled."""
    from PySide6.QtCore import QPoint, QRect

    from tests.ui.test_layout import press_and_settle

    w = main_window
    tools = w.compare_tools
    with _sized(qtbot, w, (1280, 720), projector=True):
        for _ in range(2):
            press_and_settle(qtbot, w, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        press_and_settle(qtbot, w, Qt.Key.Key_F6)
        for _ in range(2):
            press_and_settle(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        if tools.compare_dock.visibleRegion().isEmpty():  # (behind the Classroom's tab)
            press_and_settle(qtbot, w, Qt.Key.Key_F7)
        run_window_timers(w)
        panel = tools.compare_panel
        area = tools.compare_dock.widget()
        assert area.verticalScrollBar().maximum() > 0  # (the case: taller than its dock)
        assert area.verticalScrollBar().value() == 0
        view = area.viewport()
        line = panel.fontMetrics().height()
        assert line * PLOT_SHORT_LINES <= panel.plot_widget.height() <= line * PLOT_LEAST_LINES
        for button in (
            panel.pin_button,
            panel.remove_button,
            panel.clear_button,
            panel.race_button,
        ):
            place = QRect(button.mapTo(view, QPoint(0, 0)), button.size())
            assert view.rect().contains(place), (button.text(), place, view.rect())


def test_a_time_a_car_never_reaches_says_out_of_reach_in_the_table(qtbot):
    """The Subaru 360's 0–100 km/h cell was a bare '—' beside the S660's time; it says
    "out of reach", as the preset gallery and its card do, and a screen reader hears why."""
    panel, _ = _panel(qtbot)
    slow = presets.load_preset("subaru-360-1958")
    quick = presets.load_preset("honda-s660-2015")
    panel.add_build(slow.name, slow.build)
    panel.add_build(quick.name, quick.build)
    fields = [row.field for row in panel.table_data().rows]
    r = fields.index("zero_to_100kmh_s")
    cell = panel.table.item(r, 0)
    assert cell.text() == "out of reach"
    why = "The model's run never reaches 100 km/h (top speed 95 km/h)"
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == why
    assert "never reaches 100 km/h (top speed 95 km/h)" in cell.toolTip()  # (escaped)
    assert panel.table.item(r, 1).text().startswith(STAR)  # the S660's time, the best
    mile = panel.table.item(fields.index("standing_400m_s"), 0)  # a distance: covered
    assert mile.text()[:1].isdigit()
