"""The window's view state: what it shows beside the build (text scale, projector mode,
times hidden). One small object, handed to the panels and features that need it; features
change it, panels follow it. Not part of the build, not an undo step.

Times hidden ("Guess First"): the widgets that tell a time register the text a screen
reader hears in its place (:meth:`ViewState.hide_times_in`); panels give their spoken texts
through :meth:`ViewState.speak` instead of setting them on the widget. So the texts are
right whatever order the panels and the guess mode handle a change in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

PROJECTOR_FONT_SCALE = 1.5  # the text size factor of projector mode
PROJECTOR_PEN_SCALE = 2.0  # the plot lines' width factor of projector mode


class ViewState(QObject):
    """Signals: ``text_scale_changed(float)`` with the effective scale (the user's zoom times
    projector mode's factor), ``projector_changed(bool)``, ``times_hidden_changed(bool)``."""

    text_scale_changed = Signal(float)
    projector_changed = Signal(bool)
    times_hidden_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, text_scale: float = 1.0) -> None:
        super().__init__(parent)
        self._text_scale = text_scale
        self._projector = False
        self._times_hidden = False
        self._hidden_text: dict[QWidget, str] = {}
        self._spoken: dict[QWidget, tuple[str, str]] = {}

    # -- text size -------------------------------------------------------------------------
    @property
    def text_scale(self) -> float:
        """The user's text size (the zoom), without projector mode's factor."""
        return self._text_scale

    @property
    def effective_text_scale(self) -> float:
        return self._text_scale * (PROJECTOR_FONT_SCALE if self._projector else 1.0)

    def set_text_scale(self, scale: float) -> None:
        if scale != self._text_scale:
            self._text_scale = scale
            self.text_scale_changed.emit(self.effective_text_scale)

    # -- projector mode --------------------------------------------------------------------
    @property
    def projector(self) -> bool:
        return self._projector

    @property
    def pen_scale(self) -> float:
        """How much thicker the plots draw their lines (projector mode)."""
        return PROJECTOR_PEN_SCALE if self._projector else 1.0

    def keep_pen_scale(self, set_pen_scale: Callable[[float], object]) -> None:
        """Call ``set_pen_scale`` with :attr:`pen_scale` whenever projector mode turns."""
        self.projector_changed.connect(lambda _on: set_pen_scale(self.pen_scale))

    def set_projector(self, on: bool) -> None:
        if on != self._projector:
            self._projector = on
            self.projector_changed.emit(on)
            self.text_scale_changed.emit(self.effective_text_scale)

    # -- times hidden ----------------------------------------------------------------------
    @property
    def times_hidden(self) -> bool:
        return self._times_hidden

    def set_times_hidden(self, hidden: bool) -> None:
        if hidden == self._times_hidden:
            return
        self._times_hidden = hidden
        for widget in self._hidden_text:
            self._apply(widget)
        self.times_hidden_changed.emit(hidden)

    def hide_times_in(self, widget: QWidget, hidden_text: str) -> None:
        """``widget`` tells a time: while times are hidden a screen reader hears
        ``hidden_text`` in place of its description, and it has no tooltip."""
        first = widget not in self._hidden_text  # (again: new words, a live switch)
        self._hidden_text[widget] = hidden_text
        if widget not in self._spoken:
            self._spoken[widget] = (widget.accessibleDescription(), widget.toolTip())
        if first:
            widget.destroyed.connect(lambda _obj=None, w=widget: self._forget(w))
        self._apply(widget)

    def speak(self, widget: QWidget, description: str, tooltip: str | None = None) -> None:
        """Set what ``widget`` says (its accessible description and, if given, tooltip),
        held back while times are hidden if it tells a time."""
        if widget in self._hidden_text:
            old_tip = self._spoken.get(widget, ("", widget.toolTip()))[1]
            tip = old_tip if tooltip is None else tooltip
            self._spoken[widget] = (description, tip)
            self._apply(widget)
            return
        if widget.accessibleDescription() != description:
            widget.setAccessibleDescription(description)
        if tooltip is not None and widget.toolTip() != tooltip:
            widget.setToolTip(tooltip)

    def spoken(self, widget: QWidget) -> tuple[str, str]:
        """The (description, tooltip) ``widget`` has when times are shown."""
        return self._spoken.get(widget, (widget.accessibleDescription(), widget.toolTip()))

    def _apply(self, widget: QWidget) -> None:
        description, tip = self._spoken.get(widget, ("", ""))
        if self._times_hidden and widget in self._hidden_text:
            description, tip = self._hidden_text[widget], ""
        if widget.accessibleDescription() != description:
            widget.setAccessibleDescription(description)
        if widget.toolTip() != tip:
            widget.setToolTip(tip)

    def _forget(self, widget: QWidget) -> None:
        self._hidden_text.pop(widget, None)
        self._spoken.pop(widget, None)
