"""English actors, s9 round (people named only by title and family name, appositive titles, affiliations), one rule each."""
from __future__ import annotations

from briefing_app.analysis import analyse
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_person_named_only_by_title_and_family_name_is_an_actor() -> None:
    text = ("WASHINGTON (AP) — President Trump on Saturday ordered troops to Portland.\n\n"
            "Mr. Trump said the city was burning. Vice President Vance defended the decision, saying governors "
            "could not pick which laws to enforce.")
    actors = _actors(text)
    trump = actors["Trump"]
    assert trump.kind == "person" and trump.title == "President" and len(trump.mentions) == 2
    assert actors["Vance"].title == "Vice President"


def test_a_titled_family_name_of_someone_named_in_full_is_no_new_actor() -> None:
    actors = _actors("Barack Obama spoke on Monday. President Obama said the deal was good. Mr. Obama left.")
    assert "Obama" not in actors and len(actors["Barack Obama"].mentions) == 3


def test_a_titled_word_that_is_a_place_or_a_plain_word_is_no_person() -> None:
    actors = _actors("President Biden's envoy met Mr. Kenya on Friday. Governor Today said nothing.")
    assert "Today" not in actors and not any(a.kind == "person" and a.name == "Kenya" for a in actors.values())


def test_an_appositive_from_a_state_gives_title_and_state() -> None:
    text = ("\"This matters,\" said Peter Welch, a Democratic senator from Vermont. Welch wrote the bill with "
            "Ted Budd, a Republican from North Carolina.\n\nGov. Mike DeWine of Ohio, a Republican, praised it.")
    actors = _actors(text)
    assert (actors["Peter Welch"].title, actors["Peter Welch"].affiliation) == ("senator", "Vermont")
    assert (actors["Ted Budd"].title, actors["Ted Budd"].affiliation) == (None, "North Carolina")  # a party is no title
    assert actors["Mike DeWine"].affiliation == "Ohio"


def test_a_description_naming_a_state_goes_to_the_person_of_that_state() -> None:
    text = ("Peter Welch, a Democratic senator from Vermont, wrote the bill with Ted Budd, a Republican from "
            "North Carolina.\n\n\"It was stripped of mandates,\" the North Carolina senator said.")
    actors = _actors(text)
    said = [q for q in analyse(text).quotes if q.mention is not None][0]
    assert said.speaker == "Ted Budd"
    assert not any("North Carolina senator" in a for a in actors["Peter Welch"].aliases)


def test_america_inside_a_bodys_name_or_a_federal_courts_is_no_country() -> None:
    text = ("The Independent Community Bankers of America said consolidation hurt rural borrowers. The Association of "
            "American Railroads opposed the bill, and Americans United for Separation of Church and State sued.\n\n"
            "U.S. District Judge Amit Mehta ruled on Tuesday.")
    assert "United States" not in _actors(text)
    assert "United States" in _actors("U.S. officials said on Tuesday that America would not pay.")
    assert "United States" in _actors("The people of America want a deal, the senator said.")


def test_bodies_named_by_more_organisation_nouns() -> None:
    text = ("The Independent Community Bankers of America said consolidation hurt rural borrowers.\n\n"
            "Helen Dickinson, who heads the British Retail Consortium, said shops would raise prices. The consortium "
            "represents 200 retailers.\n\nKaren Lindsey, director of the Rail Workers Safety Coalition, disagreed.")
    actors = _actors(text)
    assert actors["Independent Community Bankers of America"].kind == "organization"
    assert "Community Bankers" not in actors and "Rail Workers" not in actors
    assert "Rail Workers Safety Coalition" in actors and "United Kingdom" not in actors
    assert "the consortium" in [a.lower() for a in actors["British Retail Consortium"].aliases]


def test_a_possessive_inside_a_bodys_name_is_no_person() -> None:
    text = ("Dr. Paul Offit of Children's Hospital of Philadelphia said the risk was low, said Dean Blumberg of "
            "UC Davis Children's Hospital.")
    actors = _actors(text)
    assert "Children's Hospital of Philadelphia" in actors and "UC Davis Children's Hospital" in actors
    assert not any(a.kind == "person" and "Children" in a.name for a in actors.values())


def test_a_public_body_of_a_state_and_its_owner_described_by_kind() -> None:
    text = ("The state referred the case to the Medical Board of California. Dr. Amy Lee of the University of "
            "California said the clinic had failed.\n\nThe clinic's owner, Dr. Harpreet Sandhu, said the Valley "
            "Family Clinic was cooperating.")
    actors = _actors(text)
    assert actors["Medical Board of California"].affiliation == "California"
    text = ("Inspectors visited the Valley Family Clinic on Monday.\n\nThe clinic's owner, Dr. Harpreet Sandhu, said "
            "the problem came from one refrigerator.")
    sandhu = _actors(text)["Harpreet Sandhu"]
    assert (sandhu.title, sandhu.affiliation) == ("owner", "Valley Family Clinic")


def test_a_supervisor_of_a_text_naming_a_county_is_the_countys_and_a_mayors_city_is_no_person() -> None:
    text = ("Sacramento County moved on Wednesday to close the clinic, the county said. The Medical Board of California "
            "will review it.\n\nSupervisor Patrick Kennedy called for an audit. \"Parents deserve to know,\" Kennedy said."
            "\n\nElk Grove Mayor Bobbie Singh-Allen said the city would help families.")
    actors = _actors(text)
    assert actors["Patrick Kennedy"].affiliation == "Sacramento County"
    assert actors["Bobbie Singh-Allen"].affiliation == "Elk Grove"
    assert not any(a.kind == "person" and a.name == "Elk Grove" for a in actors.values())


def test_people_of_a_body_before_its_name_are_no_part_of_it() -> None:
    text = "Envoys of the Sudanese Armed Forces (SAF) returned to talks on Tuesday. The SAF wants a truce."
    actors = _actors(text)
    assert "Sudanese Armed Forces" in actors and not any(a.startswith("Envoys") for a in actors)
    assert actors["Sudanese Armed Forces"].affiliation == "Sudan"


def test_an_acronym_names_the_second_of_two_joined_bodies() -> None:
    text = "The deal needs approval by the Federal Reserve and the Office of the Comptroller of the Currency (OCC)."
    actors = _actors(text)
    assert actors["Office of the Comptroller of the Currency"].aliases == ["OCC"]
    assert actors["Office of the Comptroller of the Currency"].affiliation == "United States"
    assert "Federal Reserve" in actors


def test_a_company_and_the_short_name_it_goes_by_are_one() -> None:
    text = ("Meridian Financial Corp. agreed to buy Lakeshore Bancorp. Lakeshore shareholders will get Meridian "
            "shares, and Meridian's chief executive, Dana Whitcomb, will run the bank.")
    actors = _actors(text)
    assert "Meridian" not in actors and "Lakeshore" not in actors
    assert "Meridian" in actors["Meridian Financial Corp"].aliases
    assert actors["Dana Whitcomb"].affiliation in ("Meridian Financial Corp", "Meridian")


def test_a_known_body_as_possessor_is_the_affiliation() -> None:
    bowman = _actors("The Fed's vice chair for supervision, Michelle Bowman, wants faster reviews.")["Michelle Bowman"]
    assert bowman.affiliation == "Federal Reserve"


def test_a_capital_ending_like_a_demonym_is_a_place_said_where() -> None:
    text = ("The World Food Programme said trucks were waiting. \"Every day counts,\" said Leni Kinzli, a WFP "
            "spokeswoman in Nairobi.")
    assert "Kenya" not in _actors(text)
    assert "Kenya" in _actors("Nairobi said on Friday it would send troops.")


def test_a_person_named_again_by_the_first_of_three_names() -> None:
    text = ("Tedros Adhanom Ghebreyesus, the WHO director-general, spoke in Geneva. Mr. Tedros urged wealthy "
            "governments to share doses.")
    actors = _actors(text)
    assert "Tedros" not in actors and "Mr. Tedros" in actors["Tedros Adhanom Ghebreyesus"].aliases


def test_two_bodies_joined_by_and_the_are_two_and_a_title_with_cabinet_is_no_body() -> None:
    actors = _actors("The U.S. Justice Department and the Federal Trade Commission are also examining the deal.\n\n"
                     "Chief Cabinet Secretary Yoshimasa Hayashi told a regular briefing that Tokyo was concerned.")
    assert "Federal Trade Commission" in actors and not any(" and the " in name for name in actors)
    assert not any("Cabinet" in name for name in actors if name != "Yoshimasa Hayashi")
    assert actors["Yoshimasa Hayashi"].title == "Chief Cabinet Secretary"


def test_a_company_in_apposition_and_its_officers() -> None:
    text = ("Bavarian Nordic, the Danish company that makes the vaccine, said it could deliver more doses. Paul Chaplin, "
            "its chief executive, said production was not the problem.\n\nNvidia said it would cooperate. Chief "
            "executive Jensen Huang, who co-founded the company in 1993, was in London.")
    actors = _actors(text)
    assert actors["Bavarian Nordic"].kind == "organization"
    assert actors["Paul Chaplin"].affiliation == "Bavarian Nordic" and actors["Jensen Huang"].affiliation == "Nvidia"


def test_a_scientist_at_an_institute_and_a_body_described_in_apposition() -> None:
    text = ("The Africa Centres for Disease Control and Prevention, the African Union's health agency, said it would "
            "ask for funds. Jean Kaseya, who heads the agency, called it a failure.\n\nDr. Placide Mbala, a virologist at "
            "the National Institute for Biomedical Research in Kinshasa, said children were most at risk.")
    actors = _actors(text)
    cdc = actors["Africa Centres for Disease Control and Prevention"]
    assert cdc.affiliation == "African Union" and "the African Union's health agency" in cdc.aliases
    assert "health agency" not in actors and "Disease Control" not in actors
    assert actors["Jean Kaseya"].affiliation == cdc.name
    mbala = actors["Placide Mbala"]
    assert (mbala.title, mbala.affiliation) == ("virologist", "National Institute for Biomedical Research")


def test_premiers_of_two_provinces_and_a_minister_responsible_for_a_file() -> None:
    text = ("Ontario Premier Doug Ford called it a mistake. Alberta's premier, Danielle Smith, welcomed the pause.\n\n"
            "Dominic LeBlanc, the minister responsible for trade, will travel to Washington. A spokesperson for Jamieson "
            "Greer, the trade representative, declined to comment on the U.S. position.")
    actors = _actors(text)
    assert (actors["Doug Ford"].title, actors["Doug Ford"].affiliation) == ("Premier", "Ontario")
    assert actors["Danielle Smith"].affiliation == "Alberta"
    assert actors["Dominic LeBlanc"].title == "minister responsible for trade"
    assert actors["Jamieson Greer"].affiliation == "United States"


def test_more_african_countries_and_their_ministers() -> None:
    text = "Congo's health minister, Roger Kamba, said the country needed three million doses. Kinshasa asked for help."
    actors = _actors(text)
    assert actors["Roger Kamba"].affiliation == "Democratic Republic of Congo"
    assert "Kinshasa" in actors["Democratic Republic of Congo"].aliases


def test_lower_case_national_titles_and_a_pre_modified_spokesman() -> None:
    text = ("The chancellor, Rachel Reeves, defended the rise. Downing Street said the government would not move.\n\n"
            "Hegseth signed the order, according to a Pentagon spokesman, Sean Parnell.")
    actors = _actors(text)
    assert actors["Rachel Reeves"].affiliation == "United Kingdom"
    assert (actors["Sean Parnell"].title, actors["Sean Parnell"].affiliation) == ("spokesman", "Pentagon")


def test_a_state_inside_another_name_does_not_count_as_a_second_state() -> None:
    text = ("President Trump ordered the Oregon National Guard into service over objections from Gov. Tina Kotek. "
            "Oregon sued.\n\nElizabeth Goitein of the Brennan Center for Justice at New York University criticised it.")
    assert _actors(text)["Tina Kotek"].affiliation == "Oregon"


def test_an_outlet_told_something_and_a_place_names_tail_are_no_actors() -> None:
    text = ("Sudan's foreign minister, Ali Youssef, told Al Jazeera the government would not negotiate. Egypt and the "
            "United Arab Emirates, which Sudan accuses of arming the RSF, are not at the table.")
    actors = _actors(text)
    assert "Al Jazeera" not in actors and "Emirates" not in actors and "United Arab Emirates" in actors
    assert "John Smith" in _actors("The minister told John Smith, a farmer, that aid was coming. Smith was grateful.")


def test_bodies_named_with_which_and_airlines_joined_by_and() -> None:
    text = ("SkyWest, which flies regional routes for Delta Air Lines and United Airlines, grounded 40 aircraft. "
            "GE Aerospace, which builds the engines, said it was working with investigators.")
    actors = _actors(text)
    assert {"Delta Air Lines", "United Airlines", "GE Aerospace"} <= set(actors)
    assert not any(" and " in name or name == "Aerospace" for name in actors)


def test_the_last_word_of_a_bodys_name_alone_is_that_body() -> None:
    text = ("King County Metro, which runs the buses, says the lanes would save time. Metro's general manager, "
            "Michelle Allison, told the committee that ridership had recovered.\n\nThe American Civil Liberties Union "
            "of Texas sued. Texas Attorney General Ken Paxton said the state would appeal.")
    actors = _actors(text)
    assert "Metro" in actors["King County Metro"].aliases
    assert actors["Michelle Allison"].affiliation == "King County Metro"
    assert actors["Ken Paxton"].affiliation != "American Civil Liberties Union of Texas"


def test_the_kind_the_text_gives_a_body_lets_the_kind_stand_for_it() -> None:
    text = ("Médecins Sans Frontières, the medical charity, said clinics were full. The charity asked for access.\n\n"
            "The RMT union called a strike. The union said its members had voted.")
    actors = _actors(text)
    assert "the charity" in actors["Médecins Sans Frontières"].aliases
    assert "the union" in actors["RMT"].aliases


def test_a_sentences_frame_of_place_is_no_actor_even_by_the_countrys_name() -> None:
    text = "Cases rose in Africa. In the United States, the Centers for Disease Control and Prevention said the risk was low."
    assert "United States" not in _actors(text)
    assert "United States" in _actors("The United States said it would help. In the United States, the CDC agreed.")


def test_a_body_named_with_of_after_for_and_heads_with_a_possessive_or_under() -> None:
    probes = {
        "\"We will appeal,\" said Maria Lopez, a spokeswoman for the Texas Department of Transportation.":
            ("Maria Lopez", "Texas Department of Transportation"),
        "Ann Lee, a spokeswoman for the Bank of England, said rates would hold.": ("Ann Lee", "Bank of England"),
        "Jane Doe, who leads the Sierra Club's climate program, criticised the decision.": ("Jane Doe", "Sierra Club"),
        "Lina Khan, who chaired the Federal Trade Commission under President Biden, said it was illegal.":
            ("Lina Khan", "Federal Trade Commission"),
    }
    for text, (name, body) in probes.items():
        assert _actors(text)[name].affiliation == body, text


def test_a_country_an_official_talks_with_is_not_theirs() -> None:
    text = "Markets rose.\n\nTreasury Secretary Scott Bessent said talks with China were going well."
    assert _actors(text)["Scott Bessent"].affiliation != "China"
    text = "Markets rose.\n\nForeign Minister Wang Yi said China would respond to the tariffs."
    assert _actors(text)["Wang Yi"].affiliation == "China"


def test_an_envoys_post_and_a_dotted_abbreviation_inside_an_appositive() -> None:
    text = ("Tom Perriello, the U.S. special envoy for Sudan, said the delegations would meet. The American diplomat "
            "has visited Port Sudan twice.\n\nRahm Emanuel, a former U.S. ambassador to Japan, said Beijing was testing "
            "the alliance.")
    actors = _actors(text)
    assert (actors["Tom Perriello"].title, actors["Tom Perriello"].affiliation) == ("U.S. special envoy for Sudan",
                                                                                     "United States")
    assert "the american diplomat" in [a.lower() for a in actors["Tom Perriello"].aliases]
    assert actors["Rahm Emanuel"].affiliation == "United States"
    lee = _actors("He spoke to Ann Lee, the head of the WHO. She said cases rose.")["Ann Lee"]
    assert lee.affiliation == "World Health Organization"  # (a sentence still ends after an acronym)


def test_a_spokesperson_named_with_no_body_speaks_for_the_subject_before() -> None:
    text = "Markets fell.\n\nAcme Corp said it would cut 500 jobs. Ann Smith, a spokeswoman, said the cuts were painful."
    assert _actors(text)["Ann Smith"].affiliation == "Acme Corp"
    text = "Markets fell.\n\nUkraine said it shot down 40 drones. Yuriy Ihnat, a spokesman, said most were Shaheds."
    assert _actors(text)["Yuriy Ihnat"].affiliation == "Ukraine"
    text = "Markets fell.\n\nThe cuts hurt. Ann Smith, a spokeswoman, said so."
    assert _actors(text)["Ann Smith"].affiliation is None


def test_a_county_board_of_a_text_naming_one_county_is_the_countys() -> None:
    text = ("Sacramento County moved on Wednesday to close the clinic, the county said.\n\n"
            "The Board of Supervisors will vote on the audit next Tuesday.")
    assert _actors(text)["Board of Supervisors"].affiliation == "Sacramento County"


def test_a_description_in_apposition_to_a_body_is_its_alias_and_makes_no_country() -> None:
    text = ("Markets fell.\n\nBavarian Nordic, the Danish company that makes the vaccine, said it could deliver more. "
            "The Independent Community Bankers of America, a trade group for smaller lenders, said consolidation hurt.")
    actors = _actors(text)
    assert "the Danish company" in actors["Bavarian Nordic"].aliases and "Denmark" not in actors
    assert "a trade group for smaller lenders" in actors["Independent Community Bankers of America"].aliases
    text = "Markets fell.\n\nThe Bavarian sister party, the Christian Social Union, backed Merz. Denmark said so."
    assert "Denmark" in _actors(text)


def test_a_party_named_by_its_members_in_the_plural() -> None:
    actors = _actors("Markets fell.\n\nThe Conservatives are split on the bill. The Liberals said they would vote for it.")
    assert actors["Conservatives"].kind == "organization" and "Liberals" in actors
    text = ("Markets fell.\n\nPierre Poilievre, leader of the Conservative Party, accused the Liberals of waving a white "
            "flag. The Conservatives will force a vote.")
    actors = _actors(text)
    assert "Conservatives" in actors["Conservative Party"].aliases and "Conservatives" not in actors
    assert "Democrats" not in _actors("Markets fell.\n\nThe Democrats said they would vote against the bill.")


def test_a_body_found_only_inside_a_longer_bodys_name_is_none() -> None:
    text = ("Markets fell.\n\nThe Office for Budget Responsibility, the government's fiscal watchdog, is due to publish "
            "new forecasts. Its chairman, Richard Hughes, told the committee that the rise would raise £25bn.")
    actors = _actors(text)
    assert "Office for Budget Responsibility" in actors and "Budget Responsibility" not in actors


def test_a_governor_after_a_central_bank_opens_the_sentence_before_is_its() -> None:
    text = "Markets fell.\n\nThe Bank of Japan kept rates unchanged. Governor Kazuo Ueda said inflation was on track."
    assert _actors(text)["Kazuo Ueda"].affiliation == "Bank of Japan"
    text = "Markets fell.\n\nThe Senate passed the bill. Governor Gavin Newsom said he would sign it."
    assert _actors(text)["Gavin Newsom"].affiliation != "Senate"
