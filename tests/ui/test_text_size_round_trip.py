"""A round trip of the text's size gives back the layout it started from; larger text never
pushes a window that was on its screen off it.

A teacher makes the text larger for the back of the room (Ctrl+=, F5) and smaller again
(Ctrl+0, F5 off) several times in a lesson. Before:

* after F5, Ctrl+= twice and Ctrl+0 at 1280x720 (maximised, under openbox) with two
  builds pinned, the Comparison was 640 px wide where it had been 488, the dashboard 634
  where it had been 786, the speed plot 159 px high where it had been 227; with the
  Classroom too, the Comparison's plot 21 px taller (180 where 159). In Japanese at
  1280x820 (a 1920x1080 screen) with the Classroom, the Comparison and the explorer open,
  Ctrl+= twice and Ctrl+0 left the two docks 516 px wide where they had been 426, the
  dashboard 290 where 380. F5 on and off at 1280x820 left the Classroom and the Comparison
  460 px wide where they had been 426 (keiconfig.ui.text_size_layout);
* Ctrl+= four times in the first start's window (1280x820, in the middle of a 1920x1080
  screen, under openbox) made it 1607 px wide, its right edge 8 px past the screen's
  (five times: 54 px); in a 1200x640 window on a 1280x720 screen, 1292 px wide, the
  screen 1280 (DockRoom._inside_edges, DockRoom._screen_limit).

Keys are sent where typing goes. The round trips run on any screen; the window's edges are
the case's screen's (test_window_on_screen.a_screen: told where no window manager keeps a
window on its screen, skipped under one on a screen of another size). Marked ``desktop``.
"""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QSplitter

from keiconfig.ui.dock_room import SLIVER_SHARE, window_docks
from keiconfig.ui.main_window import MainWindow, has_window_frame
from tests.ui.keys import focus
from tests.ui.test_layout import press_and_settle, projector_off, settle  # noqa: F401
from tests.ui.test_window_on_screen import a_screen
from tests.ui.timers import run_window_timers

pytestmark = pytest.mark.desktop

# (offscreen: the explorer's menu cannot grab the keyboard there)
OFFSCREEN_MENU = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)

CTRL = Qt.KeyboardModifier.ControlModifier


def layout(w: MainWindow) -> dict[str, object]:
    """What a person sees of the layout: the window's size, each dock's place and size
    (one behind a tab: that it is there), each splitter's sizes, each plot's size."""
    found: dict[str, object] = {"window": w.size().toTuple(), "maximised": w.isMaximized()}
    for dock in window_docks(w):
        if dock.isHidden():
            continue
        tabs = sorted(d.objectName() for d in w.tabifiedDockWidgets(dock) if not d.isHidden())
        place = "behind a tab" if dock.visibleRegion().isEmpty() else dock.geometry().getRect()
        found[dock.objectName()] = (w.dockWidgetArea(dock).name, dock.isFloating(), tabs, place)
    for splitter in w.findChildren(QSplitter):
        if splitter.isVisible():
            parent = splitter.parentWidget()
            name = splitter.objectName() or type(parent).__name__
            found[f"splitter {name}"] = splitter.sizes()
    for plot in w.findChildren(pg.GraphicsView):
        if plot.isVisible():
            found[f"plot in {type(plot.parentWidget()).__name__}"] = plot.size().toTuple()
    return found


def settled(qtbot, w: MainWindow) -> dict[str, object]:
    run_window_timers(w)
    settle(qtbot, w)
    return layout(w)


def press(qtbot, w: MainWindow, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    press_and_settle(qtbot, w, key, mods)
    run_window_timers(w)


def on_its_screen(qtbot, w: MainWindow) -> None:
    """Under a window manager, the window (1280x820 from the fixture) whole on its screen,
    as a person has it (on a 1280x720 screen openbox gave it back 1280x695 as projector
    mode restored it: not the layout it started from, nor one a person had)."""
    if not has_window_frame(w):
        return
    avail = w.screen().availableGeometry()
    edges = w.frameGeometry().size() - w.size()
    if avail.contains(w.frameGeometry()):
        return
    w.move(avail.topLeft())
    w.resize(
        min(w.width(), avail.width() - edges.width()),
        min(w.height(), avail.height() - edges.height()),
    )
    settle(qtbot, w)


def open_docks(qtbot, w: MainWindow, docks: tuple[str, ...]) -> None:
    """The docks opened as a person opens them: two builds pinned (Ctrl+D), the Classroom
    (F6), the explorer (Tools > Explore..., Alt+T E)."""
    if "comparison" in docks:
        press(qtbot, w, Qt.Key.Key_D, CTRL)
        press(qtbot, w, Qt.Key.Key_D, CTRL)
    if "classroom" in docks:
        press(qtbot, w, Qt.Key.Key_F6)
    if "explorer" in docks:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_E)
        qtbot.waitUntil(lambda: w.explore_tools.dock.isVisible())
        settle(qtbot, w)
    focus(qtbot, w.compliance_panel.era_combo)  # (back in the window: a floating explorer)


DOCKS = [
    ("comparison",),
    ("comparison", "classroom"),
    ("comparison", "classroom", "explorer"),
]


@OFFSCREEN_MENU
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("docks", DOCKS, ids=["+".join(d) for d in DOCKS])
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_larger_text_and_back_gives_back_the_layout(
    language,
    main_window,
    qtbot,
    projector_off,  # noqa: F811
    docks,
    projector,
):
    """Ctrl+= twice and Ctrl+0 (in projector mode or not): every dock, splitter and plot
    as before, the window as large."""
    w = main_window
    on_its_screen(qtbot, w)
    focus(qtbot, w.compliance_panel.era_combo)
    if projector:
        press(qtbot, w, Qt.Key.Key_F5)
    open_docks(qtbot, w, docks)
    before = settled(qtbot, w)
    try:
        press(qtbot, w, Qt.Key.Key_Equal, CTRL)
        press(qtbot, w, Qt.Key.Key_Equal, CTRL)
        larger = settled(qtbot, w)
        assert larger != before  # (the case: the larger text changed the layout)
        press(qtbot, w, Qt.Key.Key_0, CTRL)
        after = settled(qtbot, w)
        changed = {k: (before.get(k), after.get(k)) for k in {*before, *after}}
        assert after == before, {k: v for k, v in changed.items() if v[0] != v[1]}
    finally:
        w.zoom(None)


@OFFSCREEN_MENU
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("docks", DOCKS[1:], ids=["+".join(d) for d in DOCKS[1:]])
def test_projector_mode_on_and_off_gives_back_the_layout(
    language,
    main_window,
    qtbot,
    projector_off,  # noqa: F811
    docks,
):
    """F5 and F5 again: every dock, splitter and plot as before, the window as large (as
    it was maximised or not)."""
    w = main_window
    on_its_screen(qtbot, w)
    focus(qtbot, w.compliance_panel.era_combo)
    open_docks(qtbot, w, docks)
    before = settled(qtbot, w)
    press(qtbot, w, Qt.Key.Key_F5)
    assert settled(qtbot, w) != before  # (the case)
    press(qtbot, w, Qt.Key.Key_F5)
    after = settled(qtbot, w)
    changed = {k: (before.get(k), after.get(k)) for k in {*before, *after}}
    assert after == before, {k: v for k, v in changed.items() if v[0] != v[1]}


SCREENS = [((1920, 1080), (1280, 820), 5), ((1280, 720), (1200, 640), 5)]


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize(
    ("screen_size", "size", "larger"),
    SCREENS,
    ids=[f"{s[0]}x{s[1]}-window-{z[0]}x{z[1]}" for s, z, _ in SCREENS],
)
def test_larger_text_keeps_a_window_on_its_screen(
    language, main_window, qtbot, monkeypatch, screen_size, size, larger
):
    """A window (not maximised) against its screen's right edge: Ctrl+= again and again
    grows it, and it stays whole on the screen, moved left as far as it needs and the
    controls scrolling sideways where their wrapped rows do not fit beside the dashboard;
    Ctrl+0 gives it its size back."""
    w = main_window
    screen = a_screen(monkeypatch, w, *screen_size)
    w.resize(*size)
    settle(qtbot, w)
    frame = w.frameGeometry()  # (offscreen: with a frame it does not draw, 2 px)
    w.move(screen.right() + 1 - frame.width(), screen.top())  # (move: the frame's place)
    settle(qtbot, w)
    assert screen.contains(w.frameGeometry()), w.frameGeometry()
    assert w.frameGeometry().right() == screen.right(), w.frameGeometry()
    focus(qtbot, w.compliance_panel.era_combo)
    start, place = w.size(), w.pos()
    try:
        for _ in range(larger):
            press(qtbot, w, Qt.Key.Key_Equal, CTRL)
            settle(qtbot, w)
            frame = w.frameGeometry()
            assert screen.contains(frame), (frame, screen, w.minimumSizeHint())
        assert w.width() > start.width()  # (the case: it grew)
        status = w.statusBar()
        assert w.rect().contains(QRect(status.mapTo(w, status.rect().topLeft()), status.size()))
        assert w.pos() != place  # (the case: moved left to stay on the screen)
        press(qtbot, w, Qt.Key.Key_0, CTRL)
        settle(qtbot, w)
        assert w.size() == start
        qtbot.waitUntil(lambda: w.pos() == place)  # where it was, against the right edge
        assert screen.contains(w.frameGeometry())
    finally:
        w.zoom(None)


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_larger_text_keeps_a_maximised_window_within_its_screen(
    language,
    main_window,
    qtbot,
    projector_off,  # noqa: F811
    projector,
):
    """Maximised on its screen (a 1280x720 one under openbox), the text larger again and
    again (Ctrl+=, in projector mode too): the window stays within the screen, the rules'
    margins on it, the controls narrower than their wrapped rows scrolling sideways (or,
    narrower than half of them, aside, the status bar's line saying so).
    Before, at 1280x720 Ctrl+= four times made the window 1292 px wide (five times, 1328;
    in projector mode three times, 1504, and 1860 at the largest text). Ctrl+0: as wide as
    the screen again."""
    w = main_window
    if not has_window_frame(w):  # (offscreen, a bare X server: nothing maximises it)
        pytest.skip("maximising is a window manager's job")
    w.showMaximized()
    try:
        qtbot.waitUntil(w.isMaximized)
        settle(qtbot, w)
        avail = w.screen().availableGeometry()
        width = w.width()
        focus(qtbot, w.compliance_panel.era_combo)
        if projector:
            press(qtbot, w, Qt.Key.Key_F5)
        grown = False
        for _ in range(6):  # (to the largest text)
            press(qtbot, w, Qt.Key.Key_Equal, CTRL)
            grown = grown or w.dock_room.limit is not None  # (the case: not room for all)
            frame = w.frameGeometry()
            assert avail.contains(frame), (frame, avail, w.minimumSizeHint())
            assert w.isMaximized()
            controls = w.controls_scroll  # a column it can show, or aside and said so
            if controls.isVisible():
                assert controls.width() >= SLIVER_SHARE * w.dock_room.least()
            else:
                assert w.controls_hint.isVisible()  # (test_controls_aside_for_text)
            rules = w.compliance_panel
            right = rules.mapToGlobal(rules.rect().topRight()).x()
            assert right <= avail.right(), (right, avail)
        assert grown
        press(qtbot, w, Qt.Key.Key_0, CTRL)
        qtbot.waitUntil(lambda: w.width() == width)
    finally:
        w.zoom(None)
        w.showNormal()
        settle(qtbot, w)
