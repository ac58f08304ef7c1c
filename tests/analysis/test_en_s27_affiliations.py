"""Session 27 English affiliation rules, one test each (sentences written for the test, forms the s27 probe of the actor
set showed): "Its chair, X" takes no body of an earlier paragraph; "the society's president"; "GOP" makes a text
American ("President Biden" of the United States) and "GOP Chairman X" is the party's; a party's name of two words
is the party with no "the" before it ("Opposition Liberal Democrats tabled ...")."""
from __future__ import annotations

from tests.analysis.actor_helpers import actors_by_name as _actors


def test_its_chair_takes_no_body_of_an_earlier_paragraph() -> None:
    actors = _actors("Fine\n\nMarta Sloane, a lecturer at the University of Wexham, said the fine was modest.\n\n"
                     "Ministers said a new watchdog would follow. The act set up the Fair Play Regulator this spring; "
                     "its chair, Dorian Pell, will publish rules in May.\n")
    assert actors["Marta Sloane"].affiliation == "University of Wexham"
    assert actors["Dorian Pell"].affiliation != "University of Wexham"


def test_its_chair_still_takes_the_body_two_sentences_up_in_its_paragraph() -> None:
    actors = _actors("Water\n\nOfwat, the Water Services Regulation Authority, was set up in 1989. Since then it has "
                     "approved every rise. Its chief executive, Dora Klemm, stepped down in May.\n")
    assert actors["Dora Klemm"].affiliation in ("Ofwat", "Water Services Regulation Authority")


def test_the_society_is_the_society_named_before() -> None:
    actors = _actors("Inquiry\n\nThe Law Society of Wessex said it would help families for free. Nia Ombati, the "
                     "society's president, said the state could not judge itself.\n")
    assert actors["Nia Ombati"].affiliation == "Law Society of Wessex"


def test_gop_makes_a_text_american() -> None:
    actors = _actors("Returns\n\n9:15 p.m. - GOP turnout in rural counties is high, officials said.\n\n9:40 p.m. - "
                     "Early returns show Ruth Carden running ahead of President Biden's margin there.\n")
    assert actors["Joe Biden" if "Joe Biden" in actors else "Biden"].affiliation == "United States"


def test_gop_chairman_is_the_partys() -> None:
    actors = _actors("Night\n\nGOP Chairman Rich Hallam said it was far too early to call the race. Democratic "
                     "spokeswoman Tara Byne said the party was confident.\n")
    assert actors["Rich Hallam"].affiliation == "Republican Party"
    assert actors["Tara Byne"].affiliation == "Democratic Party"


def test_a_party_of_two_words_needs_no_the() -> None:
    actors = _actors("Libraries\n\nOpposition Liberal Democrats tabled an amendment to keep the branches open. Social "
                     "Democrats walked out of the chamber.\n")
    assert "Liberal Democrats" in actors
    assert actors["Liberal Democrats"].kind == "organization"
