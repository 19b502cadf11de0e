"""explain._unmarked: the plain text of a marked sentence and its marks' spans, for any
arrangement of openings, limits' characters, closes and text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from keiconfig.core import explain


def _reference(text: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """Character by character, as the sentence's marks are defined."""
    marks = explain._MARK_LIMIT
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    open_at: tuple[int, str] | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == explain._OPEN and i + 1 < len(text) and text[i + 1] in marks:
            open_at = (len(out), marks[text[i + 1]])
            i += 2
            continue
        if ch == explain._CLOSE:
            if open_at is not None and open_at[0] < len(out):
                spans.append((open_at[0], len(out), open_at[1]))
            open_at = None
        elif ch != explain._OPEN:
            out.append(ch)
        i += 1
    return "".join(out), tuple(spans)


_PIECES = st.sampled_from(
    [explain._OPEN, explain._CLOSE, *explain._MARK_LIMIT, "a", "b c", "空気", "\ue0ff", "."]
)


@given(st.lists(_PIECES, max_size=16).map("".join))
def test_the_spans_and_text_are_those_of_the_marks_read_one_by_one(text: str) -> None:
    assert explain._unmarked(text) == _reference(text)


def test_a_marked_sentence() -> None:
    marked = (
        explain._marked("[Wheelspin] limits it", "traction")
        + ", then "
        + (explain._marked("[air drag]", "drag"))
    )
    assert explain._unmarked(marked) == (
        "Wheelspin limits it, then air drag",
        ((0, 9, "traction"), (26, 34, "drag")),
    )
