"""The comparison: up to four pinned builds, their speed-time runs overlaid and every figure
side by side.

Each pinned build is a snapshot (name, build, performance), evaluated once when pinned.
The plot has one curve per slot, created once and updated with ``setData``; curves differ
in colour (Okabe-Ito, colour-blind safe) *and* line style, so colour never carries the
difference alone. In the table the best value of each row is bold with a ★, and every
other column shows its difference from the first build.

A movable vertical line on the plot is the race replay's time cursor: it moves with the
replay (:meth:`ComparePanel.set_cursor_time`) and dragging it emits ``cursor_dragged``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import compare, regulations
from keiconfig.core.build import Build
from keiconfig.core.results import Performance
from keiconfig.ui import format as fmt
from keiconfig.ui import theme
from keiconfig.ui.document import Document

MAX_ENTRIES = compare.MAX_BUILDS
MS_TO_KMH = 3.6
STAR = "★"
PLOT_SHARE = 60  # per cent of the panel's height the plot gets at first
PLOT_MIN_LINES = 14  # the plot is never shorter than this many lines of text
TABLE_MIN_LINES = 6

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


def swatch_icon(colour: QColor, style: Qt.PenStyle, size: int = 24) -> QIcon:
    """A small icon showing a slot's line: its colour and its dash pattern."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 3, style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    p.drawLine(1, size // 2, size - 1, size // 2)
    p.end()
    return QIcon(pix)


@dataclass(frozen=True, eq=False)
class Entry:
    """One pinned build: a snapshot, evaluated when pinned."""

    name: str
    build: Build
    performance: Performance
    source: str = ""  # "current build", a preset id, a file path


class ComparePanel(QWidget):
    """Pinned builds: overlaid speed-time runs, a legend, and the side-by-side table."""

    entries_changed = Signal()
    cursor_dragged = Signal(float)  # the user dragged the time cursor to t seconds
    race_requested = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._entries: list[Entry] = []
        self.pen_scale = 1.0  # projector mode draws thicker lines
        self.setAccessibleName(self.tr("Comparison"))

        # -- plot --------------------------------------------------------------------------
        self.plot_widget = pg.PlotWidget(parent=self)
        self.plot_widget.setAccessibleName(self.tr("Speed against time of the compared builds"))
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("bottom", self.tr("Time"), units="s")
        self.plot.setLabel("left", self.tr("Speed (km/h)"))
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        # Bottom right: under the rising curves, where the plot is otherwise empty.
        self.legend = self.plot.addLegend(offset=(-10, -10))
        self.curves = [self.plot.plot([], []) for _ in range(MAX_ENTRIES)]
        self.cursor = pg.InfiniteLine(pos=0.0, angle=90, movable=True)
        self.cursor.setToolTip(self.tr("Race time: drag to scrub the race replay"))
        self.cursor.hide()
        self.plot.addItem(self.cursor, ignoreBounds=True)
        self.cursor.sigDragged.connect(self._cursor_dragged)

        # -- buttons ---------------------------------------------------------------------
        self.pin_button = QPushButton(self.tr("Pin &Current Build"), self)
        self.pin_button.setToolTip(self.tr("Add a snapshot of the build you are editing"))
        self.pin_button.clicked.connect(self.pin_current)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(
            self.tr("Remove the selected builds (click a build's column heading to select it)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.clicked.connect(self.clear)
        self.race_button = QPushButton(self.tr("R&ace Them"), self)
        self.race_button.setToolTip(self.tr("Replay a 400 m race of the pinned builds"))
        self.race_button.clicked.connect(self.race_requested)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Comparison message"))

        buttons = QHBoxLayout()
        for b in (self.pin_button, self.remove_button, self.clear_button, self.race_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.button_row = buttons

        # -- table -------------------------------------------------------------------------
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Figures of the compared builds"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A build is a column: selecting columns (click a heading) chooses what Remove removes.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table_note = QLabel(
            self.tr("%s bold: best in the row. (+/−): difference from the first build.") % STAR,
            self,
        )
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
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.plot_widget)
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
        document.build_changed.connect(self._era_maybe_changed)
        self._era = document.era
        self.refresh()

    # -- entries -----------------------------------------------------------------------------
    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(self._entries)

    def add_build(self, name: str, build: Build, source: str = "") -> bool:
        """Pin ``build``; False (and a message saying why) when four are already pinned."""
        if len(self._entries) >= MAX_ENTRIES:
            self.show_message(
                self.tr(
                    "⚠ The comparison already has %d builds, the most it can show. "
                    "Remove one to add “%s”."
                )
                % (MAX_ENTRIES, name),
                warning=True,
            )
            return False
        perf = self._doc.performance if build is self._doc.build else None
        entry = Entry(self._unique(name), build, perf or _evaluate(build), source)
        self._entries.append(entry)
        self.show_message(self.tr("Pinned “%s”.") % entry.name)
        self.refresh()
        return True

    def set_entries(self, items: list[tuple[str, Build, str]]) -> None:
        """Replace the comparison with up to four ``(name, build, source)`` items."""
        self._entries = []
        for name, build, source in items[:MAX_ENTRIES]:
            self._entries.append(Entry(self._unique(name), build, _evaluate(build), source))
        self.show_message("")
        self.refresh()

    def pin_current(self) -> bool:
        return self.add_build(self._doc.build.name, self._doc.build, self.tr("current build"))

    def remove(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            del self._entries[index]
            self.show_message("")
            self.refresh()

    def selected_columns(self) -> list[int]:
        """The builds (columns of the table) chosen for Remove."""
        model = self.table.selectionModel()
        return sorted({i.column() for i in model.selectedIndexes()})

    def remove_selected(self) -> None:
        columns = [c for c in self.selected_columns() if c < len(self._entries)]
        for col in reversed(columns):
            del self._entries[col]
        if columns:
            self.show_message("")
            self.refresh()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.selected_columns()))

    def clear(self) -> None:
        self._entries.clear()
        self.show_message("")
        self.refresh()

    def _unique(self, name: str) -> str:
        taken = {e.name for e in self._entries}
        if name not in taken:
            return name
        n = 2
        while f"{name} ({n})" in taken:
            n += 1
        return f"{name} ({n})"

    def show_message(self, text: str, warning: bool = False) -> None:
        c = theme.colours(self.palette())
        self.message.setStyleSheet(f"color: {theme.css(c.worse)}" if warning else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

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
    def _era_maybe_changed(self) -> None:
        if self._doc.era != self._era:
            self._era = self._doc.era
            self.refresh()

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
        self.legend.clear()
        top = 100.0
        end = 1.0
        for i, curve in enumerate(self.curves):
            if i < len(self._entries):
                e = self._entries[i]
                t = np.asarray(e.performance.trace.t_s, dtype=float)
                v = np.asarray(e.performance.trace.speed_ms, dtype=float) * MS_TO_KMH
                curve.setData(t, v)
                curve.show()
                self.legend.addItem(curve, e.name)
                if len(v):
                    top = max(top, float(np.nanmax(v)))
                    # the race matters: a little past the slowest car's 400 m
                    end = max(end, min(float(t[-1]), e.performance.standing_400m_s * 1.25))
            else:
                curve.setData([], [])
                curve.hide()
        self.plot.setYRange(0.0, top * 1.08, padding=0)
        self.plot.setXRange(0.0, end, padding=0)

        n = len(self._entries)
        self.clear_button.setEnabled(n > 0)
        self.race_button.setEnabled(n >= 2)
        self.pin_button.setEnabled(n < MAX_ENTRIES)
        self._fill_table(colours)
        self._selection_changed()
        self.plot_widget.setAccessibleDescription(
            self.tr("%d builds compared: %s.") % (n, ", ".join(e.name for e in self._entries))
        )
        self.entries_changed.emit()

    def _fill_table(self, colours: tuple[QColor, ...]) -> None:
        table = self.table_data()
        self.table.clear()
        self.table.setColumnCount(len(table.columns))
        self.table.setRowCount(len(table.rows))
        for col, name in enumerate(table.columns):
            head = QTableWidgetItem(swatch_icon(colours[col], LINE_STYLES[col]), name)
            source = self._entries[col].source if col < len(self._entries) else ""
            head.setToolTip(
                (self.tr("From: %s") % source + "\n" if source else "")
                + self.tr("Click to select this build (then Remove)")
            )
            self.table.setHorizontalHeaderItem(col, head)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(table.rows):
            label = self.tr(row.label) + (f" ({row.unit})" if row.unit else "")
            self.table.setVerticalHeaderItem(r, QTableWidgetItem(label))
            for col in range(len(table.columns)):
                text = self.cell_text(row, col)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.is_best(col):
                    item.setFont(bold)
                    item.setToolTip(self.tr("Best of the compared builds"))
                self.table.setItem(r, col, item)

    def cell_text(self, row: compare.Row, col: int) -> str:
        """``"★ 8.4 s"`` for a best value; ``"9.1 s (+0.7)"`` with its difference from column 0."""
        value = row.values[col]
        if isinstance(value, bool):
            text = self.tr("yes") if value else self.tr("no")
        elif value is None:
            text = fmt.MISSING
        else:
            text = fmt.quantity(value, row.unit, row.decimals) if row.unit else fmt.number(value)
        delta = row.deltas[col] if col < len(row.deltas) else None
        if col > 0 and delta is not None:
            d = fmt.number(abs(delta), row.decimals)
            if d.strip("0.,") == "":
                text += " (±0)"
            else:
                text += f" ({'+' if delta > 0 else '−'}{d})"
        if row.is_best(col):
            text = f"{STAR} {text}"
        return text

    # -- look --------------------------------------------------------------------------------
    def _set_minimum_heights(self) -> None:
        line = self.fontMetrics().height()
        self.plot_widget.setMinimumHeight(line * PLOT_MIN_LINES)
        self.table.setMinimumHeight(line * TABLE_MIN_LINES)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
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
        self.plot_widget.setBackground(c.base)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(c.muted, width=k))
            axis.setTextPen(c.text)
            axis.setTickFont(font)
            axis.label.setFont(font)
        self.legend.setLabelTextColor(c.text)
        self.legend.setLabelTextSize(f"{font.pointSizeF():.1f}pt")
        # see-through enough that a curve running under the legend still shows
        backing = QColor(c.base)
        backing.setAlpha(190)
        self.legend.setBrush(pg.mkBrush(backing))
        self.legend.setPen(pg.mkPen(c.muted))
        for i, (curve, colour) in enumerate(zip(self.curves, entry_colours(c.dark), strict=True)):
            curve.setPen(pg.mkPen(colour, width=3 * k, style=LINE_STYLES[i]))
        self.cursor.setPen(pg.mkPen(c.text, width=2 * k))
        self.cursor.setHoverPen(pg.mkPen(c.warn, width=4 * k))
        self._set_minimum_heights()
        if self.isVisible() or self._entries:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if theme.is_palette_event(event) or event.type() == QEvent.Type.FontChange:
            self._apply_theme()


def _evaluate(build: Build) -> Performance:
    from keiconfig.core import performance

    return performance.evaluate(build)
