"""A verb used as a cue only beside a quotation ("remarked", "replied", "countered", "responded", "quipped") may come
before its subject after a comma that follows the quoted sentence's own words ('“Q” about X, remarked Ann Lee, ...'),
as "said", "added", "wrote" and "noted" do (speakers.INVERTIBLE); before, the mention was the words before the comma
or none (scripts/probe_split.py's "verbs" probe)."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


@pytest.mark.parametrize("verb", ["remarked", "replied", "countered", "responded", "quipped"])
def test_an_inverted_weak_verb_after_the_quotation_and_a_comma(verb: str) -> None:
    text = f"“For bus drivers, the plan gets a lot right” about pay and rest breaks, {verb} Lena Ortiz, head of the union."
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [(q.mention.text if q.mention else None, q.speaker) for q in quotes] == [("Lena Ortiz", "Lena Ortiz")]


def test_the_plain_tag_is_unchanged() -> None:
    quotes = analyse("“The plan gets a lot right,” replied Lena Ortiz, head of the union.").quotes
    assert [(q.mention.text if q.mention else None, q.speaker) for q in quotes] == [("Lena Ortiz", "Lena Ortiz")]
