"""English: a rubric opening a headline line ("Interview: The EU's trade chief on tariffs", "Analysis: Why ...",
"Commentary: ...") is no speaker: the interview's headline was a quote of "Interview" (document_rules.LABELS). A name
before the colon still is one. Lines written for this test."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

BODY = ("\n\nMaros Sefcovic, the European Commission's trade chief, spoke in Brussels on Monday about the new tariffs "
        "and the car industry.\n")


def _mentions(text: str) -> list[str]:
    return [q.mention.text for q in analyse(text).quotes if q.mention is not None]


@pytest.mark.parametrize("headline", [
    "Interview: The EU's trade chief on tariffs, China and the car industry",
    "Analysis: Why Europe's carmakers fear a trade war with Washington",
    "Commentary: A trade war would leave nobody better off",
    "Q&A: What the new tariffs mean for European carmakers",
])
def test_a_rubric_is_no_speaker(headline: str) -> None:
    mentions = _mentions(headline + BODY)
    assert not [m for m in mentions if m.split()[0].lower() in ("interview", "analysis", "commentary", "q&a")], mentions


def test_a_name_before_the_colon_still_speaks() -> None:
    text = "Sefcovic: Europe will answer any new tariffs in a proportionate way" + BODY
    assert "Sefcovic" in _mentions(text)
