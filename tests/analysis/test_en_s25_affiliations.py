"""Session 25 English affiliation rules, one test each (sentences written for the test): common given names of
international and US news are known (a person named once who says nothing is kept by a known given name), a
spokesperson's principal named by the family name, a fronted "a Cypriot government spokesman, X," ..."""
from __future__ import annotations

import pytest

from briefing_app.analysis.given_names import sex_of
from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("name, sex", [("Bret", "m"), ("Marcus", "m"), ("Martin", "m"), ("Simon", "m"), ("Tony", "m"),
                                       ("Corey", "m"), ("Kate", "f"), ("Heidi", "f"), ("Aisha", "f"), ("Sylvia", "f"),
                                       ("Lee", None), ("Graham", None), ("Milan", None), ("Jan", None)])
def test_more_common_given_names_have_a_sex(name: str, sex: str | None) -> None:
    assert sex_of(name) == sex


def test_a_person_named_once_by_a_common_given_name_is_kept_with_the_owner() -> None:
    actors = _actors("Debate\n\nHalden Radio's Bret Vance asked about taxes. Marcus Reyes of the Marlow Trust "
                     "spoke next, and Heidi Olsen, a nurse at St Anne's Hospital, listened.\n")
    assert actors["Bret Vance"].affiliation == "Halden Radio"
    assert actors["Marcus Reyes"].affiliation == "Marlow Trust"
    assert actors["Heidi Olsen"].affiliation == "St Anne's Hospital"


def test_a_spokespersons_principal_named_by_family_name_is_the_full_name() -> None:
    actors = _actors("Bill\n\nGov. Gavin Rudd will sign the bill. A Rudd spokesperson, Izzy Marsh, said the governor "
                     "would review it. Rudd's lawyer, Tom Bell, said nothing.\n")
    assert actors["Izzy Marsh"].affiliation == "Gavin Rudd"
    assert actors["Tom Bell"].affiliation is None


def test_a_fronted_spokesman_with_a_demonym_and_a_noun() -> None:
    actors = _actors("Talks\n\nCyprus was not consulted, a Cypriot government spokesman, Nikos Andreou, said. The "
                     "talks failed, a Halden Bank press spokesman, Tom Hale, said.\n")
    assert actors["Nikos Andreou"].title == "government spokesman"
    assert actors["Nikos Andreou"].affiliation == "Cyprus"
    assert actors["Tom Hale"].affiliation == "Halden Bank"


def test_a_one_word_body_that_owns_a_name() -> None:
    actors = _actors("Debate\n\nWirepress' Ann Hale asked the minister about the plan. Newsdesk's Tom Vance asked "
                     "next, and Pollwatch's senior editor Rita Moss wrote that the answer was weak.\n")
    assert actors["Ann Hale"].affiliation == "Wirepress"
    assert actors["Tom Vance"].affiliation == "Newsdesk"
    assert (actors["Rita Moss"].title, actors["Rita Moss"].affiliation) == ("senior editor", "Pollwatch")


def test_a_person_of_the_text_or_a_given_name_owns_no_name() -> None:
    actors = _actors("Race\n\nGreta Lind spoke first. Lind's Tom Vance said nothing, and Lind's chief of staff Ed Hale "
                     "left. Hillary's Rita Moss stayed.\n")
    assert actors["Tom Vance"].affiliation is None
    assert actors["Ed Hale"].affiliation is None
    assert actors["Rita Moss"].affiliation is None


def test_a_club_that_owns_a_name_is_no_person() -> None:
    actors = _actors("Derby\n\nMarlow United's Marcus Reyes scored twice, and Halden Rovers' Tom Hale was sent off.\n")
    assert actors["Marcus Reyes"].affiliation == "Marlow United"
    assert actors["Tom Hale"].affiliation == "Halden Rovers"


def test_a_one_word_body_in_an_appositive_possessive() -> None:
    actors = _actors("Claims\n\nThe claim is false, said Angie Moss, Factline's editor. Pollwatch's director, Ed Hale, "
                     "agreed. Greta Lind spoke. Tom Vance, Lind's campaign manager, did not.\n")
    assert (actors["Angie Moss"].title, actors["Angie Moss"].affiliation) == ("editor", "Factline")
    assert actors["Ed Hale"].affiliation == "Pollwatch"
    assert actors["Tom Vance"].affiliation != "Lind"


def test_a_day_is_no_part_of_a_body_after_a_role() -> None:
    actors = _actors("Bank\n\nLena Ortiz, chief executive of Halden Bank on Monday said profits would rise.\n")
    assert "Halden Bank on Monday" not in actors
    assert actors["Lena Ortiz"].affiliation == "Halden Bank"


def test_appointments_with_the_body_after_the_post_or_no_as() -> None:
    actors = _actors("Bank\n\nThe board chose Lena Ortiz as chief executive of Halden Bank. Marlow Trust appointed Tom "
                     "Hale chief financial officer on Monday. The council named Rita Moss head of the Dunmore Arts "
                     "Board last year.\n")
    assert (actors["Lena Ortiz"].title, actors["Lena Ortiz"].affiliation) == ("chief executive", "Halden Bank")
    assert (actors["Tom Hale"].title, actors["Tom Hale"].affiliation) == ("chief financial officer", "Marlow Trust")
    assert actors["Rita Moss"].affiliation == "Dunmore Arts Board"


def test_an_appointment_in_the_texts_first_sentence() -> None:
    actors = _actors("Halden Bank has named Lena Ortiz its new chairwoman. She starts in May.\n")
    assert (actors["Lena Ortiz"].title, actors["Lena Ortiz"].affiliation) == ("chairwoman", "Halden Bank")


def test_the_kind_of_body_the_text_called_it_ties_a_later_officer() -> None:
    actors = _actors("Rents\n\nThe housing charity Harbourside said rents had risen. The charity's chief executive, Polly "
                     "Marsh, said families were struggling.\n")
    assert actors["Polly Marsh"].affiliation == "Harbourside"


def test_an_officer_whose_name_opens_the_sentence_after_the_bodys() -> None:
    actors = _actors("Strike\n\nUnisafe said its members would strike. Gareth Hale, the union's regional secretary, said "
                     "talks had failed.\n")
    assert actors["Gareth Hale"].affiliation == "Unisafe"


def test_the_city_of_a_local_story_gives_its_mayor() -> None:
    actors = _actors("Parking\n\nThe city of Dunmore will raise parking fees next year. Mayor John Reed said the plan "
                     "was fair.\n")
    assert actors["John Reed"].affiliation == "Dunmore"


def test_the_city_of_two_towns_gives_none() -> None:
    actors = _actors("Parking\n\nThe town of Dunmore will raise fees, and the city of Halden will not. Mayor John Reed "
                     "said the plan was fair.\n")
    assert actors["John Reed"].affiliation is None


def test_a_head_of_government_by_the_texts_country() -> None:
    actors = _actors("Welfare\n\nLONDON (AP) — Labour lawmakers signed a letter, the biggest rebellion of Mark Hale's "
                     "premiership.\n\nCANBERRA (AP) — The Senate blocked the bill, handing Tom Reyes's government its first "
                     "defeat. Mr Reyes said the bill would return to Australia's parliament.\n")
    assert (actors["Mark Hale"].title, actors["Mark Hale"].affiliation) == ("prime minister", "United Kingdom")
    assert actors["Tom Reyes"].affiliation == "Australia"


def test_a_body_word_after_the_one_body_named_since_the_sentence_before() -> None:
    actors = _actors("Forecast\n\nAnalysts at Wexbank cut their forecast on Monday. Growth will slow, said Rico Lund, a "
                     "senior economist at the bank.\n")
    assert actors["Rico Lund"].affiliation == "Wexbank"


def test_a_body_word_after_two_bodies_takes_the_one_its_name_fits() -> None:
    actors = _actors("Forecast\n\nHalden Bank and the Marlow Trust cut their forecasts. Growth will slow, said Rico Lund, "
                     "a senior economist at the bank.\n")
    assert actors["Rico Lund"].affiliation == "Halden Bank"


def test_a_companys_first_word_alone_is_the_company() -> None:
    actors = _actors("Fine\n\nThe regulator fined Halden Bank 28 million pounds on Wednesday. Halden said it accepted "
                     "the findings. Chief executive Marcus Webb said the bank had fallen short.\n")
    assert actors["Marcus Webb"].affiliation == "Halden Bank"
    assert "Halden" in actors["Halden Bank"].aliases


def test_the_one_body_named_before_must_not_be_of_another_kind() -> None:
    # (the body word after a body whose own name says it is of another kind: "the union" is no hospital)
    actors = _actors("Officials at Harmon Hospital closed a ward on Monday. The cuts were deep, said Rico Lund, a "
                     "spokesman for the union.\n")
    assert actors["Rico Lund"].affiliation is None
    actors = _actors("Officials at the Harmon Workers Union met on Monday. The cuts were deep, said Rico Lund, a "
                     "spokesman for the union.\n")
    assert actors["Rico Lund"].affiliation == "Harmon Workers Union"
