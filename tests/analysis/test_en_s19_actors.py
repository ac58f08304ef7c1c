"""English actor rules of the nineteenth session, one test each (the conventions are in the actor set's README, the
docstring of tests/data/actors/score.py)."""
from __future__ import annotations

from tests.analysis.actor_helpers import actors_by_name as _actors


def test_the_provinces_or_an_australian_states_official_is_that_ones() -> None:
    for text, name, home, title in (
            ("Audit\n\nTORONTO — Ontario will cap fees. The province's auditor general, Shelley Spence, is due to report "
             "in December.\n", "Shelley Spence", "Ontario", "auditor general"),
            ("Oil\n\nEDMONTON — Alberta fined the company. The province's energy minister, Brian Jean, said the fine was "
             "fair.\n", "Brian Jean", "Alberta", "energy minister"),
            ("Budget\n\nThe province’s finance minister, Adrien Sala, said Manitoba would run a deficit.\n", "Adrien Sala",
             "Manitoba", "finance minister"),
            ("Hospitals\n\nBRISBANE — Queensland will spend $2 billion on hospitals. The state's health minister, Tim "
             "Nicholls, said the money would go to regional areas.\n", "Tim Nicholls", "Queensland", "health minister"),
            ("Rail\n\nPERTH — Western Australia approved the line. The state's transport minister, Rita Saffioti, said work "
             "would start in May.\n", "Rita Saffioti", "Western Australia", "transport minister")):
        person = _actors(text)[name]
        assert (person.affiliation, person.title) == (home, title), text


def test_near_misses_of_the_provinces_official() -> None:
    for text, name, home in (
            # two provinces named: which one is not said
            ("Deal\n\nTORONTO — Ontario and Quebec signed a deal. The province's finance minister, Peter Bethlenfalvy, said "
             "it would save money.\n", "Peter Bethlenfalvy", None),
            ("Deal\n\nSYDNEY — New South Wales and Queensland signed a deal. The state's treasurer, Daniel Mookhey, said it "
             "would save money.\n", "Daniel Mookhey", None),
            # "the state's" in a Canadian story is no province's; a US state's is that state's
            ("Tax\n\nTORONTO — Ontario cut taxes. The state's comptroller, Glenn Hegar, said revenue rose.\n", "Glenn Hegar",
             None),
            ("Tax\n\nAUSTIN — Texas lawmakers met. The state's comptroller, Glenn Hegar, said revenue rose.\n", "Glenn Hegar",
             "Texas")):
        assert _actors(text)[name].affiliation == home, text


def test_a_body_first_named_as_a_parent_with_of_in_its_name_belongs_to_it() -> None:
    for text, name, parent in (
            ("Meat recall\n\nWASHINGTON — The U.S. Department of Agriculture's Food Safety and Inspection Service said in a "
             "notice that the meat was unsafe.\n", "Food Safety and Inspection Service", "U.S. Department of Agriculture"),
            ("Vaccines\n\nATLANTA — The Centers for Disease Control and Prevention's Advisory Committee on Immunization "
             "Practices voted 8-1 to back the shot.\n", "Advisory Committee on Immunization Practices",
             "Centers for Disease Control and Prevention"),
            ("Rates\n\nLONDON — The Bank of England’s Monetary Policy Committee voted to hold rates.\n",
             "Monetary Policy Committee", "Bank of England"),
            ("Drugs\n\nThe Food and Drug Administration's Center for Drug Evaluation and Research said the review would take "
             "a year.\n", "Center for Drug Evaluation and Research", "Food and Drug Administration")):
        assert _actors(text)[name].affiliation == parent, text


def test_near_misses_of_a_parent_named_with_of() -> None:
    actors = _actors("Guns\n\nSmith and Wesson Brands said sales fell. The Board of Trade's data showed exports rose. "
                     "Ford and GM's joint venture said nothing.\n")
    assert not any(a.affiliation == "Board of Trade" for a in actors.values())


def test_a_party_leader_or_critic_titled_with_the_partys_word_or_whose_plural_is_the_partys() -> None:
    for text, name, party in (
            ("Ontario\n\nTORONTO — Liberal Leader Bonnie Crombie said her party backed the cap.\n", "Bonnie Crombie",
             "Liberal Party"),  # (the party her pronoun makes act, by its usual name: party_acts.parties_by_pronoun)
            ("Ontario\n\nTORONTO — NDP Leader Marit Stiles said the cap came late.\n", "Marit Stiles", "New Democratic Party"),
            ("Ontario\n\nNDP health critic Jill Andrew said the agencies should publish what they were paid.\n", "Jill Andrew",
             "New Democratic Party"),
            ("Ontario\n\nOpposition Leader Marit Stiles, whose New Democrats first raised the billing records in March, said "
             "the cap came late.\n", "Marit Stiles", "New Democratic Party"),
            ("UK\n\nLONDON — Labour Leader Keir Starmer said the plan was wrong.\n", "Keir Starmer", "Labour Party"),
            ("UK\n\nLONDON — Green Party Deputy Leader Zack Polanski said the plan was wrong.\n", "Zack Polanski", "Green Party"),
            ("Canada\n\nOTTAWA — Mark Carney, whose Liberals won a fourth term, said the budget would wait.\n", "Mark Carney",
             "Liberals")):
        assert _actors(text)[name].affiliation == party, text


def test_near_misses_of_a_partys_leader() -> None:
    for text, name, body in (
            # a capitalised word that names no party, and a US caucus, stay as they were
            ("Senate\n\nWASHINGTON — Majority Leader John Thune said the Senate would vote on Friday.\n", "John Thune", None),
            ("House\n\nKevin McCarthy, whose House Republicans hold a narrow majority, said the bill would pass.\n",
             "Kevin McCarthy", None),
            ("Ontario\n\nTORONTO — House Leader Steve Clark said the legislature would sit in June.\n", "Steve Clark", None)):
        assert _actors(text)[name].affiliation == body, text


def test_a_council_party_groups_leader_is_the_partys() -> None:
    for text, name, title in (
            ("Budget\n\nLEEDS — Leeds City Council approved the budget. Cllr Alan Lamb (Con, Wetherby), who leads the "
             "Conservative group, said the rise was too high.\n", "Alan Lamb", "leader"),
            ("Budget\n\nLEEDS — Leeds City Council approved the budget. Alan Lamb, leader of the Conservative group, said "
             "the rise was too high.\n", "Alan Lamb", "leader"),
            ("Budget\n\nBIRMINGHAM — Birmingham City Council voted. Cllr Robert Alden (Con, Erdington), leader of the "
             "Conservative group, who tabled the motion, said the council was broke.\n", "Robert Alden", "leader"),
            ("Budget\n\nSHEFFIELD — Sheffield City Council met. Cllr Ann Grey (Lab, Hillsborough), who chairs the Labour "
             "group, said the vote would be close.\n", "Ann Grey", "chair")):
        actors = _actors(text)
        party = "Labour Party" if "Labour" in text else "Conservative Party"
        assert (actors[name].affiliation, actors[name].title) == (party, title), text
        assert not {"Conservative", "Conservative group", "Labour group"} & set(actors), text


def test_a_party_group_named_with_its_council_is_the_partys() -> None:
    # (review of 4aa01ec2) the group is as often named with the council or chamber it sits on
    for text, name, party in (
            ("Tax\n\nBRISTOL — Mark Weston, leader of the Conservative group on Bristol City Council, said bills would "
             "rise.\n", "Mark Weston", "Conservative Party"),
            ("Vote\n\nCARDIFF — Tom Ray, leader of the Labour group in the Senedd, said the vote failed.\n", "Tom Ray",
             "Labour")):
        actors = _actors(text)
        assert actors[name].affiliation == party, text
        assert not any(" group " in n for n in actors), text
    actors = _actors("Lifts\n\nLEEDS — Jane Holt, leader of the Residents group on the estate, said the lifts failed.\n")
    assert "Party" not in (actors["Jane Holt"].affiliation or "")


def test_near_misses_of_a_party_group() -> None:
    actors = _actors("Budget\n\nLEEDS — Leeds City Council approved the budget. Jane Holt, leader of the Residents group, said "
                     "the rise was too high.\n")
    assert actors["Jane Holt"].affiliation == "Residents group"  # (no party: as it was)
    actors = _actors("Deal\n\nTom Hart, head of the Carlyle group's European arm, said the price was high.\n")
    assert not any(a.affiliation and "Party" in a.affiliation for a in actors.values())


def test_a_diplomats_post_before_the_name_is_the_title_and_the_country_before_it_the_affiliation() -> None:
    for text, name, title, home in (
            ("NATO\n\nBRUSSELS — U.S. Ambassador to NATO Matthew Whitaker urged allies to spend more.\n", "Matthew Whitaker",
             "Ambassador to NATO", "United States"),
            ("UN\n\nNEW YORK — U.S. Ambassador to the United Nations Mike Waltz said the vote was a disgrace.\n", "Mike Waltz",
             "Ambassador to the United Nations", "United States"),
            ("Japan\n\nTOKYO — Ambassador to Japan Rahm Emanuel said the alliance was strong.\n", "Rahm Emanuel",
             "Ambassador to Japan", None),
            ("Ukraine\n\nKYIV — Special Envoy to Ukraine Keith Kellogg met officials on Monday.\n", "Keith Kellogg",
             "Special Envoy to Ukraine", None),
            ("UK\n\nLONDON — British Ambassador to the U.S. Peter Mandelson said talks went well.\n", "Peter Mandelson",
             "Ambassador to the U.S.", "United Kingdom"),
            ("UK\n\nLONDON — China's Ambassador to the United Kingdom Zheng Zeguang said the claims were false.\n",
             "Zheng Zeguang", "Ambassador to the United Kingdom", "China")):
        person = _actors(text)[name]
        assert (person.title, person.affiliation) == (title, home), text


def test_near_misses_of_a_diplomats_post() -> None:
    actors = _actors("Talks\n\nWASHINGTON — The letter went to the United Nations. Secretary-General Antonio Guterres said the "
                     "talks would resume. She wrote to Ambassador John Hale on Monday.\n")
    assert "Antonio Guterres" in actors and actors["John Hale"].title == "Ambassador"
    assert not any(a.name.startswith(("United Nations ", "U.S. ")) and a.kind == "organization" for a in actors.values())


def test_an_acronym_with_two_letters_from_a_compound_word_is_the_bodys_alias() -> None:
    for text, name, acronym in (
            ("ASEAN\n\nJAKARTA — The Association of Southeast Asian Nations' secretary-general, Kao Kim Hourn, welcomed the "
             "deal. ASEAN members have been divided.\n", "Association of Southeast Asian Nations", "ASEAN"),
            ("Steel\n\nPITTSBURGH — The United Steelworkers remained opposed. USW International President David McCall said "
             "the deal was bad.\n", "United Steelworkers", "USW"),
            ("Pilots\n\nDALLAS — The Southwest Airlines Pilots Association rejected the offer. SWAPA president Jody Reven "
             "said talks would resume.\n", "Southwest Airlines Pilots Association", "SWAPA")):
        actors = _actors(text)
        assert acronym in actors[name].aliases and acronym not in actors, text


def test_near_misses_of_a_compound_acronym() -> None:
    actors = _actors("Ports\n\nThe Southeast Ports Authority said traffic rose. The NFL said nothing. SPA chief Jan Hale and "
                     "the USA agreed.\n")
    assert "NFL" not in actors.get("Southeast Ports Authority", actors.get("SPA")).aliases  # (not every capital word)
    assert "USA" not in next(a for a in actors.values() if "Ports" in a.name).aliases


def test_a_body_whose_name_holds_a_list_of_fields_is_found_whole() -> None:
    for text, name in (
            ("Tax\n\nBRISTOL — Officers asked the Ministry of Housing, Communities and Local Government for permission to "
             "sell buildings.\n", "Ministry of Housing, Communities and Local Government"),
            ("Farms\n\nLONDON — The Department for Environment, Food and Rural Affairs said the ban would start in May.\n",
             "Department for Environment, Food and Rural Affairs"),
            ("Fish\n\nTOKYO — Japan's Ministry of Agriculture, Forestry and Fisheries said the catch fell.\n",
             "Ministry of Agriculture, Forestry and Fisheries"),
            ("Rail\n\nLONDON — The National Union of Rail, Maritime and Transport Workers called a strike.\n",
             "National Union of Rail, Maritime and Transport Workers"),
            ("Stores\n\nNEW YORK — Carla Dunmore, president of the Retail, Wholesale and Department Store Union, said workers "
             "would strike.\n", "Retail, Wholesale and Department Store Union")):
        actors = _actors(text)
        assert name in actors, text
        assert not {"Ministry of Housing", "Department for Environment", "Ministry of Agriculture", "Retail"} & set(actors), text
    actors = _actors("Stores\n\nNEW YORK — Carla Dunmore, president of the Retail, Wholesale and Department Store Union, said "
                     "workers would strike.\n")
    assert actors["Carla Dunmore"].affiliation == "Retail, Wholesale and Department Store Union"


def test_near_misses_of_a_body_named_with_a_list() -> None:
    actors = _actors("Near\n\nWASHINGTON — The Department of Justice, Google and Apple said nothing. The Ministry of Defense, "
                     "Reuters reported, said nothing.\n")
    assert "Department of Justice" in actors and "Ministry of Defense" in actors
    assert not any("," in name for name in actors)


def test_a_person_whose_given_name_is_a_countrys_is_found() -> None:
    for text, name, country_actor in (
            ("Army\n\nJERUSALEM — Defence Minister Israel Katz told reporters on Monday that the army would stay. Katz said "
             "talks were over.\n", "Israel Katz", False),
            ("Ontario\n\nTORONTO — NDP health critic France Gélinas said the government should publish the figures.\n",
             "France Gélinas", False),
            ("Buffalo\n\nBUFFALO — India Walton, who ran for mayor, said the plan failed. Walton said she would run again.\n",
             "India Walton", False)):
        actors = _actors(text)
        assert name in actors, text
        assert (name.split()[0] in actors) == country_actor, text  # (the given name is no country's mention)


def test_near_misses_of_a_countrys_name_as_a_given_name() -> None:
    actors = _actors("Strike\n\nTEL AVIV — The Israel Defense Forces said the strike hit a depot. Kenya Airways cut flights. "
                     "Israel said it would respond.\n")
    assert "Israel Defense Forces" in actors and "Israel" in actors
    assert not any(a.kind == "person" for a in actors.values())


def test_a_country_after_a_capitalised_stop_word_opens_no_persons_name() -> None:
    # (review of 8f636239) a fronted place, no given name: "In Israel Netanyahu said" made a person "Israel Netanyahu"
    for text in ("War\n\nIn Israel Netanyahu said the war would continue.\n",
                 "Talks\n\nAfter India Modi said talks were over, Pakistan responded.\n"):
        assert not any(name.startswith(("Israel ", "India ")) for name in _actors(text)), text
