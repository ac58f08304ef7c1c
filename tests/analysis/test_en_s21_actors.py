"""Session 21 English actor rules, one test each (sentences written for the test): a former post keeps the place or
body named after "former"; a senator or governor "of" a US state is that state's."""
from __future__ import annotations

from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_former_post_keeps_the_state_or_country_named_after_former() -> None:
    actors = _actors("Race\n\nFormer Nebraska governor Dale Porter said the race was close. The plan was praised by "
                     "former Peruvian President Elena Ruiz and former Ohio Sen. Mark Dunlow.\n")
    assert (actors["Dale Porter"].title, actors["Dale Porter"].affiliation) == ("Former governor", "Nebraska")
    assert actors["Elena Ruiz"].affiliation == "Peru"
    assert actors["Mark Dunlow"].affiliation == "Ohio"


def test_a_then_or_ex_prefix_is_no_part_of_the_place_or_party() -> None:
    actors = _actors("Law\n\nThen-Oregon Gov. Paul Lindqvist signed the bill in 2004. Ex-Labour leader Tom Brennan "
                     "said it had worked.\n")
    assert actors["Paul Lindqvist"].affiliation == "Oregon"
    assert "Ex-Labour" not in actors  # (no organisation of the prefixed word)
    assert actors["Tom Brennan"].affiliation != "Ex-Labour"


def test_a_present_post_after_the_name_goes_before_a_former_one() -> None:
    actors = _actors("Funds\n\nThe committee is short of money, said former Iowa governor Carl Hensley, who serves as "
                     "chairman of the Des Moines Host Committee.\n")
    assert actors["Carl Hensley"].affiliation == "Des Moines Host Committee"


def test_a_former_title_with_no_place_or_body_is_as_before() -> None:
    actors = _actors("Talk\n\nFormer Mayor Janet Olsen said the city was safe.\n")
    assert (actors["Janet Olsen"].title, actors["Janet Olsen"].affiliation) == ("Former Mayor", None)


def test_a_senator_of_a_us_state_is_that_states_without_other_american_words() -> None:
    actors = _actors("Vote\n\nSen. Laura Whitfield of Montana said she would object. Gov. Peter Arndt of Kansas "
                     "said the same.\n")
    assert actors["Laura Whitfield"].affiliation == "Montana"
    assert actors["Peter Arndt"].affiliation == "Kansas"


def test_a_speaker_a_chairman_or_an_untitled_person_of_a_state_takes_no_state_from_of() -> None:
    actors = _actors("Vote\n\nCaucus Chairman Ray Tolliver of Georgia said he was outraged. Dana Moss of Utah, a "
                     "retired teacher, said she would vote no. Sarah Klein of Texas said little.\n")
    assert actors["Ray Tolliver"].affiliation != "Georgia"
    assert actors["Sarah Klein"].affiliation is None


def test_a_partys_body_keeps_the_partys_word_in_its_name() -> None:
    actors = _actors("Debate\n\nThe Republican National Committee said on Friday the debate would go ahead. Dana Kell, "
                     "who heads the Republican Jewish Coalition, said members were pleased.\n")
    assert "Republican National Committee" in actors and "National Committee" not in actors
    assert actors["Republican Jewish Coalition"].kind == "organization"
    assert actors["Dana Kell"].affiliation == "Republican Jewish Coalition"


def test_a_unit_at_a_university_is_the_affiliation_and_the_university_its_parent() -> None:
    actors = _actors("Climate\n\nLi Wen, director of the Shanghai Ocean Centre at Fudan University, said the data were "
                     "clear. Maya Ross, director of the Center for Rural Affairs at the University of Vermont, agreed. "
                     "Tom Hale, a researcher at the Institute for Labor Studies at the London School of Economics, "
                     "disagreed.\n")
    assert (actors["Li Wen"].title, actors["Li Wen"].affiliation) == ("director", "Shanghai Ocean Centre")
    assert actors["Shanghai Ocean Centre"].affiliation == "Fudan University"
    assert actors["Maya Ross"].affiliation == "Center for Rural Affairs"
    assert actors["Tom Hale"].affiliation == "Institute for Labor Studies"


def test_a_topic_or_a_place_before_at_leaves_the_body_after_it() -> None:
    actors = _actors("Talks\n\nRuth Amare, a senior analyst for Sudan at the International Crisis Group, said talks "
                     "were stuck. Ana Paz, a professor of economics at Stanford University, agreed.\n")
    assert actors["Ruth Amare"].affiliation == "International Crisis Group"
    assert actors["Ana Paz"].affiliation == "Stanford University"


def test_a_council_of_a_country_is_that_countrys_and_no_un_body() -> None:
    actors = _actors("Threat\n\nThe Security Council of Moldova met on Monday. The National Security Council of Armenia "
                     "met the same day, and the Property Council of Australia welcomed the plan.\n")
    assert actors["Security Council of Moldova"].affiliation == "Moldova"
    assert actors["National Security Council of Armenia"].affiliation == "Armenia"
    assert actors["Property Council of Australia"].affiliation is None
    assert "UN Security Council" not in actors
    un = _actors("Vote\n\nThe Security Council of the United Nations voted on Friday.\n")
    assert "UN Security Council" in un
