"""JSON text written in an older Windows encoding instead of UTF-8, told apart strictly.

A build or challenge saved by Notepad or another editor on Windows may be in the
system's old encoding: Shift_JIS (cp932) on Japanese Windows, Windows-1252 on Western
European Windows ("Café Racer", "Müller Special"). Such a file is read in that encoding
only when that can be done without guessing wrongly:

* it is not UTF-8, and not mostly UTF-8 (a UTF-8 file with a damaged byte is damaged,
  not in another encoding: :func:`utf8_damage` says where);
* its letters beyond ASCII are all in strings people write (names, notes): a changed
  byte in a key or an identifier ("roadsôer") is damage too;
* it is whole JSON in that encoding (so every non-ASCII byte is inside a string: JSON
  allows nothing else there), and what those strings then hold reads as that language
  is written: Windows-1252's accented letters beside letters, Shift_JIS's kana and kanji
  (a kanji glued alone between Latin letters is a Windows-1252 letter and the byte after
  it read as one character, "D馗or" for "Décor"), Windows-1250's (Central European
  Windows: "Łódź", "Šťastný") letters of one of its languages in each word, spelt as
  that language is (Polish writes no 'ń' before a vowel: "Espańa" is Spanish's "España");
* no other encoding reads as plausibly: Windows-1252 and Windows-1250 decode almost any
  bytes, so when two could be meant, neither is chosen. A reading is ruled out where it
  puts a letter where its languages never do: Windows-1252's 'São' is 'Săo' in
  Windows-1250 (no Romanian word ends so), Windows-1250's 'Gdańsk' is 'Gdañsk' (Spanish's
  ñ is always before a vowel), so each is read; Windows-1250's 'Přerov' is 'Pøerov' in
  Windows-1252 (Danish writes 'søen'), and Windows-1252's 'Bodø' is 'Bodř' (Czech's
  'modř'): each is refused, never read on a guess (tests/core/test_legacy_names.py and
  tests/benchmarks/bench_legacy.py measure this on real names).
* a Mac's Mac OS Roman (classic Mac OS, and Mac OS X's TextEdit, with line feeds) is one
  more reading: 'Smørrebrød' is read so (Windows-1250's 'Smżrrebrżd' is no Polish), a
  Mac's 'Più' is refused (Windows-1250's 'Piť' is Slovak), and a Windows reading that is
  plainly the name is not put in doubt by it ('Šimek' is a Mac's 'äimek').
  Russian Windows' Windows-1251 is not read, but where it reads as Russian words
  ('Лада Нива' is 'Ëàäà Íèâà' in Windows-1252, 'ВАЗ' is 'ﾂﾀﾇ' in Shift_JIS) nothing is.

Core: no Qt.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from typing import Final

from keiconfig.core.text import QT_TRANSLATE_NOOP, shown, translate

SHIFT_JIS: Final = "Shift_JIS"
WINDOWS_1252: Final = "Windows-1252"
WINDOWS_1250: Final = "Windows-1250"
WINDOWS_1251: Final = "Windows-1251"
MAC_ROMAN: Final = "Mac OS Roman"

# Windows-1252's letters beyond ASCII that Western European names use (Latin-1's letters;
# not Œ, Š, Ž, Ÿ and their small letters, which Shift_JIS's kanji and old Mac files read as)
_LETTERS: Final = frozenset(map(chr, range(0xC0, 0x100))) - {"×", "÷"}
# and its typographic marks an editor puts in a name or a note
_MARKS: Final = frozenset("‘’“”–—…€«»°·¡¿")  # (Spanish's '¡Qué rápido!')
# The words of one accented letter: French's, Italian's, Portuguese's 'à', Italian's 'è'
# ('è veloce'), Portuguese's 'é' ('não é caro')
_ONE_LETTER_WORDS: Final = frozenset("àèé")
_JAPANESE_SYMBOLS: Final = frozenset("×÷°±‐―‘’“”…‥℃№★☆")
_NON_ASCII_RUN: Final = re.compile(r"[^\x00-\x7f]+")
_ASCII_BYTES: Final = bytes(range(128))
# a byte that is not UTF-8, as decoding with "surrogateescape" leaves it
_BROKEN: Final = re.compile("[\udc80-\udcff]")
# The largest file whose encoding is told (a build is a few kilobytes; telling a file
# of 850 KB took 0.3 to 0.8 s on the window's thread): a larger one is refused
MOST_LEGACY_BYTES: Final = 64_000
# The keys whose strings are people's words (a build's or challenge's name, title,
# description and notes, a published figure's source): the only place for letters
# beyond ASCII in either format
PEOPLES_WORDS: Final = frozenset({"name", "title", "description", "notes", "source"})
# A file with at least this many whole UTF-8 characters beyond ASCII, and this many for
# each byte that is not, is damaged UTF-8 (Shift_JIS's short names hold one by chance)
_WHOLE_FOR_DAMAGED: Final = 4
_MOST_DAMAGED_BYTES: Final = 16
_WORD: Final = re.compile(r"[^\W\d_]+")
_STRING: Final = re.compile(r'"(?:[^"\\]|\\.)*"')  # a JSON string, as written

# The letters beyond ASCII of the languages written in Windows-1250 (small letters;
# Romanian's ş and ţ with the cedilla Windows-1250 has): a string's letters are all of one.
_CENTRAL_ALPHABETS: Final = tuple(
    map(
        frozenset,
        (
            "áčďéěíňóřšťúůýž",  # Czech
            "áäčďéíĺľňóôŕšťúýž",  # Slovak
            "ąćęłńóśźż",  # Polish
            "áéíóöőúüű",  # Hungarian
            "čćđšž",  # Slovene, Croatian, Bosnian, Serbian in Latin letters
            "ăâîşţ",  # Romanian
            "äöüß",  # German
            "çë",  # Albanian
        ),
    )
)
_CENTRAL_LETTERS: Final = frozenset().union(*_CENTRAL_ALPHABETS)
# The letters beyond ASCII of the languages written in Windows-1252 (small letters)
_WESTERN_ALPHABETS: Final = tuple(
    map(
        frozenset,
        (
            "àâæçéèêëîïôœùûüÿ",  # French
            "äöüßé",  # German (and its 'Café')
            "áéíóúüñ",  # Spanish, Galician, Basque
            "áâãàçéêíóôõúü",  # Portuguese
            "àèéìíòóùú",  # Italian
            "àçèéíïòóúü",  # Catalan
            "éèëïöü",  # Dutch
            "æøåéó",  # Danish, Norwegian
            "åäöéü",  # Swedish, Finnish (and its š ž)
            "áðéíóúýþæö",  # Icelandic
            "áðíóúýæø",  # Faroese
            "äöõüšž",  # Estonian
            "çë",  # Albanian
            "äëéöüè",  # Luxembourgish
        ),
    )
)
# What a word of one of those languages never holds: French's û is before no b, c, d, g,
# k, v or z (Hungarian's ű, Windows-1250's same byte, is: 'Szűcs' is 'Szûcs'),
# Portuguese's õ is before e alone ('Camões', 'põe'), and Estonian writes no c, q, w, x
# or y but in foreign names (Hungarian's 'Győr' and 'Lőrinc' are 'Gyõr' and 'Lõrinc')
_WESTERN_RULES: Final = {
    frozenset("àâæçéèêëîïôœùûüÿ"): re.compile("û[bcdgkvz]"),  # French
    frozenset("áâãàçéêíóôõúü"): re.compile("õ(?!e)"),  # Portuguese
    frozenset("äöõüšž"): re.compile("[cqwxy]"),  # Estonian
}
_VOWELS: Final = frozenset("aeiouyáäéëíóôöőúůüűýąęěăâîàèìòùãõåæøœêïûÿ")
_SYMBOLS: Final = frozenset("@[\\]^_`{|}~")
# Russian's letters (Ukrainian's І, Ї, Є, Ґ are half-width katakana's ｲ, ｯ, ｪ, ･ too)
_NOT_CYRILLIC: Final = re.compile("[^\\x00-\\x7f\u0410-\u044f\u0401\u0451‘’“”–—…«»°·№]")
_BEFORE_E_CARON: Final = frozenset("bpvfmdtn")
# Where Western European languages put no such letter (each is a Central European letter
# in Windows-1250, placed as its language does: 'Gdańsk' is 'Gdañsk', 'Babić' 'Babiæ',
# 'Kučera' 'Kuèera', 'Bălan' 'Bãlan', 'Němec' 'Nìmec', 'Tůma' 'Tùma', 'Dvořák'
# 'Dvoøák'): Spanish's ñ is always before a vowel; Portuguese's ã before o, e or i, or
# at a word's end or before its last s ('São', 'mãe', 'cãibra', 'maçã', 'irmãs');
# French's, Italian's and Catalan's è is before no vowel but Catalan's i and u ('fèiem':
# so 'Kovačić' is not told by it); Italian's ì and ù (and French's 'où') end a word;
# Danish, Norwegian and Faroese put no accented vowel after ø; and no æ ends a word
# after a vowel
# Danish and Norwegian write no á, í, ó, ú, ý, and Faroese ends no word in one and ø
# (Windows-1250's 'Kolář', 'Kovář' are 'Koláø', 'Kováø'); no word of theirs begins with
# a stop, l or r and another consonant (Czech's 'Plzeň' is 'Plzeò': 'plz', 'brn', 'trž');
# French's û follows no vowel but o and e ('goût', 'jeûne') and is before none but the
# e of 'crûe' (a Mac's 'Blažek', 'Božena' are 'Blaûek', 'Boûena' in Mac OS Roman); a
# vowel is before ö in Finnish's 'yö', 'öö' and Dutch's 'coö' alone (a Mac's 'Hašek',
# 'Miloš', 'Košice' are 'Haöek', 'Miloö', 'Koöice'); no French word begins with é and a,
# e or i ('Želko', 'Žilina' are 'éeljko', 'éilina')
_NOT_WESTERN_SPELLING: Final = re.compile(
    "ñ(?![aeiouáéíóú])|ã(?:[^oeis\\W]|s(?=\\w))|è[aeoáéíóúàèìòùâêîôû]"
    "|[ìù][^\\W\\d_]|ø[áéíóúý]|(?<=[aeiouy])æ$"
    "|[aiuyàâäæéèêëîïôœùüÿáíóúãõåø]û|û[aiouyàâäæéèêëîïôœùûüÿáíóú]|(?<!r)ûe|[oe]û$"
    "|[aeiuàâæéèêëîïôœùûüÿáíóúãõåø]ö|oö(?![b-df-hj-np-tv-z])|oü|^é[aei]"
    "|[áíóúý]ø$|^[bcdfgkpt][lr][bcdfgjklmnpqrstvwxzñç]"
)
# Quotation marks open and close: a string holds none or two or more ('Lunedì' from a
# Mac is Windows-1252's 'Luned“', 'Čech' from Central European Windows a Mac's '»ech')
_QUOTES: Final = frozenset("“”„«»‹›")
# Where Central European languages put no such letter (each is a Western European letter
# in Windows-1252, placed as its language does: 'São' is 'Săo', 'Genève' 'Genčve',
# 'Agnès' 'Agnčs', 'Mãe' 'Măe'): no Romanian word ends in ăo, ăos, ăe or ăes
# (Portuguese's 'São', 'mãe', 'Magalhães'; 'găoace' and 'Găeşti' have them inside,
# so they are not ruled out there); no Czech, Slovak, Slovene or Croatian word ends in
# č, then one of French's consonants after è, then e or es ('Genève' is 'Genčve';
# '-čne', '-čte', '-čke' do: 'začne', 'čte', 'babičke'), nor in 'čs' ('Agnès'); Czech's
# ě is before no vowel ('Antonìo' would be 'Antoněo')
_NOT_CENTRAL_SPELLING: Final = re.compile(
    "ă[oe]s?$|č(?:ch|gn|[bcdfgptv][rl]|[bdfglprsvz])es?$|čs$|ě[aeiouyáéíóúýěůäöüőű]"
)
_RUSSIAN_VOWELS: Final = frozenset("АЕЁИОУЫЭЮЯ")
_FOUR_VOWELS: Final = re.compile("[АЕЁИОУЫЭЮЯ]{4}")


@dataclass(frozen=True)
class OtherEncoding:
    """What a file that is not UTF-8 is: ``name`` the encoding (None when it cannot be
    told which), ``text`` the file read in it when that is sure enough to open it;
    ``could_be`` the encodings that read it alike: Shift_JIS first when it is one (a short
    Japanese name whose bytes are Western letters too), or Windows-1252 and Windows-1250
    ('Přerov' is 'Pøerov') and a Mac's Mac OS Roman ('Più' is 'Piť'), or Windows-1251
    alone where it reads as Russian (not read); and ``readings`` its first string beyond
    ASCII (a name) read in each of them, in that order, to be shown ('ﾀﾝﾄ' and 'АЭД');
    ``too_large`` when the file is JSON text in some encoding but larger than
    :data:`MOST_LEGACY_BYTES`, so not told."""

    name: str | None
    text: str | None = None
    could_be: tuple[str, ...] = ()
    too_large: bool = False
    readings: tuple[str, ...] = ()


def other_encoding(data: bytes) -> OtherEncoding | None:
    """How bytes that failed to decode as UTF-8 (or are UTF-8 by chance:
    :func:`utf8_by_chance`) are JSON text in another encoding, or None when they are not
    (a binary file, or a damaged UTF-8 one: :func:`utf8_damage`)."""
    whole, broken = _utf8_counts(data)
    if not broken and not utf8_by_chance(data):
        return None  # UTF-8 (the caller reads it so)
    if whole >= _WHOLE_FOR_DAMAGED and whole >= _WHOLE_FOR_DAMAGED * broken:
        return None  # UTF-8 but for a few bytes: damaged, not in another encoding
    if len(data) > MOST_LEGACY_BYTES:  # telling its encoding would take seconds: not done
        codecs = ("cp932", "cp1252", "cp1250")
        return (
            OtherEncoding(None, too_large=True) if any(_is_json(data, c) for c in codecs) else None
        )
    readings = {}
    for name, codec in ((SHIFT_JIS, "cp932"), (WINDOWS_1252, "cp1252"), (WINDOWS_1250, "cp1250")):
        text = _json_text(data, codec)
        if text is not None and _words_where_people_write(text):
            readings[name] = text
    if not readings:
        return None
    western: dict[str, str] = {}  # text: the first Windows encoding it reads plausibly in
    for name in (WINDOWS_1252, WINDOWS_1250):
        text = readings.get(name)
        if text is not None and _reads_as(name, text):
            western.setdefault(text, name)  # 'Café' is the same in both Windows-125x
    # Russian (Windows-1251) is not read, but where it reads as words nothing else is read
    # for sure: 'ВАЗ' is half-width katakana 'ﾂﾀﾇ' in Shift_JIS, 'Ока' is 'Îêà'
    cyrillic = _json_text(data, "cp1251")
    russian = (WINDOWS_1251,) if cyrillic is not None and _reads_as_cyrillic(cyrillic) else ()
    # A Mac's Mac OS Roman reading competes with them: Mac OS X's TextEdit saves it with
    # line feeds ('Smørrebrød' is Windows-1250's 'Smżrrebrżd', 'Più' its 'Piť',
    # 'Lunedì' Windows-1252's 'Luned“')
    mac = _mac_roman_text(data)
    windows = [readings[name] for name in (WINDOWS_1252, WINDOWS_1250) if name in readings]
    if mac is not None and any(_capital_where_small(text, mac) for text in windows):
        mac = None  # (a Windows reading that is no word too: 'Œuvre' is a Mac's 'åuvre')
    japanese = readings.get(SHIFT_JIS)
    # but it neither opens alone nor puts in doubt a Japanese reading where Shift_JIS
    # reads as Japanese written beside Latin words, not inside them: Shift_JIS's first
    # bytes are a Mac's small accented letters, its second often ASCII ones ('Turbo仕様'
    # is 'Turboédól', 'Kei軽' 'Keiåy'; so a Mac's 'Estêvão' is Shift_JIS's 'Est迅黍'
    # too), while a Mac's 'Müller' is 'M殻ler'. A classic Mac's file, its lines ended by
    # a carriage return alone, is read as before: its Mac reading opens when alone
    classic = b"\r" in data and b"\n" not in data
    mac_alone = classic or japanese is None or not _japanese_beside_words(japanese)
    if japanese is not None and _could_be_japanese(japanese):
        if not western and not russian:  # '軽' alone: 'Œy' or 'Śy' in Windows-125x is no word
            return OtherEncoding(SHIFT_JIS, japanese)
        # both could be meant: '蒼' is 'šB' and '—^' ('鈴木' is '—é–Ø'), so neither is read
        texts = [japanese, *western, *([cyrillic] if cyrillic is not None and russian else [])]
        return OtherEncoding(
            None,
            could_be=(SHIFT_JIS, *western.values(), *russian),
            readings=tuple(_first_words(text) for text in texts),
        )
    if russian:  # not read, but said: 'Лада Нива'
        assert cyrillic is not None
        return OtherEncoding(None, could_be=russian, readings=(_first_words(cyrillic),))
    if mac is not None:
        western.setdefault(mac, MAC_ROMAN)
    if len(western) == 1:  # (a Mac's file too: 'Smørrebrød' is no Polish 'Smżrrebrżd')
        text, name = next(iter(western.items()))
        if name == MAC_ROMAN and not mac_alone:  # 'Kei軽' or 'Keiåy': both are said
            assert japanese is not None
            return OtherEncoding(
                None,
                could_be=(SHIFT_JIS, MAC_ROMAN),
                readings=(_first_words(japanese), _first_words(text)),
            )
        return OtherEncoding(name, text)
    if not western and whole >= max(1, broken):
        # no encoding reads it as words, and as much of it is whole UTF-8 as not ('CafÃ'
        # is 'Café' with a byte lost; Japanese UTF-8 with one lost reads as Shift_JIS
        # that is no Japanese): damaged UTF-8
        return None
    if len(western) > 1:  # 'Přerov' or 'Pøerov', 'Più' or 'Piť': both readings are words
        return OtherEncoding(
            None,
            could_be=tuple(western.values()),
            readings=tuple(_first_words(text) for text in western),
        )
    if list(readings) == [SHIFT_JIS]:  # named, as before, but not opened on a guess
        return OtherEncoding(SHIFT_JIS)
    # JSON text whose strings are in an encoding that cannot be told: two readings fit
    # ('Dvořák' or 'Dvoøák'), or none reads as written (Mac Roman's 'Café' is 'CafŽ')
    return OtherEncoding(None)


def _capital_where_small(windows: str, mac: str) -> bool:
    """Whether a Windows reading begins a word with a capital where the Mac OS Roman
    reading of the same bytes begins it with a small letter (Windows-1250's 'Šimek',
    'Štefan', 'Świdnica' are a Mac's 'äimek', 'ätefan', 'åwidnica'), or has an
    apostrophe where one is written ('Jean’s'), or Polish's ż where Polish most often
    writes it ('Bożena'): the Windows reading is taken then
    (Windows files are the many); where the Windows reading has the small letter (a Mac's
    'Ève' is Windows-1252's 'éve'), neither is."""
    for i, (w, m) in enumerate(zip(windows, mac, strict=False)):
        if w != m and w.isupper() and m.islower() and (i == 0 or not mac[i - 1].isalpha()):
            return True
    return bool(_APOSTROPHE.search(windows) or _POLISH_Z.search(windows))


# Polish's ż between vowels or first before one ('Bożena', 'Grażyna', 'Żaneta'): a Mac's
# ø there is a Nordic compound's ('kalveøye') or no word ('Boøena', 'Øaneta'); a Mac's
# 'Øystein' is 'Żystein', so not before y
_POLISH_Z: Final = re.compile("(?<=[aeiouyąęó])[żŻ][aeiouyąęó]|(?<![^\\W\\d_])[żŻ][aeiouąęó]")
# An apostrophe where English, French and Italian write one (Word's ’, Windows-1252's 92,
# is a Mac's í: 'Jean’s car' is 'Jeanís car'): the Windows reading is taken
_APOSTROPHE: Final = re.compile(
    "(?<=[^\\W\\d_])’(?:s|t|d|ll|re|ve|m)\\b"
    "|\\b(?:[LlDdJjNnSsCcMmTt]|[Qq]u|[Dd]ell|[Aa]ll|[Dd]all|[Nn]ell|[Ss]ull|[Uu]n)’(?=[^\\W\\d_])"
)


def _mac_roman_text(data: bytes) -> str | None:
    """The text of bytes in Mac OS Roman, the Mac's encoding before Unicode (and Mac OS
    X's TextEdit's 'Western (Mac OS Roman)'), when it reads as Western European text
    there: 'Café' is 43 61 66 8E, 'CafŽ' in Windows-1252."""
    text = _json_text(data, "mac_roman")
    if text is None or not _words_where_people_write(text):
        return None
    return text if _reads_as(WINDOWS_1252, text) else None  # (its letters are Western)


def utf8_by_chance(data: bytes) -> bool:
    """Whether bytes that are UTF-8 are Shift_JIS's half-width katakana that happen to be
    UTF-8 too: two such katakana can be one UTF-8 letter ('ﾊｽﾗｰ', Suzuki's Hustler, is
    'ʽװ', a modifier letter and a Hebrew one). So only where every letter beyond ASCII is
    two bytes, the Shift_JIS reading is JSON whose characters beyond ASCII are all
    half-width katakana that read as Japanese, and the UTF-8 reading is no one's writing:
    a word mixing scripts (Latin and Hebrew, Greek and Cyrillic ...) or a combining mark
    with no letter before it. Any other UTF-8 file is read as UTF-8."""
    if data.isascii() or len(data) > MOST_LEGACY_BYTES:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if any(ord(ch) > 0x7FF for ch in text) or _written_in_scripts(text):
        return False
    japanese = _json_text(data, "cp932")
    if japanese is None or not _words_where_people_write(japanese):
        return False
    if not all(_half_width_kana(ch) for ch in japanese if not ch.isascii()):
        return False
    return _could_be_japanese(japanese)


_NOT_IN_A_WORD: Final = re.compile(r"[\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+")


def _written_in_scripts(text: str) -> bool:
    """Whether each word of the JSON text's strings is in one script (ASCII letters are
    Latin), with no combining mark before its first letter."""
    for string in _STRING.finditer(text):
        for word in _NOT_IN_A_WORD.split(string.group()):
            scripts = {_script(ch) for ch in word if ch.isalpha()}
            if len(scripts) > 1:
                return False
            if word and 0x300 <= ord(word[0]) < 0x370:
                return False
    return True


def _script(ch: str) -> str:
    """The script of a letter of UTF-8's two-byte range (U+0080 to U+07FF)."""
    c = ord(ch)
    for end, script in _SCRIPTS:
        if c < end:
            return script
    return "other"


_SCRIPTS: Final = (
    (0x370, "latin"),  # ASCII, Latin-1, Latin Extended, IPA, modifier letters ('Oʻahu')
    (0x400, "greek"),
    (0x530, "cyrillic"),
    (0x590, "armenian"),
    (0x600, "hebrew"),
    (0x700, "arabic"),
)


@dataclass(frozen=True)
class Damage:
    """Bytes that are not UTF-8 in a file that otherwise is: ``count`` of them, on
    ``lines`` (numbered from 1, the first few)."""

    count: int
    lines: tuple[int, ...]


def where(damage: Damage) -> str:
    """Where the damage is, for a sentence: "line 12", "lines 12, 40"."""
    if len(damage.lines) == 1:
        return translate("legacy_text", "line {line}").format(line=damage.lines[0])
    return translate("legacy_text", "lines {lines}").format(lines=", ".join(map(str, damage.lines)))


def utf8_damage(data: bytes) -> Damage | None:
    """Where a file that is UTF-8 but for a few bytes (a copy cut short or changed on the
    way: a dropped or flipped byte) is damaged; None when more than a few bytes are not
    UTF-8 (a binary file, or text in another encoding)."""
    text = data.decode("utf-8", "surrogateescape")
    found = list(itertools.islice(_BROKEN.finditer(text), _MOST_DAMAGED_BYTES + 1))
    count = len(found)
    if not count or count > _MOST_DAMAGED_BYTES or count * 50 > len(data):
        return None
    lines = sorted({line_and_column(text, m.start())[0] for m in found})
    return Damage(count, tuple(lines[:3]))


def line_and_column(text: str, pos: int) -> tuple[int, int]:
    """The line and column (each from 1) of the character at ``pos``, a line ending
    where a text editor ends one: at a line feed (Unix), a carriage return and line feed
    (Windows, one ending) and a carriage return alone (classic Mac OS, and files passed
    through its tools). Python's JSON parser counts line feeds only, so it puts all of an
    old Mac file on line 1."""
    before = text[:pos]
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    return line, pos - max(before.rfind("\n"), before.rfind("\r"))


def _reads_as(name: str, text: str) -> bool:
    if not _shaped_as_words(text) or not _quotes_paired(text):
        return False
    if name == WINDOWS_1252:
        return _reads_as_western(text)
    return _reads_as_central(text)


def _quotes_paired(text: str) -> bool:
    """Whether a quotation mark glued to a letter closes or opens one with another mark
    in its string (German's „Käfer“, French's «Bonjour», English's “Beast”; but a lone
    ” is an inch: '13” wheels'), and no two marks together between letters ('Cañón'
    from a Mac is Windows-1252's 'Ca–—n')."""
    if _MARKS_IN_A_WORD.search(text):
        return False
    if _QUOTES.isdisjoint(text):
        return True
    for string in _STRING.finditer(text):
        words = string.group()
        if sum(ch in _QUOTES for ch in words) == 1 and _LONE_QUOTE.search(words):
            return False
    return True


# A “ after a letter (a Mac's 'Lunedì' is 'Luned“'), a « or » glued to one ('Čech' is a
# Mac's '»ech'), a ” before one but after none ('Ózd' is '”zd')
_LONE_QUOTE: Final = re.compile(
    "(?<=[^\\W\\d_])“|(?<=[^\\W\\d_])[«»]|[«»](?=[^\\W\\d_])|(?<!\\w)”(?=[^\\W\\d_])"
)


_MARKS_IN_A_WORD: Final = re.compile("[^\\W\\d_][‘’“”–—…«»°·„]{2,}[^\\W\\d_]")


def _shaped_as_words(text: str, vowels: bool = True) -> bool:
    """Whether the words with a letter beyond ASCII are shaped as words are in European
    languages: no small letter before a capital ('íL') nor after two ('ŽRŤč'), a vowel
    (or an r or l, Czech's 'vlk') in every word of two letters or more ('ŚF'), and no
    ASCII symbol a name does not hold beside such a character ('–{', '—^'). Shift_JIS's
    kanji are two bytes, the second often an ASCII letter or symbol: as Windows-125x they
    are shaped so."""
    for run in _NON_ASCII_RUN.finditer(text):
        a, b = run.span()
        if (a and text[a - 1] in _SYMBOLS) or (b < len(text) and text[b] in _SYMBOLS):
            return False
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        for x, y, z in zip(word, word[1:], word[2:], strict=False):
            if (x.isupper() and y.isupper() and z.islower()) or (y.islower() and z.isupper()):
                return False
        if word[0].islower() and word[1:2].isupper():
            return False
        if vowels and len(word) > 1 and not any(ch in _VOWELS or ch in "rl" for ch in word.lower()):
            return False
    return True


def _is_json(data: bytes, codec: str) -> bool:
    return _json_text(data, codec) is not None


def _json_text(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
        json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return text


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """How many whole UTF-8 characters beyond ASCII the bytes hold, and how many bytes
    are not UTF-8 (counted by the codecs, not character by character: a large file in
    milliseconds)."""
    text = data.decode("utf-8", "surrogateescape")  # each broken byte one character
    broken = len(data) - len(text.encode("utf-8", "ignore"))
    ascii_bytes = len(data) - len(data.translate(None, _ASCII_BYTES))
    return len(text) - ascii_bytes - broken, broken


def _words_where_people_write(text: str) -> bool:
    """Whether every non-ASCII character of the JSON text is in a string people write
    (:data:`PEOPLES_WORDS`): keys, identifiers ("roadster") and numbers are ASCII, so a
    byte changed there ("roadsôer") is damage, not another encoding."""
    ok = True

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        nonlocal ok
        for key, value in items:
            if not key.isascii() or (key not in PEOPLES_WORDS and _holds_non_ascii(value)):
                ok = False
        return {}

    json.loads(text, object_pairs_hook=pairs)
    return ok


def _first_words(text: str) -> str:
    """The JSON text's first string beyond ASCII, in the file's order (a build's name,
    most often)."""
    stack: list[object] = [json.loads(text)]
    while stack:
        value = stack.pop()
        if isinstance(value, str) and not value.isascii():
            return value
        if isinstance(value, dict):
            stack.extend(reversed(value.values()))
        elif isinstance(value, list):
            stack.extend(reversed(value))
    return ""


def readings_said(other: OtherEncoding) -> dict[str, str]:
    """The fields of a sentence saying how a file that :attr:`OtherEncoding.could_be`
    Shift_JIS or another encoding reads in each: ``japanese`` (its first string beyond
    ASCII in Shift_JIS), ``other``, ``language`` and ``encoding`` (another encoding's
    reading, whose letters, and its name: "АЭД", "Russian", "Windows-1251"; where
    Windows-1251 alone could be, ``other`` is its reading), the strings shortened and
    with control characters escaped, to go into a line."""
    # Russian's reading when there is one (where it reads as words, the file is most
    # likely Russian: 'ИЖ' is 'ÈÆ' in Windows-1252 too), else the first Windows-125x's
    at = other.could_be.index(WINDOWS_1251) if WINDOWS_1251 in other.could_be else 1
    encoding = other.could_be[at] if len(other.could_be) > at else ""
    readings = [*other.readings, "", "", ""]
    return {
        "japanese": _one_line(readings[0]),
        "other": _one_line(readings[at]),
        "language": translate("legacy_text", _LANGUAGES.get(encoding, encoding)),
        "encoding": encoding,
    }


def windows_readings_said(other: OtherEncoding) -> dict[str, str]:
    """The fields of a sentence saying how a file that :attr:`OtherEncoding.could_be`
    Windows-1252 or Windows-1250 reads in each: ``first``, ``first_language`` and
    ``first_encoding`` ("Koláø", "Western European", "Windows-1252"), and ``other``,
    ``other_language``, ``other_encoding`` ("Kolář", "Central European", "Windows-1250"),
    the strings shortened and with control characters escaped, to go into a line."""
    names = [*other.could_be, "", ""]
    readings = [*other.readings, "", ""]
    return {
        "first": _one_line(readings[0]),
        "first_language": translate("legacy_text", _LANGUAGES.get(names[0], names[0])),
        "first_encoding": names[0],
        "other": _one_line(readings[1]),
        "other_language": translate("legacy_text", _LANGUAGES.get(names[1], names[1])),
        "other_encoding": names[1],
    }


def _one_line(text: str, limit: int = 40) -> str:
    return shown(text if len(text) <= limit else text[: limit - 1] + "…")


_LANGUAGES: Final = {
    WINDOWS_1251: QT_TRANSLATE_NOOP("legacy_text", "Russian"),
    WINDOWS_1252: QT_TRANSLATE_NOOP("legacy_text", "Western European"),
    WINDOWS_1250: QT_TRANSLATE_NOOP("legacy_text", "Central European"),
    MAC_ROMAN: QT_TRANSLATE_NOOP("legacy_text", "Western European"),
}


def _holds_non_ascii(value: object) -> bool:
    if isinstance(value, str):
        return not value.isascii()
    if isinstance(value, list):
        return any(_holds_non_ascii(v) for v in value)
    return False


def _reads_as_western(text: str) -> bool:
    """Every non-ASCII character a Western European letter beside a letter (or a word of
    one: 'à', 'è', 'é'), or a typographic mark that does not split a word (but the
    apostrophe, and Catalan's 'l·l');
    each word's letters of one Western European language, and some unaccented
    (Windows-1251's 'Лада Нива' is 'Ëàäà Íèâà', 'Ока' is 'Îêà')."""
    for run in _NON_ASCII_RUN.finditer(text):
        for i in range(run.start(), run.end()):
            ch = text[i]
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if ch in _LETTERS:
                if not (before.isalpha() or after.isalpha()) and ch not in _ONE_LETTER_WORDS:
                    return False
            elif ch == "·":  # Catalan's 'col·lecció'; else not beside a letter
                if (before.isalpha() or after.isalpha()) and (before + after).lower() != "ll":
                    return False  # ('Mladá' from a Mac is 'Mlad·')
            elif ch in _MARKS:
                if ch != "’" and before.isalpha() and after.isalpha():
                    return False
                if ch == "…" and after.isalpha():  # ('Érd' from a Mac is '…rd')
                    return False
                if ch in "¡¿" and "!?"[ch == "¿"] not in text[i : text.find('"', i)]:
                    return False  # Spanish closes what it opens ('Ágnes' is a Mac's '¡gnes')
            else:
                return False
    for word in _WORD.findall(text):
        if not word.isascii():
            low = word.lower()
            letters = {ch for ch in low if not ch.isascii()}
            if not any(
                letters <= alphabet
                and not ((rule := _WESTERN_RULES.get(alphabet)) and rule.search(low))
                for alphabet in _WESTERN_ALPHABETS
            ):
                return False
            if len(word) > 2 and not any(ch.isascii() for ch in word):
                return False  # no word of theirs is all accented letters ('Îêà')
            if _NOT_WESTERN_SPELLING.search(word.lower()):
                return False
    return True


def _reads_as_cyrillic(text: str) -> bool:
    """Every non-ASCII character a Russian letter or a mark, no
    word mixing them with Latin letters, words cased as words (:func:`_shaped_as_words`),
    and a string with such a word has at least as many as of Latin letters ('Voiture à
    moteur' is 'Voiture а moteur', one Russian word among French); marks and letters
    where Russian puts them (:func:`_russian_spelling`)."""
    if _NOT_CYRILLIC.search(text) or not _shaped_as_words(text, vowels=False):
        return False
    if not _russian_spelling(text):
        return False
    found = False
    for string in _STRING.finditer(text):
        words = _WORD.findall(string.group())
        cyrillic = [w for w in words if not w.isascii()]
        if not cyrillic:
            continue
        if any(ch.isascii() for w in cyrillic for ch in w) or len(cyrillic) * 2 < len(words):
            return False
        found = found or any(len(w) > 1 for w in cyrillic)  # not '‘Ў' alone (Shift_JIS '贈')
    return found


def _russian_spelling(text: str) -> bool:
    """Whether Windows-1251 text puts its marks and capitals where Russian does.
    Shift_JIS's half-width katakana are the same bytes as its capitals and marks ('ﾎﾝﾀﾞ
    ﾋﾞｰﾄ' is 'ОЭАЮ ЛЮ°Д'): katakana's long vowel mark 'ｰ' is the degree sign, 'ｷ' the
    middle dot, 'ｹ' '№', 'ｻ' '»', 'ﾚ' 'Ъ', 'ﾜ' 'Ь', 'ﾛ' 'Ы', 'ﾉ' 'Й'. Russian writes °
    after a number ('20°'), № before one ('№ 5'), no middle dot inside a word, « before
    a word and » after one; no word begins with Ъ, Ь or Ы; Ъ and Ь follow a consonant,
    Й a vowel (or begins a word: 'ЙОД'); no word has four vowels together (three at
    most: 'ДЛИННОШЕЕЕ'). Katakana read so are all capitals, so a word's rules are
    checked in words of capitals only (a Russian sentence is not judged by them)."""
    for i, ch in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch == "°" and _russian_capital(before):
            return False
        if ch == "№" and (_russian_capital(before) or _russian_capital(after) or after in "°№·«»"):
            return False
        if ch == "·" and _russian_capital(before) and _russian_capital(after):
            return False
        if (ch == "«" and (before.isalpha() or not after.strip())) or (
            ch == "»" and (after.isalpha() or not before.strip() or before == '"')
        ):
            return False
    for word in _WORD.findall(text):
        if not all(_russian_capital(ch) for ch in word):
            continue
        if word[0] in "ЪЬЫ" or _FOUR_VOWELS.search(word):
            return False
        for x, y in itertools.pairwise(word):
            if y in "ЪЬ" and (x in _RUSSIAN_VOWELS or x in "ЙЪЬ"):
                return False
            if y == "Й" and x not in _RUSSIAN_VOWELS:
                return False
    return True


def _russian_capital(ch: str) -> bool:
    return "А" <= ch <= "Я" or ch == "Ё"


def _reads_as_central(text: str) -> bool:
    """Every non-ASCII character a Windows-1250 letter beside a letter, or a typographic
    mark as in :func:`_reads_as_western`; the letters of each string of one Central
    European language ('Crčme brűlée', Windows-1252's 'Crème brûlée', mixes Czech and
    Hungarian), each word spelt as it is written (:func:`_spelt_so`)."""
    for run in _NON_ASCII_RUN.finditer(text):
        for i in range(run.start(), run.end()):
            ch = text[i]
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if ch.lower() in _CENTRAL_LETTERS:
                # beside a letter, and no capital after a small letter (Mac Roman's 'Café'
                # is 'CafŽ'; Shift_JIS's 蒼 is 'šB')
                if not (before.isalpha() or after.isalpha()):
                    return False
                if (ch.isupper() and before.islower()) or (ch.islower() and after.isupper()):
                    return False
            elif ch in _MARKS or ch == "„":
                if ch != "’" and before.isalpha() and after.isalpha():
                    return False
            else:
                return False
    for string in _STRING.finditer(text):
        letters = {ch for ch in string.group().lower() if ch in _CENTRAL_LETTERS}
        if letters and not any(letters <= alphabet for alphabet in _CENTRAL_ALPHABETS):
            return False
    return all(_spelt_so(word.lower()) for word in _WORD.findall(text) if not word.isascii())


def _spelt_so(word: str) -> bool:
    """Rules of spelling that hold in every word of the language a letter is of:
    Polish writes no ń, ć, ś, ź before a vowel ('nia', not 'ńa'), ź only after a vowel or
    d or first, and begins no word with ą or ę; Slovak's ŕ and ĺ stand between consonants
    ('vŕba'), ĺ never after r, l or f (Swedish 'Västerås' is 'Västerĺs'); Czech begins
    no word with ů, writes ě only after b, p, v, f, m, d, t, n and no r after ř ('Bjřrn'
    is Windows-1252's 'Bjørn')."""
    for i, ch in enumerate(word):
        before = word[i - 1] if i else ""
        after = word[i + 1] if i + 1 < len(word) else ""
        if ch in "ńćśź" and after in _VOWELS:
            return False
        if ch in "ąęů" and not before:
            return False
        if ch == "ź" and before and before not in _VOWELS and before != "d":
            return False  # Polish's ź follows a vowel or d ('jaźń', 'Łódź'): 'Mźller' no
        if ch in "ŕĺ" and not (before and after and before not in _VOWELS and after not in _VOWELS):
            return False
        if ch == "ż" and after == "r" and before and before not in _VOWELS and before != "d":
            return False  # ('przeżreć', 'żreć', 'hidżra'; a Mac's 'Bjørn' is 'Bjżrn')
        if ch == "ż" and not after and before not in _VOWELS and before not in "drnlłmg":
            return False  # ('bridż', 'marż', 'zwilż'; a Mac's 'Tromsø' is 'Tromsż')
        if ch == "ř" and not after and before not in _VOWELS and before not in "tpjdb":
            return False  # ('uvnitř', 'pepř', 'modř'; Windows-1252's 'Tromsø' is 'Tromsř')
        if ch == "ĺ" and before in "rlf":  # 'vĺča', 'hĺbka': no syllabic l after r, l, f
            return False
        if (ch == "ě" and before not in _BEFORE_E_CARON) or (ch == "ř" and after == "r"):
            return False
    if _CZECH_SLOVAK_ONLY.intersection(word) and _NOT_CZECH_SLOVAK_END.search(word):
        return False
    return not _NOT_CENTRAL_SPELLING.search(word)


# Czech's and Slovak's letters that no other Central European language writes, and a word
# end neither has: a final 'čne' after a consonant but n, k, p, d, r ('konečne', 'začne',
# 'pôvodne' ...; Windows-1252's 'Hélène' is 'Hélčne'; Slovene's 'molčne' has no such letter)
_CZECH_SLOVAK_ONLY: Final = frozenset("éěůřňďťýäôĺŕľ")
_NOT_CZECH_SLOVAK_END: Final = re.compile("[^\\W\\d_aeiouyáéíóúýnkpdr]čnes?$")


def _japanese(ch: str) -> bool:
    c = ord(ch)
    return (
        0x3000 <= c <= 0x30FF  # punctuation, hiragana, katakana
        or 0x4E00 <= c <= 0x9FFF  # kanji
        or 0xFF01 <= c <= 0xFF9F  # full-width letters, half-width katakana
        or 0x2160 <= c <= 0x216F  # Roman numerals
        or 0x2460 <= c <= 0x2473  # circled numbers
        or 0x2190 <= c <= 0x2199  # arrows
        or 0x25A0 <= c <= 0x25FF  # shapes
        or ch in _JAPANESE_SYMBOLS
    )


_BRACKETS: Final = ("「」", "『』", "（）", "【】", "〔〕", "《》", "〈〉", "［］", "｛｝")


def _japanese_beside_words(text: str) -> bool:
    """Whether every character beyond ASCII is Japanese and no run of them is inside a
    Latin word (a letter either side)."""
    for run in _NON_ASCII_RUN.finditer(text):
        a, b = run.span()
        if not all(_japanese(ch) for ch in run.group()):
            return False
        if a and b < len(text) and _ascii_letter(text[a - 1]) and _ascii_letter(text[b]):
            return False
    return True


def _common_kanji(ch: str) -> bool:
    """Whether a kanji is of JIS level 1, the 2,965 in everyday use (Shift_JIS 889F to
    9872); level 2's are rare ('黐', '縊'), and Windows-1252's accented small letters
    (E0 to EA) and an ASCII letter after them are such kanji."""
    try:
        code = ch.encode("cp932")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0x889F <= int.from_bytes(code, "big") <= 0x9872


def _kanji(ch: str) -> bool:
    return 0x4E00 <= ord(ch) <= 0x9FFF


def _kana(ch: str) -> bool:
    c = ord(ch)
    return 0x3041 <= c <= 0x30FF or 0xFF66 <= c <= 0xFF9F


def _half_width_kana(ch: str) -> bool:
    return 0xFF61 <= ord(ch) <= 0xFF9F


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _could_be_japanese(text: str) -> bool:
    """Every non-ASCII character Japanese; no run of one or two of them between two Latin
    letters ('D馗or'; 'rpmと仮定。kei' is Japanese's way) and no lone kanji beside one
    ('Ren隆', 'Renée' as Windows-1252 bytes: each is a Western letter and the byte after
    it read as one character); no half-width katakana alone ('Straﾟe'). A short name such
    as '軽' or '北' could be Windows-125x bytes too ('Œy', '–k'): it is read as Japanese
    only when no other reading fits."""
    runs = [(m.start(), m.end()) for m in _NON_ASCII_RUN.finditer(text)]
    if not all(_japanese(ch) for a, b in runs for ch in text[a:b]):
        return False
    for string in _STRING.finditer(text):  # brackets open and close ('Åse' from a Mac: '《e')
        if any(string.group().count(o) != string.group().count(c) for o, c in _BRACKETS):
            return False
    for a, b in runs:
        before = text[a - 1] if a else ""
        after = text[b] if b < len(text) else ""
        if b - a < 3 and _ascii_letter(before) and _ascii_letter(after):
            return False
        if b - a == 1 and _kanji(text[a]) and (_ascii_letter(before) or _ascii_letter(after)):
            return False
        glued = _ascii_letter(before) or _ascii_letter(after)
        if glued and all(_kanji(ch) and not _common_kanji(ch) for ch in text[a:b]):
            return False  # 'Turbo仕様'; but 'Est黐縊' is Windows-1252's 'Estêvão'

        i = a
        while i < b:
            j = i
            while j < b and _half_width_kana(text[j]):
                j += 1
            if j - i == 1:
                return False
            i = max(j, i + 1)
    return True


def unicode_text(data: bytes) -> tuple[str, str] | None:
    """``(encoding, text)`` of bytes in UTF-32 or UTF-16 with their byte order mark, or in
    UTF-16 without it when that reads as JSON (some Windows tools and scripts write it so;
    Notepad's "Unicode" is UTF-16): each is read for sure, no guess. None for anything
    else, or when the bytes are not whole in it (a file cut at an odd byte)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        candidates = [("UTF-32", "utf-32")]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = [("UTF-16", "utf-16")]
    elif b"\x00" in data[:2] and len(data) % 2 == 0:
        candidates = [("UTF-16", "utf-16-le"), ("UTF-16", "utf-16-be")]
    else:
        return None
    for name, codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec in ("utf-16-le", "utf-16-be") and _json_text(data, codec) is None:
            continue  # without a mark: only when it is JSON so
        return name, text
    return None
