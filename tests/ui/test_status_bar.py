"""A passing message too long for the status bar ends in "…", whole in the bar's tooltip.

Qt's status bar clipped a long message where the bar ended, in the middle of a letter,
with nothing to say more was there (in projector mode at 1280x720: "Opened Tanaka_Yui_my_
very_own_lightweig" and, in Japanese, "前回、keiconfig がこの"). keiconfig.ui.status_bar
(ElidedMessages) draws it cut at its end with "…"; a message that fits is drawn as Qt
draws it.
"""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStatusBar

from keiconfig.ui.status_bar import message_rect, shown_message

LONG = (
    "Opened <b>Tanaka_Yui</b>_my_very_own_lightweight_turbo_roadster_for_the_class_"
    "challenge_third_attempt_final_version.kei.json " * 3
)


def _drawn(bar: QStatusBar) -> QImage:
    bar.repaint()
    return bar.grab().toImage()


def test_a_long_message_ends_in_an_ellipsis_and_is_whole_in_the_tooltip(main_window, qtbot):
    w = main_window
    bar = w.statusBar()
    w.resize(900, w.height())
    qtbot.waitUntil(lambda: bar.width() <= 900)
    bar.showMessage(LONG)
    assert bar.currentMessage() == LONG  # (the whole message, for whoever reads it)
    shown = shown_message(bar)
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= message_rect(bar).width()
    # the whole message in the tooltip, as plain text (its markup as letters)
    assert "&lt;b&gt;Tanaka_Yui&lt;/b&gt;" in bar.toolTip()
    # drawn as Qt draws the cut message itself: the same pixels
    cut = _drawn(bar)
    bar.showMessage(shown)
    assert shown_message(bar) == shown  # (fits: Qt's own drawing)
    assert _drawn(bar) == cut
    bar.clearMessage()
    assert bar.toolTip() == ""


def test_a_message_that_fits_is_drawn_whole(main_window):
    bar = main_window.statusBar()
    bar.showMessage("New build")
    assert shown_message(bar) == "New build"
    assert "New build" in bar.toolTip()
    bar.clearMessage()
