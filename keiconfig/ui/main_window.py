"""The main window: assembles the panels and features, and alone owns the menus and places
every action, dock and bar.

Controls on the left (scrollable), results / compliance / plots on the right, in splitters.
Everything that changes the build goes through the :class:`Document`; what the window
shows beside the build (text scale, projector mode, times hidden) is the :class:`ViewState`.
Features (:class:`Classroom`, :class:`CompareTools`) are handed the document, the view state
and the widgets they need, and hand back their actions, docks and bars.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import files, regulations
from keiconfig.core.body_notes import body_change_notes
from keiconfig.core.build import Build, changed, default_build
from keiconfig.ui import (
    dialog_help,
    dock_state,
    errors,
    file_dialogs,
    focus_in_view,
    menu_room,
    modal,
    plain,
    shortcuts,
    unentered,
)
from keiconfig.ui import format as fmt
from keiconfig.ui.actions import make_action
from keiconfig.ui.autosave import Autosaver
from keiconfig.ui.classroom import Classroom, EraOfferBar
from keiconfig.ui.controls_hint import ControlsHint, ElidedLabel
from keiconfig.ui.dashboard import Dashboard, DashboardArea
from keiconfig.ui.disabled_keys import DisabledKeys
from keiconfig.ui.dock_escape import DockEscape
from keiconfig.ui.dock_keys import DockKeys
from keiconfig.ui.dock_room import DockRoom, window_docks
from keiconfig.ui.document import Change, Document
from keiconfig.ui.file_guard import SAVE_DIALOG_OPTIONS, FileGuard, with_suffix
from keiconfig.ui.focus_chain import has_focus_proxy, tab_chain
from keiconfig.ui.focus_return import FocusReturn
from keiconfig.ui.focus_ring import FocusRing
from keiconfig.ui.menu_bar_focus import KeysBackFromBar, show_keys_on
from keiconfig.ui.mnemonics import PartMnemonics
from keiconfig.ui.panels.body_panel import BodyPanel
from keiconfig.ui.panels.compliance_panel import CompliancePanel
from keiconfig.ui.panels.drivetrain_panel import DrivetrainPanel
from keiconfig.ui.panels.engine_panel import EnginePanel
from keiconfig.ui.panels.gearing_plot import GearingPlot
from keiconfig.ui.panels.overrides_panel import OverridesPanel
from keiconfig.ui.panels.plots_panel import PlotsPanel
from keiconfig.ui.panels.results_panel import ResultsPanel
from keiconfig.ui.settings import Settings
from keiconfig.ui.soon import soon
from keiconfig.ui.spin_box_menu import SpinBoxMenu
from keiconfig.ui.status_bar import ElidedMessages
from keiconfig.ui.tab_keys import TabKeys
from keiconfig.ui.text_size_layout import TextSizeLayouts
from keiconfig.ui.view_state import ViewState
from keiconfig.ui.whats_this import TipsAsWhatsThis

FILE_SUFFIX = ".kei.json"
STATUS_WARNING_MS = 20000
STATUS_BAR_FRAME_PX = 24  # the status bar's own margins and size grip
DEFAULT_SIZE = (1280, 820)  # the window's size at first start, where the screen holds it
RECENT_NAME_CHARS = 60  # a longer file name is cut in the middle in File > Open Recent


def ask_unsaved_changes(parent: QWidget, name: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for a modified build (a function so tests can answer it)."""
    return QMessageBox.StandardButton(modal.run(unsaved_changes_box(parent, name)))


def unsaved_changes_box(parent: QWidget, name: str) -> QMessageBox:
    """The question :func:`ask_unsaved_changes` asks."""
    box = plain.label(QMessageBox(parent))  # the name is text, never markup
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.tr("Unsaved changes"))
    box.setText(
        plain.wrappable(
            parent.tr("Save the changes to “{name}”?").format(name=plain.one_line(name))
        )
    )
    box.setInformativeText(parent.tr("Your changes are lost if you don't save them."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    # what F1 says in it (keiconfig.ui.dialog_help)
    box.setWhatsThis(
        parent.tr(
            "Save keeps your changes in the build's file (you are asked where if it has "
            "none), then goes on. Discard goes on without them: they are lost. Cancel "
            "goes back to your build, nothing lost."
        )
    )
    return box


def ask_open_path(parent: QWidget, folder: str) -> str:
    return file_dialogs.open_file_name(
        parent, parent.tr("Open build"), folder, parent.tr("Kei builds (*.kei.json *.json)")
    )


def ask_save_path(parent: QWidget, suggested: str) -> str:
    return file_dialogs.save_file_name(
        parent,
        parent.tr("Save build as"),
        suggested,
        parent.tr("Kei builds (*.kei.json)"),
        SAVE_DIALOG_OPTIONS,  # (with_suffix asks about replacing a file)
    )


def has_window_frame(window: QWidget) -> bool:
    """A window manager frames ``window`` (a title bar, borders): one is there to maximise it.
    (The offscreen platform draws no frame but reports one.)"""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return False
    return window.frameGeometry() != window.geometry()


def choose_preset(parent: QWidget):  # -> Preset | None
    from keiconfig.ui.preset_gallery import PresetGallery  # opened rarely: import on use

    return PresetGallery.choose(parent)


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: Document | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document if document is not None else Document(parent=self)
        self.settings = settings if settings is not None else Settings()
        # first start on a small screen (no saved size): app.start_window maximises it
        self.starts_maximized = False
        self._maximized_for_projector = False  # projector mode maximised the window (F5)
        self.setAcceptDrops(True)
        self.setObjectName("keiconfigMainWindow")
        self._base_point_size = QApplication.font().pointSizeF()
        self.view = ViewState(self, text_scale=self.settings.text_scale)
        self._layout_key = self._text_size_key()  # (the text size the layout is at now)
        self._docks_posted = False  # a check that the docks take the room the window grew by
        self._floating_later: list[QDockWidget] = []  # floating docks to show once it shows
        # The status bar's line while the controls make room for docks (made with the docks'
        # room in _place_features; the controls can step aside before that).
        self.controls_hint: ControlsHint | None = None
        self.welcome_line: ElidedLabel | None = None  # the first start's line (say_welcome)
        self._focus_aside: QWidget | None = None  # the control focused as the controls hid
        self._focus_moved: QWidget | None = None  # where Qt put the keys then

        self._build_panels()
        self._build_actions()
        self._build_features()
        self._build_menus()
        self._place_features()
        # the layout at each text size, given back as the text comes back to it
        self.text_size_layouts = TextSizeLayouts(self)
        # The status bar created now, so warnings have somewhere to go; a passing message
        # too long for it ends in "…", whole in its tooltip.
        self.elided_messages = ElidedMessages(self.statusBar())
        # Unsaved changes are copied to the data folder shortly after each edit (crash recovery).
        self.autosaver = Autosaver(self.document, parent=self)
        self.autosaver.failed.connect(self._autosave_failed)
        self.autosaver.typing = self.typing_not_entered
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._watch_typing)
            # the control the keys go to scrolled into view, wherever they came from
            focus_in_view.install(app)
        # The open file is watched; a save asks before it overwrites someone else's change.
        self.file_guard = FileGuard(
            self, self.document, self.statusBar(), commands=self, autosaver=self.autosaver
        )

        # the file the class folder opened and how it names it: (path, "Tanaka Yui/beat.kei.json")
        self._shown_as: tuple[Path, str] | None = None
        # The open file cannot be written where it is (files.unwritable): the title says
        # so, and Save goes to Save As at once. (path looked at, what was found)
        self._unwritable: tuple[Path | None, files.Unwritable | None] = (None, None)
        self.document.state_changed.connect(self._update_title)
        self.document.changed.connect(self._say_body_changes)
        self.view.text_scale_changed.connect(self._apply_text_scale)
        self.view.projector_changed.connect(self._projector_changed)
        self._restore_settings()
        self._update_title()
        self.update_actions()
        self._restore_docks()

    def _say_body_changes(self, change: Change) -> None:
        """An edit that moved the body's structure unasked (an Auto construction that
        followed the drive or style, an open top's stiffening) says so in the status bar:
        the construction row may be hidden (projector mode) and the weight only shows the
        sum (core/body_notes.py)."""
        if change.reason != "edit" or not change.new_step:
            return
        notes = body_change_notes(change.old, change.new)
        if notes:
            self.statusBar().showMessage(" ".join(notes), STATUS_WARNING_MS)

    # -- layout ------------------------------------------------------------------------------
    def _build_panels(self) -> None:
        doc = self.document
        self.body_panel = BodyPanel(doc)
        self.engine_panel = EnginePanel(doc)
        self.drivetrain_panel = DrivetrainPanel(doc)
        self.overrides_panel = OverridesPanel(doc)

        # The era offer ("This car is from 1991: judge it by the 1990 rules?", the
        # classroom's) in the controls, under the car's year: it takes no height from the
        # dashboard (see EraOfferBar), and opens below the Year box, which stays under the
        # mouse that stepped the year across an era's edge (above the Name row, it pushed
        # the box down). Tab reaches its buttons after the year, as on screen.
        self._era_offer = EraOfferBar(doc, self.body_panel)  # (never a window of its own)
        self.body_panel.add_under_year(self._era_offer)
        controls = QWidget()
        column = QVBoxLayout(controls)
        for panel in (self.body_panel, self.engine_panel, self.drivetrain_panel,
                      self.overrides_panel):  # fmt: skip
            column.addWidget(panel)
        column.addStretch(1)
        self.controls_scroll = QScrollArea()
        self.controls_scroll.setObjectName("controlsScroll")
        self.controls_scroll.setWidget(controls)
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a stop of Tab's (the controls it holds are, and it scrolls to each): focused,
        # it showed nothing, the first stop of all (the focus at start).
        self.controls_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._controls = controls

        self.results_panel = ResultsPanel(doc, self.view)
        self.compliance_panel = CompliancePanel(doc)
        self.plots_panel = PlotsPanel(doc, self.view)
        # force at the wheels per gear, beside the engine
        self.gearing_plot = GearingPlot(doc, self.view)
        self.plots_panel.add_beside_engine_plot(self.gearing_plot, self.gearing_plot.tab_name)
        # Figures, rules and plots by priority: lesser things give way when room is short.
        self.dashboard = Dashboard(self.results_panel, self.compliance_panel, self.plots_panel)
        self.document.changed.connect(self.dashboard.document_changed)
        self.dashboard_area = DashboardArea(self.dashboard)
        self.dashboard_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # likewise
        self.focus_ring = FocusRing(self)  # the plots (Tab stops too) show the focus
        self.view.projector_changed.connect(self.focus_ring.set_everywhere)  # and all, there

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.controls_scroll)
        self.main_splitter.addWidget(self.dashboard_area)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

        # Tab order: creation order, i.e. the controls top to bottom, then the figures.

    def _dashboard_least_height(self, more_width: int = 0) -> int:
        """The dashboard's least height at its width, or at that width plus ``more_width``
        less the controls' width if they stepped aside and would come back (a dock beside
        it gone: the race, see CompareTools.fit_race)."""
        width = self.dashboard.width()
        if more_width:
            back = self._controls_width() if self.controls_scroll.isHidden() else 0
            width = max(width, width + more_width - back)
        return self.dashboard.minimum_height(width)

    def _dashboard_projector_width(self) -> int:
        """In projector mode, the width the dashboard keeps beside docks (DockRoom): two
        fifths of the window, the controls' rows wrapping (or the controls stepping aside)
        to leave it. At its least width (1600x900, four builds in the Comparison) its
        speed plot was some 488x211 px (418x165 in Japanese), too small to read from the
        back of a room. 0 in normal mode (its least width, as before)."""
        if not self.view.projector:
            return 0
        return self.dock_room.screen_width() * 3 // 8

    def _dashboard_rules_width(self, level: int) -> int:
        """The dashboard's least width with its rules at ``level`` of
        CompliancePanel.set_narrow, with its scroll bar where it scrolls
        (DockRoom._narrow_rules)."""
        bar = (
            self.dashboard_area.minimumSizeHint().width() - self.dashboard.minimumSizeHint().width()
        )
        return self.dashboard.rules_width(level) + max(bar, 0)

    def _dashboard_spare(self) -> int:
        """The width the dashboard has beyond what it keeps beside docks: its least width,
        or in projector mode its share of the window (:meth:`_dashboard_projector_width`),
        if more. The Comparison, taller than its dock in projector mode, widens into it
        and no further (CompareTools._wanted_width)."""
        area = self.dashboard_area
        keep = max(area.minimumSizeHint().width(), self._dashboard_projector_width())
        keep = max(keep, self.dock_room.dashboard_keeps)  # (the rules gave way for the docks)
        return max(area.width() - keep, 0)

    def _controls_width(self) -> int:
        """The controls column's width with its rows side by side."""
        bar = self.controls_scroll.verticalScrollBar().sizeHint().width()
        hint = self._controls.sizeHint()
        return hint.width() + bar + 2 * self.controls_scroll.frameWidth()

    def _controls_least_width(self) -> int:
        """The controls column's least width, its rows wrapped and the gear ratios as
        narrow as they go (as DockRoom's limit lays them out): narrower, it would scroll
        sideways. Measured with the ratios so laid out, then put back as they were."""
        ratios = self.drivetrain_panel.gearing.ratios
        was = ratios.layout_.narrow
        ratios.set_narrow(True)
        try:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            least = self._controls.minimumSizeHint().width()
        finally:
            ratios.set_narrow(was)
        bar = self.controls_scroll.verticalScrollBar().sizeHint().width()
        return least + bar + 2 * self.controls_scroll.frameWidth()

    def _fit_controls(self, exactly: bool = False) -> None:
        """The controls column is never clipped: at least as wide as its widest row
        (``exactly``: as wide as that, e.g. after the text got smaller again); narrower,
        its rows wrapped, while docks beside the dashboard need the room (DockRoom)."""
        need = self._controls_width()
        limit = self.dock_room.limit
        if limit:
            need = min(need, limit)  # rows wrapped, or scrolled sideways below that
            exactly = True
        self.controls_scroll.setMinimumWidth(need)
        sizes = self.main_splitter.sizes()
        if sizes and (sizes[0] < need or (exactly and sizes[0] != need)) and sum(sizes) > 0:
            self.main_splitter.setSizes([need, max(sum(sizes) - need, 1)])

    def _limit_controls(self, limit: int | None) -> None:
        """DockRoom's word: the controls as wide as they like (None), narrower with their
        rows wrapped, or stepped aside (0) while docks beside the dashboard need the room."""
        inside = False
        coming_back = limit != 0 and self.controls_scroll.isHidden()
        if limit == 0 and not self.controls_scroll.isHidden():
            focus = QApplication.focusWidget()  # where Show Controls puts the focus back
            inside = focus is not None and self.controls_scroll.isAncestorOf(focus)
            self._focus_aside = focus if inside else None
            self._focus_moved = None
        self.controls_scroll.setVisible(limit != 0)
        moved = QApplication.focusWidget()
        if coming_back:
            self._focus_back(moved)
        if inside and moved is not None and moved.window() is self:
            self._focus_moved = moved  # where Qt put the keys (not the person)
            # Qt gave the keys to the next control (the rules' choice): shown as after
            # keys. The style drew no focus there until the first Tab, so after F6 or F7
            # on a narrow window nothing said where the keys had gone.
            self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
            moved.update()
        bar = Qt.ScrollBarPolicy  # sideways only when narrower than its wrapped rows
        self.controls_scroll.setHorizontalScrollBarPolicy(
            bar.ScrollBarAlwaysOff if limit is None else bar.ScrollBarAsNeeded
        )
        # narrowed: the gear ratios as narrow as they can be (boxes on more lines)
        self.drivetrain_panel.gearing.ratios.set_narrow(limit is not None)
        if limit != 0:
            self._fit_controls(exactly=True)
        self._update_controls_hint()

    def _focus_back(self, focus: QWidget | None) -> None:
        """The controls back (a dock closed by its key, F7 or F6, or the window wider):
        the focus back in the control that had it as they stepped aside, if it is still
        where Qt put it then (the rules' choice) or nowhere in the window. After F7 twice
        on a narrow window it stayed on the rules' choice; F8 alone gave it back. A place
        the person chose meanwhile (a Tab, a click) is kept."""
        back, moved = self._focus_aside, self._focus_moved
        if back is None or not shiboken6.isValid(back):
            return
        if focus is not None and focus.window() is self and focus is not moved:
            return
        if back.isVisible() and back.isEnabled():
            # (not a Tab's reason: a name box would have its text selected, and the next
            # key typed would replace it)
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _post_controls_hint(self, *_args: object) -> None:
        soon(self, self._update_controls_hint)

    def _dock_place(self, dock: QDockWidget) -> tuple[int, int, bool]:
        """Docks in their order on screen; in tabs, as their column's, the classroom first."""
        group = [dock, *self.tabifiedDockWidgets(dock)]  # a dock behind a tab keeps its old place
        return min(o.x() for o in group), min(o.y() for o in group), dock is not self.classroom.dock

    def _update_controls_hint(self) -> None:
        """The status bar's line while the controls make room for docks (named in their
        order on screen) or, with none, for the dashboard at a large text size; gone when
        they are back."""
        hint = self.controls_hint
        if hint is None:
            return
        docks = None
        if self.dock_room.limit == 0 and self.controls_scroll.isHidden():
            beside = [d for side in self.dock_room.beside().values() for d in side]
            docks = sorted(beside, key=self._dock_place)
        hint.update_for(docks)
        self.show_controls_action.setEnabled(bool(docks))
        if docks is not None:
            # the first start's "Drag a slider..." with no slider on screen: the line that
            # says where the controls went takes its place
            self.drop_welcome()

    def show_controls(self) -> None:
        """View > Show Controls: close the docks the controls stepped aside for; the focus
        goes back to the control that had it then (the keyboard's way back to them), or,
        if it was in a dock just closed, to the column's first control."""
        if not self.controls_scroll.isHidden():
            return
        docks = [d for side in self.dock_room.beside().values() for d in side]
        focus = QApplication.focusWidget()
        lost = focus is None or any(d.isAncestorOf(focus) for d in docks)
        for dock in docks:  # as the line's Show controls button does
            dock.close()
        self.dock_room.fit()  # the controls back now, not after the next event
        if not self.controls_scroll.isVisible():
            return
        back, self._focus_aside = self._focus_aside, None
        if back is not None and back.isVisible() and back.isEnabled():
            back.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif lost:
            first = self._first_control()
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def _first_control(self) -> QWidget | None:
        """The first control of the column that Tab would reach."""
        column = self._controls
        for widget in tab_chain(column):  # (the window's chain is a ring)
            if (
                column.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()
                and widget.isEnabled()
                and not has_focus_proxy(widget)
            ):
                return widget
        return None

    def _splitters(self) -> tuple[QSplitter, ...]:
        return (self.main_splitter,)

    # -- actions and menus -------------------------------------------------------------------
    def _action(self, text: str, slot, keys: str = "", tip: str = "") -> QAction:
        """An action of the window; ``keys`` names its keys in :data:`shortcuts.KEYS`."""
        action = make_action(self, text, slot, keys=keys, tip=tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        self.new_action = self._action(
            tr("&New"), self.new_build, "new", tr("Start a new build from the default car")
        )
        self.open_action = self._action(
            tr("&Open…"), self.open_dialog, "open", tr("Open a build file")
        )
        self.preset_action = self._action(
            tr("Open &Preset…"),
            self.open_preset_dialog,
            "open_preset",
            tr("Start from a famous kei car"),
        )
        self.save_action = self._action(tr("&Save"), self.save, "save", tr("Save the build"))
        self.save_as_action = self._action(
            tr("Save &As…"),
            self.save_as,
            "save_as",
            tr("Save the build under a new name"),
        )
        self.revert_action = self._action(
            tr("Re&vert"), self.revert, "", tr("Go back to the saved file")
        )
        self.quit_action = self._action(tr("&Quit"), self.close, "quit", tr("Quit keiconfig"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, tr("&Undo"))
        shortcuts.set_keys(self.undo_action, "undo")
        self.redo_action = stack.createRedoAction(self, tr("&Redo"))
        shortcuts.set_keys(self.redo_action, "redo")
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        # The build's undo and redo keys work in number and text boxes too.
        self.undo_keys = shortcuts.BuildUndoKeys(self, self.undo_action, self.redo_action)
        # and a number box's menu's Undo and Redo are the build's, as its keys are
        self.spin_box_menu = SpinBoxMenu(self, self.undo_action, self.redo_action)
        self.focus_return = FocusReturn(self)  # after a dialog, the focus where it was

        self.bigger_action = self._action(
            tr("L&arger Text"),
            lambda: self.zoom(1.25),
            "zoom_in",
            tr("Larger text, e.g. for a projector"),
        )
        self.smaller_action = self._action(
            tr("&Smaller Text"), lambda: self.zoom(0.8), "zoom_out", tr("Smaller text")
        )
        self.reset_zoom_action = self._action(
            tr("&Normal Text Size"),
            lambda: self.zoom(None),
            "zoom_reset",
            tr("Text at the system size"),
        )
        self.reset_layout_action = self._action(
            tr("Reset La&yout"),
            self.reset_layout,
            "",
            tr("The window's size and panel widths as at first start, fitted to this screen"),
        )
        # The keyboard's way to the controls when they step aside for docks (the status
        # bar's Show controls button takes no focus): enabled only while they are hidden.
        self.show_controls_action = self._action(
            tr("Show Con&trols"),
            self.show_controls,
            "show_controls",
            tr("Close the panels the controls made room for"),
        )
        self.show_controls_action.setEnabled(False)
        self.whats_this = TipsAsWhatsThis(self)
        self.whats_this_action = self._action(
            tr("What's &This?"),
            self.whats_this.enter,
            "whats_this",
            tr(
                "Click any part of the window to read what it is for (Enter: the part "
                "with the focus)"
            ),
        )
        self.about_action = self._action(tr("&About keiconfig"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # fmt: skip

    def _build_features(self) -> None:
        """The features, handed what they need; they make their own views and actions."""
        self.classroom = Classroom(
            self.document,
            self.view,
            self.settings,
            figures=self.results_panel.figures,
            speed_plot=self.plots_panel.speed_widget,
            open_preset=self._open_preset_asking,
            host=self,
            gearing_plot=self.gearing_plot.widget,
            era_offer=self._era_offer,
        )
        from keiconfig.ui.compare_tools import CompareTools  # comparison, race, class folder

        self.compare_tools = CompareTools(
            self.document,
            self.view,
            self.settings,
            self.plots_panel,
            open_path=self.open_path,
            host=self,
            dashboard_least_height=self._dashboard_least_height,
            dashboard_spare=self._dashboard_spare,
            give_focus=self.focus_return.give_focus,
        )
        # A disabled action's key says why it does nothing (Ctrl+R with one build pinned).
        self.disabled_keys = DisabledKeys(
            self,
            lambda text: self.statusBar().showMessage(text, STATUS_WARNING_MS),
            self._clear_status_if,
        )
        self.disabled_keys.explain(self.compare_tools.race_action, self.compare_tools.why_no_race)
        # (Ctrl+Z with nothing to undo seemed not to be the undo key at all)
        self.disabled_keys.explain(self.undo_action, lambda: self.tr("Nothing to undo."))
        self.disabled_keys.explain(self.redo_action, lambda: self.tr("Nothing to redo."))
        from keiconfig.ui.explore_tools import ExploreTools  # Explore, Open Challenge

        self.explore_tools = ExploreTools(
            self.document,
            self.settings,
            open_path=self.open_path,
            host=self,
            view=self.view,
            dashboard_least_height=self._dashboard_least_height,
            give_focus=self.focus_return.give_focus,
        )

    def _build_menus(self) -> None:
        """Every menu of the window, with the window's and the features' actions."""
        tr = self.tr
        room, tools, explore = self.classroom, self.compare_tools, self.explore_tools
        bar = self.menuBar()
        show_keys_on(bar)  # its current menu marked while it has the keys (Alt, Escape)
        self.keys_back_from_bar = KeysBackFromBar(bar, self._first_control)  # Escape
        self.file_menu = file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.preset_action)
        self._place(file_menu, tools.class_folder_action, explore.challenge_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.revert_action)
        file_menu.addSeparator()
        self.export_menu = file_menu.addMenu(tr("&Export"))
        self._place(self.export_menu, *tools.export_actions)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.edit_menu = edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self._place(edit_menu, room.reset_all_action)

        self.view_menu = view_menu = bar.addMenu(tr("&View"))
        view_menu.addAction(self.bigger_action)
        view_menu.addAction(self.smaller_action)
        view_menu.addAction(self.reset_zoom_action)
        view_menu.addAction(self.reset_layout_action)
        self._build_language_menu(view_menu)
        view_menu.addSeparator()
        self._place(view_menu, room.projector_action, room.guess_action, room.dock_action)
        view_menu.addSeparator()
        self._place(
            view_menu, tools.ghost_action, tools.compare_view_action, tools.race_view_action
        )
        view_menu.addSeparator()
        view_menu.addAction(self.show_controls_action)

        self.compare_menu = compare_menu = bar.addMenu(tr("&Compare"))
        self._place(compare_menu, tools.pin_action)
        self.compare_preset_menu = compare_menu.addMenu(tr("Add Pr&eset"))
        self.compare_preset_menu.aboutToShow.connect(
            lambda: tools.fill_presets(self.compare_preset_menu)
        )
        self._place(compare_menu, tools.add_file_action)
        compare_menu.addSeparator()
        self._place(compare_menu, tools.race_action, tools.clear_action)

        self.tools_menu = bar.addMenu(tr("&Tools"))
        self._place(self.tools_menu, explore.explore_action)

        self.help_menu = help_menu = bar.addMenu(tr("&Help"))
        self._place(help_menu, room.model_action)
        help_menu.addAction(self.whats_this_action)
        help_menu.addAction(self.about_action)
        self._fill_recent_menu()
        # each item as wide as its text with the & of its mnemonic (Qt cut 探索(&E)…)
        menu_room.give_room([a.menu() for a in bar.actions() if a.menu() is not None])

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """View > Language: the system's, or one chosen (each named in its own language)."""
        from PySide6.QtGui import QActionGroup

        from keiconfig.ui import i18n

        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        entries = [("", self.tr("System Language")), *i18n.LANGUAGES]
        for code, name in entries:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == (self.settings.language or ""))
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        self.language_menu.insertSeparator(self.language_actions["en"])

    def choose_language(self, code: str) -> None:
        """Show keiconfig in ``code`` ("" for the system's language) now and from now on."""
        from keiconfig.ui import i18n

        self.settings.language = code or None
        self.language_actions[code].setChecked(True)
        i18n.set_language(i18n.startup_language(code or None))
        # every figure and sentence written again, in the new language
        self.document.state_changed.emit()
        self.document.language_changed()
        self._update_title()
        self.say_missing_font()

    def say_missing_font(self) -> None:
        """In the status bar, when the language shown has no font here."""
        from keiconfig.ui import i18n

        missing = i18n.missing_font()
        if missing:
            self.statusBar().showMessage(missing, STATUS_WARNING_MS)

    def _place(self, menu: QMenu, *actions: QAction) -> None:
        """Put a feature's actions in ``menu`` and on the window (their keys work anywhere)."""
        for action in actions:
            menu.addAction(action)
            self.addAction(action)

    def _place_features(self) -> None:
        """The features' docks, bars and views, where the window wants them."""
        room, tools = self.classroom, self.compare_tools
        self.plots_panel.add_below_speed_plot(room.limits_panel.sentence)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, room.dock)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, room.guess.bar)
        room.guess.bar.hide()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, tools.compare_dock)
        tools.compare_dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, tools.race_dock)
        tools.race_dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.explore_tools.dock)
        self.explore_tools.dock.hide()
        for dock in (room.dock, tools.compare_dock):  # whichever opens second
            dock.visibilityChanged.connect(self._dock_opened)
        # Docks beside the dashboard keep a readable width: the controls give way.
        self.dock_room = DockRoom(
            self,
            self.controls_scroll,
            self.dashboard_area,
            preferred=self._controls_width,
            set_limit=self._limit_controls,
            least=self._controls_least_width,
            heights={room.dock: room.needed_height},
            widths={room.dock: room.projector_width, tools.compare_dock: tools.room_width},
            dashboard_width=self._dashboard_projector_width,
            guests=tools.guests,  # the race put beside for want of room, with its host
            moving_guests=tools.moving_race,
            narrow_rules=self.dashboard.set_rules_narrow,
            rules_width=self._dashboard_rules_width,
        )
        for dock in window_docks(self):
            self.dock_room.watch(dock)
        room.readable_height = self.dock_room.readable_height  # (its share leaves others')
        self.explore_tools.readable_height = self.dock_room.readable_height  # (docked whole?)
        # each dock's first side, for View > Reset Layout
        self._first_areas = {d: self.dockWidgetArea(d) for d in window_docks(self)}
        self.docks_on_screen = dock_state.OnScreen(self)  # a dock dragged out stays on it
        for dock in window_docks(self):
            self.docks_on_screen.watch(dock)
        # Alt+letter: each dock's letters are its own, the column's and dashboard's theirs.
        self.mnemonics = PartMnemonics(self)
        for dock in window_docks(self):
            self.mnemonics.watch(dock)
        # Ctrl+PageDown, Ctrl+PageUp: the next, the previous tab (the explorer's answers)
        self.tab_keys = TabKeys(self)
        # F1 in the window's dialogs: what the dialog and its focused control are for
        help_ = dialog_help.watch(self)  # (one for the app, and the boxes modal.run runs)
        assert help_ is not None
        self.dialog_help = help_
        # Escape in a dock: back to the window's controls (a floating one closes).
        self.dock_escape = DockEscape(self, self.focus_return.give_focus, self._first_control)
        for dock in window_docks(self):
            self.dock_escape.watch(dock)
        # Float, dock again or close a dock from the keyboard (View > Floating Panels, and
        # each dock's own menu).
        self.dock_keys = DockKeys(self, self.focus_return.give_focus, self.dock_escape.leave)
        tr = self.tr
        for dock, entry in (
            (room.dock, tr("&Classroom")),
            (tools.compare_dock, tr("C&omparison")),
            (tools.race_dock, tr("Race &Replay")),
            (self.explore_tools.dock, tr("&Explorer")),
        ):
            self.dock_keys.watch(dock, entry)
        self.view_menu.insertMenu(self.show_controls_action, self.dock_keys.menu)
        menu_room.give_room([self.dock_keys.menu])
        # Controls stepped aside: the status bar says why and how they come back.
        hint = self.controls_hint = ControlsHint(
            self,
            room.projector_action,
            self.show_controls_action,
            self.smaller_action,
            room.era_offer,
        )
        self.statusBar().addPermanentWidget(hint, 1)
        self.statusBar().messageChanged.connect(hint.message_changed)
        for dock in window_docks(self):  # after DockRoom has fitted
            for signal in (dock.visibilityChanged, dock.topLevelChanged):
                signal.connect(self._post_controls_hint)
        room.projector_action.toggled.connect(self._post_controls_hint)
        self.dashboard.least_changed.connect(self.dock_room.post)
        self.compare_tools.pins_changed.connect(self.dock_room.post)  # its table's width
        self.dashboard.least_changed.connect(self.compare_tools.fit_race)
        explorer = self.explore_tools.sizing  # the explorer below: its own height kept
        if explorer is not None:
            self.dashboard.least_changed.connect(explorer.post)
            self.dock_room.placed.connect(explorer.post)
        self.dock_room.placed.connect(  # once the window has placed them
            lambda: soon(self, self._docks_take_room)
        )

    def _open_preset_asking(self, build: Build) -> None:
        if self.maybe_save():
            self.open_preset(build)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        from keiconfig.ui.class_folder import MOODLE_SUFFIX

        names = Counter(Path(path).name for path in recent)
        for i, path in enumerate(recent, start=1):
            # One line (a tab would fake a shortcut), and short: the tooltip has the path.
            name = Path(path).name
            shown: str | None = None  # the title's and status bar's name for it
            if names[name] > 1:  # every student's beat.kei.json: whose, from its folder
                folder = Path(path).parent.name
                whose = MOODLE_SUFFIX.sub("", folder) or folder
                shown = f"{whose}/{name}"  # as the class folder names it
                name = f"{name} — {whose}"
            name = plain.one_line(name)
            name = plain.menu_text(plain.elided(name, RECENT_NAME_CHARS))
            action = self.recent_menu.addAction(f"&{i} {name}" if i < 10 else name)
            action.setToolTip(plain.tooltip(plain.one_line(path)))
            action.setStatusTip(plain.one_line(path))
            action.triggered.connect(
                lambda _c=False, p=path, shown=shown: self.open_path(p, shown_as=shown)
            )
        if not recent:
            none = self.recent_menu.addAction(self.tr("No recent files"))
            none.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("&Clear Menu"))
            clear.triggered.connect(self._clear_recent)
        self.recent_menu.setEnabled(True)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._fill_recent_menu()

    # -- state -------------------------------------------------------------------------------
    def unwritable(self, look_again: bool = False) -> files.Unwritable | None:
        """Whether the open file cannot be written where it is: "file" (read-only),
        "folder" (its folder takes no new file: a teacher's read-only handout folder, a
        CD), None. Looked at when a file is opened or saved under a new name (the title's
        mark), and again on ``look_again``: at every Save, and when the file's mode bits
        changed (:meth:`look_at_read_only`)."""
        path = self.document.path
        if path != self._unwritable[0] or (look_again and path is not None):
            self._unwritable = (path, None if path is None else files.unwritable(path))
        return self._unwritable[1]

    def _update_title(self) -> None:
        doc = self.document
        name = plain.in_title(doc.build.name)
        if doc.path is not None:
            file = doc.path.name
            shown = self._shown_as
            if shown is not None and shown[0] == doc.path:  # "Tanaka Yui/beat.kei.json"
                file = shown[1]
            if self.unwritable() is not None:
                #: The window's title for a file that cannot be saved where it is (a
                #: read-only file, or one in a folder that cannot be written in); [*] is
                #: where the * of unsaved changes goes.
                template = self.tr("{name} ({file}) [read-only][*] — keiconfig")
            else:
                template = self.tr("{name} ({file})[*] — keiconfig")
            title = template.format(name=name, file=plain.in_title(file))
        else:
            title = self.tr("{name}[*] — keiconfig").format(name=name)
        self.setWindowTitle(title)
        self.setWindowModified(doc.modified)
        self.update_actions()

    def update_actions(self) -> None:
        """The file actions as the document and its file on disk now allow: Revert needs
        unsaved changes and a saved file still on disk to go back to."""
        doc = self.document
        self.revert_action.setEnabled(
            doc.path is not None and doc.modified and not self.file_guard.vanished
        )
        self.setWindowModified(doc.modified)

    # -- file commands -----------------------------------------------------------------------
    def commit_typing(self) -> None:
        """What is typed in the focused box and not yet entered becomes the build's
        (:func:`unentered.commit`)."""
        unentered.commit(self)

    def typing_not_entered(self) -> tuple[str, str] | None:
        """(box name, text) typed and not yet entered, for the autosave
        (:func:`unentered.not_entered`)."""
        return unentered.not_entered(self)

    def put_back_typing(self, name: str, text: str) -> bool:
        """Recovery: typing back into its box, not entered (:func:`unentered.put_back`)."""
        return unentered.put_back(self, name, text)

    def _watch_typing(self, old: QWidget | None, new: QWidget | None) -> None:
        """Typing in the focused box schedules the autosave (which keeps it apart)."""
        unentered.follow_focus(self, old, new, self.autosaver.schedule)

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open build (saved, discarded or unmodified)."""
        self.commit_typing()
        if not self.document.modified:
            return True
        answer = ask_unsaved_changes(self, self.document.build.name)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_build(self) -> None:
        if self.maybe_save():
            self.document.reset(default_build(), None, new=True)
            self.statusBar().showMessage(self.tr("New build"), 3000)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path = ask_open_path(self, self._start_folder())
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str | Path, ask: bool = True, shown_as: str | None = None) -> bool:
        """Open a build file; on failure say why and keep the open build as it was.
        ``shown_as``: how the status bar names the file (the class folder's "Tanaka
        Yui/beat.kei.json", when every student's file has the same name).
        A class challenge (dropped here, on the command line, chosen in File > Open) is
        shown as one, as File > Open Challenge does, and a folder is ranked, as File >
        Open Class Folder does: the open build stays."""
        from keiconfig.core.challenge import is_challenge_file

        path = Path(path)
        # named as a challenge and no build: shown as the challenge it is meant to be, even
        # cut short or broken ("Could not open the build" said a broken .challenge.json)
        named_challenge = (
            path.name.lower().endswith(".challenge.json")
            and not os.path.isdir(path)
            and not files.is_build_file(path)
        )
        if named_challenge or is_challenge_file(path):
            return self.explore_tools.open_challenge(str(path)) is not None
        # os.path's look never raises (Path.is_dir raised OSError for a name too long for
        # the disk: 'keiconfig <300 letters>' ended in the crash dialog)
        if os.path.isdir(path):  # a class's folder, dropped or named on the command line: ranked
            return self.compare_tools.open_class_folder(str(path)) is not None
        if ask and not self.maybe_save():
            return False
        # the title names the file so too (set before the document says its new path)
        self._shown_as = (Path(os.path.abspath(path)), shown_as) if shown_as else None
        rules_before = self.document.era
        try:
            loaded = self.document.open(path)
        except files.BuildFileError as exc:
            errors.show_user_error(
                self, self.tr("Could not open the build"), errors.with_folder(str(exc), path)
            )
            if not os.path.exists(path):  # (a link that leads to itself included)
                self.settings.remove_recent(_real_path_text(path))
                self._fill_recent_menu()
            return False
        self._remember_file(path)
        name = plain.one_line(shown_as if shown_as is not None else path.name)
        warnings = loaded.warnings
        if warnings:
            # counted as the keys, not the lines: 300 unknown keys are 5 lines of the list
            # ("... and 296 more"), and "with 5 warning(s)" told of 5
            short = (
                self.tr("Opened {file}; %n unknown key(s) were ignored.", "", loaded.ignored)
                if loaded.told() == loaded.ignored
                else self.tr("Opened {file} with %n warning(s).", "", loaded.told())
            )
            self.say_warnings(
                self.tr("Opened with warnings: {w}").format(w="; ".join(warnings)),
                short.format(file=name),
                self.tr("Opened with warnings"),
                warnings,
            )
        elif self.document.era != rules_before:
            # The rules shown changed with the file (a lesson on the 1976 rules, a file saved
            # judged by others, or by none): said, not only seen in the Rules box.
            self.statusBar().showMessage(self._opened_with_rules(name, loaded.build), 10000)
        else:
            self.statusBar().showMessage(self.tr("Opened {file}").format(file=name), 4000)
        return True

    def _opened_with_rules(self, name: str, build: Build) -> str:
        era = regulations.era_name(self.document.era)
        if build.judged_by is None:
            #: The status bar after File > Open changed the rules shown: the file names no
            #: rules to be judged by ({era}: "1998").
            return self.tr(
                "Opened {file}, judged by the current rules ({era}): it names no others."
            ).format(file=name, era=era)
        #: The status bar after File > Open changed the rules shown to the ones the file was
        #: saved judged by ({era}: "1976").
        return self.tr("Opened {file}, judged by the {era} rules it was saved with.").format(
            file=name, era=era
        )

    def _clear_status_if(self, sentence: str) -> None:
        """The status bar's ``sentence`` taken away, if it is still what the bar shows."""
        if self.statusBar().currentMessage() == sentence:
            self.statusBar().clearMessage()

    def say_warnings(self, line: str, short: str, title: str, warnings: Sequence[str]) -> None:
        """A file's warnings: ``line`` in the status bar when it is read whole there. When
        not (two unknown keys of a file from a newer keiconfig cut the line at '(a typo,
        or a field of' in a 1280-wide window; one, in projector mode), the status bar says
        ``short`` and a box lists the warnings, one a line, so none goes unread."""
        bar = self.statusBar()
        room = bar.width() - STATUS_BAR_FRAME_PX
        guard = self.file_guard.bar
        if guard.isVisible():
            room -= guard.width()
        if QFontMetrics(bar.font()).horizontalAdvance(line) <= room:
            bar.showMessage(line, STATUS_WARNING_MS)
            return
        bar.showMessage(short, STATUS_WARNING_MS)
        errors.show_user_error(self, title, "\n".join(warnings))

    def open_preset_dialog(self) -> None:
        if not self.maybe_save():
            return
        preset = choose_preset(self)
        if preset is not None:
            self.open_preset(preset.build)

    def open_preset(self, build: Build) -> None:
        """Start from a preset: no file path, so Save asks where (the preset stays intact).
        Its name, description and notes in the user's language where the file has them."""
        from keiconfig.core import text

        build = build.localized(text.language())
        self.document.reset(build, None, preset=True)
        self.statusBar().showMessage(
            self.tr("Preset {name}: save it to keep your changes").format(
                name=plain.one_line(build.name)
            ),
            6000,
        )

    def save(self) -> bool:
        self.commit_typing()
        path = self.document.path
        if path is None:
            return self.save_as()
        # Looked at again at every Save: a file made read-only (or its folder locked) by
        # someone else after it was opened asked "Replace it anyway?"; one made writable
        # meanwhile is saved in place. The title's mark follows what is found.
        was = self.unwritable()
        why = self.unwritable(look_again=True)
        if why != was:
            self._update_title()
        if why is not None:  # Save As at once, as the title says, and why
            self.statusBar().showMessage(self._unwritable_sentence(path, why), STATUS_WARNING_MS)
            return self.save_as(elsewhere=why == "folder")
        return self._save_to(path)

    def look_at_read_only(self) -> None:
        """The open file's mode bits looked at now (a stat: when the window becomes active,
        and when the watcher tells of a change, chmod included): a file made read-only by
        someone else since it was opened gains the title's mark, one made writable loses
        it. (Its folder locked meanwhile is found at Save, which tries the folder.)"""
        path = self.document.path
        if path is None:
            return
        marked = self.unwritable()
        if marked == "folder":
            return
        if (marked == "file") != files.read_only_file(path):
            self.unwritable(look_again=True)
            self._update_title()

    def _unwritable_sentence(self, path: Path, why: files.Unwritable) -> str:
        file = plain.one_line(path.name)
        if why == "file":
            #: The status bar when Save goes to Save As for a read-only file.
            return self.tr(
                "{file} is read-only: save your changes under another name or in another folder."
            ).format(file=file)
        #: The status bar when Save goes to Save As for a file whose folder cannot be
        #: written in (a read-only folder or disk).
        return self.tr(
            "{file} is in a folder that cannot be written in: save your changes in another folder."
        ).format(file=file)

    def save_as(self, elsewhere: bool = False) -> bool:
        """``elsewhere``: the open file's folder cannot be written in, so the file's name
        is suggested in the last folder saved to or opened from (else the home folder)."""
        self.commit_typing()
        current = self.document.path
        if current is not None and elsewhere:
            folder = next(
                (
                    f
                    for f in self.settings.folder_choices("builds")
                    if Path(f) != current.parent and os.access(f, os.W_OK)
                ),
                str(Path.home()),
            )
            suggested = str(Path(folder) / current.name)
        elif current is not None:
            suggested = str(current)
        else:
            suggested = str(
                Path(self._start_folder()) / (fmt.file_stem(self.document.build.name) + FILE_SUFFIX)
            )
        path = ask_save_path(self, suggested)
        if not path:
            return False
        target = with_suffix(self, path, FILE_SUFFIX, accepted=(".json",), suggested=suggested)
        return target is not None and self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        if not self.file_guard.save(path):  # asks if the file changed on disk or is read-only
            return False
        # Where it went: a file changed on disk is asked about, and "Save Mine As…" saves
        # elsewhere (this said "Saved <the file not saved>" and put that file first in the
        # recent files).
        path = self.document.path or path
        self._remember_file(path)
        if self.file_guard.overwrote_theirs:
            self.statusBar().showMessage(
                self.tr(
                    "Saved {file}; the version it replaced, changed by another program or "
                    "window, is kept as {backup}."
                ).format(
                    file=plain.one_line(path.name),
                    backup=plain.one_line(files.backup_path(path).name),
                ),
                STATUS_WARNING_MS,
            )
            return True
        self.statusBar().showMessage(
            self.tr("Saved {file}").format(file=plain.one_line(path.name)), 4000
        )
        return True

    def revert(self) -> None:
        path = self.document.path
        if path is None or not self.document.modified:
            return
        if self.file_guard.gone_now():  # said before asking to discard anything
            sentence = (
                self.tr(
                    "“{file}” is now a folder or another thing that is not your saved build, "
                    "so there is no saved version to go back to. Your build is kept here: "
                    "save it under another name to keep it."
                )
                if self.file_guard.save_elsewhere
                else self.tr(
                    "“{file}” is no longer on disk (deleted or moved), so there is no saved "
                    "version to go back to. Your build is kept here: save it to keep it."
                )
            )
            errors.show_user_error(
                self, self.tr("Revert"), sentence.format(file=plain.one_line(path.name))
            )
            return
        answer = errors.ask(
            self,
            self.tr("Revert"),
            self.tr("Discard your changes and go back to the saved {file}?").format(
                file=plain.one_line(path.name)
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.open_path(path, ask=False)

    def _remember_file(self, path: Path) -> None:
        self.settings.add_recent(str(path))
        self.settings.last_folder = str(Path(_real_path_text(path)).parent)
        self._fill_recent_menu()

    def _start_folder(self) -> str:
        return self.settings.start_folder("builds", self.document.path)

    def _autosave_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Autosave failed: {why}").format(why=message), STATUS_WARNING_MS
        )

    # -- view --------------------------------------------------------------------------------
    def zoom(self, factor: float | None) -> None:
        """Scale the app's text (None: back to normal); remembered for next time."""
        scale = 1.0 if factor is None else self.settings.text_scale * factor
        scale = min(max(scale, 0.75), 2.5)
        self.settings.text_scale = scale
        if scale == self.view.text_scale:
            self._apply_text_scale(self.view.effective_text_scale)
        else:  # (before the text changes: the layout it is leaving)
            self.text_size_layouts.leaving(self._layout_key)
        self.view.set_text_scale(scale)

    def _text_size_key(self) -> tuple[float, bool]:
        return (self.view.text_scale, self.view.projector)

    def _text_size_leaves(self) -> None:
        """Projector mode turned: the layout at the text size it leaves kept (before its
        controls are hidden or shown), to be given back as the text comes back to it (a
        round trip of F5, as of Ctrl+= and Ctrl+0: see zoom)."""
        key = self._text_size_key()
        if key != self._layout_key:
            self.text_size_layouts.leaving(self._layout_key)

    def _apply_text_scale(self, effective_scale: float) -> None:
        """The application's text at ``effective_scale`` (the zoom times projector mode's)."""
        font = QFont(QApplication.font())
        font.setPointSizeF(self._base_point_size * effective_scale)
        QApplication.setFont(font)
        key = self._text_size_key()
        if key != self._layout_key:
            self._layout_key = key
            self.text_size_layouts.arrived(key)
        # Layouts learn the new font from posted events: fit once they have run, the
        # controls as wide as their rows (narrower again when the text gets smaller).
        soon(self, lambda: self._fit_controls(exactly=True))
        self.dock_room.post()  # docks beside the dashboard: readable at the new size

    def _projector_changed(self, on: bool) -> None:
        """Projector mode: fewer controls (the dashboard gives the plots their room)."""
        self._text_size_leaves()
        self.body_panel.set_projector(on)
        self.engine_panel.set_projector(on)
        self.drivetrain_panel.set_projector(on)
        self.overrides_panel.setVisible(not on)
        if on:  # the docks beside the dashboard as wide again after as before (DockRoom)
            self.dock_room.keep_widths()
        else:
            self.dock_room.widths_back()
        self.explore_tools.projector_changed(on)  # floats where short of room, back after
        self._projector_fills_small_screen(on)

    def _projector_fills_small_screen(self, on: bool) -> None:
        """On a small screen (one that cannot hold the default size with a margin, as at
        first start), a window not maximised is maximised while projector mode is on, and
        restored after. Un-maximised on a 1280x720 projector (1152x648), projector mode
        scrolled the speed plot's time axis off the bottom and cut the limiter's note (seen
        under openbox). Only under a window manager (the window has a frame): without one,
        nothing maximises a window."""
        if not on:
            if self._maximized_for_projector and self.isMaximized():
                self.showNormal()
            self._maximized_for_projector = False
            return
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen() or not self.isVisible():
            return
        avail = screen.availableGeometry()
        small = (
            int(avail.width() * 0.9) < DEFAULT_SIZE[0]
            or int(avail.height() * 0.9) < DEFAULT_SIZE[1]
        )
        if small and has_window_frame(self):
            self._maximized_for_projector = True
            self.showMaximized()

    def about(self) -> None:
        modal.run(self.about_box())

    def about_box(self) -> QMessageBox:
        """Help > About keiconfig: as Qt's about box, with what F1 says in it."""
        from keiconfig import __version__

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About keiconfig"))
        box.setText(
            self.tr(
                "<b>keiconfig {v}</b><p>Build your own Japanese kei car and see its weight, "
                "power, acceleration and whether it fits the kei rules of its era.</p>"
            ).format(v=__version__)
        )
        icon = self.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.setWhatsThis(
            self.tr(
                "Help > How the Model Works (F1 in the window) shows how each figure is "
                "worked out, with your build's numbers. Help > What's This? (Shift+F1), "
                "then a click or Enter, says what any part of the window is for."
            )
        )
        return box

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if _first_local_file(urls) is not None or _first_web_link(urls) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        path = _first_local_file(urls)
        if path is None:
            link = _first_web_link(urls)
            if link is None:
                event.ignore()
                return
            # An attachment dragged from a chat app or a browser is a web address: the drag
            # was refused without a word (a 'no' cursor), the build nowhere.
            event.acceptProposedAction()
            self.statusBar().showMessage(
                self.tr(
                    "“{link}” is a web address: save the file from there first, then open it here."
                ).format(link=plain.elided(plain.one_line(link), 40)),
                STATUS_WARNING_MS,
            )
            return
        event.acceptProposedAction()
        others = sum(1 for url in urls if url.isLocalFile()) - 1
        opened = self.tr("Opened {file}").format(file=plain.one_line(path.name))
        if self.open_path(path) and others and self.statusBar().currentMessage() == opened:
            # One file is open at a time: the others are not dropped without a word (the
            # warnings of a file opened with them are left to say theirs).
            self.statusBar().showMessage(
                self.tr(
                    "Opened {file}, the first of the files dropped; %n other(s) not opened "
                    "(Compare > Add File… puts builds side by side).",
                    "",
                    others,
                ).format(file=plain.one_line(path.name)),
                STATUS_WARNING_MS,
            )

    # -- settings ----------------------------------------------------------------------------
    def say_welcome(self) -> None:
        """The first start's line in the status bar: what to do first, and where the help
        is (keiconfig opened on a default car with nothing saying a word). It stays until
        the first change of the build, or another message, takes its place. Short enough
        to be read whole at projector size on a 1280-wide screen. On a smaller one (960
        wide) it ran off the bar's right edge, cut with no "…": it is a label that elides
        itself as the controls hint does, the whole sentence in its tooltip and its
        accessible description."""
        preset = self.preset_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = self.tr(
            "New here? Drag a slider, or start from a real car: File > Open Preset "
            "({keys}). Help: F1; Shift+F1, then click on anything."
        ).format(keys=preset)
        self.drop_welcome()
        line = self.welcome_line = ElidedLabel()
        line.setObjectName("welcomeLine")
        line.set_full_text(text)
        bar = self.statusBar()
        bar.addWidget(line, 1)  # (a passing message hides it meanwhile)
        bar.messageChanged.connect(self._welcome_gives_way)
        self.document.changed.connect(self._welcome_gives_way)

    def welcome_text(self) -> str:
        """The first start's line as it stands in the status bar ("" once gone)."""
        line = self.welcome_line
        return line.full_text() if line is not None else ""

    def _welcome_gives_way(self, said: object = None) -> None:
        """The first change of the build, or another message, takes the welcome's place."""
        if isinstance(said, str) and not said:
            return  # a message gone: nothing new to say
        self.drop_welcome()

    def drop_welcome(self) -> None:
        line, self.welcome_line = self.welcome_line, None
        if line is None:
            return
        self.statusBar().messageChanged.disconnect(self._welcome_gives_way)
        self.document.changed.disconnect(self._welcome_gives_way)
        self.statusBar().removeWidget(line)
        line.deleteLater()

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.state("geometry")
        # never closed before (its size is kept at the close): app.start_window says welcome
        self.first_start = geometry is None and s.problem is None
        # A layout saved on a larger screen (or before a resolution change) is not restored.
        if geometry is None or not self.restoreGeometry(geometry) or not self._fits_screen():
            self._default_geometry()
        for splitter in self._splitters():
            state = s.state(splitter.objectName())
            if state is not None and splitter.restoreState(state) and not self._fits_panels():
                self._default_geometry()
        self._judge_new_build_by(s.era)
        if self.view.effective_text_scale != 1.0:
            self._apply_text_scale(self.view.effective_text_scale)
        self._fit_controls()
        if s.problem is not None:  # a settings file that is a pipe or a folder: said once
            self.statusBar().showMessage(s.problem, STATUS_WARNING_MS)

    def _judge_new_build_by(self, era: str | None) -> None:
        """The window's first build, new and untouched, is judged by the rules the last
        session ended on (a lesson on the 1976 rules goes on with them), and says so in its
        ``judged_by``: no step to undo, nothing to save until it is changed."""
        doc = self.document
        if era is None or era == doc.era or doc.path is not None or doc.undo_stack.count():
            return
        with contextlib.suppress(ValidationError):  # an era this version does not know
            doc.reset(changed(doc.build, {"judged_by": era}), None, new=True)

    def _restore_docks(self) -> None:
        """The docks open or closed, docked or floating, as the last session left them
        (settings of before: the classroom alone, as they remembered it; so is a dock the
        saved state does not name)."""
        self.classroom.restore_dock()
        restored, self._floating_later = dock_state.restore(self, self.settings)
        if restored is dock_state.Restored.UNUSABLE and self.settings.problem is None:
            self.statusBar().showMessage(
                self.tr(
                    "The places of the panels saved last time could not be read: they open "
                    "where they first do."
                ),
                STATUS_WARNING_MS,
            )
        if restored is not dock_state.Restored.RESTORED:
            return
        self.classroom.placed_as_saved()
        self.compare_tools.placed_as_saved()
        self.explore_tools.placed_as_saved()

    def _fits_screen(self) -> bool:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return True
        avail = screen.availableGeometry()
        size = self.geometry().size()
        return size.width() <= avail.width() and size.height() <= avail.height()

    def _fits_panels(self) -> bool:
        """The restored panel widths leave the dashboard its least width."""
        sizes = self.main_splitter.sizes()
        least = self.dashboard_area.minimumSizeHint().width()
        return len(sizes) == 2 and sizes[1] >= least and sizes[0] > 0

    def reset_layout(self) -> None:
        """View > Reset Layout: size and panel widths as at first start, on this screen;
        docks back in the window on their first sides (a dock dragged to the other side
        stayed there, and now comes back so at every start) and out of tabs, open or
        closed as they are, at their first sizes."""
        for dock in self.findChildren(QDockWidget):
            dock.setFloating(False)
            first = self._first_areas.get(dock)
            if first is not None and self.dockWidgetArea(dock) != first:
                hidden = dock.isHidden()
                self.removeDockWidget(dock)
                self.addDockWidget(first, dock)
                dock.setHidden(hidden)
        self.dock_room.stack_all()  # docks in tabs one above the other, as they first open
        self.text_size_layouts.forget()  # (nor the layout of another text size given back)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the window's least size without the docks just closed
        self._default_geometry()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:  # centred on the screen
            frame = self.frameGeometry()
            frame.moveCenter(screen.availableGeometry().center())
            self.move(frame.topLeft())
        self._fit_controls()
        self.classroom.reset_dock()
        self.compare_tools.reset_docks()

    def _default_geometry(self) -> None:
        screen = QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen is not None else None
        w, h = DEFAULT_SIZE
        if avail is not None:
            w, h = min(w, int(avail.width() * 0.9)), min(h, int(avail.height() * 0.9))
        # On a screen that cannot hold the whole default size with a margin (a 1280x720
        # projector, a 1366x768 laptop), the window starts maximised (see app.start_window):
        # 90 % of a 1280x720 projector, in projector mode, left the speed plot scrolled off.
        self.starts_maximized = (w, h) != DEFAULT_SIZE
        self.resize(w, h)
        self.main_splitter.setSizes([int(w * 0.36), int(w * 0.64)])

    def save_settings(self) -> None:
        s = self.settings
        s.set_state("geometry", self.saveGeometry())
        for splitter in self._splitters():
            if splitter is self.main_splitter and self.controls_scroll.isHidden():
                continue  # the controls stepped aside for docks: their width of before stays
            s.set_state(splitter.objectName(), splitter.saveState())
        # Docks the window put in tabs for want of room (projector mode) are kept stacked:
        # the next start puts them in tabs again if still short. (Stacked again after a
        # restore instead, Qt crashed: SIGSEGV re-adding them, the explorer docked below.)
        self.dock_room.stack_again(self.dock_room.tabbed)
        self.compare_tools.race_below_for_saving()  # (the race, likewise)
        self.explore_tools.docked_for_saving()  # (and the explorer F5 floated)
        dock_state.save(self, s)
        # The rules the next session's new build starts on: those of the build as it was
        # kept (saved, opened, started), not a choice of rules discarded at the close.
        doc = self.document
        s.era = doc.kept_era if doc.modified else doc.era
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.save_settings()
        self.autosaver.remove()  # a clean exit leaves no autosave behind
        self.classroom.projector.release()  # nor projector mode to bring back
        event.accept()

    def projector_after_a_stop(self) -> bool:
        """At start: projector mode on again if the last keiconfig in it stopped without
        closing (a crash, a power cut), as its text size is kept; the status bar says why.
        True when it was turned on."""
        from keiconfig.ui.projector import left_on_by_a_stop

        if self.view.projector or not left_on_by_a_stop():
            return False
        self.classroom.projector_action.setChecked(True)
        self.statusBar().showMessage(
            self.tr(
                "Projector mode is on again: keiconfig stopped in it last time without "
                "closing (F5 turns it off)."
            ),
            STATUS_WARNING_MS,
        )
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._floating_later:  # the docks the last session left floating, above it
            docks, self._floating_later = self._floating_later, []
            soon(self, lambda: [d.show() for d in docks])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.dock_room.post()
        new, old = event.size(), event.oldSize()
        grew = new.width() > old.width() > 0 or new.height() > old.height() > 0
        if grew and not self._docks_posted:
            self._docks_posted = True  # once the window's layout has placed the docks
            soon(self, self._docks_take_room)

    def _docks_take_room(self) -> None:
        """The window grew (resized, maximised): a dock beside the dashboard that was
        squeezed below the width it opens at (projector mode at 1280 px leaves it a
        sliver) takes that width again, as View > Reset Layout gives it. Qt gives all new
        room to the dashboard, so the docks stayed slivers."""
        self._docks_posted = False
        self._grow_docks(3)
        self.compare_tools.race_back()  # a race put beside for want of room: below again

    def _grow_docks(self, tries: int) -> None:
        # The dashboard's least width is its plan's at the width it had: once the docks
        # took what it allowed it plans afresh (less), and they take more, a few rounds.
        short = self.classroom.grow_dock()
        short = self.compare_tools.grow_docks() or short
        if short and tries > 1:
            soon(self, lambda: self._grow_docks(tries - 1))

    def _dock_opened(self, visible: bool) -> None:
        """The classroom or the comparison came on screen: stacked together, each gets a
        readable share of the column (Qt gave the one opened second little more than its
        title), once the window's layout has placed them."""
        if visible:
            soon(self, lambda: self._share_column(3))

    def _share_column(self, tries: int) -> None:
        # the classroom's changes wrap to the width the comparison leaves it: a few rounds
        if self.classroom.share_height() and tries > 1:
            soon(self, lambda: self._share_column(tries - 1))

    def changeEvent(self, event: QEvent) -> None:
        # The system switched light/dark: redraw the style icons in the new text colour.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.body_panel.update_icons()
        # Back in the window (from a file manager, another program): what happened to the
        # open file is said now, even where the watcher has not told (a network folder).
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            guard = getattr(self, "file_guard", None)
            if guard is not None:
                guard.check_now()  # (and the title's [read-only] mark: look_at_read_only)
        super().changeEvent(event)


def _real_path_text(path: Path) -> str:
    """The file ``path`` names, links resolved, as the recent files list keeps it. Never
    raises: ``Path.resolve`` raised RuntimeError for a link that leads to itself (a shared
    folder's loop, opened from the file dialog, a drop or the recent files) and ValueError
    for a null character, out of Open, after the file had been refused."""
    try:
        return str(files.real_path(path))
    except (OSError, ValueError):
        return str(path)


def _first_local_file(urls: list[QUrl]) -> Path | None:
    for url in urls:
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


def _first_web_link(urls: list[QUrl]) -> str | None:
    """The first web address dropped (an attachment dragged from a chat app or a page)."""
    for url in urls:
        if url.scheme().lower() in ("http", "https", "ftp"):
            return url.toDisplayString()
    return None
