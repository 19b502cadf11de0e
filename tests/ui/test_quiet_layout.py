"""A label's new text that needs the room it had repaints it alone (keiconfig.ui.quiet_layout):
no layout runs, what is shown is what a panel laid out afresh shows, and a text that needs
another size is laid out at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from keiconfig.ui import refresh
from keiconfig.ui.document import Document
from keiconfig.ui.panels.compliance_panel import CompliancePanel
from keiconfig.ui.quiet_layout import QuietVBoxLayout, set_text


class LayoutRequests(QObject):
    """Counts the layout requests ``widget`` gets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _drag(document: Document, lengths: list[int]) -> None:
    merge = document.new_merge_id()
    for length in lengths:
        document.change({"body.length_mm": length}, "drag", merge)
        refresh.frame().flush()
        QApplication.processEvents()


def _fresh_grab(qtbot, document: Document, size) -> object:
    fresh = CompliancePanel(document)
    qtbot.addWidget(fresh)
    fresh.resize(size)
    fresh.show()
    qtbot.waitExposed(fresh)
    QApplication.processEvents()
    return fresh.grab().toImage()


@pytest.mark.parametrize("width", [380, 520, 760])
def test_a_drag_through_the_margins_repaints_the_rules_as_laid_out_afresh(qtbot, width):
    document = Document()
    panel = CompliancePanel(document)
    qtbot.addWidget(panel)
    panel.resize(width, 640)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    layout = panel.layout()
    assert isinstance(layout, QuietVBoxLayout)
    layout._owed.setInterval(10**8)  # the test drives the timer (below), never the clock
    requests = LayoutRequests(panel)
    lengths = list(range(3205, 3400, 15))
    _drag(document, lengths)
    # every margin of the length row was written anew, the panel never laid out again ...
    assert "3,385" in panel.rows["length"].detail.text()
    assert requests.count == 0
    # ... and it shows what a panel made for this build and laid out afresh shows
    assert panel.grab().toImage() == _fresh_grab(qtbot, document, panel.size())
    # once the texts are quiet, the layout is asked again, once
    assert layout._owed.isActive()
    layout._owed.stop()
    layout.invalidate()  # what the timer does
    QApplication.processEvents()
    assert requests.count == 1
    assert panel.grab().toImage() == _fresh_grab(qtbot, document, panel.size())


def _host(qtbot, width: int) -> tuple[QWidget, QLabel, LayoutRequests]:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QuietVBoxLayout(host)
    label = QLabel("3,205 of 3,400 mm — 195 mm to spare")
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addStretch(1)
    host.resize(width, 200)
    host.show()
    qtbot.waitExposed(host)
    QApplication.processEvents()
    return host, label, LayoutRequests(host)


def test_a_text_that_needs_another_size_is_laid_out_at_once(qtbot):
    _host_widget, label, requests = _host(qtbot, 260)
    one_line = label.height()
    set_text(label, "3,210 of 3,400 mm — 190 mm to spare")  # the same room
    QApplication.processEvents()
    assert requests.count == 0
    assert label.height() == one_line
    long = "3,210 of 3,400 mm — 190 mm to spare, and a good deal more words to wrap"
    set_text(label, long)  # two lines at this width
    QApplication.processEvents()
    assert requests.count == 1
    assert label.height() == label.heightForWidth(label.width()) > one_line
    assert label.text() == long


def test_a_hidden_label_or_a_plain_layout_takes_its_text_as_ever(qtbot):
    host, label, _requests = _host(qtbot, 260)
    label.hide()
    set_text(label, "4,000 of 3,400 mm — 600 mm over")
    assert label.text() == "4,000 of 3,400 mm — 600 mm over"
    label.show()
    QApplication.processEvents()
    assert label.width() <= host.width()
    assert label.height() == label.heightForWidth(label.width())
    plain = QWidget()
    qtbot.addWidget(plain)
    other = QLabel("a", plain)
    set_text(other, "b")
    assert other.text() == "b"


def test_the_limits_sentence_takes_new_numbers_without_laying_out_the_plots(main_window, qtbot):
    main_window.resize(1400, 900)
    sentence = main_window.classroom.limits_panel.sentence
    box = main_window.classroom.limits_panel.sentence_box
    qtbot.waitUntil(sentence.isVisible)
    QApplication.processEvents()
    layout = box.layout()
    assert isinstance(layout, QuietVBoxLayout)
    layout._owed.setInterval(10**8)  # the test drives the timer (below), never the clock
    plots = LayoutRequests(main_window.plots_panel)
    boxed = LayoutRequests(box)
    texts = {sentence.text()}
    merge = main_window.document.new_merge_id()
    for i in range(60):
        main_window.document.change(
            {"body.length_mm": 3000 + 4 * i, "engine.displacement_cc": 600 + i}, "drag", merge
        )
        refresh.frame().flush()
        QApplication.processEvents()
        texts.add(sentence.text())
    assert len(texts) > 3  # the sentence's numbers changed during the drag ...
    assert (plots.count, boxed.count) == (0, 0)  # ... and nothing was laid out again
    shown = main_window.plots_panel.grab().toImage()
    where = sentence.geometry(), box.geometry()
    # laid out afresh (what the layout does once the texts are quiet): nothing moves
    assert layout._owed.isActive()
    layout._owed.stop()
    layout.invalidate()
    QApplication.processEvents()
    assert boxed.count == 1
    assert (sentence.geometry(), box.geometry()) == where
    assert main_window.plots_panel.grab().toImage() == shown
