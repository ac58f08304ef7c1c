"""Reported speech, session 24: issue 15's reproducers and small general forms (a saying not yet made, the main clause
after a relative clause with its own cue, another speaker's contrast after a tag, "All told"). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("text, content, source", [
    ("Officials have yet to say when the bridge will reopen.", "when the bridge will reopen", "Officials"),
    ("The mayor has yet to say whether she will run again.", "whether she will run again", "The mayor"),
    ("Police have yet to say what caused the fire.", "what caused the fire", "Police"),
    ("Officials have not yet said when the bridge will reopen.", "when the bridge will reopen", "Officials"),
    ("The coach hasn't yet said whether he will stay.", "whether he will stay", "The coach"),
    ("The bank will not yet say whether it can pay its bonds.", "whether it can pay its bonds", "The bank"),
])
def test_a_saying_not_yet_made_opens_its_question(text: str, content: str, source: str) -> None:
    """'have yet to say when ...' and 'have not yet said whether ...' read as 'did not say whether ...' does (the gold
    marks a denied saying with its open question): before, "yet" hid the subject and the infinitive's speaker."""
    assert [(c, s) for _, c, s in trace(text)] == [(content, source)]


@pytest.mark.parametrize("text, content, source", [
    ("He lost the vote, yet said he would run again.", "he would run again", "He"),
    ("The plan was cheap, yet critics said it would fail.", "it would fail", "critics"),
])
def test_yet_as_a_conjunction_keeps_its_subjects(text: str, content: str, source: str) -> None:
    """'yet' between two verbs of one subject is a conjunction, as 'but' is (not an adverb of the verb after it)."""
    assert [(c, s) for _, c, s in trace(text)] == [(content, source)]


@pytest.mark.parametrize("text", [
    "She has yet to say anything about the plan.",
    "The council has yet to decide whether the bridge will reopen.",
])
def test_no_saying_no_content(text: str) -> None:
    assert trace(text) == []


@pytest.mark.parametrize("text, first, second, source", [
    ("Mr. Holt, who estimated that the repairs would cost $4 million, said the bridge would reopen in May.",
     ("the repairs would cost $4 million", "who"), "the bridge would reopen in May", "Mr. Holt"),
    ("Mr. Holt, who said he lives nearby, told reporters the noise had stopped.",
     ("he lives nearby", "who"), "the noise had stopped", "Mr. Holt"),
    ("The Daily Ledger, which first said it would stay neutral, said it would back the mayor.",
     ("it would stay neutral", "which"), "it would back the mayor", "The Daily Ledger"),
    ("Ann Lee, a nurse who said she was tired, told reporters the ward was full.",
     ("she was tired", "who"), "the ward was full", "Ann Lee, a nurse"),
])
def test_the_main_clause_after_a_relative_speaks_for_its_head(text: str, first: tuple[str, str], second: str,
                                                               source: str) -> None:
    """'X, who estimated that A, said B': B's mention is X (it was 'who', the relative clause's own subject)."""
    assert [(c, s) for _, c, s in trace(text)] == [first, (second, source)]


@pytest.mark.parametrize("text, first, second", [
    ("The bridge will reopen in May, officials said, while critics said the repairs were rushed.",
     ("The bridge will reopen in May", "officials"), ("the repairs were rushed", "critics")),
    ("The plan is fair, he said on Monday, though his rivals have argued it is a tax grab.",
     ("The plan is fair", "he"), ("it is a tax grab", "his rivals")),
])
def test_another_speakers_contrast_after_a_tag_is_theirs(text: str, first: tuple[str, str],
                                                        second: tuple[str, str]) -> None:
    """'CONTENT, officials said, while critics said Y': Y is the critics' (it was the officials' second part)."""
    assert [(c, s) for _, c, s in trace(text)] == [first, second]


def test_a_contrast_without_a_verb_of_speech_stays_the_speakers() -> None:
    """'..., Ray said, while others did not want to help': the gold keeps such a clause in the tag's content."""
    pairs = [(c, s) for _, c, s in trace("One guard offered to help, Ray said, while others did not want to help.")]
    assert pairs == [("One guard offered to help", "Ray"), ("while others did not want to help", "Ray")]


@pytest.mark.parametrize("text", [
    "All told, the group raised $4 million in February.",
    "All told, more than 200 people were hurt in the storm.",
])
def test_all_told_is_a_sum_not_a_telling(text: str) -> None:
    """'All told, ...' (an idiom: in all) gave the clause after it to a speaker "All"."""
    assert trace(text) == []


def test_all_as_a_subject_still_tells() -> None:
    assert [(c, s) for _, c, s in trace("All told him the plan would fail.")] == [("the plan would fail", "All")]


@pytest.mark.parametrize("text", [
    "The most liberal members have a larger say than they do in the general election.",
    "The board has the final say on whether the plant will close.",
    "Tenants had little say over how the money would be spent.",
])
def test_the_noun_say_after_an_adjective_is_no_cue(text: str) -> None:
    """'have a larger say than they do ...' gave 'than they do ...' to 'The most liberal members have a larger'."""
    assert trace(text) == []


@pytest.mark.parametrize("text, content, source", [
    ("The voters say the final plan is too costly.", "the final plan is too costly", "The voters"),
    ("Some say the plan is too costly.", "the plan is too costly", "Some"),
])
def test_the_verb_say_after_a_subject_still_reads(text: str, content: str, source: str) -> None:
    assert [(c, s) for _, c, s in trace(text)] == [(content, source)]


@pytest.mark.parametrize("text, content, source", [
    ("A union leader called for a boycott of the vote, but her rivals were quick to denounce the idea.",
     "a boycott of the vote", "A union leader"),
    ("The city urged people to seek shelter indoors, and the hashtag was soon trending.",
     "people to seek shelter indoors", "The city"),
    ('The senator has called the deal "reckless," and his party has vowed to block it.',
     'the deal "reckless,"', "The senator"),
    ("Officials urged residents to stay home, but the roads were already jammed.", "residents to stay home", "Officials"),
])
def test_a_new_clause_after_a_request_is_the_reporters(text: str, content: str, source: str) -> None:
    """'called for X, but her rivals were ...', 'urged X to V, and the hashtag was ...': after a request's or a
    characterisation's object, a new subject with an auxiliary is the next fact (it ran into the content)."""
    assert [(c, s) for _, c, s in trace(text)] == [(content, source)]


@pytest.mark.parametrize("text, content", [
    # after a reported clause the gold keeps such a tail as often as not: the end stays the request rules' only
    ("The mayor said the plan would cost $4 million, and the council is likely to vote on it soon.",
     "the plan would cost $4 million, and the council is likely to vote on it soon"),
    ('Smith called the plan "a disaster, and the mayor is to blame for it."',
     'the plan "a disaster, and the mayor is to blame for it."'),
])
def test_a_new_clause_inside_a_reported_clause_or_a_quotation_stays(text: str, content: str) -> None:
    assert [c for _, c, _ in trace(text)] == [content]
