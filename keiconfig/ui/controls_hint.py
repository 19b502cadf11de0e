"""Where the controls went: a line in the status bar while they make room for docks.

When the docks beside the dashboard leave the controls column no readable width
(:class:`.dock_room.DockRoom`: 1280×720 in projector mode with the classroom and the
comparison open), the column steps aside. A teacher would then see no controls and no
reason: this line says why, names the open docks and the way back (close them, leave
projector mode or widen the window), with a "Show controls" button that closes those
docks. It goes as soon as the controls are back.

With no dock open the column steps aside too where the dashboard leaves it a sliver (1280×720
in projector mode with the text four steps larger: 91 px, each row cut to its first
letters; :meth:`.dock_room.DockRoom._on_screen_width`). The line then says so and names the
keys that bring it back (Smaller Text's, and projector mode's while it is on), with no
button: there is no dock to close, and View > Show Controls stays disabled.

The line never takes the keyboard focus (it appears while someone types elsewhere; the
button is for the mouse): the keyboard's way is the window's View > Show Controls, whose
key the sentence names beside "close them", as it names projector mode's. It shows the
docks' titles as plain text, and elides itself rather than widen the window, the whole
sentence in its tooltip. Its information sign is as tall as its text, whatever the text
size (projector mode, Ctrl+=).

The era offer ("This car is from 1991: judge it by the 1990 rules?", at the top of the
controls) steps aside with them: a teacher who opened a 1991 car in projector mode beside
the docks never saw it, and the class read the car judged by today's rules. While an offer
is not answered, the line shows it instead, with its two answers beside Show controls;
those two are Tab's stops (an answer to give, not a button to spare the keys). Answered
here, it is answered in the column too, and the line says where the controls went again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

from keiconfig.ui import plain

if TYPE_CHECKING:
    from keiconfig.ui.classroom import EraOfferBar


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("controls_hint", text, disambiguation, n)


def dock_names(docks: list[QDockWidget]) -> str:
    """ "Classroom and Comparison" (titles as they are, in their order)."""
    names = [d.windowTitle().replace("&", "") for d in docks]
    if len(names) < 2:
        return "".join(names)
    head = names[0]
    for name in names[1:-1]:
        head = _tr("{first}, {second}").format(first=head, second=name)
    return _tr("{first} and {second}").format(first=head, second=names[-1])


def _key(action: QAction) -> str:
    """The key an action's menu entry shows ("F5"), as the platform writes it."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def hint_text(
    docks: list[QDockWidget],
    projector: QAction | None,
    show: QAction,
    smaller: QAction,
) -> str:
    """The sentence: why the controls are gone and how they come back (``show``: the
    window's Show Controls, whose key is named beside "close them"). With no dock, they
    made room for the dashboard at this text size, and come back with smaller text
    (``smaller``'s key) or out of projector mode."""
    if not docks:
        if projector is not None and projector.isChecked():
            text = _tr(
                "Controls hidden at this text size: make the text smaller ({smaller}), "
                "or leave projector mode ({key})."
            )
            return text.format(smaller=_key(smaller), key=_key(projector))
        text = _tr("Controls hidden at this text size: make the text smaller ({smaller}).")
        return text.format(smaller=_key(smaller))
    names, n = dock_names(docks), len(docks)
    if projector is not None and projector.isChecked():
        text = _tr(
            "Controls hidden for the {docks} panel(s): close them ({close}), or leave "
            "projector mode ({key}).",
            "",
            n,
        )
        return text.format(docks=names, close=_key(show), key=_key(projector))
    text = _tr(
        "Controls hidden for the {docks} panel(s): close them ({close}), or widen the window.",
        "",
        n,
    )
    return text.format(docks=names, close=_key(show))


def sign_pixmap(icon: QIcon, side: int, ratio: float) -> QPixmap:
    """``icon`` drawn so that what it shows (its opaque part: the information sign's
    circle, without the margin the icon leaves round it) is ``side`` pixels tall, cut
    to that part. ``ratio``: the screen's device pixels per pixel."""
    probe = 128
    shown = _opaque(icon.pixmap(QSize(probe, probe), 1.0))
    if shown.isEmpty():
        return icon.pixmap(QSize(side, side), ratio)
    size = round(side * probe / shown.height())  # the icon's size with the sign that tall
    pixmap = icon.pixmap(QSize(size, size), ratio)
    box = _opaque(pixmap)
    if box.isEmpty():
        return pixmap
    pixmap = pixmap.copy(box)
    tall = round(side * ratio)  # exactly: the icon's own sizes round it a pixel or two off
    if pixmap.height() != tall:
        pixmap = pixmap.scaledToHeight(tall, Qt.TransformationMode.SmoothTransformation)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _opaque(pixmap: QPixmap) -> QRect:
    """The bounding box of a pixmap's opaque part, in its device pixels."""
    if not pixmap.hasAlphaChannel():
        return QRect(0, 0, pixmap.width(), pixmap.height())
    return QRegion(pixmap.mask()).boundingRect()


class ElidedLabel(QLabel):
    """Plain text on one line, elided at the end when the status bar is short of room
    (the whole text in the tooltip and the accessible description, as plain text): it
    never makes the window wider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain.tooltip(text) if text else "")
        self.setAccessibleDescription(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # projector mode, Ctrl+=: same width,
            self._elide()  # larger text (cut with no "…" until the next resize)

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        if shown != self.text():
            self.setText(shown)

    def is_whole(self) -> bool:
        return self.text() == self._full


class _Sign(QLabel):
    """The line's information sign, as tall as its text: drawn again whenever the text
    size changes (projector mode, Ctrl+=) or the style does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._drawn: tuple[int, float, str] | None = None

    def side(self) -> int:
        """The sign's height: the text's (its line's ascent and descent)."""
        return self.fontMetrics().height()

    def refresh(self) -> None:
        ratio = self.devicePixelRatioF()
        drawn = (self.side(), ratio, self.style().objectName())
        if drawn == self._drawn:
            return
        self._drawn = drawn
        sign = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.setPixmap(sign_pixmap(sign, drawn[0], ratio))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.refresh()


class ControlsHint(QWidget):
    """The status bar's line while the controls make room for docks, or for the dashboard
    at a large text size (see module doc).

    ``show``: the window's Show Controls action, whose key the sentence names; ``smaller``:
    its Smaller Text, named where the controls made room for the dashboard. ``offer``:
    the era offer at the top of the controls, shown here while not answered."""

    def __init__(
        self,
        window: QMainWindow,
        projector: QAction | None,
        show: QAction,
        smaller: QAction,
        offer: EraOfferBar | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("controlsHint")
        self._window = window
        self._projector = projector
        self._show = show
        self._smaller = smaller
        self._aside = False  # the controls stepped aside (for docks, or none: the text size)
        self._docks: list[QDockWidget] = []
        self.icon = _Sign(self)  # an information sign: the line is seen at a glance
        self.label = ElidedLabel(self)
        self.label.setObjectName("controlsHintText")
        self.show_button = QPushButton(_tr("Show controls"), self)
        self.show_button.setObjectName("showControls")
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes the focus
        self.show_button.clicked.connect(self.make_room)
        self._offer = offer
        # The offer's answers (shown while it waits for one): Tab reaches them.
        self.use_button = QPushButton(self)
        self.keep_button = QPushButton(self)
        for button in (self.use_button, self.keep_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # (a click keeps the focus)
            button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.use_button)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.show_button)
        if offer is not None:
            self.use_button.clicked.connect(offer.accept)
            self.keep_button.clicked.connect(offer.dismiss)
            offer.pending.connect(self._offer_changed)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._message = False  # the status bar shows a passing message ("Saved …")
        self.hide()

    def message_changed(self, message: str) -> None:
        """A passing message in the status bar ("Saved …") gets the whole width: the line
        steps aside meanwhile and comes back after it."""
        self._message = bool(message)
        self._show_or_hide()

    def _show_or_hide(self) -> None:
        self.setVisible(self._aside and not self._message)

    def text(self) -> str:
        return self.label.full_text()

    def update_for(self, docks: list[QDockWidget] | None) -> None:
        """``docks``: the docks the controls make room for (empty: none, they made room
        for the dashboard at this text size; None: they are back)."""
        self._aside = docks is not None
        self._docks = list(docks or [])
        if not self._aside:
            for button in (self.use_button, self.keep_button):
                button.hide()
            self._show_or_hide()
            return
        self._write()
        self._show_or_hide()

    def offering(self) -> bool:
        """The line shows the era offer (not answered while the controls are aside)."""
        return self._aside and self._offer is not None and self._offer.offered_era is not None

    def _offer_changed(self) -> None:
        if self._aside:
            self._write()

    def _write(self) -> None:
        """The sentence, the sign and the buttons, in the present language and text size:
        the era offer while it waits for an answer, else where the controls went."""
        self.icon.refresh()
        offer = self._offer
        offering = self.offering()
        if offering and offer is not None:
            self.label.set_full_text(offer.message.text())
            for mine, its in ((self.use_button, offer.use_button), (self.keep_button,
                              offer.keep_button)):  # fmt: skip
                mine.setText(its.text())
                mine.setAccessibleName(its.accessibleName())
        else:
            self.label.set_full_text(
                hint_text(self._docks, self._projector, self._show, self._smaller)
            )
        for button in (self.use_button, self.keep_button):
            if button.isVisibleTo(self) != offering:
                button.setVisible(offering)
        # (no dock to close: the sentence names the keys that bring the controls back)
        if self.show_button.isVisibleTo(self) != bool(self._docks):
            self.show_button.setVisible(bool(self._docks))
        names = dock_names(self._docks)
        tip = _tr("Close the {docks} panel(s) ({close})", "", len(self._docks))
        self.show_button.setToolTip(tip.format(docks=names, close=_key(self._show)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._aside:
            self._write()  # the sentence in the new language

    def make_room(self) -> None:
        """Close the docks the controls make room for (they open again from the menus
        and their keys: F6 the classroom, F7 the comparison)."""
        for dock in list(self._docks):
            dock.close()
