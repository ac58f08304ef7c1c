"""Verbs of a remark in passing (quipped, remarked, joked, replied ...) are a cue only beside a quotation or before a
clause; a clause that opens with the speaker's quoted words ('Ann Lee quipped “the next mayor” should ...') is one of
those: it is a mixed quote, as after "said" (before, the quoted words were a scare quote with no speaker)."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes]


@pytest.mark.parametrize("verb", ["quipped", "remarked", "joked", "said", "insisted"])
def test_a_clause_opening_with_quoted_words_after_a_weak_verb(verb: str) -> None:
    text = f"The hearing ran late. Councillor Ines Moreau {verb} “the next mayor” should read the audit first."
    assert quotes(text) == [("direct", "“the next mayor” should read the audit first", "Councillor Ines Moreau")]


def test_a_whole_quotation_after_a_weak_verb_stays_one_quote() -> None:
    assert quotes("Ines Moreau quipped “We will never pave it.”") == \
        [("direct", "We will never pave it.", "Ines Moreau")]
    # a weak verb before an object is still no cue
    assert quotes("Ines Moreau remarked the “best” cheese stall at the fair.")[0][0] == "scare"
