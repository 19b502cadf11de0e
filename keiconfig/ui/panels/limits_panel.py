"""What limits me: one sentence under the speed plot, and single changes that would help.

The sentence comes from :func:`keiconfig.core.explain.limit_summary`, the same phases
the plot shades, and each limit's words (the summary's ``spans``, so in any language)
are highlighted in that limit's shading colour (the words say it too: colour never
carries the meaning alone).

The list comes from :func:`keiconfig.core.suggestions.suggestions`: single changes
ranked by their effect on the 0-100 km/h time, each a button that applies the change
as one undoable step ("Undo Apply all-wheel drive"). Changes that break the chosen
era's rules say so in words. The changes that make the car quicker by more than the
model can tell apart come first; then, under their own heading, those about the same
(within the margin, or a gain real cars do not bear out: the evidence is in the
tooltip); then the slower ones.

Both are recomputed after a short pause (:data:`DEBOUNCE_MS`), so a slider drag stays
smooth; the list only while it is visible.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from keiconfig.core import explain, suggestions
from keiconfig.core.text import sentences
from keiconfig.ui import theme
from keiconfig.ui.document import Change, Document
from keiconfig.ui.focus_chain import tab_chain_back
from keiconfig.ui.i18n import KeepsTranslations, keep_phrases, keep_units, keep_words
from keiconfig.ui.quiet_layout import set_text
from keiconfig.ui.refresh import build_changes, follow
from keiconfig.ui.view_state import ViewState

DEBOUNCE_MS = 120
MAX_SHOWN = 10

# The English words of each limit (see explain._OPENING / _NOUN), for a sentence that
# comes without the summary's spans.
_LIMIT_WORDS = {
    "traction": r"wheelspin",
    "power": r"engine power",
    "shift": r"gear changes?",
    "rev_limit": r"(?:the )?rev limiter",
    "drag": r"air drag",
}
_PATTERN = re.compile(
    "|".join(f"(?P<{name}>{words})" for name, words in _LIMIT_WORDS.items()), re.IGNORECASE
)


def blend(over: QColor, under: QColor) -> QColor:
    """``over`` (translucent) painted on ``under``: the colour the eye sees on the plot."""
    a = over.alphaF()
    return QColor.fromRgbF(
        over.redF() * a + under.redF() * (1 - a),
        over.greenF() * a + under.greenF() * (1 - a),
        over.blueF() * a + under.blueF() * (1 - a),
    )


_NUMBER_SPACE = re.compile(r"(?<=\d) (?=[^\W\d_])")  # '139 km/h', '22.1 s', '4 gear changes'


def _unbroken(text: str) -> str:
    """``text`` escaped for rich text, each figure on the line of its unit (a line broke
    between '139' and 'km/h'; inside 'km/h' itself: keep_units, for the whole sentence),
    Japanese words whole (it broke inside '1.1秒のロス' and 'までは' at 1920x1080: it
    breaks at its spaces and punctuation only, see keep_phrases)."""
    return html.escape(keep_phrases(_NUMBER_SPACE.sub("\N{NO-BREAK SPACE}", text)))


_AFTER_A_COLON = re.compile("(?<=[:\uff1a])(?=\\S)")


def _headed(text: str) -> str:
    """A heading of the list with its Japanese words and figures whole ('…タイムの変化(クリッ
    クで適用)' broke inside 適用 in a narrow Classroom); English is left as it is."""
    kept = keep_phrases(text)
    if kept == text:
        return text
    text = _NUMBER_SPACE.sub("\N{NO-BREAK SPACE}", text).replace(
        "–", "\N{WORD JOINER}–\N{WORD JOINER}"
    )
    # ('0–100 km/h' whole; a line may end after its colon, which Qt keeps to a digit after it)
    return _AFTER_A_COLON.sub("\N{ZERO WIDTH SPACE}", keep_phrases(text))


# Japanese marks (full width: the comma and full stop, closing brackets, colon and the
# like; opening brackets), set in a box with their own blank half: a shaded term's
# padding beside one read as a space ('空気抵抗 、').
_CLOSING_MARKS: Final = frozenset(
    "\u3001\u3002\uff0c\uff0e\uff09\u300d\u300f\u3011\u3015\uff1a\uff1b\uff01\uff1f"
)
_OPENING_MARKS: Final = frozenset("\uff08\u300c\u300e\u3010\u3014")


def sentence_html(
    sentence: str,
    colours: theme.Colours,
    spans: Sequence[tuple[int, int, str]] | None = None,
) -> str:
    """The sentence with each limit's words bold on that limit's shading colour, kept on
    one line (a Japanese term broke inside its word at a line's end, '空気' / '抵抗', on
    the two lines of its shading), and each figure on the line of its unit.

    ``spans`` are (start, end, limit) of the limits' words, as
    :attr:`keiconfig.core.explain.LimitSummary.spans` gives them (in any language);
    without them, the English words are looked for.
    """
    if spans is None:
        spans = [(m.start(), m.end(), str(m.lastgroup)) for m in _PATTERN.finditer(sentence)]
    # Japanese words are kept whole (keep_phrases): a line may break on either side of a
    # shaded term instead, as at an English term's spaces ("…までは" / " エンジン出力 による")
    edge = "" if keep_phrases(sentence) == sentence else "\N{ZERO WIDTH SPACE}"
    out: list[str] = []
    pos = 0
    for start, end, name in spans:
        if start < pos or end > len(sentence):
            continue  # overlapping or out of range: leave those words plain
        shade = blend(colours.limit_fill(name), colours.base)
        out.append(_unbroken(sentence[pos:start]))
        # no padding against a Japanese mark, whose glyph has its own room: '空気抵抗 、'
        lead = "" if sentence[start - 1 : start] in _OPENING_MARKS else "&nbsp;"
        trail = "" if sentence[end : end + 1] in _CLOSING_MARKS else "&nbsp;"
        out.append(
            f'{edge if lead else ""}<span style="background-color:{theme.css(shade)}; '
            f'font-weight:bold">{lead}{_unbroken(keep_words(sentence[start:end]))}{trail}'
            f"</span>{edge if trail else ''}"
        )
        pos = end
    out.append(_unbroken(sentence[pos:]))
    return "".join(out)


def lower_first(label: str) -> str:
    """ "All-wheel drive" -> "all-wheel drive"; "CVT" stays "CVT"."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


# The space between a number and the unit after it ("−0.3 s", "+2 kg", "(1085 mm)").
_UNIT_AFTER_NUMBER = re.compile(r"(?<=\d) (?=(?:s|kg|mm|cc|PS|kW|km/h|N·m|rpm)(?![\w/·]))")


class WrappingButton(QPushButton):
    """A push button whose text wraps onto more lines instead of being cut at the edge.

    The text is shown by a word-wrapping label inside the button; :meth:`text` and
    :meth:`setText` read and write it, so the button is used like any other.
    """

    PAD = 8  # px around the text, inside the button's frame

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setAccessibleName("")
        box = QHBoxLayout(self)
        box.setContentsMargins(self.PAD, self.PAD // 2, self.PAD, self.PAD // 2)
        box.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:  # type: ignore[override]
        return self._text

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._text = text
        # shown with each figure kept on one line with its unit ("+2 kg" was wrapped
        # as "+2" over "kg" in a narrow dock), and Japanese words and figures whole (in
        # projector mode at 1280x720 '…ほぼ同じ(+0.2' / '秒)' was broken inside the time):
        # a Japanese line breaks at its spaces and punctuation (keep_phrases)
        self.label.setText(keep_phrases(_UNIT_AFTER_NUMBER.sub("\N{NO-BREAK SPACE}", text)))
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = max(width - 2 * self.PAD, 1)
        return self.label.heightForWidth(inner) + self.PAD + 2

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 10, line + self.PAD + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 4, self.fontMetrics().height() + self.PAD)


class LimitsPanel(KeepsTranslations, QWidget):
    """The ranked single changes; owns :attr:`sentence`, which the window puts under the plot."""

    def __init__(
        self, document: Document, view: ViewState | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._view = view if view is not None else ViewState(self)
        self._doc = document
        self.setAccessibleName(self.tr("Make it quicker"))
        self.suggestions: list[suggestions.Suggestion] = []
        self._sentence_text = ""
        self._sentence_spans: tuple[tuple[int, int, str], ...] = ()
        self._gearing_text = ""
        self._list_for: object = None  # the (performance, era) the list was made for

        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.sentence.setAccessibleName(self.tr("What limits the car"))
        self.sentence.setWhatsThis(
            self.tr(
                "The model's run in one sentence: what limits the car in each stretch of it, "
                "from standstill to its top speed, and the time the gear changes cost. The "
                "words of each limit are highlighted in the colour the speed plot shades "
                "that stretch in."
            )
        )
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        # the headings of the "about the same" and "slower" groups, placed above each
        # group's first button (see _place_group_headings)
        self.same_heading = QLabel(self)
        self.same_heading.setWordWrap(True)
        self.slower_heading = QLabel(self)
        self.slower_heading.setWordWrap(True)
        for label in (self.same_heading, self.slower_heading):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(bold)
            label.hide()
        self.buttons: list[WrappingButton] = []
        # Under the list: how many changes it leaves out (it shows MAX_SHOWN; the rest were
        # dropped without a word)
        self.more = QLabel(self)
        self.more.setWordWrap(True)
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.hide()
        self._column = QVBoxLayout(self)
        self._column.addWidget(self.heading)
        self._column.addWidget(self.empty)
        self._column.addWidget(self.more)
        self._column.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.update_now)
        # The sentence is cheap and must match the plot's shading at once; the list of
        # changes runs the model a dozen times, so it waits for a pause in the editing
        # (and is not worked out at all while the panel is out of view: see showEvent).
        follow(document, self.sentence, self._update_sentence, build_changes)
        document.changed.connect(self._changed)
        theme.watch_palette(self.sentence, self._show_sentence)
        self.update_now()

    # -- update ------------------------------------------------------------------------------
    def _changed(self, _change: Change) -> None:
        # Only the list waits for the timer, and only a shown panel makes it (the sentence
        # follows the document on its own); a hidden panel makes it when shown again.
        if self.isVisible():
            self._timer.start()

    def update_now(self) -> None:
        """Recompute at once (the debounce timer calls this)."""
        self._timer.stop()
        self._update_sentence()
        if self.isVisible():
            self._update_list()

    def _update_sentence(self) -> None:
        summary = explain.limit_summary(self._doc.performance)
        if (
            summary.sentence != self._sentence_text
            or summary.spans != self._sentence_spans
            or summary.gearing != self._gearing_text
        ):
            self._sentence_text = summary.sentence
            self._sentence_spans = summary.spans
            self._gearing_text = summary.gearing
            self._show_sentence()

    def _show_sentence(self) -> None:
        c = theme.colours(self.sentence.palette())
        words = sentence_html(self._sentence_text, c, self._sentence_spans)
        if self._gearing_text:  # what the gearing or the motor does (core.gearing)
            words = sentences((words, _unbroken(self._gearing_text)))
        # New numbers in their places: no layout of the plots panel (see quiet_layout.py)
        # (its Japanese, "加速を制限するもの:", broke inside もの)
        text = keep_phrases(self.tr("<b>What limits it:</b> {sentence}")).format(sentence=words)
        set_text(self.sentence, keep_units(text))  # (a Japanese line broke inside "km/h")
        self._view.speak(self.sentence, f"{self._sentence_text} {self._gearing_text}".strip())

    def _update_list(self) -> None:
        doc = self._doc
        key = (doc.performance, doc.era)
        if key == self._list_for:
            return
        self._list_for = key
        found = suggestions.suggestions(doc.build, era_id=doc.era, base=doc.performance)
        self.suggestions = found[:MAX_SHOWN]
        measure = found[0].measure if found else "0-100 km/h"
        self.heading.setText(
            _headed(
                self.tr("One change at a time: what each does to the %s time (click to apply)")
                % measure.replace("-", "–")
            )
        )
        margin = found[0].margin_s if found else 0.0
        self.empty.setText(
            self.tr(
                "No single change makes it quicker by more than the model can tell apart "
                "(±{margin} s)."
            ).format(margin=f"{margin:.1f}")
            if found
            else self.tr("No single change moves the time by a tenth of a second.")
        )
        self.empty.setVisible(not any(s.verdict == suggestions.QUICKER for s in found))
        self.same_heading.setText(
            _headed(
                self.tr(
                    "About the same: within ±{margin} s, which the model cannot tell apart"
                ).format(margin=f"{margin:.1f}")
            )
        )
        self.slower_heading.setText(self.tr("Slower"))
        left_out = found[MAX_SHOWN:]
        if left_out and all(s.verdict == suggestions.SLOWER for s in left_out):
            more = self.tr("…and %n more change(s) that make it slower.", "", len(left_out))
        else:
            more = self.tr("…and %n more change(s), not shown.", "", len(left_out))
        # (Japanese words whole: '…(表示していませ' / 'ん)。' at 1920x1080 in projector mode)
        self.more.setText(keep_phrases(more) if left_out else "")
        self.more.setVisible(bool(left_out))
        while len(self.buttons) < len(self.suggestions):
            self._add_button()
        c = theme.colours(self.palette())
        for i, button in enumerate(self.buttons):
            if i >= len(self.suggestions):
                button.hide()
                continue
            s = self.suggestions[i]
            text = s.text
            # No change offered breaks a law of the era (a bigger engine stops at its
            # limit, the body only gets lower; tests/core/test_suggestions.py checks it):
            # what a change can go above is the 64 PS makers' agreement, which is not law
            # (the compliance panel says so), and is said as such.
            if s.breaks:
                text = self.tr("{change} — ⚠ above the makers' power agreement (not law)").format(
                    change=text
                )
            button.setText(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(s.evidence)
            tip = [text, s.evidence] if s.evidence else [text]
            tip.append(self.tr("Click to apply this change (you can undo it)"))
            button.setToolTip("\n".join(tip))
            # A change that goes above the makers' agreement in the warning colour,
            # through the button's palette (its text's label takes it from there): under a
            # style sheet the button kept the text size it had then, small after Ctrl+=.
            palette = QPalette()  # (no colour of its own: the panel's)
            if not s.keeps_compliance:
                palette.setColor(QPalette.ColorRole.ButtonText, c.warn)
                palette.setColor(QPalette.ColorRole.WindowText, c.warn)
            button.setPalette(palette)
            button.show()
        self._place_group_headings()

    def _place_group_headings(self) -> None:
        """Each group's heading just above its first shown change; hidden without one."""
        for label, verdict in (
            (self.same_heading, suggestions.ABOUT_SAME),
            (self.slower_heading, suggestions.SLOWER),
        ):
            first = next((i for i, s in enumerate(self.suggestions) if s.verdict == verdict), None)
            self._column.removeWidget(label)
            if first is None:
                label.hide()
                continue
            self._column.insertWidget(self._column.indexOf(self.buttons[first]), label)
            label.show()

    def _add_button(self) -> None:
        index = len(self.buttons)
        # Long texts wrap onto a second line rather than widening the panel or being cut.
        button = WrappingButton(self)
        button.clicked.connect(lambda _checked=False, i=index: self.apply(i))
        # Tab's order: after the change above it, the first after what takes the focus
        # before this panel (the Classroom's tabs); a new widget is last in the window's
        # order, after the docks made since: Tab from the tabs went through the
        # Comparison first. (Qt orders only widgets that take the focus.)
        start: QWidget = self.buttons[-1] if self.buttons else self
        before: QWidget | None = start
        if not start.focusPolicy() & Qt.FocusPolicy.TabFocus:
            before = None  # round the whole chain: nothing takes the focus
            for w in tab_chain_back(start):
                if w is self:
                    break
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    before = w
                    break
        if before is not None:
            QWidget.setTabOrder(before, button)
        self.buttons.append(button)
        self._column.insertWidget(self._column.indexOf(self.more), button)  # above "…and N more"

    def apply(self, index: int) -> None:
        """Apply the suggestion shown at ``index`` as one undo step."""
        s = self.suggestions[index]
        self._doc.change(s.updates, self.tr("Apply %s") % lower_first(s.label))

    # -- events ------------------------------------------------------------------------------
    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        self._update_list()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # a translator came or went
            self._sentence_text = ""
            self._list_for = None
            self.update_now()
        elif theme.is_palette_event(event) and self._list_for is not None:
            self._list_for = None
            if self.isVisible():
                self._update_list()
