"""Who holds a reported option (a call reported inside a quotation, "What he is saying is that",
a fronted phrase before the holder), and summaries that read as whole imperatives: a run-on
question subject, an "it" whose plan was named just before."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary, holder, stance", [
    ('"The New York Times is calling for public servants to be held to a different standard," Perkins said.',
     "Hold public servants to a different standard", "New York Times", "support"),
    ("In Scotland the government is considering compulsory sale orders.", "Adopt compulsory sale orders", "Government",
     "support"),
    ("Critics keep insisting that all Muslims repeatedly apologise for the attacks in France.",
     "Repeatedly apologise for the attacks in France", "Critics", "support"),
    ('"We support equality," the union said in a statement, urging the city to "add a liaison for the fire department."',
     "Add a liaison for the fire department", "Union", "support"),
])
def test_holders(text, summary, holder, stance):
    option = one_option(text)
    assert option.summary == summary
    assert [(p.actor, p.stance) for p in option.positions] == [(holder, stance)]


def test_what_he_is_saying_is_his():
    option = one_option("Senator Tom Harkin spoke on Monday. What he is saying, it transpires, is that the state should "
                        "nationalise the railways.")
    assert option.summary == "Nationalise the railways"
    assert [p.actor for p in option.positions] == ["Tom Harkin"]


@pytest.mark.parametrize("text, summary", [
    ("Why should slum dwellers in Delhi pay more for water than the rich?", "Pay more for water than the rich"),
    ("Why should taxpayers bail out a private airline?", "Bail out a private airline"),
    ("The deal is fair and balanced. Parliament should accept it.", "Accept the deal"),
    ("The new treaty protects the fishing grounds. We urge the senators to ratify it.", "Ratify the new treaty"),
    ("Parliament should scrap it.", "Scrap it"),
])
def test_summaries_read_as_commands(text, summary):
    assert one_option(text).summary == summary
