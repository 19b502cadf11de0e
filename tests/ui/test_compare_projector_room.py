"""The Comparison on a 1280x720 projector: F5 (which maximises the window on a screen that
small), the text two steps larger (Ctrl+= twice), two builds pinned (Ctrl+D twice), the
Classroom open beside it (F6) or not. The panel is far taller than its dock there; before,
its plot kept ten lines (330 px), the table's first row (the builds' letters and their
kerb weights) was below the fold (616 px in a 537-582 px view), and its row headings took
277 of 484 px: the second build's column was out of sight, the table scrolled sideways.

With four builds (two of the presets with the longest names) their lettered columns,
400 px, could not fit beside those headings at all: C and D were out of sight, and in
Japanese the Clear button was below the view. There each row's heading now goes on a line
of its own above its figures, the message's quoted name and then the legend's names are
shortened (whole in their tooltips), and the plot keeps a drawing area of ~95 px.

Only a 1280x720 screen shows it: on a larger one the window grows to its least size at
that text size (1419x744 in English on a 1920x1080 Xvfb), on a smaller one it cannot be
had. So these run in the openbox pass of ``.ci/run`` (a 1280x720 Xvfb) and are skipped,
with a sentence, elsewhere. Marked ``desktop``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from keiconfig.core import presets
from keiconfig.ui import main_window as main_window_module
from keiconfig.ui.compare_panel import PLOT_LEAST_LINES, PLOT_SHORT_LINES
from tests.ui.keys import focus
from tests.ui.test_compare import LONG_NAMES, _reads_whole
from tests.ui.test_layout import press_and_settle
from tests.ui.timers import run_window_timers

pytestmark = pytest.mark.desktop


def _in_view(widget, rect: QRect, view) -> bool:
    """``rect`` (in ``widget``'s coordinates) whole inside the scroll area's ``view``."""
    return view.rect().contains(QRect(widget.mapTo(view, rect.topLeft()), rect.size()))


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("classroom", [False, True], ids=["alone", "with_classroom"])
@pytest.mark.parametrize("count", [2, 4], ids=["two_builds", "four_builds"])
def test_the_comparisons_first_row_and_buttons_are_in_view_on_a_1280x720_projector(
    main_window, qtbot, language, classroom, count
):
    """The plot gives way (from PLOT_LEAST_LINES down to PLOT_SHORT_LINES) till the table's
    first row is in view, and the row headings put their units below ("Kerb weight" /
    "(kg)") where the builds' columns need the width: each build's heading and first
    figure, that row's heading and every button whole in view, nothing scrolled, sideways
    or down."""
    w = main_window
    screen = w.screen().availableGeometry()
    if not main_window_module.has_window_frame(w) or screen.size().toTuple() > (1280, 720):
        pytest.skip("a 1280x720 screen with a window manager (the openbox pass of .ci/run)")
    tools = w.compare_tools
    ctrl = Qt.KeyboardModifier.ControlModifier
    focus(qtbot, w.body_panel.length.slider)
    try:
        press_and_settle(qtbot, w, Qt.Key.Key_F5)  # (maximised: the screen is small)
        qtbot.waitUntil(w.isMaximized)
        for _ in range(2):
            press_and_settle(qtbot, w, Qt.Key.Key_Equal, ctrl)
        if classroom:
            press_and_settle(qtbot, w, Qt.Key.Key_F6)
        cars = ["honda-beat-1991", "suzuki-cappuccino-1991", *LONG_NAMES[:2]]
        for pid in cars if count == 4 else [None, None]:
            if pid is not None:  # (opened as File > Open Preset opens it)
                w.open_preset(presets.load_preset(pid).build)
            press_and_settle(qtbot, w, Qt.Key.Key_D, ctrl)  # Pin Current Build
        if tools.compare_dock.visibleRegion().isEmpty():  # (behind the Classroom's tab)
            press_and_settle(qtbot, w, Qt.Key.Key_F7)
        run_window_timers(w)
        panel = tools.compare_panel
        assert len(panel.entries) == count
        area = tools.compare_dock.widget()
        assert area.verticalScrollBar().maximum() > 0  # (the case: taller than its dock)
        assert area.verticalScrollBar().value() == 0
        assert area.horizontalScrollBar().maximum() == 0
        view = area.viewport()
        line = panel.fontMetrics().height()
        assert line * PLOT_SHORT_LINES <= panel.plot_widget.height() <= line * PLOT_LEAST_LINES
        table = panel.table
        sizes = (table.verticalHeader().width(), table.viewport().width(), view.size())
        assert table.horizontalScrollBar().maximum() == 0, sizes  # every build's column
        assert table.horizontalHeader().length() <= table.viewport().width(), sizes
        heads, rows = table.horizontalHeader(), table.verticalHeader()
        figures = 1 if panel.stacked else 0  # (stacked: its heading a line above)
        row = table.rowHeight(figures)
        if panel.stacked:
            assert table.item(0, 0).text().startswith(panel.table_data().rows[0].label)
            above = QRect(0, table.rowViewportPosition(0), heads.length(), table.rowHeight(0))
            assert _in_view(table.viewport(), above, view), sizes
        else:
            place = QRect(0, rows.sectionViewportPosition(0), rows.width(), row)
            assert _in_view(rows, place, view), sizes
        for col in range(count):
            x, wide = heads.sectionViewportPosition(col), heads.sectionSize(col)
            assert _in_view(heads, QRect(x, 0, wide, heads.height()), view), (col, sizes)
            cell = QRect(x, table.rowViewportPosition(figures), wide, row)
            assert _in_view(table.viewport(), cell, view), (col, cell, sizes)
            assert table.item(figures, col).text()  # (the kerb weight)
        for button in panel.button_bar.buttons:
            assert _in_view(button, button.rect(), view), (button.text(), view.size())
        for entry, label in zip(panel.entries, panel.legend.names, strict=False):
            assert _reads_whole(label, entry.name), (label.text(), label.toolTip())
        message = panel.message  # the last pinned, by name: whole, or whole in its tip
        said = (message.text() + message.toolTip()).replace("\u200b", "")
        assert panel.entries[-1].name in said
    finally:
        w.zoom(None)
        w.classroom.projector_action.setChecked(False)
