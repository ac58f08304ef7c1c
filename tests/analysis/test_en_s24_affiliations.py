"""Session 24 English affiliation rules, one test each (sentences written for the test): a body or place that owns
a name with no title between ("Halden Radio's Tom Vance"), plural possessives ("Marlow News' Ann Petit"), and the
forms a person's later sentences give."""
from __future__ import annotations

from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_country_or_state_that_owns_a_name_is_the_persons() -> None:
    actors = _actors("Talks\n\nNorway's Ingrid Haugen said the talks would go on. Later, Vermont's Carl Dobbs voted "
                     "against the bill and North Dakota's Susan Ruiz voted for it.\n")
    assert actors["Ingrid Haugen"].affiliation == "Norway"
    assert actors["Carl Dobbs"].affiliation == "Vermont"
    assert actors["Susan Ruiz"].affiliation == "North Dakota"


def test_a_body_that_owns_a_name_is_the_persons() -> None:
    actors = _actors("Debate\n\nThe first question came from WKRB's Tom Vance, who asked about taxes. Halden "
                     "Radio's Ann Petit asked the second.\n")
    assert actors["Tom Vance"].affiliation == "WKRB"
    assert actors["Ann Petit"].affiliation == "Halden Radio"


def test_a_plural_possessive_owner_is_no_part_of_the_name() -> None:
    actors = _actors("Debate\n\nMarlow News' Ann Petit asked the first question. Petit said the answer was weak.\n")
    assert "Ann Petit" in actors
    assert actors["Ann Petit"].affiliation == "Marlow News"
    assert not any("Marlow News" in name and actors[name].kind == "person" for name in actors)


def test_a_persons_plural_possessive_is_the_same_person() -> None:
    actors = _actors("Race\n\nGreta Myers' campaign raised $2 million. Greta Myers spoke in Dunmore on Monday, and "
                     "aides said much in Myers' plan was new.\n")
    assert "Greta Myers" in actors
    assert not any(name.endswith("'") for name in actors)


def test_a_person_owns_no_name() -> None:
    actors = _actors("Visit\n\nLi Wenhao met Zhou Pengfei on Monday. Li Wenhao's Zhou Pengfei said little. "
                     "Carla Munro's Peter Dunn spoke first.\n")
    assert actors["Zhou Pengfei"].affiliation is None
    assert actors["Peter Dunn"].affiliation is None


def test_a_title_after_the_name_gives_the_body_before_an_owning_state() -> None:
    actors = _actors("Hearing\n\nOhio's Ruth Dale, chair of the Senate Banking Committee, opened the hearing.\n")
    assert actors["Ruth Dale"].affiliation == "Senate Banking Committee"


def test_a_pronoun_sentence_after_the_name_gives_the_post() -> None:
    actors = _actors("Obituary\n\nPeter Hale died on Sunday at his home in Dunmore. He founded Corvan Foods in 1990 "
                     "and led it for thirty years.\n\nMira Osei spoke at the funeral. She is a professor of history at "
                     "Leiden University.\n")
    assert actors["Peter Hale"].affiliation == "Corvan Foods"
    assert actors["Mira Osei"].affiliation == "Leiden University"
    assert actors["Mira Osei"].title == "professor of history"


def test_a_pronoun_takes_the_person_its_gender_fits() -> None:
    actors = _actors("Talks\n\nAnna Berg met Tom Reyes in Oslo on Friday. He is a senior lawyer at Corbin & Vale.\n")
    assert actors["Tom Reyes"].affiliation == "Corbin & Vale"
    assert actors["Anna Berg"].affiliation is None


def test_a_pronoun_after_a_sentence_that_names_nobody_gives_nothing() -> None:
    actors = _actors("Senate\n\nGreg Toll spoke first. The Vermont senator with a grey beard may be the luckiest man "
                     "in the chamber. He chairs the Senate Ethics Committee in a year of scandals.\n")
    assert actors["Greg Toll"].affiliation is None


def test_a_pronoun_sentence_that_names_a_place_gives_no_affiliation() -> None:
    actors = _actors("Race\n\nGreg Toll lost the vote in Iowa. He leads by a wide margin in New Hampshire, so he may "
                     "rebound.\n")
    assert actors["Greg Toll"].affiliation is None


def test_a_former_employer_in_a_relative_clause() -> None:
    actors = _actors("Rates\n\nMaria Olsen, who worked for Halden Bank, said rates would rise. Tom Reyes, who used "
                     "to work for the Marlow Trust, disagreed. Ken Dale, who worked for Wisconsin Gov. Sam Ray, "
                     "said nothing.\n")
    assert actors["Maria Olsen"].affiliation == "Halden Bank"
    assert actors["Tom Reyes"].affiliation == "Marlow Trust"
    assert actors["Ken Dale"].affiliation is None


def test_a_who_clause_is_no_raw_title() -> None:
    actors = _actors("Vote\n\nGreta Lind, who was a Democrat, said the vote was unfair. Ed Hale, who serves as "
                     "treasurer of the Marlow Workers Union, agreed. Tom Lee, who is also chairman of Halden Bank, "
                     "said nothing. Rita Moss, who is vying to be the next president, left early.\n")
    assert actors["Greta Lind"].title is None
    assert (actors["Ed Hale"].title, actors["Ed Hale"].affiliation) == ("treasurer", "Marlow Workers Union")
    assert (actors["Tom Lee"].title, actors["Tom Lee"].affiliation) == ("chairman", "Halden Bank")
    assert actors["Rita Moss"].title is None


def test_a_post_taken_up_in_a_relative_clause() -> None:
    actors = _actors("Coup\n\nGeneral Hal Tamsa, who was sworn in as interim president on Thursday, spoke on radio. "
                     "Ed Hale, who became chief executive of Halden Bank in 2019, said nothing.\n")
    assert actors["Hal Tamsa"].title.endswith("interim president")
    assert (actors["Ed Hale"].title, actors["Ed Hale"].affiliation) == ("chief executive", "Halden Bank")


def test_how_long_a_post_was_held_is_no_part_of_the_body() -> None:
    actors = _actors("Obituary\n\nPeter Hale, who was the chief executive of Corvan Foods for thirty years, died.\n")
    assert actors["Peter Hale"].affiliation == "Corvan Foods"


def test_a_chief_constable_is_no_name_word() -> None:
    actors = _actors("Police\n\nChief Constable Mark Hobbs said the force would review the case.\n")
    assert "Mark Hobbs" in actors
    assert actors["Mark Hobbs"].title == "Chief Constable"


def test_a_persons_adviser_has_no_body() -> None:
    actors = _actors("Deal\n\nFormer Lanford adviser David Marsh said the deal was weak. Pfizer spokesman Tom Reyes "
                     "disagreed.\n")
    assert actors["David Marsh"].affiliation is None
    assert actors["David Marsh"].title == "Former adviser"
    assert actors["Tom Reyes"].affiliation == "Pfizer"


def test_an_officer_quoted_after_the_body_is_its_officer() -> None:
    actors = _actors("Results\n\nHalden Bank reported a loss on Tuesday. \"Costs have risen,\" said Maria Olsen, the "
                     "chief executive.\n\nThe Marlow Workers Union called a strike. \"We have no choice,\" Ruth Keller, "
                     "the general secretary, said.\n")
    assert actors["Maria Olsen"].affiliation == "Halden Bank"
    assert actors["Ruth Keller"].affiliation == "Marlow Workers Union"


def test_a_body_noun_that_opens_a_title_is_the_body_named_before() -> None:
    actors = _actors("Budget\n\nWestfield Council approved the budget on Monday. Sam Hart, the council leader, said "
                     "the cuts were painful.\n")
    assert actors["Sam Hart"].affiliation == "Westfield Council"


def test_a_unit_at_a_named_body_gives_that_body() -> None:
    actors = _actors("Study\n\nRita Moss, chairman of the computer science department at Dunmore College in Ohio, "
                     "said the study was sound.\n")
    assert actors["Rita Moss"].affiliation == "Dunmore College"
    assert actors["Rita Moss"].title == "chairman"


def test_a_director_or_head_named_after_the_body_is_its() -> None:
    actors = _actors("Fine\n\nThe Hollis Agency fined the company on Monday. Director Paul Brennan said the fine was "
                     "fair.\n\nThe Red Cross said its convoy had arrived. Anna Petit, head of delegation, said supplies "
                     "were short.\n")
    assert actors["Paul Brennan"].affiliation == "Hollis Agency"
    assert actors["Anna Petit"].affiliation == "Red Cross"


def test_a_description_tied_to_the_person_gives_its_relative_clause() -> None:
    actors = _actors("Tax\n\nSen. Tom Calder spoke on Tuesday. The senator, who chairs the Senate Finance Committee, said "
                     "the bill would pass.\n")
    assert actors["Tom Calder"].affiliation == "Senate Finance Committee"


def test_a_bio_with_two_roles_gives_the_body_of_the_second() -> None:
    actors = _actors("Letters\n\nCindy Marlowe wrote the letter. Marlowe is a retired marketing executive in Tucson and "
                     "a fellow with the Dunmore Writers Project.\n")
    assert actors["Cindy Marlowe"].title == "retired marketing executive"
    assert actors["Cindy Marlowe"].affiliation == "Dunmore Writers Project"


def test_a_spokeswoman_of_a_body_noun_in_apposition_before_the_name() -> None:
    actors = _actors("Crash\n\nTwo pupils were taken to Dunmore Children's Hospital with minor injuries, a hospital "
                     "spokeswoman, Erin Pope, said.\n")
    assert actors["Erin Pope"].title == "hospital spokeswoman"
    assert actors["Erin Pope"].affiliation == "Dunmore Children's Hospital"


def test_an_appointment_gives_the_post() -> None:
    actors = _actors("Bank\n\nLena Ortiz was appointed chief executive of Halden Bank on Monday. Corvan Foods named "
                     "Tom Reyes as chief financial officer in March. Marlow Trust named Ann Petit its new chairwoman.\n")
    assert (actors["Lena Ortiz"].title, actors["Lena Ortiz"].affiliation) == ("chief executive", "Halden Bank")
    assert actors["Tom Reyes"].title == "chief financial officer"
    assert actors["Ann Petit"].title == "chairwoman"


def test_as_and_a_title_after_a_name_no_verb_appoints_is_no_post() -> None:
    actors = _actors("Race\n\nObama defended Greta Lind as a mainstream candidate. Critics want to stop Rita Moss as "
                     "president.\n")
    assert actors.get("Greta Lind") is None or actors["Greta Lind"].title is None
    assert actors.get("Rita Moss") is None or actors["Rita Moss"].title is None
