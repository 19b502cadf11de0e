"""Display text of the core, translatable without Qt.

The core writes sentences for people (what limits the car, suggested changes, file
errors...). The window shows them, so they must follow its language; the command line
prints them too, in English. The core cannot import Qt, so it goes through this hook:

* :func:`translate` ``(context, source)``: the source text itself by default (the
  command line, tests, any other front end); the window installs Qt's
  ``QCoreApplication.translate`` with :func:`set_translator` at start-up.
* Sentences are whole templates with named fields, filled after translating:
  ``translate("explain", "{opening} until {time}").format(opening=..., time=...)``,
  never pieces glued together, so a translator can put the words in any order.
* A table of texts translated later is marked with :func:`QT_TRANSLATE_NOOP`, which
  returns the text unchanged; the code translates the entry where it is used.
* A text with a count in it says ``%n`` where the count goes and goes through
  :func:`translate_n` ``(source, disambiguation, n)``, never an ``if n == 1`` choosing
  between two texts: each language has its own plural forms (English two, "1 build" /
  "2 builds", Japanese one). The forms come from the translations (Qt's "numerus"
  entries): the installed plural translator (the window: Qt's; the command line: the
  ``.ts`` catalogue), English's from ``resources/i18n/keiconfig_en.ts``, which holds
  only these entries. ``pyside6-lupdate`` extracts the call as a ``tr`` (in the empty
  context): ``-tr-function-alias tr+=translate_n`` (``.ci/update-translations``).

Both call forms are what Qt's ``pyside6-lupdate`` extracts from Python files (with a
string literal for the context and the text; a ``#:`` comment on the line above
becomes a note for the translator), see README "Translating keiconfig".

A translation that uses a ``{field}`` the source does not have (a translator's typo)
is not used: the English source is returned instead, so ``.format`` never fails on it.
Nothing is cached by context or text, so a new translator takes effect at once.
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Callable, Iterable
from typing import Final

Translator = Callable[[str, str], str]
# ``(source, disambiguation, n) -> text`` in the plural form for ``n``, ``%n`` filled in.
PluralTranslator = Callable[[str, str, int], str]

_translator: Translator | None = None
_plural: PluralTranslator | None = None
_language = "en"
# (source, translation) -> whether the translation uses only the source's fields. Keyed by
# both texts, so it can never be stale; bounded, because translations are finite
# anyway but a test may install many pseudo-translators.
_fields_ok: dict[tuple[str, str], bool] = {}
_MAX_CHECKED: Final = 4096
_FORMATTER: Final = string.Formatter()


def set_translator(fn: Translator | None, plural: PluralTranslator | None = None) -> None:
    """Use ``fn(context, source) -> text`` for every core text from now on (None: English),
    and ``plural(source, disambiguation, n)`` for the texts with a count (None: English's
    plural forms)."""
    global _translator, _plural
    _translator = fn
    _plural = plural


def set_language(code: str) -> None:
    """Say which language the installed translator speaks ("en", "ja"): for the texts the
    core picks by language rather than translates (a preset's own Japanese name)."""
    global _language
    _language = code


def language() -> str:
    """The language of the core's texts ("en" unless a front end said otherwise)."""
    return _language


def translator() -> Translator | None:
    """The installed translator, or None when the core writes its English source texts."""
    return _translator


def translate(context: str, source: str) -> str:
    """``source`` in the user's language (the source itself when no translator is set).

    ``context`` says where the text comes from (``"explain"``, ``"files"``...), as in
    Qt's ``QCoreApplication.translate``.
    """
    fn = _translator
    if fn is None:
        return source
    text = fn(context, source)
    if not text or text == source:
        return source
    return text if _fields_ok_in(source, text) else source


def sentences(parts: Iterable[str]) -> str:
    """The non-empty ``parts``, whole sentences, one after another as the language writes
    them: English with a space between, Japanese with none after its full stop (。); the
    translation of ``"{text} {sentence}"`` says which."""
    out = ""
    for part in parts:
        if not part:
            continue
        #: A sentence after the text before it (Japanese: no space after 。).
        joined = translate("", "{text} {sentence}")
        out = joined.format(text=out, sentence=part) if out else part
    return out


def seconds(value: float, decimals: int = 1) -> str:
    """A time inside a sentence, as the language writes it: "19.2 s", Japanese "19.2秒"
    ("19.2 sまで" read wrong in a Japanese sentence). A figure on a card or in a table
    keeps the unit symbol (keiconfig.ui.format.seconds), as km/h and kg do."""
    #: A time in seconds inside a sentence; {s} is the number ("19.2"). Japanese: {s}秒.
    return translate("explain", "{s} s").format(s=f"{value:.{decimals}f}")


def translate_n(source: str, disambiguation: str, n: int) -> str:
    """``source``, a text with ``%n`` where the count goes ("%n build(s)"), in the user's
    language and in the plural form its count ``n`` takes there, with ``n`` put in:
    "1 build", "2 builds", "2件". ``disambiguation`` tells apart equal source texts that
    need different translations ("" mostly). A translation using a ``{field}`` the source
    does not have is not used (the English form is), as with :func:`translate`."""
    fn = _plural
    text = fn(source, disambiguation, n) if fn is not None else ""
    if not text or not _fields_ok_in(source, text):
        text = english_n(source, disambiguation, n)
    return text


def english_n(source: str, disambiguation: str, n: int) -> str:
    """``source`` in English's plural form for ``n``, ``%n`` filled in, whatever the
    installed translator (a detail kept in English in the results, like the others)."""
    from keiconfig.core import catalog

    return catalog.english().translate("", source, disambiguation, n)


def _fields_ok_in(source: str, text: str) -> bool:
    if text == source:
        return True
    key = (source, text)
    ok = _fields_ok.get(key)
    if ok is None:
        src = _fields(source)
        dst = _fields(text)
        ok = src is None or (dst is not None and dst <= src)
        if len(_fields_ok) >= _MAX_CHECKED:
            _fields_ok.clear()
        _fields_ok[key] = ok
    return ok


def _fields(template: str) -> set[str] | None:
    """The ``{field!conversion:spec}`` parts of a format template (None: not a template)."""
    try:
        return {
            f"{name}!{conv or ''}:{spec or ''}"
            for _, name, spec, conv in _FORMATTER.parse(template)
            if name is not None
        }
    except ValueError:
        return None


_NAMED_ESCAPES: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# The characters that reorder the text around them (embeddings, overrides, isolates and
# the direction marks): written as escapes, so a name cannot turn the rest of a line round.
_BIDI_CONTROLS: Final = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Control characters, line and paragraph separators, lone surrogates, private-use and
# unassigned code points: what a terminal or a spreadsheet may act on, or a reader not see.
_ESCAPED_CATEGORIES: Final = frozenset({"Cc", "Zl", "Zp", "Cs", "Co", "Cn"})


def _escaped(ch: str) -> bool:
    return ch in _BIDI_CONTROLS or unicodedata.category(ch) in _ESCAPED_CATEGORIES


# Characters that show nothing inside a name: "Mark\u200bII" read as "MarkII", so a
# stranger's build could pass for another in a list of names. Written as escapes, as the
# bidirectional controls are: every invisible format character (Unicode's Cf: zero-width
# space, byte order mark, word joiner, soft hyphen, invisible operators, tags...), the
# combining grapheme joiner and the Hangul fillers, but for those that are text where they
# stand (:func:`_in_use`).
_INVISIBLE: Final = frozenset("\u034f\u3164\uffa0")
# Format characters that show as a sign of their own (Arabic's number and year signs...)
_VISIBLE_FORMAT: Final = frozenset(
    "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd"
)
_JOINERS: Final = "\u200c\u200d"  # zero-width non-joiner and joiner
_BLACK_FLAG: Final = "\U0001f3f4"  # a flag of tags (🏴 + tag letters + cancel tag)


def _joining_script(ch: str) -> bool:
    """A letter of a script whose words use the zero-width (non-)joiner: Hebrew to
    Arabic's extensions, the Indian scripts to Sinhala, Tibetan, Myanmar, Khmer,
    Mongolian, Arabic's presentation forms."""
    o = ord(ch)
    return (
        0x0590 <= o <= 0x08FF
        or 0x0900 <= o <= 0x0DFF
        or 0x0F00 <= o <= 0x109F
        or 0x1780 <= o <= 0x18AF
        or 0xA8E0 <= o <= 0xA8FF
        or 0xFB1D <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFC
    )


def _emoji(ch: str) -> bool:
    """A piece of a joined emoji (👨‍👩‍👧, 🏳️‍🌈): a symbol, a skin tone, the emoji
    variation selector."""
    return unicodedata.category(ch) in ("So", "Sk") or ch == "\ufe0f"


def _in_use(text: str, i: int) -> bool:
    """The format character at ``text[i]`` is text where it stands: a joiner between two
    pieces of an emoji or two letters of a script that joins (Persian's "می‌خواهم"), a
    tag of a flag (🏴 and the tag letters of "gbeng"), a sign that shows."""
    ch = text[i]
    if ch in _VISIBLE_FORMAT:
        return True
    if ch in _JOINERS:
        if i == 0 or i == len(text) - 1:
            return False
        before, after = text[i - 1], text[i + 1]
        return (_emoji(before) and _emoji(after)) or (
            _joining_script(before) and _joining_script(after)
        )
    if 0xE0020 <= ord(ch) <= 0xE007F:  # a tag: only after the black flag, in its run
        j = i
        while j > 0 and 0xE0020 <= ord(text[j - 1]) <= 0xE007F:
            j -= 1
        return j > 0 and text[j - 1] == _BLACK_FLAG
    return False


def _hidden(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _INVISIBLE:
        return True
    return unicodedata.category(ch) == "Cf" and not _in_use(text, i)


# Characters that show nothing on their own (spaces, zero-width and other format
# characters, the Hangul fillers, the blank Braille pattern): a name made of nothing else
# would read as no name at all.
_BLANKS: Final = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _blank(ch: str) -> bool:
    return ch.isspace() or ch in _BLANKS or unicodedata.category(ch) in ("Cf", "Zs", "Cc")


def _escape(ch: str) -> str:
    if ch in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[ch]
    if ord(ch) < 0x100:
        return f"\\x{ord(ch):02x}"
    if ord(ch) < 0x10000:
        return f"\\u{ord(ch):04x}"
    return f"\\U{ord(ch):08x}"


def shown(text: object) -> str:
    """Text from a file (a name, a file name, an error quoting them) as it may be shown
    as one line of plain text (a terminal, a spreadsheet's cell): control characters,
    line breaks and bidirectional overrides are written as escapes (``\\x1b``, ``\\n``,
    ``\\u202e``), so a name can neither drive a terminal nor start a line of its own, and
    a reader sees that they are there; so are characters that show nothing (a zero-width
    space, a byte order mark, a joiner between Latin letters: "Mark\\u200bII" is not
    "MarkII"). Every other character is shown as it is: spaces of every width (Japanese
    typing's full-width space U+3000, a no-break space) and the joiners of emoji and of
    scripts that join (Persian, the Indian scripts) are text, not controls. The command line
    (:mod:`keiconfig.terminal`) and the CSV exports (:func:`keiconfig.core.ranking.csv_text`)
    share it. Text with nothing visible in it (a name of zero-width spaces, or of spaces
    only) is written as escapes whole: a window's title, a pin's column and a ranking's
    row would otherwise show nothing where the name is (``Pinned “”.``)."""
    text = str(text)
    if text and all(_blank(ch) for ch in text):
        return "".join(_escape(ch) for ch in text)
    if text.isprintable() and not any(ch in _INVISIBLE for ch in text):
        return text  # (Cf characters are not printable: all but spaces, nothing to do)
    return "".join(
        _escape(ch) if _escaped(ch) or _hidden(text, i) else ch for i, ch in enumerate(text)
    )


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for the translation tools; it is translated where it is used."""
    return source


def TRANSLATE_N_NOOP(source: str, disambiguation: str, n: int) -> str:
    """Mark ``source``, a text with a count (``%n``), for the translation tools as one with
    plural forms (the count ``n`` tells them so); it is returned unchanged, and translated
    with :func:`translate_n` where it is used."""
    return source
