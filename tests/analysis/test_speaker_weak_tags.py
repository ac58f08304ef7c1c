"""A tag after a quotation with any verb of the cue lexicon (each case failed before): a verb used as a cue only
beside a quotation ("countered", "continued") still is one after a long subject when the words between are all that
subject; a short quotation before "Mr. Rubel remarked" is his words, not a scare quote."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize(("text", "mention"), [
    ('"That would have been the fairer thing to do," the White House press secretary, Josh Earnest, countered on '
     "Tuesday.", "Josh Earnest"),
    ('"We have had more successful conventions than this one," Texas delegate Bill Eastland, wearing a cowboy hat and '
     "campaign pins, countered matter-of-factly.", "Texas delegate Bill Eastland"),
    ("''It's embarrassing,'' Mr. Rubel remarked. ''The stock did not do well.''", "Mr. Rubel"),
])
def test_tag_with_any_cue_verb(text: str, mention: str) -> None:
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert direct and all(q.mention is not None and q.mention.text == mention for q in direct), \
        [(q.text, q.kind, q.mention) for q in analyse(text).quotes]


@pytest.mark.parametrize("text", [
    '"It is fine," the man in the blue shirt who stood by the door continued.',  # a relative clause: no clean subject
    '"It is fine," he said as the crowd continued.',  # the weak verb is another clause's
])
def test_weak_verb_needs_a_clean_tag(text: str) -> None:
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert all(q.mention is None or q.mention.text in ("he",) for q in direct)


@pytest.mark.parametrize(("text", "mention"), [
    # a sentence that is only a tag, with any past form of the cue lexicon
    ("Sam Lau, the communications director for the Iowa Democratic Party, acknowledged in a statement. \"There are no "
     "paper ballots to recount.\"", "Sam Lau"),
    # a name that is also a cue word ("Read") after the quotation's comma is the subject, not an inverted verb
    ('"On the political risk, we believe this deal is a great deal," Read acknowledged.', "Read"),
])
def test_tag_sentence_and_name_like_a_verb(text: str, mention: str) -> None:
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in direct] == [mention] or \
        direct[0].mention is not None and direct[0].mention.text.startswith(mention)


def test_passive_sentence_is_no_tag() -> None:
    direct = [q for q in analyse('It was reported. "There are no paper ballots to recount."').quotes if q.kind == "direct"]
    assert all(q.mention is None for q in direct)


def test_participle_after_any_cue_verb() -> None:
    """'CONTENT, Nefzi noted, adding, “Q”': the subject of the cue before the participle (was only said/wrote/told)."""
    text = 'Mateen left as soon as prayers were finished, Nefzi noted, adding, "He was not very religious."'
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in direct] == ["Nefzi"]


# "continued" (and the other verbs used as cues only beside a quotation) after the quoted sentence goes on outside the
# marks, with a setting ("of ...", a weekday), as a tag sentence of its own, and inverted after a comma
@pytest.mark.parametrize(("text", "mention"), [
    ("Trump spoke for an hour. “We’re alive, unlike the robots you’re going to see next week” at the Democratic "
     "convention, he continued.", "he"),
    ("''We wanted to control the real estate,'' Michael C. Cernech, the city manager, continued of the golf course.",
     "Michael C. Cernech, the city manager"),
    ('"Well, look, she is clearly experienced, right?" campaign manager Jeff Weaver continued Monday in an interview.',
     "campaign manager Jeff Weaver"),
    ("“Russia, if you’re listening, I hope you’re able to find the 30,000 emails that are missing.” Trump continued.",
     "Trump"),
    ("The senator was asked about it. “I will not vote for that bill in any form.” She responded.", "She"),
    ('"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, continued David Wasserman, '
     "an elections analyst.", "David Wasserman"),
])
def test_a_weak_tag_verb_after_the_quoted_sentence_goes_on(text: str, mention: str) -> None:
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert direct and direct[-1].mention is not None and direct[-1].mention.text == mention, \
        [(q.text, q.kind, q.mention) for q in analyse(text).quotes]


@pytest.mark.parametrize("text", [
    "“The talks will go on” for weeks, and the fighting continued.",
    "“We will not stop.” The fighting continued.",
    "“We will not stop.” Then the fighting started.",
])
def test_a_thing_that_goes_on_is_no_speaker(text: str) -> None:
    assert all(q.mention is None for q in analyse(text).quotes if q.kind == "direct")
