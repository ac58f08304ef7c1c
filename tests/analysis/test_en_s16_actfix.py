"""English actor bugs the sixteenth session's actors helper reported, fixed late in the session (helper actfix), one
test each with near misses."""
from __future__ import annotations

from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_possessed_role_takes_the_bodys_whole_capitalised_name() -> None:
    """'The Air Force's chief' gave an organisation "Force": the possessor cue held one word only."""
    actors = _actors("Jets\n\nThe Air Force's chief of staff, Gen. David Allvin, said the plan was sound.\n")
    assert "Force" not in actors
    assert actors["David Allvin"].affiliation == "Air Force"
    actors = _actors("Jets\n\nThe Royal Air Force's chief said on Monday that the jets were ready.\n")
    assert "Royal Air Force" in actors and "Force" not in actors and "Air Force" not in actors
    actors = _actors("Launches\n\nThe Space Force's head said launches would double next year.\n")
    assert "Space Force" in actors and "Force" not in actors
    actors = _actors("Tuition\n\nOhio State's president said tuition would rise by 3 percent.\n")
    assert "Ohio State" in actors and "State" not in actors


def test_near_misses_of_a_possessed_role_keep_one_word() -> None:
    """A sentence opener, a date or a person before the possessor is no part of the body's name."""
    actors = _actors("Cloud\n\nIn March Google's chief executive said the unit would grow.\n")
    assert "Google" in actors and "March Google" not in actors and "In March Google" not in actors
    actors = _actors("Cloud\n\nOn Tuesday Microsoft's president said the deal was done.\n")
    assert "Microsoft" in actors and "Tuesday Microsoft" not in actors
    actors = _actors("Staff\n\nPresident Joe Biden's chief of staff said the talks would go on.\n")
    assert not any(a.kind == "organization" for a in actors.values())


def test_a_bodys_name_with_of_keeps_its_tail_before_a_possessive() -> None:
    """'X Board of Education's' made a spurious "X Board" (the name's "of ..." was read only before a space or
    punctuation) and, with a role after it, an organisation "Education"."""
    actors = _actors("Budget\n\nThe Springfield Board of Education's budget was cut by $3 million.\n")
    assert "Springfield Board of Education" in actors and "Springfield Board" not in actors
    actors = _actors("Vote\n\nThe Springfield Board of Education's president, Ana Ruiz, said the vote would stand.\n")
    assert actors["Ana Ruiz"].affiliation == "Springfield Board of Education"
    assert "Education" not in actors and "Springfield Board" not in actors
    actors = _actors("Schools\n\nThe Dallas Board of Trustees' president said two schools would close.\n")
    assert "Dallas Board of Trustees" in actors and "Dallas Board" not in actors
    actors = _actors("Probe\n\nThe Federal Bureau of Investigation's director said the inquiry was open.\n")
    assert "Federal Bureau of Investigation" in actors and "Federal Bureau" not in actors


def test_near_misses_of_a_possessive_after_a_bodys_name() -> None:
    """A name without its possessive keeps its tail as before; a plain possessive adds no "of" tail."""
    actors = _actors("Vote\n\nAna Ruiz, president of the Springfield Board of Education, said the vote would stand.\n")
    assert actors["Ana Ruiz"].affiliation == "Springfield Board of Education"
    actors = _actors("Rates\n\nThe Bank of England's governor said rates would hold. The Springfield Board's chair agreed.\n")
    assert "Bank of England" in actors and "England" not in [a.name for a in actors.values() if a.kind == "organization"]


def test_a_post_at_a_bodys_unit_names_the_body_not_its_possessive() -> None:
    """'a researcher at Google's AI ethics unit' left an organisation "Google's AI": a post at a unit that follows a
    possessive names the possessor."""
    actors = _actors("Model\n\nMargaret Mitchell, a researcher at Google's AI ethics unit, said the model was biased.\n")
    assert actors["Margaret Mitchell"].affiliation == "Google" and "Google's AI" not in actors
    actors = _actors("Cloud\n\nLi Wei, an engineer at Microsoft's Azure cloud division, said demand had doubled.\n")
    assert actors["Li Wei"].affiliation == "Microsoft" and "Microsoft's Azure" not in actors
    actors = _actors("Chips\n\nRaj Patel, a scientist with Intel's Oregon research lab, said the design was new.\n")
    assert actors["Raj Patel"].affiliation == "Intel" and not any("Oregon" in name for name in actors)


def test_near_misses_of_a_post_at_a_bodys_unit() -> None:
    """A name that holds a possessive of its own, with no unit after it, stays whole."""
    actors = _actors("Rating\n\nTom Reed, an analyst at Moody's Investors Service, said the rating would hold.\n")
    assert actors["Tom Reed"].affiliation == "Moody's Investors Service"


def test_a_body_made_late_from_a_persons_affiliation_gets_its_country() -> None:
    """'a spokeswoman for the FDA' made the FDA an organisation only after the bodies' countries were given: none."""
    actors = _actors("Fine\n\nPfizer said on Monday it would ship the drug. Jane Roe, a spokeswoman for the FDA, declined to "
                     "comment.\n")
    assert actors["Jane Roe"].affiliation == "FDA" and actors["FDA"].affiliation == "United States"
    actors = _actors("Rules\n\nWestpac said on Monday it would comply. Ann Bell, a spokeswoman for ASIC, said the regulator "
                     "would review it.\n")
    assert actors["ASIC"].affiliation == "Australia"
    actors = _actors("Probe\n\nBoeing said on Monday it would cooperate. Ann Bell, a spokeswoman for the NTSB, said the "
                     "inquiry would take a year.\n")
    assert actors["NTSB"].affiliation == "United States"


def test_near_misses_of_a_body_made_late() -> None:
    """A name many countries give a body keeps no country in another country's text; a company none."""
    actors = _actors("Ruling\n\nLONDON — Tesco said on Monday it would appeal. Ann Bell, a spokeswoman for the Supreme "
                     "Court, declined to comment.\n")
    assert actors["Supreme Court"].affiliation is None
    actors = _actors("Deal\n\nThe bank said on Monday it would merge. Ann Bell, a spokeswoman for Lazard, declined to "
                     "comment.\n")
    assert all(a.affiliation is None for a in actors.values() if a.kind == "organization")
