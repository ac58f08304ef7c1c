"""A belief reported with a bare subject clause is the believer's position, not the author's call: "Doctors think
schools should ban phones in class", "Some 35 percent of the voting public thinks undocumented aliens should be
deported", "Most Britons believe rail should be nationalised" (REPORT_CUE_RE's clause without "that" now opens with
any lower-case word, not only a determiner, a pronoun or a capital). The author's own "I think" / "We believe" stays
the author's."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, holder", [
    ("Doctors think schools should ban phones in class.", "Doctors"),
    ("Some 35 percent of the voting public thinks undocumented aliens should be deported.", "voting public"),
    ("A third of voters think ministers should scrap the tax.", "voters"),
    ("Most Britons believe rail should be nationalised.", "Britons"),
    ("Economists believe banks must raise rates this year.", "Economists"),
])
def test_a_reported_belief_is_the_holders(text, holder):
    option = one_option(text)
    assert option.stance is None
    assert [p.stance for p in option.positions] == ["support"]
    assert holder.lower() in option.positions[0].actor.lower()


@pytest.mark.parametrize("text", [
    "I think schools should ban phones in class.",
    "We believe councils should ban cars from the centre.",
])
def test_the_author_belief_stays_the_authors(text):
    option = one_option(text)
    assert option.stance == "support" and not option.positions
