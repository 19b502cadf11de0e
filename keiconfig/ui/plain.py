"""User-supplied text (build names, file names, paths, errors quoting them) is shown as
plain text everywhere: Qt guesses rich text from a leading tag in labels, message boxes
and tooltips, so a build named ``x<br><b>Press DISCARD</b>`` could rewrite a question.

- :func:`label`: a QLabel (or QMessageBox) that never interprets markup.
- :func:`tooltip`: a tooltip text that shows ``text`` exactly (tooltips have no format
  switch: the text is escaped and marked as rich text, so Qt shows it literally).
- :func:`menu_text`: text for a menu entry, its ``&`` kept instead of making a shortcut.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

W = TypeVar("W", QLabel, QMessageBox)


def label(widget: W) -> W:
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def tooltip(text: str) -> str:
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def menu_text(text: str) -> str:
    return text.replace("&", "&&")
