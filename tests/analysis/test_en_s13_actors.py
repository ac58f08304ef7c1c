"""English actor rules of the thirteenth session, one test each: affiliations by the conventions settled in the
actor set's README (a legislative committee's chamber, a party's member, Downing Street) and forms fresh text
gave (an official tied to a leader, a body named with its country, "works as ... for")."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.national_bodies import chamber_of
from briefing_app.analysis.role_phrase import describe
from briefing_app.core.model import Actor
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_legislative_committee_belongs_to_the_chamber_its_name_opens_with() -> None:
    actors = _actors("Hearing\n\nWASHINGTON — Jason Smith (R-Mo.), chairman of the House Ways and Means Committee, said his "
                     "committee would hold a hearing. Senator Roger Wicker, who chairs the Senate Armed Services Committee, "
                     "said the plan was sound. Sen. Bill Cassidy, who chairs the Senate health committee, agreed.\n")
    assert actors["House Ways and Means Committee"].affiliation == "House of Representatives"
    assert actors["Senate Armed Services Committee"].affiliation == "Senate"
    assert actors["Senate health committee"].affiliation == "Senate"  # lower case, named by a chair's title
    assert actors["Jason Smith"].affiliation == "House Ways and Means Committee"  # the member keeps the committee


def test_chamber_of_names_only_committees_that_open_with_a_chamber() -> None:
    assert chamber_of("House of Commons Treasury Committee") == "House of Commons"
    assert chamber_of("U.S. House Select Subcommittee on the Coronavirus") == "House of Representatives"
    assert chamber_of("Senate Banking, Housing and Urban Affairs Committee") == "Senate"
    assert chamber_of("Senate Committee on Foreign Relations") == "Senate"
    assert chamber_of("Arizona Joint Legislative Budget Committee") is None  # a state's: its state, as before
    assert chamber_of("Democratic National Committee") is None
    assert chamber_of("Senate") is None and chamber_of("House Republicans") is None


def test_a_party_named_beside_a_name_is_the_members_party() -> None:
    actors = _actors("Planning\n\nLONDON — Sir Julian Lewis, a Conservative, said the bill was wrong. The Conservative shadow "
                     "housing secretary, James Cleverly, agreed. Liberal Democrat housing spokesman Gideon Amos said his party "
                     "would table amendments. Meg Ruiz, a Labour backbencher, said the plan \"will not work.\"\n")
    assert actors["Julian Lewis"].affiliation == "Conservative Party"  # in apposition after the name
    assert actors["James Cleverly"].affiliation == "Conservative Party"  # before a shadow minister's title
    assert actors["Gideon Amos"].affiliation == "Liberal Democrats"  # before a spokesman's portfolio
    assert actors["Meg Ruiz"].affiliation == "Labour"  # the party as the text names it


def test_no_party_from_a_portfolio_an_american_party_or_a_sentences_opening_word() -> None:
    actors = _actors("Talks\n\nBRUSSELS — Labour Minister David Clarinval met unions. Senator Jane Hale, a Democrat, said the "
                     "deal was close. The shadow chancellor, Mel Stride, said nothing new.\n")
    assert actors["David Clarinval"].affiliation != "Labour Party"  # a capitalised portfolio, not the party
    assert actors["Jane Hale"].affiliation in (None, "United States")  # American parties keep the state or country
    assert actors["Mel Stride"].affiliation is None  # "The" is no party


def test_a_partys_members_name_the_party_not_a_person() -> None:
    actors = _actors("Vote\n\nLONDON — More than 40 Labour MPs threatened to vote against the bill on Tuesday. SNP MPs "
                     "abstained.\n")
    assert "Labour MPs" not in actors and "SNP MPs" not in actors
    assert actors["Labour"].kind == "organization"
    assert "Scottish National Party" in actors


def test_downing_street_is_an_office_of_the_country_not_its_alias() -> None:
    result = analyse("Welfare\n\nLONDON — Britain's government will change course. Downing Street said the prime minister "
                     "had \"full confidence\" in the chancellor, Rachel Reeves.\n")
    actors = {a.name: a for a in result.actors}
    assert (actors["Downing Street"].kind, actors["Downing Street"].affiliation) == ("organization", "United Kingdom")
    assert "Downing Street" not in actors["United Kingdom"].aliases and "Britain" in actors["United Kingdom"].aliases
    assert actors["Rachel Reeves"].affiliation == "United Kingdom"  # officials beside it keep the country
    only = {a.name: a for a in analyse("Talks\n\nDowning Street said on Monday that talks would go on.\n").actors}
    assert "United Kingdom" not in only and only["Downing Street"].affiliation == "United Kingdom"
    placed = {a.name: a for a in analyse("Asylum\n\nLONDON — Britain will change course. \"We will fix this,\" Keir Starmer "
                                         "told reporters in Downing Street.\n").actors}
    assert "Downing Street" not in placed  # a place where something is said is no actor


def test_a_body_of_a_country_named_in_its_name_or_a_departments_dateline_country() -> None:
    actors = _actors("Shoal\n\nMANILA — The Philippines protested on Monday. The Department of Foreign Affairs said it had lodged a "
                     "protest. Jay Tarriela, a spokesman for the Philippine Coast Guard, released video. The Atomic Energy "
                     "Organization of Iran said nothing.\n")
    assert actors["Philippine Coast Guard"].affiliation == "Philippines"  # a country's word before a guard
    assert actors["Atomic Energy Organization of Iran"].affiliation == "Iran"  # a public body "of" a country
    assert actors["Department of Foreign Affairs"].affiliation == "Philippines"  # not an American department
    us = _actors("Probe\n\nWASHINGTON — The Department of Justice said on Monday it would open an inquiry.\n")
    assert us["Department of Justice"].affiliation == "United States"
    assert _actors("Study\n\nThe University of Tehran said it would publish the study on Monday.\n")[
        "University of Tehran"].affiliation is None


def test_a_description_in_apposition_before_a_name_is_that_persons_not_an_earlier_ones() -> None:
    actors = _actors("Shoal\n\nMANILA — The ministry lodged a protest with Ambassador Huang Xilian on Monday. The U.S. ambassador "
                     "to Manila, MaryKay Carlson, said Washington stood with its ally.\n")
    assert not any("U.S. ambassador" in alias for alias in actors["Huang Xilian"].aliases)
    assert actors["Huang Xilian"].affiliation != "United States"
    staff = _actors("Insulin\n\nDENVER — Gov. Jared Polis is expected to sign it. A spokeswoman for the governor, Shelby Wieman, "
                    "said he \"has long supported\" the cap.\n")
    assert "the governor" in staff["Jared Polis"].aliases  # inside "a spokeswoman for ...": still the earlier person's


def test_an_official_tied_to_a_leader_is_of_the_leaders_country() -> None:
    actors = _actors("Talks\n\nCAIRO (Reuters) — Egypt and the United States hosted the talks. The White House said "
                     "President Donald Trump's envoy, Steve Witkoff, would join them on Tuesday.\n")
    assert actors["Steve Witkoff"].affiliation == "United States"
    firm = _actors("Deal\n\nNEW YORK — Harbor Foods agreed to buy Crisp. Harbor Chief Executive Laura Menendez's deputy, Tom "
                   "Reyes, said the deal was done.\n")
    assert firm.get("Tom Reyes", Actor("", "person")).affiliation != "United States"  # a company head's staff: no country


def test_a_bare_president_in_a_foreign_dateline_story_is_that_countrys() -> None:
    actors = _actors("Shoal\n\nMANILA (AP) — The Philippines protested on Monday. President Ferdinand Marcos Jr.'s national "
                     "security adviser, Eduardo Año, said the attack was dangerous. The U.S. ambassador, MaryKay Carlson, said "
                     "Washington stood with its ally.\n")
    assert actors["Ferdinand Marcos Jr"].affiliation == "Philippines"
    assert actors["Eduardo Año"].affiliation == "Philippines"  # the leader's official
    us = _actors("Tariffs\n\nMANILA (AP) — The Philippines protested on Monday. U.S. President Donald Trump said the tariffs "
                 "would stay.\n")
    assert us["Donald Trump"].affiliation == "United States"  # "U.S." beside the title


def test_who_works_as_a_role_for_a_body_gives_the_title_and_the_employer() -> None:
    actors = _actors("Results\n\nSYDNEY — The airline's profit rose. Ellie Tran, who works as an aviation analyst for Morgans "
                     "Financial, said the airline had pricing power. Marko Pantelic, a former Partizan striker who now works as "
                     "a television analyst for Arena Sport, said fines would not change behaviour.\n")
    assert (actors["Ellie Tran"].title, actors["Ellie Tran"].affiliation) == ("aviation analyst", "Morgans Financial")
    assert actors["Morgans Financial"].kind == "organization"  # an employer, not a person named once
    assert (actors["Marko Pantelic"].title, actors["Marko Pantelic"].affiliation) == ("television analyst", "Arena Sport")
    place = _actors("Rail\n\nAndy Burnham, the mayor of Greater Manchester, has called for control of local lines. Sam Lee, who "
                    "works as a planner for Transport North, agreed.\n")
    assert place.get("Greater Manchester") is None or place["Greater Manchester"].kind != "organization"  # a place


def test_a_company_the_lede_opens_with_employs_its_officers_named_without_it() -> None:
    actors = _actors("Results\n\nSYDNEY — Southern Cross Air said on Wednesday its annual profit rose, and that its chief "
                     "executive of seven years, Graham Pettit, would retire. Chairman Richard Okoye said the board was "
                     "grateful. Chief Financial Officer Hamish Doyle said fuel costs fell. Air Force Secretary Troy Meink "
                     "was not asked.\n")
    assert actors["Southern Cross Air"].kind == "organization"  # "Air" ends an airline's name
    assert (actors["Graham Pettit"].title, actors["Graham Pettit"].affiliation) == ("chief executive", "Southern Cross Air")
    assert actors["Richard Okoye"].affiliation == "Southern Cross Air"
    assert actors["Hamish Doyle"].affiliation == "Southern Cross Air"
    assert actors["Troy Meink"].affiliation != "Southern Cross Air" and "Royal Air" not in _actors(
        "War\n\nThe Royal Air Force joined. Air Canada said it would cut flights.\n")
    public = _actors("Ruling\n\nLONDON — The Competition and Markets Authority said on Monday it would fine the firm. "
                     "Chairman Marcus Bokkerink said the fine was fair.\n")
    assert public["Marcus Bokkerink"].affiliation in (None, "Competition and Markets Authority")


def test_a_co_operative_and_no_body_over_a_verb_before_a_name() -> None:
    actors = _actors("Fraud\n\nTORONTO — A judge sentenced the former finance chief of Maple Grain Co-operative on Thursday. "
                     "Justice Miriam Castellano of the Ontario Superior Court of Justice said Derek Halvorsen had betrayed "
                     "families. Halvorsen, 58, was convicted in March. The co-operative, which is based in Guelph, collapsed "
                     "in 2023. Its current chief executive, Joanne Tremblay, said members had recovered half their money.\n")
    coop = actors["Maple Grain Co-operative"]
    assert coop.kind == "organization" and "the co-operative" in coop.aliases
    assert actors["Joanne Tremblay"].affiliation == "Maple Grain Co-operative"  # "Its" after "The co-operative"
    assert actors["Derek Halvorsen"].affiliation != "Ontario Superior Court of Justice"  # "... Court of Justice said X": no title between


def test_the_uks_electoral_commission_is_a_body_of_the_uk_in_a_uk_story() -> None:
    uk = _actors("By-election\n\nLONDON — Reform UK won the seat. The Electoral Commission said turnout was 46 per cent.\n")
    assert uk["Electoral Commission"].affiliation == "United Kingdom"
    nz = _actors("Vote\n\nWELLINGTON — New Zealand votes on Saturday. The Electoral Commission said turnout was high.\n")
    assert nz["Electoral Commission"].affiliation != "United Kingdom"  # a name many countries give a body


def test_an_official_of_the_prime_minister_named_by_office_and_japans_cabinet_secretary() -> None:
    actors = _actors("Tariffs\n\nOTTAWA — Prime Minister Mark Carney met his cabinet on Monday. Carney said Canada would talk. "
                     "Later the prime minister's trade minister, Dominic LeBlanc, flew to Washington.\n")
    assert actors["Mark Carney"].affiliation == "Canada"
    assert actors["Dominic LeBlanc"].affiliation == "Canada"
    tokyo = _actors("Islands\n\nTOKYO — Japan lodged a protest with China on Monday. Chief Cabinet Secretary Yoshimasa Hayashi "
                    "told a regular briefing that Tokyo had conveyed its concern.\n")
    assert tokyo["Yoshimasa Hayashi"].affiliation == "Japan"


def test_a_charity_or_group_named_with_its_cause_before_its_name() -> None:
    for phrase, body in (("chief executive of the housing charity Shelter", "Shelter"),
                         ("director of the environmental group Greenpeace", "Greenpeace"),
                         ("director of the human rights group Liberty", "Liberty")):
        role = describe(phrase)
        assert role.affiliation == body and role.title is not None and role.title.split()[-1] in ("executive", "director")
    actors = _actors("Housing\n\nLONDON — Polly Neate, chief executive of the housing charity Shelter, said the plan was late.\n")
    assert (actors["Polly Neate"].title, actors["Polly Neate"].affiliation) == ("chief executive", "Shelter")


def test_a_ministry_spokesperson_in_a_sentence_opening_with_a_capital_is_that_countrys() -> None:
    actors = _actors("Shoal\n\nMANILA — The Philippines protested on Monday. In Beijing, foreign ministry spokesperson Guo "
                     "Jiakun said the vessel had intruded. In Moscow, foreign ministry spokeswoman Maria Zakharova said "
                     "nothing.\n")
    assert actors["Guo Jiakun"].affiliation == "China"
    assert actors["Maria Zakharova"].affiliation == "Russia"


def test_a_present_posts_owner_before_the_name_wins_over_a_former_posts_place() -> None:
    actors = _actors("By-election\n\nLONDON — Reform UK won the seat. Reform's candidate, Sarah Pochin, a former Cheshire county "
                     "councillor, won after a recount. Ms Pochin will take her seat next week.\n")
    assert actors["Sarah Pochin"].affiliation == "Reform UK"
    kept = _actors("Race\n\nDENVER — Jane Hale, a former Denver city councillor, said she would run again. Ms Hale is 54.\n")
    assert kept["Jane Hale"].affiliation != "Reform UK"  # no owner before the name: as before


def test_a_body_after_a_ruling_or_state_run_word() -> None:
    for phrase, title, body in (("a member of the ruling Sovereign Council", "member", "Sovereign Council"),
                                ("head of the state-run company Rosneft", "head", "Rosneft"),
                                ("leader of the opposition party Ahali", "leader", "Ahali")):
        role = describe(phrase)
        assert (role.title, role.affiliation) == (title, body)
    assert describe("director of public health").affiliation is None  # a field in lower case, no body


def test_a_select_committee_named_by_its_portfolio_is_the_dateline_countrys() -> None:
    actors = _actors("Welfare\n\nLONDON — Britain will cut benefits. Meg Hillier, the Labour chair of the Treasury Committee, "
                     "said the cuts were wrong. The Public Accounts Committee said the costs were unclear.\n")
    assert actors["Treasury Committee"].affiliation == "United Kingdom"
    assert actors["Public Accounts Committee"].affiliation == "United Kingdom"
    assert actors["Meg Hillier"].affiliation == "Treasury Committee"  # its chair keeps the committee
    games = _actors("Games\n\nLAUSANNE, Switzerland — The International Olympic Committee said Switzerland would host.\n")
    assert games["International Olympic Committee"].affiliation is None


def test_a_body_after_a_political_word_with_or_without_its_kind() -> None:
    for phrase, body in (("a member of the ruling party Zanu-PF", "Zanu-PF"),  # a political word before a kind
                         ("head of the state-run Rosneft", "Rosneft"),  # before the name itself
                         ("head of the state-owned oil company Rosneft", "Rosneft"),
                         ("leader of the opposition Labour Party", "Labour Party"),
                         ("leader of the main opposition party Ahali", "Ahali")):
        assert describe(phrase).affiliation == body, phrase
    assert describe("leader of the opposition").affiliation is None  # no name after it
    assert describe("member of the interim government").affiliation is None


def test_a_body_whose_name_ends_in_a_place_before_a_title_is_the_employer() -> None:
    actors = _actors("Rates\n\nOTTAWA — Canada cut rates. Bank of Canada Governor Tiff Macklem said inflation was easing. "
                     "Canadian Finance Minister Jane Roe agreed.\n")
    assert actors["Tiff Macklem"].affiliation == "Bank of Canada"  # not Canada
    assert actors["Jane Roe"].affiliation == "Canada"  # a demonym before a title: the country, as before
    tokyo = _actors("Rates\n\nTOKYO — Japan held rates. Bank of Japan Governor Kazuo Ueda said inflation was easing.\n")
    assert tokyo["Kazuo Ueda"].affiliation == "Bank of Japan"


def test_a_colleague_ally_or_rival_is_no_ones_staff() -> None:
    # "his Fatah colleague, Marwan Barghouti" gave Barghouti the affiliation "Mahmoud Abbas": a peer works for no one
    actors = _actors("Talks\n\nRAMALLAH — President Mahmoud Abbas of the Palestinian Authority spoke on Monday. The Fatah "
                     "movement said it would hold elections. Abbas lags in polls behind his Fatah colleague, Marwan "
                     "Barghouti, who said the vote must be held.\n")
    assert actors["Marwan Barghouti"].affiliation == "Fatah"  # the body named in the phrase, not the person before
    actors = _actors("Vote\n\nLONDON — Prime Minister Keir Starmer met union leaders on Monday. His chief of staff, Morgan "
                     "McSweeney, declined to comment. His longtime ally, Peter Mandelson, agreed. Her rival, Jane Hale, said "
                     "it would fail. Her opponent, Tom Ruiz, said the deal was weak.\n")
    for name in ("Peter Mandelson", "Jane Hale", "Tom Ruiz"):
        assert actors[name].affiliation not in ("Keir Starmer", "Morgan McSweeney", "Peter Mandelson")
    assert actors["Morgan McSweeney"].affiliation == "Keir Starmer"  # staff still the boss's


def test_a_person_a_staffer_works_for_stays_a_person() -> None:
    # an affiliation that is a bare name was read as an employer's ("an analyst for Morgans Financial") even where
    # "His chief of staff, X" named the person before: "Mahmoud Abbas" and "Kemi Badenoch" became organisations
    actors = _actors("Talks\n\nRAMALLAH — Mahmoud Abbas said on Monday that the talks would resume. His chief of staff, "
                     "Hussein Sheikh, said the date was set.\n\nLONDON — Kemi Badenoch said the deal would fail. Her chief of "
                     "staff, Lee Rowley, declined to comment.\n")
    assert actors["Hussein Sheikh"].affiliation == "Mahmoud Abbas"
    assert actors["Mahmoud Abbas"].kind == "person"
    assert actors["Lee Rowley"].affiliation == "Kemi Badenoch" and actors["Kemi Badenoch"].kind == "person"


def test_a_bare_city_council_in_the_one_citys_story_is_that_citys() -> None:
    actors = _actors("Shooting\n\nMINNEAPOLIS — Minneapolis Police Chief Brian O'Hara defended the response on Monday. City "
                     "Council Member Robin Wonsley said the council would ask for the records. The city will publish them.\n")
    assert actors["Minneapolis City Council"].affiliation == "Minneapolis"
    assert "City Council" in actors["Minneapolis City Council"].aliases
    assert actors["Robin Wonsley"].affiliation == "Minneapolis City Council"  # (a council member: the council, s15)
    actors = _actors("Budget\n\nSpringfield Mayor Dana Whitfield said the budget was tight. The Town Council voted 5-2 on "
                     "Tuesday to approve it, and the city will cut two posts.\n")
    assert actors["Springfield Town Council"].affiliation == "Springfield"
    actors = _actors("Budget\n\nSpringfield Mayor Dana Whitfield said the budget was tight. The Springfield City Council "
                     "voted on Tuesday, and the city will cut two posts.\n")
    assert "Springfield Springfield City Council" not in actors
    assert actors["Springfield City Council"].affiliation == "Springfield"
