"""File > Open Class Folder…: the league table of a folder of builds, as ``keiconfig rank``.

The table comes from :mod:`keiconfig.core.ranking` (rank, file, name, kei-legal, rules
broken, the ranked figure; unreadable files with their error). The ranked builds at the
top (up to four) are put on the comparison. Double-clicking a row (or Enter) opens that
build in the main window, through its open path, which asks about unsaved changes.

The folder is read and evaluated by a worker thread, with a progress bar and Cancel, so
a slow folder (a shared drive, many or large files) never freezes the window; each file is
read once, with every figure, so ranking by another figure does not read it again (Reload
does). Builds are judged by the era the window is set to, and the summary says which.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import files, ranking, regulations
from keiconfig.core.build import Build
from keiconfig.core.challenge import Challenge
from keiconfig.core.explore_problem import failed_text
from keiconfig.core.ranking import FIELD_LABELS
from keiconfig.ui import format as fmt
from keiconfig.ui import plain

# The figure ranked by comes after "Kei-legal" (see _fill): before the rules broken, whose
# sentences (a file that cannot be read) can be long, so it is never off the right edge.
COLUMNS = (
    QT_TRANSLATE_NOOP("ClassFolderDialog", "Rank"),
    QT_TRANSLATE_NOOP("ClassFolderDialog", "File"),
    QT_TRANSLATE_NOOP("ClassFolderDialog", "Name"),
    QT_TRANSLATE_NOOP("ClassFolderDialog", "Kei-legal"),
    QT_TRANSLATE_NOOP("ClassFolderDialog", "Rules broken"),
)
VALUE_COLUMN = 4
LEGAL_COLUMN = 3
NAME_COLUMN = 2
# Where the columns are wider than the window can be, the builds' names (then the
# sub-folders) are cut in the middle down to this many average characters at least.
LEAST_NAME_CHARS = 14
# Ranked by a class challenge, the column says whether a build keeps the challenge's rules
# (its era's kei rules and the class's constraints: seats, body style, kerb weight).
CHALLENGE_LEGAL = QT_TRANSLATE_NOOP("ClassFolderDialog", "Meets the rules")
# Builds found in sub-folders (a class's downloaded submissions, one folder per student):
# a column before "File" says whose folder each came from (two students' beat.kei.json).
FOLDER_COLUMN_TITLE = QT_TRANSLATE_NOOP("ClassFolderDialog", "Sub-folder")
FOLDER_COLUMN = 1
# Moodle names each student's folder "Full Name_12345_assignsubmission_file": the column
# shows "Full Name" (unless two students' folders would then look alike), and a longer
# path is cut in the middle, so the figure ranked stays on screen (a projector's large
# text at 1280 px put it off the right edge); the whole path is in the tooltip.
MOODLE_SUFFIX = re.compile(r"_\d+_assign(?:submission|feedback)_[A-Za-z]+$")
FOLDER_CHARS = 32


def folder_labels(folders: Iterable[str]) -> dict[str, str]:
    """Each sub-folder path ('Tanaka Yui_12345_assignsubmission_file/v2') as the table's
    Sub-folder column shows it ('Tanaka Yui/v2')."""

    def short(path: str) -> str:
        return "/".join(MOODLE_SUFFIX.sub("", part) or part for part in path.split("/"))

    shorts = {f: short(f) for f in set(folders)}
    counts = Counter(shorts.values())
    return {
        f: plain.elided(plain.one_line(s if counts[s] == 1 else f), FOLDER_CHARS)
        for f, s in shorts.items()
    }


# Japanese letters (kana and kanji, not punctuation): a line may break where one meets a
# Latin letter or a digit (Unicode's line breaking, which Qt's word wrap follows).
_JAPANESE = re.compile(r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[0-9A-Za-z]")


_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_WORD_JOINER = "\N{WORD JOINER}"


def _phrase_break(a: str, b: str) -> bool:
    """Whether a Japanese header may wrap between letters ``a`` and ``b``: where a word
    ending in kana (its particle or verb ending) meets a kanji or katakana word, as
    "課題の" / "条件を" / "満たす" and "違反した" / "規格"."""
    return bool(_HIRAGANA.match(a)) and bool(_JAPANESE.match(b)) and not _HIRAGANA.match(b)


def header_parts(text: str) -> list[str]:
    """The parts a column's header wraps between: its words, and in a word the runs of
    Japanese and of Latin letters and digits where one letter meets the other
    ("0-100km/h加速 (秒)": "0-100km/h", "加速", "(秒)"), and in a run of Japanese its
    phrases ("課題の条件を満たす": "課題の", "条件を", "満たす"). A phrase is kept whole
    ("軽規格適合", "サブフォルダー": broken anywhere they read badly), and a bracket stays
    with its letter."""
    parts: list[str] = []
    for word in text.replace(_WORD_JOINER, "").split():
        start = 0
        for i in range(1, len(word)):
            a, b = word[i - 1], word[i]
            if (
                (_JAPANESE.match(a) and _LATIN.match(b))
                or (_LATIN.match(a) and _JAPANESE.match(b))
                or _phrase_break(a, b)
            ):
                parts.append(word[start:i])
                start = i
        parts.append(word[start:])
    return parts


def header_text(text: str) -> str:
    """A header as the table draws it: a Japanese header of more than one phrase with a
    word joiner (no width) between the letters of each phrase, so it wraps between its
    phrases only (Qt may otherwise break Japanese between any two letters: "課題の条件を満"
    / "たす"). "課題の条件を満たす" took a column as wide as itself, in projector mode at
    1280x720 295 px for "✓ 適合", while the names and the rules broken were cut. Other
    headers are returned unchanged."""
    if not any(_phrase_break(a, b) for a, b in pairwise(text)):
        return text
    out = [text[:1]]
    for a, b in pairwise(text):
        if _JAPANESE.match(a) and _JAPANESE.match(b) and not _phrase_break(a, b):
            out.append(_WORD_JOINER)
        out.append(b)
    return "".join(out)


CHALLENGE_TITLE_CHARS = 40  # a longer challenge title is cut in the middle above the table


class _Reading:
    """One reading of the folder, shared by the worker thread and the dialog: plain Python
    under a lock (the thread never calls Qt, whose objects the dialog may delete)."""

    def __init__(self, total: int) -> None:
        self.lock = threading.Lock()
        self.cancel = threading.Event()
        self.total = total
        self.items: list[ranking.Evaluated] = []
        self.finished = False


class ClassFolderDialog(QDialog):
    """A non-modal window with the ranked folder. ``open_requested(path)`` on double-click;
    ``top_builds(items)`` with up to four ``(name, build, source)`` after each ranking."""

    open_requested = Signal(str)
    top_builds = Signal(list)

    def __init__(
        self,
        folder: str | Path,
        parent: QWidget | None = None,
        challenge: Challenge | None = None,
        era: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.challenge = challenge  # ranked by a class challenge instead of one figure
        # The rules the builds are judged by: the window's era (the challenge's own rules
        # when there is one).
        self.era = era if era is not None else regulations.CURRENT_ERA
        self.rows: tuple[ranking.Row, ...] = ()
        self.items: list[ranking.Evaluated] | None = None  # the folder as last read
        self._reading: _Reading | None = None
        self._thread: threading.Thread | None = None
        self._total_files = 0
        self._skipped: tuple[ranking.Skipped, ...] = ()  # folders, pipes named *.json
        self._scan: ranking.FolderScan | None = None  # the sub-folders read, and not read
        self._cut_columns: tuple[int, int | None] = (NAME_COLUMN, None)  # see _fit_width
        self._poll_timer = QTimer(self)  # hands the worker's progress on, on this thread
        self._poll_timer.setInterval(50)
        self._poll_timer.timeout.connect(self._poll)
        self.setWindowTitle(self.tr("Class folder: %s") % plain.in_title(self.folder.name))
        self.setAccessibleName(self.tr("Class folder league table"))
        self.setModal(False)
        # what F1 says in it (keiconfig.ui.dialog_help)
        self.setWhatsThis(
            self.tr(
                "Every build in the folder, ranked by the figure chosen. Enter (or a "
                "double-click) opens the build chosen; Reload reads the folder again."
            )
        )

        self.field_box = QComboBox(self)
        self.field_box.setAccessibleName(self.tr("Rank by"))
        for field in ranking.RANK_FIELDS:  # (not a challenge's range: FIELD_LABELS)
            self.field_box.addItem(self.tr(FIELD_LABELS[field]), field)
        self.field_box.currentIndexChanged.connect(lambda _i: self._rank_again())
        rank_by = QLabel(self.tr("&Rank by:"), self)
        rank_by.setBuddy(self.field_box)
        if challenge is not None:
            # one line, and its "&" not a shortcut of the buddy label; a long title cut in
            # the middle (80 W's made the dialog 1,125 px at least), whole in the tooltip
            title = plain.one_line(challenge.title)
            rank_by.setText(
                self.tr("Challenge: %s")
                % plain.menu_text(plain.elided(title, CHALLENGE_TITLE_CHARS))
            )
            rank_by.setToolTip(plain.tooltip(title))
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
        self.table.setTabKeyNavigation(False)  # Tab leaves it (arrows move in it)
        self.table.setAccessibleName(self.tr("League table"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # the widths are set by _fit_columns (a header wraps at its spaces; a long name is
        # cut, whole in its tooltip), so every column fits the window without scrolling
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)  # a cut name keeps its start and end on one line
        self.table.cellActivated.connect(self._activated)  # double-click, or Enter
        # Why the file on the current row cannot be read, whole, under the table: its
        # sentence (300 characters and more) ran off its cell, whole only in a tooltip
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # a file's name, a reading
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Why the file cannot be read"))
        self.details.hide()
        self.table.currentCellChanged.connect(lambda *_cells: self._show_details())
        self.table.setToolTip(self.tr("Double-click a build (or press Enter) to open it"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Reading the folder"))
        self.cancel_button = QPushButton(self.tr("&Cancel Reading"), self)
        self.cancel_button.setToolTip(self.tr("Stop reading; rank the files read so far"))
        self.cancel_button.clicked.connect(lambda _c=False: self.cancel())
        self.progress.hide()
        self.cancel_button.hide()

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
        layout.addWidget(self.details)
        reading = QHBoxLayout()
        reading.addWidget(self.progress, 1)
        reading.addWidget(self.cancel_button)
        layout.addLayout(reading)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(760, 460)
        # Opened, the keyboard is in the table, on the top build: the arrow keys walk the
        # ranking (in the "Rank by" box they changed the figure ranked by). Tab goes on in
        # the order the window is read: Open Build, Close, Rank by, Reload, the table.
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        order = [self.table, self.cancel_button, self.open_button, close]
        order += [self.field_box, self.reload_button, self.table]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def field(self) -> str:
        if self.challenge is not None:
            return self.challenge.label
        return str(self.field_box.currentData())

    # -- reading (worker thread) -------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._thread is not None

    def refresh(self) -> bool:
        """Read the folder again in the worker thread; the table follows when it is done.
        False (and the reason shown) if the folder cannot be read at all."""
        try:
            scan = ranking.scan_folder(self.folder)
        except ranking.RankError as e:
            self._show_error(e)
            return False
        paths = list(scan.files)
        self._skipped = scan.skipped
        self._scan = scan
        self.cancel()
        reading = self._reading = _Reading(len(paths))
        self.progress.setRange(0, max(len(paths), 1))
        # %v: the progress bar's value; %n: the count, in its plural form
        self.progress.setFormat(self.tr("Reading %v of %n file(s)", "", len(paths)))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.reload_button.setEnabled(False)
        self.summary.setText(self.tr("Reading %s…") % self.folder)
        read = self._reader(scan)

        def work() -> None:
            try:
                for path in paths:
                    if reading.cancel.is_set():
                        break
                    item = read(path)
                    with reading.lock:
                        reading.items.append(item)
            finally:
                with reading.lock:
                    reading.finished = True

        self._thread = threading.Thread(target=work, name="keiconfig-class-folder", daemon=True)
        self._thread.start()
        self._poll_timer.start()
        return True

    def _reader(self, scan: ranking.FolderScan) -> Callable[[Path], ranking.Evaluated]:
        # each file named by its path from the folder: two students' beat.kei.json differ
        if self.challenge is None:
            era = self.era
            return lambda path: ranking.evaluate_file(path, scan.name(path), era)
        from keiconfig.core.challenge import Judge

        judge, label = Judge(self.challenge), self.challenge.label

        def read(path: Path) -> ranking.Evaluated:
            e = judge(path, scan.name(path))
            return ranking.Evaluated(
                e.file, e.name, e.compliant, e.failed, {label: e.value}, e.error, e.era
            )

        return read

    def cancel(self) -> None:
        """Stop reading; the files read so far are ranked."""
        if self._reading is not None:
            self._reading.cancel.set()

    def wait(self, timeout_s: float = 60.0) -> bool:
        """Block until the reading is done and shown (tests; the worker stays a thread)."""
        from PySide6.QtCore import QCoreApplication

        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
            if thread.is_alive():
                return False
        self._poll()
        QCoreApplication.processEvents()
        return self._thread is None

    def _poll(self) -> None:
        reading = self._reading
        if reading is None:
            self._poll_timer.stop()
            return
        with reading.lock:
            done, finished = len(reading.items), reading.finished
            items = list(reading.items) if finished else None
        self.progress.setValue(done)
        if items is None:
            return
        self._poll_timer.stop()
        self._reading = None
        self._thread = None
        self.progress.hide()
        self.cancel_button.hide()
        self.reload_button.setEnabled(True)
        self.items = items
        self._total_files = reading.total
        self._rank_again()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # a title made from a template
            self.setWindowTitle(self.tr("Class folder: %s") % plain.in_title(self.folder.name))
        if event.type() == QEvent.Type.FontChange and self.table.columnCount():
            self._fit_width(*self._cut_columns)  # projector mode's text, on or off
            # the row the keyboard is on kept in view (larger rows scrolled it out of the
            # table, its reason still shown under it), once the layout has placed it
            QTimer.singleShot(0, self._current_in_view)
        if (
            event.type() == QEvent.Type.LanguageChange
            and self.items is not None
            and not (self.loading)
        ):  # the table and the summary written again in the new language
            self._fill()
            self.summary.setText(self._summary())

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.cancel()
        super().closeEvent(event)

    def _show_error(self, e: Exception) -> None:
        self.rows = ()
        self.items = None
        self._fill()
        self.summary.setText(self.tr("⚠ %s") % e)

    # -- ranking (no reading) ----------------------------------------------------------------
    def _rank_again(self) -> None:
        """Rank what was read by the chosen figure (the folder is not read again)."""
        if self.items is None:
            return
        if self.challenge is not None:
            from keiconfig.core.challenge import higher_better

            label = self.challenge.label
            self.rows = ranking.rank(
                [i.entry(label) for i in self.items],
                label,
                higher_better=higher_better(self.challenge),
            )
        else:
            self.rows = ranking.rank_evaluated(self.items, self.field)
        self._fill()
        self.summary.setText(self._summary())
        self.top_builds.emit(self._top_items())

    def _summary(self) -> str:
        ranked = sum(1 for r in self.rows if r.rank is not None)
        broken = sum(1 for r in self.rows if r.error is not None)
        illegal = len(self.rows) - ranked - broken
        tr = self.tr
        parts = [
            tr("{builds}: {ranked}, {illegal}, {unreadable}.").format(
                builds=tr("%n build(s)", "", len(self.rows)),
                ranked=tr("%n ranked", "", ranked),
                illegal=(
                    tr("%n break(s) a kei law", "", illegal)
                    if self.challenge is None
                    else tr("%n break(s) the challenge's rules", "", illegal)
                ),
                unreadable=tr("%n cannot be read", "", broken),
            )
        ]
        if self.challenge is None:
            parts.append(
                tr("Judged by the kei rules of %s (the window's era).")
                % regulations.era_name(self.era)
            )
        own = ranking.own_rules_note(self.items or ())  # files that chose other rules
        if own:
            parts.append(own)
        if len(self.items or ()) < self._total_files:
            parts.append(
                tr("Reading was cancelled after {read} of %n file(s).", "", self._total_files)
                .format(read=len(self.items or ()))
            )  # fmt: skip
        if ranked:
            parts.append(tr("The top %n build(s) are on the comparison.", "", min(ranked, 4)))
        note = ranking.scan_note(self._scan) if self._scan is not None else None
        if note:  # the students' sub-folders read, and what was not: as keiconfig rank
            parts.append(note)
        parts.extend(ranking.skipped_notes(self._skipped))  # as keiconfig rank says them
        text = parts[0]
        for sentence in parts[1:]:  # (Japanese puts no space after 。)
            text = tr("{text} {sentence}").format(text=text, sentence=sentence)
        return text

    def _top_items(self) -> list[tuple[str, Build, str]]:
        out: list[tuple[str, Build, str]] = []
        read = {i.file: i.build for i in self.items or () if i.build is not None}
        for row in self.rows:
            if row.rank is None or len(out) >= 4:
                continue
            path = self.folder / row.file
            build = read.get(row.file)
            if build is None:  # a challenge's table keeps no builds: read the top ones
                try:
                    build = files.load_build(path).build
                except files.BuildFileError:
                    continue  # changed since it was ranked
            out.append((f"{row.rank}. {row.name or row.file}", build, str(path)))
        return out

    def _fill(self) -> None:
        last = ranking.field_label(self.field)  # as keiconfig rank heads it
        headers = [self.tr(c) for c in COLUMNS]
        if self.challenge is not None:
            headers[LEGAL_COLUMN] = self.tr(CHALLENGE_LEGAL)
        headers.insert(VALUE_COLUMN, last)
        in_folders = any("/" in row.file for row in self.rows)
        if in_folders:
            headers.insert(FOLDER_COLUMN, self.tr(FOLDER_COLUMN_TITLE))
        right = {0, VALUE_COLUMN + in_folders}
        name_column = NAME_COLUMN + in_folders
        labels = folder_labels(row.file.rpartition("/")[0] for row in self.rows)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels([header_text(h) for h in headers])
        self.table.setRowCount(len(self.rows))
        bold = QFont(self.font())
        bold.setBold(True)
        decimals = ranking.SHOWN_DECIMALS.get(self.field, 2)
        for r, row in enumerate(self.rows):
            if row.compliant is None:
                legal = ""
            else:
                legal = self.tr("✓ yes") if row.compliant else self.tr("✗ no")
            broken = (  # the kei rules' and a challenge's constraints' names, for people
                failed_text(row.failed)
                if row.error is None
                # (why, whole, under the table: the sentence made the column as wide as
                # itself, cutting every name to its least behind a sideways scroll bar)
                else self.tr("⚠ cannot be read")
            )
            folder, _slash, name = row.file.rpartition("/")
            cells = [
                "" if row.rank is None else str(row.rank),
                plain.one_line(name if in_folders else row.file),
                # the name the file holds, as the window shows the file opened: a
                # student's build named "Honda Beat (1991)" is not renamed ホンダ ビート
                plain.one_line(row.name or ""),
                legal,
                broken,
            ]
            cells.insert(VALUE_COLUMN, fmt.number(row.value, decimals) if row.error is None else "")
            if in_folders:  # whose folder ("" for a build in the class folder itself)
                cells.insert(FOLDER_COLUMN, labels[folder])
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.file)
                if col in right:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.rank == 1:
                    item.setFont(bold)
                if row.error is not None:
                    item.setToolTip(plain.tooltip(row.error))
                elif in_folders and col in (FOLDER_COLUMN, FOLDER_COLUMN + 1):
                    item.setToolTip(plain.tooltip(row.file))  # the whole path, never cut
                elif col in (name_column, len(cells) - 1) and text:
                    # whole, when the column cuts it (the name; the rules broken: a
                    # challenge's four read 'length, wi…erb weight' in projector mode)
                    item.setToolTip(plain.tooltip(text))
                self.table.setItem(r, col, item)
        self.open_button.setEnabled(bool(self.rows))
        if self.rows:
            self.table.setCurrentCell(0, 0)
        self._cut_columns = (name_column, FOLDER_COLUMN if in_folders else None)
        self._fit_width(*self._cut_columns)
        self._show_details()

    def _current_in_view(self) -> None:
        item = self.table.currentItem()
        if item is not None:
            self.table.scrollToItem(item)

    def _show_details(self) -> None:
        """Under the table, the current row's reason it cannot be read, whole; on a
        readable row, where to find it when some file cannot be read; else nothing."""
        row = self.table.currentRow()
        error = self.rows[row].error if 0 <= row < len(self.rows) else None
        if error is not None:
            self.details.setText(self.tr("⚠ %s") % plain.one_line(error))
        elif any(r.error is not None for r in self.rows):
            self.details.setText(
                self.tr("Select a file marked ⚠ to read here why it cannot be read.")
            )
        self.details.setVisible(any(r.error is not None for r in self.rows))

    def _fit_width(self, name_column: int = NAME_COLUMN, folder_column: int | None = None) -> None:
        """Every column readable without sideways scrolling: the window as wide as the
        columns at the current text size, up to nine tenths of the screen (never narrower
        than it is); a header wraps at its spaces ("Rules / broken") and where Japanese
        meets Latin letters ("0-100km/h / 加速 (秒)"); where that is still
        too wide, the names (then the sub-folders) are cut in the middle, whole in their
        tooltips."""
        table = self.table
        header = table.horizontalHeader()
        table.resizeColumnsToContents()  # each column as wide as its cells and header
        metrics = header.fontMetrics()
        pad = 2 * metrics.horizontalAdvance("x") + 8  # the header's margins
        widths, heads, whole = [], [], []
        for col in range(table.columnCount()):
            item = table.horizontalHeaderItem(col)
            text = item.text() if item is not None else ""
            parts = header_parts(text)  # (a Japanese header wraps where its script changes)
            widest_word = max((metrics.horizontalAdvance(w) for w in parts), default=0)
            heads.append(widest_word + pad)  # a column is never narrower than its header
            widths.append(max(table.sizeHintForColumn(col), heads[-1]))
            whole.append(max(widths[-1], metrics.horizontalAdvance(text) + pad))
        chrome = (
            table.verticalHeader().width() * table.verticalHeader().isVisible()
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
            + self._beside_table()
        )  # fmt: skip
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        needed = sum(widths) + chrome
        limit = int(screen.width() * 0.9) if screen is not None else needed
        if sum(whole) + chrome <= limit:  # room for every header on one line
            widths, needed = whole, sum(whole) + chrome
        width = max(min(needed, limit), self.width())
        chars = table.fontMetrics().averageCharWidth() * LEAST_NAME_CHARS
        # the names, the sub-folders and the rules broken share the room there is (the
        # rules were left what the others did not take: 'Nao'…ain)' and '全…量' side by side)
        rules_column = len(widths) - 1
        cut = [
            c
            for c in (name_column, folder_column, rules_column)
            if c is not None and 0 <= c < len(widths)
        ]
        cut = list(dict.fromkeys(cut))
        least = {c: max(chars, heads[c]) for c in cut}
        over = sum(widths) + chrome - width
        while over > 0:  # the widest of the names and sub-folders cut first, to the least
            col = max(cut, key=lambda c: widths[c] - least[c], default=None)
            if col is None or widths[col] <= least[col]:
                break
            others = [widths[c] for c in cut if c != col]
            step = min(over, widths[col] - max([least[col], *others]))
            widths[col] -= max(1, min(step, widths[col] - least[col]))
            over = sum(widths) + chrome - width
        for col, w in enumerate(widths):
            header.resizeSection(col, w)
        # tall enough for a header wrapped on two lines (a QHeaderView sizes for one)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        lines = max(
            (
                metrics.boundingRect(0, 0, max(w - pad + 2, 1), 10_000, flags, item.text()).height()
                for col, w in enumerate(widths)
                if (item := table.horizontalHeaderItem(col)) is not None
            ),
            default=metrics.height(),
        )
        header.setMinimumHeight(lines + metrics.height() // 2)
        # tall enough for the whole class too (a dozen builds scrolled in a 460-pixel window
        # on a 1080-pixel screen), up to nine tenths of the screen; never shorter than it is
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        needed_height = (
            max(header.minimumHeight(), header.sizeHint().height())
            + rows
            + 2 * table.frameWidth()
            + self.height() - table.height()
        )  # fmt: skip
        height_limit = int(screen.height() * 0.9) if screen is not None else needed_height
        height = max(min(needed_height, height_limit), self.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            if screen is not None and self.isVisible():  # grown: kept on the screen
                frame = self.frameGeometry()
                x = max(screen.left(), min(frame.x(), screen.right() + 1 - frame.width()))
                y = max(screen.top(), min(frame.y(), screen.bottom() + 1 - frame.height()))
                if (x, y) != (frame.x(), frame.y()):
                    self.move(x, y)

    def _beside_table(self) -> int:
        """The window's width that is not the table's: the layout's margins each side.
        Taken from the layout, not from the window's width less the table's: before the
        dialog is first shown its layout has not placed the table (its width still Qt's
        default), and that difference was 660 px of a 760 px window, not 22, so a table
        filled before the dialog was shown cut every name to its least."""
        layout = self.layout()
        if layout is None:
            return self.width() - self.table.width()
        margins = layout.contentsMargins()
        return margins.left() + margins.right()

    def shown_as(self, path: str | Path) -> str:
        """A build's file as the table names it: "Tanaka Yui/beat.kei.json" for a
        student's sub-folder (every student's file may be beat.kei.json), else its name."""
        try:
            rel = Path(path).relative_to(self.folder).as_posix()
        except ValueError:
            return Path(path).name
        folder, _slash, name = rel.rpartition("/")
        if not folder:
            return name
        labels = folder_labels(row.file.rpartition("/")[0] for row in self.rows)
        return f"{labels.get(folder, folder)}/{name}"

    def path_of_row(self, row: int) -> Path:
        return self.folder / self.rows[row].file

    def _activated(self, row: int, _col: int) -> None:
        self.open_requested.emit(str(self.path_of_row(row)))

    def _open_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self._activated(row, 0)
