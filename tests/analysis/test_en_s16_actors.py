"""English actor rules of the sixteenth session, one test each (the conventions are in the actor set's README, the
docstring of tests/data/actors/score.py)."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.companies import place_named
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_company_named_by_a_country_is_the_company_not_the_country() -> None:
    actors = _actors("Fares\n\nPARIS — Air France said on Monday it would cut 40 flights. Anne Rigail, Air France's chief "
                     "executive, said fuel costs had risen.\n")
    assert actors["Anne Rigail"].affiliation == "Air France"
    assert actors["Air France"].kind == "organization" and actors["Air France"].affiliation is None
    assert "France" not in actors  # (the country is named only inside the airline's name)
    actors = _actors("Jets\n\nMUMBAI — Air India has agreed to buy 30 more jets, the carrier said on Monday. Campbell Wilson, "
                     "Air India's chief executive, said the aircraft would come from 2028.\n")
    assert actors["Campbell Wilson"].affiliation == "Air India"
    assert "the carrier" in actors["Air India"].aliases
    actors = _actors("Profit\n\nChina Mobile reported higher profit on Thursday. Yang Jie, China Mobile's chairman, said 5G "
                     "users grew. China's regulator approved the plan.\n")
    assert actors["Yang Jie"].affiliation == "China Mobile"
    assert "Mobile" not in actors
    actors = _actors("Routes\n\nSean Doyle, British Airways' chief executive, said the airline would add flights. Qatar "
                     "Airways said it would do the same.\n")
    assert actors["Sean Doyle"].affiliation == "British Airways"
    assert actors["British Airways"].affiliation is None  # (a company takes no country)
    assert "United Kingdom" not in actors and "Qatar" not in actors
    actors = _actors("Steel\n\nDavid Burritt, U.S. Steel's chief executive, said the company would invest.\n")
    assert actors["David Burritt"].affiliation == "U.S. Steel"
    assert actors["U.S. Steel"].affiliation is None


def test_near_misses_of_a_company_named_by_a_country() -> None:
    assert place_named("Air India") and place_named("Air New Zealand") and place_named("Japan Airlines")
    assert not place_named("Air Force") and not place_named("India") and not place_named("Bank of Japan")
    assert not place_named("Japan Coast Guard") and not place_named("China Development Bank")
    actors = _actors("Ties\n\nTOKYO — Japan said on Monday it would send its foreign minister to Beijing. Japan's coast guard "
                     "said two ships had entered its waters.\n")
    assert actors["Japan"].kind == "country"
    actors = _actors("Flights\n\nFrance said on Monday it would ban short flights. Air France said it would comply.\n")
    assert actors["France"].kind == "country" and actors["Air France"].kind == "organization"


def test_its_owner_or_parent_in_apposition_is_the_companys_parent() -> None:
    actors = _actors("Jets\n\nMUMBAI — Air India has agreed to buy 30 more jets, the carrier said on Monday, as its owner, "
                     "the Tata Group, pushes ahead with a plan to rebuild the airline.\n")
    assert actors["Air India"].affiliation == "Tata Group"
    actors = _actors("Plants\n\nAcme Foods said on Monday it would close two plants. Its owner, Bellwether Capital, said the "
                     "move would save money.\n")
    assert actors["Acme Foods"].affiliation == "Bellwether Capital"
    actors = _actors("Energy\n\nNorthwind Energy said on Tuesday that its new owner, Brookfield Asset Management, would "
                     "invest $2 billion in the grid.\n")
    assert actors["Northwind Energy"].affiliation == "Brookfield Asset Management"
    assert actors["Brookfield Asset Management"].kind == "organization"
    actors = _actors("Deal\n\nThe order comes weeks after rival Swiftjet, run by Ardent Ventures, announced a deal for 60 "
                     "jets. Swiftjet said it would take the first in 2027.\n")
    assert actors["Swiftjet"].affiliation == "Ardent Ventures"


def test_near_misses_of_its_owner() -> None:
    actors = _actors("Founder\n\nThe Tata Group said on Monday that its owner, Ratan Tata, had died.\n")
    assert actors["Tata Group"].affiliation is None  # (a person who owns it is no parent body)
    actors = _actors("Plants\n\nAcme Foods said on Monday it would close two plants. Bellwether Capital, an investor, said "
                     "its owner, the pension fund, backed the move.\n")
    assert actors["Acme Foods"].affiliation is None


def test_a_us_state_body_named_state_is_the_texts_one_state() -> None:
    actors = _actors("Basins\n\nFRESNO, Calif. — The State Water Resources Control Board could put the basin on probation. A "
                     "spokesman for the state board, Edward Ortiz, said staff would visit.\n")
    assert actors["State Water Resources Control Board"].affiliation == "California"
    assert actors["Edward Ortiz"].affiliation == "State Water Resources Control Board"
    actors = _actors("Books\n\nAUSTIN, Texas — The State Board of Education voted 10-5 on Friday to adopt new textbooks. Its "
                     "chair, Aaron Kinsey, said the vote was overdue.\n")
    assert actors["State Board of Education"].affiliation == "Texas"
    actors = _actors("Land\n\nThe State Lands Commission voted on Tuesday to lease the pier, Oregon officials said.\n")
    assert actors["State Lands Commission"].affiliation == "Oregon"


def test_a_state_department_of_a_field_is_the_states() -> None:
    # review: "State Department of X" was read as the federal State Department (the state-body rule left it out)
    actors = _actors("Cases\n\nALBANY, N.Y. — The State Department of Health said on Monday that cases rose.\n")
    assert actors["State Department of Health"].affiliation == "New York"
    actors = _actors("Bridge\n\nThe State Department of Transportation closed the bridge on Monday, Ohio officials said.\n")
    assert actors["State Department of Transportation"].affiliation == "Ohio"


def test_near_misses_of_a_state_body() -> None:
    actors = _actors("Envoy\n\nThe State Department said on Monday it would send an envoy to Kyiv.\n")
    assert actors["State Department"].affiliation == "United States"
    actors = _actors("Plan\n\nBEIJING — China's State Council approved the plan on Friday, state media said.\n")
    assert actors["State Council"].affiliation == "China"
    actors = _actors("Basins\n\nThe State Water Resources Control Board could put basins in Nevada and California on "
                     "probation, officials said on Tuesday.\n")
    assert actors["State Water Resources Control Board"].affiliation is None  # (two states: none to choose)


def test_national_bodies_wires_name_without_their_country() -> None:
    actors = _actors("Canal\n\nCAIRO — The Suez Canal Authority said traffic fell. Its chairman, Osama Rabie, said the "
                     "authority would extend discounts.\n")
    assert actors["Suez Canal Authority"].affiliation == "Egypt"
    assert actors["Osama Rabie"].affiliation == "Suez Canal Authority"
    actors = _actors("Fine\n\nMUMBAI — The Securities and Exchange Board of India fined two brokers on Monday.\n")
    assert actors["Securities and Exchange Board of India"].affiliation == "India"  # (not the US's "Securities and Exchange")
    actors = _actors("Tax\n\nLONDON — Revenue officials at HMRC said on Friday they would chase unpaid tax. HMRC chief "
                     "executive Jim Harra said the agency had hired 500 staff.\n")
    assert actors["HMRC"].affiliation == "United Kingdom"
    actors = _actors("Routes\n\nOTTAWA — Transport Canada said on Monday it would inspect the jets. Health Canada said "
                     "it would review the vaccine.\n")
    assert actors["Transport Canada"].affiliation == "Canada" and actors["Health Canada"].affiliation == "Canada"


def test_the_north_before_a_name_is_no_north_korea() -> None:
    actors = _actors("Water\n\nThe North Fork Kings Groundwater Sustainability Agency said it would run out of money. "
                     "Boats crossed the North Sea on Monday.\n")
    assert "North Korea" not in actors
    actors = _actors("Missile\n\nSEOUL — North Korea fired a missile on Monday; the North said it was a test.\n")
    assert "the North" in actors["North Korea"].aliases


def test_a_board_chairman_belongs_to_the_board_named_before_him() -> None:
    actors = _actors("Fees\n\nFRESNO, Calif. — The Fresno County Board of Supervisors on Tuesday put off a vote on fees. "
                     "Board Chairman Buddy Mendes said the board would hold two more workshops.\n\nThe State Water Resources "
                     "Control Board could put the basin on probation.\n")
    assert actors["Buddy Mendes"].affiliation == "Fresno County Board of Supervisors"
    actors = _actors("Plan\n\nThe Harbor Port Authority approved the plan. The Tri-County Transit Board voted against it on "
                     "Monday. Board Chairwoman Ana Ruiz said the plan was rushed.\n")
    assert actors["Ana Ruiz"].affiliation == "Tri-County Transit Board"


def test_another_bodys_name_is_no_alias() -> None:
    actors = _actors("Fees\n\nFRESNO, Calif. — Supervisor Sal Quintero, who represents District 3, voted no. Supervisors "
                     "heard from Kristy Hofer, a trustee of the Fresno Unified School District, who asked for crossing "
                     "guards. Lucy Garcia, a director of the Kings River Conservation District, urged the board to back a "
                     "canal.\n")
    assert actors["Kristy Hofer"].affiliation == "Fresno Unified School District"
    assert "Fresno Unified School District" not in actors["Kings River Conservation District"].aliases


def test_a_post_in_a_bodys_unit_belongs_to_the_body() -> None:
    actors = _actors("Arrest\n\nHOUSTON — FBI agents arrested two men. Douglas Williams, the special agent in charge of the "
                     "FBI's Houston field office, said the bureau had a tip.\n")
    assert actors["Douglas Williams"].affiliation == "Federal Bureau of Investigation"
    assert actors["Douglas Williams"].title == "special agent in charge"
    actors = _actors("Crash\n\nThe Ohio State Highway Patrol said the driver was cited. Lt. Nathan Dennis, commander of the "
                     "patrol's Granville post, said troopers were checking his phone.\n")
    assert actors["Nathan Dennis"].affiliation == "Ohio State Highway Patrol"
    actors = _actors("Model\n\nMaria Chen, director of Google's AI ethics unit, said the model was safe.\n")
    assert actors["Maria Chen"].affiliation == "Google"
    actors = _actors("Fine\n\nThe Environmental Protection Agency has fined the firm twice. Tom Hale, a spokesman for the "
                     "agency's Seattle office, said the review would take weeks.\n")
    assert actors["Tom Hale"].affiliation == "Environmental Protection Agency"


def test_a_post_in_a_bodys_unit_in_a_place_or_after_a_bare_apostrophe() -> None:
    # review: the unit rule read only a unit closing the description and only "'s"
    actors = _actors("Model\n\nJane Roe, director of Microsoft's research lab in Cambridge, said the tool was safe.\n")
    assert actors["Jane Roe"].affiliation == "Microsoft"
    actors = _actors("Power\n\nJane Roe, director of Siemens' energy division, said prices would fall.\n")
    assert actors["Jane Roe"].affiliation == "Siemens"
    actors = _actors("Bureau\n\nJane Roe, head of Reuters’ Moscow bureau in New York, said the office would stay open.\n")
    assert actors["Jane Roe"].affiliation == "Reuters"
    actors = _actors("Deal\n\nJane Roe, head of the office in London, said the deal was sound.\n")
    assert actors["Jane Roe"].affiliation is None  # no body's unit


def test_a_speaker_described_by_a_bodys_unit_is_the_person() -> None:
    actors = _actors("Flu\n\nThe Health Ministry said 40 people were sick. Maria Gonzalez, head of the ministry's "
                     "epidemiology department, said cases were rising.\n")
    assert actors["Maria Gonzalez"].affiliation == "Health Ministry"  # (she had become the department's mention)
    quotes = analyse("Flu\n\nThe Health Ministry said 40 people were sick. Maria Gonzalez, head of the ministry's "
                     "epidemiology department, said cases were rising.\n").quotes
    assert any(q.speaker == "Maria Gonzalez" for q in quotes)


def test_a_board_member_named_by_that_office_belongs_to_the_board() -> None:
    actors = _actors("Schools\n\nSPRINGFIELD — The Springfield School Board voted 5-2 on Monday to close two schools. School "
                     "board member Jane Doe said the vote was unfair.\n")
    assert actors["Jane Doe"].affiliation == "Springfield School Board"
    actors = _actors("Bus\n\nThe bus belongs to the New Albany-Plain Local School District. Board member Kirsten Jourdan, who "
                     "represents District 2 on the district's Board of Education, said parents had complained.\n")
    assert actors["Kirsten Jourdan"].affiliation == "Board of Education"  # (the board, not the district that has it)
    actors = _actors("Buses\n\nThe Lakewood Board of Trustees voted on Monday to cut bus routes. Superintendent Mark Hill "
                     "said the district had no money. Board trustee Rosa Diaz said parents were angry.\n")
    assert actors["Rosa Diaz"].affiliation == "Lakewood Board of Trustees"


def test_who_sits_on_a_named_body_is_its_member() -> None:
    actors = _actors("Vote\n\nJane Doe, who sits on the Mesa school board, said the vote was unfair. The district will "
                     "appeal.\n")
    assert actors["Jane Doe"].affiliation == "Mesa school board" and actors["Jane Doe"].title == "member"
    actors = _actors("Budget\n\nTom Reed, who serves on the Springfield City Council, said the budget was late.\n")
    assert actors["Tom Reed"].affiliation == "Springfield City Council"
    actors = _actors("Bill\n\nMark Lee, who serves on the Senate Armed Services Committee, said the bill would pass.\n")
    assert actors["Mark Lee"].affiliation == "Senate Armed Services Committee"
    actors = _actors("Vote\n\nAna Ruiz, who sits on the board, said the vote was rushed.\n")
    assert actors["Ana Ruiz"].affiliation is None  # (a board the text never names)


def test_a_place_named_only_as_where_gives_no_official_a_second_country() -> None:
    actors = _actors("Jets\n\nMUMBAI — Civil Aviation Minister Ram Mohan Naidu said the government wanted Indian carriers to "
                     "win back passengers who now change planes in Dubai and Doha.\n")
    assert actors["Ram Mohan Naidu"].affiliation == "India"
    actors = _actors("Aid\n\nFinance Minister Ahmed Kouchouk said Egypt would lose $7 billion as ships sailed through "
                     "Turkey and Greece instead.\n")
    assert actors["Ahmed Kouchouk"].affiliation == "Egypt"
    actors = _actors("Air\n\nDefense Minister Andrii Sybiha said in Kyiv that Ukraine needed air defences.\n")
    assert actors["Andrii Sybiha"].affiliation == "Ukraine"  # (near miss: the one other country is the same)


def test_a_us_states_state_owned_body_is_the_states() -> None:
    actors = _actors("Bonds\n\nAUSTIN — Texas' state-owned Permanent School Fund said on Monday it would sell bonds.\n")
    assert actors["Permanent School Fund"].affiliation == "Texas"
    actors = _actors("Fares\n\nAlaska's state-owned Alaska Railroad Corporation said it would raise fares.\n")
    assert actors["Alaska Railroad Corporation"].affiliation == "Alaska"
    actors = _actors("Port\n\nChina's state-owned Cosco Shipping said it would buy the port.\n")
    assert actors["Cosco Shipping"].affiliation == "China"


def test_northern_ireland_is_no_mention_of_ireland() -> None:
    # review: "Ireland" inside "Northern Ireland" made the Republic of Ireland an actor of the text
    assert "Ireland" not in _actors("Vote\n\nVoters in Northern Ireland backed the deal, officials said.\n")
    assert "Ireland" not in _actors("Talks\n\nNorthern Ireland's first minister said talks would resume in Belfast.\n")
    actors = _actors("Deal\n\nIreland and Northern Ireland agreed a deal, officials in Dublin said.\n")
    assert actors["Ireland"].kind == "country"  # (the country named on its own stays)
    assert "Cyprus" not in _actors("Talks\n\nLeaders in Northern Cyprus rejected the plan, officials said.\n")
