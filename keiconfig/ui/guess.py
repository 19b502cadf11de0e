"""Guess first: the times stay hidden until the class has guessed the 0-100 km/h time.

While the mode is on, covers (opaque labels laid over the widgets, so the results and
plots panels need no changes) hide the time figures of the results panel (0-60 mph,
0-100 km/h, quarter mile, top speed), the whole speed-time plot and the "what limits it"
sentence (it names the top speed and where the car passes 100 km/h). A bar asks "Your
guess for 0–100 km/h: [ ] s  Reveal"; revealing removes the covers and says "You guessed
12.0 s — the model says 11.3 s (0.7 s quicker)". Any change to the car (not a change of
era) covers the times again.

Hidden means hidden from a screen reader as well: the labels under a figure's cover are
hidden (keeping their size), and the accessible descriptions and tooltips of the covered
widgets say "hidden until you guess". That is the view state's job
(:meth:`ViewState.hide_times_in`, :meth:`ViewState.speak`): the panels give their texts to
it, so they are right whatever order the panels and this mode handle a change in.

:class:`GuessMode` is handed what it covers (the figures, the speed plot, the sentence), the
document and the view state; the window places its bar.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QToolBar, QWidget

from keiconfig.ui.document import Change, Document
from keiconfig.ui.view_state import ViewState

if TYPE_CHECKING:
    from keiconfig.core.results import Performance
    from keiconfig.ui.panels.results_panel import Figure

HIDDEN_FIGURES = (
    "zero_to_60mph_s",
    "zero_to_100kmh_s",
    "quarter_mile_s",
    "standing_400m_s",
    "top_speed_kmh",
)


def parse_seconds(text: str) -> float | None:
    """``"12.5"``, ``"12,5"`` or ``"12.5 s"`` -> 12.5; None if not a positive number."""
    cleaned = text.strip().lower().removesuffix("s").strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if 0 < value < 1000 else None


def verdict(guess_s: float, model_s: float | None) -> str:
    """ "You guessed 12.0 s — the model says 11.3 s (0.7 s quicker)", in the window's
    language (each case a whole sentence for the translator)."""
    guess = f"{guess_s:.1f}"
    if model_s is None:
        return QCoreApplication.translate(
            "GuessMode", "You guessed {guess} s — the model says it never reaches 100 km/h"
        ).format(guess=guess)
    diff = round(model_s, 1) - round(guess_s, 1)
    if abs(diff) < 0.05:
        said = QCoreApplication.translate(
            "GuessMode", "You guessed {guess} s — the model says {model} s (spot on!)"
        )
    elif diff < 0:
        said = QCoreApplication.translate(
            "GuessMode", "You guessed {guess} s — the model says {model} s ({diff} s quicker)"
        )
    else:
        said = QCoreApplication.translate(
            "GuessMode", "You guessed {guess} s — the model says {model} s ({diff} s slower)"
        )
    return said.format(guess=guess, model=f"{model_s:.1f}", diff=f"{abs(diff):.1f}")


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
        self.answered: tuple[float, float | None] | None = None  # (guess, model) shown
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
        elif event.type() == QEvent.Type.LanguageChange and self.answered is not None:
            self.show_answer(*self.answered)  # (a sentence made from numbers: made again)

    def show_answer(self, guess_s: float, model_s: float | None) -> None:
        """The guess and the model's time, in the window's language."""
        self.answered = (guess_s, model_s)
        self.answer.setText(verdict(guess_s, model_s))

    def _reveal(self) -> None:
        value = parse_seconds(self.input.text())
        if value is None:
            self.answered = None
            self.answer.setText(self.tr("Type a time in seconds, e.g. 12.5"))
            self.input.setFocus()
            return
        self.reveal_requested.emit(value)


class GuessMode(QObject):
    """The mode: covers, bar, and the hidden/revealed state (kept in the view state)."""

    def __init__(
        self,
        document: Document,
        view: ViewState,
        figures: Mapping[str, Figure],
        speed_plot: QWidget,
        sentence: QWidget,
        gearing_plot: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = document
        self._view = view
        self.enabled = False
        self.guess_s: float | None = None
        self._revealed_for: Performance | None = None
        self.covers: list[Cover] = []
        # labels under a figure's cover, hidden from screen readers while the times are
        self._under_covers: list[QWidget] = []
        self._figure_covers: list[tuple[Cover, Figure]] = []
        for key in HIDDEN_FIGURES:
            figure = figures[key]
            cover = Cover(figure, "")
            self.covers.append(cover)
            self._figure_covers.append((cover, figure))
            # (under the cover they keep their room: see _set_hidden)
            self._under_covers.extend((figure.value, figure.marker, figure.note))
        self._sentence = sentence
        self.covers.append(Cover(sentence, ""))
        self._gearing_plot = gearing_plot
        if gearing_plot is not None:  # it marks the top speed: covered too
            self.covers.append(Cover(gearing_plot, ""))
        self._speed_plot = speed_plot
        self.covers.append(Cover(speed_plot, "", big=True))
        self._write_texts()
        self.bar = GuessBar()  # placed by the window
        self.bar.hide()
        self.bar.reveal_requested.connect(self.reveal)
        document.changed.connect(self._changed)

    def _write_texts(self) -> None:
        """The covers' words and what a screen reader hears under them, in the window's
        language: again after a live switch (a figure's cover is made from its title, so
        the switch could not turn it: it kept '0–100 km/h (0–62 mph) ? guess first' on a
        Japanese screen, and the view state's hidden words stayed English)."""
        tr, view = self.tr, self._view
        for cover, figure in self._figure_covers:
            title = figure.title.text()
            cover.setText(f"{title}<br><b style='font-size:xx-large'>?</b> " + tr("guess first"))
            cover.setAccessibleName(tr("%s hidden until you guess") % title)
            view.hide_times_in(figure, tr("Hidden until you guess"))
        plain = [(self._sentence, tr("What limits it: shown once you have guessed."))]
        view.hide_times_in(self._sentence, tr("Hidden until you guess"))
        if self._gearing_plot is not None:
            plain.append((self._gearing_plot, tr("The gearing plot shows the top speed: hidden.")))
            view.hide_times_in(self._gearing_plot, tr("Hidden until you guess"))
        plain.append(
            (self._speed_plot, tr("The speed plot is hidden until you guess the 0–100 km/h time."))
        )
        view.hide_times_in(self._speed_plot, tr("Hidden until you guess the 0–100 km/h time"))
        for target, text in plain:
            cover = next(c for c in self.covers if c.parentWidget() is target)
            cover.setText(text)
            cover.setAccessibleName(text)

    @property
    def hidden(self) -> bool:
        return self._view.times_hidden

    def set_enabled(self, on: bool) -> None:
        if on == self.enabled:
            return
        self.enabled = on
        self.bar.setVisible(on)
        self._set_hidden(on)
        if on:
            self.bar.input.setFocus()

    def reveal(self, guess_s: float) -> None:
        self.guess_s = guess_s
        perf = self._doc.performance
        self._revealed_for = perf
        self.bar.show_answer(guess_s, perf.zero_to_100kmh_s)
        self._set_hidden(False)

    def _changed(self, change: Change) -> None:
        if change.reason == "language":
            self._write_texts()  # (the titles the switch turned: read after it)
        if not (self.enabled and change.build_changed):
            return  # e.g. only the era changed: the times are the same
        if self._doc.performance is not self._revealed_for:
            self._set_hidden(True)

    def _set_hidden(self, hidden: bool) -> None:
        if hidden:
            self._revealed_for = None
            self.bar.answered = None
            self.bar.answer.setText(
                self.tr("Times hidden: type your guess, then Reveal.") if self.enabled else ""
            )
            self.bar.input.clear()
            self.guess_s = None
        for label in self._under_covers:
            # Covered, the figure keeps its size (its hidden labels keep their room); else a
            # note the dashboard hides takes no room: kept for good, the 0-100 km/h card
            # and the top speed's kept their notes' lines with the notes hidden, and the
            # top speed's 'limited' was drawn over its value (projector mode, 1280x720).
            policy = label.sizePolicy()
            if policy.retainSizeWhenHidden() != hidden:
                policy.setRetainSizeWhenHidden(hidden)
                label.setSizePolicy(policy)
            label.setVisible(not hidden)
        for cover in self.covers:
            cover.cover(hidden)
        self._view.set_times_hidden(hidden)
