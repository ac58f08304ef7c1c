"""English actor rules of the eleventh session, one test each: the well-known groups a speed change had
dropped (al-Qaeda, the UAW, UNICEF, UNHCR, UNESCO), affiliations as the text gives them."""
from __future__ import annotations

from briefing_app.analysis.known_bodies import BODY_RE, QAEDA_RE, U_GROUPS_RE
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_rare_well_known_groups_are_actors_with_their_parent() -> None:
    actors = _actors("Red Sea\n\nUNHCR said arrivals had doubled. UNICEF warned that schools were shut, and UNESCO "
                     "said two sites were damaged. Al-Qaeda claimed the attack on Sunday. The UAW, which represents the "
                     "drivers, objected.\n")
    for name in ("UNHCR", "UNICEF", "UNESCO"):
        assert actors[name].affiliation == "United Nations"
    assert "al-Qaeda" in actors
    assert "UAW" in actors["United Auto Workers"].aliases


def test_rare_groups_have_their_own_scan_and_need_whole_words() -> None:
    assert BODY_RE.search("UNHCR said") is None  # (the main scan holds no name opening with "U" or in lower case)
    assert U_GROUPS_RE.search("the UNHCRx office") is None and U_GROUPS_RE.search("the UNHCR office")
    assert QAEDA_RE.search("pro-al-Qaeda") is None and QAEDA_RE.search("said al Qaeda")
    assert _actors("The UNICEFA fund and the pro-al-Qaedaist blog said nothing.\n").keys().isdisjoint({"UNICEF", "al-Qaeda"})


def test_a_role_a_later_sentence_gives_with_is() -> None:
    actors = _actors("Steel\n\nAnalysts were split. \"It bought time,\" said Philip Gibbs. Gibbs is a metals analyst at KeyBanc "
                     "Capital Markets. Maya MacGuineas said the bill did nothing. MacGuineas is president of the Committee "
                     "for a Responsible Federal Budget, a fiscal watchdog. Ann Berg spoke too; Berg is also chief economist "
                     "at Nomura. John Smith said it was bad. Smith is a threat to everyone.\n")
    assert (actors["Philip Gibbs"].title, actors["Philip Gibbs"].affiliation) == ("metals analyst", "KeyBanc Capital Markets")
    assert (actors["Maya MacGuineas"].title, actors["Maya MacGuineas"].affiliation) == \
        ("president", "Committee for a Responsible Federal Budget")
    assert actors["Ann Berg"].affiliation == "Nomura"
    assert actors["John Smith"].title is None  # (no role word heads "a threat to everyone")


def test_a_spokesman_for_a_capitalised_name_after_the_is_the_bodys() -> None:
    actors = _actors("Border\n\nColonel Zipporah Kioko, a spokeswoman for the Kenya Defence Forces, said troops would stay. "
                     "Tom Hale, a spokesman for the Royal Navy, said the ship had left. Ann Moss, a spokeswoman for the "
                     "Defense Secretary, declined to comment.\n")
    assert actors["Zipporah Kioko"].affiliation == "Kenya Defence Forces"
    assert actors["Tom Hale"].affiliation == "Royal Navy"
    assert actors["Ann Moss"].affiliation != "Defense Secretary"


def test_its_officer_after_a_possessed_body_is_the_bodys() -> None:
    actors = _actors("Border\n\nSomalia's foreign ministry welcomed the decision. Its spokesman, Abdirahman Ahmed, said police "
                     "would deploy.\n\nLundbeck's shares rose 9% in Copenhagen. Its chief executive, Charl van Zyl, said "
                     "the company would launch the drug.\n")
    assert actors["Abdirahman Ahmed"].affiliation.lower() == "foreign ministry"
    assert actors["Charl van Zyl"].affiliation == "Lundbeck"  # (not Copenhagen's Denmark: the shares are no body)


def test_a_place_the_gazetteer_does_not_know_before_a_governor_or_mayor() -> None:
    actors = _actors("Border\n\nMandera Governor Mohamed Adan Khalif said traders had lost money. Steelton Mayor Ciera Dent "
                     "agreed. Lagos State Governor Babajide Sanwo-Olu spoke. Deputy Governor Ann Lee and Democratic "
                     "Governor Tim Walz did not.\n")
    assert (actors["Mohamed Adan Khalif"].title, actors["Mohamed Adan Khalif"].affiliation) == ("Governor", "Mandera")
    assert actors["Ciera Dent"].affiliation == "Steelton"
    assert actors["Babajide Sanwo-Olu"].affiliation == "Lagos State"
    assert actors["Ann Lee"].affiliation is None and actors["Tim Walz"].affiliation is None
    assert not {"Mandera", "Steelton"} & set(actors)  # (a place's head names no employer)


def test_a_name_in_apposition_to_a_compound_maker_or_a_two_word_possessor_is_a_company() -> None:
    actors = _actors("Steel\n\nAnalysts were split.\n\nNucor, the largest U.S. steelmaker, said it was running its mills at "
                     "78% of capacity. Its chief executive, Leon Topalian, said imports were the problem. Posco, South "
                     "Korea's largest steelmaker, cut output. Novo, Denmark's biggest drugmaker, agreed.\n")
    assert {"Nucor", "Posco", "Novo"} <= {n for n, a in actors.items() if a.kind == "organization"}
    assert actors["Leon Topalian"].affiliation == "Nucor"


def test_a_parent_named_in_apposition_owns_the_company() -> None:
    actors = _actors("Water\n\nThames Water said it would appeal. Shares in Thames Water's parent, Kemble Water Holdings, are "
                     "not listed.\n\nSpirit Airlines cut flights. Spirit Airlines' former parent company, Indigo Partners, "
                     "said nothing.\n")
    assert actors["Thames Water"].affiliation == "Kemble Water Holdings"
    assert "Thames Water's parent" in actors["Kemble Water Holdings"].aliases
    assert actors["Spirit Airlines"].affiliation == "Indigo Partners"


def test_a_body_named_after_a_plural_possessive_belongs_to_its_owner() -> None:
    actors = _actors("Food\n\nThe United Nations' Food and Agriculture Organization said global food prices rose. The World "
                     "Bank agreed.\n")
    assert actors["Food and Agriculture Organization"].affiliation == "United Nations"


def test_a_british_councillor_written_cllr() -> None:
    actors = _actors("Sewage\n\nKingston Council met on Monday. Cllr Tom Price (Lab, Norbiton) said the council had failed. "
                     "Cllr Ann Moss (LD, Surbiton Hill) agreed.\n")
    assert (actors["Tom Price"].title, actors["Tom Price"].affiliation) == ("Councillor", "Kingston Council")
    assert actors["Ann Moss"].title == "Councillor"


def test_a_spokeswoman_for_the_city_is_the_citys() -> None:
    actors = _actors("Fares\n\nDENVER — Denver Mayor Mike Johnston said the rise was bad. Jordan Fuja, a spokeswoman for the "
                     "city, said officials were studying a subsidy. The city's budget director, Ann Lee, agreed.\n")
    assert actors["Jordan Fuja"].affiliation == "Denver"


def test_armed_forces_named_by_a_country_are_its() -> None:
    actors = _actors("Border\n\nThe Kenya Defence Forces said troops would stay. The Sudan Armed Forces denied it.\n")
    assert actors["Kenya Defence Forces"].affiliation == "Kenya"
    assert actors["Sudan Armed Forces"].affiliation == "Sudan"


def test_the_speaker_of_an_american_text_is_the_houses() -> None:
    actors = _actors("Bill\n\nWASHINGTON — The House passed the bill. Speaker Mike Johnson (R-La.) called it clean. House "
                     "Speaker Nancy Pelosi once agreed. Texas House Speaker Dustin Burrows did not.\n")
    assert actors["Mike Johnson"].affiliation == "House of Representatives"
    assert actors["Nancy Pelosi"].affiliation == "House of Representatives"
    assert actors["Dustin Burrows"].affiliation == "Texas"


def test_a_name_running_on_after_for_a() -> None:
    actors = _actors("Budget\n\nThe Committee for a Responsible Federal Budget, a fiscal watchdog, disagreed. The Coalition for a "
                     "Prosperous America backed it. The Committee for Economic Development did not.\n")
    orgs = {n for n, a in actors.items() if a.kind == "organization"}
    assert {"Committee for a Responsible Federal Budget", "Coalition for a Prosperous America",
            "Committee for Economic Development"} <= orgs
    assert "Responsible Federal Budget" not in orgs


def test_who_heads_a_body_as_its_officer() -> None:
    actors = _actors("Fares\n\nDebra Johnson, who heads RTD as its general manager, said the agency faced a gap. Tom Hale, who "
                     "runs the Acme Group as its chief executive, agreed.\n")
    assert (actors["Debra Johnson"].title, actors["Debra Johnson"].affiliation) == ("general manager", "RTD")
    assert (actors["Tom Hale"].title, actors["Tom Hale"].affiliation) == ("chief executive", "Acme Group")


def test_a_firm_named_with_an_initial_or_a_firm_word_is_no_person() -> None:
    actors = _actors("Steel\n\nLucas Pipes of B. Riley Securities said the company was right. Ann Berg of Carlyle Capital "
                     "agreed. The Securities and Exchange Commission declined to comment.\n")
    assert actors["Lucas Pipes"].affiliation == "B. Riley Securities"
    assert actors["B. Riley Securities"].kind == "organization" and actors["Carlyle Capital"].kind == "organization"
    assert "Securities and Exchange Commission" in actors and "B" not in actors


def test_lib_dem_is_the_liberal_democrats() -> None:
    actors = _actors("Water\n\nLONDON — Ofwat fined the company. Lib Dem MP Tim Farron, his party's environment spokesman, said "
                     "Ofwat should be abolished. The Lib Dem leader, Ed Davey, agreed.\n")
    assert actors["Tim Farron"].affiliation == "Liberal Democrats" and actors["Ed Davey"].affiliation == "Liberal Democrats"
    assert "Lib Dem" in actors["Liberal Democrats"].aliases and "Lib Dem" not in actors
