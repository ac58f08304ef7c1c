import pytest
from hypothesis import given, strategies as st

from briefing_app.core.anchoring import CONTEXT, clip_fields, normalized_hash


def test_normalized_hash_ignores_whitespace_and_case():
    assert normalized_hash("A  b\n\nc") == normalized_hash("a b c")
    assert normalized_hash("a b c") != normalized_hash("a b d")


@given(st.text(min_size=1, max_size=200), st.data())
def test_a_clip_keeps_its_text_and_context(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    f = clip_fields(text, start, end)
    assert (f["start"], f["end"], f["text"]) == (start, end, text[start:end])
    assert f["prefix"] == text[max(0, start - CONTEXT):start] and f["suffix"] == text[end:end + CONTEXT]


def test_a_span_outside_the_text_is_refused():
    with pytest.raises(ValueError):
        clip_fields("short", 2, 9)
