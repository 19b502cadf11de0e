"""The comparison: up to four pinned builds, their speed-time runs overlaid and every figure
side by side.

Each pinned build is a snapshot (name, build, performance), evaluated once when pinned.
The plot has one curve per slot, created once and updated with ``setData``; curves differ
in colour (Okabe-Ito, colour-blind safe) *and* line style, so colour never carries the
difference alone. The legend sits under the plot, not on it, so it never hides a curve
(however short the plot and however large the text).

In the table a build is a column. Four builds fit side by side without scrolling (the
dock is widened to fit them when needed, up to half the window): the unit is said once,
in the row heading ("0-100 km/h (s)"), so a cell holds the number only; the best value of
each row is bold with a ★, and every other column shows its difference from the first
build. The columns share the width; a long name wraps onto two lines in the column heading
and is shortened with "…" beyond that (the heading's tooltip has the whole name). Each
cell tells a screen reader the value with its unit.

Where the dock has less room than that (four builds at 1280x720, in projector mode the
dashboard beside it keeps some 730 px and leaves the dock some 540), the table is made
narrower in steps, as far as it must, rather than scroll sideways out of a class's sight
(:data:`FULL`, :data:`FIGURES`, :data:`KEYED`): first the differences leave the cells
(a cell's tooltip and its screen-reader text keep them), then each column is headed by a
letter, A to D, beside its line sample, and the legend above names the builds with the
same letters (the heading's tooltip and screen-reader text keep the whole name). The
note under the table says which.

Remove (the Delete key in the table), Clear and Compare > Clear Comparison take builds out
at once; the message under the buttons says which, and Ctrl+Z with the focus in the
comparison puts them back where they were (the window's Ctrl+Z there undid a change of the
build instead, out of sight, and a removed snapshot of an earlier build was lost). Once
they are back, or anything else is pinned, Ctrl+Z there is the build's again.

A movable vertical line on the plot is the race replay's time cursor: it moves with the
replay (:meth:`ComparePanel.set_cursor_time`) and dragging it emits ``cursor_dragged``.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLineF, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import compare, presets, regulations
from keiconfig.core.build import Build, default_name
from keiconfig.core.results import Performance
from keiconfig.core.text import sentences
from keiconfig.core.units import KMH_PER_MS
from keiconfig.ui import format as fmt
from keiconfig.ui import i18n, out_of_reach, plain, shortcuts, theme
from keiconfig.ui.document import Change, Document
from keiconfig.ui.panels.compliance_panel import era_label
from keiconfig.ui.plot_kit import Zoom, style_axes

MAX_ENTRIES = compare.MAX_BUILDS
STAR = "★"
PLOT_SHARE = 60  # per cent of the panel's height the plot gets at first
PLOT_MIN_LINES = 14  # the plot and its legend are never shorter than this many lines of text
PLOT_LEAST_LINES = 10  # nor the plot alone, however many lines the legend takes
# ... except where the Comparison is shorter than its view (it scrolls) and the table's first
# row would be out of sight: then the plot gives way down to this many lines (173 px at
# 1280x720 in projector mode with Ctrl+= twice, 33 px lines: a drawing area of some 95 px
# between its axes, as the dashboard's least speed plot keeps: tests/ui/test_plot_room.py)
PLOT_SHORT_LINES = 5.25
TABLE_MIN_LINES = 6
LEGEND_COLUMNS = 2  # four builds: two lines of legend under the plot
HEADER_LINES = 2  # a build's name wraps onto at most this many lines in its column heading
HEADING_MAX_LINES = 7  # a column heading asks for at most this many line heights of width
ROW_LABEL_LINES = 7.5  # a row heading wider than this many lines' height puts its unit below
KEYS = "ABCD"  # a build's letter in a narrow table's heading and in the legend
# The table's layouts, widest first: the first whose columns fit the room is shown.
FULL = 0  # the builds' names in the headings, each figure with its difference
FIGURES = 1  # the names, the figures alone (the differences in their tooltips)
KEYED = 2  # a letter for each build in the headings (the names in the legend), figures alone

# Okabe-Ito: a darker set for light backgrounds, a lighter one for dark backgrounds.
_LIGHT = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
_DARK = ("#56B4E9", "#E69F00", "#2BD3A0", "#F0A0CC")
LINE_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)


def entry_colours(dark: bool) -> tuple[QColor, ...]:
    """The colour of each comparison slot (also used by the race replay)."""
    return tuple(QColor(c) for c in (_DARK if dark else _LIGHT))


def swatch_pixmap(
    colour: QColor, style: Qt.PenStyle, width: int, height: int, pen: float = 3
) -> QPixmap:
    """A slot's line, ``width`` × ``height`` pixels: its colour and its dash pattern."""
    pix = QPixmap(width, height)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = QPen(colour, pen, style)
    line.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(line)
    p.drawLine(1, height // 2, width - 1, height // 2)
    p.end()
    return pix


def swatch_icon(colour: QColor, style: Qt.PenStyle, size: int = 24) -> QIcon:
    """A small icon showing a slot's line: its colour and its dash pattern."""
    return QIcon(swatch_pixmap(colour, style, size, size))


def heading_icon(colour: QColor, style: Qt.PenStyle, size: int) -> QIcon:
    """A column heading's line sample, ``size`` pixels square (the heading's text height):
    a pen a seventh of it, so that each dash pattern shows its gaps (a dash and a
    gap, dots, a dash and a dot) and the four builds' samples differ as their curves do."""
    pen = max(2, round(size / 7))
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    line = QPen(colour, pen, style)
    line.setCapStyle(Qt.PenCapStyle.FlatCap)
    # the plot's patterns (dash 4 gap 2; dash 4 gap 2 dot 1 gap 2) a little shorter, so
    # that a dash's second stroke and a dash-dot's dot both show and differ in the square
    shorter = {Qt.PenStyle.DashLine: [3, 1.5], Qt.PenStyle.DashDotLine: [3, 1.5, 1, 1.5]}
    if style in shorter:
        line.setDashPattern(shorter[style])
    p.setPen(line)
    y = size // 2 + (0.5 if pen % 2 else 0.0)  # whole pixels: sharp edges, not half-tones
    p.drawLine(QLineF(0, y, size, y))
    p.end()
    return QIcon(pix)


class _HeadingStyle(QProxyStyle):
    """The headings' style: their icons (the line samples) as tall as the heading's text,
    not the style's 16 px, so projector mode's larger text has larger samples."""

    def __init__(self) -> None:
        super().__init__()
        self.icon_size = 0

    def pixelMetric(self, metric, option=None, widget=None):  # type: ignore[no-untyped-def]
        if metric == QStyle.PixelMetric.PM_SmallIconSize and self.icon_size:
            return self.icon_size
        return super().pixelMetric(metric, option, widget)


def two_line_width(name: str, fm: QFontMetrics) -> int:
    """The least width ``name`` fits in on two lines broken between words."""
    words = name.split()
    best = fm.horizontalAdvance(name)
    for i in range(1, len(words)):
        first, rest = " ".join(words[:i]), " ".join(words[i:])
        best = min(best, max(fm.horizontalAdvance(first), fm.horizontalAdvance(rest)))
    return best


def longest_unbroken(text: str, font: QFont) -> int:
    """The width of ``text``'s widest piece a line may not break inside (a Latin word; a
    Japanese text breaks between its letters): the least width it wraps in whole."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(0)
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return math.ceil(widest)


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` pixels, broken where a line may break (between
    Latin words, after a hyphen, between Japanese letters); a word wider than ``width``
    stays whole on a line of its own."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return [line for line in lines if line] or [text]


def wrap_name(name: str, fm: QFontMetrics, width: int, lines: int = HEADER_LINES) -> str:
    """``name`` on at most ``lines`` lines of at most ``width`` pixels, broken between
    words, the last line shortened with "…" if the rest does not fit."""
    width = max(width, 1)

    def fit(line: str) -> str:
        if fm.horizontalAdvance(line) <= width:
            return line
        return fm.elidedText(line, Qt.TextElideMode.ElideRight, width)

    if fm.horizontalAdvance(name) <= width:
        return name
    words = name.split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and fm.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        out.append(fit(line))
    if words:
        out.append(fit(" ".join(words)))
    return "\n".join(out)


class CompareLegend(QWidget):
    """The plot's legend, under the plot: each build's line (colour and dash) and its name,
    in two columns, or one where two do not fit. Outside the plot it cannot cover a curve.
    Where the Comparison is short of height (``short``), one build a line, a name too
    long for its line shortened with "…", whole in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend of the compared builds"))
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.keys: list[QLabel] = []  # the table's letter for each build, when it has them
        self.samples: list[QLabel] = []
        self.names: list[QLabel] = []
        self._marks: list[QHBoxLayout] = []
        bold = QFont(self.font())
        bold.setBold(True)
        for i in range(MAX_ENTRIES):
            key, sample, name = QLabel(KEYS[i], self), QLabel(self), QLabel(self)
            key.setFont(bold)
            key.hide()
            name.setTextFormat(Qt.TextFormat.PlainText)  # a build's name is text, not markup
            name.setWordWrap(True)
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # the letter close to its line sample: the names keep the width (a wider gap
            # wrapped a long name onto one more line, and the dock scrolled at 1280x720)
            mark = QHBoxLayout()
            mark.setSpacing(4)
            mark.addWidget(key)
            mark.addWidget(sample)
            self.keys.append(key)
            self.samples.append(sample)
            self.names.append(name)
            self._marks.append(mark)
        # (a name's height measured, whole, at a width, without touching the shown ones)
        self._probe = QLabel(self)
        self._probe.setTextFormat(Qt.TextFormat.PlainText)
        self._probe.setWordWrap(True)
        self._probe.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._probe.hide()
        self._grid = grid
        self.columns = 0  # the builds side by side: LEGEND_COLUMNS, or one where they do not fit
        self.short = False  # the Comparison short of height: names on a line each (arrange)
        self.compact = False  # shorter still: two builds a line, names on one line (arrange)
        self.shortened = False  # they are now
        self._place(LEGEND_COLUMNS)
        self._shown: list[tuple[str, QColor, Qt.PenStyle]] = []
        self._pen = 3.0
        self._keyed = False
        self.set_entries([])

    def _place(self, columns: int) -> None:
        """The builds in ``columns`` columns, each a line sample and a name."""
        if columns == self.columns:
            return
        self.columns = columns
        grid = self._grid
        for mark, name in zip(self._marks, self.names, strict=True):
            grid.removeItem(mark)
            grid.removeWidget(name)
        for i, (mark, name) in enumerate(zip(self._marks, self.names, strict=True)):
            row, col = divmod(i, columns)
            grid.addLayout(mark, row, 2 * col)
            grid.addWidget(name, row, 2 * col + 1)
        for col in range(LEGEND_COLUMNS):
            grid.setColumnStretch(2 * col + 1, 1 if col < columns else 0)
        grid.invalidate()

    def _least_widths(self) -> list[int]:
        """Each shown build's least width in the legend: its letter and line sample, and its
        name's longest word (where a name wraps)."""
        widths = []
        for i, label in enumerate(self.names[: len(self._shown)]):
            mark = self._marks[i].minimumSize().width()
            word = longest_unbroken(self._whole(i), label.font())
            widths.append(mark + self._grid.horizontalSpacing() + word + 2)
        return widths

    def _whole(self, i: int) -> str:
        return plain.breakable(self._shown[i][0])  # a run of 80 letters wraps too

    def _name_room(self, width: int, columns: int) -> int:
        """A name's width with the builds in ``columns`` columns across ``width``."""
        shown = self._marks[: len(self._shown)]
        mark = max((m.minimumSize().width() for m in shown), default=0)
        margins = self._grid.contentsMargins()
        spacing = self._grid.horizontalSpacing() * (2 * columns - 1)
        room = width - margins.left() - margins.right() - spacing - columns * mark
        return max(room // columns, 1)

    def _height_for(self, width: int, columns: int, one_line: bool) -> int:
        """The legend's height across ``width`` with its builds in ``columns`` columns, the
        names whole (wrapped) or each on one line."""
        room = 1 << 20 if one_line else self._name_room(width, columns)
        rows: list[int] = []
        for i in range(len(self._shown)):
            self._probe.setText(self._whole(i))
            high = max(self._probe.heightForWidth(room), self._marks[i].sizeHint().height())
            if i % columns == 0:
                rows.append(high)
            else:
                rows[-1] = max(rows[-1], high)
        margins = self._grid.contentsMargins()
        spacing = self._grid.verticalSpacing() * max(len(rows) - 1, 0)
        return sum(rows) + spacing + margins.top() + margins.bottom()

    def _width_for(self, columns: int) -> int:
        """The legend's least width with its builds in ``columns`` columns."""
        least = self._least_widths() or [0]
        cols = [max(least[c::columns]) for c in range(min(columns, len(least)))]
        margins = self._grid.contentsMargins()
        spacing = self._grid.horizontalSpacing() * (len(cols) - 1)
        return sum(cols) + spacing + margins.left() + margins.right()

    def whole_height(self, width: int) -> int:
        """The legend's height across ``width`` with every name whole: two builds a line
        where their longest words fit, else one."""
        if width >= self._width_for(LEGEND_COLUMNS):
            return self._height_for(width, LEGEND_COLUMNS, one_line=False)
        return self._height_for(width, 1, one_line=False)

    def arrange(self, width: int) -> None:
        """Two builds side by side where both names fit (their longest words) in ``width``,
        else one a line: side by side at 1280x720 in projector mode with Ctrl+= twice, the
        legend read "B Su / Ca / (19" and the Comparison scrolled sideways. Where the
        Comparison is short of height (``short``), the way that takes the fewest lines:
        one build a line, or each name on one line, shortened with "…" where it is
        longer, whole in its tooltip and accessible name. There four long names took six
        lines (seven side by side in Japanese) and pushed its buttons below the fold.
        Shorter still (``compact``: the plot at its shortest and the table's first row out
        of sight), two builds a line, each name on one line: four builds in two lines,
        not four."""
        if not self._shown:
            return
        _height, columns, shorten = self._choice(width, self.compact)
        self._place(columns)
        self._shorten(self._name_room(width, columns) if shorten else None)

    def planned_height(self, width: int, compact: bool) -> int:
        """The legend's height across ``width`` as :meth:`arrange` would lay it out, short of
        height, ``compact`` or not (nothing shown is changed)."""
        return self._choice(width, compact)[0]

    def _choice(self, width: int, compact: bool) -> tuple[int, int, bool]:
        """(height, columns, names shortened) of the layout :meth:`arrange` takes."""
        two = width >= self._width_for(LEGEND_COLUMNS)
        if not self.short:
            columns = LEGEND_COLUMNS if two else 1
            return self._height_for(width, columns, one_line=False), columns, False
        # the fewest lines: two a line, one a line, one a line each on one line
        choices = [(self._height_for(width, 1, one_line=False), 1, False)]
        if two:
            choices.insert(
                0, (self._height_for(width, LEGEND_COLUMNS, False), LEGEND_COLUMNS, False)
            )
        choices.append((self._height_for(width, 1, one_line=True), 1, True))
        if compact and len(self._shown) > 1:
            two_lines = self._height_for(width, LEGEND_COLUMNS, one_line=True)
            choices.append((two_lines, LEGEND_COLUMNS, True))
        return min(choices, key=lambda c: c[0])

    def _shorten(self, room: int | None) -> None:
        """The names whole (``room`` None), or each on one line of ``room`` pixels."""
        self.shortened = room is not None
        for i, label in enumerate(self.names[: len(self._shown)]):
            name, text = self._shown[i][0], self._whole(i)
            if room is not None:
                elided = label.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, room - 2)
                text = text if elided == name else elided
            if label.text() != text:
                label.setText(text)
            cut = text != self._whole(i)
            tip = plain.tooltip(name) if cut else ""  # (a name is text, never markup)
            if label.toolTip() != tip:
                label.setToolTip(tip)
                label.setAccessibleName(name if cut else "")

    def minimumSizeHint(self) -> QSize:
        # as narrow as one build a line: the legend takes one column rather than widen the
        # dock (see arrange)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._width_for(1)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.arrange(event.size().width())
        super().resizeEvent(event)

    def set_keyed(self, keyed: bool) -> None:
        """Each build's letter before its line sample, as the table's headings show them
        when they have no room for the names."""
        self._keyed = keyed
        for i, key in enumerate(self.keys):
            key.setVisible(keyed and i < len(self._shown))

    def set_entries(self, entries: list[tuple[str, QColor, Qt.PenStyle]], pen: float = 3.0) -> None:
        """One ``(name, colour, line style)`` per build; ``pen`` is the curves' line width."""
        self._shown, self._pen = list(entries), pen
        line = self.fontMetrics().height()
        for i, (sample, label) in enumerate(zip(self.samples, self.names, strict=True)):
            if i < len(entries):
                _name, colour, style = entries[i]
                sample.setPixmap(swatch_pixmap(colour, style, int(line * 2.2), line, pen))
                label.setText(self._whole(i))
                label.setToolTip("")
                label.setAccessibleName("")
            sample.setVisible(i < len(entries))
            label.setVisible(i < len(entries))
        self.set_keyed(self._keyed)
        self.setVisible(bool(entries))
        self.arrange(self.width())
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            bold = QFont(self.font())
            bold.setBold(True)
            for key in self.keys:
                key.setFont(bold)
            self.set_entries(self._shown, self._pen)  # the samples grow with the text


class ButtonBar(QWidget):
    """Buttons in a row, or in rows of half as many where one row is wider than the bar (at
    1280x720 in projector mode with Ctrl+= twice, the Comparison's four buttons were wider
    than its dock, and it scrolled sideways)."""

    def __init__(self, buttons: list[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._place(len(buttons))

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        grid = self._grid
        for b in self.buttons:
            grid.removeWidget(b)
        for i, b in enumerate(self.buttons):
            grid.addWidget(b, *divmod(i, columns))
        for col in range(len(self.buttons) + 1):
            grid.setColumnStretch(col, 1 if col == columns else 0)
        grid.invalidate()
        self.updateGeometry()  # its height: one row or more

    def _width_for(self, columns: int) -> int:
        widths = [b.sizeHint().width() for b in self.buttons]
        cols = [max(widths[c::columns]) for c in range(columns)]
        return sum(cols) + self._grid.horizontalSpacing() * (columns - 1)

    def _columns_for(self, width: int) -> int:
        n = len(self.buttons)
        choices = [c for c in (n, (n + 1) // 2) if self._width_for(c) <= width]
        return choices[0] if choices else 1

    def arrange(self, width: int) -> None:
        """As many buttons a row as fit in ``width``: all, half, or one."""
        self._place(self._columns_for(width))

    def minimumSizeHint(self) -> QSize:
        # as narrow as one button a row: the buttons wrap rather than widen the dock (its
        # readable width, ComparePanel.readable_width, has them on one row)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._width_for(1)), hint.height())

    def row_width(self) -> int:
        """The buttons' width on one row."""
        return self._width_for(len(self.buttons))

    def height_for(self, width: int) -> int:
        """The buttons' height at ``width``, on as many rows as they take there."""
        columns = self._columns_for(width)
        rows = -(-len(self.buttons) // columns)
        line = max(b.sizeHint().height() for b in self.buttons)
        return rows * line + (rows - 1) * self._grid.verticalSpacing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.arrange(event.size().width())
        super().resizeEvent(event)


@dataclass(frozen=True, eq=False)
class Entry:
    """One pinned build: a snapshot, evaluated when pinned."""

    name: str
    build: Build
    performance: Performance
    source: str = ""  # "current build", a preset id, a file path
    # The name is the app's own (a preset's, the default name), so it follows a switch of
    # the language; a name the user gave a build, or a file's (a class folder's rows),
    # stays as written, even where it is a preset's.
    app_named: bool = False


class ComparePanel(QWidget):
    """Pinned builds: overlaid speed-time runs, a legend, and the side-by-side table."""

    entries_changed = Signal()
    cursor_dragged = Signal(float)  # the user dragged the time cursor to t seconds
    race_requested = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._entries: list[Entry] = []
        self._removed: list[tuple[int, Entry]] = []  # the last removal, for Ctrl+Z here
        self._default_name = default_name()  # an unnamed build's, in the language of the moment
        self.pen_scale = 1.0  # projector mode draws thicker lines
        self.setAccessibleName(self.tr("Comparison"))

        # -- plot --------------------------------------------------------------------------
        self.plot_widget = pg.PlotWidget(parent=self)
        self.plot_widget.setAccessibleName(self.tr("Speed against time of the compared builds"))
        # (it, the table and Clear said nothing in What's This mode)
        self.plot_widget.setWhatsThis(
            self.tr(
                "The pinned builds' standing-start runs: speed against time at full throttle, "
                "one line per build (the legend names them). The mouse wheel zooms in (+ and "
                "- with the plot focused), a drag moves along; double-click or press Home to "
                "see it as first drawn."
            )
        )
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self._speed_title = ""
        self._title_axes()
        self.plot.vb.sigResized.connect(self._title_speed_axis)
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.legend = CompareLegend(self)
        self.curves = [self.plot.plot([], []) for _ in range(MAX_ENTRIES)]
        self.cursor = pg.InfiniteLine(pos=0.0, angle=90, movable=True)
        self.cursor.setToolTip(self.tr("Race time: drag to scrub the race replay"))
        self.cursor.hide()
        self.plot.addItem(self.cursor, ignoreBounds=True)
        self.cursor.sigDragged.connect(self._cursor_dragged)
        # The wheel zooms in, and out no further than the runs (it showed thousands of
        # seconds and km/h, the curves a speck); double-click, Home or "Reset zoom" shows
        # the race's stretch again, as the speed plot does (plot_kit.Zoom).
        self._home = (1.0, 108.0)  # the time axis's end and the speed axis's top, as fitted
        self._run_end = 1.0  # the longest run's end: as far as the time axis may go
        self.zoom = Zoom(self.plot_widget, self._zoom_bounds, self._show_home, self._zoomed)

        # -- buttons ---------------------------------------------------------------------
        self.pin_button = QPushButton(self.tr("&Pin Current Build"), self)
        self.pin_button.setToolTip(self.tr("Add a snapshot of the build you are editing"))
        self.pin_button.clicked.connect(self.pin_current)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(
            self.tr("Remove the selected builds (click a build's column heading to select it)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.setToolTip(
            self.tr("Remove every pinned build (Ctrl+Z here takes that back)")
        )
        self.clear_button.clicked.connect(self.clear)
        self.race_button = QPushButton(self.tr("R&ace Them"), self)
        self.race_button.setToolTip(self.tr("Replay a 400 m race of the pinned builds"))
        self.race_button.clicked.connect(self.race_requested)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # quotes build names
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Comparison message"))

        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.button_bar = ButtonBar(
            [self.pin_button, self.remove_button, self.clear_button, self.race_button], self
        )
        buttons.addWidget(self.button_bar)
        self.button_row = buttons

        # -- table -------------------------------------------------------------------------
        self.table = QTableWidget(self)
        self.table.setWhatsThis(
            self.tr(
                "The pinned builds side by side: a column per build, a row per figure. In "
                "bold, the best of each row; in brackets, each build's difference from the "
                "first."
            )
        )
        # Tab goes on to the next control (arrows move in it): it went round the cells
        # for ever, Tab never left the comparison
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Figures of the compared builds"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A build is a column: selecting columns (click a heading) chooses what Remove removes.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        # The builds share the table's width, no column narrower than its widest number;
        # a name too long for its column wraps in the heading (see _fit_columns).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(1)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._heading_style = _HeadingStyle()
        header.setStyle(self._heading_style)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().sectionResized.connect(self._row_resized)
        header.geometriesChanged.connect(self._fit_top)  # (the headings' height)
        self._label_room: int | None = None  # a row heading's width (_fit_row_labels)
        self._heads_margin = 0  # a row heading's margins, as last measured
        self._headings: list[str] = []  # the row headings' texts (shown unless stacked)
        self.stacked = False  # each row's heading above its figures (_should_stack)
        self._message_whole = ""  # the message as said, before any shortening
        self._message_probe = QLabel(self)  # (its height measured, whole, aside)
        self._message_probe.setTextFormat(Qt.TextFormat.PlainText)
        self._message_probe.setWordWrap(True)
        self._message_probe.hide()
        self._bottom: QWidget | None = None  # the pane below the splitter's handle
        self._top: QWidget | None = None  # the pane above it: the plot and its legend
        self._watched_view: QWidget | None = None  # the view of the scroll area it is in
        self._whole_top = 0  # the plot's and legend's least height, the names whole
        self.table.viewport().installEventFilter(self)  # its width sets the columns'
        self._names: list[str] = []  # the whole names of the columns, for their headings
        self._least: list[int] = []  # each column's least width
        self._fitting = False
        self._rows: list[compare.Row] = []  # the table's rows, for its texts in each layout
        self.layout_level = FULL  # how much the table says in its cells and headings
        self.table_note = QLabel(self._note_text(), self)
        self.table_note.setWordWrap(True)

        # The plot above, the buttons and the table below, split by a handle the user can
        # drag. The plot keeps a readable height however tall the table is.
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(buttons)
        bottom_layout.addWidget(self.message)
        bottom_layout.addWidget(self.table, 1)
        bottom_layout.addWidget(self.table_note)
        self._bottom = bottom
        bottom.installEventFilter(self)  # its least height follows its wrapped lines
        top = QWidget(self)
        self._top = top
        top.installEventFilter(self)  # its least height follows the legend's wrapped lines
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.plot_widget, 1)
        top_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, PLOT_SHARE)
        self.splitter.setStretchFactor(1, 100 - PLOT_SHARE)
        self._split_done = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self._set_minimum_heights()

        self._apply_theme()
        document.changed.connect(self._era_maybe_changed)
        self._era = document.era
        self.refresh()

    def readable_height(self) -> int:
        """The least height at which the panel reads as it is meant to, its legend's names
        whole: the docks' room is shared out by it (DockRoom.readable_height). Shorter, the
        legend's long names are shortened (CompareLegend.arrange) and the dock scrolls."""
        top = self._top
        least = self.minimumSizeHint().height()
        if top is None or self.legend.isHidden():
            return least
        return least + max(self._whole_top - top.minimumHeight(), 0)

    def readable_width(self) -> int:
        """The least width at which the panel reads as it is meant to, its buttons on one
        row: the docks' room is shared out by it (dock_room.readable_width). Narrower, when
        the window has no more room for it, the buttons and the legend wrap onto more
        rows rather than the dock scroll sideways (minimumSizeHint)."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        row = self.button_bar.row_width() + margins.left() + margins.right()
        return max(self.minimumSizeHint().width(), row)

    # -- entries -----------------------------------------------------------------------------
    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(self._entries)

    def add_build(
        self, name: str, build: Build, source: str = "", *, app_named: bool = False
    ) -> bool:
        """Pin ``build``; False (and a message saying why) when four are already pinned.
        ``app_named``: ``name`` is the app's own, not the user's (Entry.app_named)."""
        if len(self._entries) >= MAX_ENTRIES:
            self.show_message(
                self.tr(
                    "⚠ The comparison already has %d builds, the most it can show. "
                    "Remove one to add “%s”."
                )
                % (MAX_ENTRIES, plain.one_line(name)),
                warning=True,
            )
            return False
        perf = self._doc.performance if build is self._doc.build else None
        entry = Entry(
            self._unique(plain.one_line(name)), build, perf or _evaluate(build), source, app_named
        )
        self._entries.append(entry)
        self._removed = []
        self.show_message(self.tr("Pinned “%s”.") % entry.name)
        self.refresh()
        return True

    def set_entries(self, items: list[tuple[str, Build, str]]) -> None:
        """Replace the comparison with up to four ``(name, build, source)`` items: a class
        folder's top builds, named as its table names them (as their files name them: a
        language switch leaves them so)."""
        self._entries = []
        self._removed = []
        for name, build, source in items[:MAX_ENTRIES]:
            self._entries.append(
                Entry(self._unique(plain.one_line(name)), build, _evaluate(build), source)
            )
        self.show_message("")
        self.refresh()

    def pin_current(self) -> bool:
        doc = self._doc
        return self.add_build(
            doc.build.name, doc.build, self.tr("current build"), app_named=doc.name_is_apps()
        )

    def remove(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            self._take_out([index])

    def selected_columns(self) -> list[int]:
        """The builds (columns of the table) chosen for Remove."""
        model = self.table.selectionModel()
        return sorted({i.column() for i in model.selectedIndexes()})

    def remove_selected(self) -> None:
        columns = [c for c in self.selected_columns() if c < len(self._entries)]
        if columns:
            self._take_out(columns)

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.selected_columns()))

    def clear(self) -> None:
        if self._entries:
            self._take_out(list(range(len(self._entries))))

    def _take_out(self, indices: list[int]) -> None:
        """Remove the builds at ``indices`` (ascending), kept for :meth:`put_back`."""
        self._removed = [(i, self._entries[i]) for i in indices]
        for i in reversed(indices):
            del self._entries[i]
        if len(indices) == 1:
            said = self.tr("Removed “%s”. Ctrl+Z here takes that back.") % self._removed[0][1].name
        else:
            said = self.tr("Removed %n build(s). Ctrl+Z here takes that back.", "", len(indices))
        if not self._entries:  # and how to fill it again, as when it started empty
            said = sentences([said, self.empty_text()])
        self.show_message(said)
        self.refresh()

    def put_back(self) -> bool:
        """The builds last removed back where they were; False if there are none."""
        if not self._removed:
            return False
        for i, entry in self._removed:  # ascending: each goes back to its own place
            self._entries.insert(i, entry)
        self._removed = []
        self.show_message("")
        self.refresh()
        return True

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._removed
            and shortcuts.pressed(event, "undo")
        ):
            event.accept()  # the panel's Ctrl+Z, not the window's: see the module text
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._removed and shortcuts.pressed(event, "undo"):
            self.put_back()
            return
        super().keyPressEvent(event)

    def _unique(self, name: str) -> str:
        taken = {e.name for e in self._entries}
        if name not in taken:
            return name
        n = 2
        while f"{name} ({n})" in taken:
            n += 1
        return f"{name} ({n})"

    def empty_text(self) -> str:
        """What the panel says while it compares nothing."""
        return self.tr(
            "Nothing to compare yet. Pin Current Build adds the build you are editing, "
            "Compare > Add Preset a real car: up to four, side by side."
        )

    def show_message(self, text: str, warning: bool = False) -> None:
        # the warning's colour through the label's palette: under a style sheet it kept
        # the text size it had then (small after Ctrl+=)
        palette = QPalette()  # (no colour of its own: the panel's)
        if warning:
            palette.setColor(QPalette.ColorRole.WindowText, theme.colours(self.palette()).worse)
        self.message.setPalette(palette)
        self._message_whole = plain.breakable(text)  # it quotes names: they wrap too
        self.message.setText(self._message_whole)
        self.message.setToolTip("")
        self.message.setVisible(bool(text))

    def _shorten_message(self, width: int | None) -> None:
        """The message whole (``width`` None), or on one line of ``width`` pixels where the
        build's name it quotes can be shortened to that ("Pinned “Mitsubishi Minica…”."),
        whole in its tooltip: at 1280x720 in projector mode with Ctrl+= twice the name
        took the message onto a second line, and the table's first row below the fold."""
        whole = self._message_whole
        text = whole
        fm = self.message.fontMetrics()
        quoted = re.search(r"[“「]([^”」]+)[”」]", whole)
        over = fm.horizontalAdvance(whole) - (width or 0)
        if width is not None and over > 0 and quoted is not None:
            name = quoted.group(1)
            room = fm.horizontalAdvance(name) - over - fm.averageCharWidth()
            if room >= 4 * fm.averageCharWidth():  # (a name cut to a letter or two: left)
                cut = fm.elidedText(name.replace("\u200b", ""), Qt.TextElideMode.ElideRight, room)
                text = whole[: quoted.start(1)] + cut + whole[quoted.end(1) :]
        if self.message.text() != text:
            self.message.setText(text)
            tip = plain.tooltip(whole.replace("\u200b", "")) if text != whole else ""
            self.message.setToolTip(tip)

    # -- time cursor (race replay) -----------------------------------------------------------
    def set_cursor_time(self, t_s: float | None) -> None:
        """Put the time cursor at ``t_s`` (None hides it). Does not emit ``cursor_dragged``."""
        if t_s is None:
            self.cursor.hide()
            return
        self.cursor.blockSignals(True)
        self.cursor.setPos(float(t_s))
        self.cursor.blockSignals(False)
        self.cursor.show()

    def _cursor_dragged(self) -> None:
        t = max(0.0, float(self.cursor.value()))
        self.cursor_dragged.emit(t)

    # -- update ------------------------------------------------------------------------------
    def _era_maybe_changed(self, change: Change) -> None:
        if self._doc.era != self._era:
            self._era = self._doc.era
            self.refresh()

    def _zoom_bounds(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """As far as the mouse may take the plot: the longest run, every speed."""
        return (0.0, max(self._run_end, self._home[0])), (0.0, self._home[1])

    def _show_home(self) -> None:
        """The plot as fitted: a little past the slowest car's 400 m, every speed."""
        self.plot.setYRange(0.0, self._home[1], padding=0)
        self.plot.setXRange(0.0, self._home[0], padding=0)

    def _zoomed(self) -> bool:
        (x0, x1), (y0, y1) = self.plot.getViewBox().viewRange()
        end, top = self._home
        return bool(x0 or y0 or not math.isclose(x1, end) or not math.isclose(y1, top))

    def table_data(self) -> compare.ComparisonTable:
        era = self._doc.era
        return compare.compare_results(
            [
                (
                    e.name,
                    e.performance,
                    regulations.check(e.build, era, power_ps=round(e.performance.power_ps, 1)).ok,
                )
                for e in self._entries
            ]
        )

    def refresh(self) -> None:
        c = theme.colours(self.palette())
        colours = entry_colours(c.dark)
        top = 100.0
        end = 1.0
        run_end = 1.0
        for i, curve in enumerate(self.curves):
            if i < len(self._entries):
                e = self._entries[i]
                t = np.asarray(e.performance.trace.t_s, dtype=float)
                v = np.asarray(e.performance.trace.speed_ms, dtype=float) * KMH_PER_MS
                curve.setData(t, v)
                curve.show()
                if len(v):
                    top = max(top, float(np.nanmax(v)))
                    # the race matters: a little past the slowest car's 400 m
                    end = max(end, min(float(t[-1]), e.performance.standing_400m_s * 1.25))
                    run_end = max(run_end, float(t[-1]))
            else:
                curve.setData([], [])
                curve.hide()
        self._home = (end, top * 1.08)
        self._run_end = run_end
        self._show_home()
        self.legend.set_entries(
            [(e.name, colours[i], LINE_STYLES[i]) for i, e in enumerate(self._entries)],
            pen=3 * self.pen_scale,
        )

        n = len(self._entries)
        if n == 0 and (self.message.isHidden() or not self.message.text()):
            # (an empty plot and a table of row names told a class nothing of what to do)
            self.message.setPalette(QPalette())
            self._message_whole = self.empty_text()
            self.message.setText(self._message_whole)
            self.message.show()
        self.clear_button.setEnabled(n > 0)
        self.race_button.setEnabled(n >= 2)
        self.pin_button.setEnabled(n < MAX_ENTRIES)
        self._fill_table(colours)
        self._selection_changed()
        self.plot_widget.setAccessibleDescription(
            self.tr("%n build(s) compared: %s.", "", n) % ", ".join(e.name for e in self._entries)
        )
        self.entries_changed.emit()

    def _fill_table(self, colours: tuple[QColor, ...]) -> None:
        table = self.table_data()
        self.table.clear()
        self.table.clearSpans()
        self.table.setColumnCount(len(table.columns))
        stacked = self.stacked and bool(table.columns)
        self.table.setRowCount(len(table.rows) * (2 if stacked else 1))
        # Stacked, each row's heading is a line of its own above its figures, across the
        # columns (_fit_columns): one line, never wrapped into a column's width.
        self.table.verticalHeader().setHidden(stacked)
        self.table.setWordWrap(not stacked)
        self._names = list(table.columns)
        self._rows = list(table.rows)
        header = self.table.horizontalHeader()
        size = max(16, header.fontMetrics().height())
        self._heading_style.icon_size = size
        for col, name in enumerate(table.columns):
            head = QTableWidgetItem(heading_icon(colours[col], LINE_STYLES[col], size), name)
            source = self._entries[col].source if col < len(self._entries) else ""
            head.setToolTip(
                plain.tooltip(
                    name
                    + "\n"
                    + (self.tr("From: %s") % plain.one_line(source) + "\n" if source else "")
                    + self.tr("Click to select this build (then Remove)")
                )
            )
            head.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            self.table.setHorizontalHeaderItem(col, head)
        bold = QFont(self.font())
        bold.setBold(True)
        self._headings = []
        for r, row in enumerate(table.rows):
            heading = QTableWidgetItem(self._row_label(row, self._label_room))
            if row.field == "compliance_ok":
                self._say_rules(heading, row.label)
            self._headings.append(heading.text())
            at = self._table_row(r)
            if not stacked:  # (hidden, its texts would still set its rows' heights)
                self.table.setVerticalHeaderItem(at, heading)
            else:
                above = QTableWidgetItem(heading.text().replace("\n", " "))
                above.setToolTip(heading.toolTip())
                above.setFlags(Qt.ItemFlag.ItemIsEnabled)  # (not selected with a build)
                above.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                above.setFont(self._stacked_heading_font())
                self.table.setItem(at - 1, 0, above)
                if len(table.columns) > 1:
                    self.table.setSpan(at - 1, 0, 1, len(table.columns))
            for col in range(len(table.columns)):
                item = QTableWidgetItem(self.cell_text(row, col, compact=self.layout_level > FULL))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                spoken = self.cell_text(row, col, with_unit=True)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                best = "\n" + self.tr("Best of the compared builds") if row.is_best(col) else ""
                free = row.without_limiter[col] if row.limited(col) else None
                limit = row.values[col]
                if free is not None and limit is not None:  # as the top speed's card says it
                    best = (
                        "\n"
                        + self.tr("limited; about %s without the limiter")
                        % fmt.number(free, compare.free_speed_decimals(limit, free, row.decimals))
                        + best
                    )
                item.setToolTip(plain.tooltip(f"{table.columns[col]}: {spoken}{best}"))
                if row.is_best(col):
                    item.setFont(bold)
                self.table.setItem(at, col, item)
        self._fit_columns()

    def _table_row(self, r: int) -> int:
        """The table's row of the figures of row ``r`` (stacked: each below its heading)."""
        return 2 * r + 1 if self.stacked and self._names else r

    def _stacked_heading_font(self) -> QFont:
        """A stacked row heading's font: the row headings' own (the style's header font)."""
        return QFont(self.table.verticalHeader().font())

    def _should_stack(self) -> bool:
        """Whether the row headings go each on a line of its own above its figures: where
        even the lettered columns (:data:`KEYED`) do not fit beside them broken as far as a
        line may break (at 1280x720 in projector mode with Ctrl+= twice, four builds' 400 px
        of columns beside 277 px of headings in a 460 px table: C and D out of sight)."""
        if not self._rows:
            return False
        return self._least_beside_keyed() > self._heads_and_columns_width()

    def _heads_and_columns_width(self) -> int:
        """The width the row headings and the builds' columns share: the table's, less
        room for its vertical scroll bar."""
        table = self.table
        bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        return table.contentsRect().width() - bar

    def _least_beside_keyed(self) -> int:
        """The least width of the row headings, broken as far as a line may break (each
        name's longest word, each unit, the kei-legal row's heading as it is: its name over
        the rules', "(1976 rules)"), with their margins, beside the lettered columns
        (:data:`KEYED`) at their least: where it is wider than the table, the headings go
        each above its figures (:meth:`_should_stack`); where not, they may be narrowed to
        let the columns fit (:meth:`_fit_row_labels`)."""
        heads = self.table.verticalHeader()
        fm = heads.fontMetrics()
        font = heads.font()
        unbroken = [longest_unbroken(row.label, font) for row in self._rows]
        unbroken += [fm.horizontalAdvance(f"({row.unit})") for row in self._rows if row.unit]
        rules = [
            text
            for row, text in zip(self._rows, self._headings, strict=False)
            if row.field == "compliance_ok"
        ]
        unbroken.append(_widest(rules, fm))
        return self._heads_margin_now() + max(unbroken) + sum(self._least_widths(KEYED))

    def _row_label(self, row: compare.Row, room: int | None) -> str:
        """A row's heading: its name and unit ("Kerb weight (kg)", translated by the core),
        the unit on a line below where that is wider than ``ROW_LABEL_LINES`` lines or
        ``room`` pixels ("Power-to-weight" / "(PS/t)"); narrower than the name, the name
        broken where a line may break ("Kerb" / "weight (kg)"), never inside a word."""
        heads = self.table.verticalHeader()
        fm = heads.fontMetrics()
        unit = f"({row.unit})" if row.unit else ""
        label = f"{row.label} {unit}" if unit else row.label
        widest = fm.height() * ROW_LABEL_LINES
        if room is not None:
            widest = min(widest, room)
        if fm.horizontalAdvance(label) <= widest:
            return label
        if fm.horizontalAdvance(row.label) <= widest or room is None:
            return f"{row.label}\n{unit}" if unit else row.label
        lines = wrapped_lines(row.label, heads.font(), widest)
        if unit and fm.horizontalAdvance(f"{lines[-1]} {unit}") <= widest:
            lines[-1] = f"{lines[-1]} {unit}"
        elif unit:
            lines.append(unit)
        return "\n".join(lines)

    def _heads_margin_now(self) -> int:
        """A row heading's margins (the rest is its text), as last measured beside the
        columns: stacked, the row headings are hidden."""
        shown = self._headings
        heads = self.table.verticalHeader()
        if shown and not self.stacked and len(shown) == self.table.rowCount():
            self._heads_margin = heads.sizeHint().width() - _widest(shown, heads.fontMetrics())
        return self._heads_margin

    def _row_headings_width(self) -> int:
        """The row headings' width, each on one line (its unit below where ROW_LABEL_LINES
        says): the width the dock is asked for follows from it, not from the headings as
        narrowed to fit its width (:meth:`_fit_row_labels`), which would follow the dock."""
        heads = self.table.verticalHeader()
        shown = self._headings
        if not shown or len(shown) != len(self._rows):
            return heads.sizeHint().width()
        fm = heads.fontMetrics()
        margin = self._heads_margin_now()
        one_line = [
            text if row.field == "compliance_ok" else self._row_label(row, None)
            for row, text in zip(self._rows, shown, strict=True)
        ]
        return margin + _widest(one_line, fm)

    def _row_resized(self, index: int, _old: int, _new: int) -> None:
        if index < 2:
            self._fit_top()  # (the first row's height: what the plot leaves it)

    def _fit_row_labels(self) -> None:
        """The row headings give way before the builds' columns: where even the lettered
        columns (:data:`KEYED`) do not fit beside headings on one line, the headings wider
        than the room left put their unit on a line below. At 1280x720 in projector mode
        with Ctrl+= twice the headings took 277 of a 484 px Comparison and the second
        build's column was out of sight, the table scrolled sideways."""
        table = self.table
        if not self._rows or table.rowCount() != len(self._rows) or self.stacked:
            return
        if not self._headings:
            return
        margin = self._heads_margin_now()  # (the section's margins)
        total = self._heads_and_columns_width()
        columns = sum(self._least_widths(KEYED))
        room: int | None = None
        # broken as far as a line may break: if even that leaves the columns too little,
        # the headings stay as they were (taller rows would put the first out of view, and
        # the table would scroll sideways all the same)
        if self._row_headings_width() + columns > total and self._least_beside_keyed() <= total:
            room = total - columns - margin
        if room == self._label_room:
            return
        self._label_room = room
        for r, row in enumerate(self._rows):
            item = table.verticalHeaderItem(r)
            if item is not None and row.field != "compliance_ok":
                text = self._row_label(row, room)
                self._headings[r] = text
                if item.text() != text:
                    item.setText(text)

    def _say_rules(self, heading: QTableWidgetItem, label: str) -> None:
        """The kei-legal row names the rules it judges by: every build here by the rules the
        open build is judged by, not each by its own file's ("judged_by"): a teacher
        comparing students' files saved judged by 1976's and 1990's rules could not tell
        which rules said "yes"."""
        era = regulations.era(self._doc.era)
        #: The comparison's row saying whether each build is a kei car, and under which
        #: era's rules ({era}: "1976"): "Kei-legal" / "(1976 rules)".
        heading.setText(label + "\n" + self.tr("({era} rules)").format(era=era.id))
        heading.setToolTip(
            plain.tooltip(
                self.tr(
                    "Every build here is judged by the rules the open build is judged by: "
                    "{rules}. Choose others in Rules."
                ).format(rules=era_label(era))
            )
        )

    def cell_text(
        self, row: compare.Row, col: int, with_unit: bool = False, compact: bool = False
    ) -> str:
        """``"★ 8.4"`` for a best value; ``"9.1 (+0.7)"`` with its difference from column 0;
        ``"140 limited"`` for a top speed a speed limiter holds.

        The unit is in the row's heading; ``with_unit`` adds it (``"9.1 s (+0.7 s)"``), for
        screen readers and tooltips, which read a cell on its own. ``compact``: for a
        narrow table, the figure alone (``"9.1"``), "limited" in short on a line below it."""
        value = row.values[col]
        unit = f" {row.unit}" if with_unit and row.unit else ""
        if isinstance(value, bool):
            text = self.tr("yes") if value else self.tr("no")
        elif why := self._out_of_reach(row, col):
            # a time the car never reaches, in words as its card says it (a bare '—' before)
            text = why if with_unit else out_of_reach.words()
        elif value is None:
            text = fmt.MISSING
        else:
            text = fmt.number(value, row.decimals) + unit
            if row.limited(col) and compact:
                text += "\n" + self.tr("limited", "a top speed a speed limiter holds, short")
            elif row.limited(col):
                text += " " + self.tr("limited", "a top speed a speed limiter holds")
        delta = row.deltas[col] if col < len(row.deltas) else None
        if col > 0 and delta is not None and not compact:
            d = fmt.number(abs(delta), row.decimals)
            if d.strip("0.,") == "":
                text += " (±0)"
            else:
                text += f" ({'+' if delta > 0 else '−'}{d}{unit})"
        if row.is_best(col):
            text = f"{STAR} {text}"
        return text

    def _out_of_reach(self, row: compare.Row, col: int) -> str:
        """Why build ``col`` has no time in ``row``, when its run never reaches the speed."""
        if row.field not in out_of_reach.TARGETS:
            return ""  # (looked for no top speed)
        top = next((r.values[col] for r in self._rows if r.field == "top_speed_kmh"), None)
        value = row.values[col]
        return out_of_reach.why_missing(
            row.field,
            value if isinstance(value, float | int) else None,
            top if isinstance(top, float | int) else None,
        )

    # -- column widths and headings -----------------------------------------------------
    def _least_widths(self, level: int = FULL) -> list[int]:
        """Each column's least width in the table's layout ``level``: its widest cell, and
        room for its name on two lines beside the line sample (:data:`KEYED`: its letter)."""
        header = self.table.horizontalHeader()
        fm = header.fontMetrics()
        least = []
        for col, name in enumerate(self._names):
            if level == KEYED:
                text = fm.horizontalAdvance(KEYS[col]) + 2
            else:  # the name on two lines; a very long one is shortened with "…" instead
                text = min(two_line_width(name, fm) + 2, fm.height() * HEADING_MAX_LINES)
            cells = self._cells_width(col, compact=level > FULL)
            least.append(max(cells + 4, self._heading_room(0) + text))
        return least

    def _cells_width(self, col: int, compact: bool) -> int:
        """The width column ``col``'s widest cell takes, its figures as the layout writes
        them (as a cell's size hint measures it: its text and the style's margins)."""
        table = self.table
        style = table.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        bold = QFont(table.font())
        bold.setBold(True)
        plain_fm, bold_fm = QFontMetrics(table.font()), QFontMetrics(bold)
        widest = 0
        for row in self._rows:
            fm = bold_fm if row.is_best(col) else plain_fm
            for line in self.cell_text(row, col, compact=compact).split("\n"):
                widest = max(widest, fm.horizontalAdvance(line))
        return widest + margin

    def _columns_room(self) -> int:
        """The width the builds' columns share, less a vertical scroll bar's if none is
        shown (so a layout with fewer lines, which may need none, is not taken for one that
        fits and then found too wide)."""
        t = self.table
        room = t.viewport().width()
        if not t.verticalScrollBar().isVisible():
            room -= t.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, t)
        return room

    def _choose_level(self) -> int:
        """The widest layout whose columns fit the room (:data:`KEYED` if none does). Not
        shown yet, the table has no room to go by: it keeps the layout it has."""
        if not self.table.isVisible():
            return self.layout_level
        room = self._columns_room()
        for level in (FULL, FIGURES):
            if sum(self._least_widths(level)) <= room:
                return level
        return KEYED

    def _set_level(self, level: int) -> None:
        """The table's cells, headings, note and legend in layout ``level``."""
        self.layout_level = level
        for r, row in enumerate(self._rows):
            for col in range(len(self._names)):
                item = self.table.item(self._table_row(r), col)
                if item is not None:
                    item.setText(self.cell_text(row, col, compact=level > FULL))
        self.legend.set_keyed(level == KEYED)
        self.table_note.setText(self._note_text())

    def _note_text(self) -> str:
        """The note under the table: what its marks mean in the layout of the moment (a
        line at 1280x720 in projector mode: the panel has no height to spare there)."""
        if self.layout_level == KEYED:
            n = len(self._names)  # the letters there are: "A–C" for three builds
            letters = ", ".join(KEYS[:n]) if n < 3 else f"{KEYS[0]}–{KEYS[n - 1]}"
            return self.tr("{star} bold: best in the row. {letters}: as in the legend.").format(
                star=STAR, letters=letters
            )
        if self.layout_level == FIGURES:
            return self.tr("%s bold: best in the row. Hover for differences.") % STAR
        return self.tr("%s bold: best in the row. (+/−): difference from the first build.") % STAR

    def _heading_room(self, width: int) -> int:
        """What is left for the name in a heading ``width`` pixels wide (the rest is the
        line sample and the margins)."""
        header = self.table.horizontalHeader()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, header)
        return width - icon - 4 * margin if width else icon + 4 * margin

    def needed_width(self, level: int = FULL) -> int:
        """The panel's least width at which the builds fit side by side in the table in
        layout ``level`` (:data:`FULL`: each named in its heading, each figure with its
        difference)."""
        t = self.table
        bar = t.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, t)
        margins = self.layout().contentsMargins()
        return (
            self._row_headings_width()  # on one line each: not as narrowed to fit
            + sum(self._least_widths(level))  # the present font's (projector mode)
            + 2 * t.frameWidth()
            + bar  # room for the vertical scroll bar when the rows do not fit
            + margins.left()
            + margins.right()
        )

    def _fit_columns(self) -> None:
        """Share the table's width between the builds: as even as their numbers allow, no
        column narrower than its least width; then fit each name to its column."""
        if self._fitting:
            return
        if self._names and self.table.isVisible() and self._should_stack() != self.stacked:
            self.stacked = not self.stacked
            self._fill_table(entry_colours(theme.colours(self.palette()).dark))  # (fits it)
            self._fit_top()  # (its first row: a line more, or less)
            return
        self._fitting = True
        try:
            if not self._names:
                if self.layout_level != FULL:
                    self._set_level(FULL)  # its note as it was
                return
            self._fit_row_labels()
            level = self._choose_level()
            if level != self.layout_level:
                self._set_level(level)
            note = self._note_text()  # (its letters follow the number of builds)
            if self.table_note.text() != note:
                self.table_note.setText(note)
            self._least = self._least_widths(level)
            room = self.table.viewport().width()
            widths = _share(room, self._least)
            header = self.table.horizontalHeader()
            for col, w in enumerate(widths):
                if header.sectionSize(col) != w:
                    header.resizeSection(col, w)
            fm = header.fontMetrics()
            for col, name in enumerate(self._names):
                item = self.table.horizontalHeaderItem(col)
                if level == KEYED:
                    text = KEYS[col]
                else:
                    text = wrap_name(name, fm, self._heading_room(widths[col]))
                if item is not None and item.text() != text:
                    item.setText(text)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        bottom = (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
        if watched is self._bottom and watched is not None and event.type() in bottom:
            self._fit_bottom()
        if watched is self._top and watched is not None and event.type() in bottom:
            self._fit_top()
        if watched is self._watched_view and event.type() == QEvent.Type.Resize:
            self._fit_top()  # (taller or shorter: the legend's names whole or shortened)
        return super().eventFilter(watched, event)

    def _fit_bottom(self) -> None:
        """The buttons, the message, the table and its note never overlap: the pane below
        the splitter's handle is at least as tall as they are at its width, the message
        and the note wrapped (a splitter knows nothing of wrapped lines: in projector mode
        at 1280x720 the note was drawn over the table's last rows, and the Japanese message
        cut). Shorter than that, the dock scrolls (its squeezable area)."""
        pane = self._bottom
        layout = pane.layout() if pane is not None else None
        if pane is None or layout is None:
            return
        width = pane.contentsRect().width()
        parts = [self.button_bar.height_for(width), self.table.minimumHeight()]
        parts += [
            label.heightForWidth(width)
            for label in (self.message, self.table_note)
            if not label.isHidden()
        ]
        least = sum(parts) + layout.spacing() * (len(parts) - 1)
        if pane.minimumHeight() != least:
            pane.setMinimumHeight(least)
        self._fit_top()  # (short of height, the plot leaves the table's first row in view)

    def _fit_top(self) -> None:
        """The legend is never drawn over the plot: the pane above the splitter's handle is
        at least as tall as the plot's least height and the legend wrapped at its width (a
        splitter knows nothing of wrapped lines: in Japanese, projector mode at 1280x720,
        two long names wrapped to three lines were drawn over the time axis's numbers and
        its title). The legend's lines come out of the plot's least height (as when the
        legend was drawn inside the plot), down to ``PLOT_LEAST_LINES``: else four builds'
        two lines of legend made the Comparison tabbed with the Classroom scroll by 7 px
        at 1280x720 in projector mode. Shorter than that, the dock scrolls."""
        pane = self._top
        if pane is None:
            return
        legend = 0
        line = self.fontMetrics().height()
        short = False
        if not self.legend.isHidden():
            # Short of height (the dock's view shorter than its least height with the names
            # whole: it scrolls): the names on a line each, shortened, where that takes fewer
            # lines (CompareLegend.arrange). At 1280x720 in projector mode with Ctrl+=
            # twice four long names took six lines and the buttons were below the fold.
            width = pane.contentsRect().width()
            whole = self.legend.whole_height(width)
            top = max(line * PLOT_MIN_LINES - whole, line * PLOT_LEAST_LINES) + whole
            rest = self.minimumSizeHint().height() - pane.minimumHeight()
            self._whole_top = top
            view = self._view_height()
            short = view is not None and view < rest + top
            self.legend.short = short
            # Shorter still, the plot at its shortest leaving the table's first row out of
            # sight: two builds a line, their names on one line each (four builds in Japanese
            # at 1280x720, F5, Ctrl+= twice: 174 px of legend, the buttons below the fold).
            floor = math.ceil(line * PLOT_SHORT_LINES)  # (not a pixel short of it)
            whole_legend = self.legend.planned_height(width, False)
            # then the message's quoted name, then the legend's names (two builds a line)
            lacking = bool(
                short and view is not None and self._plot_room(view, whole_legend, True) < floor
            )
            self._shorten_message(width if lacking else None)
            self.legend.compact = bool(
                lacking and view is not None and self._plot_room(view, whole_legend) < floor
            )
            self.legend.arrange(width)
            legend = self.legend.heightForWidth(pane.contentsRect().width())
            legend = max(legend, self.legend.minimumSizeHint().height())
            if self.legend.minimumHeight() != legend:
                self.legend.setMinimumHeight(legend)
        plot = max(line * PLOT_MIN_LINES - legend, line * PLOT_LEAST_LINES)
        if short and view is not None:
            # the plot gives way, down to PLOT_SHORT_LINES, till the table's first row (the
            # builds and their kerb weights) is in view: a class reads the figures first
            room = self._plot_room(view, legend)
            plot = min(line * PLOT_LEAST_LINES, max(room, math.ceil(line * PLOT_SHORT_LINES)))
        if self.plot_widget.minimumHeight() != plot:
            self.plot_widget.setMinimumHeight(plot)
        least = plot + legend
        if pane.minimumHeight() != least:
            pane.setMinimumHeight(least)

    def _plot_room(self, view: int, legend: int, whole_message: bool = False) -> int:
        """The plot's height at which the table's first row (its headings and the first
        figures) ends at the bottom of a ``view`` pixels high, the legend ``legend`` high:
        what the buttons, the message (``whole_message``: as said, not shortened) and the
        table's headings leave."""
        pane = self._bottom
        layout = pane.layout() if pane is not None else None
        if pane is None or layout is None:
            return view
        width = pane.contentsRect().width()
        parts = [self.button_bar.height_for(width)]
        if not self.message.isHidden():
            message = self.message
            if whole_message:  # (measured aside: the one shown may be shortened)
                message = self._message_probe
                message.setText(self._message_whole)
            parts.append(message.heightForWidth(width))
        table = self.table
        heading = table.horizontalHeader()
        rows = 2 if self.stacked else 1  # (stacked: its heading, then its figures)
        first = (
            table.frameWidth()
            + (heading.sizeHint().height() if not heading.isHidden() else 0)
            # (as laid out, or as it will be: a row just made has no height yet)
            + sum(
                max(table.rowHeight(r), table.sizeHintForRow(r))
                for r in range(min(rows, table.rowCount()))
            )
        )
        below = sum(parts) + layout.spacing() * len(parts) + first
        margins = self.layout().contentsMargins()
        return view - margins.top() - legend - self.splitter.handleWidth() - below

    def _view_height(self) -> int | None:
        """The height of the view of the scroll area the panel is in (the dock's), if any;
        its changes are watched (the panel keeps its least height in a shorter view)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None:
            return None
        view = area.viewport()
        if self._watched_view is not view:
            self._watched_view = view
            view.installEventFilter(self)
        return view.height()

    # -- look --------------------------------------------------------------------------------
    def _set_minimum_heights(self) -> None:
        line = self.fontMetrics().height()
        self.table.setMinimumHeight(line * TABLE_MIN_LINES)
        self._fit_top()  # the plot's, with its legend's

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()  # the layout for the room it has now
        if not self._split_done and self.height() > 0:
            self._split_done = True  # the first time only: later, the user's split stays
            total = max(sum(self.splitter.sizes()), self.splitter.height())
            plot = max(int(total * PLOT_SHARE / 100), self.plot_widget.minimumHeight())
            self.splitter.setSizes([plot, max(total - plot, 1)])

    def set_pen_scale(self, scale: float) -> None:
        """Thicker curves and cursor (projector mode); the text follows the font."""
        self.pen_scale = scale
        self._apply_theme()

    def _apply_theme(self) -> None:
        c = theme.colours(self.palette())
        k = self.pen_scale
        font = QFont(self.font())
        style_axes(self.plot_widget, c, font, pen_width=k)
        for i, (curve, colour) in enumerate(zip(self.curves, entry_colours(c.dark), strict=True)):
            curve.setPen(pg.mkPen(colour, width=3 * k, style=LINE_STYLES[i]))
        self.cursor.setPen(pg.mkPen(c.text, width=2 * k))
        self.cursor.setHoverPen(pg.mkPen(c.warn, width=4 * k))
        self._set_minimum_heights()
        if self.isVisible() or self._entries:
            self.refresh()

    def _title_axes(self) -> None:
        """The plot's axis titles in the language of the moment (a live switch too:
        pyqtgraph's titles are not widgets the switch can reach)."""
        self.plot.setLabel("bottom", self.tr("Time"), units="s")
        self._title_speed_axis(force=True)

    def _title_speed_axis(self, *_args: object, force: bool = False) -> None:
        """ "Speed (km/h)" up the speed axis, or "km/h" where the plot is lower than that
        title is long (short of height, the plot giving way to the table: "Speed (km/" was
        cut at the top), as the dashboard's speed plot does (PlotsPanel._title_speed_axis)."""
        title = self.tr("Speed (km/h)")
        document = self.plot.getAxis("left").label.document().clone()
        document.setPlainText(title)
        if document.size().width() > self.plot.vb.height():
            title = self.tr("km/h", "the speed axis's title where the plot is low")
        if force or title != self._speed_title:
            self._speed_title = title
            self.plot.setLabel("left", title)
            self.plot.getAxis("left").resizeEvent()  # (placed afresh for its length)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if theme.is_palette_event(event) or event.type() == QEvent.Type.FontChange:
            self._apply_theme()
        if event.type() == QEvent.Type.LanguageChange:
            self._title_axes()
            self.show_message("")  # a notice of the last action, in the old language
            self._removed = []  # (named in the old language; the notice said Ctrl+Z)
            # The window's Compare menu has the same English words with a longer Japanese
            # translation, and a live switch, knowing only the English, gave this button the
            # menu's: the panel names its own button (before the switch's pass, which
            # leaves a text already in the new language alone).
            self.pin_button.setText(self.tr("&Pin Current Build"))
            self.table_note.setText(self._note_text())
            self._rename_entries()
            # Written again even when it compares nothing: its row names and its "Nothing to
            # compare yet" (which the line above just hid) are in the old language too.
            self.refresh()

    def _rename_entries(self) -> None:
        """After a switch of the language, the pins named as nobody chose: a shipped car
        by its name in the new language (the Suzuki Fronte Coupe GX pinned in English was
        still so named on the Japanese screen), the unnamed build ("My kei car", and "My kei
        car (2)" for a second pin of it) by the new language's default name, as the build
        itself is (Document.language_changed). Their number suffixes stay. Only a name the
        app gave (Entry.app_named): a build the user named "Fiat Cinquecento Sporting
        (1994)", pinned, stays so named on the Japanese screen, as do a class folder's top
        builds, named as their files name them."""
        old_default, self._default_name = self._default_name, default_name()
        ids = set(presets.preset_ids())
        for i, entry in enumerate(self._entries):
            if not entry.app_named:
                continue
            names = {old_default: self._default_name}
            bare = entry.name
            stem = re.sub(r" \(\d+\)$", "", bare)  # "Honda Beat (1991) (2)"
            for name in (bare, stem):  # pinned under a preset's name (Ctrl+D)
                renamed = presets.name_in(name, i18n.current_language(), i18n.CODES)
                if renamed is not None:
                    names[name] = plain.one_line(renamed)
            if entry.source in ids:
                preset = presets.load_preset(entry.source)
                shown = plain.one_line(preset.shown_name())
                for language in i18n.CODES:
                    names[plain.one_line(preset.build.localized(language).name)] = shown
            for old, new in names.items():
                if bare == old or re.fullmatch(re.escape(old) + r" \(\d+\)", bare):
                    name = new + bare[len(old) :]
                    self._entries[i] = dataclasses.replace(entry, name=name)
                    break


def _widest(texts: list[str], fm: QFontMetrics) -> int:
    """The widest line of ``texts`` (each of one line or more)."""
    return max((fm.horizontalAdvance(line) for t in texts for line in t.split("\n")), default=0)


def _share(room: int, least: list[int]) -> list[int]:
    """Widths for columns of least widths ``least`` in ``room`` pixels: all the same where
    they can be, none below its least; they fill ``room`` exactly when it is enough."""
    n = len(least)
    fixed: set[int] = set()
    while True:
        free = n - len(fixed)
        if free == 0:
            return list(least)
        even = (room - sum(least[i] for i in fixed)) / free
        wide = {i for i in range(n) if i not in fixed and least[i] > even}
        if not wide:
            break
        fixed |= wide
    widths = [least[i] if i in fixed else int(even) for i in range(n)]
    spare = room - sum(widths)
    if spare > 0:  # the pixels lost to rounding, to the last column
        widths[-1] += spare
    return widths


def _evaluate(build: Build) -> Performance:
    from keiconfig.core import performance

    return performance.evaluate(build)
