"""Property tests: analyse never raises and every span it returns is exact."""
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.analysis import analyse
from briefing_app.core.model import QUOTE_KINDS, STANCES

PIECES = ["“", "”", '"', "''", "``", "«", "»", "„", "「", "」", "’", "'", " said ", " he said. ", ", ",
          ". ", "\n", "\n\n", "Mr. Smith", "according to ", "Jane Doe", ": ", "—", "We will win",
          " told Fox News", "the so-called ", "Home > News", " can be reached at x@y.com", "[AP/YONHAP]"]
texts = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=60).map("".join))


def check(text):
    a = analyse(text)
    for q in a.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.kind in QUOTE_KINDS
        if q.mention:
            assert text[q.mention.start:q.mention.end] == q.mention.text
        if q.kind in ("scare", "title"):
            assert q.speaker is None and q.mention is None
    for s in a.boilerplate:
        assert 0 <= s.start < s.end <= len(text)
    for o in a.options:
        assert o.stance in STANCES and 0 <= o.start < o.end <= len(text)
    for actor in a.actors:
        for m in actor.mentions:
            assert 0 <= m.start < m.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_spans_are_exact_and_nothing_raises(text):
    check(text)


def test_empty_and_whitespace():
    for t in ["", " ", "\n\n", "“", "”", '"', "''"]:
        check(t)
