"""Guess first: the times stay hidden until the class has guessed the 0-100 km/h time.

While the mode is on, covers (opaque labels laid over the widgets, so the results and
plots panels need no changes) hide the time figures of the results panel (0-60 mph,
0-100 km/h, quarter mile, top speed) and the whole speed-time plot. A bar at the top of
the window asks "Your guess for 0–100 km/h: [ ] s  Reveal"; revealing removes the
covers and says "You guessed 12.0 s — the model says 11.3 s (0.7 s quicker)". Any change
to the car (not a change of era) covers the times again.

The "what limits it" sentence under the plot is covered too: it names the top speed and
where the car passes 100 km/h.

Hidden means hidden from a screen reader as well. While the times are hidden, the labels
under a figure's cover (value, change marker, note) are hidden (keeping their size), and
the accessible descriptions and tooltips of the figures, the speed plot and the sentence,
which their panels fill with the numbers, are replaced by "hidden until you guess"; the
reveal puts the panels' latest texts back. The panels set those texts again when the car
changes, so they are hidden again after every change (this object's handlers run after the
panels': see :meth:`GuessMode.set_enabled`) and after palette and font changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QToolBar, QWidget

from keiconfig.ui import theme

if TYPE_CHECKING:
    from keiconfig.core.results import Performance
    from keiconfig.ui.main_window import MainWindow

HIDDEN_FIGURES = ("zero_to_60mph_s", "zero_to_100kmh_s", "quarter_mile_s", "top_speed_kmh")
LIMITS_SENTENCE = "limitsSentence"  # object name of the "what limits it" label (limits_panel)


def parse_seconds(text: str) -> float | None:
    """``"12.5"``, ``"12,5"`` or ``"12.5 s"`` -> 12.5; None if not a positive number."""
    cleaned = text.strip().lower().removesuffix("s").strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if 0 < value < 1000 else None


def verdict(guess_s: float, model_s: float | None) -> str:
    """ "You guessed 12.0 s — the model says 11.3 s (0.7 s quicker)" (untranslated form)."""
    head = f"You guessed {guess_s:.1f} s"
    if model_s is None:
        return f"{head} — the model says it never reaches 100 km/h"
    diff = round(model_s, 1) - round(guess_s, 1)
    if abs(diff) < 0.05:
        tail = "spot on!"
    elif diff < 0:
        tail = f"{-diff:.1f} s quicker"
    else:
        tail = f"{diff:.1f} s slower"
    return f"{head} — the model says {model_s:.1f} s ({tail})"


class Cover(QLabel):
    """An opaque label that sits over ``target`` and follows its size."""

    def __init__(self, target: QWidget, text: str, big: bool = False) -> None:
        super().__init__(text, target)
        self.setAutoFillBackground(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAccessibleName(text)
        self._big = big
        self._apply_font()
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.hide()

    def _apply_font(self) -> None:
        if self._big:
            f = QFont(self.parentWidget().font())
            f.setPointSizeF(f.pointSizeF() * 1.6)
            f.setBold(True)
            self.setFont(f)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget():
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(self.parentWidget().rect())
            elif event.type() == QEvent.Type.FontChange:
                self._apply_font()
        return False

    def cover(self, on: bool) -> None:
        if on:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.setVisible(on)


class GuessBar(QToolBar):
    """The guess input and the answer, as a bar at the top of the window."""

    reveal_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guessBar")
        self.setWindowTitle(self.tr("Guess first"))
        self.setMovable(False)
        self.prompt = QLabel(self.tr("Your guess for 0–100 km/h:"), self)
        self.input = QLineEdit(self)
        self.input.setAccessibleName(self.tr("Your guess for 0–100 km/h, in seconds"))
        self.input.setPlaceholderText(self.tr("e.g. 12.5"))
        self._size_input()
        self.prompt.setBuddy(self.input)
        self.unit = QLabel(self.tr("s"), self)
        self.reveal_button = QPushButton(self.tr("&Reveal"), self)
        self.reveal_button.setAccessibleName(self.tr("Reveal the model's times"))
        self.answer = QLabel(self)
        self.answer.setAccessibleName(self.tr("Your guess and the model's answer"))
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.prompt, self.input, self.unit, self.reveal_button, self.answer):
            self.addWidget(w)
        self.input.returnPressed.connect(self._reveal)
        self.reveal_button.clicked.connect(self._reveal)

    def _size_input(self) -> None:
        self.input.setFixedWidth(self.input.fontMetrics().horizontalAdvance("e.g. 12.5") + 24)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_input()  # projector mode and zoom: the field grows with the text

    def _reveal(self) -> None:
        value = parse_seconds(self.input.text())
        if value is None:
            self.answer.setText(self.tr("Type a time in seconds, e.g. 12.5"))
            self.input.setFocus()
            return
        self.reveal_requested.emit(value)


class GuessMode(QObject):
    """The mode: covers, bar, and the hidden/revealed state."""

    hidden_changed = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._doc = window.document
        self.enabled = False
        self.hidden = False
        self.guess_s: float | None = None
        self._revealed_for: Performance | None = None
        tr = self.tr
        self.covers: list[Cover] = []
        # (widget, what a screen reader hears instead of its description while hidden)
        self._muted: list[tuple[QWidget, str]] = []
        # widget -> its panel's latest (description, tooltip), put back by the reveal
        self._saved: dict[QWidget, tuple[str, str]] = {}
        # labels under a figure's cover, hidden from screen readers while the times are
        self._under_covers: list[QWidget] = []
        for key in HIDDEN_FIGURES:
            figure = window.results_panel.figures[key]
            cover = Cover(figure, "")
            cover.setText(
                f"{figure.title.text()}<br><b style='font-size:xx-large'>?</b> " + tr("guess first")
            )
            cover.setAccessibleName(tr("%s hidden until you guess") % figure.title.text())
            self.covers.append(cover)
            self._muted.append((figure, tr("Hidden until you guess")))
            for label in (figure.value, figure.marker, figure.note):
                policy = label.sizePolicy()
                policy.setRetainSizeWhenHidden(True)  # the figure keeps its size under the cover
                label.setSizePolicy(policy)
                self._under_covers.append(label)
        # The gearing plot marks the top speed (gearing_plot.py): covered too.
        gearing_plot = getattr(window, "gearing_plot", None)
        if gearing_plot is not None:
            self.covers.append(
                Cover(gearing_plot.widget, tr("The gearing plot shows the top speed: hidden."))
            )
            self._muted.append((gearing_plot.widget, tr("Hidden until you guess")))
        speed = window.plots_panel.speed_widget
        self.covers.append(
            Cover(
                speed,
                tr("The speed plot is hidden until you guess the 0–100 km/h time."),
                big=True,
            )
        )
        self._muted.append((speed, tr("Hidden until you guess the 0–100 km/h time")))
        self._sentence_covered = False
        self._watched: set[QWidget] = set()
        self._recheck = QTimer(self)  # once more after the event, for texts set after ours
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(0)
        self._recheck.timeout.connect(self._mute_now)
        self.bar = GuessBar(window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()
        self.bar.reveal_requested.connect(self.reveal)
        self._doc.build_changed.connect(self._build_changed)
        # The results panel sets its figures' descriptions again when the undo stack moves,
        # which it signals after the build changed.
        self._doc.undo_stack.indexChanged.connect(self._texts_maybe_changed)

    def _cover_sentence(self) -> None:
        """The "what limits it" sentence (made after this object) gets its cover on first use."""
        if self._sentence_covered:
            return
        sentence = self._window.findChild(QLabel, LIMITS_SENTENCE)
        if sentence is None:
            return
        self._sentence_covered = True
        cover = Cover(sentence, self.tr("What limits it: shown once you have guessed."))
        self.covers.insert(len(HIDDEN_FIGURES), cover)  # the speed plot's cover stays last
        self._muted.append((sentence, self.tr("Hidden until you guess")))

    def set_enabled(self, on: bool) -> None:
        if on == self.enabled:
            return
        self.enabled = on
        if on:
            self._cover_sentence()
            # Run after every panel's handler (some panels are made after this object),
            # so that what they set is hidden again at once.
            self._doc.build_changed.disconnect(self._build_changed)
            self._doc.build_changed.connect(self._build_changed)
        self.bar.setVisible(on)
        self._set_hidden(on)
        if on:
            self.bar.input.setFocus()

    def reveal(self, guess_s: float) -> None:
        self.guess_s = guess_s
        perf = self._doc.performance
        self._revealed_for = perf
        text = verdict(guess_s, perf.zero_to_100kmh_s)
        self.bar.answer.setText(self.tr(text))
        self._set_hidden(False)

    def _build_changed(self) -> None:
        if not self.enabled or self._doc.performance is self._revealed_for:
            self._texts_maybe_changed()  # e.g. only the era changed: the times are the same
            return
        self._set_hidden(True)

    def _set_hidden(self, hidden: bool) -> None:
        if hidden:
            self._revealed_for = None
            self.bar.answer.setText(
                self.tr("Times hidden: type your guess, then Reveal.") if self.enabled else ""
            )
            self.bar.input.clear()
            self.guess_s = None
        changed = hidden != self.hidden
        self.hidden = hidden
        for label in self._under_covers:
            label.setVisible(not hidden)
        for cover in self.covers:
            cover.cover(hidden)
        if hidden:
            self._mute()
        else:
            self._unmute()
        if changed:
            self.hidden_changed.emit(hidden)

    # -- what a screen reader hears -------------------------------------------------------
    def _texts_maybe_changed(self) -> None:
        if self.hidden:
            self._mute()

    def _mute(self) -> None:
        """Replace the numbers in the muted widgets' descriptions and tooltips now, and once
        more when the event that changed the car is over (for panels that set theirs later)."""
        self._mute_now()
        if self.hidden:
            self._recheck.start()

    def _mute_now(self) -> None:
        """Keep the panels' own texts (the latest ones) for the reveal, and mute them."""
        if not self.hidden:
            return
        for widget, text in self._muted:
            description, tip = widget.accessibleDescription(), widget.toolTip()
            if description == text and not tip:
                continue  # still muted
            if description == text:  # only the tooltip was set again
                description = self._saved.get(widget, ("", ""))[0]
            self._saved[widget] = (description, tip)
            widget.setAccessibleDescription(text)
            widget.setToolTip("")
            if widget not in self._watched:
                widget.installEventFilter(self)
                self._watched.add(widget)

    def _unmute(self) -> None:
        for widget, (description, tip) in self._saved.items():
            widget.setAccessibleDescription(description)
            widget.setToolTip(tip)
        self._saved.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A panel restyled for a new palette or font may set its texts again.
        if self.hidden and (
            theme.is_palette_event(event) or event.type() == QEvent.Type.FontChange
        ):
            self._recheck.start()
        return False
