"""One option never cites the same words for the author's side and a holder's opposite side: the author's
evidence holds the author's verdict (a next sentence's "That would be a mistake."), the holder's the clause
of the call without the verdict."""
import pytest

from tests.analysis.option_helpers import one_option

CALL = "Some ministers argue that the army should take over enforcement in the worst-hit states."


@pytest.mark.parametrize("text, author, holder", [
    (CALL + " That would be a mistake.", CALL + " That would be a mistake.", CALL),
    (CALL + "\n\nThat would be a mistake.", CALL + "\n\nThat would be a mistake.", CALL),  # the next paragraph's verdict
    ("Ministers want the army to take over enforcement in the worst-hit states, a dangerous idea.",
     "Ministers want the army to take over enforcement in the worst-hit states, a dangerous idea.",
     "Ministers want the army to take over enforcement in the worst-hit states"),
    ("Wrongly, some ministers want the army to take over enforcement in the worst-hit states.",
     "Wrongly, some ministers want the army to take over enforcement in the worst-hit states.",
     "some ministers want the army to take over enforcement in the worst-hit states."),
    ("Certain elements in the government want to see an increase in tensions with North Korea.",
     "Certain elements in the government want to see an increase in tensions with North Korea.",
     "an increase in tensions with North Korea."),  # the verdict is in the holder's own words
])
def test_author_and_holder_cite_their_own_words(text, author, holder):
    option = one_option(text)
    assert option.stance == "oppose"
    assert text[option.start:option.end] == author
    assert [(text[p.start:p.end], p.stance) for p in option.positions] == [(holder, "support")]


def test_a_holder_the_author_agrees_with_keeps_the_sentence():
    text = "Ministers rightly want the army to take over enforcement in the worst-hit states."
    option = one_option(text)
    assert option.stance == "support"
    assert [(p.start, p.end) for p in option.positions] == [(option.start, option.end)]
