"""After a quotation that ends its own sentence ("?" or "!"), the next sentence's cue is its tag only when it tags
nothing else: a reply that opens a quotation of its own is the replier's words, and a verb of a target with an object
after it ("praise his refusal", "accuses Trump of ...") tells of that, not of the quotation."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _mentions(text: str) -> dict[str, str | None]:
    return {q.text: q.mention.text if q.mention else None for q in analyse(text).quotes if q.kind == "direct"}


@pytest.mark.parametrize(("text", "question", "asker"), [
    ("Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”",
     "Why now? That was on my way to Libya?", "Clinton"),
    ("The senator turned to Jones with, “Where were you on Tuesday?” Jones fired back, “At home, like everyone.”",
     "Where were you on Tuesday?", "The senator"),
    ("Smith put it to Brown with, “Is that all there is?” Brown replied: “That is all, and it is enough.”",
     "Is that all there is?", "Smith"),
])
def test_a_reply_with_its_own_quotation_is_not_the_questions_tag(text: str, question: str, asker: str) -> None:
    mentions = _mentions(text)
    assert mentions.get(question) != mentions.get(next(q for q in mentions if q != question)), mentions
    assert (mentions.get(question) or "").endswith(asker.split()[-1]), mentions


@pytest.mark.parametrize("text", [
    'He ended with a demand in Berlin: "Tear down this wall!" Conservatives still praise his refusal to accept it.',
    'The ad ends with a cry of "Never again!" A second ad released Thursday accuses Trump of buying influence.',
    'Protesters chanted outside: "Not in our name!" Local leaders condemned the march as a stunt.',
])
def test_a_verb_of_a_target_with_an_object_is_no_tag(text: str) -> None:
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert quotes and all(q.mention is None or q.mention.start < q.start for q in quotes), \
        [(q.text, q.mention) for q in quotes]  # no speaker from the sentence after the quotation


@pytest.mark.parametrize(("text", "mention"), [
    ('"Who do they think they are?" Trump said of Apple in February.', "Trump"),
    ('"Why are you still endorsing him?" Obama asked Republican politicians.', "Obama"),
    ('"That is a false equivalency!" Maher replied.', "Maher"),
    ('"Can you believe it?" Smith asked, shaking his head.', "Smith"),
    ('"This is a disgrace!" Jones blasted.', "Jones"),  # a verb of a target with no object: a tag
    ('"What a speech!" the senator praised on Monday.', "the senator"),
])
def test_a_tag_sentence_after_the_quotation_still_tags_it(text: str, mention: str) -> None:
    assert list(_mentions(text).values()) == [mention], _mentions(text)
