"""The file dialogs (Open, Save As, a folder), as QFileDialog's static functions make them,
with icons and types told from a file's name, never read from its content.

Qt's own file dialog (the one used where the desktop offers none: no GTK or portal
platform theme, a bare X server, a classroom's thin client) asked Qt's MIME database for
each file's icon, which reads the start of a file whose name says nothing. Run as root
(a kiosk, a container), a person who went to / and into /proc froze the whole app: the
dialog read /proc/kmsg, which waits for the next kernel message, on the window's own
thread (QFileSystemModel's update -> QFileInfoGatherer::getInfo ->
QFileIconProvider::icon -> QMimeDatabase::mimeTypeForFile -> read). :class:`NameIcons`
gives a folder's or a file's icon and the type its name says: /proc lists at once (the
longest stall 31 ms over 8 s on Xvfb, where it hung for good). A desktop's own dialog
(GTK, the portal) is not Qt's and is left as it is."""

from __future__ import annotations

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
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
        if info.isDir():
            return self._types.mimeTypeForName("inode/directory").comment()
        by_name = QMimeDatabase.MatchMode.MatchExtension
        return self._types.mimeTypeForFile(info.fileName(), by_name).comment()


_icons: NameIcons | None = None


def _dialog(parent: QWidget | None, caption: str, start: str, file_filter: str) -> QFileDialog:
    global _icons
    if _icons is None:
        _icons = NameIcons()
    dialog = QFileDialog(parent, caption, start, file_filter)
    dialog.setIconProvider(_icons)
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return ""
    urls = dialog.selectedUrls()
    return urls[0].toLocalFile() if urls else ""


def open_file_name(parent: QWidget | None, caption: str, start: str, file_filter: str) -> str:
    """An existing file chosen (QFileDialog.getOpenFileName); "" when cancelled."""
    dialog = _dialog(parent, caption, start, file_filter)
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
    dialog = _dialog(parent, caption, suggested, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOptions(options)
    return _chosen(dialog)


def existing_directory(parent: QWidget | None, caption: str, start: str) -> str:
    """A folder chosen (QFileDialog.getExistingDirectory); "" when cancelled."""
    dialog = _dialog(parent, caption, start, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _chosen(dialog)
