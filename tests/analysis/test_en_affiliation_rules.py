"""English affiliations the text gives away from the name, one rule each: a county's officials,
"the state's" officials and a state legislature's leaders, an organisation described as the
possessor ("The bank's chief economist"), and "X, whose director, Y"."""
from __future__ import annotations


from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_countys_officials_belong_to_the_one_county_named() -> None:
    text = ("Jail vote\n\nElm County supervisors voted 3-2 on Wednesday to build a jail.\n\n"
            "Board Chairman Rex Hale said the old jail was unsafe. Sheriff Ann Boyd welcomed the vote. "
            "County Administrator Jan Lesher said the money was there. "
            "The county will borrow the money.\n")
    actors = _actors(text)
    assert actors["Rex Hale"].affiliation == "Elm County"
    assert actors["Ann Boyd"].affiliation == "Elm County"
    assert actors["Jan Lesher"].affiliation == "Elm County"
    assert actors["Elm County"].kind == "government" and "the county" in actors["Elm County"].aliases


def test_no_county_for_a_chairman_without_a_county_board_or_with_two_counties() -> None:
    one = _actors("Fair\n\nThe Elm County fair opened. Chairman Rex Hale of the fair board cut the ribbon.\n")
    assert one["Rex Hale"].affiliation != "Elm County"
    two = _actors("Floods\n\nElm County and Oak County closed roads. Sheriff Ann Boyd said crews were out.\n")
    assert two["Ann Boyd"].affiliation is None


def test_the_states_official_and_a_state_legislatures_leader_belong_to_the_state() -> None:
    text = ("Roads\n\nLANSING, Mich. — Michigan lawmakers passed a road plan. The bill passed the state Senate 24-14.\n\n"
            "Senate Minority Leader Dana Whitcomb said it cost too much. The state's transportation director, "
            "Harold Beene, said work would start in April.\n")
    actors = _actors(text)
    assert actors["Dana Whitcomb"].affiliation == "Michigan"
    assert (actors["Harold Beene"].title, actors["Harold Beene"].affiliation) == ("transportation director", "Michigan")
    text = "Recall\n\nOmaha and Kansas plants were shut. Nebraska's agriculture director, Sherry Vinton, agreed.\n"
    assert _actors(text)["Sherry Vinton"].affiliation == "Nebraska"


def test_a_senate_leader_in_a_text_about_congress_is_not_the_states() -> None:
    text = ("Budget\n\nOhio voters and Congress: the U.S. Senate passed the bill. "
            "Senate Minority Leader Dana Whitcomb said it cost too much. The state Senate did not vote.\n")
    assert _actors(text)["Dana Whitcomb"].affiliation != "Ohio"


def test_the_described_bank_after_a_quote_and_whose_director() -> None:
    text = ("Bank\n\nNorthwind Bank named a new chief. Ms. Lee said the bank was \"in good hands.\" "
            "The bank's chief economist, Robin Winkler, said growth would be weak.\n\n"
            "The plan drew support from the Harbor Transportation Association, whose executive director, "
            "Anne Lutz, called it historic.\n")
    actors = _actors(text)
    assert (actors["Robin Winkler"].title, actors["Robin Winkler"].affiliation) == ("chief economist", "Northwind Bank")
    assert (actors["Anne Lutz"].title, actors["Anne Lutz"].affiliation) == \
        ("executive director", "Harbor Transportation Association")


def test_general_motors_is_a_company_not_a_rank() -> None:
    text = ("Layoffs\n\nDETROIT — General Motors will cut 1,300 jobs at its plant in Lordstown, Ohio, the company said. "
            "General Motors spokesman Kevin Doyle said the cuts "
            "start in March. Mary Barra, General Motors' chief executive, said demand was weak.\n")
    actors = _actors(text)
    assert actors["General Motors"].kind == "organization" and "Ohio" not in actors
    assert (actors["Kevin Doyle"].title, actors["Kevin Doyle"].affiliation) == ("spokesman", "General Motors")
    assert (actors["Mary Barra"].title, actors["Mary Barra"].affiliation) == ("chief executive", "General Motors")


def test_a_title_with_of_before_the_name_and_a_foreign_ministrys_spokesman() -> None:
    text = ("Talks\n\nThe United States and China met in Geneva.\n\n"
            "Secretary of State Marco Rubio said the talks went well.\n\n"
            "China's foreign ministry spokesman Lin Jian said the same.\n")
    actors = _actors(text)
    assert (actors["Marco Rubio"].title, actors["Marco Rubio"].affiliation) == ("Secretary of State", "United States")
    assert (actors["Lin Jian"].title, actors["Lin Jian"].affiliation) == ("foreign ministry spokesman", "China")


def test_a_us_official_is_american_when_the_foreign_country_nearby_is_a_goal_or_has_its_own() -> None:
    text = ("Bases\n\nThe United States and the Philippines agreed on bases, as Manila faces pressure from Beijing "
            "in the South China Sea.\n\nDefense Secretary Pete Hegseth, visiting Manila, said the deal sent a message "
            "to China. He met Philippine Defense Secretary Gilberto Teodoro.\n")
    actors = _actors(text)
    assert actors["Pete Hegseth"].affiliation == "United States"
    assert actors["Gilberto Teodoro"].affiliation == "Philippines"


def test_a_president_near_a_foreign_country_of_his_own_stays_unassigned() -> None:
    text = ("Summit\n\nThe United States pressed its case.\n\nIn Beijing, President Xi Jinping said China would not yield.\n")
    assert _actors(text)["Xi Jinping"].affiliation != "United States"


def test_a_title_with_its_field_a_chief_financial_officer_and_a_chamber_of_commerce() -> None:
    text = ("Recall\n\nThomas Gremillion, director of food policy at the Consumer Federation of America, said it was late. "
            "Vernova Energy chief financial officer Ken Parks said orders were strong. "
            "The Ohio Chamber of Commerce backed the bill. Its president, Rich Kowalski, said so.\n")
    actors = _actors(text)
    assert (actors["Thomas Gremillion"].title, actors["Thomas Gremillion"].affiliation) == \
        ("director of food policy", "Consumer Federation of America")
    assert actors["Ken Parks"].title == "chief financial officer"
    assert actors["Rich Kowalski"].affiliation == "Ohio Chamber of Commerce"


def test_an_organisation_described_by_a_countrys_possessive() -> None:
    text = ("Bank\n\nBaFin, Germany's financial regulator, said it had been told. Its president, Mark Branson, "
            "declined to comment.\n")
    actors = _actors(text)
    assert (actors["BaFin"].kind, actors["BaFin"].affiliation) == ("organization", "Germany")
    assert actors["Mark Branson"].affiliation == "BaFin"


def test_a_body_first_named_as_the_departments_belongs_to_the_department() -> None:
    text = ("Recall\n\nWASHINGTON (AP) — The Agriculture Department announced a recall. The beef was shipped to 12 "
            "states, the department's Food Safety and Inspection Service said.\n")
    actors = _actors(text)
    assert actors["Agriculture Department"].affiliation == "United States"
    assert actors["Food Safety and Inspection Service"].affiliation == "Agriculture Department"


def test_officers_appointed_by_the_organisation_that_opens_the_sentence() -> None:
    text = ("Bank\n\nFRANKFURT (Reuters) - Northwind Bank on Thursday named Lena Hoffmann as its next chief executive, "
            "replacing Chief Executive Markus Brandt, who will retire.\n")
    actors = _actors(text)
    assert (actors["Lena Hoffmann"].title, actors["Lena Hoffmann"].affiliation) == ("chief executive", "Northwind Bank")
    assert actors["Markus Brandt"].affiliation == "Northwind Bank"


def test_an_officer_in_a_sentence_opened_by_a_description_gets_no_organisation_from_it() -> None:
    text = ("Plant\n\nThe Harbor Safety Agency said it had acted. The company's deputy chairman, Tom Ruiz, agreed.\n")
    assert _actors(text)["Tom Ruiz"].affiliation != "Harbor Safety Agency"


def test_a_governor_of_the_state_named_only_in_the_dateline() -> None:
    text = ("Budget\n\nSACRAMENTO, Calif. (AP) — Gov. Elena Marsh signed the budget on Friday, ending a long fight.\n")
    assert _actors(text)["Elena Marsh"].affiliation == "California"


def test_a_spokeswoman_for_the_agency_named_before() -> None:
    text = ("Recall\n\nThe Harbor Safety Agency ordered a recall on Friday. Jane Roe, a spokeswoman for the agency, "
            "said inspectors were on site.\n")
    actors = _actors(text)
    assert (actors["Jane Roe"].title, actors["Jane Roe"].affiliation) == ("spokeswoman", "Harbor Safety Agency")
