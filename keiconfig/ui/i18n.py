"""The window's language: chosen by the system, or by View > Language, switched live.

* :func:`startup_language` is the remembered choice (Settings ``view/language``), or the
  system's language when there is none (Japanese if the system asks for Japanese
  before English, English otherwise).
* :func:`set_language` installs the translators: keiconfig's compiled catalogue
  (``resources/i18n/keiconfig_<lang>.qm``) and Qt's own (the standard buttons: 保存,
  キャンセル...), and retranslates what is already on screen.
* Every ``tr()`` / ``QCoreApplication.translate`` call goes through :class:`Translator`,
  installed in every language, English too. It remembers which source text each text
  it handed out came from, so a live switch can turn the static texts of every open
  widget (labels, buttons, titles, tooltips, menus, tabs, list items...) into the new
  language without each panel keeping its own ``retranslateUi``. Texts made from a
  template (``"{count} cars"``, the limits sentence...) are redone by the panels
  themselves on ``QEvent.LanguageChange``, which Qt sends every widget at the switch,
  and the document announces its build again so every figure is written anew.
* When Qt's exact lookup misses, the same text is looked up in the ``.ts`` by its text
  alone (:class:`keiconfig.core.catalog.Catalog`): ``pyside6-lupdate`` extracts
  ``tr = self.tr; tr("...")`` with an empty context, and a subclass translates under
  its own class name.
* Counts: a text with ``%n`` is translated with its count, ``tr("%n build(s)", "", n)``,
  and Qt picks the plural form of the language (Japanese has one, English two: English
  has a catalogue of its own, ``keiconfig_en.ts``, of those entries only).
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterator
from typing import Final

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from keiconfig.core import catalog, text

#: The languages of View > Language, each named in its own language.
LANGUAGES: Final = (("en", "English"), ("ja", "日本語"))
CODES: Final = tuple(code for code, _ in LANGUAGES)
#: How many source texts the translator remembers for a live switch (a bound, so a
#: long session with many changing texts cannot grow it without end).
MAX_REMEMBERED: Final = 200000

Key = tuple[str, str, str | None, int]
#: At most this many sources (context, disambiguation) are remembered for one text.
MAX_KEYS_PER_TEXT: Final = 8


class Translator(QTranslator):
    """keiconfig's translator: the compiled catalogue, the ``.ts`` fallback, and the
    memory of which source each handed-out text came from (for a live switch)."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.qm = QTranslator(self)
        # English: only the plural forms of the %n texts ("1 build", "2 builds")
        self.catalog = catalog.load(language) if language != "en" else catalog.english()
        if catalog.qm_path(language).exists():
            self.qm.load(str(catalog.qm_path(language)))
        #: Each text handed out (source or translation) -> the sources it came from: one
        #: text may come from several contexts with different translations (the race's
        #: "1st" is 1位, the gearing's 1速; the explorer's "suv" SUV, the recovery's
        #: クロカン(SUV)), and a live switch picks among them by the widget's context.
        self.seen: dict[str, list[Key]] = {}
        self._keys: set[Key] = set()  # the sources remembered

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = ""
        if self.language != "en" or n >= 0:
            text = self.qm.translate(context, source, disambiguation, n)
            if not text and self.catalog is not None:
                text = self.catalog.lookup(context, source, disambiguation or "", n)
        # Only texts with words: a number handed through (a figure in a template's field)
        # never needs translating, and a long lesson would remember thousands of them.
        # The translation is remembered even when the source already is (carried over from
        # the previous language by a live switch): else switching back would miss it.
        # A translation without letters is not ("four" is "4" in Japanese): a live switch
        # would take every "4" on screen, a number box's seats, for that word.
        key = (context, source, disambiguation, n)
        new = key not in self._keys or (text and text not in self.seen)
        if n < 0 and source and new and _has_letters(source):
            self._keys.add(key)
            self._remember(source, key)
            if _has_letters(text):
                self._remember(text, key)
        # None, not "": Qt takes an empty string from Python as a translation
        return text or None

    def _remember(self, text: str, key: Key) -> None:
        # Full: what is remembered stays (the window's own texts come first, at start-up),
        # newer texts are not remembered.
        keys = self.seen.get(text)
        if keys is None:
            if len(self.seen) < MAX_REMEMBERED:
                self.seen[text] = [key]
        elif key not in keys and len(keys) < MAX_KEYS_PER_TEXT:
            keys.append(key)


class QtMissing(QTranslator):
    """Qt's own texts that Qt's shipped translation (qtbase_ja.qm) lacks, from
    ``resources/i18n/qt_missing_<language>.ts``: the file dialog's "&Look in:" and
    "Files of &type:" (Qt renamed them from "Look in:"), its "Folder" type. Installed
    before Qt's translator, so it is asked only for what that lacks; exact context,
    text and disambiguation only."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        path = catalog.qt_missing_path(language)
        self.table = catalog.read_ts(path) if path.exists() else None

    def isEmpty(self) -> bool:
        return self.table is None or len(self.table) == 0

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if self.table is None:
            return None
        # None, not "": Qt takes an empty string from Python as a translation
        return self.table.exact(context, source, disambiguation or "") or None


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


class _Kept(dict[tuple[object, ...], str]):
    """Texts asked of the translators installed now, at most ``MAX_KEPT`` of them."""

    def keep(self, key: tuple[object, ...], text: str) -> str:
        if len(self) < MAX_KEPT:
            self[key] = text
        return text


class _State:
    translator: Translator | None = None
    qt: QTranslator | None = None
    qt_missing: QTranslator | None = None
    language: str = "en"

    def __init__(self) -> None:
        #: What :class:`KeepsTranslations` handed out with the translators installed now.
        self.kept = _Kept()
        #: Likewise, the core's texts (:func:`core_translate`, :func:`core_plural`).
        self.core_kept = _Kept()
        #: What the last live switch wrote: (object's address, accessor's place) ->
        #: (the text it shows now, the source's key).
        self.wrote: dict[tuple[int, int], tuple[str, Key]] = {}


#: How many texts :class:`KeepsTranslations` keeps per language (a bound, as for the memory).
MAX_KEPT: Final = 20000
_state = _State()


class KeepsTranslations:
    """A mixin (first among a widget's bases) whose ``self.tr(...)`` asks Qt once per
    text and language: a panel that writes its texts on every change of the build (the
    compliance rows, the results' notes) asks for the same few dozen each time, and
    PySide6's ``tr`` asks every translator once per class of the widget's ancestry until
    one translates (in English, none does: five calls into Python for one text).

    The kept texts are dropped whenever the translators change: by :func:`set_language`
    (View > Language), or, for a translator installed directly (a test's pseudo
    language), by :func:`forget_translations`. Extraction is unchanged: the calls are
    still ``self.tr("literal")`` in the class's own context."""

    def tr(self, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        key = (type(self), source, disambiguation, n)
        text = _state.kept.get(key)
        if text is None:
            text = _state.kept.keep(key, super().tr(source, disambiguation, n))  # type: ignore[misc]
        return text


def forget_translations() -> None:
    """Drop what :class:`KeepsTranslations` and :func:`core_translate` kept: call it after
    installing or removing a translator other than through :func:`set_language`."""
    _state.kept = _Kept()
    _state.core_kept = _Kept()


def system_language(locale: QLocale | None = None) -> str:
    """The system's language if keiconfig speaks it, else English: the first of the
    system's preferred UI languages that is English or a translated language."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in CODES:
            return code
    return "en"


def startup_language(remembered: str | None) -> str:
    """The remembered choice if it is one keiconfig has, else ``$KEICONFIG_LANGUAGE``
    ("en", "ja"), else the system's language."""
    if remembered in CODES:
        assert remembered is not None
        return remembered
    forced = os.environ.get(catalog.ENV_LANGUAGE, "")
    return forced if forced in CODES else system_language()


def current_language() -> str:
    return _state.language


def set_language(language: str) -> None:
    """Install ``language``'s translators (English: none but the memory), and retranslate
    every widget already made."""
    if language not in CODES:
        language = "en"
    app = QCoreApplication.instance()
    assert app is not None
    forget_translations()
    old = _state.translator
    remembered = {t: list(keys) for t, keys in old.seen.items()} if old is not None else {}
    for installed in (_state.qt, _state.qt_missing):
        if installed is not None:
            QCoreApplication.removeTranslator(installed)
    _state.qt = _state.qt_missing = None
    if language != "en":
        missing = QtMissing(language, app)  # first: asked after Qt's own (see QtMissing)
        if not missing.isEmpty():
            QCoreApplication.installTranslator(missing)
            _state.qt_missing = missing
        qt = QTranslator(app)
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", path):
            QCoreApplication.installTranslator(qt)
            _state.qt = qt
    new = Translator(language, app)
    new.seen.update({t: list(keys) for t, keys in remembered.items()})
    if old is not None:
        QCoreApplication.removeTranslator(old)
    QCoreApplication.installTranslator(new)  # Qt sends every widget a LanguageChange
    _state.translator = new
    _state.language = language
    text.set_language(language)  # the presets' own Japanese names and notes
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja" else
                               QLocale.Language.English))  # fmt: skip
    if old is not None:
        retranslate_all(remembered)
    forget_translations()  # (also what was asked for while the translators were changing)


def translator() -> Translator | None:
    return _state.translator


#: Kana and kanji (not CJK punctuation: a line may break at 、(・ and the like): hiragana,
#: katakana, ー and the katakana iteration marks, kanji, 々.
CJK_LETTERS: Final = "\u3041-\u30fa\u30fc-\u30ff\u3400-\u9fff\u3005"
_BETWEEN_CJK_LETTERS: Final = re.compile(f"(?<=[{CJK_LETTERS}])(?=[{CJK_LETTERS}])")


#: Units a Japanese line must not break inside: it broke after the slash of "km/h" ("83 km/"
#: then "h(要注意" on the next line, in the top speed card and the limits sentence).
_UNITS: Final = {
    unit: "\N{WORD JOINER}".join(re.split("(?<=[/·])|(?=[/·])", unit))
    for unit in ("km/h", "N·m", "kgf·m", "PS/t", "km/kWh")
}


def keep_units(text: str) -> str:
    """``text`` with a word joiner (no width) around the slash or dot inside each unit, so
    a Japanese line never breaks inside "km/h" or "N·m". In English (its lines break at
    spaces) the text is returned unchanged."""
    if _state.language != "ja" or text.isascii():
        return text
    for unit, kept in _UNITS.items():
        text = text.replace(unit, kept)
    return text


def keep_words(text: str) -> str:
    """``text`` with a word joiner (U+2060, no width) between two kana or kanji, so a
    short label that wraps breaks at its spaces and punctuation, never inside a Japanese
    word ("余裕", "カタログ値"): Japanese may otherwise break between any two characters.
    English text is returned unchanged. Only for short labels: a long Japanese sentence
    would become one unbreakable line."""
    if text.isascii():  # (the panels' English notes, written on every change)
        return text
    return keep_units(_BETWEEN_CJK_LETTERS.sub("\N{WORD JOINER}", text))


_JA_LETTER: Final = re.compile(f"[{CJK_LETTERS}]")
#: A Latin letter or digit beside a Japanese letter ("4回", "km/hまでは", "PSに")
_BESIDE_CJK_LETTERS: Final = re.compile(
    f"(?<=[{CJK_LETTERS}0-9A-Za-z])(?=[{CJK_LETTERS}])|(?<=[{CJK_LETTERS}])(?=[0-9A-Za-z])"
)


def keep_phrases(text: str) -> str:
    """A Japanese sentence that breaks at its spaces and punctuation only (、。:( and the
    like), never inside a word or between a figure and the word it belongs to: word
    joiners between two kana or kanji and between a kana or kanji and a Latin letter or
    digit ("1.1秒のロス", not "1.1秒のロ" / "ス"). For sentences whose punctuation comes
    often (a rule's advice, the sentence under the speed plot): the words between two
    marks are one line's piece. A text without Japanese letters is returned unchanged."""
    if not _JA_LETTER.search(text):
        return text
    return keep_units(_BESIDE_CJK_LETTERS.sub("\N{WORD JOINER}", text))


def core_translate(context: str, source: str) -> str:
    """The core's texts (:func:`keiconfig.core.text.translate`) through Qt's translators,
    asked once per text and language as :class:`KeepsTranslations` does (the limits
    sentence and the weight parts' names are written on every change of the build)."""
    key = (context, source)
    text = _state.core_kept.get(key)
    if text is None:
        text = _state.core_kept.keep(key, QCoreApplication.translate(context, source))
    return text


def core_plural(source: str, disambiguation: str, n: int) -> str:
    """The core's texts with a count (:func:`keiconfig.core.text.translate_n`) through Qt's
    translators: the plural form of the window's language, ``%n`` filled in (kept as
    :func:`core_translate` keeps its texts)."""
    key = (source, disambiguation, n)
    text = _state.core_kept.get(key)
    if text is None:
        ask = QCoreApplication.translate("", source, disambiguation or None, n)
        text = _state.core_kept.keep(key, ask)
    return text


# -- live switch: the static texts of open widgets ----------------------------------------

Accessor = tuple[Callable[[], str], Callable[[str], None]]


def _accessors(w: QObject) -> Iterator[Accessor]:
    """Every (get, set) pair of a text a person reads on widget ``w``."""
    if isinstance(w, QWidget):
        yield w.windowTitle, w.setWindowTitle
        yield w.toolTip, w.setToolTip
        yield w.statusTip, w.setStatusTip
        yield w.whatsThis, w.setWhatsThis
        yield w.accessibleName, w.setAccessibleName
        yield w.accessibleDescription, w.setAccessibleDescription
    if isinstance(w, QLabel | QAbstractButton | QLineEdit):
        yield w.text, w.setText
    if isinstance(w, QLineEdit):
        yield w.placeholderText, w.setPlaceholderText
    if isinstance(w, QGroupBox):
        yield w.title, w.setTitle
    if isinstance(w, QMenu):
        yield w.title, w.setTitle
    if isinstance(w, QAbstractSpinBox):
        yield w.specialValueText, w.setSpecialValueText
    if isinstance(w, QSpinBox | QDoubleSpinBox):
        yield w.suffix, w.setSuffix
        yield w.prefix, w.setPrefix
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield (lambda i=i: w.tabText(i)), (lambda t, i=i: w.setTabText(i, t))
            yield (lambda i=i: w.tabToolTip(i)), (lambda t, i=i: w.setTabToolTip(i, t))
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            yield (lambda i=i: w.itemText(i)), (lambda t, i=i: w.setItemText(i, t))
    if isinstance(w, QListWidget):
        for i in range(w.count()):
            item = w.item(i)
            yield item.text, item.setText
            yield item.toolTip, item.setToolTip
    if isinstance(w, QTreeWidget):
        header = w.headerItem()
        for c in range(w.columnCount()):
            yield (lambda c=c: header.text(c)), (lambda t, c=c: header.setText(c, t))
        stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
        while stack:
            item = stack.pop()
            for c in range(w.columnCount()):
                yield (lambda it=item, c=c: it.text(c)), (lambda t, it=item, c=c: it.setText(c, t))
            stack.extend(item.child(i) for i in range(item.childCount()))
    if isinstance(w, QTableWidget):
        for c in range(w.columnCount()):
            h = w.horizontalHeaderItem(c)
            if h is not None:
                yield h.text, h.setText
            for r in range(w.rowCount()):
                cell = w.item(r, c)
                if cell is not None:
                    yield cell.text, cell.setText
                    yield cell.toolTip, cell.setToolTip
    if isinstance(w, QDockWidget):
        yield w.windowTitle, w.setWindowTitle
    if isinstance(w, QAction):
        yield w.text, w.setText
        yield w.statusTip, w.setStatusTip
        # (an action with no tooltip of its own shows its text: only a set one is redone)
        if w.toolTip() != w.text().replace("&", ""):
            yield w.toolTip, w.setToolTip


def _retranslated(text: str, key: Key | None) -> str | None:
    if key is None or not text:
        return None
    context, source, disambiguation, n = key
    new = QCoreApplication.translate(context, source, disambiguation, n)
    return new if new != text else None


def _contexts(obj: QObject) -> set[str]:
    """The translation contexts ``obj``'s texts may come from: the class names of it and
    of its parents (``self.tr``'s context), and their modules' names ("explore_dock": the
    explorer's ``translate("explore", ...)``)."""
    names: set[str] = set()
    o: QObject | None = obj
    while o is not None:
        for cls in type(o).__mro__:
            names.add(cls.__name__)
            names.add(cls.__module__.rsplit(".", 1)[-1])
        o = o.parent()
    return names


def _pick(keys: list[Key] | None, obj: QObject) -> Key | None:
    """The source of a text on ``obj`` among those it may have come from: the only one,
    or one all of whose translations are alike, or the one of ``obj``'s context (the
    race's "1st" in the race, the gearing's in a gearing sentence), else the first."""
    if not keys:
        return None
    if len(keys) == 1 or len({QCoreApplication.translate(*k) for k in keys}) == 1:
        return keys[0]
    names = _contexts(obj)
    for key in keys:
        context = key[0]
        if context and (context in names or any(n.startswith(context) for n in names)):
            return key
    return keys[0]


def retranslate_all(remembered: dict[str, list[Key]]) -> None:
    """Every text of every widget and action that came from a translatable source text,
    in the language now installed, through each widget's public text accessors (no
    widget's own attributes are touched: a panel that shows a text again later asks
    ``tr()`` for it then, e.g. ``DrivetrainPanel.gears_tip``)."""
    if not remembered:
        return
    # Python's cyclic collector stays off while the widgets are walked: a collection
    # started by the wrappers made here could delete a window left for the collector
    # (and its children, already in the list) between listing a widget and using it,
    # and PySide would then touch freed memory (seen as a crash in the test session,
    # which leaves closed windows to the collector).
    collecting = gc.isenabled()
    gc.disable()
    try:
        _retranslate_widgets(remembered)
    finally:
        if collecting:
            gc.enable()


def _retranslate_widgets(remembered: dict[str, list[Key]]) -> None:
    """Each text through the memory of which source it came from; a text this switch's
    previous one wrote, through the source it wrote it from: several sources may share a
    translation ("Hatchback" and the explorer's "hatchback" are both ハッチバック, as are
    "Displacement" and "Engine size"), and a switch there and back took the first
    remembered, so English came back as "hatchback" and a box's name as "Engine size"."""
    objects: list[QObject] = list(QApplication.allWidgets())
    for top in QApplication.topLevelWidgets():
        objects.extend(top.findChildren(QAction))
    wrote = _state.wrote
    _state.wrote = {}
    for obj in objects:
        if not shiboken6.isValid(obj):  # deleted on the C++ side meanwhile
            continue
        address = shiboken6.getCppPointer(obj)[0]
        for place, (get, set_) in enumerate(_accessors(obj)):
            try:
                current = get()
            except RuntimeError:  # deleted on the C++ side meanwhile
                break
            last = wrote.get((address, place))
            if last is not None and last[0] == current:
                key: Key | None = last[1]
            else:
                key = _pick(remembered.get(current), obj)
            new = _retranslated(current, key)
            if new is not None:
                set_(new)
            if key is not None:
                _state.wrote[(address, place)] = (current if new is None else new, key)


# Said in English, whatever the language chosen: it is said because Japanese cannot be shown.
NO_JAPANESE_FONT = (
    "No font on this computer shows Japanese (its texts are boxes): install one, e.g. "
    "sudo apt-get install fonts-noto-cjk, and start keiconfig again."
)


def japanese_font_installed() -> bool:
    """A font on this computer draws Japanese (a fresh Linux has none)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))


def missing_font() -> str:
    """What to say when the language shown has no font on this computer (a fresh Linux
    has none for Japanese: every letter the same box); empty when it is shown."""
    if current_language() != "ja" or japanese_font_installed():
        return ""
    return NO_JAPANESE_FONT
