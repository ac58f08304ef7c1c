"""English actor rules of the seventeenth session, one test each (the conventions are in the actor set's README, the
docstring of tests/data/actors/score.py)."""
from __future__ import annotations

from briefing_app.analysis import gazetteer
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_senate_in_a_text_of_another_country_is_that_countrys() -> None:
    actors = _actors("Bill\n\nCANBERRA (Reuters) - The Senate voted on Thursday to pass the bill. Senator Jane Moss, a Greens "
                     "senator, said the party would fight on.\n")
    assert actors["Senate"].affiliation == "Australia"
    actors = _actors("Vote\n\nROME (AP) - Italian lawmakers rejected the plan. The Senate voted 98-72 against it, and Senator "
                     "Marco Bellini said Italy could not afford it.\n")
    assert actors["Senate"].affiliation == "Italy"
    actors = _actors("Housing\n\nThe housing bill passed the Senate on Thursday. Reserve Bank of Australia Governor Helen Tran "
                     "said prices would rise.\n")  # (no dateline: a body of the text's one country)
    assert actors["Senate"].affiliation == "Australia"
    actors = _actors("Budget\n\nOTTAWA - The Senate of Canada passed the budget bill on Tuesday. Canada's finance minister "
                     "welcomed the vote.\n")
    assert actors["Senate of Canada"].affiliation == "Canada"
    actors = _actors("Inquiry\n\nThe Philippine Senate opened an inquiry on Thursday into flood-control projects.\n")
    assert actors["Philippine Senate"].affiliation == "Philippines"


def test_near_misses_of_a_senate_of_another_country() -> None:
    for text in ("Vote\n\nWASHINGTON (AP) - The Senate voted 51-49 to confirm the nominee. Sen. John Thune said the chamber "
                 "had done its job.\n",
                 "Vote\n\nThe Senate voted 51-49 on Tuesday to confirm the nominee. Senate Majority Leader John Thune said "
                 "the chamber had done its job.\n",
                 "Tariffs\n\nThe Senate passed a bill to raise tariffs on Chinese goods. Senator Jane Doe said China had "
                 "cheated for years.\n",  # (one other country, but neither its dateline nor a body of it)
                 "Tariffs\n\nThe Senate passed a bill to raise U.S. tariffs on Chinese goods. China's Commerce Ministry said "
                 "it would retaliate.\n",
                 "Rome\n\nItalian lawmakers rejected the plan. The Senate in Washington voted on it as well.\n"):
        assert _actors(text)["Senate"].affiliation == "United States", text


def test_country_adjectives_of_other_endings_are_demonyms() -> None:
    for word, country in (("Philippine", "Philippines"), ("Filipino", "Philippines"), ("Swiss", "Switzerland"),
                          ("Greek", "Greece"), ("Kazakh", "Kazakhstan"), ("Argentine", "Argentina")):
        assert word in gazetteer.DEMONYMS and gazetteer.lookup(word) == (country, "country")
    assert "Manila" not in gazetteer.DEMONYMS and "Bern" not in gazetteer.DEMONYMS  # (capitals stay capitals)
    actors = _actors("Ships\n\nThe Greek Coast Guard said on Monday it had rescued 40 people. The Swiss Federal Council met.\n")
    assert actors["Greek Coast Guard"].affiliation == "Greece"
    assert actors["Swiss Federal Council"].affiliation == "Switzerland"


def test_a_reporting_verb_after_a_fronted_title_opens_no_second_title() -> None:
    for text, name, title in (
            ("Budget\n\nMarcos's executive secretary, Ricardo Pangilinan, said the palace would not shield any ally of the "
             "president.\n", "Ricardo Pangilinan", "executive secretary"),
            ("Plant\n\nAcme's chief executive, Jane Roe, said the company would not protect any friend of the chairman.\n",
             "Jane Roe", "chief executive"),
            ("Council\n\nThe mayor's spokesman, Jeremy Platt, told reporters the city would not shield any ally of the "
             "governor.\n", "Jeremy Platt", "spokesman"),
            ("Board\n\nIts chairman, Robert Feld, warned that the board would not back the chief executive.\n", "Robert Feld",
             "chairman")):
        actor = _actors(text)[name]
        assert actor.title is not None and actor.title.endswith(title) and ";" not in actor.title, text
        assert not any(a.startswith("the ") for a in actor.aliases), text  # (the role at the sentence's end is another's)
    actors = _actors("Inquiry\n\nPresident Ferdinand Marcos Jr. ordered an inquiry. Marcos's executive secretary, Ricardo "
                     "Pangilinan, said the palace would not shield any ally of the president.\n")
    assert "the president" in next(a for n, a in actors.items() if n.startswith("Ferdinand Marcos")).aliases
    # near miss: an appositive after the name still gives its title
    assert _actors("Plant\n\nJane Roe, chief executive of Acme, said the company would grow.\n")["Jane Roe"].affiliation == "Acme"


def test_a_description_of_several_role_words_is_one_alias() -> None:
    for text, name, alias in (
            ("Budget\n\nRicardo Pangilinan, the executive secretary, said the palace would act.\n", "Ricardo Pangilinan",
             "the executive secretary"),
            ("Plant\n\nAcme's chief executive, Jane Roe, said on Monday that sales fell. The chief executive said the plant "
             "would reopen.\n", "Jane Roe", "the chief executive"),
            ("Plant\n\nJane Roe, chief financial officer of Acme, said sales fell. The chief financial officer said costs "
             "rose.\n", "Jane Roe", "the chief financial officer"),
            ("Plant\n\nJane Roe, the chief operating officer, said on Monday the company would grow.\n", "Jane Roe",
             "the chief operating officer")):
        aliases = _actors(text)[name].aliases
        assert alias in aliases and "the chief" not in aliases and "the executive" not in aliases, text
    # near miss: a verb between two role words ends the description
    assert _actors("Plant\n\nJane Roe, the chief, said the officer would go.\n")["Jane Roe"].aliases == ["the chief"]


def test_national_regulators_of_the_sourced_list_take_their_country() -> None:
    from briefing_app.analysis.national_bodies import country_of
    for name, country in (("China Securities Regulatory Commission", "China"), ("CSRC", "China"), ("Consob", "Italy"),
                          ("Finansinspektionen", "Sweden"), ("CNMV", "Spain"), ("FINMA", "Switzerland"),
                          ("Securities and Exchange Surveillance Commission", "Japan"), ("KFTC", "South Korea"),
                          ("Civil Aviation Safety Authority", "Australia"), ("National Banking and Securities Commission", "Mexico"),
                          ("Federal Network Agency", "Germany"), ("Federal Antimonopoly Service", "Russia"),
                          ("Federal Economic Competition Commission", "Mexico"), ("Federal Inland Revenue Service", "Nigeria")):
        assert country_of(name) == country, name
    # near misses: American bodies stay American; ambiguous acronyms are not listed
    assert country_of("Federal Trade Commission") == "United States" and country_of("Federal Aviation Administration") == "United States"
    assert country_of("MAS") is None and country_of("CMA") is None and country_of("ACM") is None and country_of("CASA") is None
    actors = _actors("Fine\n\nThe Federal Network Agency fined the operator on Monday. The Bundesnetzagentur said the fine was "
                     "final.\n")
    assert actors["Federal Network Agency"].affiliation == "Germany"
    actors = _actors("Fine\n\nThe National Banking and Securities Commission fined the lender on Monday. The CNBV said it was "
                     "investigating.\n")
    assert actors["National Banking and Securities Commission"].affiliation == "Mexico"


def test_a_regulator_name_several_countries_use_is_not_the_listed_countrys_in_a_text_of_another() -> None:
    actors = _actors("Jets\n\nMUMBAI (Reuters) - The Directorate General of Civil Aviation grounded the jets on Monday. The DGCA "
                     "said checks were needed.\n")
    assert actors["Directorate General of Civil Aviation"].affiliation == "India"
    actors = _actors("Jets\n\nJAKARTA (Reuters) - Indonesia's Directorate General of Civil Aviation grounded the jets on Monday. "
                     "The DGCA said checks were needed.\n")
    assert actors["Directorate General of Civil Aviation"].affiliation != "India"


def test_a_county_office_named_with_its_county_is_the_countys() -> None:
    for text, name, title, county in (
            ("Drones\n\nMilwaukee County Executive Marcus Hale said the county would share its training program.\n",
             "Marcus Hale", "County Executive", "Milwaukee County"),
            ("Flood\n\nHarris County Judge Lina Hidalgo said the county would open shelters.\n", "Lina Hidalgo", "County Judge",
             "Harris County"),
            ("Case\n\nHennepin County Attorney Mary Moriarty said she would not charge the officer.\n", "Mary Moriarty",
             "County Attorney", "Hennepin County"),
            ("Budget\n\nWestchester County Executive Ken Jenkins said the budget would not raise taxes.\n", "Ken Jenkins",
             "County Executive", "Westchester County")):
        person = _actors(text)[name]
        assert (person.title, person.affiliation) == (title, county), text
    # near misses: a judge named without the county is not the county's; a county title of its own is kept
    actors = _actors("Court\n\nHarris County Judge Lina Hidalgo said the county would open shelters. Judge Tom Reyes, who sits "
                     "on the 5th Circuit Court of Appeals, disagreed.\n")
    assert actors["Tom Reyes"].affiliation != "Harris County"
    actors = _actors("Tax\n\nCook County Assessor Fritz Kaegi said the bills would go out in March.\n")
    assert (actors["Fritz Kaegi"].title, actors["Fritz Kaegi"].affiliation) == ("Assessor", "Cook County")


def test_an_office_written_with_a_capital_after_the_is_a_description() -> None:
    for text, name, alias in (
            ("Budget\n\nTreasurer Daniel Whitford said on Wednesday that the bill would pass. The Treasurer said the grant "
             "would help young buyers.\n", "Daniel Whitford", "the Treasurer"),
            ("Budget\n\nTreasurer Daniel Whitford told reporters on Wednesday that the bill would pass. Lachlan Moore said he "
             "had told the Treasurer last week that he could not support it.\n", "Daniel Whitford", "the Treasurer"),
            ("Tariffs\n\nPremier Doug Ford said on Monday Ontario would retaliate. The Premier told reporters he had spoken to "
             "Ottawa.\n", "Doug Ford", "the Premier"),
            ("Vote\n\nPrime Minister Anthony Albanese said on Monday the bill would pass. The Prime Minister told Parliament he "
             "was confident.\n", "Anthony Albanese", "the Prime Minister")):
        assert alias in _actors(text)[name].aliases, text
    # near misses: a body named after the office, another office holder's title
    actors = _actors("Vote\n\nPrime Minister Anthony Albanese said on Monday the bill would pass. The Prime Minister's Office "
                     "later said the vote would be on Friday.\n")
    assert not any(a.startswith("the Prime Minister") for a in actors["Anthony Albanese"].aliases[1:])
    actors = _actors("Tariffs\n\nPremier Doug Ford said on Monday Ontario would retaliate. He said he had spoken to the Prime "
                     "Minister.\n")
    assert "the Prime Minister" not in actors["Doug Ford"].aliases


def test_a_states_own_body_in_a_text_datelined_in_its_capital_is_that_countrys() -> None:
    actors = _actors("Graft\n\nMANILA, Dec 4 (Reuters) - The Philippines opened an inquiry. A spokeswoman for the Office of the "
                     "Ombudsman said investigators had frozen accounts. The Anti-Money Laundering Council, which obtained the "
                     "order from the Court of Appeals, declined to comment.\n")
    for name in ("Office of the Ombudsman", "Anti-Money Laundering Council", "Court of Appeals"):
        assert actors[name].affiliation == "Philippines", name
    actors = _actors("Bail\n\nISLAMABAD (Reuters) - Pakistan's National Accountability Bureau arrested a former minister on "
                     "Monday. The High Court granted him bail.\n")
    assert actors["National Accountability Bureau"].affiliation == "Pakistan"
    assert actors["High Court"].affiliation == "Pakistan"
    actors = _actors("Vote\n\nNAIROBI (Reuters) - Kenya's election board met. The Commission on Administrative Justice said it "
                     "would look into the complaints.\n")
    assert actors["Commission on Administrative Justice"].affiliation == "Kenya"


def test_near_misses_of_a_states_own_body() -> None:
    actors = _actors("Ruling\n\nWASHINGTON (Reuters) - The Court of Appeals ruled on Monday. The Office of the Inspector "
                     "General said it would review the case.\n")  # (an American dateline: us_officials' to say)
    assert actors["Court of Appeals"].affiliation != "Philippines"
    actors = _actors("Deal\n\nMANILA (Reuters) - The Philippines signed a deal on Monday. The Asian Development Bank lent $1 "
                     "billion, and the Commission on Human Rights of the United Nations met in Geneva.\n")
    assert actors["Asian Development Bank"].affiliation is None
    assert all(a.affiliation != "Philippines" for n, a in actors.items() if "United Nations" in n)


def test_a_company_named_by_the_words_before_its_suffix_and_trade_words_is_one_actor() -> None:
    for text, name, short in (
            ("Recall\n\nGreenfield Foods Inc. expanded a recall on Tuesday. Greenfield's chief executive, Paul Okafor, said the "
             "plant was shut. Greenfield shares fell 9%.\n", "Greenfield Foods Inc", "Greenfield"),
            ("Deal\n\nMeridian Financial Corp. agreed to buy a rival bank. Meridian Financial said the deal would close in "
             "March.\n", "Meridian Financial Corp", "Meridian Financial"),
            ("Plant\n\nMarlow Dairy Co said on Monday it would close a plant. Marlow Dairy has 900 workers.\n", "Marlow Dairy Co",
             "Marlow Dairy"),
            ("Fine\n\nNorth Fenwick Water Ltd admitted the offence. North Fenwick's chief executive, Ann Reed, said the firm was "
             "sorry.\n", "North Fenwick Water Ltd", "North Fenwick"),
            ("Contracts\n\nTierra Alta Builders Corp failed to appear. Tierra Alta said its president was ill.\n",
             "Tierra Alta Builders Corp", "Tierra Alta")):
        actors = _actors(text)
        assert short in actors[name].aliases, text
        assert short not in actors, text  # (one actor, not a body or a "person" of the short name)
    # near misses: a short form that is a country or a given name stays what it is
    actors = _actors("Deal\n\nJordan Foods Inc. said sales rose. Jordan's king visited Washington.\n")
    assert actors["Jordan"].kind == "country" and "Jordan" not in actors["Jordan Foods Inc"].aliases
    actors = _actors("Deal\n\nLisa Foods Ltd said profit fell. Lisa Chen, an analyst, said more.\n")
    assert "Lisa" not in actors["Lisa Foods Ltd"].aliases


def test_a_business_described_with_its_home_or_trade_is_the_latest_business_that_fits() -> None:
    for text, name, alias in (
            ("Recall\n\nThe company bought the brand in 2023 from Nestle. A Nestle spokesman said the Swiss company no longer "
             "had any role.\n", "Nestle", "the Swiss company"),
            ("Steel\n\nApex Steel Corp said on Monday it would buy a mill in Ohio. The Pittsburgh-based steelmaker said the deal "
             "would close in March.\n", "Apex Steel Corp", "the Pittsburgh-based steelmaker"),
            ("Routes\n\nHapag-Lloyd, Germany's largest container line, said it was reviewing its routes. The German carrier "
             "expects to keep its ships away from the Red Sea.\n", "Hapag-Lloyd", "the German carrier")):
        actor = _actors(text)[name]
        assert alias in actor.aliases, text
    # near misses: a place word naming another body's country; a public body is no business
    actors = _actors("Fares\n\nLufthansa raised fares on Monday. Air France cut them. The German carrier said fuel costs had "
                     "risen.\n")
    assert not any("German" in a for a in actors["Air France"].aliases)
    actors = _actors("Fine\n\nThe Environment Agency fined the firm. The British company said it would appeal.\n")
    assert not any("British" in a for a in actors["Environment Agency"].aliases)


def test_a_country_named_only_as_the_first_word_of_another_name_is_no_actor() -> None:
    for text, country in (
            ("Charges\n\nHOUSTON (AP) - A trustee was arrested on Thursday. \"Officials who sell their votes betray us,\" U.S. "
             "Attorney Nicholas Ganjei said in a statement.\n", "United States"),
            ("Patrols\n\nThe U.S. Navy's Fifth Fleet said it had no plans to resume escort patrols.\n", "United States"),
            ("Fares\n\nThe Australian Competition and Consumer Commission sued the airline on Monday. The regulator said "
             "fares were misleading.\n", "Australia"),
            ("War\n\nThe Sudanese Armed Forces said they had retaken the city.\n", "Sudan")):
        assert country not in _actors(text), text
    # near misses: a country named as itself anywhere stays; a possessive is no modifier of a name
    for text, country in (
            ("Tariffs\n\nU.S. Attorney Nicholas Ganjei said on Thursday the United States would appeal.\n", "United States"),
            ("Talks\n\nSlovakia's Robert Fico said he would veto the plan.\n", "Slovakia"),
            ("Fares\n\nThe Australian Competition and Consumer Commission sued the airline. Australia's government said "
             "fares were misleading.\n", "Australia")):
        assert country in _actors(text), text


def test_a_one_word_company_that_acts_as_it_or_gives_no_comment_is_an_organisation() -> None:
    for text, names in (
            ("Recall\n\nKroger did not reply to a request for comment. Costco said in an email that it had pulled the "
             "products.\n", ("Kroger", "Costco")),
            ("Vaccine\n\nNovavax said on Monday it would cut 500 jobs. Regulators approved the shot in May.\n", ("Novavax",)),
            ("Engines\n\nSafran declined to comment on the report. The engines were delivered late.\n", ("Safran",)),
            ("Phones\n\nApple didn't immediately respond to a request for comment.\n", ("Apple",))):
        actors = _actors(text)
        for name in names:
            assert actors[name].kind == "organization", text
    # near misses: a person's surname, a place, a pronoun-like word
    actors = _actors("Talks\n\nJane Smith, a lawyer, met the board. Smith declined to comment. Police said it was too early "
                     "to say.\n")
    assert "Smith" not in actors and "Police" not in actors
    assert _actors("Tariffs\n\nCanada said it would retaliate.\n")["Canada"].kind == "country"


def test_a_plural_group_that_opens_its_sentence_is_no_one_word_company() -> None:
    # (American parties acting as a group are the parties, by the twenty-ninth session's convention: test_s29_actors)
    assert set(_actors("Vote\n\nThe bill passed the House on Friday. Republicans said it was a victory. Democrats did not "
                       "respond to a request for comment.\n")) == {"Republican Party", "Democratic Party"}
    for text in ("Schools\n\nThe board voted to close two schools. Parents said it was a betrayal. Teachers declined to "
                 "comment.\n",
                 "Fine\n\nThe bank was fined $2 million. Spokespeople did not reply to a request for comment. Utilities "
                 "declined to comment. Conservatives said it was too little.\n"):
        assert not _actors(text), text
    # near miss: a company whose name ends like a plural but has no listed singular
    actors = _actors("Jobs\n\nSiemens said on Monday it would cut 500 jobs. Walgreens declined to comment.\n")
    assert actors["Siemens"].kind == "organization" and actors["Walgreens"].kind == "organization"


def test_a_country_named_only_inside_another_actors_mention_is_no_actor() -> None:
    actors = _actors("Rates\n\nThe Bank of Japan said on Tuesday it would hold rates. Analysts at Royal Bank of Canada said the yen "
                     "would weaken.\n")
    assert "Japan" not in actors and "Canada" not in actors and "Bank of Japan" in actors
    actors = _actors("Recall\n\nThe company bought the brand in 2023 from Nestle. A Nestle spokesman said the Swiss company no "
                     "longer had any role.\n")
    assert "Switzerland" not in actors
    # near miss: the country named as itself as well
    assert "Japan" in _actors("Rates\n\nThe Bank of Japan said on Tuesday it would hold rates. Japan's economy grew 0.3%.\n")


def test_a_unions_local_belongs_to_the_union_its_name_opens_with() -> None:
    for text, local, union in (
            ("Strike\n\nThe United Food and Commercial Workers union said the shutdown would not cost pay. Marisol Vega, "
             "president of UFCW Local 1546, said the crew was cut.\n", "UFCW Local 1546", "United Food and Commercial Workers"),
            ("Strike\n\nThe Teamsters said drivers would strike. Teamsters Local 705, which represents 3,000 of them, voted on "
             "Sunday.\n", "Teamsters Local 705", "Teamsters"),
            ("Strike\n\nThe Service Employees International Union backed the strike. Jane Roe, president of SEIU Local 1199, "
             "said members would walk out.\n", "SEIU Local 1199", "Service Employees International Union")):
        assert _actors(text)[local].affiliation == union, text
    # near miss: a local whose union the text never names keeps no parent
    assert _actors("Strike\n\nJane Roe, president of Local 1199, said members would walk out.\n")["Local 1199"].affiliation is None
