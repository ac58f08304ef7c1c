"""Participles of speech after a comma that the verb lexicon leaves out as more often nouns or adjectives ("a stark
warning", "a promising start", "stating the obvious"): ", stating there was ...", ", warning the city would ...",
", boasting he had ...", ", hinting she would ..." report the main clause subject's words when a clause follows; and
a participle's setting before "that" ("stating in an interview on Fox News that ...", "saying at a campaign event
last week that ...") is no part of its content. Near misses: an object ("reporting a loss"), an infinitive
("promising to return" stays the promise rules'), a noun ("a stark warning the economy ...")."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("Cruz had praised Trump for months, stating there was a benefit to having him in the race.",
     "there was a benefit to having him in the race", "Cruz"),
    ("Obama addressed the concerns on Thursday, stating there is no evidence of fraud.",
     "there is no evidence of fraud", "Obama"),
    ("The mayor released the budget on Tuesday, warning the city would run out of money by June.",
     "the city would run out of money by June", "The mayor"),
    ("The governor spoke for an hour, boasting he had balanced the budget.", "he had balanced the budget",
     "The governor"),
    ("The governor spoke for an hour, boasting that he had balanced the budget.", "he had balanced the budget",
     "The governor"),
    ("Senator Lee ended her speech, hinting she would run again.", "she would run again", "Senator Lee"),
    ("She spoke for an hour, stressing the plan would cost taxpayers nothing.", "the plan would cost taxpayers nothing",
     "She"),
    ("He thanked the crowd, promising that he would return next year.", "he would return next year", "He"),
])
def test_a_participle_after_a_comma_before_a_clause(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


@pytest.mark.parametrize("text,content,source", [
    ("Trump struck a cautious stance, stating in an interview on Fox News that the Chinese economy was in trouble.",
     "the Chinese economy was in trouble", "Trump"),
    ("Sanders went further, saying at a campaign event last week that Clinton was not qualified.",
     "Clinton was not qualified", "Sanders"),
    ("The mayor left the hall, saying in a statement that the council had failed the city.",
     "the council had failed the city", "The mayor"),
    ("Lopez pressed on, adding during the debate that the tax would hurt farmers.", "the tax would hurt farmers",
     "Lopez"),
])
def test_a_setting_before_that_is_no_content(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


@pytest.mark.parametrize("text", [
    "The company cut 500 jobs, reporting a loss of $2 million.",
    "It was a promising start for the team, stating the obvious.",
    "The report was a stark warning the economy is slowing.",
    "The warning the agency issued on Monday was ignored.",
    # the participles of other senses before a preposition or an object: no clause, no content
    "He laughed, boasting about his record.",
    "Trump spoke for an hour, boasting of his crowd sizes.",
    "The company posted record profits, boasting a 20 percent rise in sales.",
    "She smiled, hinting at a run for president.",
    "The minister visited the school, promising more money for teachers.",
])
def test_near_misses_stay_no_reported_speech(text: str) -> None:
    assert _indirect(text) == []
