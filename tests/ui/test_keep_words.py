"""keep_words: a word joiner between two kana or kanji, nowhere else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from keiconfig.ui.i18n import keep_words


def _letter(c: str) -> bool:
    o = ord(c)
    return 0x3041 <= o <= 0x30FA or 0x30FC <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or o == 0x3005


# ASCII, kana and kanji, the CJK punctuation around them, the range's edges and beyond
_CHARS = st.sampled_from(
    "ab 1.·:(é\u3000\u3001\u3005\u3040\u3041\u30fa\u30fb\u30fc\u30ff\u3100\u33ff\u3400"
    "\u9fff\ua000\uff08"
)


@given(st.lists(_CHARS, max_size=12).map("".join))
def test_a_joiner_exactly_between_two_letters(text: str) -> None:
    expected = "".join(
        ("\N{WORD JOINER}" if i and _letter(c) and _letter(text[i - 1]) else "") + c
        for i, c in enumerate(text)
    )
    assert keep_words(text) == expected


def test_english_is_the_same_string() -> None:
    text = "published: 135 km/h · limited"
    assert keep_words(text) is text
