"""Kei-rule compliance: era selector, one row per rule, an overall verdict and the outline.

Each rule shows value, limit and margin in words, pass/fail by icon, word and colour,
and, when it fails, one sentence saying what to change. The 64 PS figure is the
makers' voluntary agreement, not law: it is labelled so and never makes a car illegal.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import regulations
from keiconfig.core.results import RuleCheck
from keiconfig.ui import format as fmt
from keiconfig.ui import theme
from keiconfig.ui.document import Document
from keiconfig.ui.i18n import (
    CJK_LETTERS,
    KeepsTranslations,
    core_translate,
    keep_phrases,
    keep_words,
)
from keiconfig.ui.panels.outline_view import OutlineView
from keiconfig.ui.quiet_layout import QuietVBoxLayout, set_text
from keiconfig.ui.refresh import follow
from keiconfig.ui.widgets import SHORT_TEXT_ROLE, ElidingComboBox

RULES = ("length", "width", "height", "displacement", "power")
_MONTHS = (
    QT_TRANSLATE_NOOP("CompliancePanel", "Jan"),
    QT_TRANSLATE_NOOP("CompliancePanel", "Feb"),
    QT_TRANSLATE_NOOP("CompliancePanel", "Mar"),
    QT_TRANSLATE_NOOP("CompliancePanel", "Apr"),
    QT_TRANSLATE_NOOP("CompliancePanel", "May"),
    QT_TRANSLATE_NOOP("CompliancePanel", "Jun"),
    QT_TRANSLATE_NOOP("CompliancePanel", "Jul"),
    QT_TRANSLATE_NOOP("CompliancePanel", "Aug"),
    QT_TRANSLATE_NOOP("CompliancePanel", "Sep"),
    QT_TRANSLATE_NOOP("CompliancePanel", "Oct"),
    QT_TRANSLATE_NOOP("CompliancePanel", "Nov"),
    QT_TRANSLATE_NOOP("CompliancePanel", "Dec"),
)


def _tr(text: str) -> str:
    return core_translate("CompliancePanel", text)  # (once a language: the era's date)


def _metres(value_mm: float) -> str:
    text = f"{value_mm / 1000:.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def era_date(era: regulations.Era) -> str:
    """When the era's rules came into force: ``"Oct 1998"``."""
    date = str(era.in_force_from)
    year, month = date[:4], int(date[5:7]) if len(date) >= 7 else 0
    if not month:
        return year
    return _tr("{month} {year}").format(month=_tr(_MONTHS[month - 1]), year=year)


def era_label(era: regulations.Era) -> str:
    """``"Since Oct 1998 — 3.4 × 1.48 × 2.0 m, 660 cc"``."""
    cc4, cc2 = era.max_displacement_4stroke_cc, era.max_displacement_2stroke_cc
    engine = (
        fmt.cc(cc4)
        if cc4 == cc2
        else _tr("{cc} (two-stroke {cc_2stroke})").format(cc=fmt.cc(cc4), cc_2stroke=fmt.cc(cc2))
    )
    size = " × ".join(_metres(v) for v in (era.max_length_mm, era.max_width_mm, era.max_height_mm))
    return _tr("Since {date} — {size} m, {engine}").format(
        date=era_date(era), size=size, engine=engine
    )


def era_short_label(era: regulations.Era) -> str:
    """``"Since Oct 1998"``: the era's name where its whole label does not fit (its
    limits are in the rules' rows below it)."""
    return _tr("Since {date}").format(date=era_date(era))


def keep_halves(detail: str) -> str:
    """``"3,295 of 3,400 mm — 105 mm to spare"`` with no-break spaces inside each half, so
    a narrow row wraps it at the dash into two lines, never a word a line. Japanese may
    break between any two of its characters: word joiners keep a half whole there too
    ("余裕 4 cc", not "余" and "裕 4 cc")."""
    halves = [keep_words(half.replace(" ", "\N{NO-BREAK SPACE}")) for half in detail.split(" — ")]
    return "\N{NO-BREAK SPACE}— ".join(halves)  # the dash ends the first line


# A digit beside a Japanese letter or the wave dash (1976年1月〜の, 3項目): no break there
_JA = f"{CJK_LETTERS}〜"
_INSIDE_A_DATE: Final = re.compile(
    f"(?<=[0-9])(?=[{_JA}])|(?<=[{_JA}])(?=[0-9])|(?<=〜)(?=[{_JA}])|(?<=[{_JA}])(?=〜)"
)


def keep_verdict(text: str) -> str:
    """The verdict with its Japanese words and dates kept whole: "✖ 1976年1月〜の軽規格に
    不適合(3項目が規格外)" wraps before its parenthesis only (in projector mode at 1280x720
    it broke inside a word), never inside "1976年" or "3項目". It may break after the
    date's "〜の" ("✔ 1998年10月〜の" / "軽規格に適合"): whole, it was 525 px of one line
    with the text two steps larger in projector mode, wider than the rules beside a dock
    on a 1024x768 projector (see CompliancePanel.set_narrow). English is
    unchanged."""
    if text.isascii():
        return text
    kept = _INSIDE_A_DATE.sub("\N{WORD JOINER}", keep_words(text))
    return kept.replace("〜\N{WORD JOINER}の\N{WORD JOINER}", "〜\N{WORD JOINER}の")


_NUMBER_UNIT: Final = re.compile(r"(?<=[0-9]) (?=[A-Za-z])")  # "64 PS", "40 cc"
_JA_LETTER: Final = re.compile(f"[{CJK_LETTERS}]")


def keep_advice(text: str) -> str:
    """A rule's advice with its Japanese words, figures and units kept whole, so it breaks
    at its punctuation only: "メーカーの自主規制を守るには、" / "出力を64 PSに抑えてく
    ださい" / "(法規ではありません)。" (in projector mode at 1920x1080 it broke inside
    "ありません"). A text without Japanese letters (English) is unchanged."""
    if not _JA_LETTER.search(text):
        return text
    return keep_phrases(keep_verdict(_NUMBER_UNIT.sub("\N{NO-BREAK SPACE}", text)))


# How far the rules give way in width (CompliancePanel.set_narrow)
NAMES_WRAPPED = 1
MARGINS_BELOW = 2


class _Row:
    """The widgets of one rule, created once and updated in place: its status, name and
    margin on a line, or the margin under the name (:meth:`place`), and advice under them."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int) -> None:
        self._grid, self._row = grid, row
        self.status = QLabel(parent)
        self.name = QLabel(parent)
        self.detail = QLabel(parent)
        self.advice = QLabel(parent)
        self.advice.setWordWrap(True)
        self.detail.setWordWrap(True)
        self.name.setWordWrap(True)  # "Power (makers' agreement, not law)" may take two lines
        bold = QFont(parent.font())
        bold.setBold(True)
        self.status.setFont(bold)
        self.ok = True
        self.check: RuleCheck | None = None  # what the row shows (None: write it afresh)
        grid.addWidget(self.status, row * 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.name, row * 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.advice, row * 3 + 2, 1, 1, 2)
        self.below = False
        grid.addWidget(self.detail, row * 3, 2)

    def place(self, below: bool) -> None:
        """The margin beside the name, or under it (the grid's row between is empty
        otherwise: a grid gives an empty row neither height nor spacing)."""
        if below == self.below:
            return
        self.below = below
        grid, row = self._grid, self._row
        grid.removeWidget(self.detail)
        if below:  # (under its name: any room its row has to spare below it)
            grid.addWidget(self.detail, row * 3 + 1, 1, 1, 2, Qt.AlignmentFlag.AlignTop)
        else:
            grid.addWidget(self.detail, row * 3, 2)

    def widgets(self) -> tuple[QLabel, ...]:
        return (self.status, self.name, self.detail, self.advice)

    def set_visible(self, visible: bool) -> None:
        if (
            visible == (not self.name.isHidden())
            and (visible and self.ok) == self.advice.isHidden()
        ):
            return  # unchanged: showing and hiding widgets is not free
        for w in self.widgets():
            w.setVisible(visible)
        if visible and self.ok:
            self.advice.hide()


class CompliancePanel(KeepsTranslations, QWidget):
    """Judges the build by the chosen era's kei rules."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._shown: object = None
        self.setAccessibleName(self.tr("Kei rules"))
        self.setWhatsThis(
            self.tr(
                "The kei rules of the era chosen above, one row per rule: the car's figure "
                "against the era's limit, and how much is to spare or over. A rule the car "
                "breaks says what to change. The power row is the makers' 64 PS agreement, "
                "not law: above it the car is still a kei car."
            )
        )

        self.era_combo = ElidingComboBox(self)
        self.era_combo.setAccessibleName(self.tr("Regulation era"))
        for era in regulations.eras():
            self.era_combo.addItem(era_label(era), era.id)
            self.era_combo.setItemData(
                self.era_combo.count() - 1, era_short_label(era), SHORT_TEXT_ROLE
            )
            if era.notes:
                self.era_combo.setItemData(
                    self.era_combo.count() - 1, era.shown_notes(), Qt.ItemDataRole.ToolTipRole
                )
        self.era_combo.currentIndexChanged.connect(self._era_chosen)
        # The era names are long ("Since Oct 1998 — 3.4 × 1.48 × 2.0 m, 660 cc"): the box
        # may be narrower than the longest (it then shows the era's short name, "Since Oct
        # 1998", or cut short with "…" if narrower still, the full name in its tooltip), so
        # the panel fits beside the figures in a 1280-wide window; the list that drops down
        # is always wide enough for every name.
        full_width = self.era_combo.sizeHint().width()
        self.era_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.era_combo.setMinimumContentsLength(18)
        self.era_combo.view().setMinimumWidth(full_width)

        self.verdict = QLabel(self)
        self._verdict_ok = True
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self._verdict_font()

        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        self._grid = grid
        self.narrow = 0  # how far the rules give way in width (see set_narrow)
        self.rows: dict[str, _Row] = {}
        for i, name in enumerate(RULES):
            self.rows[name] = _Row(self, grid, i)

        self.outline = OutlineView(self)

        form = QFormLayout()
        form.addRow(self.tr("&Rules:"), self.era_combo)
        # A margin whose digits change in place repaints its row alone: the panel and the
        # dashboard are not laid out again (see quiet_layout.py).
        layout = QuietVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addLayout(grid)
        layout.addWidget(self.outline, 1)
        # Room the outline does not take stays below the rules, never between them.
        layout.addStretch(0)

        follow(document, self, self.refresh)
        self.refresh()

    def set_narrow(self, level: int) -> None:
        """How far the rules give way in width, where docks beside the dashboard need the
        room (DockRoom): 0, not at all; 1 (:data:`NAMES_WRAPPED`), a long name as narrow
        as its longest word ("Power" / "(makers'" / "agreement," / "not law)"); 2
        (:data:`MARGINS_BELOW`), each margin under its name ("Length" / "3,395 of 3,400 mm
        — 5 mm to spare"), the rules as narrow as their status and their widest name or
        margin. In projector mode with the text two steps larger, the rules side by side
        took 762 of a 1024 px window's width in English (614 in Japanese), and the
        Comparison beside them got 242 px: its buttons cut, its plot's axis title
        clipped, a sideways scroll bar."""
        if level == self.narrow:
            return
        self.narrow = level
        below = level >= MARGINS_BELOW
        for row in self.rows.values():
            row.place(below)
            row.name.setMinimumWidth(0)  # measured afresh (see _fit_rows)
        self._fit_rows()
        self._grid.setColumnStretch(1, 1 if below else 0)
        self._grid.setColumnStretch(2, 0 if below else 1)
        self._grid.invalidate()
        self.updateGeometry()

    def _name_width(self, name: str, level: int) -> int:
        """The least width of a rule's name: on two lines at most, or at
        :data:`NAMES_WRAPPED` its longest word's."""
        fm = self.fontMetrics()
        words = max((fm.horizontalAdvance(w) for w in name.split()), default=0)
        if level == NAMES_WRAPPED:
            return words + 2
        return max(words, fm.horizontalAdvance(name) * 3 // 5) + 2

    def least_width(self, level: int) -> int:
        """The panel's least width at ``level`` of :meth:`set_narrow`, whichever it is at
        now: its rows' status, name and margin columns, or the rules' choice, the
        verdict's or the outline's least width if more."""
        rows = [r for r in self.rows.values() if not r.name.isHidden()]
        spacing = self._grid.horizontalSpacing()

        def least(label: QLabel) -> int:
            return label.minimumSizeHint().width()

        status = max((least(r.status) for r in rows), default=0)
        names = max((self._name_width(r.name.text(), level) for r in rows), default=0)
        details = max((max(least(r.detail), r.detail.minimumWidth()) for r in rows), default=0)
        if level >= MARGINS_BELOW:
            grid = status + spacing + max(names, details)
        else:
            grid = status + names + details + 2 * spacing
        layout = self.layout()
        assert layout is not None
        m = layout.contentsMargins()
        widths = [grid]
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget()
            if item.layout() is self._grid or item.spacerItem() is not None:
                continue
            if widget is not None and widget.isHidden():
                continue
            widths.append(item.minimumSize().width())
        return max(widths) + m.left() + m.right()

    def set_outline_visible(self, visible: bool) -> None:
        """The outline gives way first when the window is short of room (dashboard.py)."""
        if visible == (not self.outline.isHidden()):
            return
        self.outline.setVisible(visible)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(layout.count() - 1, 0 if visible else 1)

    def _verdict_font(self) -> None:
        # Relative to the panel's font, so larger text and projector mode enlarge it too.
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.verdict.setFont(big)

    def _fit_rows(self, rows: list[_Row] | None = None) -> None:
        """Narrow rules wrap each margin onto at most two lines, never a word a line: the
        value ("3,295 of 3,400 mm") and the margin ("105 mm to spare") each keep a line.
        ``rows``: those whose texts changed (None: every row)."""
        fm = self.fontMetrics()
        for row in self.rows.values() if rows is None else rows:
            # Grow only while the font stays: a drag that changes the numbers keeps the rules'
            # width steady (the font change resets it, see changeEvent).
            halves = row.detail.text().split("\N{NO-BREAK SPACE}— ")
            dash = fm.horizontalAdvance("\N{NO-BREAK SPACE}—")
            need = max(fm.horizontalAdvance(h) for h in halves) + dash + 2
            row.detail.setMinimumWidth(max(need, row.detail.minimumWidth()))
            # A long name ("Power (makers' agreement, not law)") on two lines at most (or
            # as narrow as its words, where the rules give way: set_narrow).
            need = self._name_width(row.name.text(), self.narrow)
            row.name.setMinimumWidth(max(need, row.name.minimumWidth()))

    def _era_chosen(self, index: int) -> None:
        era_id = self.era_combo.itemData(index)
        if era_id is not None and era_id != self._doc.era:
            self._doc.set_era(era_id)

    # -- update ------------------------------------------------------------------------------
    def refresh(self) -> None:
        compliance = self._doc.compliance
        if compliance is self._shown:
            return
        self._shown = compliance
        era = regulations.era(compliance.era)
        index = self.era_combo.findData(compliance.era)
        if index != self.era_combo.currentIndex():
            self.era_combo.blockSignals(True)
            self.era_combo.setCurrentIndex(index)
            self.era_combo.blockSignals(False)
        # The rules in full (the box may show them cut), and that they are the build's
        # (Shift+F1 on the box said only their name; a student did not know a choice is
        # saved with the build and undone with Ctrl+Z)
        tip = (
            self.era_combo.currentText()
            + "\n"
            + self.tr(
                "The rules the build is judged by: saved with it; Ctrl+Z takes a choice back."
            )
        )
        if self.era_combo.toolTip() != tip:
            self.era_combo.setToolTip(tip)
        # The rows are made once; a row is written again only when its check changed (a
        # length drag leaves the other rules' rows alone), and restyled only when its
        # verdict changed (see _restyle).
        checks = {c.name: c for c in compliance.checks}
        written = []
        for name, row in self.rows.items():
            check = checks.get(name)
            if check is not None and check != row.check:
                self._fill(row, check)
                written.append(row)
            row.check = check
            row.set_visible(check is not None)
        self._verdict(list(compliance.checks), era_date(era))
        self._fit_rows(written)
        self.outline.set_state(
            self._doc.build, (era.max_length_mm, era.max_width_mm, era.max_height_mm)
        )
        self._restyle()

    def _fill(self, row: _Row, check: RuleCheck) -> None:
        row.ok = check.ok
        agreement = check.kind == "agreement"
        if check.ok:
            row.status.setText(self.tr("✔ Pass"))
        else:
            row.status.setText(self.tr("⚠ Above") if agreement else self.tr("✖ Over"))
        names = {
            "length": self.tr("Length"),
            "width": self.tr("Width"),
            "height": self.tr("Height"),
            "displacement": self.tr("Engine size"),
            "power": self.tr("Power (makers' agreement, not law)"),
        }
        row.name.setText(names[check.name])
        value = fmt.unit_value(check.value, check.unit).removesuffix(" " + check.unit)
        limit = fmt.unit_value(check.limit, check.unit).removesuffix(" " + check.unit)
        margin = fmt.unit_value(abs(check.margin), check.unit)
        if check.margin == 0:
            tail = self.tr("exactly at the limit")
        elif check.ok:
            tail = self.tr("{margin} to spare").format(margin=margin)
        else:
            tail = self.tr("{margin} over").format(margin=margin)
        # "3,395 of 3,400 mm — 5 mm to spare"
        detail = self.tr("{value} of {limit} {unit} — {margin}").format(
            value=value, limit=limit, unit=check.unit, margin=tail
        )
        set_text(row.detail, keep_halves(detail))
        advice = "" if check.ok else self._advice(check, margin)
        row.advice.setText(keep_advice(advice))  # (whole words, as the verdict's)
        text = self.tr("{rule}: {status}, {detail}. {advice}").format(
            rule=row.name.text(),
            status=row.status.text(),
            detail=detail,
            advice=advice,
        )
        for w in row.widgets():
            w.setAccessibleName(row.name.text())
            w.setAccessibleDescription(text.strip())

    def _advice(self, check: RuleCheck, margin: str) -> str:
        limit = fmt.unit_value(check.limit, check.unit)
        template = {
            "length": self.tr("Shorten the car by at least {margin}."),
            "width": self.tr("Make the car at least {margin} narrower."),
            "height": self.tr("Lower the car by at least {margin}."),
            "displacement": self.tr(
                "Use an engine of {limit} or less (at least {margin} smaller)."
            ),
            "power": self.tr(
                "Cap the power at {limit} to keep to the makers' agreement (it is not law)."
            ),
        }[check.name]
        return template.format(margin=margin, limit=limit)

    def _verdict(self, checks: list[RuleCheck], date: str) -> None:
        laws = [c for c in checks if c.kind == "law"]
        broken = [c for c in laws if not c.ok]
        agreement_over = [c for c in checks if c.kind == "agreement" and not c.ok]
        self._verdict_ok = not broken
        # (Japanese words kept whole: in projector mode at 1280x720 the failing verdict
        # broke inside 'なりません'; it wraps at its spaces and punctuation only)
        if broken:
            text = keep_verdict(
                self.tr(
                    "✖ Not a kei car under the rules since {date}: %n rule(s) broken.",
                    "",
                    len(broken),
                ).format(date=date)
            )
        else:
            text = keep_verdict(
                self.tr("✔ A kei car under the rules since {date}.").format(date=date)
            )
            if agreement_over:  # (its Japanese broke between any two characters too)
                text += " " + keep_verdict(self.tr("But it is above the makers' power agreement."))
        self.verdict.setText(text)

    # -- look --------------------------------------------------------------------------------
    def _restyle(self) -> None:
        """Pass, over and above in their colours, through the labels' palettes (a style
        sheet would restyle the label, costly during a drag that crosses a limit), set
        only when a colour changes."""
        c = theme.colours(self.palette())
        for row in self.rows.values():
            agreement = row.check is not None and row.check.kind == "agreement"
            colour = c.better if row.ok else (c.warn if agreement else c.worse)
            _set_colour(row.status, colour)
            if not row.ok:
                _set_colour(row.advice, colour)
        _set_colour(self.verdict, c.better if self._verdict_ok else c.worse)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # the era names in the new language
            for i, era in enumerate(regulations.eras()):
                if i < self.era_combo.count():
                    self.era_combo.setItemText(i, era_label(era))
                    self.era_combo.setItemData(i, era_short_label(era), SHORT_TEXT_ROLE)
                    if era.notes:  # and its notes
                        self.era_combo.setItemData(
                            i, era.shown_notes(), Qt.ItemDataRole.ToolTipRole
                        )
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            if event.type() == QEvent.Type.FontChange:
                self._verdict_font()
            for row in self.rows.values():  # measured afresh (see _fit_rows)
                row.detail.setMinimumWidth(0)
                row.name.setMinimumWidth(0)
            self._fit_rows()
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self._shown = None  # a translator came or went: write the rows again
            for row in self.rows.values():
                row.check = None
            self.refresh()
        elif theme.is_palette_event(event) and self._shown is not None:
            self._restyle()  # the colours of the new palette (light or dark)


_TEXT = QPalette.ColorRole.WindowText


def _set_colour(label: QLabel, colour: QColor) -> None:
    """``label``'s text in ``colour`` (its palette changed only if the colour differs)."""
    if label.palette().color(_TEXT) != colour:
        palette = QPalette(label.palette())
        palette.setColor(_TEXT, colour)
        label.setPalette(palette)
