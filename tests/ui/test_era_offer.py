"""The era offer ("This car is from 1991: judge it by the 1990 rules?") follows the car in
the window, whichever way it came there: a preset or file opened, a point of the
explorer's Pareto plot opened, Ctrl+Z, Ctrl+Shift+Z, a year typed. Keep holds for the car
(through its edits, undo and redo) until another is started.

Before, only a preset opened made the offer and any change took it away for good: a 1991
preset (the offer shown), a point of the Pareto plot opened, then Ctrl+Z brought the 1991
car back judged by the 1998 rules with no offer.

Marked ``desktop``: run on a real X server too. Keys go to the focused widget.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from keiconfig.core import presets
from keiconfig.core.explore_space import DEFAULT_VARY
from tests.ui.explorer import explore_threads, shown_explorer  # noqa: F401 - fixtures
from tests.ui.keys import focus, press, type_text

pytestmark = pytest.mark.desktop

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def offered(window) -> str | None:
    """The year and the era the bar offers ("1991 → 1990"), None if it is not shown."""
    bar = window.classroom.era_offer
    if bar.isHidden():
        assert bar.offered_era is None
        return None
    text = bar.message.text()
    assert bar.offered_era is not None and bar.offered_era in bar.use_button.text()
    assert f"Keep {window.document.era} rules" == bar.keep_button.text()
    year = next(w for w in text.replace(":", " ").split() if w.isdigit())
    return f"{year} → {bar.offered_era}"


def _open_a_pareto_point(qtbot, panel) -> None:
    """Search, then Tab into the Pareto plot, step to its first point and press Enter."""
    panel.budget_box.setValue(200)
    focus(qtbot, panel.search_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    plot = panel.pareto
    assert plot.walk
    focus(qtbot, panel.tabs.tabBar())
    while panel.tabs.currentWidget() is not plot.parentWidget():
        press(Qt.Key.Key_Right)
    while QApplication.focusWidget() is not plot.plot:
        press(Qt.Key.Key_Tab)  # (the Across and Up boxes, then the plot)
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Return)


@pytest.mark.parametrize("year_varied", [False, True], ids=["year-kept", "year-varied"])
def test_the_offer_follows_the_car_shown_through_undo_and_redo(
    year_varied, qtbot, main_window, panel
):
    """A 1991 preset judged by the 1998 rules is offered the 1990 rules. A point of the
    Pareto plot opened (the explorer's rules, 1998): a car of 1991 still (the year not
    varied) is offered them; one of a 1998-era year is not. Ctrl+Z brings the 1991 preset
    back, and its offer; Ctrl+Shift+Z the explored car, and its own."""
    doc = main_window.document
    assert doc.era == "1998"
    main_window.open_preset(presets.load_preset("honda-beat-1991").build)
    beat = doc.build
    assert offered(main_window) == "1991 → 1990"
    assert panel.era_box.currentData() == "1998"
    panel.set_checked_fields([p for p in DEFAULT_VARY if p != "year"] + ["year"] * year_varied)
    _open_a_pareto_point(qtbot, panel)
    explored = doc.build
    assert explored != beat and doc.era == "1998"
    if year_varied:
        assert explored.year is not None and explored.year >= 1998
        assert offered(main_window) is None
    else:
        assert explored.year == 1991
        assert offered(main_window) == "1991 → 1990"
    press(Qt.Key.Key_Z, CTRL)
    assert doc.build == beat and doc.era == "1998"
    assert offered(main_window) == "1991 → 1990"
    press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert doc.build == explored and doc.era == "1998"
    assert offered(main_window) == (None if year_varied else "1991 → 1990")


def test_keep_holds_for_the_car_and_a_typed_year_is_offered_its_eras_rules(qtbot, main_window):
    """Keep: the 1998 rules stay, and the offer does not come back for this car through a
    year of the same era typed, Ctrl+Z or Ctrl+Shift+Z. A year of another era typed is
    offered its rules; Use takes them. Another car started is asked about again."""
    doc = main_window.document
    main_window.open_preset(presets.load_preset("honda-beat-1991").build)
    bar = main_window.classroom.era_offer
    assert offered(main_window) == "1991 → 1990"
    focus(qtbot, bar.keep_button)
    press(Qt.Key.Key_Space)
    assert offered(main_window) is None and doc.era == "1998"

    def type_year(year: int) -> None:
        focus(qtbot, main_window.body_panel.year)
        press(Qt.Key.Key_A, CTRL)
        type_text(str(year))
        press(Qt.Key.Key_Return)
        assert doc.build.year == year

    type_year(1993)  # (the 1990 rules' years: kept)
    assert offered(main_window) is None
    press(Qt.Key.Key_Z, CTRL)
    assert doc.build.year == 1991 and offered(main_window) is None
    press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert doc.build.year == 1993 and offered(main_window) is None
    type_year(1980)
    assert offered(main_window) == "1980 → 1976"
    press(Qt.Key.Key_Z, CTRL)
    assert doc.build.year == 1993 and offered(main_window) is None
    press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert offered(main_window) == "1980 → 1976"
    focus(qtbot, bar.use_button)
    press(Qt.Key.Key_Space)
    assert doc.era == "1976" and offered(main_window) is None
    type_year(2005)
    assert offered(main_window) == "2005 → 1998"
    # another car started: what Keep said of the one before holds no more
    focus(qtbot, bar.keep_button)
    press(Qt.Key.Key_Space)
    assert offered(main_window) is None and doc.era == "1976"
    main_window.open_preset(presets.load_preset("honda-s660-2015").build)
    assert offered(main_window) == "2015 → 1998"
    doc.undo_stack.setClean()


def test_a_window_made_on_a_1991_build_offers_at_once_within_itself(main_window_factory, qtbot):
    """A window made on a document already holding a 1991 car offers the 1990 rules at its
    first showing, in its controls column. (Made before it had a parent, the bar was shown
    as a window of its own: a second window on the desktop, for a moment.)"""
    from PySide6.QtCore import QEvent, QObject

    from keiconfig.ui.document import Document

    alone: list[QObject] = []

    class ShownAlone(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Show
                and watched.objectName() == "eraOfferBar"
                and watched.isWidgetType()
                and watched.isWindow()  # type: ignore[attr-defined]
            ):
                alone.append(watched)
            return False

    watch = ShownAlone()
    QApplication.instance().installEventFilter(watch)
    try:
        window = main_window_factory(Document(presets.load_preset("honda-beat-1991").build))
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert offered(window) == "1991 → 1990"
    assert not alone and not window.classroom.era_offer.isWindow()
