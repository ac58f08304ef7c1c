"""The author's adjective inside a course others hold (`options.appraised`): read as the author's side only when it
takes the other side from every holder; an adjective that agrees with the holders may be their own word in reported
speech (news), one in quotation marks is the speaker's, and one after a preposition is not on the course."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, stance, holder_stance", [
    ("Mahmoud Abbas opposes armed resistance. However, he also opposes peaceful forms of resistance, including the "
     "increasingly effective Boycott, Divestment and Sanctions movement.", "support", "oppose"),
    ("Republicans oppose the long-overdue reform of the police.", "support", "oppose"),
    ("Ministers want to scrap the successful free school meals scheme.", "oppose", "support"),
    ("The council plans to extend the failed curfew.", "oppose", "support"),
    ("The mayor wants to expand the failed curfew to every district.", "oppose", "support"),
    ("Officials in Ankara have proposed to abolish the highly effective regional courts.", "oppose", "support"),
])
def test_the_author_adjective_against_the_holders(text, stance, holder_stance):
    option = one_option(text)
    assert option.stance == stance
    assert option.positions and all(p.stance == holder_stance for p in option.positions)


@pytest.mark.parametrize("text", [
    "Trump vowed to end the disastrous trade deals.",  # agrees with the holder: may be his word, reported
    "The governor said the state should keep the successful program.",  # the same
    "Ministers want to scrap the tax on successful firms.",  # after a preposition: not the course's own noun
    'The senator said: "We must scrap the successful scheme."',  # quoted: the senator's words
    'The union wants the council to scrap the "failed" curfew.',  # scare quotes: the holder's word
    "The council plans to extend the curfew, which failed.",  # not attributive
    # a news report's sentence that tells someone's words: the adjective may be the speaker's
    "Ministers want to scrap the successful free school meals scheme, a spokesman said on Monday.",
    "The council plans to extend the failed curfew, according to two officials.",
    "The mayor wants to expand the failed curfew to every district, opposition councillors complained.",
])
def test_no_author_side_from_the_holders_words(text):
    assert one_option(text).stance is None
