"""The file dialogs (Open, Save As, a folder), as QFileDialog's static functions make them,
with icons and types told from a file's name, never read from its content.

Qt's own file dialog (the one used where the desktop offers none: no GTK or portal
platform theme, a bare X server, a classroom's thin client) asked Qt's MIME database for
each file's type, which reads the start of the file. Run as root (a kiosk, a container),
a person who went to / and into /proc froze the whole app: the dialog read /proc/kmsg,
which waits for the next kernel message, on the window's own thread
(QFileSystemModelPrivate::fileSystemChanged -> QFileInfoGatherer::getInfo ->
QAbstractFileIconProvider::type -> QMimeDatabase::mimeTypeForFile -> read). Nor did it
take going there: Qt remembers the last folder a dialog showed (``lastVisited`` in the
user's ~/.config/QtProject.conf, shared by every Qt program) and lists it again whenever
a dialog is made, wherever that dialog opens. :class:`NameIcons` gives a file's type from
its name and a plain folder or file icon; folders and the rest keep Qt's own words
("Folder", "Drive"), for which Qt reads nothing. Every file dialog the app opens is made
by :func:`file_dialog`. A desktop's own dialog (GTK, the portal) is not Qt's and is left
as it is."""

from __future__ import annotations

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon, QShowEvent
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameIcons(QFileIconProvider):
    """A file's icon and type from its name and kind (folder or file) only."""

    def __init__(self) -> None:
        super().__init__()
        self._folder = super().icon(QAbstractFileIconProvider.IconType.Folder)
        self._file = super().icon(QAbstractFileIconProvider.IconType.File)
        self._types = QMimeDatabase()

    def icon(self, what):  # type: ignore[no-untyped-def, override]
        if isinstance(what, QFileInfo):
            return QIcon(self._folder if what.isDir() else self._file)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # type: ignore[override]
        if not info.isFile():  # a folder, a drive, a link to nothing: Qt reads no file
            return super().type(info)
        by_name = QMimeDatabase.MatchMode.MatchExtension
        kind = self._types.mimeTypeForFile(info.fileName(), by_name)
        return kind.comment() or kind.name()


_icons: NameIcons | None = None


def name_icons() -> NameIcons:
    """The one provider every dialog shares (made once there is an application)."""
    global _icons
    if _icons is None:
        _icons = NameIcons()
    return _icons


class _FileDialog(QFileDialog):
    def showEvent(self, event: QShowEvent) -> None:
        # Qt makes the dialog's own widgets (and their file model) only when it shows them
        # where a desktop's dialog was to be used and could not be: that model gets the
        # provider too, before the event loop delivers any folder's files to it.
        if self.iconProvider() is not name_icons():
            self.setIconProvider(name_icons())
        super().showEvent(event)


def file_dialog(parent: QWidget | None, caption: str, start: str, file_filter: str) -> QFileDialog:
    """A file dialog at ``start`` (a folder, or a file there to select) that reads no file
    to show it. The provider is set before the event loop runs again, so the folders the
    dialog began listing when it was made (``start``, Qt's remembered one) reach it."""
    dialog = _FileDialog(parent, caption, start, file_filter)
    dialog.setIconProvider(name_icons())
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return ""
        urls = dialog.selectedUrls()
        return urls[0].toLocalFile() if urls else ""
    finally:
        dialog.deleteLater()  # (as the static functions do: its model stops watching)


def open_file_name(parent: QWidget | None, caption: str, start: str, file_filter: str) -> str:
    """An existing file chosen (QFileDialog.getOpenFileName); "" when cancelled."""
    dialog = file_dialog(parent, caption, start, file_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def save_file_name(
    parent: QWidget | None,
    caption: str,
    suggested: str,
    file_filter: str,
    options: QFileDialog.Option,
) -> str:
    """A name to save to (QFileDialog.getSaveFileName), ``suggested`` selected in its
    folder; "" when cancelled."""
    dialog = file_dialog(parent, caption, suggested, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOptions(options)
    return _chosen(dialog)


def existing_directory(parent: QWidget | None, caption: str, start: str) -> str:
    """A folder chosen (QFileDialog.getExistingDirectory); "" when cancelled."""
    dialog = file_dialog(parent, caption, start, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _chosen(dialog)
