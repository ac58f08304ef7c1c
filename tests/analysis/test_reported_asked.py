"""A question put to the speaker before "X said" ("Asked a direct question about this, Clinton said, “Q”") is an
attribution of its own, to its asker when named, once; never words of the speaker's."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("sentence, question, asker", [
    ("Asked a direct question about this, Clinton said, “I do take responsibility.”",
     "a direct question about this", None),
    ('Asked what that might look like, she said: "We\'ll figure that out."', "what that might look like", None),
    ("Asked whether it had been hard for Mr. Biden, Mr. Daley said: ''Of course. He wanted to run.''",
     "whether it had been hard for Mr. Biden", None),
    ("Asked Tuesday about Sullivan, Feinstein said “I don't know anything about Jake Sullivan.”",
     "about Sullivan", None),
    ("When asked a question about the deal, Trump said, “I don't know.”", "a question about the deal", None),
    ("Asked by a host whether the leaks helped, de Blasio said: “I have not heard that.”",
     "whether the leaks helped", "a host"),
    ("Asked about it again, the spokesman said.", "about it again", None),
    ('When asked whether D.C. should have a vote, he said: "I think that would be okay with me."',
     "whether D.C. should have a vote", None),
])
def test_a_question_put_to_the_speaker_is_no_words_of_his(sentence: str, question: str, asker: str | None) -> None:
    got = trace(sentence)
    assert [(t, m) for _, t, m in got] == [(question, asker)]


@pytest.mark.parametrize("sentence, content, source", [
    # near misses: the speaker's own words after the question stay his; a content that only uses "asked" stays
    ("Asked about the report, the spokesman said he had not read it.", "he had not read it", "the spokesman"),
    ("The plan was never asked for, Smith said.", "The plan was never asked for", "Smith"),
    ("Tasked with the review, the panel found nothing, Smith said.", "Tasked with the review, the panel found nothing",
     "Smith"),
])
def test_words_that_are_no_question_put_to_the_speaker_stay_his(sentence: str, content: str, source: str) -> None:
    assert (content, source) in [(t, m) for _, t, m in trace(sentence)]


@pytest.mark.parametrize(("text", "question"), [
    ("Asked whether Freddy's experience in the family business, which friends described as miserable, contributed to the "
     "drinking, Mr. Trump said he did not know.",
     "whether Freddy's experience in the family business, which friends described as miserable, contributed to the "
     "drinking"),
    ("Asked why the agency ignored the demand, in the same defense bill, that the report list the sites, a spokesman said "
     "the report was classified.",
     "why the agency ignored the demand, in the same defense bill, that the report list the sites"),
    ("Asked whether he feared that Ann Lee, the party's nominee, could win, Mr. Ban declined to comment.",
     "whether he feared that Ann Lee, the party's nominee, could win"),
    # the first comma still ends the question when the main clause follows it, or when only a relative or an
    # appositive comes between (the reporter's aside, as PolNeAR marks it)
    ("Asked about the tax, which passed last year, Lopez said it would hurt renters.", "about the tax"),
    ("Asked about her vote if Lee faces Smith, who has insulted nurses, teachers and farmers, she replied that she "
     "did not know.", "about her vote if Lee faces Smith"),
    ("Asked if Clinton, Sanders or Trump would win, she said it was too early to tell.", "if Clinton, Sanders or Trump would win"),
    ("Asked whether she would run, she said no.", "whether she would run"),
])
def test_a_comma_inside_the_question_is_no_end(text: str, question: str) -> None:
    """The question ends at the first comma followed by the main clause (a subject and its verb), past commas inside
    it when a part after one goes on with the question's clause."""
    assert [c for r, c, _ in trace(text) if r == "asked"] == [question]
