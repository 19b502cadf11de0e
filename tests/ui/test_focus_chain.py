"""keiconfig.ui.focus_chain: the Tab chain as Qt has it, walked without Python deleting
the widgets it passes (see the module)."""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMainWindow, QScrollArea, QWidget

from keiconfig.ui.focus_chain import has_focus_proxy, tab_chain, tab_chain_back


def test_the_chain_is_a_ring_through_the_window_both_ways(main_window):
    start = main_window.body_panel.name
    forward = list(tab_chain(start))
    backward = list(tab_chain_back(start))
    assert [id(w) for w in forward] == [id(w) for w in reversed(backward)]
    assert sum(w is main_window for w in forward) == 1
    assert main_window.body_panel.length.spin in forward
    assert all(shiboken6.isValid(w) for w in forward)


def _dock_with_a_scroll_area(qtbot) -> tuple[QMainWindow, QDockWidget]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLineEdit())
    dock = QDockWidget("Dock", window)

    def fill() -> None:  # (no reference to the area kept here)
        area = QScrollArea()
        inner = QWidget()
        QLineEdit(inner)
        area.setWidget(inner)
        dock.setWidget(area)

    fill()
    window.show()
    qtbot.waitExposed(window)
    return window, dock


def test_a_walk_through_a_scroll_area_leaves_the_area_in_its_dock(qtbot):
    """A scroll area's viewport has the area as its focus proxy. Walked with PySide's own
    nextInFocusChain and focusProxy, the area and its viewport were left holding only each
    other, and a garbage collection deleted the area, with all in it, out of its dock."""
    window, dock = _dock_with_a_scroll_area(qtbot)
    start = window.centralWidget()
    proxies = [w for w in tab_chain(start) if has_focus_proxy(w)]
    assert proxies  # the viewport (and the walk went through the dock)
    del proxies
    gc.collect()
    area = dock.widget()
    assert area is not None and shiboken6.isValid(area)
    assert isinstance(area, QScrollArea) and area.widget().findChild(QLineEdit) is not None
    assert all(shiboken6.isValid(w) for w in tab_chain(start))


def test_walks_leave_every_widget_they_passed_whole(qtbot):
    """Walked again and again, with garbage collections between, every widget passed
    (those Python had never seen too: a scroll bar's box, the viewport) is still whole."""
    window, dock = _dock_with_a_scroll_area(qtbot)
    for _ in range(2):
        for walk in (tab_chain, tab_chain_back):
            passed = list(walk(window.centralWidget()))
            gc.collect()
            assert all(shiboken6.isValid(w) for w in passed)
    assert dock.widget() is not None and dock.widget().widget() is not None
