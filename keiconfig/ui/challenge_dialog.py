"""File > Open Challenge…: a class challenge, shown as the class reads it.

The title, the sentence for the class, the rules and the objective, in plain text
(a challenge is someone's file: never rendered as markup). Two buttons: explore it
(the explorer asks the challenge's question) and rank a class folder by it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core.challenge import Challenge
from keiconfig.core.explore_problem import FIGURE_LABELS
from keiconfig.ui import file_dialogs, plain
from keiconfig.ui.settings import Settings, documents_folder
from keiconfig.ui.soon import soon


def tr(text: str) -> str:
    return QCoreApplication.translate("explore", text)


def ask_class_folder(parent: QWidget, start: str) -> str:
    return file_dialogs.existing_directory(parent, tr("Rank a class folder"), start)


def objective_text(challenge: Challenge) -> str:
    o = challenge.objective
    if o.figure is not None:
        return tr("best {figure}").format(figure=tr(FIGURE_LABELS[o.figure]))
    return tr("best score of {mix}").format(
        mix=", ".join(f"{tr(FIGURE_LABELS[n])} × {w:g}" for n, w in o.terms)
    )


class ChallengeDialog(QDialog):
    """A non-modal window with one challenge. ``explore_requested()``;
    ``rank_requested(folder)``. ``settings``: where the folder question starts."""

    explore_requested = Signal()
    rank_requested = Signal(str)

    def __init__(
        self,
        challenge: Challenge,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.challenge = challenge
        self._settings = settings
        self.setModal(False)
        # what F1 says in it (keiconfig.ui.dialog_help)
        self.setWhatsThis(
            tr(
                "A class challenge: the rules every build must keep and the figure that "
                "wins. Explore the Best Legal Build asks the explorer for the best builds "
                "these rules allow; Rank a Class Folder ranks the class's builds by it."
            )
        )
        self.setWindowTitle(tr("Challenge: {title}").format(title=plain.in_title(challenge.title)))
        # Its own line, as in the window title; a long run of letters may break (80 W's
        # made the dialog 4,225 px wide, its buttons off the screen), as may the sentence's.
        title = QLabel(plain.breakable(plain.one_line(challenge.title)))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.description = QLabel(plain.breakable(challenge.description))
        rules = QLabel(tr("Rules: {rules}.").format(rules=challenge.rules.describe()))
        goal = QLabel(tr("Objective: {objective}.").format(objective=objective_text(challenge)))
        layout = QVBoxLayout(self)
        for label in (title, self.description, rules, goal):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.labels = (title, self.description, rules, goal)
        self.description.setVisible(bool(challenge.description))
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.explore_button = buttons.addButton(
            tr("&Explore the Best Legal Build"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.rank_button = buttons.addButton(
            tr("&Rank a Class Folder…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.explore_button.clicked.connect(lambda _c=False: self.explore_requested.emit())
        self.rank_button.clicked.connect(lambda _c=False: self._ask_folder())
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+=, projector mode: once laid out
            soon(self, self._fit_height)

    def _fit_height(self) -> None:
        """As tall as the wrapped lines need at the window's width, up to nine tenths of
        the screen. A window whose layout holds word-wrapped labels gets no least height
        from Qt: in projector mode with the text two steps larger (1280x720) the buttons
        made the window 910 px wide, it kept the 300 px it was given, and the
        description's last line was cut off under the rules."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()  # (the width the buttons need at this text size)
        need = layout.totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height() * 9 // 10)
        if need > self.height():
            self.resize(self.width(), need)

    def _ask_folder(self) -> None:
        s = self._settings
        start = s.start_folder("class") if s is not None else documents_folder()
        folder = ask_class_folder(self, start)
        if folder:
            if s is not None:
                s.remember_folder("class", folder)
            self.rank_requested.emit(folder)
