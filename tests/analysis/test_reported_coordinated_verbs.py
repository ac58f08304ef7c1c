"""A speech verb coordinated with a verb before it takes that verb's subject, also with adverbs and auxiliaries between
"and"/"but" and the cue ('but has since said', 'and has long argued', 'and afterward said', 'but now said'); after
', then' the subject is the first verb's ('The mayor thanked the crowd, then said': the mention is 'The mayor', not
the words up to the comma). 'but would say nothing about' stays no reported speech."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse

CONTENT = "the plan would raise costs for families"


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("subject", ["Ann Whitfield", "Kwame Okafor"])
@pytest.mark.parametrize("link", [
    "supported the bill but has since said", "supported the bill and has since said", "backed the bill but since said",
    "voted for the bill but has long said", "met with the governor on Monday and afterward said",
    "used to back the bill, but now said", "voted for it and has repeatedly argued that",
    "met the governor and afterwards told reporters",
])
def test_a_coordinated_cue_after_adverbs(subject: str, link: str) -> None:
    assert _reported(f"{subject} {link} {CONTENT}.") == [(CONTENT, subject)]


@pytest.mark.parametrize(("text", "mention"), [
    (f"The mayor thanked the crowd, then said {CONTENT}.", "The mayor"),
    (f"Ann Whitfield paused, then said {CONTENT}.", "Ann Whitfield"),
    (f"He smiled, then told reporters {CONTENT}.", "He"),
    (f"In Ohio, Ann Whitfield paused for a moment, and then said {CONTENT}.", "Ann Whitfield"),
])
def test_the_subject_of_a_verb_after_then(text: str, mention: str) -> None:
    assert _reported(text) == [(CONTENT, mention)]


def test_then_before_a_direct_quotation() -> None:
    quotes = [q for q in analyse("Ann Whitfield thanked the crowd, then said, “We will win this fight in the end.”").quotes
              if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in quotes] == ["Ann Whitfield"]


def test_saying_nothing_is_no_content() -> None:
    text = ("Ann Whitfield, who has seen the messages but would say nothing about the senders, agreed with the point. "
            "The mayor left.")
    assert _reported(text) == []
