"""Counts in the core's texts take the plural form of their language: English "1 build" /
"0 builds" / "2 builds" (from resources/i18n/keiconfig_en.ts, with no translator
installed: the command line, tests), Japanese its one form (from keiconfig_ja.ts, as the
command line installs it under a ja locale), never a "(s)" left in."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from keiconfig.core import catalog, text
from keiconfig.core.build import Build
from keiconfig.core.explore_problem import Rules
from keiconfig.core.files import BuildFileError, load_build
from keiconfig.core.weight import fixed_parts
from tests.core.language import use_japanese
from tests.core.test_files import good_data

EN_TS = catalog.ts_path("en")


@pytest.fixture
def japanese() -> Iterator[None]:
    use_japanese()
    yield


def _numerus_sources() -> list[str]:
    root = ET.parse(EN_TS).getroot()
    return [m.findtext("source") or "" for m in root.iter("message")]


def test_english_has_a_form_for_one_and_one_for_everything_else() -> None:
    assert text.translate_n("%n build(s)", "", 0) == "0 builds"
    assert text.translate_n("%n build(s)", "", 1) == "1 build"
    assert text.translate_n("%n build(s)", "", 2) == "2 builds"
    assert text.translate_n("%n day(s) ago", "", 1) == "1 day ago"
    assert text.translate_n("%Ln build(s) judged.", "", 12345) == "12,345 builds judged."
    # a form may say it without the figure
    assert text.translate_n("The top %n build(s) are on the comparison.", "", 1) == (
        "The top build is on the comparison."
    )
    assert text.translate_n("The top %n build(s) are on the comparison.", "", 3) == (
        "The top 3 are on the comparison."
    )


@pytest.mark.parametrize("source", _numerus_sources())
def test_no_english_count_is_left_with_its_s_in_brackets(source: str) -> None:
    for n in (0, 1, 2, 11):
        shown = text.translate_n(source, "", n)
        assert "(s)" not in shown and "%n" not in shown and "%Ln" not in shown, shown
        if "%n" in source and not (n == 1 and "top %n" in source):
            assert str(n) in shown


def test_core_sentences_with_counts_in_english(tmp_path: Path) -> None:
    def problems(data: dict) -> str:
        path = tmp_path / "car.kei.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(BuildFileError) as info:
            load_build(path)
        return str(info.value)

    two = good_data()
    two["body"] |= {"length_mm": -1, "width_mm": -1}
    assert problems(two).endswith(" (1 more problem after this one.)")
    three = good_data()
    three["body"] |= {"length_mm": -1, "width_mm": -1, "height_mm": -1}
    assert problems(three).endswith(" (2 more problems after this one.)")

    assert "at least 1 seat" in Rules(min_seats=1).describe()
    assert "at least 4 seats" in Rules(min_seats=4).describe()

    def interior(seats: int) -> str:
        build = Build.model_validate(good_data() | {"body": good_data()["body"] | {"seats": seats}})
        part = next(p for p in fixed_parts(build) if p.name == "interior")
        assert part.detail == part.shown_detail()  # English, whatever the window's language
        return part.detail

    assert interior(1) == "1 seat, trim, dashboard"
    assert interior(2) == "2 seats, trim, dashboard"


def test_core_sentences_with_counts_in_japanese(japanese: None) -> None:
    assert text.translate_n("%n build(s)", "", 1) == "ビルド1件"
    assert text.translate_n("%n build(s)", "", 2) == "ビルド2件"
    assert "乗車定員1名以上" in Rules(min_seats=1).describe()
    build = Build.model_validate(good_data() | {"body": good_data()["body"] | {"seats": 1}})
    part = next(p for p in fixed_parts(build) if p.name == "interior")
    assert part.shown_detail() == "座席1席、内張り、ダッシュボード"
    assert part.detail == "1 seat, trim, dashboard"  # the results keep their English


def test_a_plural_translation_with_a_field_the_source_lacks_falls_back_to_english() -> None:
    text.set_translator(lambda c, s: s, lambda s, d, n: "{oops} " + str(n))
    assert text.translate_n("%n build(s)", "", 2) == "2 builds"


def test_challenge_rules_in_japanese_say_the_body_styles_in_japanese(japanese: None) -> None:
    """A challenge for tall wagons and trucks said 'ボディ: tall wagon/truck' (the build
    format's values) in its Japanese window and ``keiconfig explore``."""
    said = Rules(body_styles=("tall_wagon", "truck"), min_seats=4).describe()
    assert "ボディ:トールワゴン/" in said and "tall" not in said and "truck" not in said
    assert "乗車定員4名以上" in said
