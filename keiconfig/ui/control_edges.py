"""Check boxes, radio buttons, text and number boxes, choices and buttons with an edge a
person can see.

Qt's Fusion style (a Linux desktop's, with or without a theme) draws a check box's and a
radio button's edge in the window's colour made darker by 40 %, a little lighter again:
about 2:1 against the white box on a light desktop, and on projector mode's pure white
window #c8c8c8, 1.7:1, where an unticked box (Rear doors: Sliding, Seats: Auto) could not
be told from the page; after a dark desktop it was fainter still (seen under openbox with
GNOME's Adwaita dark, then F5). A text or number box's edge, the same colour, stood
1.2:1 on Adwaita dark, whose fields are the window's own #323232: where a field began
could hardly be seen; a button's 1.75:1, its face 1.3:1 from the window (the classroom's
changes read as lines of text). WCAG asks 3:1 for a control's edge.

:class:`ControlEdges` is the application's style with, over each enabled check box and
radio button, and round each text box, number box, choice and (not flat) button, an edge in
:func:`edge_colour`: the palette's text blended into its field colour, as little as
stands 3:1 (smoothed) against the field and the window. A field showing the focus keeps
the style's sign of it; everything else is the style's own. :func:`base_style_name` is
the name of the style it wraps, for the styles made afresh for the menu bar and the menus.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionComplex,
    QStyleOptionFrame,
    QStyleOptionSpinBox,
    QWidget,
)

from keiconfig.ui import theme

AIM = 3.6  # WCAG asks 3:1 for a control's edge; a round edge's smoothing pales it a little


def edge_colour(palette: QPalette) -> QColor:
    """The text blended into the field colour: the least share of text (from 40 %) that
    stands 3.6:1 against the field (Base) and the window (3:1 once a round edge is
    smoothed)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    share = 0.4
    while True:
        colour = QColor(
            round(text.red() * share + base.red() * (1 - share)),
            round(text.green() * share + base.green() * (1 - share)),
            round(text.blue() * share + base.blue() * (1 - share)),
        )
        enough = min(theme.contrast(colour, base), theme.contrast(colour, window)) >= AIM
        if enough or share >= 1.0:
            return colour
        share = min(1.0, share + 0.05)


def _edge(painter: QPainter, option: QStyleOption, radius: float) -> None:
    """An edge in :func:`edge_colour` just inside ``option.rect``."""
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if rect.width() < 4 or rect.height() < 4:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(edge_colour(option.palette))
    painter.setBrush(QColor(0, 0, 0, 0))
    if radius < 0:
        painter.drawEllipse(rect)
    else:
        painter.drawRoundedRect(rect, radius, radius)
    painter.restore()


def _shows_focus(option: QStyleOption, always: bool) -> bool:
    """The style draws its focus sign on this field's edge: a text or number box has the
    focus (``always``), a choice has it after keys."""
    state = option.state
    if not state & QStyle.StateFlag.State_HasFocus:
        return False
    return always or bool(state & QStyle.StateFlag.State_KeyboardFocusChange)


class ControlEdges(QProxyStyle):
    """The application's style, with check boxes, radio buttons, text and number boxes,
    choices and buttons edged in :func:`edge_colour` (a field's or a button's edge left to
    the style while it shows the focus there)."""

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        C = QStyle.ComplexControl
        if control not in (C.CC_SpinBox, C.CC_ComboBox):
            return
        if not isinstance(option, (QStyleOptionSpinBox, QStyleOptionComboBox)) or not option.frame:
            return
        if not option.state & QStyle.StateFlag.State_Enabled:
            return
        if _shows_focus(option, always=control == C.CC_SpinBox):
            return
        _edge(painter, option, 2.0)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        P = QStyle.PrimitiveElement
        if not option.state & QStyle.StateFlag.State_Enabled:
            return  # (a greyed control keeps the style's greyed look)
        if element == P.PE_IndicatorCheckBox:
            _edge(painter, option, 1.0)
        elif element == P.PE_IndicatorRadioButton:
            _edge(painter, option, -1.0)
        elif (
            element == P.PE_PanelButtonCommand
            and isinstance(option, QStyleOptionButton)
            and not option.features & QStyleOptionButton.ButtonFeature.Flat
            and not _shows_focus(option, always=False)
        ) or (
            element == P.PE_PanelLineEdit
            and isinstance(option, QStyleOptionFrame)
            and option.lineWidth > 0
            and not _shows_focus(option, always=True)
        ):
            _edge(painter, option, 2.0)


def base_style_name() -> str:
    """The name of the application's style under any proxy (Fusion's "fusion")."""
    style: QStyle | None = QApplication.style()
    while isinstance(style, QProxyStyle) and style.baseStyle() is not None:
        style = style.baseStyle()
    return style.name() if style is not None else ""


def install(app: QApplication) -> None:
    """The application's style wrapped in :class:`ControlEdges` (once)."""
    if isinstance(app.style(), ControlEdges):
        return
    style = ControlEdges(base_style_name())
    style.setParent(app)
    app.setStyle(style)
