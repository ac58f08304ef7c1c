"""A paragraph that is only a quotation, with no tag of its own, after a paragraph that ends with reported speech
(and holds no direct quotation after it): the quotation goes on with that report, so its speaker is the report's
(reported/follow.py, which reads the same within a paragraph). Not when the quotation names its own speaker ("Chris
Matthews: ..."), is a heading in capitals, the report is a document's, or the paragraph before ends otherwise."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

QUOTE = "“We are going to fight this in every state. Nobody thought we could win here.”"


def _mention(text: str) -> str | None:
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0].mention.text if quotes[0].mention else None


@pytest.mark.parametrize(("before", "speaker"), [
    ("Mayor Ann Ruiz said on Monday that the plan was dead on arrival.", "Ruiz"),
    ("If anything, Ash argued in his email, the incident shows why the party needs new rules.", "Ash"),
    ("Clinton told reporters she would not drop out before the convention.", "Clinton"),
    ("Schoen wrote in an op-ed for The Wall Street Journal that delegates may reconsider.", "Schoen"),
    ("The governor warned lawmakers against a repeal.", "The governor"),
])
def test_a_quotation_paragraph_goes_on_with_the_report_before_it(before: str, speaker: str) -> None:
    mention = _mention(f"Headline here.\n\n{before}\n\n{QUOTE}\n")
    assert mention is not None and speaker in mention


@pytest.mark.parametrize("text", [
    # the quotation names its own speaker; a heading in capitals; the paragraph before reports no speech; the report is
    # not the paragraph's last sentence
    "Headline.\n\nReuters' Luciana Lopez argued that the plan is naive.\n\n“Chris Matthews: Seriously, who pays for it?”\n",
    "Headline.\n\nObama also announced a new program on Tuesday.\n\n“EVENTUALLY VOTERS MAKE GOOD DECISIONS”\n",
    f"Headline.\n\nViguerie is upbeat about the chances of the senator in November.\n\n{QUOTE}\n",
    f"Headline.\n\nSmith said the plan was dead. The vote is set for Friday.\n\n{QUOTE}\n",
    f"Headline.\n\nThe report said the state would not negotiate.\n\n{QUOTE}\n",
])
def test_no_speaker_from_a_paragraph_that_reports_none_for_it(text: str) -> None:
    assert _mention(text) is None
