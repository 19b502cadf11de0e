"""The core's translation hook: English by default, byte for byte; a translator reaches
every display sentence; machine-readable ids are never translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from keiconfig.core import compare, explain, files, regulations, suggestions, text
from keiconfig.core.build import Build
from keiconfig.core.results import Performance
from tests.core.test_explain import fake_performance

# Hand-made runs (so the model's constants do not matter) and the sentence keiconfig
# has always written for them.
RUNS = {
    "full": (
        ["traction"] * 21
        + ["power"] * 40
        + ["shift"] * 4
        + ["power"] * 40
        + ["shift"] * 3
        + ["power"] * 40
        + ["drag"] * 60,
        [3.0] * 21 + [2.5] * 40 + [0.0] * 4 + [1.5] * 40 + [0.0] * 3 + [1.0] * 40 + [0.5] * 60,
        142.0,
        "Wheelspin limits it until 2.1 s, then engine power up to 95 km/h, with 0.7 s lost to "
        "two gear changes; near its 142 km/h top speed, air drag holds it back.",
        ((0, 9, "traction"), (38, 50, "power"), (89, 101, "shift"), (132, 140, "drag")),
    ),
    "rev": (
        ["power"] * 80 + ["shift"] * 3 + ["power"] * 40 + ["rev_limit"] * 30,
        [3.0] * 80 + [0.0] * 3 + [1.0] * 40 + [0.0] * 30,
        120.0,
        "Engine power limits it up to 101 km/h, with 0.3 s lost to one gear change; at its "
        "120 km/h top speed it runs out of revs and sits on the rev limiter.",
        ((0, 12, "power"), (62, 73, "shift"), (133, 148, "rev_limit")),
    ),
    "never": (
        ["power"] * 100,
        [1.0] * 100,
        None,
        "Engine power limits it all the way, and it never reaches 100 km/h.",
        ((0, 12, "power"),),
    ),
    "shifts_only": (
        ["shift"] * 10,
        [0.0] * 10,
        None,
        "Gear changes hold it back all the way, and it never reaches 100 km/h.",
        ((0, 12, "shift"),),
    ),
    "rest_of_run": (
        ["traction"] * 30 + ["shift"] * 3 + ["power"] * 60,
        [3.0] * 30 + [0.0] * 3 + [2.0] * 60,
        None,
        "Wheelspin limits it until 3.0 s, then engine power for the rest of the run, with 0.3 s "
        "lost to one gear change, and it never reaches 100 km/h.",
        ((0, 9, "traction"), (38, 50, "power"), (99, 110, "shift")),
    ),
}

BUILD = Build.model_validate(
    {
        "format": "keiconfig-build",
        "version": 1,
        "name": "Test roadster",
        "year": 1991,
        "body": {"style": "roadster", "length_mm": 3295, "width_mm": 1395, "height_mm": 1175},
        "engine": {
            "cylinders": 3,
            "displacement_cc": 656,
            "aspiration": "na",
            "position": "mid",
            "power_cap_ps": 64,
        },
        "drivetrain": {"driven": "rwd", "transmission": "manual", "gears": 5},
    }
)


def _perf(name: str) -> Performance:
    steps, accel, top, *_ = RUNS[name]
    return fake_performance(steps, accel=accel, top_kmh=top)


def wrap(context: str, source: str) -> str:
    """A pseudo-translation: every text wrapped in markers, its {fields} kept."""
    return f"«{source}»"


@pytest.fixture
def pseudo() -> Iterator[None]:
    text.set_translator(wrap)
    yield
    text.set_translator(None)


@pytest.fixture(autouse=True)
def _english_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from the core's own English, whatever an application made earlier
    in the session installed (the window's translator), and that is put back after."""
    monkeypatch.setattr(text, "_translator", None)
    monkeypatch.setattr(text, "_plural", None)
    monkeypatch.setattr(text, "_language", "en")


# -- the hook ----------------------------------------------------------------------------


def test_without_a_translator_the_source_comes_back_unchanged() -> None:
    assert text.translate("explain", "{opening} until {time}") == "{opening} until {time}"
    assert text.QT_TRANSLATE_NOOP("explain", "Air drag") == "Air drag"


def test_a_translator_is_used_and_can_be_removed() -> None:
    text.set_translator(lambda c, s: f"{c}:{s.upper()}")
    assert text.translate("files", "a list") == "files:A LIST"
    text.set_translator(None)
    assert text.translate("files", "a list") == "a list"


def test_a_translation_with_a_field_the_source_lacks_falls_back_to_english() -> None:
    # A translator's typo ("{tme}") would make .format fail: the source is used instead.
    text.set_translator(lambda c, s: "bis {tme}, {opening}")
    assert text.translate("explain", "{opening} until {time}") == "{opening} until {time}"
    text.set_translator(lambda c, s: "{opening")  # not a template at all
    assert text.translate("explain", "{opening} until {time}") == "{opening} until {time}"
    # Leaving a field out, or reordering, is fine.
    text.set_translator(lambda c, s: "bis {time}: {opening}")
    assert text.translate("explain", "{opening} until {time}") == "bis {time}: {opening}"
    text.set_translator(lambda c, s: "nur {opening}")
    assert text.translate("explain", "{opening} until {time}") == "nur {opening}"


def test_changing_the_translator_takes_effect_at_once() -> None:
    perf = _perf("never")
    text.set_translator(lambda c, s: s.replace("limits it", "LIMITS IT"))
    assert "LIMITS IT" in explain.limit_summary(perf).sentence
    text.set_translator(lambda c, s: s.replace("limits it", "bremst es"))
    assert "bremst es" in explain.limit_summary(perf).sentence
    text.set_translator(None)
    assert explain.limit_summary(perf).sentence == RUNS["never"][3]


# -- English stays exactly as it was -----------------------------------------------------


@pytest.mark.parametrize("name", sorted(RUNS))
def test_the_limits_sentence_is_unchanged_english(name: str) -> None:
    steps, accel, top, sentence, spans = RUNS[name]
    summary = explain.limit_summary(fake_performance(steps, accel=accel, top_kmh=top))
    assert summary.sentence == sentence
    assert summary.spans == spans


def test_spans_name_the_limit_words() -> None:
    s = explain.limit_summary(_perf("full"))
    words = [(s.sentence[a:b], limit) for a, b, limit in s.spans]
    assert words == [
        ("Wheelspin", "traction"),
        ("engine power", "power"),
        ("gear changes", "shift"),
        ("air drag", "drag"),
    ]
    assert "\x02" not in s.sentence and "[" not in s.sentence


def test_suggestion_labels_and_texts_are_unchanged_english() -> None:
    labels = {c.key: c.label for c in suggestions.candidates(BUILD)}
    assert labels["awd"] == "All-wheel drive"
    assert labels["turbo"] == "Turbo instead of naturally aspirated"
    assert labels["gear_more"] == "6 gears instead of 5"
    assert labels["cvt"] == "CVT"
    assert labels["uncap"] == "Remove the 64 PS cap"
    assert labels["cc_less"] == "590 cc engine (−66 cc)"
    assert labels["lower"] == "100 mm lower (1075 mm)"
    assert suggestions._text("All-wheel drive", -0.84, 52.4, "zero_to_100kmh_s") == (
        "All-wheel drive: −0.8 s, +52 kg"
    )
    assert suggestions._text("CVT", 0.31, 0.2, "zero_to_100kmh_s") == "CVT: +0.3 s"
    assert suggestions._text("X", float("inf"), -3.0, "standing_400m_s") == (
        "X: no longer does 400 m, −3 kg"
    )


def test_other_core_texts_are_unchanged_english() -> None:
    assert regulations.era("1998").label == "1998 rules (3400 × 1480 mm, 660 cc)"
    assert regulations.era("1949").label == "1949 rules (2800 × 1000 mm, 150 cc, 2-stroke 100 cc)"
    assert regulations.rule_name("displacement") == "displacement"
    assert explain.limit_label("traction") == "Wheelspin (tyre grip)"
    with pytest.raises(files.BuildFileError) as e:
        files.build_from_bytes(b'{"format": "keiconfig-build", "version": 1, "name": 3}', "b.json")
    assert str(e.value).startswith('b.json: "name" must be text in quotes (found 3).')
    with pytest.raises(files.BuildFileError) as e:
        files.build_from_bytes(b"[1, 2]", "b.json")
    assert str(e.value) == (
        "b.json: a build file holds one JSON object ({...}), but this one holds a list."
    )


# -- a translator reaches every display sentence, and no id --------------------------------


def test_the_limits_sentence_is_translated_with_its_spans(pseudo: None) -> None:
    steps, accel, top, *_ = RUNS["full"]
    s = explain.limit_summary(fake_performance(steps, accel=accel, top_kmh=top))
    # the whole sentence, the join, the first clause and its opening, and the time in it
    # (text.seconds: "2.1秒" in Japanese, 109f279): each translated
    assert s.sentence.startswith("««««Wheelspin limits it» until «2.1 s»», «then «engine power» ")
    assert [s.sentence[a:b] for a, b, _ in s.spans] == [
        "Wheelspin",
        "engine power",
        "gear changes",
        "air drag",
    ]
    assert "«two»" in s.sentence


def test_a_translation_may_move_the_limit_words(monkeypatch: pytest.MonkeyPatch) -> None:
    german = {
        "[Engine power] limits it": "Es wird von [der Motorleistung] begrenzt",
        "{opening} all the way": "{opening}, die ganze Zeit",
    }
    text.set_translator(lambda c, s: german.get(s, s))
    s = explain.limit_summary(_perf("never"))
    assert s.sentence == (
        "Es wird von der Motorleistung begrenzt, die ganze Zeit, and it never reaches 100 km/h."
    )
    assert [(s.sentence[a:b], limit) for a, b, limit in s.spans] == [("der Motorleistung", "power")]


def test_suggestions_are_translated_but_keys_and_measures_are_not(pseudo: None) -> None:
    found = suggestions.suggestions(BUILD)
    assert found
    for s in found:
        assert s.label.startswith("«") and s.text.startswith("«")
        assert s.key and "«" not in s.key
        assert s.measure in suggestions.MEASURES.values()
        assert all(rule in regulations.RULE_NAMES for rule in s.breaks)


def test_rule_names_eras_and_comparison_labels_are_translated(pseudo: None) -> None:
    assert regulations.rule_name("length") == "«length»"
    assert regulations.era("1998").label.startswith("««1998» rules")  # the era name too
    perf = _perf("never")
    table = compare.compare_results([("A", perf, True)])
    assert table.row("kerb_weight_kg").label == "«Kerb weight»"
    assert explain.limit_label("drag") == "«Air drag»"
    # ids and the compliance data are untouched
    c = regulations.check(BUILD, "1998", power_ps=64.0)
    assert [r.name for r in c.checks] == ["length", "width", "height", "displacement", "power"]
    assert c.era == "1998"


def test_file_errors_and_warnings_are_translated(pseudo: None) -> None:
    with pytest.raises(files.BuildFileError) as e:
        files.build_from_bytes(b"", "b.json")
    assert str(e.value) == "«b.json: the file is empty.»"
    with pytest.raises(files.BuildFileError) as e:
        files.build_from_bytes(b'{"format": "keiconfig-build", "version": 1, "name": 3}', "b.json")
    assert str(e.value).startswith('«b.json: «"name" must be «text in quotes» (found 3).»')
    doc = files.dumps(BUILD).replace('"name"', '"nmae": 1, "name"')
    loaded = files.build_from_json_text(doc, "b.json")
    assert loaded.warnings and all(w.startswith("«b.json: «unknown key") for w in loaded.warnings)
