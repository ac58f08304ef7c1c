"""A sentence's opening subordinator, question word, auxiliary or focus word is no word of a body's name: "What
Congress must not do is ...", "Should Parliament act?", "Unlike Boeing Co., ..." gave the bodies "What Congress",
"Should Parliament", "Unlike Boeing Co" (org_found.LEAD_STOP_RE)."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name

OPENERS = ("What", "Which", "Why", "How", "Where", "Whether", "Whose", "Although", "Because", "Since", "Unless",
           "Once", "Despite", "Unlike", "After", "Should", "Did", "Can", "Only", "Even", "Neither")


@pytest.mark.parametrize("text", [
    "What Congress must not do is wait for a global deal.",
    "Should Parliament act before the recess? Few think so.",
    "Although Congress passed the bill, the Senate balked.",
    "Because Parliament is in recess, nothing will happen this month.",
    "Unless Congress acts, the program will lapse in March.",
    "Despite Congress objecting, the agency moved ahead.",
    "Did Congress really intend this outcome? Critics doubt it.",
    "Why Congress keeps failing is no mystery.",
    "How Parliament votes will decide the matter.",
    "Even Congress seemed surprised by the figures.",
    "Neither Congress nor the courts commented.",
])
def test_no_body_opens_with_the_sentence_opener(text: str) -> None:
    assert not [n for n in actors_by_name(text) if n.split()[0] in OPENERS]


@pytest.mark.parametrize("text, body", [
    ("Unlike Boeing Co., Halden Aerospace Inc. said it would keep production steady.", "Boeing Co"),
    ("What Goldman Sachs Group Inc. reported surprised analysts.", "Goldman Sachs Group Inc"),
    ("Only the European Commission can propose laws, the diplomat said.", "European Commission"),
    ("Since the Maritime Employers Association walked out, talks have stalled.", "Maritime Employers Association"),
])
def test_the_body_is_named_without_the_opener(text: str, body: str) -> None:
    names = set(actors_by_name(text))
    assert body in names
    assert not [n for n in names if n.split()[0] in OPENERS]


@pytest.mark.parametrize("text, body", [
    ("General Motors Co. said it would recall 40,000 trucks.", "General Motors Co"),
    ("The Canadian Labour Congress said wages lagged.", "Canadian Labour Congress"),
    ("Howard University said enrolment rose.", "Howard University"),
    ("Onward Housing Trust said rents would rise.", "Onward Housing Trust"),
    ("Whitman Institute said the grants would continue.", "Whitman Institute"),
])
def test_a_name_whose_first_word_merely_looks_alike_is_kept(text: str, body: str) -> None:
    assert body in actors_by_name(text)


@pytest.mark.parametrize("text", [
    "The Republican Congress delayed the tax. Once Congress postpones a tax, it has a habit of doing so again.",
    "Unless Parliament acts, the law lapses in June. Until Congress votes, nothing moves.",
    "Whose Congress is it anyway? Which Parliament will act first?",
])
def test_the_opener_and_a_body_make_no_person(text: str) -> None:
    """With the body's name no longer "Once Congress", the person finder took "Once Congress" for a person's name
    (names.STOP and LINK_STOP now hold once, unless, until, which, whose, nor)."""
    actors = actors_by_name(text)
    assert not [n for n, a in actors.items() if a.kind == "person"], list(actors)


def test_a_person_after_the_opener_is_named_without_it() -> None:
    actors = actors_by_name("Once Maria Lopez arrived, the talks began, Lopez said.")
    assert "Maria Lopez" in actors and actors["Maria Lopez"].kind == "person"
