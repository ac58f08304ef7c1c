"""Verbs of answering ("replied", "responded", "countered", "retorted") report speech without "that" when a
clause opening with a pronoun or a determiner follows, or when they end the clause after the content; never
before a bare object or "to"."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("sentence, content, source", [
    ("Smith replied he would not run again.", "he would not run again", "Smith"),
    ("The senator retorted they had never read the bill.", "they had never read the bill", "The senator"),
    ("Mr. Lopez responded his plan was cheaper than hers.", "his plan was cheaper than hers", "Mr. Lopez"),
    ("Asked about the vote, the governor countered the bill was already dead.", "the bill was already dead",
     "the governor"),
])
def test_an_answer_before_a_clause_without_that(sentence: str, content: str, source: str) -> None:
    assert ("complement", content, source) in trace(sentence)


@pytest.mark.parametrize("sentence, content, source", [
    ("The plan is dead, Smith replied.", "The plan is dead", "Smith"),
    ("Nobody in the room believed a word of it, the spokeswoman countered on Tuesday.",
     "Nobody in the room believed a word of it", "the spokeswoman"),
    ("We have the votes to pass it, Ms. Grant responded.", "We have the votes to pass it", "Ms. Grant"),
])
def test_an_answer_after_its_content(sentence: str, content: str, source: str) -> None:
    assert ("content-before", content, source) in trace(sentence)


@pytest.mark.parametrize("sentence", [
    "Smith responded to the criticism with a tweet.",
    "The company countered the offer within a day.",
    "Smith replied the same way every time.",
    "The campaign responded by cutting its ad budget.",
])
def test_an_answer_with_an_object_or_to_reports_nothing(sentence: str) -> None:
    assert not trace(sentence)


# Verbs that mostly take a noun phrase ("declared victory", "predicted a close race", "maintains a lead") report a
# clause without "that" when a name, a possessive or a determiner's noun phrase goes on to a verb in the past.
@pytest.mark.parametrize("sentence, content", [
    ("The witness declared the driver accelerated as he crossed the bridge.",
     "the driver accelerated as he crossed the bridge"),
    ("Another pollster declared his survey of Republicans showed Mr. Trump holding steady.",
     "his survey of Republicans showed Mr. Trump holding steady"),
    ("Axelrod predicted Clinton's deficit meant a long night for her campaign.",
     "Clinton's deficit meant a long night for her campaign"),
    ("The court declared Ohio already provided more early voting than most states.",
     "Ohio already provided more early voting than most states"),
    ("She maintained the two sides agreed to a deal in March.", "the two sides agreed to a deal in March"),
    ("Officials declared 2016 has seen the worst start on record.", "2016 has seen the worst start on record"),
])
def test_a_noun_phrase_verb_before_a_clause_in_the_past(sentence: str, content: str) -> None:
    assert [c for r, c, _ in trace(sentence) if r == "complement"] == [content]


@pytest.mark.parametrize("sentence", [
    "Though Clinton maintains a large pledged delegate lead over Sanders, she lost the state.",
    "The agency confirmed the number of people killed in the attack.",
    "Can he maintain the enthusiasm of followers who were new to politics?",
    "CNN barely even mentioned Clinton’s remarks and went right back to its panel.",
    "She declared the need for strong will.",
    "Nehlen responded Friday to reports that Trump planned to endorse his opponent.",
])
def test_a_noun_phrase_object_is_no_content(sentence: str) -> None:
    assert not [r for r, _, _ in trace(sentence) if r == "complement"]


# Remarks in passing ("quipped", "remarked", "joked", "mused", "exclaimed", "scoffed") report like answers.
@pytest.mark.parametrize("sentence, rule, content, source", [
    ("The plan is dead, Smith quipped.", "content-before", "The plan is dead", "Smith"),
    ("Clinton remarked that she was surprised to be debating health care.", "complement",
     "she was surprised to be debating health care", "Clinton"),
    ("Smith joked he would run again next year.", "complement", "he would run again next year", "Smith"),
    ("Nobody reads the fine print, the senator scoffed on Tuesday.", "content-before", "Nobody reads the fine print",
     "the senator"),
])
def test_a_remark_in_passing_reports(sentence: str, rule: str, content: str, source: str) -> None:
    assert (rule, content, source) in trace(sentence)


@pytest.mark.parametrize("sentence", [
    "As he left the hall, Smith remarked on the weather.",  # a clause of time alone is no content
    "As the crowd cheered, Obama said.",
    "Obama joked about his age.",
])
def test_a_subordinate_clause_alone_before_the_speaker_is_no_content(sentence: str) -> None:
    assert not trace(sentence)


def test_when_asked_before_the_speaker_stays_the_question() -> None:
    assert trace("When asked whether the city should have a vote, he said: “I think so.”")


# A "that" clause after a noun for what others hold or say is that noun's, not the speaker's words: the speaker
# rejects or answers it ("scoffed at the suggestion that ...", "said in response to claims that ...")
@pytest.mark.parametrize("sentence", [
    "Smith scoffed at the suggestion that the plan was dead.",
    "Jones said in response to allegations that the firm had lied that he would cooperate.",
])
def test_a_clause_of_a_noun_for_others_words_is_no_content(sentence: str) -> None:
    assert not [c for r, c, _ in trace(sentence) if r == "complement" and c.startswith(("the ", "she ", "he "))]


def test_a_clause_after_a_statement_stays_the_speakers() -> None:
    assert ("complement", "the plan was dead", "Smith") in trace("Smith said in a statement that the plan was dead.")
