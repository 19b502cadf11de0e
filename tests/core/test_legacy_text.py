"""A build or challenge saved by an editor on Windows in its old encoding: read in it only
when that is sure (keiconfig.core.legacy_text), never on a guess; Windows-1252 decodes any
bytes, so a damaged UTF-8 file or another encoding's text is not taken for it."""

from __future__ import annotations

import json

import pytest

from keiconfig.core import legacy_text
from keiconfig.core.legacy_text import SHIFT_JIS, WINDOWS_1250, WINDOWS_1252, other_encoding


def _file(name: str, encoding: str) -> bytes:
    doc = {"format": "keiconfig-build", "version": 1, "name": name, "notes": "ok"}
    return json.dumps(doc, ensure_ascii=False, indent=2).encode(encoding)


WESTERN = [
    "Café Racer",
    "Müller Special",
    "Straße",  # ß is a half-width katakana in Shift_JIS: was named Shift_JIS
    "Décor",  # é and c read as one kanji in Shift_JIS: 'D馗or'
    "Conceição",  # 'Conceiçăo' in Windows-1250: ç is no Romanian letter
    "Señor Muñoz",  # 'Seńor': Polish writes no ń before a vowel
    "Smørrebrød",  # 'Smřrrebrřd': Czech writes no r after ř
    "Crème brûlée",  # 'Crčme brűlée': Czech č and Hungarian ű in one name
    "Renée",
    "Jean’s car",
    "Kei – fast “Turbo”…",
    "Voiture à moteur",
    "Ærø",
    "30°, € 5000",
]
JAPANESE = [
    "マイ軽カー",
    "ホンダ\u3000ビート",
    "軽トラック",
    "山田太郎",
    "鈴木",
    "ﾀﾞｲﾊﾂ",
    "第1号",
    "★最速★",
]


@pytest.mark.parametrize("name", WESTERN)
def test_western_european_windows_text_is_read_as_windows_1252(name):
    other = other_encoding(_file(name, "cp1252"))
    assert other is not None and other.name == WINDOWS_1252
    assert other.text is not None and json.loads(other.text)["name"] == name


CENTRAL_EUROPEAN = [
    "Łódź",  # '£ódŸ' in Windows-1252: no letters
    "Šťastný",  # ť is no character in Windows-1252
    "Škoda Čerstvá",  # 'Škoda Èerstvá': Š is no letter read for sure there
    "Wrocław",  # 'Wroc³aw'
    "Zażółć gęślą jaźń",
    "Timişoara",
    "Hašek",  # the same characters in both: read as Windows-1250's, where š is a letter
]


@pytest.mark.parametrize("name", CENTRAL_EUROPEAN)
def test_central_european_windows_text_is_read_as_windows_1250(name):
    """Windows-1250 (Czech, Polish, Hungarian ... Windows) whose letters make sense only
    in it: read in it, named so (it was named Windows-1252 with a wrong letter, or
    refused)."""
    other = other_encoding(_file(name, "cp1250"))
    assert other is not None and other.name == WINDOWS_1250
    assert other.text is not None and json.loads(other.text)["name"] == name


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("Přerov", "cp1250"),  # 'Pøerov' (Danish writes øe: 'søen')
        ("Erdős", "cp1250"),  # 'Erdõs' (Estonian's õ)
        ("Bodø", "cp1252"),  # 'Bodř' (Czech's 'modř')
        ("Håkon", "cp1252"),  # 'Hĺkon' (Slovak's ĺ between consonants: 'hĺbka')
        ("Lunedì", "cp1252"),  # 'Lunedě' (Czech's 'vědě')
        ("Camões", "cp1252"),  # 'Camőes' (Hungarian's ő)
    ],
)
def test_text_that_reads_as_words_in_both_windows_encodings_is_not_read(name, encoding):
    """Bytes whose letters make sense in Windows-1252 and in Windows-1250: the encoding
    cannot be told for sure, so the file is refused, not read with wrong letters ('Dvořák'
    opened as 'Dvoøák', said to be Windows-1252)."""
    other = other_encoding(_file(name, encoding))
    assert other is not None and (other.name, other.text) == (None, None)


@pytest.mark.parametrize(
    ("name", "western"),
    [
        ("Лада Нива", "Ëàäà Íèâà"),  # letters of no one Western language
        ("Жигули", "Æèãóëè"),
        ("Ока", "Îêà"),  # French letters, but a word with no unaccented letter
        ("Запорожец", "Çàïîðîæåö"),
        ("Мой автомобиль", "Ìîé àâòîìîáèëü"),
        ("Иж", "Èæ"),  # French letters: refused as it reads as Russian too
    ],
)
def test_russian_windows_text_is_not_read_as_western_letters(name, western):
    """Windows-1251 (Russian Windows) is not read; its bytes were read as Windows-1252,
    a build named 'Ëàäà Íèâà' said to be Western European. Now refused."""
    data = _file(name, "cp1251")
    assert json.loads(data.decode("cp1252"))["name"] == western
    other = other_encoding(data)
    assert other is not None and other.text is None
    assert (other.could_be, other.readings) == (("Windows-1251",), (name,))  # to be said


RUSSIAN_CAPITALS = [
    "ВАЗ-2101",
    "ГАЗ",
    "ЗИЛ",
    "ГАЗ-24 «ВОЛГА»",
    "ЛАДА НИВА",
    "ЖИГУЛИ",
    "ЧАЙКА",
    "КОПЕЙКА",
    "ГАЗЕЛЬ",
    "СОБОЛЬ",
    "ОБЪЕКТ 279",
    "ВАЗ-2106 «ШЕСТЁРКА»",
    "ЗАЗ-968 ЗАПОРОЖЕЦ",
    "ТЭЦ",
    "ЛУАЗ",
]


@pytest.mark.parametrize("name", RUSSIAN_CAPITALS)
def test_russian_capitals_are_not_read_as_half_width_katakana(name):
    """Russian capitals are Shift_JIS's half-width katakana byte for byte ('ВАЗ' is
    'ﾂﾀﾇ'): refused, naming both (not opened as 'ﾂﾀﾇ-2101'); Russian's marks and Ъ, Ь, Й
    where Russian writes them do not make them Japanese."""
    other = other_encoding(_file(name, "cp1251"))
    assert other is not None and (other.name, other.text) == (None, None)
    assert other.could_be == (SHIFT_JIS, "Windows-1251")
    japanese = json.loads(_file(name, "cp1251").decode("cp932"))["name"]  # 'ﾂﾀﾇ-2101'
    assert other.readings == (japanese, name)


@pytest.mark.parametrize(
    ("name", "russian"),
    [
        ("ﾋﾞｰﾄ", "ЛЮ°Д"),  # the long vowel mark ｰ is '°', which Russian puts after a number
        ("ｹｰﾀｰﾊﾑ", "№°А°КС"),  # ｹ is '№', which Russian puts before a number
        ("ｻﾝﾀ", "»ЭА"),  # ｻ is '»', which closes a quotation
        ("ﾏｷﾊﾗ", "П·КЧ"),  # ｷ is a middle dot, which no Russian word holds
        ("ﾎﾝﾀﾞ", "ОЭАЮ"),  # four vowels together
        ("ﾜﾀﾞ", "ЬАЮ"),  # no Russian word begins with Ь, Ъ or Ы
        ("ﾚﾄﾛ", "ЪДЫ"),
        ("ﾛﾏﾝ", "ЫПЭ"),
        ("ﾀﾜﾗ", "АЬЧ"),  # Ь and Ъ follow a consonant
        ("ﾑﾗﾉ", "СЧЙ"),  # Й follows a vowel
        ("ﾎﾝﾀﾞ ﾋﾞｰﾄ", "ОЭАЮ ЛЮ°Д"),
        ("ｽｽﾞｷ ｶﾌﾟﾁｰﾉ", "ЅЅЮ· ¶МЯБ°Й"),  # not Russian letters: read before too
    ],
)
def test_half_width_katakana_that_is_no_russian_is_read_as_shift_jis(name, russian):
    """A name typed in half-width katakana on Japanese Windows (Notepad's 'ANSI' is
    Shift_JIS): its bytes are Windows-1251's capitals and marks, and it was refused as
    'Japanese (Shift_JIS) and Windows-1251 text alike'. Where the Russian reading puts a
    mark or a letter where Russian never does, it is Japanese for sure, and opens."""
    data = _file(name, "cp932")
    assert json.loads(data.decode("cp1251"))["name"] == russian
    other = other_encoding(data)
    assert other is not None and other.name == SHIFT_JIS
    assert other.text is not None and json.loads(other.text)["name"] == name


@pytest.mark.parametrize(
    ("name", "russian"),
    [("ﾀﾝﾄ", "АЭД"), ("ﾀﾌﾄ", "АМД"), ("ﾏﾂﾀﾞ", "ПВАЮ"), ("ﾌﾛﾝﾃ", "МЫЭГ")],
)
def test_half_width_katakana_that_could_be_russian_capitals_is_refused_saying_both(name, russian):
    """Short names whose Russian reading could be an abbreviation ('АЭД' is one): not
    told for sure, so refused, with both readings to be shown."""
    other = other_encoding(_file(name, "cp932"))
    assert other is not None and (other.name, other.text) == (None, None)
    assert other.could_be == (SHIFT_JIS, "Windows-1251")
    assert other.readings == (name, russian)
    assert legacy_text.readings_said(other) == {
        "japanese": name,
        "other": russian,
        "language": "Russian",
        "encoding": "Windows-1251",
    }


def test_the_rest_of_the_file_tells_half_width_katakana_from_russian():
    """'ﾀﾝﾄ' alone could be Russian's 'АЭД'; its notes 'ﾀﾝﾄ ﾀｰﾎﾞ' cannot ('°'
    after a letter), so the file is Japanese, and opens."""
    doc = {"format": "keiconfig-build", "version": 1, "name": "ﾀﾝﾄ", "notes": "ﾀﾝﾄ ﾀｰﾎﾞ"}
    other = other_encoding(json.dumps(doc, ensure_ascii=False).encode("cp932"))
    assert other is not None and other.name == SHIFT_JIS
    assert other.text is not None and json.loads(other.text) == doc


@pytest.mark.parametrize("name", JAPANESE)
def test_japanese_windows_text_is_read_as_shift_jis(name):
    other = other_encoding(_file(name, "cp932"))
    assert other is not None and other.name == SHIFT_JIS
    assert other.text is not None and json.loads(other.text)["name"] == name


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("Œuvre", "cp1252"),  # Œ is not among the letters told for sure (a Mac's 'åuvre')
    ],
)
def test_text_in_an_encoding_that_cannot_be_told_is_not_read_on_a_guess(name, encoding):
    other = other_encoding(_file(name, encoding))
    assert other is not None and other.text is None and other.name in (None, SHIFT_JIS)


def test_shift_jis_not_surely_japanese_is_named_but_not_read():
    """Katakana between two Latin letters (as a Western file's bytes would read)."""
    other = other_encoding(_file("KカーX", "cp932"))
    assert other is not None and (other.name, other.text) == (SHIFT_JIS, None)


@pytest.mark.parametrize("name", ["軽", "林", "東", "本田", "竹内", "山崎", "熊谷"])
def test_a_short_japanese_name_is_read_when_no_windows_text_reads_so(name):
    """One to three kanji are two bytes each, which Windows-1252 or -1250 read as two
    characters ('Œy', 'ŽRŤč'); when neither reads as words, the file is Shift_JIS for
    sure (they were refused, or named Windows-1250)."""
    other = other_encoding(_file(name, "cp932"))
    assert other is not None and other.name == SHIFT_JIS
    assert other.text is not None and json.loads(other.text)["name"] == name


@pytest.mark.parametrize(
    ("name", "western", "encoding"),
    [
        ("北", "–k", "cp1252"),
        ("池", "’r", "cp1252"),
        ("志", "Žu", "cp1250"),
        ("晦", "ŠA", "cp1250"),
    ],
)
def test_a_short_japanese_name_that_is_western_text_too_is_not_read(name, western, encoding):
    """'北' is '–k' in Windows-1252 (a dash before a letter): it was opened so, a build
    named '–k' said to be Western European. Now refused, naming the encodings that read
    it alike."""
    data = _file(name, "cp932")
    assert json.loads(data.decode(encoding))["name"] == western
    other = other_encoding(data)
    assert other is not None and (other.name, other.text) == (None, None)
    assert other.could_be == (SHIFT_JIS, {"cp1252": WINDOWS_1252, "cp1250": WINDOWS_1250}[encoding])


def _level_1_kanji() -> list[str]:
    """JIS level 1's 2,965 kanji, the common ones (Shift_JIS 0x889F to 0x9872)."""
    out = []
    for lead in range(0x88, 0x99):
        for trail in (*range(0x40, 0x7F), *range(0x80, 0xFD)):
            code = bytes((lead, trail))
            if not 0x889F <= int.from_bytes(code, "big") <= 0x9872:
                continue
            try:
                ch = code.decode("cp932")
            except UnicodeDecodeError:
                continue
            if 0x4E00 <= ord(ch) <= 0x9FFF:
                out.append(ch)
    return out


def test_no_one_kanji_name_opens_as_other_text():
    """Every common kanji alone as a build's name, in Shift_JIS: read as itself, or
    refused; never opened as Windows-1252 or -1250 text (473 of them opened so: '北' as
    '–k', '蒼' as 'šB'). Most are read (about 1,650 of the 2,965)."""
    kanji = _level_1_kanji()
    assert len(kanji) == 2965
    read = 0
    for ch in kanji:
        other = other_encoding(_file(ch, "cp932"))
        assert other is not None, ch
        if other.text is not None:
            assert (other.name, json.loads(other.text)["name"]) == (SHIFT_JIS, ch)
            read += 1
    assert read > 1500


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ('"style": "roadster"', '"style": "roads\xf4er"'),  # 'roadsôer'
        ('"format": "keiconfig-build"', '"format": "keico\xebfig-build"'),
        ('"version"', '"versi\xe9n"'),  # a key
    ],
)
def test_a_changed_byte_outside_peoples_words_is_damage_not_another_encoding(text, changed):
    """Keys and identifiers are ASCII in builds and challenges: a byte changed there
    makes no Windows-1252 file (it was read as one: 'roadsôer', then refused for its
    style), only the name, title, description, notes and source hold letters."""
    data = _file("Roadster", "ascii").replace(b'"version"', b'"style": "roadster", "version"')
    assert text.encode() in data
    damaged = data.replace(text.encode(), changed.encode("latin-1"))
    assert other_encoding(damaged) is None
    named = _file("Café", "cp1252").replace(b'"version"', b'"style": "roadster", "version"')
    assert other_encoding(named) is not None


def test_a_damaged_utf8_file_is_not_another_encoding():
    """Mostly whole UTF-8 with one broken character: damaged, not Windows-1252."""
    data = _file("Café Müller Straße – Zürich", "utf-8")
    broken = data.replace("ü".encode(), b"\xfc", 1)  # one letter as Windows-1252 wrote it
    assert other_encoding(broken) is None


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)),
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        b'{"name": "x"}\xff\xfe garbage',  # not JSON after the object
        "Café Racer".encode("cp1252"),  # text, not JSON
    ],
)
def test_bytes_that_are_no_json_are_no_other_encoding(data):
    assert other_encoding(data) is None


def _large(size: int, encoding: str) -> bytes:
    notes = "高回転型の自然吸気3気筒と独立スロットル。" if encoding == "cp932" else "Café Müller. "
    one = len(notes.encode(encoding))
    doc = {"format": "keiconfig-build", "version": 1, "name": "x", "notes": notes * (size // one)}
    return json.dumps(doc, ensure_ascii=False).encode(encoding)


@pytest.mark.parametrize("encoding", ["cp932", "cp1252"])
def test_the_encoding_of_a_file_far_larger_than_a_build_is_not_worked_out(monkeypatch, encoding):
    """A build is a few kilobytes. One of 850 KB in Shift_JIS took about 0.3 s, in
    Windows-1252 0.5 s, on the window's thread, looking at each character; now a file
    over 64 KB is said too large, and its characters are not looked at (counted by the
    codecs only). One of 60 KB is still read."""

    def looked(*_args: object) -> bool:
        raise AssertionError("a character-by-character look")

    data = _large(850_000, encoding)
    with monkeypatch.context() as m:
        for name in ("_could_be_japanese", "_reads_as", "_words_where_people_write"):
            m.setattr(legacy_text, name, looked)
        other = other_encoding(data)
    assert other is not None and other.too_large and other.text is None
    assert len(data) > legacy_text.MOST_LEGACY_BYTES
    other = other_encoding(_large(60_000, encoding))
    assert other is not None and other.text is not None
    binary = bytes(range(128, 256)) * 4000  # no JSON in any encoding: not 'too large'
    assert other_encoding(binary) is None


@pytest.mark.parametrize("name", ["ﾊｽﾗｰ", "ﾊｽﾗｰ Turbo", "ﾊｽﾗｰ ﾀｰﾎﾞ"])
def test_half_width_katakana_that_is_utf8_by_chance_opens_as_shift_jis(name, tmp_path):
    """Suzuki's Hustler in half-width katakana, saved in Notepad's 'ANSI' (Shift_JIS) on
    Japanese Windows: its bytes CA BD D7 B0 are UTF-8 too, 'ʽװ' (a modifier letter and a
    Hebrew ligature), and the build opened named so, with no word said. A word mixing
    scripts is no one's UTF-8, so it opens as Shift_JIS and says so."""
    from keiconfig.core import files
    from keiconfig.core.build import changed, default_build
    from keiconfig.core.file_read import says_format

    doc = json.loads(files.dumps(changed(default_build(), {"name": name})))
    data = json.dumps(doc, ensure_ascii=False).encode("cp932")
    if name == "ﾊｽﾗｰ":
        assert json.loads(data.decode("utf-8"))["name"] == "ʽװ"
    loaded = files.build_from_bytes(data, "hustler.kei.json")
    assert loaded.build.name == name
    assert loaded.warnings[0].startswith("hustler.kei.json: the file is encoded as Shift_JIS")
    path = tmp_path / "hustler.kei.json"
    path.write_bytes(data)
    assert says_format(path, "keiconfig-build", 100_000)
    from keiconfig.core.challenge import load_challenge
    from keiconfig.core.resources_path import resource_path

    text = resource_path("example.challenge.json").read_text(encoding="utf-8")
    path = tmp_path / "c.challenge.json"
    path.write_bytes(text.replace("The quickest 1990 four-seater", name).encode("cp932"))
    assert load_challenge(path).title == name


@pytest.mark.parametrize(
    "name",
    ["Москва", "Ελληνικά", "שלום", "عربي", "Oʻahu", "Café Racer", "Łódź", "ホンダ", "è", "з"],
)
def test_utf8_in_one_script_a_word_is_read_as_utf8(name):
    """Real UTF-8 names, each word in one script (and 'è', 'з', which are Shift_JIS's
    'ﾃｨ', 'ﾐｷ' too): read as UTF-8, never taken for Shift_JIS."""
    data = _file(name, "utf-8")
    assert not legacy_text.utf8_by_chance(data) and other_encoding(data) is None


def _old_mac_file(name: str, encoding: str) -> bytes:
    """A build as a classic Mac OS editor saves it: its lines ended by a carriage return."""
    return _file(name, encoding).replace(b"\n", b"\r")


@pytest.mark.parametrize(
    ("name", "line_feeds"),
    [("Café Racer", True), ("Crème brûlée", True), ("Señor Muñoz", True), ("Straße", True),
     ("Müller", True), ("Smørrebrød", True), ("Bjørn", True),
     ("Noël", False), ("Citroën 2CV", False), ("Tromsø", False)],
)  # fmt: skip
def test_a_mac_file_in_mac_os_roman_is_read_so(name, line_feeds):
    """Mac OS Roman, the Mac's encoding before Unicode ('Café' is 43 61 66 8E, 'CafŽ' in
    Windows-1252): a file that reads as Western European text there, and as no Windows
    text, is read so, said so, with a classic Mac's carriage returns or Mac OS X
    TextEdit's line feeds. With line feeds it was refused, or opened as Windows-1250's
    'Mźller', 'Smżrrebrżd', 'Bjżrn', 'Tromsż' (Polish puts no r after ż but after a
    vowel or d, and ends no word in sż). With line feeds, where Shift_JIS reads it as
    Japanese beside Latin words ('Tromsø' is 'Troms'+'ｯ', 'Noël' 'No'+'疎'), it is refused
    (a Japanese 'Kei軽' is a Mac's 'Keiåy')."""
    other = other_encoding(_old_mac_file(name, "mac_roman"))
    assert other is not None and other.name == legacy_text.MAC_ROMAN
    assert other.text is not None and json.loads(other.text)["name"] == name
    other = other_encoding(_file(name, "mac_roman"))
    assert other is not None
    if line_feeds:
        assert other.name == legacy_text.MAC_ROMAN
        assert other.text is not None and json.loads(other.text)["name"] == name
    else:
        assert other.text is None


@pytest.mark.parametrize("name", ["Turbo仕様", "RS-R仕様", "GT仕様", "Copen改造"])
def test_japanese_beside_latin_words_is_read_as_shift_jis_not_doubted_by_a_mac_reading(name):
    """'Turbo仕様' in Shift_JIS is a Mac's 'Turboédól' too: it was refused showing both
    (since 836a8b3); it opens as Shift_JIS again."""
    other = other_encoding(_file(name, "cp932"))
    assert other is not None and other.name == SHIFT_JIS
    assert other.text is not None and json.loads(other.text)["name"] == name


@pytest.mark.parametrize(("name", "mac"), [("Kei軽", "Keiåy"), ("Jimny用", "Jimnyóp")])
def test_japanese_glued_to_a_latin_word_is_never_opened_as_a_mac_s(name, mac):
    """A lone kanji glued to a Latin word is not read as Japanese for sure; its Mac OS
    Roman reading is words, and opened (since 836a8b3) with wrong letters. Refused now,
    showing both readings (it said 'cannot be told for sure' before 836a8b3)."""
    data = _file(name, "cp932")
    assert json.loads(data.decode("mac_roman"))["name"] == mac
    other = other_encoding(data)
    assert other is not None and other.text is None
    assert (other.could_be, other.readings) == ((SHIFT_JIS, legacy_text.MAC_ROMAN), (name, mac))


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Più", "Piť"),  # Windows-1250: Slovak's 'piť'
        ("Köln", "Kšln"),  # Windows-1250
        ("Ève", "éve"),  # Windows-1252
        ("María", "Mar’a"),  # Windows-1252
    ],
)
def test_a_mac_file_that_reads_as_windows_or_japanese_text_too_is_refused_showing_both(name, other):
    """A Mac's 'Più', 'Köln', 'Ève', 'María' saved with line feeds opened as Windows-1250's
    'Piť', 'Kšln', Windows-1252's 'éve', 'Mar’a': now both readings are words, so the
    file is refused showing both."""
    result = other_encoding(_file(name, "mac_roman"))
    assert result is not None and result.text is None
    assert legacy_text.MAC_ROMAN in result.could_be
    assert set(result.readings) == {name, other}


@pytest.mark.parametrize(
    ("name", "encoding", "mac"),
    [
        ("Šimek", "cp1250", "äimek"),  # a capital where the Mac has a small letter
        ("Bożena", "cp1250", "Boøena"),  # Polish's ż between vowels
        ("Grażyna", "cp1250", "Graøyna"),
        ("Jean’s car", "cp1252", "Jeanís car"),  # an apostrophe where English writes one
        ("Hašek", "cp1250", "Haöek"),  # no vowel before ö but Finnish's and Dutch's
        ("Blažek", "cp1250", "Blaûek"),  # French's û follows no a
        ("Čech", "cp1250", "»ech"),  # a quotation mark is not alone in a string
        ("Mladá Boleslav", "cp1250", "Mlad· Boleslav"),  # no middle dot beside a letter
    ],
)
def test_windows_text_whose_mac_reading_is_words_too_is_read_as_before(name, encoding, mac):
    """A Mac's reading competes with the Windows ones, but not where the Windows reading
    is the name ('Šimek' is a Mac's 'äimek') or the Mac's is no word ('Haöek')."""
    data = _file(name, encoding)
    assert json.loads(data.decode("mac_roman"))["name"] == mac
    other = other_encoding(data)
    assert other is not None and other.text is not None
    assert json.loads(other.text)["name"] == name


@pytest.mark.parametrize(
    ("name", "encoding", "read_as"),
    [
        ("Café Racer", "cp1252", WINDOWS_1252),  # 'CafÈ Racer' in Mac OS Roman
        ("Łódź", "cp1250", WINDOWS_1250),
        ("ホンダ ビート", "cp932", SHIFT_JIS),
    ],
)
def test_windows_files_with_old_mac_line_ends_are_read_as_before(name, encoding, read_as):
    other = other_encoding(_old_mac_file(name, encoding))
    assert other is not None and other.name == read_as
    assert other.text is not None and json.loads(other.text)["name"] == name


def test_an_old_mac_file_says_it_was_read_as_mac_os_roman():
    from keiconfig.core import files
    from keiconfig.core.build import changed, default_build

    doc = json.loads(files.dumps(changed(default_build(), {"name": "Café Racer"})))
    data = json.dumps(doc, ensure_ascii=False, indent=2).replace("\n", "\r").encode("mac_roman")
    loaded = files.build_from_bytes(data, "cafe.kei.json")
    assert loaded.build.name == "Café Racer"
    assert loaded.warnings[0] == (
        "cafe.kei.json: the file is encoded as Mac OS Roman (the encoding of Macs before Mac "
        "OS X), not UTF-8; it was read as such, and saving it writes UTF-8."
    )


@pytest.mark.parametrize("notes", ["13” wheels, lighter", "Menu » Settings", "The “Beast”"])
def test_a_windows_1252_note_with_an_inch_mark_or_a_spaced_guillemet_opens(notes):
    """Word's ” after a number is an inch ('13” wheels'): a Windows-1252 build with it in
    its notes was refused since 836a8b3 (a lone quotation mark, as a Mac's 'Lunedì' is
    'Luned“'). Only a mark glued where no lone one goes puts a reading out now."""
    doc = {"format": "keiconfig-build", "version": 1, "name": "Café", "notes": notes}
    other = other_encoding(json.dumps(doc, ensure_ascii=False).encode("cp1252"))
    assert other is not None and other.name == WINDOWS_1252
    assert other.text is not None and json.loads(other.text)["notes"] == notes


@pytest.mark.parametrize(
    "notes",
    [
        "Coche pequeño, motor de 660 cc, fácil de aparcar. ¡Qué rápido!",  # ¡ ... !
        "Carro económico, motor traseiro, ótimo para a cidade; não é caro.",  # é, a word
        "La macchina è leggera e veloce in città.",  # Italian's è
        "Cotxe lleuger, ideal per a la ciutat. Col·lecció 2024.",  # Catalan's l·l
    ],
)
def test_western_european_notes_in_windows_1252_open(notes):
    """Notes in Spanish, Portuguese, Italian and Catalan from Western European Windows
    were refused as 'cannot be told for sure': Spanish's ¡ was no mark it knew, a word of
    one accented letter but French's 'à' (Portuguese's 'é', Italian's 'è') stood beside
    no letter, Catalan's middle dot was between letters."""
    doc = {"format": "keiconfig-build", "version": 1, "name": "Kei", "notes": notes}
    other = other_encoding(json.dumps(doc, ensure_ascii=False).encode("cp1252"))
    assert other is not None and other.name == WINDOWS_1252
    assert other.text is not None and json.loads(other.text)["notes"] == notes
