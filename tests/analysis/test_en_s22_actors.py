"""Session 22 English actor rules, one test each (sentences written for the test): an American party's candidate or
member named by the party's word before the name is that party's."""
from __future__ import annotations

from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_party_candidate_named_before_the_name_is_the_partys() -> None:
    actors = _actors("Primary\n\nRepublican presidential candidate Dana Whitfield said on Monday that she would win "
                     "Ohio. Democratic front-runner Marcus Hale mocked the claim, and presumptive GOP nominee Victor "
                     "Ames stayed silent. Whitfield and Hale meet again next week.\n")
    assert actors["Dana Whitfield"].affiliation == "Republican Party"
    assert actors["Marcus Hale"].affiliation == "Democratic Party"
    assert actors["Victor Ames"].affiliation == "Republican Party"


def test_a_party_member_by_the_bare_word_and_a_rival_of_the_party() -> None:
    actors = _actors("Poll\n\nVoters want an alternative to Democrat Laura Pike, the survey found. Her Republican "
                     "rival Thomas Marsh leads in rural counties, and Marsh said he would debate Pike.\n")
    assert actors["Laura Pike"].affiliation == "Democratic Party"
    assert actors["Thomas Marsh"].affiliation == "Republican Party"


def test_a_senators_party_word_gives_no_party_and_no_body_is_made_of_it() -> None:
    actors = _actors("Race\n\nRepublican Sen. Paul Brandt has 45 percent, while Democratic challenger Nora Quill has 44 "
                     "percent. The Iowa Democratic Party paid for the ads, and Quill thanked the volunteers.\n")
    assert actors["Paul Brandt"].affiliation != "Republican Party"  # (a senator's is the state: no party from the word)
    assert actors["Nora Quill"].affiliation == "Democratic Party"
    assert "Democratic Party" not in actors  # (no body only "the Iowa Democratic Party" holds the words of)
    assert "Iowa Democratic Party" in actors


def test_a_party_word_before_a_strategists_role_and_a_member_in_apposition() -> None:
    actors = _actors("Race\n\n\"It is close,\" said Anna Berg, a Democratic pollster. GOP strategist Luis Ortega "
                     "agreed. Paul Vance, a Republican trying to win an open seat, spoke next. Mayor Kirk Wade, a "
                     "Democrat, said little.\n")
    assert actors["Anna Berg"].affiliation == "Democratic Party"
    assert actors["Luis Ortega"].affiliation == "Republican Party"
    assert actors["Paul Vance"].affiliation == "Republican Party"
    assert actors["Kirk Wade"].affiliation != "Democratic Party"  # (an office holder's party word gives none)


def test_a_candidates_campaign_is_named_by_the_candidates_last_name() -> None:
    actors = _actors("Campaign\n\nBrian Cole, a spokesman for the Warren campaign, said the ads would run. Nadia "
                     "Frost, the Warren campaign's communications director, agreed. Harper campaign manager Joel Tate "
                     "and Sam Ruiz, the chief strategist for Mitt Harper's 2012 presidential campaign, did not.\n")
    assert (actors["Brian Cole"].title, actors["Brian Cole"].affiliation) == ("spokesman", "Warren campaign")
    assert actors["Nadia Frost"].affiliation == "Warren campaign"
    assert actors["Joel Tate"].affiliation == "Harper campaign"
    assert actors["Sam Ruiz"].affiliation == "Harper campaign"


def test_x_of_a_body_whose_name_holds_a_possessive() -> None:
    actors = _actors("Outlook\n\nMark Zell of Moody's Analytics said growth would slow. Zell expects two cuts.\n")
    assert actors["Mark Zell"].affiliation == "Moody's Analytics"


def test_a_member_of_congress_by_a_party_state_or_state_tag_without_a_title() -> None:
    actors = _actors("Deal\n\nThe bill was written by Sens. Dana Korr (D-N.J.) and Mark Villa (R-Fla.). Rep. Ann Wells "
                     "(Mo.) and Paul Dunne (Ky.) opposed it in Congress. Korr and Villa said the vote was close.\n")
    assert actors["Dana Korr"].affiliation == "New Jersey"
    assert actors["Mark Villa"].affiliation == "Florida"
    assert actors["Ann Wells"].affiliation == "Missouri"
    assert actors["Paul Dunne"].affiliation == "Kentucky"


def test_opposition_before_a_leaders_title_names_no_body() -> None:
    actors = _actors("Budget\n\nOpposition leader Ben Hartley said the budget was unfair. Hartley promised to repeal "
                     "it.\n")
    assert actors["Ben Hartley"].affiliation != "Opposition" and "Opposition" not in actors
    actors = _actors("Budget\n\nThe Labor Party attacked the budget. Opposition leader Ben Hartley said it was unfair. "
                     "Hartley promised to repeal it.\n")
    assert actors["Ben Hartley"].affiliation == "Labor Party"


def test_a_party_member_in_apposition_with_a_word_before_or_a_clause_after() -> None:
    """', a lifelong Republican,' and ', a Democrat running for mayor,' become the person's title: the title gives the
    party as the bare ', a Republican,' does (US_MEMBER_AFTER_RE lists these words but only reads untitled people);
    a former member is none."""
    actors = _actors("Race\n\nPaul Vance, a lifelong Republican, said the race was close. Rosa Dent, a registered "
                     "Democrat, agreed. Tom Hale, a Democrat running for mayor, did not. Ida Crane, a former Republican, "
                     "left early. Vance, Dent, Hale and Crane meet again on Friday.\n")
    assert actors["Paul Vance"].affiliation == "Republican Party"
    assert actors["Rosa Dent"].affiliation == "Democratic Party"
    assert actors["Tom Hale"].affiliation == "Democratic Party"
    assert actors["Ida Crane"].affiliation != "Republican Party"
