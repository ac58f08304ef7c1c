"""English affiliations given by back-reference, one rule each: a fronted owner's title goes before
an appositive or relative clause; "a spokeswoman for <a body>" before or after the name; "Its
<title>" of the body or country that opens the sentence before (a new body if it is no actor yet);
"the watchdog's/division's/system's <title>"; the country of a national body never written beside
it; a US state's possessive before a body."""
from __future__ import annotations

from briefing_app.analysis.national_bodies import country_of
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_fronted_owner_goes_before_a_relative_clause_and_a_former_post() -> None:
    text = ("Deal\n\nHarbor Freightlines said it would buy its rival Coastal Carriers. The deal values Coastal at $41 a share. "
            "Its chairman, Robert Feld, who founded Coastal in 1994 and owns a fifth of its shares, backs it.\n\n"
            "The European Union's foreign policy chief, Kaja Kallas, a former Estonian prime minister, said the bloc "
            "would act.\n")
    actors = _actors(text)
    assert (actors["Robert Feld"].title, actors["Robert Feld"].affiliation) == ("chairman", "Coastal Carriers")
    assert (actors["Kaja Kallas"].title, actors["Kaja Kallas"].affiliation) == ("foreign policy chief", "European Union")


def test_a_spokeswoman_for_a_named_company_or_a_described_body() -> None:
    text = ("Fees\n\nThe Office of Rail and Road fined the operator. A spokeswoman for Basketly, Dana Whitfield, said "
            "the company would fight. The fine is small, a spokeswoman for the regulator, Claire Moss, said.\n")
    actors = _actors(text)
    assert (actors["Dana Whitfield"].title, actors["Dana Whitfield"].affiliation) == ("spokeswoman", "Basketly")
    assert (actors["Claire Moss"].title, actors["Claire Moss"].affiliation) == ("spokeswoman", "Office of Rail and Road")


def test_a_spokeswoman_for_a_person_has_no_affiliation_of_that_name() -> None:
    text = ("Race\n\nAbigail Spanberger debated on Thursday. A spokeswoman for Spanberger, Grace Kearney, said she "
            "had a record of working across the aisle.\n")
    assert _actors(text)["Grace Kearney"].affiliation != "Spanberger"


def test_its_officer_belongs_to_the_body_or_country_that_opens_the_sentence_before() -> None:
    text = ("Fine\n\nThe Office of Rail and Road fined Network Rail on Tuesday.\n\n"
            "Network Rail accepted the penalty. Its chief executive, Andrew Haines, said it would hire engineers.\n\n"
            "The Kremlin denied involvement. Its spokesman, Dmitry Peskov, said Russian forces did not fly there.\n")
    actors = _actors(text)
    assert actors["Andrew Haines"].affiliation == "Network Rail"
    assert actors["Network Rail"].kind == "organization" and len(actors["Network Rail"].mentions) == 2
    assert actors["Dmitry Peskov"].affiliation == "Russia"


def test_no_new_body_from_a_common_opening_word() -> None:
    text = ("Shares\n\nThe Federal Trade Commission sued on Thursday. Shares fell 6% in late trading. Its chairman, "
            "Andrew Ferguson, said the case was strong.\n")
    actors = _actors(text)
    assert "Shares" not in actors
    assert actors["Andrew Ferguson"].affiliation == "Federal Trade Commission"


def test_the_watchdogs_the_divisions_and_the_systems_officers() -> None:
    text = ("Rail\n\nThe Office of Rail and Road said targets were missed. The watchdog's chief executive, John "
            "Larkinson, said passengers were let down.\n\nThe Milwaukee County Transit System said 48 buses were "
            "damaged. The system's managing director, Denise Wash, said waits would be long.\n")
    actors = _actors(text)
    assert (actors["John Larkinson"].title, actors["John Larkinson"].affiliation) == \
        ("chief executive", "Office of Rail and Road")
    assert actors["Denise Wash"].affiliation == "Milwaukee County Transit System"
    assert actors["Milwaukee County Transit System"].kind == "organization"


def test_national_bodies_take_their_country() -> None:
    assert country_of("National Weather Service") == "United States"
    assert country_of("Federal Trade Commission") == "United States"
    assert country_of("Federal Cartel Office") == "Germany"
    assert country_of("Office of Rail and Road") == "United Kingdom"
    assert country_of("Department for Transport") == "United Kingdom"
    assert country_of("European Medicines Agency") == "European Union"
    assert country_of("International Energy Agency") is None
    assert country_of("Refugee Council") is None
    text = ("Storm\n\nThe National Weather Service said more rain was likely. The Surface Transportation Board will "
            "review the deal. Colorado's House of Representatives voted 41-22.\n")
    actors = _actors(text)
    assert actors["National Weather Service"].affiliation == "United States"
    assert actors["Surface Transportation Board"].affiliation == "United States"
    assert actors["House of Representatives"].affiliation == "Colorado"


def test_lower_case_bodies_belong_to_their_owner_and_take_its_officers() -> None:
    text = ("Storm\n\nMILWAUKEE — Buses were out of service after storms, officials said.\n\n"
            "Mayor Cavalier Johnson said the city's public works department had pumped the yard dry. The department's "
            "commissioner, Jerrel Kruschke, said crews were out.\n\n"
            "The purchase needs approval from the Justice Department's antitrust division. A spokesman for the division, "
            "Mark Delaney, declined to comment. Estonia's defence ministry said drones flew in. The ministry's "
            "spokeswoman, Kadri Aas, said jets tracked them.\n")
    actors = _actors(text)
    assert actors["public works department"].affiliation == "Milwaukee"
    assert actors["Jerrel Kruschke"].affiliation == "public works department"
    assert actors["Cavalier Johnson"].affiliation == "Milwaukee" and "the city" in actors["Milwaukee"].aliases
    # (a generic sub-unit of a body is part of the body: the coordinator's convention of the twenty-seventh session)
    assert "antitrust division" not in actors
    assert actors["Mark Delaney"].affiliation == "Justice Department"
    assert actors["defence ministry"].affiliation == "Estonia"
    assert actors["Kadri Aas"].affiliation == "defence ministry"


def test_no_lower_case_body_in_a_title_or_of_a_city_the_text_does_not_hold() -> None:
    text = ("Talks\n\nChina's foreign ministry spokesman Lin Jian said talks went well.\n\n"
            "Consider Austin. After the city council cut lot sizes, permits doubled.\n")
    actors = _actors(text)
    assert "foreign ministry" not in actors and "city council" not in actors


def test_a_name_then_its_kind_and_a_company_that_speaks_of_itself_as_it() -> None:
    text = ("Deal\n\nHarbor Freightlines said on Monday it would buy a rival. Harbor's chief executive, Nina "
            "Castellanos, said it was about scale.\n\nThe Teamsters union backed the suit. The union's president, "
            "Sean O'Brien, said drivers saw none of the money.\n")
    actors = _actors(text)
    assert actors["Harbor Freightlines"].kind == "organization" and "Harbor" in actors["Harbor Freightlines"].aliases
    assert "Harbor" not in actors
    assert actors["Nina Castellanos"].affiliation == "Harbor Freightlines"
    assert actors["Teamsters"].kind == "organization" and actors["Sean O'Brien"].affiliation == "Teamsters"


def test_a_person_named_once_in_full_without_a_title_is_kept_and_an_alderman_has_his_title() -> None:
    text = ("Deal\n\nActivist investor Carl Icahn holds a stake in the company. Bill Ackman also holds shares.\n\n"
            "Ald. JoCasta Zamarripa, whose district includes the yard, said residents had complained.\n")
    actors = _actors(text)
    assert "Bill Ackman" in actors and actors["Bill Ackman"].title is None
    assert actors["Carl Icahn"].title == "Activist investor"
    assert actors["JoCasta Zamarripa"].title == "Alderman"  # ("Ald." spelled out as "Sen." is, session 28)
