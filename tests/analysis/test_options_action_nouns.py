"""A call for the noun of an act ("the abolition of tuition fees", "the nationalisation of the railways", "the
decriminalisation of sex work") names the course even when its object is no policy noun: the caller's position, the
summary the verb ("Abolish tuition fees", "Nationalise the railways"). A noun of no act ("the organisation of the
event") gives none."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, stance", [
    ("The union called for the abolition of tuition fees.", "Abolish tuition fees", "support"),
    ("Unions called for the nationalisation of the railways.", "Nationalise the railways", "support"),
    ("Amnesty supports the decriminalisation of sex work.", "Decriminalise sex work", "support"),
    ("Critics oppose the privatization of the postal service.", "Privatize the postal service", "oppose"),
])
def test_a_call_for_an_act_noun(text, summary, stance):
    option = one_option(text)
    assert option.summary == summary and option.stance is None
    assert [p.stance for p in option.positions] == [stance]


def test_no_act_noun():
    assert options("He welcomed the organisation of the event.") == []
