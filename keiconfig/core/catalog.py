"""A translation catalogue read from a Qt Linguist ``.ts`` file, without Qt.

The window loads the compiled ``.qm`` with Qt's ``QTranslator``; the command line has
no Qt, and prints its tables through :mod:`keiconfig.core.text` with a :class:`Catalog`
read straight from the ``.ts`` source that ships beside the ``.qm``
(``resources/i18n/keiconfig_<lang>.ts``). The window also uses it as a fallback when
Qt's exact (context, text) lookup misses: a text whose context ``pyside6-lupdate``
could not tell (``tr = self.tr; tr("...")`` is extracted with an empty context, a
subclass translates under its own class name) is then found by its text alone.

Only finished translations are used (``type="unfinished"``, ``"vanished"`` and
``"obsolete"`` entries are not). A ``%n`` text (Qt's "numerus" entry: a count in it)
has one translation per plural form of the language; :meth:`Catalog.lookup` with the
count picks the form by the language's rule (:data:`PLURAL_RULES`, Qt's), and
:meth:`Catalog.translate` puts the count in, as Qt does. English has a catalogue of its
own holding only those entries (``keiconfig_en.ts``: "1 build" / "2 builds"), since the
English source text says "%n build(s)".
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Final

from keiconfig.core.resources_path import resource_path

#: Languages keiconfig has a translation for (besides its English source texts).
TRANSLATED: Final = ("ja",)
#: An environment variable that picks the language whatever the locale ("en", "ja"); the
#: test suite sets it to "en" so its English expectations hold on a Japanese system.
ENV_LANGUAGE: Final = "KEICONFIG_LANGUAGE"

#: Which plural form (index of ``<numerusform>``) a count takes, by language: Qt's rules
#: (English: one for 1, other for anything else, 0 included; Japanese: a single form).
PLURAL_RULES: Final[dict[str, Callable[[int], int]]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "ja": lambda n: 0,
}

# Not used: Linguist's marks for texts that are new, gone, or not yet translated.
_SKIPPED_TYPES: Final = frozenset({"unfinished", "vanished", "obsolete"})


class Catalog:
    """Finished translations of one ``.ts`` file, by (context, text) and by text alone."""

    def __init__(
        self,
        exact: dict[tuple[str, str, str], str],
        language: str = "",
        forms: dict[tuple[str, str, str], tuple[str, ...]] | None = None,
    ) -> None:
        self.language = language
        self._exact = exact
        #: every plural form of the numerus entries (``_exact`` holds their first)
        self._forms = forms or {}
        self._by_text: dict[tuple[str, str], str] = {}
        for (_, source, comment), translation in exact.items():
            self._by_text.setdefault((source, comment), translation)
        self._forms_by_text: dict[tuple[str, str], tuple[str, ...]] = {}
        for (_, source, comment), all_forms in self._forms.items():
            self._forms_by_text.setdefault((source, comment), all_forms)
        code = language.replace("-", "_").split("_")[0].lower()
        self._rule = PLURAL_RULES.get(code, PLURAL_RULES["en"])

    def __len__(self) -> int:
        return len(self._exact)

    def lookup(self, context: str, source: str, comment: str = "", n: int = -1) -> str:
        """The translation of ``source`` ("" when there is none): the one of its own
        context first, else the same text's translation in any other context. With a
        count ``n`` (>= 0), the plural form the language gives that count (``%n`` left in)."""
        comment = comment or ""
        if n >= 0 and self._forms:
            forms = self._forms.get((context, source, comment))
            if forms is None:
                forms = self._forms_by_text.get((source, comment))
            if forms is None and comment:
                forms = self._forms_by_text.get((source, ""))
            if forms:
                form = forms[min(self._rule(n), len(forms) - 1)]
                if form:
                    return form
        found = self._exact.get((context, source, comment))
        if found is None:
            found = self._by_text.get((source, comment))
        if found is None and comment:
            found = self._by_text.get((source, ""))
        return found or ""

    def exact(self, context: str, source: str, comment: str = "") -> str:
        """The translation of ``source`` in ``context`` with ``comment`` (Qt's
        disambiguation) alone, "" when there is none (no other context's)."""
        return self._exact.get((context, source, comment or ""), "")

    def translate(self, context: str, source: str, comment: str = "", n: int = -1) -> str:
        """``source`` translated (itself if there is no translation), ``%n`` filled in
        (``%Ln`` with thousands separators, "1,234", as both languages write them)."""
        text = self.lookup(context, source, comment, n) or source
        return text.replace("%Ln", f"{n:,}").replace("%n", str(n)) if n >= 0 else text

    def __call__(self, context: str, source: str) -> str:
        """The :data:`keiconfig.core.text.Translator` signature."""
        return self.translate(context, source)

    def plural(self, source: str, disambiguation: str, n: int) -> str:
        """The :data:`keiconfig.core.text.PluralTranslator` signature (context ""), as
        :func:`keiconfig.core.text.translate_n` calls it."""
        return self.translate("", source, disambiguation, n)


def read_ts(path: Path) -> Catalog:
    """The finished translations of a Qt Linguist ``.ts`` file."""
    root = ET.parse(path).getroot()
    exact: dict[tuple[str, str, str], str] = {}
    plural: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            element = message.find("translation")
            if source is None or element is None:
                continue
            if element.get("type") in _SKIPPED_TYPES:
                continue
            forms = element.findall("numerusform")
            translation = (forms[0].text or "") if forms else (element.text or "")
            key = (name, source, message.findtext("comment") or "")
            if translation:
                exact[key] = translation
            if forms and all(f.text for f in forms):
                plural[key] = tuple(f.text or "" for f in forms)
    return Catalog(exact, root.get("language", ""), plural)


def ts_path(language: str) -> Path:
    """Where the ``.ts`` of ``language`` ships (``resources/i18n/keiconfig_ja.ts``)."""
    return resource_path("i18n", f"keiconfig_{language}.ts")


def qt_missing_path(language: str) -> Path:
    """Where the translations of Qt's own texts that Qt's shipped catalogue lacks are
    (``resources/i18n/qt_missing_ja.ts``: the file dialog's "&Look in:")."""
    return resource_path("i18n", f"qt_missing_{language}.ts")


def qm_path(language: str) -> Path:
    """Where the compiled ``.qm`` of ``language`` ships."""
    return resource_path("i18n", f"keiconfig_{language}.qm")


_english: list[Catalog] = []


def english() -> Catalog:
    """English's own catalogue: the plural forms of the ``%n`` texts (read once; empty
    if ``keiconfig_en.ts`` is missing, when the source texts are shown as they are)."""
    if not _english:
        try:
            found = read_ts(ts_path("en"))
        except (OSError, ET.ParseError):
            found = Catalog({}, "en")
        _english.append(found)
    return _english[0]


def load(language: str) -> Catalog | None:
    """The catalogue of ``language`` (None for English or a language without one)."""
    if language not in TRANSLATED:
        return None
    try:
        return read_ts(ts_path(language))
    except (OSError, ET.ParseError):
        return None


def language_of_locale(name: str) -> str:
    """``"ja_JP.UTF-8" -> "ja"``; a language keiconfig has no translation for -> ``"en"``."""
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in TRANSLATED else "en"


def environment_language(environ: dict[str, str] | None = None) -> str:
    """The language of the command line's locale, as POSIX chooses it: ``LC_ALL``, then
    ``LC_MESSAGES``, then ``LANG`` (``LANGUAGE``, GNU's list of preferences, first when
    the locale is not C/POSIX); ``$KEICONFIG_LANGUAGE`` before all of them."""
    env = os.environ if environ is None else environ
    forced = env.get(ENV_LANGUAGE, "")
    if forced == "en" or forced in TRANSLATED:
        return forced
    locale_name = ""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(var):
            locale_name = env[var]
            break
    if locale_name in ("", "C", "POSIX") or locale_name.startswith("C."):
        return "en"
    for preferred in env.get("LANGUAGE", "").split(":"):
        code = preferred.split("_")[0].split("-")[0].lower()
        if code == "en" or code in TRANSLATED:
            return code
    return language_of_locale(locale_name)
