"""A name right before the colon that opens a quotation is its speaker only when it is no object: in 'Cruz had a
message for Trump: “Q”', 'Cruz attacked Trump: “Q”', 'Cruz took aim at Trump: “Q”' the clause's subject speaks; the
name after "from" or a dash, one handed the floor ("turned the microphone over to Trump:") or one whose words are
relayed ("The Times quoted Trump:", "cited", "interviewed") still speaks.
'X had a question for the crowd, “Q”' with a comma reads as 'X issued a statement, “Q”'."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def _mentions(text: str) -> list[str | None]:
    return [q.mention.text if q.mention else None for q in analyse(text).quotes if q.kind == "direct"]


@pytest.mark.parametrize("subject", ["Kwame Okafor", "Sen. Ann Whitfield"])
@pytest.mark.parametrize("middle", [
    "had a message for", "had harsh words for", "had a warning for", "sent a warning to", "turned to", "attacked",
    "took aim at", "thanked", "had this to say about", "reserved her sharpest words for", "had a blunt reply to",
])
@pytest.mark.parametrize("obj", ["Gov. Rick Scott", "President Obama"])
def test_the_subject_speaks_to_a_named_object(subject: str, middle: str, obj: str) -> None:
    assert _mentions(f"{subject} {middle} {obj}: “We will win this fight in the end.”") == [subject]


@pytest.mark.parametrize("text", [
    "Kwame Okafor had a message for Lee Hart, “We will win this fight in the end.”",
    "Kwame Okafor had a question for the crowd, “Who is going to pay for the wall?”",
    "Kwame Okafor offered some advice to the voters of Iowa, “Stay home if it snows.”",
    "Kwame Okafor sent a warning to Iran on Monday, “We will not wait forever.”",
])
def test_a_message_for_someone_with_a_comma(text: str) -> None:
    assert _mentions(text) == ["Kwame Okafor"]


@pytest.mark.parametrize(("text", "mention"), [
    ("More from the pollsters Ann Blum and Joe Cohen: “The data confirm it.”", "Joe Cohen"),
    ("The senator then turned the microphone over to Gov. Rick Scott: “We will win this fight in the end.”",
     "Gov. Rick Scott"),
    ("Pollsters agree - Carl Bialik: “The race is tied in every poll we have seen.”", "Carl Bialik"),
    # one whose words are relayed speaks
    ("The newspaper quoted Lee Hart: “We will win this fight in the end.”", "Lee Hart"),
    ("Ann Whitfield cited Lee Hart: “We will win this fight in the end.”", "Lee Hart"),
    ("Ann Whitfield interviewed Gov. Rick Scott: “We will win this fight in the end.”", "Gov. Rick Scott"),
    ("Ann Whitfield paraphrased Lee Hart: “We will win this fight in the end.”", "Lee Hart"),
])
def test_a_name_that_is_no_object_still_speaks(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


@pytest.mark.parametrize("middle", ["sided with", "agreed with", "went after", "pleaded with"])
def test_with_and_after_make_an_object(middle: str) -> None:
    assert _mentions(f"Ann Hale {middle} Bob Cole: “We will win this fight in the end.”") == ["Ann Hale"]


def test_a_conversation_with_someone_is_theirs() -> None:
    assert _mentions("More from our conversation with Lee Hart: “We will win this fight in the end.”") == ["Lee Hart"]
