"""Reported calls with a comma between the call verb and what is called for (twelfth session, from the error table
of the real tuned editorials): an apposition or a list naming whom the call is made to, and an aside or a word of
when between "called"/"asked" and "for". Each was no option before; the near misses stay none."""
import pytest

from tests.analysis.option_helpers import options


@pytest.mark.parametrize("text, summary, actor", [
    # an apposition naming whom the call is made to
    ("The charity urged the foreign secretary, David Lammy, to impose sanctions on the junta.",
     "Impose sanctions on the junta", "the charity"),
    ("Unions called on Sadiq Khan, the mayor, to freeze fares.", "Freeze fares", "unions"),
    ('"We will be calling on the new president, Ashraf Ghani, to block the sites that Taliban use," says Dashty.',
     "Block the sites that Taliban use", "Dashty"),
    # a list of addressees
    ("The charity urged Britain, France and Germany to impose sanctions on the junta.",
     "Impose sanctions on the junta", "the charity"),
    ("Farmers pressed Paris, Berlin, or Rome to block the trade deal.", "Block the trade deal", "farmers"),
    # an aside or a word of when between the verb and "for"
    ("Campaigners asked, in a letter to the minister, for the closure of the plant.", "Close the plant", "campaigners"),
    ("Mujica asks, as a gesture of reconciliation, for the release of three Cuban detainees.",
     "Release three Cuban detainees", "Mujica"),
    ("The unions called, in a joint statement, for a ban on night flights.", "Impose a ban on night flights", "the unions"),
    ("Campaigners called again for a ban on night flights.", "Impose a ban on night flights", "campaigners"),
])
def test_call_with_a_comma_or_a_word_before_its_course(text: str, summary: str, actor: str) -> None:
    assert [(o.summary, [(p.actor, p.stance) for p in o.positions]) for o in options(text)] == [(summary, [(actor, "support")])]


@pytest.mark.parametrize("text", [
    "The report urged caution, saying it was time to raise taxes.",  # a clause after the comma, not an addressee
    "She urged readers, friends and neighbours to vote.",  # people at hand: no course of a body's
    "Residents want the council, not the developers, to decide.",  # no course named
    "He called, in a loud voice, for his dog.",  # nothing a body could do
])
def test_no_call_across_the_comma(text: str) -> None:
    assert options(text) == [], [(o.summary, o.positions) for o in options(text)]
