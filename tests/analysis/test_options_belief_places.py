"""A course inside a belief others hold is no course argued also when the belief is plural or says where it is held
(570a6e40 read only a singular noun right before "that"): "There are growing expectations that the bank should cut
rates", "a widespread belief among economists that ...", "a view in Washington that ...", "the claims that ...". A
verdict still judges it ("The theories that X should Y are a myth": the author's opposition)."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "There are growing expectations that the central bank should lower interest rates.",
    "There is a widespread belief among economists that the central bank should lower interest rates.",
    "There is a firm view in Westminster that the council should sell the old depot.",
    "Officials repeated the claims that the port should close its night shift.",
])
def test_belief_content_is_no_course(text):
    assert [(o.summary, o.stance) for o in options(text) if o.stance is not None] == []


def test_verdict_on_plural_beliefs_is_the_authors():
    option = one_option("The theories that the council should sell the old depot are a myth.")
    assert (option.summary, option.stance) == ("Sell the old depot", "oppose")


def test_plain_course_stays():
    option = one_option("The council should sell the old depot.")
    assert (option.summary, option.stance) == ("Sell the old depot", "support")
