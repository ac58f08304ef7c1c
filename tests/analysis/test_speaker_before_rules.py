"""Speakers from the words before a quotation: 'Another tweeted, “Q”' (a pronoun, not 'another tweet'),
'As the Rainmakers sang, “Q”', 'in Forbes’ words, “Q”', 'in the words of Ronald Reagan, “Q”'."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


@pytest.mark.parametrize(("text", "mention"), [
    ("Many fans reacted. Another tweeted, “Clinton thinks she is above the rules, and everyone knows it now.”",
     "Another"),
    ('As the Rainmakers sang back in the 1980s, "They will turn us all into beggars because they are easier to please."',
     "the Rainmakers"),
    ("The summit was held there because, in Forbes’ words, “they are the most entrepreneurial places on the planet.”",
     "Forbes"),
    ("It was, in the words of Ronald Reagan, “a shining city upon a hill whose beacon light guides the free.”",
     "Ronald Reagan"),
])
def test_speaker_named_before_the_quotation(text: str, mention: str) -> None:
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in direct] == [mention]


def test_another_tweet_is_still_a_noun() -> None:
    direct = [q for q in analyse("He posted another tweet, “We will win this state and then the next one too.”").quotes
              if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in direct] != ["another"]


def test_a_later_cue_of_its_own_clause_names_the_speaker() -> None:
    text = ('"Apparently there is a young man who is having some problems," Cruz said as the heckler yelled: '
            '"You suck!"')
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in direct] == ["Cruz", "the heckler"]
    # a cue inside a "when ..." clause with words after it is not the quotation's
    direct = [q for q in analyse('Trump said, when asked about the wall, "We will build it and Mexico will pay."').quotes
              if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in direct] == ["Trump"]
