"""'X pointed out that ...', 'X made (it) clear that ...', 'X revealed that ...' (and the same at a sentence's end,
'..., the auditor revealed.') report X's words: analysts want them, though the shared PolNeAR scorer does not count
their cues as speech (session 20's decision). Near misses: an object, not a clause ('pointed out the flaws', 'made
clear progress', 'revealed a new phone') gives nothing."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("The mayor pointed out that the bridge had been closed for a year.", "the bridge had been closed for a year",
     "The mayor"),
    ("Critics point out that the plan costs more than it saves.", "the plan costs more than it saves", "Critics"),
    ("The governor made clear on Tuesday that she would veto the bill.", "she would veto the bill", "The governor"),
    ("Lee made it clear that he would not run again.", "he would not run again", "Lee"),
    ("The auditor revealed that the agency had lost track of its funds.", "the agency had lost track of its funds",
     "The auditor"),
    ("The agency had lost track of its funds, the auditor revealed.", "The agency had lost track of its funds",
     "the auditor"),
    ("The bridge had been closed for a year, the mayor pointed out.", "The bridge had been closed for a year",
     "the mayor"),
    ("The mayor spoke for an hour, pointing out that the bridge had been closed for a year.",
     "the bridge had been closed for a year", "The mayor"),
    ("The governor made it very clear that she would veto the bill.", "she would veto the bill", "The governor"),
    ("Lee has made it abundantly clear that he would not run again.", "he would not run again", "Lee"),
    ("The minister made perfectly clear that the tax would rise.", "the tax would rise", "The minister"),
])
def test_disclosure_phrases(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


@pytest.mark.parametrize("text", [
    "The mayor pointed out the flaws in the plan.",
    "The company made clear progress this year.",
    "The firm revealed a new phone on Monday.",
    "The company made very clear progress this year.",
])
def test_objects_are_no_speech(text: str) -> None:
    assert _indirect(text) == []
