"""File > Open Class Folder…: the league table of a folder of builds, as ``keiconfig rank``.

The table comes from :mod:`keiconfig.core.ranking` (rank, file, name, kei-legal, rules
broken, the ranked figure; unreadable files with their error). The ranked builds at the
top (up to four) are put on the comparison. Double-clicking a row (or Enter) opens that
build in the main window, through its open path, which asks about unsaved changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import files, ranking
from keiconfig.core.build import Build
from keiconfig.core.challenge import Challenge
from keiconfig.ui import format as fmt
from keiconfig.ui import plain

FIELD_LABELS = {
    "zero_to_100kmh_s": "0-100 km/h (s)",
    "zero_to_60mph_s": "0-60 mph (s)",
    "quarter_mile_s": "Quarter mile (s)",
    "standing_400m_s": "400 m (s)",
    "kerb_weight_kg": "Kerb weight (kg)",
    "power_ps": "Power (PS)",
    "power_kw": "Power (kW)",
    "torque_nm": "Torque (N·m)",
    "top_speed_kmh": "Top speed (km/h)",
    "power_to_weight_ps_per_tonne": "Power-to-weight (PS/t)",
}
COLUMNS = ("Rank", "File", "Name", "Kei-legal", "Rules broken")


class ClassFolderDialog(QDialog):
    """A non-modal window with the ranked folder. ``open_requested(path)`` on double-click;
    ``top_builds(items)`` with up to four ``(name, build, source)`` after each ranking."""

    open_requested = Signal(str)
    top_builds = Signal(list)

    def __init__(
        self, folder: str | Path, parent: QWidget | None = None, challenge: Challenge | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.challenge = challenge  # ranked by a class challenge instead of one figure
        self.rows: tuple[ranking.Row, ...] = ()
        self.setWindowTitle(self.tr("Class folder: %s") % self.folder.name)
        self.setAccessibleName(self.tr("Class folder league table"))
        self.setModal(False)

        self.field_box = QComboBox(self)
        self.field_box.setAccessibleName(self.tr("Rank by"))
        for field, label in FIELD_LABELS.items():
            self.field_box.addItem(self.tr(label), field)
        self.field_box.currentIndexChanged.connect(lambda _i: self.refresh())
        rank_by = QLabel(self.tr("&Rank by:"), self)
        rank_by.setBuddy(self.field_box)
        if challenge is not None:
            rank_by.setText(self.tr("Challenge: %s") % challenge.title)
            rank_by.setTextFormat(Qt.TextFormat.PlainText)
            self.field_box.hide()
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.setToolTip(self.tr("Read the folder again"))
        self.reload_button.clicked.connect(lambda _c=False: self.refresh())
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # quotes the folder's path
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Class folder summary"))

        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("League table"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellActivated.connect(self._activated)  # double-click, or Enter
        self.table.setToolTip(self.tr("Double-click a build (or press Enter) to open it"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(
            self.tr("&Open Build"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(self._open_current)
        buttons.rejected.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(rank_by)
        top.addWidget(self.field_box)
        top.addStretch(1)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(760, 460)

    @property
    def field(self) -> str:
        if self.challenge is not None:
            return self.challenge.label
        return str(self.field_box.currentData())

    def _rank(self) -> tuple[ranking.Row, ...]:
        if self.challenge is not None:
            from keiconfig.core.challenge import rank_folder

            return rank_folder(self.challenge, self.folder)
        return ranking.rank_folder(self.folder, by=self.field)

    def refresh(self) -> bool:
        """Rank the folder again; False (and the reason shown) if it cannot be read."""
        try:
            self.rows = self._rank()
        except ranking.RankError as e:
            self.rows = ()
            self._fill()
            self.summary.setText(self.tr("⚠ %s") % e)
            return False
        self._fill()
        ranked = sum(1 for r in self.rows if r.rank is not None)
        broken = sum(1 for r in self.rows if r.error is not None)
        illegal = len(self.rows) - ranked - broken
        self.summary.setText(
            self.tr("%d builds: %d ranked, %d break a kei law, %d cannot be read.")
            % (len(self.rows), ranked, illegal, broken)
            + (self.tr(" The top %d are on the comparison.") % min(ranked, 4) if ranked else "")
        )
        self.top_builds.emit(self._top_items())
        return True

    def _top_items(self) -> list[tuple[str, Build, str]]:
        out: list[tuple[str, Build, str]] = []
        for row in self.rows:
            if row.rank is None or len(out) >= 4:
                continue
            path = self.folder / row.file
            try:
                build = files.load_build(path).build
            except files.BuildFileError:
                continue  # changed since it was ranked
            out.append((f"{row.rank}. {row.name or row.file}", build, str(path)))
        return out

    def _fill(self) -> None:
        label = FIELD_LABELS.get(self.field)
        last = self.tr(label) if label is not None else self.tr("Score (lower is better)")
        headers = [self.tr(c) for c in COLUMNS] + [last]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        bold = QFont(self.font())
        bold.setBold(True)
        decimals = ranking.SHOWN_DECIMALS.get(self.field, 2)
        for r, row in enumerate(self.rows):
            if row.compliant is None:
                legal = ""
            else:
                legal = self.tr("✓ yes") if row.compliant else self.tr("✗ no")
            broken = ", ".join(row.failed) if row.error is None else self.tr("⚠ %s") % row.error
            cells = (
                "" if row.rank is None else str(row.rank),
                row.file,
                row.name or "",
                legal,
                broken,
                fmt.number(row.value, decimals) if row.error is None else "",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.file)
                if col in (0, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.rank == 1:
                    item.setFont(bold)
                if row.error is not None:
                    item.setToolTip(plain.tooltip(row.error))
                self.table.setItem(r, col, item)
        self.open_button.setEnabled(bool(self.rows))
        if self.rows:
            self.table.setCurrentCell(0, 0)
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for every column at the current text size (no sideways scrolling),
        up to nine tenths of the screen; never narrower than it is."""
        table = self.table
        needed = (
            table.horizontalHeader().length()
            + table.verticalHeader().width() * table.verticalHeader().isVisible()
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
            + self.width() - table.width()
        )  # fmt: skip
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        limit = int(screen.width() * 0.9) if screen is not None else needed
        width = max(min(needed, limit), self.width())
        if width != self.width():
            self.resize(width, self.height())

    def path_of_row(self, row: int) -> Path:
        return self.folder / self.rows[row].file

    def _activated(self, row: int, _col: int) -> None:
        self.open_requested.emit(str(self.path_of_row(row)))

    def _open_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self._activated(row, 0)
