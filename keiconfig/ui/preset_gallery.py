"""Open Preset: a table of the shipped cars with their key figures, model beside published."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import performance, presets
from keiconfig.core.build import Build
from keiconfig.ui import format as fmt
from keiconfig.ui import modal, out_of_reach, plain
from keiconfig.ui.icons import body_style_icon

EMPTY = "–"


def _num(value: float | None, digits: int = 0) -> str:
    if value is None:
        return EMPTY
    return fmt.number(value, digits)  # rounded as the figure cards round it


class _SortItem(QTableWidgetItem):
    """Sorts by a number (None last), shows text."""

    def __init__(self, text: str, key: float | None) -> None:
        super().__init__(text)
        self.key = float("inf") if key is None else key
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _SortItem):
            return self.key < other.key
        return super().__lt__(other)


def _name_tip(item: QTableWidgetItem, build: Build) -> None:
    """The description, then the notes (how the preset was made, doubtful figures)."""
    tip = "\n\n".join(t for t in (build.description, build.notes) if t)
    item.setToolTip(plain.tooltip(tip) if tip else "")


class PresetGallery(QDialog):
    """Pick a famous kei car to start from. ``chosen`` is the picked preset (or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.setWindowTitle(tr("Open Preset"))
        # what F1 says in it (keiconfig.ui.dialog_help)
        self.setWhatsThis(
            tr(
                "Open a real kei car as your build, to change from there. Type in the "
                "filter box to find a car by name; Up and Down choose one in the list; "
                "Enter opens it."
            )
        )
        self.chosen: presets.Preset | None = None
        self._presets = presets.list_presets()

        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Start from a real kei car. The model's 0–100 km/h time stands beside the "
                "published figure where one is known."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter by name…"))
        self.filter.setAccessibleName(tr("Filter presets"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        layout.addWidget(self.filter)

        headers = [
            tr("Car"),
            tr("Year"),
            tr("PS"),
            tr("kg"),
            tr("0–100 km/h\nmodel (s)"),
            tr("0–100 km/h\npublished (s)"),
        ]
        self.table = QTableWidget(len(self._presets), len(headers), self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it (arrows move in it)
        self.table.setAccessibleName(tr("Presets"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(QSize(32, 16))
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        # A name too long for its cell keeps the letters that fit, then '…': wrapped in its
        # one-line cell, it showed its first word alone (projector mode with larger text:
        # 'Suzuki …', the Cappuccino or the Alto Works?)
        self.table.setWordWrap(False)
        self._fill()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if self._presets:
            self.table.selectRow(0)
        self._selection_changed()
        fm = self.fontMetrics()
        width, height = fm.horizontalAdvance("M") * 70, fm.height() * 30
        # Never larger than nine tenths of the screen (room for the title bar): in projector
        # mode at 1280x720 the gallery was 30 lines of 15 pt text, 750 px, and its Open and
        # Cancel buttons ran off the bottom of the screen.
        screen = (parent.screen() if parent is not None else None) or self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() * 9 // 10)
            height = min(height, room.height() * 9 // 10)
        self.resize(width, height)

    def _fill(self) -> None:
        # each car's model 0–100 km/h time and top speed (None: no model run)
        self._runs: list[tuple[float | None, float | None]] = []
        for row, preset in enumerate(self._presets):
            build = preset.shown()  # name and description in the user's language
            try:
                perf = performance.evaluate(build)
                ps, kg, t100 = perf.power_ps, perf.kerb_weight_kg, perf.zero_to_100kmh_s
            except Exception:  # one broken model result should not hide the gallery
                ps = kg = t100 = None
            published = build.published.zero_to_100kmh_s if build.published else None
            name = QTableWidgetItem(body_style_icon(build.body.style), build.name)
            name.setData(Qt.ItemDataRole.UserRole, row)
            _name_tip(name, build)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, _SortItem(str(build.year or EMPTY), build.year))
            self.table.setItem(row, 2, _SortItem(_num(ps), ps))
            self.table.setItem(row, 3, _SortItem(_num(kg), kg))
            self.table.setItem(row, 4, _SortItem(_num(t100, 1), t100))
            self.table.setItem(row, 5, _SortItem(_num(published, 1), published))
            self._runs.append((t100, perf.top_speed_kmh if ps is not None else None))
        self._dash_tips()

    def _dash_tips(self) -> None:
        """A 0–100 km/h time the gallery cannot give says why. The Subaru 360's model time
        was a bare '–' (its run never reaches 100 km/h), a mark that says nothing read
        aloud: its cell now says "out of reach", as a results card does of a time that a
        change puts out of reach, and what a screen reader hears of it, and its tooltip,
        say why in a sentence. An unpublished time keeps its dash, with words."""
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0)
            i = int(name.data(Qt.ItemDataRole.UserRole))
            model, published = self.table.item(row, 4), self.table.item(row, 5)
            why = out_of_reach.why_missing("zero_to_100kmh_s", *self._runs[i])
            if why:
                model.setText(out_of_reach.words())
                model.setToolTip(why)
                model.setData(Qt.ItemDataRole.AccessibleTextRole, why)
            if published.text() == EMPTY:
                why = self.tr("No published 0–100 km/h time for this car")
                published.setToolTip(why)
                published.setData(Qt.ItemDataRole.AccessibleTextRole, why)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # the names and notes in the new one
            for row in range(self.table.rowCount()):
                item = self.table.item(row, 0)
                if item is not None:
                    build = self._presets[int(item.data(Qt.ItemDataRole.UserRole))].shown()
                    item.setText(build.name)
                    _name_tip(item, build)
            self._dash_tips()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            preset = self._presets[item.data(Qt.ItemDataRole.UserRole)]
            names = f"{item.text()}\n{preset.name}".lower()  # the Japanese or the English name
            self.table.setRowHidden(row, bool(needle) and needle not in names)
        # What Enter opens is always a car on the list: the selection follows the filter.
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.table.isRowHidden(rows[0].row()):
            shown = self._visible_rows()
            if shown:
                self.table.selectRow(shown[0])
            else:
                self.table.clearSelection()

    def _visible_rows(self) -> list[int]:
        """Rows on the list, top to bottom as sorted."""
        rows = [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]
        return sorted(rows, key=self.table.visualRow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down (or Page Down) in the filter goes to the list, as in a search field.
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and self._visible_rows()
        ):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if self.selected() is None:
                self.table.selectRow(self._visible_rows()[0])
            return True
        return super().eventFilter(watched, event)

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def selected(self) -> presets.Preset | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return self._presets[int(item.data(Qt.ItemDataRole.UserRole))]

    def select_preset(self, preset_id: str) -> None:
        for row in range(self.table.rowCount()):
            index = int(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
            if self._presets[index].id == preset_id:
                self.table.selectRow(row)
                return
        raise KeyError(preset_id)

    def accept(self) -> None:
        self.chosen = self.selected()
        if self.chosen is not None:
            super().accept()

    @classmethod
    def choose(cls, parent: QWidget | None = None) -> presets.Preset | None:
        dialog = cls(parent)
        accepted = modal.run(dialog) == QDialog.DialogCode.Accepted
        return dialog.chosen if accepted else None
