"""F1 in a dialog: what the dialog is for, and the focused control, beside it.

In the window F1 opens Help > How the Model Works; in a dialog of the window (the "Save
the changes?" question, Open Preset, About, a challenge, a class folder, the recovered
build, the model page itself) it did nothing. The model page would be no answer there:
behind a modal dialog it takes no keys, and it says nothing of the dialog. Now F1 in any
of them shows, beside the control with the focus, as What's This (Shift+F1, then Enter)
does in the window: what the dialog is for (its What's This text, which each of the
app's dialogs has) and what the focused control is for (its What's This or tooltip, or
that of the row chosen in a list, or of the nearest part round it that has one). A
dialog with none of these says its keys (Enter, Escape). Escape or a click closes it.

Qt's file dialogs are left alone (they are Qt's, with their own keys). The filter is put
on each control of the app's dialogs as it gets the focus (as :mod:`.disabled_keys` does
in the window); F1 reaches it as a key press, since a dialog has no F1 of its own.

The app's dialogs are those of a main window (made with it, or with one of its dialogs,
as parent) and every dialog :func:`keiconfig.ui.modal.run` runs, wherever it was made:
the file-conflict question and the error boxes are made with the window, a floating
explorer or nothing as parent, and the crash dialog with whatever window was active (none,
at times), so F1 reached only some of them. One :class:`DialogHelp` serves them all.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import Qt as QtGui  # (Qt::mightBeRichText is QtGui's)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QWhatsThis,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialog_help", text)


OWN = "keiconfigOwn"  # the property that marks a main window, or a dialog modal.run runs


def mark(widget: QWidget) -> None:
    """``widget`` (a main window, or a dialog run by :func:`keiconfig.ui.modal.run`) is
    the app's own: F1 in it, or in its dialogs, says what they are for."""
    widget.setProperty(OWN, True)


def _own(widget: QWidget | None) -> bool:
    return widget is not None and widget.property(OWN) is True


def dialog_of(widget: QWidget) -> QDialog | None:
    """The dialog ``widget`` is in, if it is one of the app's: run by
    :func:`keiconfig.ui.modal.run`, or its parent a main window or a dialog of one; None in
    a main window itself, a floating dock, a file dialog or another's dialog."""
    top = widget.window()
    if not isinstance(top, QDialog) or isinstance(top, QFileDialog):
        return None
    owner: QWidget | None = top
    while isinstance(owner, QDialog) and not _own(owner):
        parent = owner.parentWidget()
        owner = parent.window() if parent is not None else None
    return top if _own(owner) else None


def _rich(text: str) -> str:
    """A help text as rich text: a tooltip that is rich text already (escaped where it
    quotes a name: :func:`keiconfig.ui.plain.tooltip`) without its <qt>; plain text
    escaped, never read as markup."""
    if QtGui.mightBeRichText(text):
        stripped = text.strip()
        if stripped.startswith("<qt>") and stripped.endswith("</qt>"):
            return stripped[4:-5]
        return stripped
    return html.escape(text).replace("\n", "<br>")


def control_help(control: QWidget, dialog: QDialog) -> str:
    """What ``control`` is for: its What's This or tooltip, the chosen row's in a list,
    else the nearest part's round it, short of the dialog."""
    if isinstance(control, QAbstractItemView):
        index = control.currentIndex()
        tip = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        if isinstance(tip, str) and tip:
            return tip
    w: QWidget | None = control
    while w is not None and w is not dialog:
        text = w.whatsThis() or w.toolTip()
        if text:
            return text
        w = w.parentWidget()
    return ""


def help_text(control: QWidget, dialog: QDialog) -> str:
    """The rich text F1 shows for ``control`` in ``dialog``."""
    parts = [t for t in (dialog.whatsThis(), control_help(control, dialog)) if t]
    if not parts:
        parts = [_tr("Enter presses the button shown as the default; Escape closes the dialog.")]
    return "<qt>" + "<p>".join(_rich(t) for t in parts) + "</qt>"


class DialogHelp(QObject):
    """F1 in the app's dialogs (see the module text). ``shown`` is the last text shown.
    One serves the whole app: :func:`watch` gives it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("keiconfigDialogHelp")
        self.shown = ""
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and dialog_of(new) is not None:
            new.installEventFilter(self)  # installed once: a second install replaces it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() != Qt.Key.Key_F1
            or event.modifiers() != Qt.KeyboardModifier.NoModifier
            or not isinstance(watched, QWidget)
        ):
            return False
        dialog = dialog_of(watched)
        if dialog is None:
            return False
        self.shown = help_text(watched, dialog)
        QWhatsThis.showText(watched.mapToGlobal(watched.rect().center()), self.shown, watched)
        return True


def watch(widget: QWidget | None = None) -> DialogHelp | None:
    """The app's :class:`DialogHelp` (made the first time); ``widget``, if given, marked
    the app's own first (:func:`mark`). None without a QApplication."""
    if widget is not None:
        mark(widget)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    found = app.findChild(DialogHelp, "keiconfigDialogHelp")
    return found if isinstance(found, DialogHelp) else DialogHelp(app)
