"""A label's new text that lays out exactly as the old one repaints the label alone
(keiconfig.ui.quiet_layout): no layout runs, what every layout answers at every width is
what it answers for the panel laid out afresh, what is shown is what a panel made afresh
shows, and any other text is laid out at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from keiconfig.ui import refresh
from keiconfig.ui.document import Document
from keiconfig.ui.panels.compliance_panel import CompliancePanel
from keiconfig.ui.quiet_layout import QuietVBoxLayout, same_room, set_text
from tests.ui import frames, japanese_font


def _shown(qtbot, widget: QWidget, width: int, height: int) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()


def _answers(panel: QWidget) -> list[object]:
    """What the panel's layout answers the dashboard, at every width it plans at."""
    layout = panel.layout()
    assert layout is not None
    return [
        layout.sizeHint(),
        layout.minimumSize(),
        panel.minimumSizeHint(),
        *(layout.totalHeightForWidth(w) for w in [panel.width(), *range(150, 900, 5)]),
    ]


@pytest.mark.parametrize("width", [380, 520, 760])
def test_a_drag_through_the_margins_repaints_the_rules_as_laid_out_afresh(qtbot, width):
    document = Document()
    panel = CompliancePanel(document)
    _shown(qtbot, panel, width, 640)
    assert isinstance(panel.layout(), QuietVBoxLayout)
    drag = [
        {"body.length_mm": length, "engine.displacement_cc": 610 + length % 40}
        for length in range(3205, 3300, 15)  # margins of 195 to 105 mm, 50 to 11 cc
    ]
    frames.drag(document, drag[:1])  # from the first build's margins: texts of other lengths
    requests = frames.LayoutRequests(panel)
    frames.drag(document, drag[1:])
    # every margin of the length and engine rows was written anew, and the panel was never
    # laid out again ...
    assert "3,295" in panel.rows["length"].detail.text()
    assert "625" in panel.rows["displacement"].detail.text()
    assert requests.count == 0
    # ... and its layouts answer, at every width, what they answer for a panel made for
    # this build (what the dashboard plans with: 9519e89 found them stale at other widths)
    fresh = CompliancePanel(document)
    _shown(qtbot, fresh, width, 640)
    assert _answers(panel) == _answers(fresh)
    # ... and it shows what that panel shows
    assert panel.grab().toImage() == fresh.grab().toImage()
    # laid out afresh, nothing moves
    where = [w.geometry() for w in panel.findChildren(QWidget)]
    panel.layout().invalidate()
    QApplication.processEvents()
    assert [w.geometry() for w in panel.findChildren(QWidget)] == where


def _host(qtbot, text: str, width: int = 260) -> tuple[QWidget, QLabel, frames.LayoutRequests]:
    host = QWidget()
    layout = QuietVBoxLayout(host)
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addStretch(1)
    _shown(qtbot, host, width, 200)
    return host, label, frames.LayoutRequests(host)


def test_a_text_that_needs_another_size_is_laid_out_at_once(qtbot):
    _host_widget, label, requests = _host(qtbot, "3,205 of 3,400 mm — 195 mm to spare")
    one_line = label.height()
    set_text(label, "3,210 of 3,400 mm — 190 mm to spare")  # digits in their places
    QApplication.processEvents()
    assert requests.count == 0
    assert label.text() == "3,210 of 3,400 mm — 190 mm to spare"
    assert label.height() == one_line
    long = "3,210 of 3,400 mm — 190 mm to spare, and a good deal more words to wrap"
    set_text(label, long)  # two lines at this width
    QApplication.processEvents()
    assert requests.count == 1
    assert label.height() == label.heightForWidth(label.width()) > one_line
    assert label.text() == long
    set_text(label, long.replace("190", "19"))  # a digit fewer: another text
    QApplication.processEvents()
    assert requests.count == 2


def test_a_digit_of_another_width_is_laid_out_at_once(qtbot):
    japanese_font.needed()  # (Noto Serif CJK JP's digits)
    host, label, requests = _host(qtbot, "1111 秒", width=400)
    font = QFont("Noto Serif CJK JP", 30)  # its digits beside Japanese are not all as wide
    label.setFont(font)
    QApplication.processEvents()
    requests.count = 0
    narrow = host.layout().sizeHint()
    assert same_room(label, "1111 mm", "0000 mm")  # beside Latin letters they are
    assert not same_room(label, "1111 秒", "0000 秒")
    set_text(label, "0000 秒")
    QApplication.processEvents()
    assert requests.count == 1
    assert host.layout().sizeHint().width() > narrow.width()


_FSIZE = '<span style="font-size:20pt">a</span> '
_COLOUR = '<span style="color:#a2477{}">x</span> 12 s'


@pytest.mark.parametrize(
    ("old", "new", "rich", "same"),
    [
        ("until 20.8 s", "until 21.7 s", False, True),
        ("until 20.8 s", "until 20.8 h", False, False),  # not a digit
        ("until 9.8 s", "until 10.8 s", False, False),  # another length
        ("a &1 b", "a &2 b", False, False),  # beside a mnemonic's "&"
        ("<b>x:</b> until 20.8 s", "<b>x:</b> until 21.7 s", True, True),
        (_COLOUR.format(1), _COLOUR.format(2), True, False),  # in a tag
        ("x&#160;12 s", "x&#161;12 s", True, False),  # in an entity
        ("<b>12</b> s", "<b>13</b> s", True, False),  # beside markup
        (_FSIZE + "12 s", _FSIZE + "13 s", True, False),  # markup with a font of its own
    ],
)
def test_only_digits_changed_in_their_places_lay_out_alike(qtbot, old, new, rich, same):
    label = QLabel()
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    assert same_room(label, old, new) is same


def test_a_hidden_label_or_a_plain_layout_takes_its_text_as_ever(qtbot):
    host, label, _requests = _host(qtbot, "3,205 of 3,400 mm — 195 mm to spare")
    label.hide()
    set_text(label, "4,000 of 3,400 mm — 600 mm over")
    assert label.text() == "4,000 of 3,400 mm — 600 mm over"
    label.show()
    QApplication.processEvents()
    assert label.width() <= host.width()
    assert label.height() == label.heightForWidth(label.width())
    plain = QWidget()
    qtbot.addWidget(plain)
    other = QLabel("a 1", plain)
    set_text(other, "a 2")
    assert other.text() == "a 2"


def test_the_limits_sentence_takes_new_numbers_without_laying_out_the_plots(main_window, qtbot):
    main_window.resize(1400, 900)
    sentence = main_window.classroom.limits_panel.sentence
    plots = main_window.plots_panel
    qtbot.waitUntil(sentence.isVisible)
    QApplication.processEvents()
    assert sentence.parentWidget() is plots
    requests = frames.LayoutRequests(plots)
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
    assert requests.count == 0  # ... and the plots panel was never laid out again
    # The drag is over: the axes fit the data again now, not SETTLE_MS later in the middle
    # of the comparison below (on a busy machine the timer fell between the two grabs).
    plots.drag.settle()
    refresh.frame().flush()
    QApplication.processEvents()
    shown = plots.grab().toImage()
    where = [w.geometry() for w in plots.findChildren(QWidget)]
    answers = _answers(plots)
    # laid out afresh: the same answers at every width, nothing moves, no pixel changes
    plots.layout().invalidate()
    QApplication.processEvents()
    assert _answers(plots) == answers
    assert [w.geometry() for w in plots.findChildren(QWidget)] == where
    assert plots.grab().toImage() == shown


def test_the_top_speeds_note_takes_new_numbers_without_laying_out_the_figures(main_window):
    """ "limited; about 145 without the limiter" changes its number during a drag: the
    card is not laid out again, nor the figures around it, and laying them out afresh
    afterwards moves nothing and changes no pixel."""
    main_window.resize(1400, 900)
    QApplication.processEvents()
    results = main_window.results_panel
    card = results.figures["top_speed_kmh"]
    drag = [{"body.length_mm": 3000 + 8 * i, "engine.displacement_cc": 600 + i} for i in range(40)]
    frames.drag(main_window.document, drag)  # the change markers grow to their widest
    requests = frames.LayoutRequests(card)
    notes = {card.note.text()}
    merge = main_window.document.new_merge_id()
    for update in drag:
        main_window.document.change(update, "drag", merge)
        refresh.frame().flush()
        QApplication.processEvents()
        notes.add(card.note.text())
    assert len(notes) > 3 and all("without the limiter" in n for n in notes)
    assert requests.count == 0
    shown = results.grab().toImage()
    where = [w.geometry() for w in results.findChildren(QWidget)]
    card.layout().invalidate()
    QApplication.processEvents()
    assert [w.geometry() for w in results.findChildren(QWidget)] == where
    assert results.grab().toImage() == shown
