"""An adverb or an auxiliary between a quotation's speaker and the verb (probes "later" and "hassaid" of
scripts/probe_split.py): the quotation stays somebody's words and the tag after it names the speaker."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("tag", ["later said", "has said", "quickly said", "would later say", "also said"])
def test_a_short_quotation_before_a_titled_name_and_an_adverb(tag: str) -> None:
    """'“It's nonsense,” Mr. Trump later said.': two words ending in a comma read as a listed word unless a speaker
    follows ("Mr." ended the look for a verb)."""
    quotes = [q for q in analyse(f"Talks stall.\n\n“It's nonsense,” Mr. Trump {tag}.").quotes if q.kind == "direct"]
    assert [(q.text, q.mention.text if q.mention else None) for q in quotes] == [("It's nonsense,", "Mr. Trump")]


@pytest.mark.parametrize("tag", ["later said", "has said", "quickly said"])
def test_a_tag_with_an_adverb_after_a_colon_beats_the_clause_before(tag: str) -> None:
    """'X did so, but with a caveat: “Q,” the source later said': the tag right after the quotation is its speaker."""
    text = ("Talks stall.\n\nA separate source familiar with the investigation did so, but with a caveat: “The person in "
            f"question is one of the primary participants,” the source {tag}.")
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in quotes] == ["the source"]


@pytest.mark.parametrize("tag", ["later said", "also said", "has said"])
def test_a_title_case_quotation_before_a_name_and_an_adverb(tag: str) -> None:
    """'“Like Oakland. Or Ferguson,” Trump later said.': four capitalised words read as a title unless a speaker
    and a verb follow."""
    text = f"Talks stall.\n\n“Like Oakland. Or Ferguson,” Trump {tag}. “The crime numbers are worse.”"
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [(q.text, q.mention.text if q.mention else None) for q in quotes] == [
        ("Like Oakland. Or Ferguson,", "Trump"), ("The crime numbers are worse.", "Trump")]
