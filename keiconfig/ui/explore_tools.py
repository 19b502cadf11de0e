"""Tools > Explore and File > Open Challenge…: the explorer's dock and actions.

The window makes :class:`ExploreTools` at start (its actions are in the menus at once); the
explorer itself (:class:`keiconfig.ui.explore_dock.ExplorePanel`, with the search modules it
imports) is loaded and built on the dock's first show, so a start that never explores does
not pay for it (issue 12 item 5).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QScrollArea,
    QStyle,
    QWidget,
)

from keiconfig.ui import errors
from keiconfig.ui.actions import make_action
from keiconfig.ui.document import Document
from keiconfig.ui.explore_height import FIRST_SHARE, ExplorerHeight
from keiconfig.ui.guess import Cover
from keiconfig.ui.mnemonics import focus_target
from keiconfig.ui.settings import Settings
from keiconfig.ui.soon import soon

if TYPE_CHECKING:
    from keiconfig.core.challenge import Challenge
    from keiconfig.ui.challenge_dialog import ChallengeDialog
    from keiconfig.ui.class_folder import ClassFolderDialog
    from keiconfig.ui.explore_dock import ExplorePanel
    from keiconfig.ui.view_state import ViewState

MIN_DOCKED_HEIGHT = 240  # below this the explorer floats (see ExploreTools.show)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in the window's language (the explorer's context, as in explore_dock)."""
    return QCoreApplication.translate("explore", text, disambiguation or None, n)


class ExploreTools(QObject):
    """The explorer dock and its actions (Explore…, Open Challenge…), handed the document,
    the settings, a way to open a file, the window (``host``: the dock's and dialogs'
    parent, to size the dock once placed) and a way to give a widget the focus with its
    sign (``give_focus``); the main window places them and, once its dock room is made,
    tells it the height at which a dock reads (``readable_height``)."""

    def __init__(
        self,
        document: Document,
        settings: Settings,
        open_path: Callable[..., object],
        host: QMainWindow,
        give_focus: Callable[[QWidget], None],
        view: ViewState | None = None,
        dashboard_least_height: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(host)
        self.window = host
        # the focus put in a widget with its sign, its window made active (FocusReturn's)
        self._give_focus = give_focus
        # the least height at which a dock reads (DockRoom.readable_height, set by the
        # window once its dock room is made)
        self.readable_height: Callable[[QDockWidget], int] | None = None
        self._doc = document
        # Guess First: the explorer says the open build's time ("Your build: 15.89 s"):
        # covered while the class guesses, as the dashboard's times are.
        self._view = view
        self.times_cover: Cover | None = None
        if view is not None:
            view.times_hidden_changed.connect(lambda _hidden: self._cover_times())
        self._settings = settings
        self._open_path = open_path
        self._panel: ExplorePanel | None = None
        self.challenge_dialog: ChallengeDialog | None = None
        self.class_dialog: ClassFolderDialog | None = None
        self.dock = QDockWidget(tr("Explore"), host)
        self.dock.setObjectName("exploreDock")
        self.dock.hide()
        self.dock.visibilityChanged.connect(lambda shown: shown and self.panel)
        self._sized = False
        # its height below the dashboard: its own, at any size of text, and its answer's
        self.sizing: ExplorerHeight | None = None
        if dashboard_least_height is not None:
            self.sizing = ExplorerHeight(self.dock, host, dashboard_least_height)
            self.sizing.scaled.connect(self._projector_text)
        # Projector mode came on with the explorer docked below the dashboard: to float if
        # it does not read whole there at the larger text (_f5_check), and floated so (not
        # by its person), to dock back as projector mode goes off (_f5_floated).
        self._f5_check = False
        self._f5_floated = False
        self.dock.topLevelChanged.connect(self._docked_or_floated)
        self.explore_action = make_action(
            self,
            tr("&Explore…"),
            self.open,
            tip=tr("Search for the best legal builds an era allows"),
        )
        self.challenge_action = make_action(
            self,
            tr("Open C&hallenge…"),
            self.open_challenge,
            tip=tr("Open a class challenge file"),
        )
        host.installEventFilter(self)
        self.dock.installEventFilter(self)

    @property
    def panel(self) -> ExplorePanel:
        if self._panel is None:
            from keiconfig.ui.explore_dock import ExplorePanel

            self._panel = ExplorePanel(self._doc)
            # In a scroll area: a small window or projector-size text scrolls the explorer
            # instead of pushing the window past the screen.
            scroll = QScrollArea()
            scroll.setObjectName("exploreScroll")
            scroll.setWidget(self._panel)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (its controls are Tab's stops)
            scroll.setMinimumSize(120, 40)
            self.dock.setWidget(scroll)
            self.times_cover = Cover(
                scroll,
                tr(
                    "Hidden until you guess the 0–100 km/h time: the explorer shows your "
                    "build's times."
                ),
            )
            self._cover_times()
        return self._panel

    def _cover_times(self) -> None:
        if self.times_cover is not None and self._view is not None:
            self.times_cover.cover(self._view.times_hidden)

    def placed_as_saved(self) -> None:
        """The window put the dock back where the last session left it: open, it keeps its
        place and size (its first show would size it afresh, or float it)."""
        self._sized = self._sized or not self.dock.isHidden()

    def show(self) -> ExplorePanel:
        panel = self.panel
        if not self._sized and not self.dock.isFloating():
            self._sized = True
            short = self._room_below() < MIN_DOCKED_HEIGHT
            if short and not self._maximized():
                self._float(panel)
            else:
                self.dock.show()
                want = int(self.window.height() * FIRST_SHARE)
                self.window.resizeDocks([self.dock], [want], Qt.Orientation.Vertical)
                if self.sizing is not None:  # (placed: now as high as it and the rest read)
                    self.sizing.first()
                if short and not self._reads_docked():
                    self._float(panel)
        self.dock.show()
        self.dock.raise_()
        return panel

    def open(self) -> ExplorePanel:
        """Tools > Explore…: the explorer shown, with the keys: the focus in its first
        control, and a floating explorer the active window, so its Alt letters (its own,
        keiconfig.ui.mnemonics) work at once; a click back in the main window gives the
        keys, and the letters, back to it."""
        panel = self.show()
        first = focus_target(panel)
        if first is not None:
            if self.dock.isFloating():
                self.dock.activateWindow()
            # the focus shown (floating, it was not: the activation clears Qt's sign)
            self._give_focus(first)
        return panel

    def projector_changed(self, on: bool) -> None:
        """Projector mode on (F5, the window's text not grown yet): the explorer docked
        alone below the dashboard floats over the window as it would open in projector
        mode (:meth:`_float`) if, once the text has grown, it does not read whole there
        (:meth:`_projector_text`). It kept what the dashboard left and scrolled: 162 px,
        read from 333, in Japanese in a maximised window at 1366x768 under openbox (198
        px, read from 291, in English; 117 px, read from 291, at 1280x720). Off: floated
        so, it docks back where it was, and :class:`ExplorerHeight` gives it its own
        height back at the text's size; closed since, it docks back closed and opens
        again there; floated by its person, it stays where they put it."""
        if on:
            self._f5_check = self.sizing is not None and self.sizing.alone_below()
            self._f5_floated = False
            return
        self._f5_check = False
        floated, self._f5_floated = self._f5_floated, False
        if floated and self.dock.isFloating():
            # back to its place below the dashboard; closed in projector mode, there as it
            # opens again (it opened floating, off the bottom of a 1280x720 screen)
            had = QApplication.focusWidget()
            self.dock.setFloating(False)
            if had is not None and self.dock.isAncestorOf(had):
                # the keys where they were, in the explorer (F5 pressed there): its window
                # gone, the window system gave them to the window's Name box
                soon(had, lambda: self._give_focus(had))  # (once it is in the window)

    def docked_for_saving(self) -> None:
        """The explorer projector mode floated (:meth:`projector_changed`) docked back below
        the dashboard before the window saves the docks' places, as F5 off would: the next
        session starts without projector mode (a clean close ends it), and a floating
        explorer saved so would come back floating over the build."""
        if self._f5_floated and self.dock.isFloating():
            self.dock.setFloating(False)
        self._f5_floated = False

    def _projector_text(self) -> None:
        """The text grown for projector mode and the explorer given what room there is:
        floated, if docked it does not read whole (see :meth:`projector_changed`)."""
        if not self._f5_check:
            return
        self._f5_check = False
        if self.sizing is not None and self.sizing.alone_below() and not self._reads_docked():
            had = QApplication.focusWidget()
            # the keys where they were: in the window's control F5 was pressed in (the
            # floating explorer shown without taking them, as it did offscreen), or in the
            # explorer (its window made active)
            quiet = Qt.WidgetAttribute.WA_ShowWithoutActivating
            was_quiet = self.dock.testAttribute(quiet)
            self.dock.setAttribute(quiet, True)
            self._float(self.panel)
            self.dock.setAttribute(quiet, was_quiet)
            self._f5_floated = True
            if had is not None:
                self._give_focus(had)

    def _docked_or_floated(self, floating: bool) -> None:
        if not floating:  # docked (by its person too): theirs to float again, not F5's
            self._f5_floated = False

    def _float(self, panel: ExplorePanel) -> None:
        """No room below the window's own panels (a small screen, projector text): the
        explorer floats over the window instead of being a sliver, and the window keeps
        its size."""
        self.dock.setFloating(True)
        self.dock.setGeometry(self._floating_geometry(panel))
        self.dock.show()

    def _maximized(self) -> bool:
        """The window takes the whole screen: a floating explorer would cover the build
        it explores, with nowhere beside the window to move it to."""
        return self.window.isMaximized() or self.window.isFullScreen()

    def _reads_docked(self) -> bool:
        """Docked below the dashboard (just placed, or the text grown), the explorer is as
        high as it reads: none of it scrolled. A maximised window keeps it docked so, with
        less room below than MIN_DOCKED_HEIGHT: in Japanese at 1366x768 under openbox (a
        window of 1366x745, its lines taller than in English) the room below was 235 px
        and the explorer floated over the build, where docked it has 258 px and reads
        from 256."""
        layout = self.window.layout()
        if self.readable_height is None or layout is None:
            return False
        layout.activate()
        return bool(self.dock.height() >= self.readable_height(self.dock))

    def _floating_geometry(self, panel: ExplorePanel) -> QRect:
        """Where the explorer floats as it first opens: over the window, 90 % of its width
        and 75 % of its height, and wider (taller) where its question and answers need it
        side by side (its least height), as far as the window's screen allows, on it. At
        90 % of a 1280x720 window alone, in projector mode with larger text (Ctrl+= twice),
        it was narrower than its contents and scrolled sideways; on a screen narrower
        still the answers go below the question (ExplorePanel._arrange)."""
        geo = self.window.geometry()
        screen = self.window.screen().availableGeometry()
        dock = self.dock
        style = dock.style()
        frame = 2 * style.pixelMetric(QStyle.PixelMetric.PM_DockWidgetFrameWidth, None, dock)
        title = style.pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, dock)
        layout = panel.layout()
        margins = layout.contentsMargins() if layout is not None else panel.contentsMargins()
        width = panel.side_by_side_width() + margins.left() + margins.right() + frame
        height = panel.minimumSizeHint().height() + title + frame
        width = max(int(geo.width() * 0.9), min(width, screen.width()))
        height = max(int(geo.height() * 0.75), min(height, screen.height()))
        x = geo.x() + (geo.width() - width) // 2
        y = geo.y() + geo.height() // 8
        x = max(screen.left(), min(x, screen.right() + 1 - width))
        y = max(screen.top(), min(y, screen.bottom() + 1 - height))
        return QRect(x, y, width, height)

    def _room_below(self) -> int:
        """The height a dock below the window's panels could have at the window's size
        (asked while this dock is not docked, so the window's minimum is without it)."""
        w = self.window
        title = self.dock.style().pixelMetric(self.dock.style().PixelMetric.PM_TitleBarHeight)
        return w.height() - w.minimumSizeHint().height() - title - 8

    def open_challenge(self, path: str | None = None) -> ChallengeDialog | None:
        from keiconfig.core.challenge import ChallengeFileError, load_challenge
        from keiconfig.ui.challenge_dialog import ChallengeDialog
        from keiconfig.ui.explore_dock import ask_challenge_path

        if path is None:
            start = self._settings.start_folder("challenge", self._doc.path)
            path = ask_challenge_path(self.window, start)
            if not path:
                return None
            self._settings.remember_folder("challenge", Path(path).parent)
        try:
            challenge = load_challenge(path)
        except ChallengeFileError as e:
            from keiconfig.core.files import is_build_file

            if is_build_file(path):  # a build chosen here: opened as File > Open does
                self.window.open_path(path)
                return None
            errors.show_user_error(
                self.window, tr("Could not open the challenge"), errors.with_folder(str(e), path)
            )
            return None
        if self.challenge_dialog is not None:
            self.challenge_dialog.close()
            self.challenge_dialog.deleteLater()
        dialog = ChallengeDialog(challenge, self._settings, self.window)
        dialog.explore_requested.connect(lambda: self.show().set_challenge(challenge))
        dialog.rank_requested.connect(lambda folder: self.rank_folder(challenge, folder))
        self.challenge_dialog = dialog
        dialog.show()
        return dialog

    def rank_folder(self, challenge: Challenge, folder: str) -> ClassFolderDialog:
        """The class folder's league table, ranked by the challenge."""
        from keiconfig.ui.class_folder import ClassFolderDialog

        if self.class_dialog is not None:
            self.class_dialog.close()
            self.class_dialog.deleteLater()
        dialog = ClassFolderDialog(folder, self.window, challenge=challenge)
        # named in the status bar as the table shows it: whose beat.kei.json
        dialog.open_requested.connect(
            lambda path: self._open_path(path, shown_as=dialog.shown_as(path))
        )
        self.class_dialog = dialog
        dialog.refresh()
        dialog.show()
        return dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dock and event.type() == QEvent.Type.Close:
            # Closed by its person (its close button): the search stops, with what it found
            # so far kept, rather than running on out of sight on every core.
            if self._panel is not None and self._panel.running:
                self._panel.cancel()
            return False
        # The window closed: hidden by its accepted close, not by the window system (a
        # minimise). Its Close event comes before the window asks to save its changes, and
        # a person who then says Cancel keeps the window, the search and these windows.
        closed = event.type() == QEvent.Type.Hide and not event.spontaneous()
        if watched is self.window and closed:
            if self._panel is not None:
                self._panel.shutdown()
            for dialog in (self.challenge_dialog, self.class_dialog):
                if dialog is not None:
                    dialog.close()  # no window of the explorer outlives the main window
        if watched is self.window and event.type() == QEvent.Type.Hide and self.dock.isFloating():
            self.dock.hide()  # nor does the floating explorer stay up without its window
        return False
