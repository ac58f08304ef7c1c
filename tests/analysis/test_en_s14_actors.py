"""English actor rules of the fourteenth session, one test each: local government and the forms the s14 batch gave
(the council-member convention was settled again in the fifteenth session: its tests are in test_en_s15_actors.py)."""
from __future__ import annotations

from briefing_app.analysis.role_phrase import describe
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_british_councillors_and_council_posts_keep_their_body() -> None:
    actors = _actors("Vote\n\nBIRMINGHAM — The leader of Birmingham City Council survived a vote on Tuesday. Cllr Robert "
                     "Alden (Con, Erdington) tabled the motion. The city's bins were not collected. Council leader Rachel "
                     "Finch said she was disappointed.\n")
    assert actors["Robert Alden"].affiliation != "Birmingham"  # a Cllr's party is party_members' to read
    assert actors["Rachel Finch"].affiliation != "Birmingham"


def test_a_police_chief_or_superintendent_heads_the_one_department_of_that_kind_the_text_names() -> None:
    actors = _actors("Chief\n\nTULSA, Okla. — Police Chief Raymond Ashby will retire, the city said on Friday, after an audit "
                     "of the Tulsa Police Department. Mayor Gloria Tanaka named Deputy Chief Eric Dalton interim chief. The "
                     "city will search for a replacement.\n")
    assert actors["Raymond Ashby"].affiliation == "Tulsa Police Department"
    assert actors["Eric Dalton"].affiliation == "Tulsa Police Department"
    assert "Police" not in actors  # ("Police Chief X": no body called "Police")
    assert actors["Gloria Tanaka"].affiliation == "Tulsa"
    actors = _actors("Schools\n\nSACRAMENTO, Calif. — Superintendent Renata Okoye proposed 300 layoffs on Thursday. The "
                     "Sacramento City Unified School District has spent its reserves. Mayor Kevin Shaw said the city had "
                     "no money to give.\n")
    assert actors["Renata Okoye"].affiliation == "Sacramento City Unified School District"
    actors = _actors("Schools\n\nFAIRFAX, Va. — Superintendent Michelle Reid said enrollment had fallen. Fairfax County "
                     "Public Schools, the state's largest school system, said it would add bus routes. The county will "
                     "pay for them.\n")
    assert actors["Fairfax County Public Schools"].kind == "organization"
    assert actors["Michelle Reid"].affiliation == "Fairfax County Public Schools"


def test_no_department_head_when_two_departments_of_the_kind_or_a_staff_union() -> None:
    actors = _actors("Chiefs\n\nPolice Chief Ann Lee of the Dayton Police Department and Chief Tom Ruiz of the Kettering "
                     "Police Department met on Monday. Police Chief Sam Ford said nothing.\n")
    assert actors["Sam Ford"].affiliation not in ("Dayton Police Department", "Kettering Police Department")
    actors = _actors("Chief\n\nSPRINGFIELD, Ill. — Police Chief Raymond Ortiz defended his officers. The Fraternal Order of "
                     "Police, which represents 300 officers, backed him. Mayor Dana Whitfield said the city trusted him.\n")
    assert actors["Raymond Ortiz"].affiliation == "Springfield"  # (a union of the police is no police department)


def test_a_unions_local_or_lodge_is_its_own_body_and_the_union_named_elsewhere_is_its_parent() -> None:
    actors = _actors("Plant\n\nThe United Food and Commercial Workers International Union (UFCW) said it would fight the "
                     "closure. \"These are the workers,\" said Karen Voss, president of UFCW Local 1059.\n")
    assert actors["UFCW Local 1059"].affiliation == "United Food and Commercial Workers International Union"
    assert actors["Karen Voss"].affiliation == "UFCW Local 1059"
    actors = _actors("Audit\n\nThe Fraternal Order of Police Lodge 93, which represents about 800 officers, said officers "
                     "had worked the hours. Its president, Sgt. Dwayne Pruitt, blamed the payroll system.\n")
    assert actors["Dwayne Pruitt"].affiliation == "Fraternal Order of Police Lodge 93"
    actors = _actors("Strike\n\nAngela Ruiz, president of Teamsters Local 727, said talks had failed on Monday.\n")
    assert actors["Teamsters Local 727"].affiliation is None  # (no union named apart from its local)


def test_the_states_body_in_a_text_of_several_states_is_the_state_named_just_before() -> None:
    actors = _actors("Measles\n\nTexas Department of State Health Services spokeswoman Lara Anton said Texas would send "
                     "nurses.\n\nNew Mexico Governor Michelle Lujan Grisham declared an emergency on Thursday. The state's "
                     "Department of Health will open free clinics, her office said.\n")
    assert actors["Department of Health"].affiliation == "New Mexico"
    actors = _actors("Steel\n\nThe cuts also hit mills in Ohio and Michigan.\n\nPennsylvania Governor Josh Shapiro said his "
                     "administration would offer grants through the state's Department of Community and Economic "
                     "Development. Rick Siger, the department's secretary, said officials would meet managers.\n")
    assert actors["Department of Community and Economic Development"].affiliation == "Pennsylvania"
    actors = _actors("Clinics\n\nOhio and Michigan officials met on Monday.\n\nThe state's Department of Health will open "
                     "free clinics, a spokesman said.\n")
    assert actors["Department of Health"].affiliation is None  # (no state named before it in its paragraph)


def test_the_citys_body_and_a_body_described_as_the_states() -> None:
    actors = _actors("Audit\n\nTULSA, Okla. — Mayor Gloria Tanaka named an interim chief. The city's Office of the "
                     "Independent Monitor, created in 2023, said it would publish a review. The city will pay for it.\n")
    assert actors["Office of the Independent Monitor"].affiliation == "Tulsa"
    actors = _actors("Schools\n\nSACRAMENTO, Calif. — The Fiscal Crisis and Management Assistance Team (FCMAT), a state "
                     "agency that advises struggling districts, said the district could run out of cash. Its chief "
                     "executive officer, Gerald Yoon, said the plan was a first step.\n")
    assert actors["Fiscal Crisis and Management Assistance Team"].affiliation == "California"
    actors = _actors("Power\n\nSACRAMENTO, Calif. — Sierra Power Co., a state-regulated utility, said rates would "
                     "rise. Its chief executive, Patti Poppe, said costs had grown.\n")
    assert actors["Sierra Power Co"].affiliation is None  # ("state-regulated" is no state body)
    actors = _actors("Power\n\nSACRAMENTO, Calif. — The Sacramento Municipal Utility District, a city-owned utility, "
                     "said rates would rise. Its chief executive, Paul Lau, said costs had grown.\n")
    assert actors["Sacramento Municipal Utility District"].affiliation is None


def test_the_office_of_a_sheriff_mayor_or_governor_is_the_county_city_or_state() -> None:
    assert describe("a spokeswoman for the sheriff's office") == describe("a spokeswoman for the county")
    assert (describe("an aide in the governor's office").title, describe("an aide in the governor's office").affiliation) \
        == ("aide", "state")
    assert describe("a spokesman for the mayor's office").affiliation == "city"
    assert (describe("the sheriff's chief deputy").title, describe("the sheriff's chief deputy").affiliation) \
        == ("chief deputy", "county")
    assert describe("a spokesman for the mayor").affiliation == "the mayor"  # the person, resolved later
    assert describe("the sheriff's car").title is None
    actors = _actors("Budget\n\nPHOENIX — The Maricopa County Board of Supervisors approved a budget on Wednesday. Sheriff "
                     "Jerry Sheridan said his office had lost officers. The sheriff's chief deputy, Russ Skinner, told the "
                     "board that officers worked overtime. A spokeswoman for the sheriff's office, Andrea Lusk, said 412 "
                     "inmates had asked for treatment. The county will pay.\n")
    assert actors["Russ Skinner"].affiliation == "Maricopa County" and actors["Russ Skinner"].title == "chief deputy"
    assert actors["Andrea Lusk"].affiliation == "Maricopa County" and actors["Andrea Lusk"].title == "spokeswoman"


def test_a_title_of_a_topic_before_the_name_is_no_part_of_the_name() -> None:
    actors = _actors("Schools\n\nSacramento County Superintendent of Schools Dana Reyes said she would appoint an adviser. "
                     "State Superintendent of Public Instruction Tony Thurmond said the state would help. Director of "
                     "Public Health Katherine Wells said clinics were open.\n")
    assert "Schools Dana Reyes" not in actors and "Public Instruction Tony Thurmond" not in actors
    assert actors["Dana Reyes"].title == "Superintendent of Schools"
    assert actors["Dana Reyes"].affiliation == "Sacramento County"
    assert "Sacramento County" not in actors  # (a place named once, no employer)
    assert actors["Tony Thurmond"].title == "Superintendent of Public Instruction"
    assert actors["Katherine Wells"].title == "Director of Public Health"
    actors = _actors("Talks\n\nSecretary of State Marco Rubio said talks would resume. Bank of America chief executive "
                     "Brian Moynihan said markets were calm.\n")
    assert actors["Marco Rubio"].title == "Secretary of State"
    assert "Brian Moynihan" in actors  # (no title before "of": the run is left as it was)


def test_a_minister_named_with_the_ministry_is_the_countrys() -> None:
    actors = _actors("Shoal\n\nMANILA — The Department of Foreign Affairs said it had lodged a protest. Foreign Affairs "
                     "Secretary Theresa Lazaro said Manila would not be intimidated. The Philippines will file a note.\n")
    assert actors["Theresa Lazaro"].affiliation == "Philippines"
    assert actors["Theresa Lazaro"].title == "Foreign Affairs Secretary"
    actors = _actors("Border\n\nWASHINGTON — The Department of Homeland Security said arrests fell. Assistant Secretary "
                     "Tricia McLaughlin said the numbers were final. The United States will publish them.\n")
    assert actors["Tricia McLaughlin"].affiliation != "United States"  # (a department's staff keep the department)
    actors = _actors("Steel\n\nPennsylvania Governor Josh Shapiro offered grants through the state's Department of "
                     "Community and Economic Development. Rick Siger, the department's secretary, said officials would "
                     "meet managers.\n")
    assert actors["Rick Siger"].affiliation == "Department of Community and Economic Development"  # (a state's)


def test_a_family_name_a_company_opens_with_is_the_company_before_the_person_is_named() -> None:
    actors = _actors("Deal\n\nCHICAGO (Reuters) - Pinecrest Foods Inc said it would buy Marlow Dairy Co for $1.2 billion. "
                     "Marlow, based in Green Bay, is controlled by the founding family. Its chairman, Peter Marlow, said the "
                     "family had found a buyer. Marlow's chief executive, Denise Achebe, will join the board.\n")
    assert "Marlow" in actors["Marlow Dairy Co"].aliases and "Marlow" not in actors["Peter Marlow"].aliases
    assert actors["Peter Marlow"].affiliation == "Marlow Dairy Co"
    assert actors["Denise Achebe"].affiliation == "Marlow Dairy Co"
    actors = _actors("Founder\n\nPeter Marlow founded Marlow Dairy Co in 1961. Marlow said on Monday that he would retire. "
                     "The company will name a successor.\n")
    assert "Marlow" in actors["Peter Marlow"].aliases  # (named in full first: the lone name is his)


def test_the_chair_of_the_members_is_the_body_they_sit_on() -> None:
    actors = _actors("Schools\n\nFAIRFAX, Va. — County Executive Bryan Hill said the Board of Supervisors would consider the "
                     "savings. Jeff McKay, the chairman of the supervisors, said the board respected the decision. The "
                     "county will vote in May.\n")
    assert actors["Jeff McKay"].affiliation == "Board of Supervisors" and actors["Jeff McKay"].title == "chairman"
    actors = _actors("Budget\n\nPHOENIX — Maricopa County approved its budget. Tom Galvin, the chairman of the county "
                     "supervisors, said the county had no choice. The county will borrow.\n")
    assert actors["Tom Galvin"].affiliation == "Maricopa County"  # (no board named: the county)
    assert describe("the chair of the Board of Governors").affiliation == "Board of Governors"  # (a name, as before)
    assert describe("a member of the board of trustees").affiliation is None


def test_a_post_its_fronted_owner_names_beats_the_place_before_the_name() -> None:
    actors = _actors("Race\n\nThe Democratic Governors Association said it had spent $10 million on ads. Its chair, Kentucky "
                     "Gov. Andy Beshear, said the race was a test. The association will spend more.\n")
    assert actors["Andy Beshear"].affiliation == "Democratic Governors Association"
    actors = _actors("Race\n\nThe association will spend more. Ohio Gov. Mike DeWine said the race was a test.\n")
    assert actors["Mike DeWine"].affiliation == "Ohio"  # (no fronted post: the place)


def test_for_the_city_in_a_sentence_that_opens_in_a_town_is_that_towns() -> None:
    actors = _actors("Measles\n\nTexas and New Mexico reported cases. In Lubbock, Katherine Wells, director of public health "
                     "for the city, said clinics had given 2,000 doses.\n")
    assert actors["Katherine Wells"].affiliation == "Lubbock"
    actors = _actors("Measles\n\nTexas and New Mexico reported cases. In January, Katherine Wells, director of public "
                     "health for the city, said clinics had given 2,000 doses.\n")
    assert actors["Katherine Wells"].affiliation is None  # (a month is no town)
    actors = _actors("Measles\n\nIn Texas, Katherine Wells, director of public health for the city, said clinics had given "
                     "2,000 doses.\n")
    assert actors["Katherine Wells"].affiliation != "Texas"


def test_its_mayor_after_a_town_named_with_its_state_is_the_towns() -> None:
    actors = _actors("Steel\n\nCleveland-Cliffs will idle two mills. The cuts fall hardest on Steelton, Pennsylvania, where "
                     "the mill is the largest employer. Its mayor, Ciera Dent, said the town had been through this before.\n")
    assert actors["Ciera Dent"].affiliation == "Steelton"
    actors = _actors("Steel\n\nCleveland-Cliffs will idle two mills. The cuts fall hardest on Pennsylvania, where the "
                     "mill is the largest employer. Its mayor, Ciera Dent, said the town had been through this before.\n")
    assert actors["Ciera Dent"].affiliation != "Pennsylvania"  # (a state is no town: no "Town, State" named)


def test_a_member_title_that_names_another_place_takes_no_council_of_the_citys() -> None:
    actors = _actors("Water\n\nPHOENIX — The Phoenix City Council approved the deal. Tempe Councilmember Doreen Garlid said "
                     "her city was left out. Councilwoman Ann O'Brien said Phoenix had done its part. The city will sign on "
                     "Friday.\n")
    assert actors["Doreen Garlid"].affiliation != "Phoenix City Council"  # (Tempe's, not the council of the story)
    assert actors["Ann O'Brien"].affiliation == "Phoenix City Council"  # (the council, fifteenth session)
    actors = _actors("Transit\n\nSEATTLE — The Seattle City Council voted on Monday. Councilmember Sara Nelson said the "
                     "plan was sound. King County Councilmember Girmay Zahilay said the county would help. The city will "
                     "vote again.\n")
    assert actors["Girmay Zahilay"].affiliation not in ("Seattle City Council", "Seattle")
    assert actors["Sara Nelson"].affiliation == "Seattle City Council"
    actors = _actors("Board\n\nThe Lakeview School Board met on Monday with the Harlan County Board of Education. "
                     "Lakeview Trustee Omar Haddad said the two boards would share a bus contract.\n")
    assert actors["Omar Haddad"].affiliation == "Lakeview School Board"  # (the place the title names is in its name)


def test_a_country_owning_another_officials_title_later_in_the_sentence_is_not_the_officials() -> None:
    actors = _actors("Grain\n\nKYIV (Reuters) - Ukraine's agriculture ministry said exports rose. Agriculture Minister "
                     "Vitaliy Koval said Poland's farm minister, Stefan Krajewski, had agreed to talks.\n")
    assert actors["Vitaliy Koval"].affiliation == "Ukraine"
    assert actors["Stefan Krajewski"].affiliation == "Poland"
    actors = _actors("Visit\n\nJapan wants a deal. Prime Minister Shigeru Ishiba met China's premier, Li Qiang, on Tuesday.\n")
    assert actors["Shigeru Ishiba"].affiliation == "Japan"
    actors = _actors("Envoy\n\nCanada is watching. Foreign Minister Melanie Joly told India's high commissioner to leave.\n")
    assert actors["Melanie Joly"].affiliation == "Canada"


def test_a_country_owning_no_title_after_the_official_is_still_theirs() -> None:
    actors = _actors("Rates\n\nTokyo stocks fell. Finance Minister Katsunobu Kato said Japan's exports would recover.\n")
    assert actors["Katsunobu Kato"].affiliation == "Japan"
    actors = _actors("Envoy\n\nCANBERRA - Foreign Minister Penny Wong said Australia's ambassador would return to Beijing.\n")
    assert actors["Penny Wong"].affiliation == "Australia"  # (the text's one country)


def test_a_state_official_named_with_of_and_the_state_in_a_text_of_several_states() -> None:
    actors = _actors("Budget\n\nGov. Gavin Newsom of California signed the budget after talks with Gov. Joe Lombardo of "
                     "Nevada. The state's finance department said revenue rose.\n")
    assert actors["Gavin Newsom"].affiliation == "California"
    assert actors["Joe Lombardo"].affiliation == "Nevada"
    actors = _actors("Water\n\nState Sen. Ana Diaz, of Arizona, met Utah officials on Friday.\n")
    assert actors["Ana Diaz"].affiliation == "Arizona"


def test_a_peers_country_is_not_the_texts_one_country_for_the_official() -> None:
    # (the text names no other country: the fallback to its one country gave the official the peer's)
    for text, name in (("Agriculture Minister Vitaliy Koval said Poland's farm minister, Stefan Krajewski, had agreed.",
                        "Vitaliy Koval"),
                       ("Prime Minister Shigeru Ishiba met China's premier, Li Qiang, in Lima.", "Shigeru Ishiba"),
                       ("Foreign Minister Penny Wong spoke with Indonesia's foreign minister on Monday.", "Penny Wong"),
                       ("Chancellor Olaf Scholz phoned France's president on Monday.", "Olaf Scholz")):
        actors = _actors("Talks\n\n" + text + "\n")
        assert actors[name].affiliation is None, text
    # the official's own envoy: the text's one country is still theirs
    actors = _actors("Envoy\n\nForeign Minister Penny Wong said Australia's ambassador would return.\n")
    assert actors["Penny Wong"].affiliation == "Australia"


def test_a_sentence_that_names_someone_and_their_verb_is_no_title_of_the_name_after_it() -> None:
    # ('Prime Minister Shigeru Ishiba met China's premier, Li Qiang': the whole clause was Li Qiang's title, and the
    # country of its first name his)
    for text, name, title, home in (
            ("Japan's Prime Minister Shigeru Ishiba met China's premier, Li Qiang, in Lima.", "Li Qiang", "premier", "China"),
            ("President Joe Biden called the French president, Emmanuel Macron, on Monday.", "Emmanuel Macron", "president",
             "France"),
            ("Chinese Foreign Minister Wang Yi told India's external affairs minister, S. Jaishankar, that ties would improve.",
             "S. Jaishankar", "external affairs minister", "India"),
            ("Britain's Foreign Secretary David Lammy praised Israel's foreign minister, Gideon Saar, on Monday.",
             "Gideon Saar", "foreign minister", "Israel")):
        actors = _actors("Talks\n\n" + text + "\n")
        assert (actors[name].title, actors[name].affiliation) == (title, home), text
