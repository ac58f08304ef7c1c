"""Reported speech, session 23: a connective between commas before a clause with no "that", an elliptic answer
("said they should"), and verbs of estimate, hint and pledge before a that-clause. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("text, content, source", [
    ("She said, however, the bridge would close.", "the bridge would close", "She"),
    ("The mayor said, too, the budget was tight.", "the budget was tight", "The mayor"),
    ("The senator said, in fact, she had never met him.", "she had never met him", "The senator"),
    ("Officials said, meanwhile, the road would reopen on Friday.", "the road would reopen on Friday", "Officials"),
    ("He said, in other words, the deal was off.", "the deal was off", "He"),  # (review: gave nothing)
    ("The judges said, on the other hand, the appeal had merit.", "the appeal had merit", "The judges"),
])
def test_a_connective_between_commas_is_not_content(text: str, content: str, source: str) -> None:
    """'said, however, the bridge would close': the connective is the sentence's, not the speaker's words (it was kept
    at the content's start)."""
    assert [(c, s) for _, c, s in trace(text)] == [(content, source)]


@pytest.mark.parametrize("text, content, source", [
    ("Asked whether taxes should rise, the minister said they should.", "they should", "the minister"),
    ("Two senators were asked to back the bill. Jeff Hale said he would.", "he would", "Jeff Hale"),
    ("Would the plant close? The owner said that it wouldn't.", "it wouldn't", "The owner"),
    ("Will the mayor run again? She says she won't.", "she won't", "She"),  # (review: won't, can't gave nothing)
    ("Could the club pay its debts? The owners said they can't.", "they can't", "The owners"),
    ("Could the club pay its debts? The owners said that they cannot.", "they cannot", "The owners"),
])
def test_an_elliptic_answer_is_a_content(text: str, content: str, source: str) -> None:
    """A pronoun and an auxiliary, the rest of the clause left out: two words were too few before."""
    assert (content, source) in [(c, s) for _, c, s in trace(text)]


@pytest.mark.parametrize("text", [
    "The minister said the plan failed.",  # three words: already a content
    "He said he would like that.",
])
def test_ellipsis_needs_the_clause_to_end(text: str) -> None:
    assert all(c not in ("he would", "the plan") for _, c, _ in trace(text))


@pytest.mark.parametrize("text, content, source", [
    ("The agency forecast that prices would fall next year.", "prices would fall next year", "The agency"),
    ("Analysts estimated that the merger was worth $2 billion.", "the merger was worth $2 billion", "Analysts"),
    ("Officials estimated in 2019 that the levy would raise little.", "the levy would raise little", "Officials"),
    ("The council projected that the deficit would double.", "the deficit would double", "The council"),
    ("The governor hinted that she would run again.", "she would run again", "The governor"),
    ("The bank signalled on Monday that rates would stay high.", "rates would stay high", "The bank"),
    ("The mayor pledged that no library would close.", "no library would close", "The mayor"),
    ("The senator posted on Truth Social that the count was rigged.", "the count was rigged", "The senator"),
    ("Musk posted on X, formerly Twitter, that the firm would cut jobs.", "the firm would cut jobs", "Musk"),
])
def test_estimates_hints_and_pledges_before_a_that_clause(text: str, content: str, source: str) -> None:
    """Verbs that report what someone said only before a that-clause (after a short setting): no cue before."""
    assert [(c, s) for _, c, s in trace(text)] == [(content, source)]


@pytest.mark.parametrize("text", [
    "An estimated 5,000 people marched through the capital.",
    "The forecast that prices would fall proved wrong.",
    "The company posted a loss of $3 million.",
    "The president pledged $5 million to the fund.",
    "Brown hinted at that in a news conference.",
    "Economists at the bank projected growth of 2 percent.",
])
def test_estimates_hints_and_pledges_without_a_clause_report_nothing(text: str) -> None:
    assert trace(text) == []


@pytest.mark.parametrize("text, content, source", [
    ("Officials did not say when the bridge would reopen.", "when the bridge would reopen", "Officials"),
    ("The ministry wouldn't immediately say when talks would resume.", "when talks would resume", "The ministry"),
    ("A spokesman declined to say when, or if, the board would vote.", "when, or if, the board would vote",
     "A spokesman"),
])
def test_when_after_a_denied_saying_opens_the_question(text: str, content: str, source: str) -> None:
    """"did not say when ...": the open question is the content, as "did not say whether/who/how ..." already were."""
    assert [(c, s) for _, c, s in trace(text)] == [(content, source)]


@pytest.mark.parametrize("text", [
    "She did not say when asked about the plan.",
    "He said when he arrived that the plan was dead.",
])
def test_when_of_time_is_no_question(text: str) -> None:
    assert all(not c.startswith("when") for _, c, _ in trace(text))


@pytest.mark.parametrize("text, expected", [
    ("About a third said they want lower taxes, but six in 10 said they want more spending.",
     ["they want lower taxes", "they want more spending"]),
    ("The paper said she has little time for events, but her team denied that she would stop giving speeches.",
     ["she has little time for events", "she would stop giving speeches"]),
    ("Lee argued that the tax would fail, while Park said that the stakes were too high.",
     ["the tax would fail", "the stakes were too high"]),
    ("The mayor said the budget was balanced, and council members say it relies on cuts.",
     ["the budget was balanced", "it relies on cuts"]),
])
def test_another_speakers_clause_ends_the_content(text: str, expected: list[str]) -> None:
    """', but six in 10 said ...', ', while Park said ...': a new subject with a verb of speech of its own ends the first
    speaker's content (the whole rest was given to the first speaker)."""
    assert [c for _, c, _ in trace(text)] == expected


@pytest.mark.parametrize("text, content", [
    ("He said the plan was fine, and that voters say they want change.",
     "the plan was fine, and that voters say they want change"),
    ("She said the rules were clear, but in a later interview said they were not.",
     "the rules were clear, but in a later interview said they were not"),
])
def test_the_same_speakers_next_words_do_not_end_the_content(text: str, content: str) -> None:
    assert [c for _, c, _ in trace(text)][0] == content


@pytest.mark.parametrize("text, content, source", [
    ("Six in 10 call him honest, after 52 percent said so in June.", "so", "52 percent"),
    ("Last month, 31 percent said the same.", "the same", "31 percent"),
    ("Only 40 percent of independents say the same of the governor.", "the same of the governor",
     "Only 40 percent of independents"),
])
def test_a_pro_form_stands_for_the_clause_said(text: str, content: str, source: str) -> None:
    """'said so', 'said the same (of X)', 'said yes': the words stand for a clause said before (PolNeAR marks them)."""
    assert (content, source) in [(c, s) for _, c, s in trace(text)]


def test_after_a_pro_form_the_next_speaker_is_read() -> None:
    text = "Asked about the mayor, 70 percent said yes, but 45 percent of all voters say she should go."
    assert [(c, s) for _, c, s in trace(text)][-2:] == [("yes", "70 percent"), ("she should go", "45 percent of all voters")]


@pytest.mark.parametrize("text", [
    "The union said no to the deal.",
    "Nobody has said so far.",
    "They are right, and the minister should say so before the summit.",
    "A demand that cannot be met is a way of saying no.",
])
def test_no_pro_form_before_an_object_or_far(text: str) -> None:
    assert all(c not in ("no", "so") for _, c, _ in trace(text))
