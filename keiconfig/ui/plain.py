"""User-supplied text (build names, file names, paths, errors quoting them) is shown as
plain text everywhere: Qt guesses rich text from a leading tag in labels, message boxes
and tooltips, so a build named ``x<br><b>Press DISCARD</b>`` could rewrite a question.

- :func:`label`: a QLabel (or QMessageBox) that never interprets markup.
- :func:`tooltip`: a tooltip text that shows ``text`` exactly (tooltips have no format
  switch: the text is escaped and marked as rich text, so Qt shows it literally), its
  first :data:`TOOLTIP_CHARS` characters if it is longer.
- :func:`menu_text`: text for a menu entry, its ``&`` kept instead of making a shortcut.
- :func:`one_line`: a name or a path put into a sentence, a title or a menu of the window:
  its control characters, line breaks and right-to-left overrides written as escapes, as
  the command line and the exports show them, so a name cannot break the line it is in,
  turn the window's own words around it backwards (``Car\\u202e`` made "…was saved. Restore
  it?" read "?ti erotseR .devas saw") or disguise a file's extension.
- :func:`markdown_text`: :func:`one_line` for rendered Markdown (the model page), its
  punctuation escaped so that a name cannot become a link, an image or emphasis.
- :func:`in_title`: :func:`one_line` for a window's title, whose "[*]" Qt would take
  for the place of the modified mark (a build named ``Mk2 [*]`` showed as ``Mk2``).
- :func:`elided`: a long name cut in the middle, its end (a file's extension) kept.
- :func:`breakable`: a name a word-wrapped label may break anywhere in a long run of
  letters (80 W's would otherwise set the label's, and its dock's, least width).
- :func:`wrappable`: a message quoting a path, breakable only inside a part too long for
  any line (a 200-letter file name ran off a message box's edge, its extension unseen).
"""

from __future__ import annotations

import html
import re
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from keiconfig.core.text import shown

W = TypeVar("W", QLabel, QMessageBox)


def label(widget: W) -> W:
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


TOOLTIP_CHARS = 1500  # a longer text (a file's 900 KB notes) is cut: a tip is not a reader


def tooltip(text: str) -> str:
    if len(text) > TOOLTIP_CHARS:  # shown in full, it froze the window for 2 s at each
        text = text[: TOOLTIP_CHARS - 1] + "…"  # hover in a tip 32,767 pixels tall
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def menu_text(text: str) -> str:
    return text.replace("&", "&&")


def one_line(text: object) -> str:
    """``text`` (a build's name, a file's name, a path) as one line of plain text that
    cannot reorder the text around it (:func:`keiconfig.core.text.shown`)."""
    return shown(text)


def markdown_text(text: object) -> str:
    """``text`` (a build's name) as :func:`one_line`, to be put into Markdown that is
    rendered (the model page): every ASCII punctuation mark backslash-escaped, so that
    Markdown and HTML in a name (``[Read me](file:///…)``, ``<img src=…>``, ``**``) show
    as the characters they are, never as a link, an image or emphasis."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\g<0>", one_line(text))


_MARKDOWN_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")


def in_title(text: object) -> str:
    """``text`` as :func:`one_line`, its "[*]" kept as it is in a window's title (Qt shows
    "[*][*]" as "[*]" and takes a single one for the modified mark)."""
    return one_line(text).replace("[*]", "[*][*]")


def elided(text: str, limit: int) -> str:
    """``text`` of at most ``limit`` characters: a longer one keeps its start and its end
    (a file's extension) with "…" between, so a 255-character file name cannot widen a
    menu past the screen."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return text[:head] + "…" + text[len(text) - (limit - 1 - head) :]


BREAK_RUN = 16  # characters without a space after which a wrapped label may break

# Japanese (and Chinese) letters and their punctuation, full-width forms included: a line may
# break between any two of them, and between one and a Latin word, as Qt wraps them itself
# (Unicode's line breaking). A run of them is no unbreakable run: counted as one, a Japanese
# sentence got a zero-width space every 16 characters, and so breaks inside its Latin words
# ("中欧版W / indows", "Shift_J / IS").
_CJK = "\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# A character of a run Qt finds no place to break in: no space, nor a Japanese letter.
_UNBROKEN = f"[^\\s{_CJK}]"


def breakable(text: str) -> str:
    """``text`` with a zero-width space after every :data:`BREAK_RUN` characters of a
    longer run without spaces (or Japanese letters, between which a line breaks anyway),
    where a word-wrapped label may break it: a Latin word or number in a Japanese
    sentence is kept whole."""
    return re.sub(f"({_UNBROKEN}{{{BREAK_RUN}}})(?={_UNBROKEN})", "\\g<1>\u200b", text)


# A run of more letters than this between spaces and slashes cannot be broken by Qt and is
# wider than a message box at projector size: only such runs are made breakable.
LONGEST_RUN = 40

# A number and its unit ("64 PS", "3,395 mm", "64 KB"): one, joined by a no-break space, so
# a line does not end at "64" and the next begin with "PS自主規制".
_NUMBER_UNIT = re.compile("(?<=\\d) (?=(?:PS|kW|kg|km/h|km|mm|cc|rpm|N·m|KB|MB|s)(?![A-Za-z]))")


def _joined(m: re.Match[str]) -> str:
    """A run that fits a line with a word joiner after each hyphen between letters, where
    Qt would break it ("beat-|from-|prague.kei.json"); a longer one is :func:`breakable`'s,
    and a path (Qt breaks it after its slashes) is left exactly as it is."""
    if len(m.group(0)) > LONGEST_RUN or "/" in m.group(0) or "\\" in m.group(0):
        return m.group(0)
    return re.sub("(?<=[A-Za-z0-9])-(?=[A-Za-z])", "-\u2060", m.group(0))


def wrappable(text: str) -> str:
    """``text`` with :func:`breakable`'s zero-width spaces inside each run of more than
    :data:`LONGEST_RUN` characters without a space, a slash (where Qt breaks a path
    itself) or a Japanese letter; shorter runs, and so ordinary paths and the Latin words
    of a Japanese message, are left as they are, but for a word joiner after a hyphen
    between letters (a file's name kept whole); a number and its unit ("64 PS") joined by
    a no-break space."""
    text = _NUMBER_UNIT.sub("\u00a0", text)
    # a file's name ("beat-from-prague.kei.json") whole: no break after its hyphens
    text = re.sub(f"{_UNBROKEN}+", _joined, text)
    return re.sub(f"[^\\s/\\\\{_CJK}]{{{LONGEST_RUN + 1},}}", lambda m: breakable(m.group(0)), text)
