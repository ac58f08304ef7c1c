"""What follows a quotation's speaker tag: a verb coordinated with the tag ('"Q," she said, but added that B') reports B
for the tag's speaker, and a clause of its own after "and"/"but" ('"Q," she said, but she added that B', '"Q," Trump
said, but Cruz said B') its own subject's; a verb that is no speech after the tag ('and walked out') reports nothing.
And an infinitive's speaker after a causative verb and a pronoun object ("The defeat led them to say ...") is the
pronoun, not the causer; after a request ("urged them to say") no one said it yet."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs

B = "the couple was not rich"


@pytest.mark.parametrize(("tag", "mention"), [
    ("she said, but added that", "she"),
    ("she said, and added that", "she"),
    ("Ann Whitfield said, but noted that", "Ann Whitfield"),
    ("the mayor said on Monday, and later said", "the mayor"),
    ("she said, but she added that", "she"),
    ("Kwame Okafor told reporters, but he insisted that", "he"),
])
def test_a_second_verb_after_the_tag(tag: str, mention: str) -> None:
    for q in ("“I hate the term,”", "''I hate the term,''", '"I hate the term,"'):
        assert indirect_pairs(f"{q} {tag} {B}.") == [(B, mention)]


def test_another_speaker_after_the_tag() -> None:
    assert indirect_pairs("“We will win,” Trump said, but Cruz said that the race was far from over.") == [
        ("the race was far from over", "Cruz")]


@pytest.mark.parametrize("text", [
    "“We will win,” she said, and the crowd cheered.",
    "“We will win,” she said, and walked out of the hall.",
    "“We will win,” she said aboard her campaign plane as she crossed Nevada.",
])
def test_no_speech_after_the_tag(text: str) -> None:
    assert indirect_pairs(text) == []


@pytest.mark.parametrize(("lead", "mention"), [
    ("The timing of the debate led them to say", "them"),
    ("The defeat prompted her to say", "her"),
    ("The scandal forced him to admit", "him"),
    ("The timing of the debate led Republicans to say", "Republicans"),
])
def test_the_object_of_a_causative_says_it(lead: str, mention: str) -> None:
    assert indirect_pairs(f"{lead} that the party needed a new leader.") == [("the party needed a new leader", mention)]


def test_a_request_to_say_is_no_saying_yet() -> None:
    assert ("the party needed a new leader", "them") not in indirect_pairs(
        "The mayor urged them to say that the party needed a new leader.")


@pytest.mark.parametrize(("text", "question"), [
    ("“It’s been seven years,” McCain said, asked about the vagueness of the plan.", "about the vagueness of the plan"),
    ("“Forget about it,” said Ann Whitfield, asked about her claims of a scholarship offer.",
     "about her claims of a scholarship offer"),
    ("“We will see,” the mayor said Monday, asked whether the bridge would reopen.", "whether the bridge would reopen"),
    ("The mayor said the bridge would reopen, asked about the delays on the line.", "about the delays on the line"),
])
def test_the_question_put_to_the_tag_speaker(text: str, question: str) -> None:
    pairs = indirect_pairs(text)
    assert (question, None) in pairs
    assert all(", asked" not in content for content, _ in pairs)  # the question is no part of the speaker's words


def test_a_question_put_to_no_speaker() -> None:
    assert indirect_pairs("Alvarez, asked whether she expected lawsuits, shrugged.") == []
