"""Session 26 English affiliation and organisation rules, one test each (sentences written for the test): a
title-case headline's full name stays when the body names the person by the family name alone; "an economist at the
bank" is no one of a listed national regulator; "Public Defender" and "chief of staff" are titles before a name;
"County Counsel" is a county's title; "X's chief of staff" makes no body of X; US special districts are bodies;
"the top Democrat on the X Committee" names the committee; "the trust's" and "Branch secretary" back-references; "Mayor
X of New York"; a known body opening an appositive title ("the White House press secretary")."""
from __future__ import annotations

from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_headline_full_name_stays_when_the_body_uses_the_family_name() -> None:
    actors = _actors("Why Rural Voters Are Turning To Walter Brennan\n\nMany farmers say they will vote for Brennan "
                     "this year. Brennan's rallies have drawn large crowds in the county.\n")
    assert "Walter Brennan" in actors
    assert "Brennan" in actors["Walter Brennan"].aliases


def test_a_headline_name_the_body_never_uses_is_still_no_actor() -> None:
    actors = _actors("Why Rural Voters Are Turning To Walter Brennan\n\nMany farmers say the party has ignored them "
                     "for years, and they want a change.\n")
    assert "Walter Brennan" not in actors


def test_the_bank_is_no_one_of_a_listed_regulator() -> None:
    actors = _actors("Deal\n\nRegulators at Ofcom opened an inquiry into the merger on Tuesday. Mara Quinlan, an "
                     "economist at the bank, said prices would rise.\n")
    assert actors["Mara Quinlan"].affiliation is None


def test_the_bank_is_still_a_bank_named_in_the_sentence_before() -> None:
    actors = _actors("Rates\n\nAnalysts at Halden Bank cut their forecast on Tuesday. Prices will keep rising, said "
                     "Mara Quinlan, an economist at the bank.\n")
    assert actors["Mara Quinlan"].affiliation == "Halden Bank"


def test_public_defender_is_a_title_before_the_name() -> None:
    actors = _actors("Ruling\n\nPublic Defender Raymond Cho said the ruling failed his clients. Cho has held the post "
                     "since 2019.\n")
    assert "Raymond Cho" in actors
    assert actors["Raymond Cho"].title == "Public Defender"


def test_county_counsel_belongs_to_the_one_county_of_the_text() -> None:
    actors = _actors("Appeal\n\nCounty Counsel Maria Esposito said the county would appeal. Tulare County supervisors "
                     "voted 4-1 on Tuesday to fund the appeal.\n")
    assert actors["Maria Esposito"].affiliation == "Tulare County"


def test_chief_of_staff_before_a_name_is_the_title() -> None:
    actors = _actors("Veto\n\nWhite House Chief of Staff Denis Mayhew told reporters the bill would be vetoed. Defense "
                     "Department chief of staff Jeremy Bashford said the talks went well.\n")
    assert actors["Denis Mayhew"].title == "Chief of Staff"
    assert actors["Denis Mayhew"].affiliation == "White House"
    assert actors["Jeremy Bashford"].title == "chief of staff"


def test_a_persons_chief_of_staff_makes_no_body_of_the_person() -> None:
    actors = _actors("Veto\n\nMoreno's chief of staff Tom McDonough told reporters the governor would veto the bill.\n")
    assert actors["Tom McDonough"].title == "chief of staff"
    assert "Moreno" not in actors


def test_a_special_district_is_a_body() -> None:
    actors = _actors("Dam\n\nKings River Conservation District said the dam would be finished next year. Its general "
                     "manager, Ann Lee, said costs had risen.\n")
    assert actors["Kings River Conservation District"].kind == "organization"
    assert actors["Ann Lee"].affiliation == "Kings River Conservation District"


def test_a_firm_word_ends_a_body_not_a_person() -> None:
    actors = _actors("Poll\n\nHalvorsen Research found that turnout rose. Brightwater Media said ad spending doubled, and "
                     "Harbor Nurses United endorsed the senator.\n")
    assert actors["Halvorsen Research"].kind == "organization"
    assert actors["Brightwater Media"].kind == "organization"
    assert actors["Harbor Nurses United"].kind == "organization"


def test_pastor_and_public_advocate_are_titles_before_the_name() -> None:
    actors = _actors("Tenants\n\nPublic Advocate Trish Jameson said the city had failed tenants. Pastor Darrell "
                     "Scottsdale said the church backed the plan.\n")
    assert actors["Trish Jameson"].title == "Public Advocate"
    assert actors["Darrell Scottsdale"].title == "Pastor"


def test_a_members_words_before_a_committee_are_no_part_of_its_name() -> None:
    actors = _actors("Border\n\nSen. Gary Pettit of Michigan, the top Democrat on the Homeland Security Committee, said "
                     "the bill was cruel. The committee's chairman, Sen. Rand Powell (R-Ky.), said he would bring it back.\n")
    assert "Homeland Security Committee" in actors
    assert not any(name.startswith("Democrat on") for name in actors)
    assert actors["Rand Powell"].affiliation == "Homeland Security Committee"


def test_the_trusts_officer_is_the_trusts() -> None:
    actors = _actors("Rivers\n\nThe Rivers Trust said its volunteers had recorded spills at 300 sites. The trust's chief "
                     "executive, Mark Lloyd, said the data showed the scale of the problem.\n")
    assert actors["Mark Lloyd"].affiliation == "Rivers Trust"


def test_a_mayor_of_a_city_named_like_a_state() -> None:
    actors = _actors("Migrants\n\nMayor Eric Adamson of New York said the city could not house more migrants.\n")
    assert actors["Eric Adamson"].affiliation == "New York"


def test_a_known_body_opening_an_appositive_title_is_the_affiliation() -> None:
    actors = _actors("Veto\n\nKaroline Lever, the White House press secretary, said the bill would be vetoed. The State "
                     "Department spokesman, Tom Pigott, said the talks would go on.\n")
    assert actors["Karoline Lever"].affiliation == "White House"
    assert actors["Tom Pigott"].affiliation == "State Department"


def test_a_branch_officer_before_the_name_takes_the_union_named_before() -> None:
    actors = _actors("Libraries\n\nUnison, which represents library staff, said 40 jobs were at risk. Branch secretary "
                     "Helen Marsh said members would consider strike action.\n")
    assert actors["Helen Marsh"].affiliation == "Unison"
