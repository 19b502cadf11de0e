"""Cars of this era: the shipped kei cars whose model year falls in the chosen rules' era.

The list follows the era selector (the document's era). Selecting a car shows its
figures beside the current build's; "Open this car" starts from it as a preset.
Figures are the model's (the same model as the build), so the comparison is fair;
published figures, where known, are in the tooltip.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import performance, presets, regulations
from keiconfig.core.build import Build
from keiconfig.core.results import Performance
from keiconfig.ui import format as fmt
from keiconfig.ui.document import Document
from keiconfig.ui.i18n import keep_words
from keiconfig.ui.refresh import follow


@functools.cache
def _preset_performance(preset_id: str) -> Performance:
    for p in presets.list_presets():
        if p.id == preset_id:
            return performance.evaluate(p.build)
    raise KeyError(preset_id)


def name_without_year(name: str, year: int | None) -> str:
    """ "Honda Beat (1991)" -> "Honda Beat"; "Seven 160 (2014, Japan-spec)" -> "Seven 160
    (Japan-spec)": the table has a Year column, and the name then fits without cutting."""
    if year is None:
        return name
    y = re.escape(str(year))
    name = re.sub(rf"\s*\({y}\)$", "", name)
    return re.sub(rf"\({y}[,、]\s*", "(", name)  # (Japanese: "(2014、日本仕様)")


def presets_of_era(era_id: str) -> list[presets.Preset]:
    """Presets whose model year falls in ``era_id`` and that are kei cars by its rules
    (oldest first): not the cars shipped for scale (the Volkswagen Polo GTI, the Fiat
    Cinquecento), which the list, "Cars built under the 1998 rules", gave as such. The
    makers' power agreement is not law: a car above it (the Caterham Seven 160) is one."""
    return [
        p
        for p in presets.list_presets()
        if p.build.year is not None
        and regulations.era_for_year(p.build.year) == era_id
        and not regulations.failed_laws(regulations.check(p.build, era_id))
    ]


class EraCarsPanel(QWidget):
    def __init__(
        self,
        document: Document,
        open_preset: Callable[[Build], None] | None = None,
        parent: QWidget | None = None,
        times_hidden: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._doc = document
        self._open_preset = open_preset
        self._times_hidden = times_hidden  # Guess First: your build's times are "?"
        self._era: str | None = None
        self.cars: list[presets.Preset] = []
        self.setAccessibleName(self.tr("Cars of this era"))

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it (arrows move in it)
        self.table.setAccessibleName(self.tr("Reference cars of the chosen era"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Car"),
                self.tr("Year"),
                # (short: the names want the room of a narrow Classroom panel)
                self.tr("0–100 km/h", "a column of times, as short as it can be"),
                self.tr("PS"),
                self.tr("kg"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A long name wraps onto a second line rather than being cut ("Daihatsu Nak…").
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self.show_comparison)

        self.comparison = QLabel(self)
        self.comparison.setWordWrap(True)
        self.comparison.setAccessibleName(self.tr("Comparison with your build"))
        self.comparison.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open this car"), self)
        self.open_button.setToolTip(self.tr("Start from this car as a preset"))
        self.open_button.clicked.connect(self._open_selected)
        self.open_button.setEnabled(False)
        self.open_button.setVisible(open_preset is not None)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.comparison)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

        follow(document, self, self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # brought up to date when it comes on screen

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # the heading and table written anew
            self._era = None
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            return  # in a hidden dock: nothing to compute until it is shown
        era = self._doc.era
        if era != self._era:
            self._era = era
            self._fill(era)
        self.show_comparison()

    def _fill(self, era: str) -> None:
        self.cars = presets_of_era(era)
        label = regulations.era(era).label
        self.heading.setText(
            self.tr("Cars built under the %s: select one to compare") % label
            if self.cars
            else self.tr("No reference cars from the %s era.") % era
        )
        self.table.setRowCount(len(self.cars))
        for row, p in enumerate(self.cars):
            perf = _preset_performance(p.id)
            cells = (
                # (a Japanese name wraps between its words: 'ダイハツ / コペン', never 'コペ / ン')
                keep_words(name_without_year(p.shown_name(), p.build.year)),
                str(p.build.year),
                fmt.seconds(perf.zero_to_100kmh_s),
                fmt.number(perf.power_ps),  # rounded as the figure cards round them
                fmt.number(perf.kerb_weight_kg),
            )
            tip = "\n".join(x for x in (p.shown_name(), self._published_tip(p)) if x)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(tip)
                self.table.setItem(row, col, item)
        self.table.clearSelection()

    def _published_tip(self, p: presets.Preset) -> str:
        pub = p.build.published
        description = p.shown().description  # in the user's language where the file has it
        parts = [description] if description else []
        if pub is not None:
            figures = [
                (self.tr("kerb weight"), fmt.kg(pub.kerb_weight_kg) if pub.kerb_weight_kg else ""),
                (self.tr("power"), fmt.ps(pub.power_ps) if pub.power_ps else ""),
                (self.tr("0–100 km/h"), fmt.seconds(pub.zero_to_100kmh_s)
                 if pub.zero_to_100kmh_s else ""),
            ]  # fmt: skip
            shown = [f"{name} {value}" for name, value in figures if value]
            if shown:
                parts.append(self.tr("Published: %s") % ", ".join(shown))
        notes = p.shown().notes  # how the preset was made, and which figures are doubtful
        if notes:
            parts.append(notes)
        return "\n".join(str(x) for x in parts)

    def selected(self) -> presets.Preset | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.cars[rows[0].row()]

    def show_comparison(self, *_args: object) -> None:
        p = self.selected()
        self.open_button.setEnabled(p is not None)
        if p is None:
            self.comparison.setText(self.tr("Select a car to see it beside your build."))
            return
        theirs = _preset_performance(p.id)
        mine = self._doc.performance
        hidden = self._times_hidden()  # until the class has guessed (Guess First)
        rows = "".join(
            f"<tr><td>{name}</td><td align=right>&nbsp;{a}&nbsp;</td>"
            f"<td align=right>&nbsp;{b}</td></tr>"
            for name, a, b in (
                (
                    self.tr("0–100 km/h"),
                    fmt.seconds(theirs.zero_to_100kmh_s),
                    "?" if hidden else fmt.seconds(mine.zero_to_100kmh_s),
                ),
                (self.tr("Power"), fmt.ps(theirs.power_ps), fmt.ps(mine.power_ps)),
                (
                    self.tr("Kerb weight"),
                    fmt.kg(theirs.kerb_weight_kg),
                    fmt.kg(mine.kerb_weight_kg),
                ),
                (
                    self.tr("Top speed"),
                    fmt.kmh(theirs.top_speed_kmh),
                    "?" if hidden else fmt.kmh(mine.top_speed_kmh),
                ),
            )
        )
        shown = p.shown_name()
        name = shown if str(p.build.year) in shown else f"{shown} ({p.build.year})"
        yours = self.tr("Your build")
        self.comparison.setText(
            f"<table><tr><th></th><th>&nbsp;{html.escape(name)}&nbsp;</th>"
            f"<th>&nbsp;{yours}</th></tr>{rows}</table>"
        )

    def _open_selected(self) -> None:
        p = self.selected()
        if p is not None and self._open_preset is not None:
            self._open_preset(p.build)
