"""Tools > Explore: search the design space for the best legal builds of an era.

The panel asks the question (which fields vary and over what, the era and the
agreement, a class's constraints, the objective), runs the search in a
:class:`~keiconfig.ui.explore_worker.SearchThread` on a process pool (progress bar,
best so far, Cancel), and shows the answers: the best legal builds as a table (each
one click from becoming the open build, as one undo step), the Pareto plot, the
tornado chart and a two-field map (:mod:`keiconfig.ui.explore_plots`).

:class:`keiconfig.ui.explore_tools.ExploreTools` adds the dock, Tools > Explore and
File > Open Challenge… to the main window and loads this module on the dock's first show
(:mod:`keiconfig.ui.challenge_dialog` shows a challenge).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import regulations
from keiconfig.core.build import BODY_STYLES, Build, changed
from keiconfig.core.explore_batch import Cancelled
from keiconfig.core.explore_edges import edges_sentence
from keiconfig.core.explore_problem import (
    FIGURES,
    OBJECTIVES,
    Objective,
    Outcome,
    Problem,
    ProblemError,
    Rules,
    failed_text,
)
from keiconfig.core.explore_search import (
    DEFAULT_BUDGET,
    DEFAULT_SEED,
    SearchResult,
    grid,
    judge_build,
    optimise,
    rule_limit,
    sensitivity,
    sensitivity_size,
    sweep,
)
from keiconfig.core.explore_space import (
    CATALOGUE,
    DEFAULT_VARY,
    SpaceError,
    cap_note,
    make_space,
    unused_by,
    used_updates,
)
from keiconfig.core.text import QT_TRANSLATE_NOOP, sentences, translate_n
from keiconfig.ui import file_dialogs, plain, tab_keys
from keiconfig.ui import format as fmt
from keiconfig.ui.document import Document
from keiconfig.ui.explore_axes import MapAxes
from keiconfig.ui.explore_plots import (
    Caption,
    MapPlot,
    ParetoPlot,
    RoomyPlot,
    TornadoPlot,
    figure_label,
)
from keiconfig.ui.explore_worker import ExecutorHolder, SearchThread
from keiconfig.ui.shared_line import SharedLine
from keiconfig.ui.widgets import (
    ElidingComboBox,
    TabWidget,
    WholeChoiceComboBox,
    group_digits,
)

if TYPE_CHECKING:
    from keiconfig.core.challenge import Challenge

MIX = "mix"
# The answers' pages' margins inside the tabs' frame (Qt's are 9 px): one for all four, so
# that nothing moves as the tabs are switched.
PAGE_MARGIN = 6
MAP_STEPS = 15
TORNADO_STEPS = 9


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in the window's language; with a count ``n``, in its plural form (``%n``)."""
    return QCoreApplication.translate("explore", text, disambiguation or None, n)


# The build format's choices as the explorer shows them: the controls' words ("rear-wheel
# drive", "naturally aspirated", "CVT": before, the file's codes "rwd", "na", "cvt"), else
# the value with spaces.
OPTION_WORDS: Final[dict[str, str]] = {
    "hatchback": QT_TRANSLATE_NOOP("explore", "hatchback"),
    "tall_wagon": QT_TRANSLATE_NOOP("explore", "tall wagon"),
    "sedan": QT_TRANSLATE_NOOP("explore", "sedan"),
    "coupe": QT_TRANSLATE_NOOP("explore", "coupe"),
    "roadster": QT_TRANSLATE_NOOP("explore", "roadster"),
    "suv": QT_TRANSLATE_NOOP("explore", "suv"),
    "van": QT_TRANSLATE_NOOP("explore", "van"),
    "truck": QT_TRANSLATE_NOOP("explore", "truck"),
    "fixed": QT_TRANSLATE_NOOP("explore", "fixed"),
    "soft": QT_TRANSLATE_NOOP("explore", "soft"),
    "targa": QT_TRANSLATE_NOOP("explore", "targa"),
    "removable_hard": QT_TRANSLATE_NOOP("explore", "removable hard"),
    "glass": QT_TRANSLATE_NOOP("explore", "glass"),
    "na": QT_TRANSLATE_NOOP("explore", "naturally aspirated"),
    "turbo": QT_TRANSLATE_NOOP("explore", "turbo"),
    "supercharger": QT_TRANSLATE_NOOP("explore", "supercharger"),
    "front": QT_TRANSLATE_NOOP("explore", "front"),
    "mid": QT_TRANSLATE_NOOP("explore", "mid"),
    "rear": QT_TRANSLATE_NOOP("explore", "rear"),
    "fwd": QT_TRANSLATE_NOOP("explore", "front-wheel drive"),
    "rwd": QT_TRANSLATE_NOOP("explore", "rear-wheel drive"),
    "awd": QT_TRANSLATE_NOOP("explore", "four-wheel drive"),
    "manual": QT_TRANSLATE_NOOP("explore", "manual"),
    "automatic": QT_TRANSLATE_NOOP("explore", "automatic"),
    "cvt": QT_TRANSLATE_NOOP("explore", "CVT"),
    "dct": QT_TRANSLATE_NOOP("explore", "twin-clutch"),
    # (the intercooler's choice: not "True, False")
    "True": QT_TRANSLATE_NOOP("explore", "fitted"),
    "False": QT_TRANSLATE_NOOP("explore", "none"),
}


def option_text(value: Any) -> str:
    """A choice of the build format in the user's language (``tall_wagon`` -> "tall wagon")."""
    word = OPTION_WORDS.get(str(value))
    return tr(word) if word is not None else str(value).replace("_", " ")


def field_label(path: str) -> str:
    v = CATALOGUE.get(path)
    return tr(v.label) if v is not None and v.label else path


def ask_challenge_path(parent: QWidget, folder: str) -> str:
    return file_dialogs.open_file_name(
        parent, tr("Open challenge"), folder, tr("Class challenges (*.challenge.json *.json)")
    )


def value_text(value: float | None, figure: str | None) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    if figure is None:
        return f"{value:.3f}"
    return fmt.figure(value, figure)  # as the dashboard's card


class ExplorePanel(QWidget):
    """The explorer: the question on the left, the answers on the right."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.executors = ExecutorHolder()
        self.thread: SearchThread | None = None
        self._busy = False  # a job started and its end not yet taken in (see running)
        # the focused button that started the running job (the focus is on Cancel meanwhile)
        self._focus_back: QWidget | None = None
        self.result: SearchResult | None = None
        self.challenge: Challenge | None = None
        self._job_kind = ""
        self._job_problem: Problem | None = None  # the question the running job answers
        # the last tornado chart's bars and its question, drawn again in a new language
        self._bars: tuple[Any, Problem] | None = None
        self._map_result: SearchResult | None = None
        self._fields_timer = QTimer(self)
        self._fields_timer.setSingleShot(True)
        self._fields_timer.setInterval(0)  # (the fields' least width: _fit_fields_table)
        self._fields_timer.timeout.connect(self._fit_fields_table)
        self._build_question()
        self._build_answers()
        # Enter presses the focused button, as Space does: a person who tabs to Search and
        # presses Enter runs it (outside a dialog a button took no Enter: nothing happened).
        for b in (
            self.search_button,
            self.sweep_button,
            self.cancel_button,
            self.apply_button,
            self.tornado_button,
            self.map_button,
        ):
            b.setAutoDefault(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.question_scroll)
        answers = QWidget()
        al = QVBoxLayout(answers)
        al.setContentsMargins(0, 0, 0, 0)
        run_row = QHBoxLayout()
        run_row.addLayout(self.run_buttons)
        run_row.addWidget(self.progress, 1)
        al.addLayout(run_row)
        # Your build's figure and the status on one line where that is lower than one
        # above the other (keiconfig.ui.shared_line)
        self.says = SharedLine(self.comparison, self.status)
        al.addWidget(self.says)
        al.addWidget(self.tabs, 1)
        tab_keys.serve(answers, self.tabs)  # Ctrl+PageDown on Search, after a search too
        split.addWidget(answers)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.splitter = split
        # The question column as wide as its contents in the present text size, and as
        # its era names where there is room (see _fit_question).
        self._question_moved = False  # the person dragged the splitter: their width
        split.splitterMoved.connect(self._question_dragged)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_question)
        self._revealing = False  # a run's answer is followed into view (_reveal_answer)
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(0)
        self._reveal_timer.timeout.connect(self._reveal_step)
        self._question.installEventFilter(self)
        self.cancel_button.installEventFilter(self)  # (Escape on it stops the run)
        self.best_table.installEventFilter(self)  # (its least height: rows, any font)
        self.fields.installEventFilter(self)  # (its least width: names and values, any font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.document.changed.connect(self._update_comparison)
        # "Changes from your build" are from the open build as it is now, and the Pareto
        # plot's star is where it is now
        self.document.changed.connect(lambda _c: self.result is not None and self._fill_best())
        self.document.changed.connect(lambda _c: self._show_base())
        self._update_comparison()
        self._fit_fields_table()

    # -- the question ---------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # the era names in the new language
            for i in range(self.era_box.count()):
                self.era_box.setItemText(i, regulations.era(self.era_box.itemData(i)).label)
            for row, v in enumerate(CATALOGUE.values()):
                every = self.fields.item(row, 1)
                if v.kind == "choice" and every is not None:
                    _say_options(every, v.options)
            # Texts made from templates (figures, counts) are made again; the static ones
            # follow the translator (keiconfig.ui.i18n), a progress bar's format not.
            self.progress.setFormat(tr("%v of %m builds"))
            self.status.setText(self._status_text())
            self._update_comparison()
            self._fill_best()
            if self.result is not None:
                self._show_pareto()
            if self._bars is not None:
                self._draw_tornado(*self._bars)
            if self._map_result is not None:
                self._draw_map(self._map_result)
            if self.challenge is not None:
                self.challenge_label.setText(
                    tr("Challenge: {title}").format(
                        title=plain.breakable(plain.one_line(self.challenge.title))
                    )
                )

    # -- the question column's width -------------------------------------------------------
    QUESTION_SHARE = 0.48  # of the explorer's width, at most, to show the era names whole

    def question_widths(self) -> tuple[int, int]:
        """(least, wanted) widths of the question column: its contents' least width in the
        present text size, and the width at which the era box shows its longest name (the
        box widens with the column)."""
        scroll = self.question_scroll
        bar = scroll.verticalScrollBar().sizeHint().width()
        least = self._question.minimumSizeHint().width() + bar + 2 * scroll.frameWidth() + 4
        box = self.era_box
        longest = max(
            (box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count())),
            default=0,
        )
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        now = scroll.width()
        if self.splitter.orientation() == Qt.Orientation.Horizontal and self.splitter.count():
            now = self.splitter.sizes()[0]
        return least, now + max(longest - field.width(), 0)

    def side_by_side_width(self) -> int:
        """The least width of the question and the answers side by side: the question
        column's least width, the splitter's handle and the answers' least width."""
        least, _ = self.question_widths()
        answers = self.splitter.widget(1)
        return least + self.splitter.handleWidth() + answers.minimumSizeHint().width()

    def stacked(self) -> bool:
        """The question above the answers (the explorer too narrow for them side by side)."""
        return self.splitter.orientation() == Qt.Orientation.Vertical

    def _arrange(self, least: int) -> None:
        """The question beside the answers where the explorer is as wide as both need, else
        above them, whole, the explorer scrolling up and down: side by side whatever its
        width, a floating explorer in projector mode with larger text (Ctrl+= twice) at
        1280x720 was 1,345 px wide in its 1,277 px (1,525 in Japanese): it scrolled
        sideways, Open This Build read "Op". Its least width is the wider column's."""
        split = self.splitter
        answers = split.widget(1)
        one = max(least, answers.minimumSizeHint().width())
        if split.minimumWidth() != one:
            split.setMinimumWidth(one)  # (the explorer's least width: one column's)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else self.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        stacked = room < least + split.handleWidth() + answers.minimumSizeHint().width()
        scroll = self.question_scroll
        if stacked:  # the question whole, its own height: the explorer scrolls, not it
            q = self._question
            tall = max(q.sizeHint().height(), q.minimumSizeHint().height())
            tall += 2 * scroll.frameWidth()
            if scroll.minimumHeight() != tall:
                scroll.setMinimumHeight(tall)
        if stacked == self.stacked():
            return
        if stacked:
            split.setOrientation(Qt.Orientation.Vertical)
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        else:
            scroll.setMinimumHeight(0)
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            split.setOrientation(Qt.Orientation.Horizontal)
        self._fit_timer.start()  # (the column's width once laid out so)

    def _fit_question(self) -> None:
        """The question column never narrower than its contents: its least width follows
        the text size (set once, at the normal size, projector mode's larger text cut the
        era, the fields and the mix at 1920×1080); and, while the person has not dragged
        the splitter, as wide as its era names where the explorer has room (at most
        :data:`QUESTION_SHARE` of it: the answers keep the rest). Where the explorer is
        narrower than the two columns need, the question is above the answers
        (:meth:`_arrange`)."""
        least, wanted = self.question_widths()
        scroll = self.question_scroll
        if scroll.minimumWidth() != least:
            scroll.setMinimumWidth(least)
        self._arrange(least)
        if self.stacked():
            return
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        target = least
        if not self._question_moved:
            target = max(least, min(wanted, int(total * self.QUESTION_SHARE)))
        if sizes[0] < target:
            self.splitter.setSizes([target, max(total - target, 1)])
            self._fit_timer.start()  # measured again once laid out at this width (it grows)

    def _question_dragged(self, _pos: int, _index: int) -> None:
        self._question_moved = True

    BEST_ROWS_SHOWN = 3  # the best list shows at least this many rows (and scrolls)

    def _fit_best_table(self) -> None:
        """The best list's rows as tall as its heading's (their text's height and the
        style's margins, in the present text size), and the list at least
        :data:`BEST_ROWS_SHOWN` rows high: the selected build's changes below it, wrapped,
        squeezed it to one row (in projector mode at 1280x720 in Japanese); the explorer
        scrolls instead. Qt's rows are 30 px whatever the text: 12 px of blank in each at
        the normal size (three rows asked 36 px the explorer did not have at 1366x768), and
        in projector mode the Japanese changes' lines (32 px) were cut."""
        t = self.best_table
        rows = t.verticalHeader()
        row = max(t.horizontalHeader().sizeHint().height(), rows.minimumSectionSize())
        if rows.defaultSectionSize() != row:
            rows.setDefaultSectionSize(row)
        bar = t.horizontalScrollBar().sizeHint().height()
        want = t.horizontalHeader().sizeHint().height() + self.BEST_ROWS_SHOWN * row + bar
        want += 2 * t.frameWidth()
        if t.minimumHeight() != want:
            t.setMinimumHeight(want)
            widget: QWidget | None = t  # (the layouts round it learn it now, as a chart's)
            while widget is not None and not widget.isWindow():
                widget.updateGeometry()
                widget = widget.parentWidget()

    def _fit_fields_table(self) -> None:
        """The fields to vary at least as wide as their names and their From and To values
        in the present text size: the question column's least width knew nothing of them,
        and with larger text (projector mode, Ctrl+= twice) its From and To cells cut
        "2,500" to "2,50"."""
        t = self.fields
        header = t.horizontalHeader()
        names = max(t.sizeHintForColumn(0), header.sectionSizeHint(0))
        values = max(header.sectionSizeHint(1), header.sectionSizeHint(2))
        for lo, hi in self._range_boxes.values():
            for box in (lo, hi):
                space = box.fontMetrics().horizontalAdvance(" ")
                values = max(values, box.fontMetrics().horizontalAdvance(box.text()) + 2 * space)
        bar = t.verticalScrollBar().sizeHint().width()
        want = names + 2 * values + bar + 2 * t.frameWidth()
        if t.minimumWidth() != want:
            t.setMinimumWidth(want)
            widget: QWidget | None = t  # (the question column's least width knows it now)
            while widget is not None and not widget.isWindow():
                widget.updateGeometry()
                widget = widget.parentWidget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.best_table and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.Show,
        ):
            self._fit_best_table()
            return False
        if watched is self.fields and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.Show,
        ):
            self._fields_timer.start()  # (once its value boxes have the new font too)
            return False
        if (
            watched is self.cancel_button
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.cancel_button.isEnabled()
        ):
            self.cancel()  # (Escape stops the run, as Space and Enter on Cancel do)
            return True
        if watched is self._question and event.type() == QEvent.Type.LayoutRequest:
            self._fit_timer.start()  # (a new text size: its least width is learnt now)
        elif self._revealing and event.type() in self.PERSONS_EVENTS:
            self._stop_revealing()  # (the person takes over: where they look is theirs)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field of the question (a range, the era, the objective, the budget,
        the seed) runs the search, as in a search form: a student who chose an era and
        pressed Enter saw nothing happen (outside a dialog a field's Enter went nowhere).
        The field passes Enter on after taking what was typed (a spin box's text, a closed
        list's choice), so the search asks what the form now says; the focus stays in the
        field. Enter on a button or in the answers is theirs (they take it first)."""
        focused = QApplication.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and focused is not None
            and self.question_scroll.isAncestorOf(focused)
            and self.search_button.isEnabled()
        ):
            event.accept()
            self.start_search()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()
        if self._revealing:  # (the answer grew, or the explorer: in view again)
            self._reveal_timer.start()

    # -- the answer in view ------------------------------------------------------------------
    # What a person does that ends the following of an answer (see _reveal_answer).
    PERSONS_EVENTS: Final = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
        }
    )

    def _reveal_answer(self) -> None:
        """At the end of a run, its answer in the explorer's view: the status line and the
        tab it is on where they fit, else the tab, else the tab's page, else the chart on
        it with its caption, else the chart's top. The explorer scrolls where it has no
        room (projector mode with the Classroom and the Comparison open): a search's table
        or a chart ended below the fold, its caption and axis unseen, and nothing brought
        them into view. Followed while its layout settles (a chart grows to its names'
        height once drawn), until the person presses a key, clicks or turns the wheel."""
        if self._scroll_around() is None:
            return
        if not self._revealing:
            self._revealing = True
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        self._reveal_timer.start()

    def _stop_revealing(self) -> None:
        self._revealing = False
        self._reveal_timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _scroll_around(self) -> QScrollArea | None:
        """The scroll area the explorer is in (the dock's), if any."""
        w = self.parentWidget()
        while w is not None and not isinstance(w, QScrollArea):
            w = w.parentWidget()
        return w

    def _reveal_step(self) -> None:
        scroll = self._scroll_around()
        if not self._revealing or scroll is None:
            return
        view = scroll.viewport().height()

        def span(w: QWidget) -> tuple[int, int]:
            top = w.mapTo(self, QPoint(0, 0)).y()
            return top, top + w.height()

        page = self.tabs.currentWidget()
        tabs_top, tabs_bottom = span(self.tabs)
        page_top, page_bottom = span(page)
        regions = [(span(self.status)[0], tabs_bottom), (tabs_top, tabs_bottom)]
        chart = page.findChild(RoomyPlot)
        if chart is None:
            regions.append((page_top, page_bottom))
        else:  # (the page with its button, then the chart alone: no margins below it)
            chart_top, chart_bottom = span(chart)
            regions += [(page_top, chart_bottom), (chart_top, chart_bottom)]
        top, bottom = next(((t, b) for t, b in regions if b - t <= view), regions[-1])
        bottom = min(bottom, top + view)
        bar = scroll.verticalScrollBar()
        value = bar.value()
        if bottom > value + view:
            value = bottom - view
        value = min(value, top)
        if value != bar.value():
            bar.setValue(value)

    def _build_question(self) -> None:
        q = QWidget()
        self._question = q
        column = QVBoxLayout(q)
        self.challenge_label = QLabel()
        self.challenge_label.setTextFormat(Qt.TextFormat.PlainText)
        self.challenge_label.setWordWrap(True)
        self.challenge_label.hide()
        column.addWidget(self.challenge_label)

        rules = QGroupBox(tr("Rules"))
        form = QFormLayout(rules)
        self.era_box = ElidingComboBox()  # (cut with "…" in a narrow explorer)
        # Era labels are long ("1998 rules (3400 × 1480 mm, 660 cc)"): the box may be
        # narrower than the longest, so the question column fits a small window.
        self.era_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.era_box.setMinimumContentsLength(14)
        for e in regulations.eras():
            self.era_box.addItem(e.label, e.id)
        self.era_box.setCurrentIndex(self.era_box.findData(self.document.era))
        self.era_box.setAccessibleName(tr("Era"))
        self.era_box.setToolTip(tr("The kei rules every build found must keep"))
        # The era on a row of its own, its label above it: the box the column's whole
        # width (beside the label column, "1998 rules (3400 × 1480 m…" was cut in
        # projector mode at 1280x720).
        era_label = QLabel(tr("E&ra:"))
        era_label.setBuddy(self.era_box)
        form.addRow(era_label)
        form.addRow(self.era_box)
        self.agreement_box = QCheckBox(tr("Makers' &64 PS agreement"))
        self.agreement_box.setChecked(True)
        self.agreement_box.setToolTip(
            tr("Keep the makers' 64 PS agreement too (not law): untick to allow more power")
        )
        form.addRow(self.agreement_box)
        self.seats_box = QSpinBox()
        self.seats_box.setRange(0, 8)
        self.seats_box.setSpecialValueText(tr("any"))
        self.seats_box.setAccessibleName(tr("At least this many seats"))
        self.seats_box.setToolTip(tr("Every build found has at least this many seats"))
        form.addRow(tr("At &least seats:"), self.seats_box)
        self.style_box = QComboBox()
        self.style_box.addItem(tr("any"), "")
        for s in BODY_STYLES:
            self.style_box.addItem(option_text(s), s)
        self.style_box.setAccessibleName(tr("Body style"))
        self.style_box.setToolTip(tr("Every build found has this body style"))
        form.addRow(tr("Bod&y style:"), self.style_box)
        self.weight_box = QSpinBox()
        self.weight_box.setRange(0, 3000)
        self.weight_box.setSingleStep(10)
        self.weight_box.setSuffix(" kg")
        group_digits(self.weight_box)
        self.weight_box.setSpecialValueText(tr("no ceiling"))
        self.weight_box.setAccessibleName(tr("Kerb weight ceiling"))
        self.weight_box.setToolTip(tr("Every build found weighs at most this (kerb weight)"))
        form.addRow(tr("Wei&ght at most:"), self.weight_box)
        column.addWidget(rules)

        goal = QGroupBox(tr("Objective"))
        gform = QFormLayout(goal)
        self.objective_box = QComboBox()
        for name in OBJECTIVES:
            self.objective_box.addItem(figure_label(name), name)
        self.objective_box.addItem(tr("weighted mix…"), MIX)
        self.objective_box.setAccessibleName(tr("Objective"))
        self.objective_box.setToolTip(
            tr(
                "What the search makes best: a time as short, or top speed, power to weight "
                "or range as high as it can; or a weighted mix of figures"
            )
        )
        gform.addRow(tr("&Best:"), self.objective_box)
        self.mix_edit = QLineEdit("zero_to_100kmh_s=1, top_speed_kmh=0.5")
        self.mix_edit.setAccessibleName(tr("Weights of the mix"))
        self.mix_edit.setToolTip(
            tr("Figures and weights, e.g. zero_to_100kmh_s=1, top_speed_kmh=0.5")
        )
        self.mix_edit.setEnabled(False)
        gform.addRow(tr("Mi&x:"), self.mix_edit)
        self.objective_box.currentIndexChanged.connect(self._objective_changed)
        column.addWidget(goal)

        vary = QGroupBox(tr("Vary (the rest stays as in your build)"))
        vl = QVBoxLayout(vary)
        self.fields = QTableWidget(len(CATALOGUE), 3)
        self.fields.setTabKeyNavigation(False)  # Tab leaves it (arrows move in it)
        self.fields.setAccessibleName(tr("Fields to vary"))
        fields_tip = tr(
            "Tick the fields the search may change and type each one's range in From "
            "and To; every other field stays as in your build"
        )
        self.fields.setToolTip(fields_tip)
        self.fields.setHorizontalHeaderLabels([tr("Field"), tr("From"), tr("To")])
        self.fields.verticalHeader().hide()
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._range_boxes: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        for row, (path, v) in enumerate(CATALOGUE.items()):
            item = QTableWidgetItem(field_label(path))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = path in DEFAULT_VARY or path == "year"
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setToolTip(path)
            self.fields.setItem(row, 0, item)
            if v.kind == "choice":
                every = QTableWidgetItem()
                _say_options(every, v.options)
                every.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.fields.setItem(row, 1, every)
                self.fields.setSpan(row, 1, 1, 2)
                continue
            boxes = []
            for col, value in ((1, v.lo), (2, v.hi)):
                box = QDoubleSpinBox()
                box.setDecimals(0 if v.integral else v.decimals)
                box.setRange(-1e6, 1e6)
                box.setValue(value)
                if path != "year":  # a year is a name: "1998", not "1,998"
                    group_digits(box)
                box.setFrame(False)
                box.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)  # typed; room
                end = tr("from") if col == 1 else tr("to")
                box.setAccessibleName(f"{field_label(path)} {end}")
                box.setToolTip(fields_tip)  # (the table's view answers for itself, not it)
                self.fields.setCellWidget(row, col, box)
                boxes.append(box)
            self._range_boxes[path] = (boxes[0], boxes[1])
            for box in boxes:  # (a longer value typed: the table as wide as it)
                box.valueChanged.connect(lambda _v: self._fields_timer.start())
        self.fields.setMinimumHeight(200)
        self._kept_checks: dict[str, bool] = {}  # ticks of the rows an electric car greys
        self._follow_powertrain()
        self.document.changed.connect(lambda _c: self._follow_powertrain())
        vl.addWidget(self.fields)
        column.addWidget(vary, 1)

        run = QGroupBox(tr("Search"))
        rl = QFormLayout(run)
        self.budget_box = QSpinBox()
        self.budget_box.setRange(50, 1_000_000)
        self.budget_box.setSingleStep(500)
        self.budget_box.setValue(DEFAULT_BUDGET)
        group_digits(self.budget_box)
        self.budget_box.setAccessibleName(tr("Builds to judge"))
        self.budget_box.setToolTip(
            tr("How many builds the search judges: more may find a better one, and take longer")
        )
        rl.addRow(tr("Builds to &judge:"), self.budget_box)
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, 1_000_000)
        self.seed_box.setValue(DEFAULT_SEED)
        self.seed_box.setToolTip(tr("The same seed gives the same answer"))
        self.seed_box.setAccessibleName(tr("Random seed"))
        rl.addRow(tr("See&d:"), self.seed_box)
        buttons = QHBoxLayout()
        self.search_button = QPushButton(tr("&Search"))
        self.search_button.setToolTip(
            tr(
                "Tries about as many builds as Builds to judge says, changing every checked "
                "field, and keeps the best legal ones (differential evolution: each round "
                "mixes the best builds so far into new ones)"
            )
        )
        self.sweep_button = QPushButton(tr("Swee&p"))
        self.sweep_button.setToolTip(
            tr(
                "Tries every combination of the one or two checked fields in even steps "
                "(a grid), the rest as in your build"
            )
        )
        self.cancel_button = QPushButton(tr("Ca&ncel"))
        self.cancel_button.setToolTip(tr("Stops the search or sweep that is running"))
        self.cancel_button.setEnabled(False)
        for b in (self.search_button, self.sweep_button, self.cancel_button):
            buttons.addWidget(b)
        self.run_buttons = buttons  # shown above the answers (see __init__)
        self.progress = CountBar()
        self.progress.setAccessibleName(tr("Search progress"))
        self.progress.setFormat(tr("%v of %m builds"))
        # (empty before a search, it looked like a text box that said nothing when asked)
        self.progress.setToolTip(
            tr("How far the search or sweep has got: the builds judged so far, of all it judges")
        )
        self.status = Caption()  # (its wrapped lines kept: the tabs below are not drawn over)
        self._status_text: Callable[[], str] = lambda: tr("Choose what may vary, then Search.")
        self.status.setText(self._status_text())
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.comparison = Caption()
        self.comparison.setTextFormat(Qt.TextFormat.PlainText)
        self.comparison.setWordWrap(True)
        font = self.comparison.font()
        font.setBold(True)
        self.comparison.setFont(font)
        self.comparison.setAccessibleName(tr("Your build against the best found"))
        column.addWidget(run)
        self.search_button.clicked.connect(lambda _c=False: self.start_search())
        self.sweep_button.clicked.connect(lambda _c=False: self.start_sweep())
        self.cancel_button.clicked.connect(lambda _c=False: self.cancel())
        for w in (self.era_box, self.objective_box, self.style_box):
            w.currentIndexChanged.connect(lambda _i: self._update_comparison())
        self.agreement_box.toggled.connect(lambda _b: self._update_comparison())
        self.seats_box.valueChanged.connect(lambda _v: self._update_comparison())
        self.weight_box.valueChanged.connect(lambda _v: self._update_comparison())
        self.mix_edit.editingFinished.connect(self._update_comparison)

        self.question_scroll = QScrollArea()
        self.question_scroll.setWidget(q)
        self.question_scroll.setWidgetResizable(True)
        self.question_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (its controls are stops)
        self.question_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.question_scroll.verticalScrollBar().sizeHint().width()
        self.question_scroll.setMinimumWidth(q.minimumSizeHint().width() + bar + 4)

    def _say(self, text: Callable[[], str]) -> None:
        """Show a status line, made again in the new language when the language changes."""
        self._status_text = text
        self.status.setText(text())

    def _objective_changed(self) -> None:
        data = self.objective_box.currentData()
        self.mix_edit.setEnabled(data == MIX)
        if data in FIGURES and hasattr(self, "x_box"):  # the Pareto plot: what is made best
            other = "kerb_weight_kg" if data != "kerb_weight_kg" else "zero_to_100kmh_s"
            if self.y_box.currentData() == data:
                self.y_box.setCurrentIndex(self.y_box.findData(other))
            self.x_box.setCurrentIndex(self.x_box.findData(data))

    # -- the answers ----------------------------------------------------------------------
    def _build_answers(self) -> None:
        self.tabs = TabWidget()  # (asks no more height than its page needs)
        # Best builds
        best = QWidget()
        bl = QVBoxLayout(best)
        bl.setContentsMargins(*[PAGE_MARGIN] * 4)
        self.best_table = QTableWidget(0, 5)
        self.best_table.setTabKeyNavigation(False)  # Tab leaves it (arrows move in it)
        self.best_table.setAccessibleName(tr("Best legal builds"))
        self.best_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.best_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.best_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.best_table.verticalHeader().hide()
        self.best_table.horizontalHeader().setStretchLastSection(True)
        self.best_table.cellActivated.connect(lambda row, _c: self.apply_best(row))
        self.best_table.setToolTip(tr("Double-click a build (or press Enter) to open it"))
        bl.addWidget(self.best_table, 1)
        row = QHBoxLayout()
        self.apply_button = QPushButton(tr("&Open This Build"))
        self.apply_button.setToolTip(tr("Make the selected build the open build (one undo step)"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(
            lambda _c=False: self.apply_best(self.best_table.currentRow())
        )
        # The selected build's changes whole, wrapped: its cell is cut to a few words
        # ("全長 (m…" in projector mode), and its tooltip, which has them all, never shows
        # to the keys.
        self.best_changes = Caption()
        self.best_changes.setTextFormat(Qt.TextFormat.PlainText)
        self.best_changes.setWordWrap(True)
        self.best_changes.setAccessibleName(tr("Changes of the selected build"))
        self.best_table.currentCellChanged.connect(lambda *_a: self._show_changes())
        # Open This Build beside them, not under: with the rows as tall as their text
        # (_fit_best_table) the page reads at 1366x768 with the explorer below the
        # dashboard, where the dashboard at its least height leaves it 306 px (284 in
        # Japanese): it asked 310 (330), its button and its table's last row scrolled out.
        row.addWidget(self.best_changes, 1)
        row.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignTop)
        bl.addLayout(row)
        self.tabs.addTab(best, tr("Best b&uilds"))
        self._fill_best()
        self.objective_box.currentIndexChanged.connect(
            lambda _i: self.result is None and self._fill_best()
        )
        # Pareto
        pareto_tab = QWidget()
        pl = QVBoxLayout(pareto_tab)
        pl.setContentsMargins(*[PAGE_MARGIN] * 4)
        axes = QHBoxLayout()
        self.x_box = WholeChoiceComboBox()
        self.y_box = WholeChoiceComboBox()
        for box, default in ((self.x_box, "zero_to_100kmh_s"), (self.y_box, "kerb_weight_kg")):
            for f in FIGURES:
                box.addItem(figure_label(f), f)
            box.setCurrentIndex(box.findData(default))
            box.currentIndexChanged.connect(lambda _i: self._show_pareto())
        self.x_box.setAccessibleName(tr("Across"))
        self.y_box.setAccessibleName(tr("Up"))
        axes.addWidget(QLabel(tr("Across:")))
        axes.addWidget(self.x_box)
        axes.addWidget(QLabel(tr("Up:")))
        axes.addWidget(self.y_box)
        axes.addStretch(1)
        pl.addLayout(axes)
        self.pareto = ParetoPlot()
        self.pareto.outcome_clicked.connect(self.apply_outcome)
        pl.addWidget(self.pareto, 1)
        self.tabs.addTab(pareto_tab, tr("P&areto"))
        self.tabs.setTabToolTip(  # (the tab's name is a term a class may not know)
            self.tabs.count() - 1,
            tr(
                "Every build judged, one figure across and one up. The line joins the legal "
                "builds that no other legal build beats in both (the Pareto front): the best "
                "trade-offs between the two"
            ),
        )
        # Sensitivity
        sens = QWidget()
        sl = QVBoxLayout(sens)
        sl.setContentsMargins(*[PAGE_MARGIN] * 4)
        top = QHBoxLayout()
        self.tornado_button = QPushButton(tr("Sweep Each Chec&ked Field Alone"))
        self.tornado_button.clicked.connect(lambda _c=False: self.start_tornado())
        top.addWidget(self.tornado_button)
        top.addStretch(1)
        sl.addLayout(top)
        self.tornado = TornadoPlot()
        sl.addWidget(self.tornado, 1)
        self.tabs.addTab(sens, tr("Sens&itivity"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1,
            tr("How far each checked field alone moves the objective, the rest as in your build"),
        )
        # Map
        map_tab = QWidget()
        ml = QVBoxLayout(map_tab)
        ml.setContentsMargins(*[PAGE_MARGIN] * 4)
        self.map_x = WholeChoiceComboBox()
        self.map_y = WholeChoiceComboBox()
        numeric = [p for p, v in CATALOGUE.items() if v.kind != "choice"]
        for box, default in (
            (self.map_x, "engine.displacement_cc"),
            (self.map_y, "overrides.kerb_weight_kg"),
        ):
            for p in numeric:
                box.addItem(field_label(p), p)
            box.setCurrentIndex(box.findData(default))
        # The field names are long ("kerb weight, pinned (kg)"): squeezed, the boxes may be
        # narrower than the longest (the list shows it whole), never than the one chosen,
        # so the explorer fits a 1280 px window in projector mode without a scroll bar
        # hiding its right edge. The map's two on two lines where one has not the room
        # (MapAxes).
        self.map_x.setAccessibleName(tr("Map across"))
        self.map_y.setAccessibleName(tr("Map up"))
        self.map_button = QPushButton(tr("Dra&w Map"))
        self.map_button.clicked.connect(lambda _c=False: self.start_map())
        self.map_axes = MapAxes(
            (QLabel(tr("Across:")), self.map_x), (QLabel(tr("Up:")), self.map_y), self.map_button
        )
        ml.addWidget(self.map_axes)
        self.map = MapPlot()
        ml.addWidget(self.map, 1)
        self.tabs.addTab(map_tab, tr("&Map"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1,
            tr(
                "Two fields over their ranges, each cell shaded by the objective; a blank cell "
                "breaks a rule"
            ),
        )

    # -- reading the form -----------------------------------------------------------------
    def checked_fields(self) -> list[str]:
        out = []
        for row in range(self.fields.rowCount()):
            item = self.fields.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked_fields(self, paths: list[str]) -> None:
        for row in range(self.fields.rowCount()):
            item = self.fields.item(row, 0)
            path = str(item.data(Qt.ItemDataRole.UserRole))
            if path in self._kept_checks:  # greyed: ticked again on a switch to petrol
                self._kept_checks[path] = path in paths
                continue
            on = path in paths
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _follow_powertrain(self) -> None:
        """An electric car's engine and gearbox rows, and a petrol car's motor and battery
        rows, are greyed and unticked (they would vary nothing); a switch of powertrain
        ticks them again as they were."""
        unused = unused_by(self.document.build)
        if unused == frozenset(self._kept_checks):
            return
        for row in range(self.fields.rowCount()):
            item = self.fields.item(row, 0)
            path = str(item.data(Qt.ItemDataRole.UserRole))
            grey = path in unused
            if grey == (path in self._kept_checks):
                continue
            if grey:
                self._kept_checks[path] = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(
                    tr("An electric car has no engine or gearbox to vary")
                    if self.document.build.electric
                    else tr("A car with an engine has no motor or battery to vary")
                )
            else:
                on = self._kept_checks.pop(path)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                item.setToolTip(path)
            every = self.fields.item(row, 1)  # a choice's options
            if every is not None:
                every.setFlags(Qt.ItemFlag.NoItemFlags if grey else Qt.ItemFlag.ItemIsEnabled)
            for col in (1, 2):
                box = self.fields.cellWidget(row, col)
                if box is not None:
                    box.setEnabled(not grey)

    def set_range(self, path: str, lo: float, hi: float) -> None:
        a, b = self._range_boxes[path]
        a.setValue(lo)
        b.setValue(hi)

    def rules(self) -> Rules:
        return Rules(
            str(self.era_box.currentData()),
            agreement=self.agreement_box.isChecked(),
            min_seats=self.seats_box.value() or None,
            body_styles=(str(self.style_box.currentData()),)
            if self.style_box.currentData()
            else (),
            max_kerb_weight_kg=float(self.weight_box.value()) or None,
        )

    def objective(self) -> Objective:
        data = self.objective_box.currentData()
        if data == MIX:
            return Objective.parse(self.mix_edit.text())
        return Objective.single(str(data))

    def problem(self, fields: list[str] | None = None) -> Problem:
        """The question on the form, over the open build (raises a sentence if it cannot be)."""
        rules = self.rules()
        paths = self.checked_fields() if fields is None else fields
        ranges = {}
        for p in paths:
            if p in self._range_boxes:
                a, b = self._range_boxes[p]
                ranges[p] = (a.value(), b.value())
        if "year" in ranges:
            # The model years of the era, within the range asked for.
            from keiconfig.core.explore_space import era_years

            first, last = era_years(rules.era)
            lo, hi = ranges["year"]
            ranges["year"] = (
                (max(lo, first), min(hi, last))
                if max(lo, first) <= min(hi, last)
                else (first, last)
            )
        space = make_space(self.document.build, paths, ranges, era_id=rules.era)
        return Problem(space, rules, self.objective())

    # -- running --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """A job runs, or has ended and its result (or failure) is not yet delivered: its
        thread's end comes after the result in the window's queue. (The thread's own
        isRunning() turned False before the result arrived: a job started then was
        answered by the last one's result, a search's result drawn as a tornado chart.)"""
        return self._busy

    def _start(self, kind: str, job: Any, total: int, problem: Problem) -> bool:
        if self.running:
            return False
        self._job_kind = kind
        self._job_problem = problem  # the form may change while it runs
        thread = SearchThread(job, self)
        thread.progress.connect(self._progress)
        thread.done.connect(self._done)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._thread_finished)
        self.thread = thread
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self._busy = True
        pressed = QApplication.focusWidget()
        self._set_running(True)
        # The button pressed is disabled while it runs, and Qt gave its focus to the next
        # widget (the answers' tab bar, where Space did nothing and an arrow changed the
        # tab): the focus is on Cancel instead, so Space, Enter or Escape stops the run,
        # and back on the button pressed at the end. (Started with its Alt letter, or from
        # a field, the focus stays where it is: the person is typing there.)
        self._focus_back = None
        if QApplication.focusWidget() is not pressed:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_back = pressed
        thread.start()
        return True

    def _set_running(self, on: bool) -> None:
        for b in (self.search_button, self.sweep_button, self.tornado_button, self.map_button):
            b.setEnabled(not on)
        self.cancel_button.setEnabled(on)

    def _form_problem(self, fields: list[str] | None = None) -> Problem | None:
        try:
            return self.problem(fields)
        except (SpaceError, ProblemError, ValueError) as e:
            why = str(e)
            self._say(lambda: tr("Cannot search: {why}").format(why=why))
            return None

    def start_search(self) -> bool:
        problem = self._form_problem()
        if problem is None:
            return False
        budget, seed = self.budget_box.value(), self.seed_box.value()
        executor = self.executors.get()
        # scipy's optimiser is imported here, in the GUI thread, not first in the worker:
        # a first import of scipy.optimize in the worker thread while the GUI thread runs
        # its event loop was seen to hang the test session.
        import scipy.optimize  # type: ignore[import-untyped]  # noqa: F401

        self._say(lambda: tr("Searching…"))

        def job(cancel: Any, progress: Any) -> SearchResult:
            return optimise(problem, budget, seed, executor, cancel, progress)

        return self._start("search", job, budget, problem)

    def start_sweep(self) -> bool:
        fields = self.checked_fields()
        if not 1 <= len(fields) <= 2:
            self._say(
                lambda: tr("A sweep takes one or two checked fields; Search takes any number.")
            )
            return False
        problem = self._form_problem()
        if problem is None:
            return False
        n = 60 if len(fields) == 1 else 25
        executor = self.executors.get()
        total = len(grid(problem.space, n))

        def job(cancel: Any, progress: Any) -> SearchResult:
            return sweep(problem, n, executor, cancel, progress)

        self._say(lambda: tr("Sweeping…"))
        return self._start("sweep", job, total, problem)

    def start_tornado(self) -> bool:
        fields = self.checked_fields()
        problem = self._form_problem()
        if problem is None or not fields:
            return False
        rules, objective = problem.rules, problem.objective
        base = self.document.build
        executor = self.executors.get()

        def job(cancel: Any, progress: Any) -> Any:
            try:
                return sensitivity(
                    base, rules, objective, fields, TORNADO_STEPS, executor, cancel, progress
                )
            except Cancelled:
                return None  # (said as "Cancelled.", never as the exception's name)

        self._say(lambda: tr("Sweeping each field alone…"))
        total = sensitivity_size(base, rules, fields, TORNADO_STEPS)
        return self._start("tornado", job, total, problem)

    def start_map(self) -> bool:
        fx, fy = str(self.map_x.currentData()), str(self.map_y.currentData())
        if fx == fy:
            self._say(lambda: tr("Choose two different fields for the map."))
            return False
        problem = self._form_problem([fx, fy])
        if problem is None:
            return False
        executor = self.executors.get()

        def job(cancel: Any, progress: Any) -> SearchResult:
            return sweep(problem, MAP_STEPS, executor, cancel, progress)

        self._say(lambda: tr("Drawing the map…"))
        return self._start("map", job, len(grid(problem.space, MAP_STEPS)), problem)

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()
            self._say(lambda: tr("Cancelling…"))

    def shutdown(self) -> None:
        """Stop any search and the worker processes (the window is closing)."""
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait()
        self._busy = False  # (the window is closing: its result is not shown)
        self.executors.shutdown()

    def _progress(self, p: Any) -> None:
        self.progress.setValue(min(p.evaluated, self.progress.maximum()))
        best: Outcome | None = p.best
        if best is not None and self._job_kind in ("search", "sweep") and self._job_problem:
            fig = self._job_problem.objective.figure  # (not the form's: it may have changed)
            self._say(
                lambda: tr(
                    "%Ln build(s) judged; best legal so far: {value}", "", p.evaluated
                ).format(value=value_text(best.value, fig))
            )

    def _failed(self, message: str) -> None:
        self._say(lambda: tr("The search stopped: {why}").format(why=message))

    def _thread_finished(self) -> None:
        self._busy = False  # (its result, or failure, was delivered before this)
        # (unless the person has put the focus somewhere since: asked before Cancel is
        # disabled, when Qt moves its focus on)
        on_cancel = QApplication.focusWidget() is self.cancel_button
        self._set_running(False)
        pressed, self._focus_back = self._focus_back, None
        if pressed is not None and on_cancel and pressed.isEnabled():
            pressed.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reveal_answer()

    def _judged(self, n: int) -> None:
        """The bar at the end of a run that was not cancelled: ``n`` builds judged, of
        ``n`` (a search judges about its budget: each build once, and a whole number of
        generations; a sweep judges each build of its grid once)."""
        self.progress.setRange(0, max(n, 1))
        self.progress.setValue(n)

    def _done(self, result: Any) -> None:
        kind = self._job_kind
        if kind == "tornado" and self._job_problem is not None:
            if result is None:
                self._say(lambda: tr("Cancelled."))
            else:
                self.progress.setValue(self.progress.maximum())  # (its size, counted)
                self._show_tornado(result, self._job_problem)
            return
        if not result.cancelled:
            self._judged(result.evaluated)
        else:  # (what the status line counts: the last report was a few builds before)
            self.progress.setValue(min(result.evaluated, self.progress.maximum()))
        if kind == "map":
            if result.cancelled:  # a part of the map would show unjudged cells as illegal
                n = result.evaluated
                self._say(lambda: tr("Cancelled after %Ln build(s); the map is not drawn.", "", n))
            else:
                self._show_map(result)
            return
        self.result = result
        self._say(
            lambda: sentences(
                (
                    (
                        tr("Cancelled after %Ln build(s).", "", result.evaluated)
                        if result.cancelled
                        else tr("%Ln build(s) judged.", "", result.evaluated)
                    ),
                    (
                        tr("%n legal build(s) are in the table.", "", len(result.best))
                        if result.best
                        else tr("No legal build was found: widen the ranges or the rules.")
                    ),
                    # the best build near an end of a range, the open build outside one
                    edges_sentence(result, result.problem.space.base),
                )
            )
        )
        self.best_table.setCurrentCell(-1, -1)  # a new list: its best build first
        self._fill_best()
        self._show_pareto()
        self._update_comparison()
        self.tabs.setCurrentIndex(0)

    # -- showing --------------------------------------------------------------------------
    def _fill_best(self) -> None:
        result = self.result
        t = self.best_table
        if result is None:  # the columns named before a search (not "1 2 3 4 5")
            try:
                fig = self.objective().figure
            except ProblemError:  # a mix being typed
                fig = None
        else:
            fig = result.problem.objective.figure
        headers = [
            "#",
            tr("score") if fig is None else figure_label(fig),
            figure_label("kerb_weight_kg"),
            figure_label("power_ps"),
            tr("Changes from your build"),
        ]
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(headers)
        header = t.horizontalHeader()
        for c in range(4):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        # The changes fill the rest of the row (each row's tooltip holds them all), their
        # heading from the left as they are (centred in a narrow explorer, both its ends
        # were cut: 'たのビルドからの').
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        item = t.horizontalHeaderItem(4)
        if item is not None:
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if result is None:
            t.setRowCount(0)
            self._show_changes()
            return
        t.setRowCount(len(result.best))
        base = self.document.build
        for r, found in enumerate(result.best):
            o = found.outcome
            power = fmt.figure(o.figure("power_ps"), "power_ps")
            changes = ", ".join(
                _change_text(p, v)
                # a cap the engine does not reach limits nothing: said, not read as a
                # build past the 64 PS agreement ("power cap (PS) 117.1")
                + (cap_note(found.build, power) if p == "engine.power_cap_ps" else "")
                for p, v in used_updates(found.updates, found.build).items()
                if p == "drivetrain.ratios" or _shown(v) != _shown(_base_value(base, p))
            ) or tr("none")
            if found.alike > 1:
                # builds that do the same (a power cap above what the engine makes) are one
                # row, with their count, as the CLI's best list and Pareto front say it
                changes += f"  ({translate_n('%n build(s)', '', found.alike)})"
            cells = [
                str(r + 1),
                value_text(o.value, fig),
                fmt.figure(o.figure("kerb_weight_kg"), "kerb_weight_kg", unit=False),
                fmt.figure(o.figure("power_ps"), "power_ps", unit=False),
                changes,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c < 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(changes)
                t.setItem(r, c, item)
        t.setWordWrap(False)
        self.apply_button.setEnabled(bool(result.best))
        if result.best:
            t.setCurrentCell(min(max(t.currentRow(), 0), len(result.best) - 1), 0)
        self._show_changes()

    def _show_changes(self) -> None:
        """The selected row's changes, whole, under the table ("1. length (mm) 2532, …")."""
        row = self.best_table.currentRow()
        item = self.best_table.item(row, 4) if row >= 0 else None
        self.best_changes.setText(f"{row + 1}. {item.text()}" if item is not None else "")

    def _show_pareto(self) -> None:
        if self.result is None:
            return
        base = judge_build(self.result.problem, self.document.build, self.document.performance)
        self.pareto.set_data(
            self.result.outcomes,
            str(self.x_box.currentData()),
            str(self.y_box.currentData()),
            base,
        )

    def _show_base(self) -> None:
        """The Pareto plot's star on the open build, as it is now."""
        if self.result is None:
            return
        doc = self.document
        self.pareto.set_base(judge_build(self.result.problem, doc.build, doc.performance))

    def _show_tornado(self, bars: Any, problem: Problem) -> None:
        self._bars = (bars, problem)
        self._draw_tornado(bars, problem)
        self._say(lambda: tr("Each checked field swept alone over its range."))
        self.tabs.setCurrentWidget(self.tornado.parentWidget())

    def _draw_tornado(self, bars: Any, problem: Problem) -> None:
        """The bars of ``problem``'s objective, swept from its build (the form and the open
        build may have changed since)."""
        base_value = judge_build(problem, problem.space.base).value
        fig = problem.objective.figure
        name = tr("score") if fig is None else figure_label(fig)
        labels = {p: field_label(p) for p in CATALOGUE}
        self.tornado.set_bars(
            bars, labels, name, base_value, lambda v: value_text(v, fig), option_text
        )

    def _show_map(self, result: SearchResult) -> None:
        self._map_result = result
        self._draw_map(result)
        self._say(lambda: tr("Map drawn: %Ln build(s).", "", result.evaluated))
        self.tabs.setCurrentWidget(self.map.parentWidget())  # (another tab may be in front)

    def _draw_map(self, result: SearchResult) -> None:
        space = result.problem.space
        vx, vy = space.variables
        from keiconfig.core.explore_search import axis

        xs = axis(vx.lo, vx.hi, vx.integral, False, MAP_STEPS)
        ys = axis(vy.lo, vy.hi, vy.integral, False, MAP_STEPS)
        values = np.full((len(xs), len(ys)), np.nan)
        xi = {x: i for i, x in enumerate(xs)}
        yi = {y: j for j, y in enumerate(ys)}
        for o in result.outcomes:
            i, j = xi.get(o.x[0]), yi.get(o.x[1])
            if i is not None and j is not None and o.legal and o.value is not None:
                values[i, j] = o.value
        fig = result.problem.objective.figure
        name = tr("score") if fig is None else figure_label(fig)
        build = self.document.build
        self.map.set_grid(
            xs,
            ys,
            values,
            field_label(vx.path),
            field_label(vy.path),
            name,
            rule_limit(vx.path, result.problem.rules, build),
            rule_limit(vy.path, result.problem.rules, build),
        )

    def _update_comparison(self) -> None:
        """ "your build: 11.8 s; best found: 9.6 s" """
        try:
            rules, objective = self.rules(), self.objective()
        except ProblemError:
            return
        space = make_space(self.document.build, ["body.length_mm"])
        try:
            problem = Problem(space, rules, objective)
        except ProblemError as e:  # the WLTC range asked of a car with an engine
            why = str(e)
            self.comparison.setText(tr("Your build: {value}").format(value="—") + f" ({why})")
            return
        mine = judge_build(problem, self.document.build, self.document.performance)
        fig = objective.figure
        text = tr("Your build: {value}").format(value=value_text(mine.value, fig))
        if not mine.legal:
            text += " " + tr("(breaks: {rules})").format(rules=failed_text(mine.failed))
        r = self.result
        if r is not None and r.problem.rules == rules and r.problem.objective == objective:
            best = r.best[0].outcome.value if r.best else None
            text += tr("; best found: {value}").format(value=value_text(best, fig))
        self.comparison.setText(text)

    # -- applying -------------------------------------------------------------------------
    def apply_best(self, row: int) -> bool:
        if self.result is None or not 0 <= row < len(self.result.best):
            return False
        return self.apply_outcome(self.result.best[row].outcome)

    def apply_outcome(self, outcome: Outcome) -> bool:
        """Open the build of a point of the last search: its varied fields over the open
        build, so what was changed since the search began, in a field it did not vary
        (the name, the seats, a pin), is kept, as "Changes from your build" says."""
        if self.result is None or not outcome.legal:
            return False
        space = self.result.problem.space
        if self.document.build != space.base:
            space = dataclasses.replace(space, base=self.document.build)
        try:
            build = space.build(outcome.x)
        except ValueError as e:
            why = str(e)
            self._say(
                lambda: tr("Cannot open that build on yours as it is now: {why}").format(why=why)
            )
            return False
        return self.apply_build(build, self.result.problem.rules.era)

    def apply_build(self, build: Build, era: str) -> bool:
        """The build becomes the open build judged by the era's rules (its ``judged_by``),
        as one undo step: undo takes back both (before, the build came back judged by the
        explorer's era, under which the car one had may well break the rules)."""
        doc = self.document
        if era != (build.judged_by or regulations.CURRENT_ERA):
            build = changed(build, {"judged_by": era})
        doc.replace(build, tr("Open explored build"))
        return True

    def set_challenge(self, challenge: Challenge) -> None:
        """Ask the question of a class challenge."""
        self.challenge = challenge
        r = challenge.rules
        self.era_box.setCurrentIndex(self.era_box.findData(r.era))
        self.agreement_box.setChecked(r.agreement)
        self.seats_box.setValue(r.min_seats or 0)
        self.style_box.setCurrentIndex(
            max(0, self.style_box.findData(r.body_styles[0] if len(r.body_styles) == 1 else ""))
        )
        self.weight_box.setValue(int(r.max_kerb_weight_kg or 0))
        fig = challenge.objective.figure
        if fig is not None and self.objective_box.findData(fig) >= 0:
            self.objective_box.setCurrentIndex(self.objective_box.findData(fig))
        else:
            self.objective_box.setCurrentIndex(self.objective_box.findData(MIX))
            self.mix_edit.setText(challenge.objective.text().replace(",", ", "))
        if challenge.vary:
            self.set_checked_fields(list(challenge.vary))
        self.challenge_label.setText(
            tr("Challenge: {title}").format(title=plain.breakable(plain.one_line(challenge.title)))
        )
        self.challenge_label.show()
        self._update_comparison()


class CountBar(QProgressBar):
    """A progress bar that writes its counts as the status line does, thousands grouped:
    "14,156 of 20,000 builds" (Qt's %v and %m wrote "14156 of 20000" beside a status line
    of "14,156 builds judged" and a Builds to judge box of "20,000")."""

    def text(self) -> str:
        if not super().text():  # (no count yet: Qt's empty text)
            return ""
        return (
            self.format()
            .replace("%v", fmt.number(self.value()))
            .replace("%m", fmt.number(self.maximum() - self.minimum()))
        )


def _say_options(cell: QTableWidgetItem, options: Any) -> None:
    """A choice's options in its row of the fields to vary, and whole in its tooltip (the
    cell cuts a long list: "front-wheel drive, rea…" in projector mode at 1280x720)."""
    text = ", ".join(option_text(o) for o in options)
    cell.setText(text)
    cell.setToolTip(tr("every option") + "\n" + text)


def _change_text(path: str, value: Any) -> str:
    """One change of a found build, as the best list says it."""
    if path == "drivetrain.ratios":  # the build's own ratios do not fit the gearbox found
        return tr("the model's gear ratios")
    return f"{field_label(path)} {_shown(value)}"


def _shown(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:g}"
    return option_text(v)


def _base_value(build: Build, path: str) -> Any:
    """The open build's value of a field, as the model takes it (None: a field the build
    does not use, an electric car's redline: a found build's value of it is a change)."""
    from keiconfig.core.build import get_field

    v = get_field(build, path)
    if v is None:
        try:
            space = make_space(build, [path])
        except SpaceError:  # (the best list of a petrol search, the open car now electric)
            return None
        return space.variables[0].decode(space.vector_of(build)[0])
    return v
