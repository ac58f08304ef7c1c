from hypothesis import given, strategies as st

from briefing_app.core.anchoring import clip_fields, normalized_hash, reanchor
from briefing_app.core.model import Span

TEXT = "Alpha said this. Beta said that. Alpha said this again."


def test_same_offsets_when_text_unchanged():
    f = clip_fields(TEXT, 0, 16)
    assert reanchor(TEXT, f["text"], 0, f["prefix"], f["suffix"]) == Span(0, 16)


def test_exact_text_moved_is_found_nearest_with_context():
    f = clip_fields(TEXT, 33, 49)  # "Alpha said this " second occurrence
    edited = "NEW INTRO. " + TEXT
    span = reanchor(edited, f["text"], 33, f["prefix"], f["suffix"])
    assert edited[span.start:span.end] == f["text"] and span.start == 44


def test_fuzzy_match_after_a_typo_fix_and_none_when_gone():
    text = "The minister said the weapons would destroy relations between our countries."
    exact = "the weapons would destroy relashions"
    span = reanchor(text, exact, 5)
    assert span is not None and text[span.start:span.end].startswith("the weapons")
    assert reanchor("Completely different content here.", exact, 5) is None


def test_normalized_hash_ignores_whitespace_and_case():
    assert normalized_hash("A  b\n\nc") == normalized_hash("a b c")
    assert normalized_hash("a b c") != normalized_hash("a b d")


@given(st.text(min_size=1, max_size=200), st.data())
def test_reanchor_in_unchanged_text_is_identity(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    f = clip_fields(text, start, end)
    span = reanchor(text, f["text"], start, f["prefix"], f["suffix"])
    assert text[span.start:span.end] == f["text"]
