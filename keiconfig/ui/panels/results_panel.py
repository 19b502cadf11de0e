"""Results: kerb weight (and where it comes from), power, torque, times and top speed.

Each figure shows a change marker against the figure before the last edit: an arrow
for the direction of the number and a word saying whether that is better or worse,
coloured as well (never colour alone). A slider drag is one edit (the document merges
it into one undo step), so the marker shows the effect of the whole drag.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QEnterEvent,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from keiconfig.core.compare import free_speed_decimals
from keiconfig.core.electric import range_assumptions
from keiconfig.core.results import Performance, WeightPart
from keiconfig.core.text import sentences, translate
from keiconfig.ui import format as fmt
from keiconfig.ui import out_of_reach, plain, theme
from keiconfig.ui.document import Document
from keiconfig.ui.i18n import KeepsTranslations, core_translate, keep_words
from keiconfig.ui.quiet_layout import QuietVBoxLayout, set_text
from keiconfig.ui.refresh import build_changes, follow
from keiconfig.ui.view_state import ViewState


@dataclass(frozen=True)
class _Spec:
    key: str  # Performance (and Published) field
    title: str
    show: Callable[[Performance], str]
    unit: str  # unit of the change marker
    decimals: int
    lower_is_better: bool


def _specs() -> tuple[_Spec, ...]:
    return (
        _Spec(
            "kerb_weight_kg",
            QT_TRANSLATE_NOOP("ResultsPanel", "Kerb weight"),
            lambda p: fmt.kg(p.kerb_weight_kg),
            "kg",
            0,
            True,
        ),
        _Spec(
            "power_ps",
            QT_TRANSLATE_NOOP("ResultsPanel", "Power"),
            lambda p: fmt.power(p.power_ps, p.power_kw),
            "PS",
            0,
            False,
        ),
        _Spec(
            "torque_nm",
            QT_TRANSLATE_NOOP("ResultsPanel", "Torque"),
            lambda p: fmt.torque(p.torque_nm),
            "N·m",
            0,
            False,
        ),
        _Spec(
            "power_to_weight_ps_per_tonne",
            QT_TRANSLATE_NOOP("ResultsPanel", "Power to weight"),
            lambda p: fmt.ps_per_tonne(p.power_to_weight_ps_per_tonne),
            "PS/t",
            0,
            False,
        ),
        _Spec(
            "zero_to_60mph_s",
            QT_TRANSLATE_NOOP("ResultsPanel", "0–60 mph"),
            lambda p: fmt.seconds(p.zero_to_60mph_s),
            "s",
            1,
            True,
        ),
        _Spec(
            "zero_to_100kmh_s",
            QT_TRANSLATE_NOOP("ResultsPanel", "0–100 km/h (0–62 mph)"),
            lambda p: fmt.seconds(p.zero_to_100kmh_s),
            "s",
            1,
            True,
        ),
        _Spec(
            "quarter_mile_s",
            QT_TRANSLATE_NOOP("ResultsPanel", "¼ mile"),
            lambda p: fmt.seconds(p.quarter_mile_s),
            "s",
            1,
            True,
        ),
        _Spec(
            "standing_400m_s",
            QT_TRANSLATE_NOOP("ResultsPanel", "0–400 m"),
            lambda p: fmt.seconds(p.standing_400m_s),
            "s",
            1,
            True,
        ),
        _Spec(
            "top_speed_kmh",
            QT_TRANSLATE_NOOP("ResultsPanel", "Top speed"),
            lambda p: fmt.kmh(p.top_speed_kmh),
            "km/h",
            0,
            False,
        ),
        _Spec(
            "wltc_range_km",
            QT_TRANSLATE_NOOP("ResultsPanel", "Range (WLTC)"),
            lambda p: fmt.quantity(p.wltc_range_km, "km", 0),
            "km",
            0,
            False,
        ),
    )


# Help > What's This? on each card: what the figure is and where the model gets it.
FIGURE_HELP: Final[dict[str, str]] = {
    "kerb_weight_kg": QT_TRANSLATE_NOOP(
        "ResultsPanel",
        "Kerb weight: the car ready to drive, with its fluids and a full tank, "
        "without the driver. The model adds it up from the car's parts (Help > How the "
        "Model Works shows the sum); pin it when you know the real figure.",
    ),
    "power_ps": QT_TRANSLATE_NOOP(
        "ResultsPanel",
        "Peak power of the engine, after its power cap (the makers' 64 PS agreement "
        "holds a kei engine at 64 PS even when it could make more), or of an electric "
        "car's motor. 1 PS = 0.7355 kW.",
    ),
    "torque_nm": QT_TRANSLATE_NOOP(
        "ResultsPanel",
        "Peak torque: the most twisting force the engine or motor gives. Through the "
        "gears it becomes the push at the wheels that accelerates the car.",
    ),
    "power_to_weight_ps_per_tonne": QT_TRANSLATE_NOOP(
        "ResultsPanel",
        "Peak power for each tonne of kerb weight: a quick guide to how fast a car can "
        "be, before gearing, grip and drag have their say.",
    ),
    "zero_to_60mph_s": QT_TRANSLATE_NOOP(
        "ResultsPanel",
        "Time from standstill to 60 mph (96.6 km/h) in the model's run: full throttle "
        "on a level road with no wind, one 75 kg driver, the tyres' grip and every gear "
        "change counted.",
    ),
    "zero_to_100kmh_s": QT_TRANSLATE_NOOP(
        "ResultsPanel",
        "Time from standstill to 100 km/h (62 mph) in the model's run: full throttle on "
        "a level road with no wind, one 75 kg driver, the tyres' grip and every gear "
        "change counted.",
    ),
    "quarter_mile_s": QT_TRANSLATE_NOOP(
        "ResultsPanel", "Time to cover a quarter mile (402.3 m) from standstill in the model's run."
    ),
    "standing_400m_s": QT_TRANSLATE_NOOP(
        "ResultsPanel",
        "Time to cover 400 m from standstill in the model's run: the figure Japanese "
        "magazines quote.",
    ),
    "top_speed_kmh": QT_TRANSLATE_NOOP(
        "ResultsPanel",
        "The highest speed of the model's run: where the push at the wheels meets "
        "rolling resistance and air drag, unless the rev limiter or a speed limiter "
        "stops the car first (the note then says how fast it would go without it).",
    ),
    "wltc_range_km": QT_TRANSLATE_NOOP(
        "ResultsPanel",
        "An electric car's range on the Japanese WLTC test cycle, from the model's "
        "energy balance; point at the figure to read its assumptions.",
    ),
}


def torque_in_kgfm() -> bool:
    """Whether the torque is also given in kgf·m, under the figure: a choice of the
    translation (older Japanese spec sheets give kgf·m)."""
    # (asked of Qt once a language: every refresh of the figures asks)
    #: Translate as "torque also in kgf·m" where spec sheets give torque in kgf·m too
    #: (Japanese), else keep "torque in N·m only".
    text = core_translate("ResultsPanel", QT_TRANSLATE_NOOP("ResultsPanel", "torque in N·m only"))
    return text == "torque also in kgf·m"


def lead_with_400m() -> bool:
    """Whether the 400 m time stands where English shows the quarter mile: a choice of
    the translation (Japanese magazines quote the 400 m, ゼロヨン)."""
    #: Which standing-start time the results show: translate as "400 m first" where
    #: magazines quote the 400 m time (Japanese), else keep "quarter mile first".
    text = core_translate("ResultsPanel", QT_TRANSLATE_NOOP("ResultsPanel", "quarter mile first"))
    return text == "400 m first"


# The figures a lesson is about: they stay when the window is short of room (the others,
# then the weight bars, give way first: see keiconfig/ui/dashboard.py).
KEY_FIGURES = ("kerb_weight_kg", "zero_to_100kmh_s", "top_speed_kmh")
# ... and an electric car's range, where it has one (see ResultsPanel._applies).
_KEY_WHEN_SHOWN = ("wltc_range_km",)
# The figures next in line: the engine's or motor's peak power and torque, the ones an
# enthusiast checks first against the published figures. They give way after the other
# figures and the cards' notes, before the plots' tabs (see keiconfig/ui/dashboard.py).
POWER_FIGURES = ("power_ps", "torque_nm")


# A time that becomes unreachable, or reachable: the panel says so in words of its own
# (the figure's "▲ never" then read "▲ never worse", and in Japanese "▲ never 悪化").
NEVER = "▲ never"
REACHED = "▼ reached"


def change_marker(
    old: float | None, new: float | None, unit: str, decimals: int, lower_is_better: bool
) -> tuple[str, str]:
    """(text, kind) for a change from ``old`` to ``new``; kind is "better", "worse" or "".

    Only a change that shows at the displayed precision gets a marker, and it is the
    difference of the figures as shown:
    ``change_marker(10.6, 10.2, "s", 1, True) == ("▼ 0.4 s", "better")``.
    A time that becomes unreachable is "▲ never"; one that becomes reachable "▼ reached".
    A figure that comes or goes with the car's kind (an electric car's range when a
    petrol car becomes electric) gets none: it is neither better nor worse.
    """
    old_ok, new_ok = fmt.is_number(old), fmt.is_number(new)
    if not old_ok and not new_ok:
        return "", ""
    if old_ok != new_ok and not lower_is_better:
        return "", ""
    if old_ok and not new_ok:
        return NEVER, "worse"
    if new_ok and not old_ok:
        return REACHED, "better"
    assert old is not None and new is not None
    if fmt.number(old, decimals) == fmt.number(new, decimals):
        return "", ""
    # The difference of the figures as shown: 17.0 s then 10.7 s is "▼ 6.3 s", not the
    # "▼ 6.2 s" of the unrounded 16.96 and 10.74, which a person cannot check
    delta = round(new, decimals) - round(old, decimals)
    if fmt.number(abs(delta), decimals) in ("0", "0.0", "0.00"):
        return "", ""
    arrow = "▲" if delta > 0 else "▼"
    better = (delta < 0) == lower_is_better
    return f"{arrow} {fmt.signed_delta(delta, unit, decimals)}", "better" if better else "worse"


class SteadyLabel(QLabel):
    """A one-line label that keeps its size while its text changes (it only ever grows).

    A label whose size hint changes asks its layout, and so the window, to lay out again on
    every new text; a fixed-size one repaints itself alone. The size is fitted again from
    scratch when the font changes (larger text, projector mode).

    Selectable by mouse (:meth:`select_on_demand`) as the figure's other labels are; the text
    machinery selection takes (a text document, made anew for every new text and several
    times as costly to paint) exists only while the mouse is over the label or a selection
    is kept: it looks the same either way, and a drag changes these labels on every frame.
    """

    _room = -1  # text width that fits in the fixed size (-1: not fitted yet)
    _selectable = False
    _as_machinery = False
    _apart = False  # a gap after its text, while it has one (see keep_apart)

    def keep_apart(self) -> None:
        """A gap of two spaces after its text while it has one, inside its own size: the
        change marker and the note beside it touched ('▲ 2 kg 悪化カタログ値:760 kg',
        Japanese, projector mode, 1920x1080) where the card was as wide as both. Inside
        the label (its right margin), not the row's spacing: the spacing, between the
        columns whether the marker has a text or not, took room from every note and the
        dashboard planned again mid-drag."""
        self._apart = True
        if self._set_gap():
            self._fit()

    def _set_gap(self, fresh: bool = False) -> bool:
        """The right margin the text needs now; whether it changed. Kept while the text
        is empty, as the size is (unless ``fresh``): a margin taken away asked the layout
        again, and the dashboard planned again mid-drag."""
        gap = self.fontMetrics().horizontalAdvance("  ") if self._apart and self.text() else 0
        if not self.text() and not fresh:
            return False
        if self.contentsMargins().right() == gap:
            return False
        self.setContentsMargins(0, 0, gap, 0)
        return True

    def select_on_demand(self, as_machinery: bool = False) -> None:
        """Selectable by mouse, the text machinery made only while it is needed.

        ``as_machinery``: without it, paint the text where the machinery paints it (see
        :meth:`paintEvent`), for a text that a plain label places a pixel higher or lower.
        """
        self._selectable = True
        self._as_machinery = as_machinery
        self._interactive(self.underMouse())

    def _interactive(self, on: bool) -> None:
        if not self._selectable:
            return  # selectable always, or never, as set by setTextInteractionFlags
        flags = _SELECTABLE if on else _STATIC
        if self.textInteractionFlags() != flags:
            self.setTextInteractionFlags(flags)

    def enterEvent(self, event: QEnterEvent) -> None:
        self._interactive(True)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if not self.hasSelectedText():
            self._interactive(False)

    def setText(self, text: str) -> None:
        if text == self.text():
            return
        if not self.underMouse():
            self._interactive(False)  # a selection kept goes with the old text
        super().setText(text)
        gap_changed = self._apart and self._set_gap()
        # Measuring the text is much cheaper than the label's size hint (style sheets).
        if gap_changed or self.fontMetrics().horizontalAdvance(text) > self._room:
            self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Without the text machinery, the text laid out and placed as the machinery's
        document does (one line, no margin, centred on the line's height, the top rounded
        down): the plain label centres a line whose glyphs come partly from a fallback font
        ("▲") a pixel off from that at some text sizes, and the text would jump as the mouse
        comes over it. The document itself is not made: made anew for every new text, it
        cost the drag more than the rest of the panel's figures."""
        if (
            not self._as_machinery
            or self.textInteractionFlags() != _STATIC
            or self.alignment() != _DEFAULT_ALIGN
            or self.margin() or self.indent() >= 0 or self.wordWrap()
            or not self.isEnabled() or self.isRightToLeft()
        ):  # fmt: skip
            super().paintEvent(event)
            return
        cr = self.contentsRect()
        layout = QTextLayout(self.text(), self.font())
        option = QTextOption(_DEFAULT_ALIGN)
        option.setWrapMode(QTextOption.WrapMode.ManualWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(cr.width())
            line.setPosition(QPointF(0, 0))
        layout.endLayout()
        top = max((cr.height() - line.height()) / 2, 0.0) if line.isValid() else 0.0
        at = QRectF(cr.x(), cr.y() + top, cr.width(), cr.height()).toAlignedRect()
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.translate(at.topLeft())
        painter.setClipRect(QRectF(0, 0, at.width(), at.height()))
        layout.draw(painter, QPointF(0, 0))
        painter.end()

    def _fit(self, fresh: bool = False) -> None:
        hint = self.sizeHint()
        if fresh:
            w, h = hint.width(), hint.height()
        else:  # grow only (a glyph from a fallback font, e.g. "▲", may add a pixel of height)
            w, h = max(hint.width(), self.minimumWidth()), max(hint.height(), self.minimumHeight())
        if (w, h) != (self.minimumWidth(), self.minimumHeight()) or fresh:
            self.setFixedSize(w, h)
        self._room = w - (hint.width() - self.fontMetrics().horizontalAdvance(self.text()))

    def fit_afresh(self) -> None:
        """Its size fitted to its present text alone, as a new label's (a build just opened:
        the sizes the texts of the builds before it needed no longer count)."""
        self.setMinimumSize(0, 0)
        self.setMaximumSize(_QWIDGETSIZE_MAX, _QWIDGETSIZE_MAX)
        self._set_gap(fresh=True)
        if self.text():
            self._fit(fresh=True)
        else:
            self._room = -1  # fitted when it has a text again

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            if self._apart:
                self._set_gap(fresh=True)  # (two spaces of the new font)
            self.setMinimumSize(0, 0)
            self.setMaximumSize(_QWIDGETSIZE_MAX, _QWIDGETSIZE_MAX)
            self._fit(fresh=True)


_QWIDGETSIZE_MAX = (1 << 24) - 1
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
_STATIC = Qt.TextInteractionFlag.NoTextInteraction
_DEFAULT_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # a label's
# A figure card is at most this many times as wide as its title or value needs.
NOTE_ROOM = 1.4


def _unbroken(quantity: str) -> str:
    """``"135 km/h"`` with a no-break space: a card's note that wraps never leaves the
    number at the end of one line and its unit alone at the start of the next; and with
    word joiners round the slash, which Qt breaks after ("published: 130 km/" over "h" on
    the Sakura's top speed in projector mode at 1920x1080)."""
    joined = quantity.replace("\N{WORD JOINER}", "")  # (Japanese's, see i18n.keep_units)
    return joined.replace(" ", "\N{NO-BREAK SPACE}").replace("/", "\N{WORD JOINER}/\N{WORD JOINER}")


class Figure(QFrame):
    """One figure: a small title, a big value, a change marker and a note."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.value = SteadyLabel(fmt.MISSING)
        self.marker = SteadyLabel()
        self.note = QLabel()
        self.kind = ""
        # The one note that stays when the cards' notes give way (the limiter's: the top
        # speed is the limiter's, not the car's), in the note's place (see show_notes).
        self.key_note = QLabel()
        self.key_note.hide()
        # When even the key note has to give way, one word of it ("limited") stays, on the
        # change marker's line, which is there anyway: it costs the card no height.
        self.key_word = QLabel()
        self.key_word.setTextFormat(Qt.TextFormat.PlainText)
        self.key_word.hide()
        self.notes_shown = self.key_note_shown = True
        self._with_notes: tuple[tuple, QFont, QSize] | None = None  # see size_with_notes
        for label in (self.title, self.note, self.key_note, self.key_word):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The value looks the same with or without the text machinery; the marker's "▲"
        # comes from a fallback font, whose line height the two centre differently: the
        # marker paints itself where the machinery would.
        self.value.select_on_demand()
        self.marker.setTextFormat(Qt.TextFormat.PlainText)
        self.marker.select_on_demand(as_machinery=True)
        self.marker.keep_apart()  # (its size holds the gap before the note: see _widest)
        # A short note ("published: 760 kg") on one line; a long one wraps rather than
        # making the card wider than its figure needs (see sizeHint).
        for note in (self.note, self.key_note):
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(title)
        self.value.setAccessibleName(title)
        # A note whose digits change in place ("limited; about 144 without the limiter")
        # repaints alone: the card, the figures and the dashboard are not laid out again
        # (see quiet_layout.py).
        layout = QuietVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        self._row = row = QGridLayout()
        row.addWidget(self.marker, 0, 0)
        row.addWidget(self.note, 0, 1)
        row.addWidget(self.key_note, 0, 1)  # one of the three is shown
        # (filling its cell, its text at the right: aligned in the cell, it was placed at its
        # size hint's height, taller than the line in Japanese, and reached over the value)
        self.key_word.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.key_word, 0, 1)
        row.setColumnStretch(1, 1)
        layout.addLayout(row)
        # A card made taller by its row's tallest card keeps the room below: cards in a row
        # begin level (the room went above and below each title, the kerb weight's title
        # and value lower than the top speed's beside it, its note on two lines).
        layout.addStretch(1)
        self.apply_fonts()

    def size_without_note(self, key_note: bool = True) -> QSize:
        """Its size without its notes (``key_note``: but its key note, if it has one; else
        its key word, on the marker's line), with its frame. Without the frame and the key
        word's line (taller than the marker's: 35 px in Japanese in projector mode, the
        marker's 16), the top speed's card was planned 13 px short, and its 'リミッター作動'
        ('limited') was drawn over the value's foot (1280x720, projector, a dock below). A
        note that keeps its room hidden (under Guess First's cover) keeps its lines too."""
        frame, m = self.contentsMargins(), self.layout().contentsMargins()
        parts = (self.title, self.value, self.marker)
        core = max(p.sizeHint().width() for p in parts)
        line = self.marker.sizeHint().height()
        if not key_note and self.key_word.text():  # as the layout places it, aligned
            line = max(line, _item_hint(self.key_word).height())
            if self.marker.text():  # beside the marker, apart: 'limited' was drawn over
                # '▼ 46 km/h worse' (1280x720, text two steps larger, the Classroom open)
                # (the marker's size holds the gap after it: SteadyLabel.keep_apart)
                beside = _item_hint(self.marker).width() + max(self._row.horizontalSpacing(), 0)
                core = max(core, beside + _item_hint(self.key_word).width())
        if self.note.sizePolicy().retainSizeWhenHidden():  # (under Guess First's cover)
            room = max(core - self.marker.sizeHint().width(), 1)
            line = max(line, _item_height_for(self.note, room))
        height = self.title.sizeHint().height() + self.value.sizeHint().height() + line
        height += m.top() + m.bottom() + frame.top() + frame.bottom()
        if key_note and self.key_note.text():  # in the marker's row, beside it (counted as a row)
            room = max(core - self.marker.sizeHint().width(), 1)
            height += self.key_note.heightForWidth(room)
        return QSize(core + m.left() + m.right() + frame.left() + frame.right(), height)

    def show_notes(self, shown: bool, key_note: bool = True) -> None:
        """All its notes, or only its key note (``key_note``), or none."""
        self.notes_shown, self.key_note_shown = shown, key_note
        if self.note.isHidden() == shown:
            self.note.setVisible(shown)
        key = not shown and key_note and bool(self.key_note.text())
        if self.key_note.isHidden() == key:
            self.key_note.setVisible(key)
        word = not shown and not key_note and bool(self.key_word.text())
        if self.key_word.isHidden() == word:
            self.key_word.setVisible(word)

    def sizeHint(self) -> QSize:
        """As wide as the title and value need, with some room for the note: a longer
        note ("limited; about 167 without the limiter · published: 135 km/h") wraps."""
        hint = super().sizeHint()
        cap = self._widest()
        if hint.width() <= cap:
            return hint
        return QSize(cap, self.heightForWidth(cap))

    def _widest(self) -> int:
        """The widest :meth:`sizeHint` gives: :data:`NOTE_ROOM` times the title or value,
        but room beside a change marker for a note's longest word and a gap: a marker
        ("▲ 2 kg worse") and a note ("published: 679 kg") were drawn over each other, the
        note wrapped to nothing beside the marker (1280x720)."""
        layout = self.layout()
        assert layout is not None
        m = layout.contentsMargins()
        core = max(self.title.sizeHint().width(), self.value.sizeHint().width())
        widest = int(core * NOTE_ROOM) + m.left() + m.right()
        words = [n.minimumSizeHint().width() for n in (self.note, self.key_note) if n.text()]
        if words and self.marker.text():
            # (the marker's size holds the gap after it: SteadyLabel.keep_apart)
            beside = _item_hint(self.marker).width() + max(self._row.horizontalSpacing(), 0)
            frame = self.contentsMargins()  # (and the frame: the card was 2 px too narrow)
            side = m.left() + m.right() + frame.left() + frame.right()
            widest = max(widest, beside + max(words) + side)
        return widest

    def size_with_notes(self) -> QSize:
        """Its size with its note shown, whether the note is shown now or not: the width
        :meth:`sizeHint` gives, and the height the card's layout gives at that width.

        The layout's own hints leave a hidden widget out: measured so while the notes were
        hidden, a plan with them seemed to fit until it showed them, then did not, and the
        dashboard flipped between the two plans for ever (Japanese, projector mode,
        1280×720). Worked out here, as the card's layouts would, from each part's own size
        hint and height for a width, which are the same shown or hidden.

        Worked out again only when what it comes from changed (a plan asks for it at every
        level and arrangement; the note's height for a width lays its text out each time).
        """
        key = (
            *(w.sizeHint().toTuple() for w in (self.title, self.value, self.marker, self.note)),
            *(w.minimumSize().toTuple() for w in (self.value, self.marker)),
            *(w.maximumSize().toTuple() for w in (self.value, self.marker)),
            self.note.text(),
            self.key_note.text(),  # (room beside the marker for its longest word)
            self.frameWidth(),
        )
        font = self.note.font()
        kept = self._with_notes
        if kept is not None and kept[0] == key and kept[1] == font:
            return QSize(kept[2])
        size = self._work_out_size_with_notes()
        self._with_notes = (key, font, QSize(size))
        return size

    def _work_out_size_with_notes(self) -> QSize:
        layout = self.layout()
        assert layout is not None
        frame, m = self.contentsMargins(), layout.contentsMargins()
        side = frame.left() + frame.right() + m.left() + m.right()
        ends = frame.top() + frame.bottom() + m.top() + m.bottom()
        ends += 2 * max(layout.spacing(), 0)  # between the title, the value and the row
        title, value, marker, note = (
            _item_hint(w) for w in (self.title, self.value, self.marker, self.note)
        )
        beside = marker.width() + max(self._row.horizontalSpacing(), 0)  # the note's left
        # (no wider for the gap the marker holds after its text where the note can wrap:
        # the card as wide as it was, so a drag plans nothing new; wider where it cannot,
        # 'カタログ値:760 kg' was cut to 'カタログ値:760 k')
        gap = self.marker.contentsMargins().right()
        least = _item_min_width(self.note) if self.note.text() else 0
        width = max(title.width(), value.width(), beside - gap + note.width(), beside + least)
        width += side
        width = min(width, self._widest())  # a longer note wraps (see sizeHint)
        # ... but never narrower than the card's layout lets it be: beside a change marker,
        # an empty note still takes its few pixels (the cap left those out, and the torque
        # card with '▲ 13 N·m better' was planned 10 px narrower than it is: the grid took
        # them from the power card beside it, whose '58 PS (43 kW)' was cut at its right)
        width = max(width, beside + _item_min_width(self.note) + side)
        note_h = _item_height_for(self.note, width - side - beside)
        return QSize(width, title.height() + value.height() + max(marker.height(), note_h) + ends)

    def apply_fonts(self) -> None:
        base = self.font()
        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() * 2.0)
        big.setBold(True)
        self.value.setFont(big)
        mid = QFont(base)
        mid.setPointSizeF(base.pointSizeF() * 1.15)
        mid.setBold(True)
        self.marker.setFont(mid)


def _item_hint(widget: QWidget) -> QSize:
    """The size hint a layout takes for ``widget`` shown (QWidgetItem::sizeHint), even
    while it is hidden (a layout takes a hidden widget as empty)."""
    hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
    return hint.boundedTo(widget.maximumSize()).expandedTo(widget.minimumSize())


def _item_min_width(widget: QWidget) -> int:
    """The least width a layout gives ``widget`` shown (its minimum size hint's, or its
    minimum size's), even while it is hidden."""
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


def _item_height_for(widget: QWidget, width: int) -> int:
    """The height a layout gives ``widget`` shown at ``width`` (QWidgetItem::heightForWidth;
    a widget whose height does not depend on its width, its hint's)."""
    if not widget.hasHeightForWidth():
        return _item_hint(widget).height()
    height = widget.heightForWidth(width)
    return min(max(height, widget.minimumHeight()), widget.maximumHeight())


# Combined once: combining Qt flags is slow in Python, and paint runs on every change.
_RIGHT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
_LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


#: The share of the weight bars' width the bars keep, however long a part's name.
BAR_SHARE = 0.4


class WeightBars(QWidget):
    """One horizontal bar per weight part, heaviest first: where the kilograms are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: tuple[WeightPart, ...] = ()
        self.names: list[str] = []  # the parts' names in the user's language
        self._tip_stale = False
        self.setAccessibleName(self.tr("Kerb weight by part"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_parts(self, parts: tuple[WeightPart, ...]) -> None:
        parts = tuple(sorted(parts, key=lambda p: -p.kg))
        if parts == self.parts:
            return
        rows_changed = len(parts) != len(self.parts)
        self.parts = parts
        # The part names are English in the model's results; shown in the user's language.
        self.names = [translate("weight", p.name) for p in parts]
        self.setAccessibleDescription(
            "; ".join(f"{name}: {fmt.kg(p.kg)}" for name, p in zip(self.names, parts, strict=True))
        )
        # Each part's detail in words is written when the tooltip is asked for (see event):
        # a drag changes the parts on every frame, and nobody reads a tooltip meanwhile.
        self._tip_stale = True
        if rows_changed:  # the height follows the number of rows only
            self.updateGeometry()
        self.update()

    def _write_tip(self) -> None:
        if self._tip_stale:
            self._tip_stale = False
            self.setToolTip(
                "\n".join(
                    f"{name}: {fmt.kg(p.kg)}" + (f" — {p.shown_detail()}" if p.detail else "")
                    for name, p in zip(self.names, self.parts, strict=True)
                )
            )

    def toolTip(self) -> str:
        self._write_tip()
        return super().toolTip()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._write_tip()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.parts:
            parts, self.parts = self.parts, ()
            self.set_parts(parts)  # the names again, in the new language

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.45)

    def sizeHint(self) -> QSize:
        return QSize(300, max(1, len(self.parts)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(180, self.sizeHint().height())

    def columns(self) -> tuple[int, int, int]:
        """The widths of the names, the bars and the numbers: the names as wide as the
        longest needs while the bars keep :data:`BAR_SHARE` of the width (a third of it
        cut "brakes and tyres for the power" to "brakes and tyres for the ..." at 1920 by
        1080, beside bars with room to spare), and never less than a third."""
        fm = self.fontMetrics()
        width = self.width()
        num_w = fm.horizontalAdvance("0,000 kg") + 8
        room = max(width // 3, int(width * (1.0 - BAR_SHARE)) - num_w)
        need = max((fm.horizontalAdvance(name) for name in self.names), default=0) + 10
        name_w = min(need, room)
        return name_w, max(10, width - name_w - num_w), num_w

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.parts:
            return
        c = theme.colours(self.palette())
        p = QPainter(self)  # text and upright bars: no need for (costly) antialiasing
        fm = self.fontMetrics()
        rh = self._row_height()
        name_w, bar_w, num_w = self.columns()
        top_kg = max(pt.kg for pt in self.parts) or 1.0
        for i, (part, name) in enumerate(zip(self.parts, self.names, strict=True)):
            y = i * rh + 2
            p.setPen(c.text)
            p.drawText(
                QRectF(0, y, name_w - 6, rh),
                _RIGHT,
                fm.elidedText(name, Qt.TextElideMode.ElideRight, name_w - 6),
            )
            w = bar_w * max(part.kg, 0.0) / top_kg
            p.fillRect(QRectF(name_w, y + rh * 0.2, w, rh * 0.6), c.speed)
            p.drawText(
                QRectF(name_w + w + 4, y, num_w + bar_w - w, rh),
                _LEFT,
                fmt.kg(part.kg),
            )
        p.end()


class ResultsPanel(KeepsTranslations, QWidget):
    """The build's figures, big enough for a projector, with change markers."""

    def __init__(
        self, document: Document, view: ViewState | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._doc = document
        self._view = view if view is not None else ViewState(self)
        self.setAccessibleName(self.tr("Results"))
        self._specs = _specs()
        self._shown: Performance | None = None
        self._baseline: Performance | None = None  # the run before the current step
        # The colours and the figures' kinds the markers were last styled for (a drag
        # mostly keeps both: then there is nothing to style again).
        self._styled_for: tuple[theme.Colours, tuple[str, ...]] | None = None
        self.figures: dict[str, Figure] = {}

        self._grid = grid = QGridLayout()
        grid.setSpacing(6)
        for spec in self._specs:
            self.figures[spec.key] = Figure(self.tr(spec.title), self)
            self.figures[spec.key].setWhatsThis(self.tr(FIGURE_HELP[spec.key]))
        self._arrangement: tuple = ()
        self._arranged_as: tuple[bool, int, bool, bool, bool, bool] | None = None
        self._weight_shown = True
        self.weight_title = QLabel(self.tr("Where the weight is"))
        bold = QFont(self.font())
        bold.setBold(True)
        self.weight_title.setFont(bold)
        self.weight_note = QLabel()
        self.weight_note.setWordWrap(True)
        self.weight_bars = WeightBars(self)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.weight_title)
        layout.addWidget(self.weight_note)
        layout.addWidget(self.weight_bars)
        layout.addStretch(1)
        self.arrange(all_figures=True, columns=2, weight=True)

        follow(document, self, self.refresh, build_changes)
        self.refresh()

    # -- arrangement (the window's dashboard decides) -------------------------------------
    def shown_keys(self, all_figures: bool, power: bool = False) -> list[str]:
        """The figures shown: every one, or :data:`KEY_FIGURES` (and with ``power``,
        :data:`POWER_FIGURES` too)."""
        return [
            s.key
            for s in self._specs
            if (
                all_figures
                or s.key in KEY_FIGURES
                or s.key in _KEY_WHEN_SHOWN
                or (power and s.key in POWER_FIGURES)
            )
            and self._applies(s.key)
        ]

    def _applies(self, key: str) -> bool:
        """An electric car's range: its figure only for an electric build; the 400 m
        time or the quarter mile, as the language says, and the 0-60 mph time only
        beside the quarter mile (a Japanese dashboard showed '0-60 mph' beside
        0-100km/h加速)."""
        if key == "wltc_range_km":
            return self._shown is not None and self._shown.electric is not None
        if key in ("standing_400m_s", "quarter_mile_s"):  # one of the two, by language
            return (key == "standing_400m_s") == lead_with_400m()
        if key == "zero_to_60mph_s":  # no miles where the 400 m leads (as the Comparison)
            return not lead_with_400m()
        return True

    def arrange(
        self,
        all_figures: bool,
        columns: int,
        weight: bool,
        notes: bool = True,
        key_note: bool = True,
        power: bool = False,
    ) -> None:
        """Show every figure or only :data:`KEY_FIGURES` (with ``power``, and
        :data:`POWER_FIGURES`), in ``columns`` columns, with or without the weight bars
        and the cards' notes ("published: 760 kg")."""
        keys = self.shown_keys(all_figures, power)
        state = (tuple(keys), columns, weight, notes, key_note)
        if state == self._arrangement:
            return
        self._arrangement = state
        self._arranged_as = (all_figures, columns, weight, notes, key_note, power)
        for fig in self.figures.values():
            fig.show_notes(notes, key_note)
        for fig in self.figures.values():
            self._grid.removeWidget(fig)
        for i, key in enumerate(keys):
            self._grid.addWidget(self.figures[key], i // columns, i % columns)
        for key, fig in self.figures.items():
            fig.setVisible(key in keys)
        self._weight_shown = weight
        self.weight_title.setVisible(weight)
        self.weight_bars.setVisible(weight)
        self.weight_note.setVisible(weight and self._weight_note_wanted())

    def needed_size(
        self,
        all_figures: bool,
        columns: int,
        weight: bool,
        notes: bool = True,
        key_note: bool = True,
        power: bool = False,
        uniform: bool = False,
    ) -> QSize:
        """The size the figures need in that arrangement (see :meth:`arrange`); with
        ``uniform``, every column as wide as the widest card (a width at which the
        cards have room to spare, as the dashboard's least width was once measured)."""
        figs = [self.figures[k] for k in self.shown_keys(all_figures, power)]
        sizes = [f.size_with_notes() if notes else f.size_without_note(key_note) for f in figs]
        rows = [sizes[i : i + columns] for i in range(0, len(sizes), columns)]
        space = self._grid.spacing()
        m = self.layout().contentsMargins()
        # Each column as wide as its widest card (the grid's own rule), not every column
        # as wide as the widest card of all: in projector mode at 1280x720 with a 10 pt
        # desktop's text the three key figures in a row were counted 801 px wide (three
        # times the 0-100 km/h card's title) where they need some 680; the dashboard took
        # two rows of cards and its speed plot's time axis went below the window's edge.
        across = min(columns, len(sizes))
        col_w = [max(size.width() for size in sizes[j::columns]) for j in range(across)]
        if uniform:
            col_w = [max(col_w)] * across
        width = sum(col_w) + (across - 1) * space
        height = sum(max(size.height() for size in row) for row in rows)
        height += (len(rows) - 1) * space
        if weight:
            inner = max(width, self.weight_bars.minimumSizeHint().width())
            width = inner
            gap = self.layout().spacing()
            height += 2 * gap + self.weight_title.sizeHint().height()
            height += self.weight_bars.sizeHint().height()
            if self._weight_note_wanted():
                height += gap + self.weight_note.heightForWidth(inner)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def _weight_note_wanted(self) -> bool:
        return self._shown is not None and self._shown.weight_pinned

    # -- update ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the figures, with markers against the run before the current step (for a
        slider drag, the run before the drag began; nothing for a build just opened)."""
        perf = self._doc.performance
        if perf is self._shown:
            return
        self._shown, self._baseline = perf, self._doc.previous_performance
        self._write_values(perf)
        if self._baseline is None:
            # A build just opened: no markers, and each value and marker as wide as its
            # own text needs. (They only grow, to keep still during a drag: an emptied
            # marker kept the room of the last build's '▲ 186 kg 悪化', and the notes
            # beside it were cut, 'カタログ値:41', in Japanese at 1920x1080.)
            for fig in self.figures.values():
                fig.marker.setText("")
                fig.marker.fit_afresh()
                fig.value.fit_afresh()
        self._write_notes(perf)
        # An electric car's range: its figure only for an electric build, with the
        # steady-speed ranges in its tooltip.
        range_fig = self.figures["wltc_range_km"]
        if perf.electric is not None:
            (s1, r1), (s2, r2) = perf.electric.steady_range_km[:2]
            range_fig.setToolTip(
                sentences(
                    (
                        self.tr(
                            "Range on the Japanese WLTC mode (low, medium and high phases), "
                            "from the model's energy balance (model.md). At a steady %1 km/h: "
                            "%2 km; at %3 km/h: %4 km."
                        )
                        .replace("%1", f"{s1:.0f}")
                        .replace("%2", f"{r1:.0f}")
                        .replace("%3", f"{s2:.0f}")
                        .replace("%4", f"{r2:.0f}"),
                        range_assumptions(),
                    )
                )
            )
        # An electric car's range: its figure only for an electric build (see _applies).
        if self._arranged_as is not None:
            self.arrange(*self._arranged_as)
        self._show_markers()
        self.weight_bars.set_parts(perf.weight_parts)
        if perf.weight_pinned:
            estimate = sum(p.kg for p in perf.weight_parts)
            self.weight_note.setText(
                self.tr(
                    "Pinned at {pinned}; the parts below are the model's estimate ({estimate})."
                ).format(pinned=fmt.kg(perf.kerb_weight_kg), estimate=fmt.kg(estimate))
            )
            self.weight_note.setVisible(self._weight_shown)
        else:
            self.weight_note.hide()

    def _write_values(self, perf: Performance) -> None:
        """Each figure's value; a time the car never reaches in words ("out of reach"), as
        the preset gallery says it: the Subaru 360's 0–100 km/h card showed a bare '—'."""
        for spec in self._specs:
            text = out_of_reach.words() if self._out_of_reach(perf, spec.key) else spec.show(perf)
            self.figures[spec.key].value.setText(text)

    @staticmethod
    def _out_of_reach(perf: Performance, key: str) -> str:
        """Why the time ``key`` is not there, when the car's run never reaches its speed."""
        return out_of_reach.why_missing(key, getattr(perf, key), perf.top_speed_kmh)

    def _write_notes(self, perf: Performance) -> None:
        """Each figure's note: pinned, the limiter, the published figure (and whether it
        is doubtful). Made from templates, so written again when the language changes."""
        published = self._doc.build.published
        for spec in self._specs:
            fig = self.figures[spec.key]
            notes = []
            key_note = ""
            if spec.key == "torque_nm" and torque_in_kgfm():
                notes.append(_unbroken(fmt.kgfm(perf.torque_nm)))
            if self._is_pinned(perf, spec.key):
                notes.append(self.tr("pinned"))
            if spec.key == "top_speed_kmh" and fmt.is_number(perf.unlimited_top_speed_kmh):
                free = perf.unlimited_top_speed_kmh
                decimals = free_speed_decimals(perf.top_speed_kmh, free, 0)
                key_note = self.tr("limited; about %s without the limiter") % fmt.number(
                    free, decimals
                )
                notes.append(key_note)
            pub = getattr(published, spec.key, None) if published is not None else None
            why = ""  # the build's notes, which say why a published figure is doubtful
            if fmt.is_number(pub):
                shown = self.tr("published: %s") % _unbroken(self._format_like(spec, pub))
                if published is not None and spec.key in (published.doubtful or ()):
                    # (the window shows the notes nowhere else: "see the notes" sent
                    # people looking for them)
                    shown = self.tr("%s (doubtful: point here for why)") % shown
                    why = self._doc.build.notes or ""
                notes.append(shown)
            set_text(fig.note, " · ".join(keep_words(n) for n in notes))  # (whole Japanese words)
            fig.key_note.setText(keep_words(key_note) if key_note else "")
            fig.key_word.setText(self.tr("limited") if key_note else "")
            fig.show_notes(fig.notes_shown, fig.key_note_shown)
            if fig.note.toolTip() != (tip := plain.tooltip(why) if why else ""):
                fig.note.setToolTip(tip)

    def _show_markers(self) -> None:
        perf = self._shown
        assert perf is not None
        for spec in self._specs:
            fig = self.figures[spec.key]
            new = getattr(perf, spec.key)
            text, kind = ("", "")
            if self._baseline is not None:
                old = getattr(self._baseline, spec.key)
                text, kind = change_marker(old, new, spec.unit, spec.decimals, spec.lower_is_better)
            fig.kind = kind
            if text == NEVER:
                #: Under a time on a card: after a change the car no longer reaches the speed
                #: (100 km/h) or the distance at all.
                text = self.tr("▲ out of reach")
            elif text == REACHED:
                #: Under a time on a card: after a change the car reaches it again.
                text = self.tr("▼ within reach")
            elif kind:
                word = self.tr("better") if kind == "better" else self.tr("worse")
                text = f"{text} {word}"
            fig.marker.setText(text)
            # A time out of reach says why, to a screen reader and in the card's tooltip.
            why = self._out_of_reach(perf, spec.key)
            parts = (fig.value.text(), text, fig.note.text(), why)
            tip = why if spec.key in out_of_reach.TARGETS else None
            self._view.speak(fig, " ".join(s for s in parts if s), tip)
        self._style_markers()

    @staticmethod
    def _is_pinned(perf: Performance, key: str) -> bool:
        return {
            "kerb_weight_kg": perf.weight_pinned,
            "power_ps": perf.power_pinned,
            "torque_nm": perf.torque_pinned,
        }.get(key, False)

    @staticmethod
    def _format_like(spec: _Spec, value: float) -> str:
        if spec.key == "power_ps":
            return fmt.ps(value)
        return fmt.quantity(value, spec.unit, spec.decimals)

    # -- look --------------------------------------------------------------------------------
    def _style_markers(self, force: bool = False) -> None:
        c = theme.colours(self.palette())
        kinds = tuple(fig.kind for fig in self.figures.values())
        if not force and self._styled_for is not None:
            colours, styled_kinds = self._styled_for
            if colours is c and styled_kinds == kinds:
                return
        self._styled_for = (c, kinds)
        role = QPalette.ColorRole.WindowText
        for fig in self.figures.values():
            # The colours through the labels' palettes: a new style sheet would restyle
            # the label (costly, and a drag flips markers between better and worse often),
            # and a label with a style sheet kept the text size it had then: after Ctrl+=
            # the cards' titles and notes stayed small (9 pt beside 11.25 pt).
            colour = {"better": c.better, "worse": c.worse}.get(fig.kind, c.text)
            for label, wanted in (
                (fig.marker, colour),
                (fig.title, c.muted),
                (fig.note, c.muted),
                (fig.key_note, c.muted),
            ):
                if force or label.palette().color(role) != wanted:
                    palette = QPalette(label.palette())
                    palette.setColor(role, wanted)
                    label.setPalette(palette)

    def _show_lead_distance(self) -> None:
        """The 400 m or the quarter mile, as the language says (see _applies)."""
        if self._arranged_as is not None:
            self.arrange(*self._arranged_as)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_lead_distance()  # the 400 m or the quarter mile, as the language says
        if theme.is_palette_event(event):
            self._style_markers(force=True)
        elif event.type() == QEvent.Type.FontChange:
            for fig in self.figures.values():
                fig.apply_fonts()
        elif event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self._write_values(self._shown)  # "out of reach" in the new language
            self._write_notes(self._shown)
            # and the change markers' words ('▼ 57 kg better' stayed on the Japanese card),
            # with what each card says to a screen reader
            self._show_markers()
