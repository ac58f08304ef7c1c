"""English actor rules of the twelfth session, one test each: affiliations as the text gives them (the
state of a member of Congress, the state of an AP dateline that spells it out, a body whose name opens with a
demonym)."""
from __future__ import annotations

from briefing_app.analysis.role_phrase import describe
from briefing_app.core.model import Actor
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_member_of_congress_is_of_the_state_their_party_tag_names() -> None:
    actors = _actors("Steel\n\nSen. Alex Padilla (D-Calif.) and Rep. Rosa DeLauro (D-CT) wrote to the agency. Sen. Ted "
                     "Cruz, R-Texas, said the bill would fail in Congress. Speaker Mike Johnson (R-La.) disagreed.\n")
    assert actors["Alex Padilla"].affiliation == "California"  # an AP abbreviation
    assert actors["Rosa DeLauro"].affiliation == "Connecticut"  # a postal code
    assert actors["Ted Cruz"].affiliation == "Texas"  # a state AP spells out, between commas
    assert actors["Mike Johnson"].affiliation == "House of Representatives"  # the Speaker is the chamber's


def test_a_member_of_congress_of_a_state_or_a_states_democrat() -> None:
    actors = _actors("Merger\n\nRepublican Senator Mike Lee of Utah said the agency was chasing headlines in Congress. "
                     "Senator Elizabeth Warren, a Massachusetts Democrat who has long called for tougher rules, praised "
                     "the suit. Sen. Jane Roe of Texas A&M fame and Rep. John Doe (D-Zz.) said nothing.\n")
    assert actors["Mike Lee"].affiliation == "Utah"
    assert actors["Elizabeth Warren"].affiliation == "Massachusetts"
    assert actors["John Doe"].affiliation == "United States"  # no state in the tag: the country, as before


def test_an_ap_dateline_that_spells_out_its_state_places_a_state_legislator() -> None:
    text = ("Judge blocks app law\n\nAUSTIN, Texas — A federal judge blocked the law. State Rep. Angelia Orr, a "
            "Republican from Itasca, called the ruling a setback. Similar laws in Utah and Louisiana face the same fate.\n")
    assert _actors(text)["Angelia Orr"].affiliation == "Texas"
    # without the dateline three states are named and none is hers
    assert _actors(text.replace("AUSTIN, Texas — ", "")).get("Angelia Orr", Actor("", "person")).affiliation is None


def test_a_body_whose_name_opens_with_a_demonym_and_links_is_the_affiliation_not_the_country() -> None:
    for body in ("American Iron and Steel Institute", "American Federation of Teachers", "Americans for Free Trade"):
        role = describe(f"president of the {body}")
        assert role.affiliation == body and role.title == "president"
    held = describe("head of the United Nations climate body")  # a lower-case word of its own: the place, the phrase
    assert held.affiliation == "United Nations" and held.title == "head of the United Nations climate body"


def test_demonyms_for_a_cause_name_a_body_not_the_country() -> None:
    actors = _actors("Tariffs\n\nAmericans for Free Trade, a coalition of retailers, said the letter ignored the cost. "
                     "Its spokeswoman, Jessica Rowe, said prices had risen. Americans for Tax Reform agreed.\n")
    assert actors["Americans for Free Trade"].kind == "organization" and "Americans for Tax Reform" in actors
    assert actors["Jessica Rowe"].affiliation == "Americans for Free Trade"
    assert "Free Trade" not in actors and "United States" not in actors
    # "for" and a lower-case word: the people of the country
    assert "United States" in _actors("Taxes\n\nAmericans for decades paid more, the United States said.\n")


def test_a_ministry_named_in_lower_case_takes_the_country_word_before_it_or_the_capital_after_it() -> None:
    actors = _actors("Islands\n\nJapan's foreign ministry summoned a diplomat. Mao Ning, a spokeswoman for the Chinese foreign "
                     "ministry, said the patrols were normal. The Greek foreign ministry said talks would resume.\n")
    assert actors["Chinese foreign ministry"].affiliation == "China" and actors["Mao Ning"].affiliation == "Chinese foreign ministry"
    assert actors["Greek foreign ministry"].affiliation == "Greece"  # (a country's word the demonym list lacks)
    assert actors["foreign ministry"].affiliation == "Japan"  # "Japan's": two countries' ministries are two bodies
    actors = _actors("Aegean\n\nThe defence ministry in Ankara said jets had entered the airspace 14 times. Zeki Akturk, a "
                     "spokesman for the ministry, said the drop showed goodwill.\n")
    assert actors["defence ministry"].affiliation == "Turkey" and actors["Zeki Akturk"].affiliation == "defence ministry"
    assert "defence ministry" not in _actors("Aegean\n\nThe defence ministry in Bigtown said jets had entered.\n")


def test_a_capitalised_corporate_title_after_its_employer() -> None:
    text = ("Deal\n\nHarbor agreed to buy Crisp. Crisp Chief Executive Tom Albrecht will join the board. General Motors Chief "
            "Executive Mary Barra said sales rose. USW International President David McCall said no. Microsoft President "
            "Brad Smith agreed.\n")
    actors = _actors(text)
    assert (actors["Tom Albrecht"].title, actors["Tom Albrecht"].affiliation) == ("Chief Executive", "Crisp")
    assert (actors["Mary Barra"].title, actors["Mary Barra"].affiliation) == ("Chief Executive", "General Motors")
    assert (actors["David McCall"].title, actors["David McCall"].affiliation) == ("International President", "USW")
    assert actors["Brad Smith"].affiliation == "Microsoft"
    # a kind of body, a modifier or the end of a longer name is no employer
    actors = _actors("Vote\n\nCouncil President Shannon Hardin said yes. Senior Vice President Jane Doe agreed. American "
                     "Association of Community Colleges President Walter Bumphus spoke.\n")
    assert actors["Shannon Hardin"].affiliation != "Council" and actors["Jane Doe"].affiliation != "Senior"
    assert actors["Walter Bumphus"].affiliation == "American Association of Community Colleges"


def test_a_centre_at_a_university_is_the_universitys() -> None:
    actors = _actors("Courts\n\nElizabeth Goitein of the Brennan Center for Justice at New York University said no. Jennifer "
                     "Nuzzo, who directs the Pandemic Center at Brown University's School of Public Health, agreed. The "
                     "Acme Group at Goldman Sachs said so.\n")
    assert actors["Brennan Center for Justice"].affiliation == "New York University"
    assert actors["Pandemic Center"].affiliation == "Brown University"
    assert actors["Acme Group"].affiliation is None  # a unit at a company: not this rule's


def test_who_heads_a_unit_described_at_a_named_body_and_a_later_sentence_that_says_what_they_run() -> None:
    actors = _actors("Aegean\n\nIoannis Grigoriadis, who heads the Turkey programme at the Hellenic Foundation for European "
                     "and Foreign Policy, said the deal was modest.\n")
    assert actors["Ioannis Grigoriadis"].affiliation == "Hellenic Foundation for European and Foreign Policy"
    assert "Turkey programme" not in actors
    actors = _actors("Snacks\n\nDaniel Kaye, a food-industry consultant, said the premium was high. Kaye runs Kaye Advisory, "
                     "a firm in Chicago. Kamala Harris spoke. Harris leads Trump by three points.\n")
    assert actors["Daniel Kaye"].affiliation == "Kaye Advisory"
    assert actors["Kamala Harris"].affiliation != "Trump by three points"  # (the object must end the clause)


def test_a_federation_named_in_lower_case_by_whose_it_is() -> None:
    actors = _actors("Derby\n\nSerbia's football federation on Wednesday fined Partizan. The federation's disciplinary "
                     "commission said 40 people were hurt. Its chairman, Dragan Simic, said the club had failed.\n")
    assert actors["football federation"].affiliation == "Serbia"
    assert actors["disciplinary commission"].affiliation == "football federation"
    assert actors["Dragan Simic"].affiliation == "disciplinary commission"


def test_a_unions_local_by_its_number_and_the_locals_officers() -> None:
    actors = _actors("Snacks\n\nTeamsters Local 727, which represents 400 workers, wants guarantees. \"We have heard promises "
                     "before,\" said the local's president, Angela Ruiz. Amalgamated Transit Union Local 1001 said no.\n")
    assert "Teamsters Local 727" in actors and not {"Teamsters", "Teamsters Local"} & actors.keys()
    assert (actors["Angela Ruiz"].title, actors["Angela Ruiz"].affiliation) == ("president", "Teamsters Local 727")
    assert "Amalgamated Transit Union Local 1001" in actors and "Amalgamated Transit Union" not in actors
    assert "Local 727" not in _actors("Vote\n\nThe city council said Local 727 roads would close.\n")
