"""Session 29 English affiliation rules, one test each (sentences written for the test, in several wordings, for the
forms the s29a probe of the actor set and the issue's reproducers showed): a post held now wins over one held before
("who runs Y and was previously ... at Z", "a former X at Z who now leads Y", "who ran Z until last spring, has joined Y
as a principal"); a career move names the body joined ("has joined Y as", "left Z to join Y as"); a body that hires or
names someone ("Harbor Health has hired X as senior vice president") is theirs whatever the post; a lower-case kind
before a body's name ("the polling firm Buckeye Insights"); an acronym and a city after the body ("at the German
Institute for Economic Research (DIW) in Berlin,"); "Lead author X" names no body "Lead"."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize(("clause", "now"), [
    ("who runs the forum platform Threadline and was previously a policy manager at Google", "Threadline"),
    ("who heads the Rivers Trust and previously worked at the Environment Agency", "Rivers Trust"),
    ("who chairs the Harlow Foundation and was once a partner at Deloitte", "Harlow Foundation"),
    ("who runs the polling firm Buckeye Insights and had been a pollster for the Republican National Committee",
     "Buckeye Insights"),
])
def test_a_post_held_now_wins_over_one_held_before_in_the_same_clause(clause: str, now: str) -> None:
    actors = _actors(f"Rules\n\nCritics were unmoved. Ben Bradley, {clause}, said the rules were vague.\n")
    assert actors["Ben Bradley"].affiliation == now


def test_a_clause_with_no_post_held_before_keeps_its_body() -> None:
    actors = _actors("Rules\n\nBen Bradley, who runs the Harlow Foundation and the Rivers Trust, said so.\n")
    assert actors["Ben Bradley"].affiliation == "Harlow Foundation"


@pytest.mark.parametrize(("desc", "body", "title"), [
    ("a former budget officer at the Treasury who now leads the Institute of Public Finance", "Institute of Public Finance",
     "leader"),
    ("an ex-Treasury official who currently heads the Resolution Foundation", "Resolution Foundation", "head"),
    ("a retired diplomat who now chairs the Halden Forum", "Halden Forum", "chair"),
])
def test_a_description_of_a_past_post_then_who_now_leads(desc: str, body: str, title: str) -> None:
    actors = _actors(f"Tax\n\nThe plan was criticised. \"It will hurt,\" said Wanjiru Kamau, {desc}.\n")
    assert actors["Wanjiru Kamau"].affiliation == body
    assert (actors["Wanjiru Kamau"].title or "").split(";")[0] == title


def test_who_with_no_now_keeps_the_description() -> None:
    actors = _actors("Tax\n\nWanjiru Kamau, a budget officer at the Treasury who leads its audit work, said so.\n")
    assert actors["Wanjiru Kamau"].affiliation != "audit work"


@pytest.mark.parametrize(("sentence", "body", "title"), [
    ("Devon Clarke has joined the consulting firm Larch & Pine as a principal.", "Larch & Pine", "principal"),
    ("Devon Clarke will join Halden Bank as its chief risk officer in May.", "Halden Bank", "chief risk officer"),
    ("Devon Clarke has left Corvalis Pharma to join the biotech startup Tessellate Bio as chief operating officer.",
     "Tessellate Bio", "chief operating officer"),
    ("Devon Clarke, who ran Rhode Island's Medicaid office until last spring, has joined the consulting firm Larch & Pine "
     "as a principal.", "Larch & Pine", "principal"),
    ("Devon Clarke, who led the Acme Workers Union for a decade, joined Harbor Health as vice president on Monday.",
     "Harbor Health", "vice president"),
])
def test_a_career_move_names_the_body_joined(sentence: str, body: str, title: str) -> None:
    actors = _actors(f"People on the move\n\n{sentence} Clarke said the work mattered.\n")
    assert actors["Devon Clarke"].affiliation == body
    assert actors["Devon Clarke"].title == title


@pytest.mark.parametrize("sentence", ["Devon Clarke joined the protest as a volunteer on Monday.",
                                      "Devon Clarke joined the march on Monday.",
                                      "Devon Clarke has joined Facebook as a user."])
def test_joining_no_body_as_a_post_names_none(sentence: str) -> None:
    actors = _actors(f"Protest\n\n{sentence} Clarke said the work mattered.\n")
    assert actors["Devon Clarke"].affiliation is None


@pytest.mark.parametrize("post", ["senior vice president for government affairs", "vice president", "general manager",
                                  "head of policy"])
@pytest.mark.parametrize("verb", ["has hired", "appointed", "has named"])
def test_a_body_that_hires_someone_is_theirs_whatever_the_post(verb: str, post: str) -> None:
    actors = _actors(f"Moves\n\nHarbor Health, the Boston-based hospital network, {verb} Elena Marsh as {post}. Marsh "
                     "said she was pleased.\n")
    assert actors["Elena Marsh"].affiliation == "Harbor Health"


def test_a_person_who_appoints_is_no_body() -> None:
    actors = _actors("Moves\n\nGovernor Tom Hale appointed Elena Marsh as transport commissioner. Marsh said she was "
                     "honoured.\n")
    assert actors["Elena Marsh"].affiliation != "Tom Hale"


@pytest.mark.parametrize(("line", "body"), [
    ("Miriam Holtz, an energy economist at the German Institute for Economic Research (DIW) in Berlin, said the hydrogen "
     "would be imported.", "German Institute for Economic Research"),
    ("Miriam Holtz, a fellow at the Centre for Policy Studies (CPS), said the hydrogen would be imported.",
     "Centre for Policy Studies"),
    ("Miriam Holtz, a senior researcher at the Amazon Environmental Research Institute (IPAM) in Belem, said so.",
     "Amazon Environmental Research Institute"),
])
def test_an_acronym_and_the_city_after_the_body(line: str, body: str) -> None:
    actors = _actors(f"Steel\n\nNot everyone is convinced. {line}\n")
    assert actors["Miriam Holtz"].affiliation == body
    assert actors["Miriam Holtz"].title


@pytest.mark.parametrize("lead", ["Lead author", "Lead prosecutor", "Lead negotiator"])
def test_lead_is_a_modifier_of_the_post_no_body(lead: str) -> None:
    actors = _actors(f"Study\n\n{lead} Gwen Parry, a professor of work and employment, said the results were strong.\n")
    assert actors["Gwen Parry"].affiliation != "Lead"
    assert (actors["Gwen Parry"].title or "").startswith(lead)


@pytest.mark.parametrize(("line", "name", "title", "body"), [
    ("Liberal senator for Tasmania Claire Chandler said the report was late.", "Claire Chandler", "senator for Tasmania",
     "Tasmania"),
    ("Greens senator for Queensland Larissa Waters asked about the contract.", "Larissa Waters", "senator for Queensland",
     "Queensland"),
    ("He replied to a question from Workers' Party MP for Aljunied Ravi Pillai on Tuesday.", "Ravi Pillai",
     "MP for Aljunied", "Workers' Party"),
    ("Minister for Health Anna Berg said the wards were full.", "Anna Berg", "Minister for Health", None),
    ("Assistant Secretary for East Asian and Pacific Affairs Michael Hale met the minister.", "Michael Hale",
     "Assistant Secretary for East Asian and Pacific Affairs", None),
])
def test_a_post_for_a_portfolio_or_seat_before_the_name(line: str, name: str, title: str, body: str | None) -> None:
    actors = _actors(f"Estimates\n\n{line}\n")
    assert actors[name].title == title
    if body is not None:
        assert actors[name].affiliation == body
    assert not any(n.endswith(" " + name) for n in actors)  # (the seat or portfolio is no part of the name)


@pytest.mark.parametrize(("line", "name", "whole"), [
    ("The Pentagon did not comment. A spokeswoman for Defense Secretary Lloyd Austin, Sabrina Singh, said so.",
     "Lloyd Austin", "Defense Secretary Lloyd Austin"),
    ("A lawyer for Acme Holdings Tom Reed said so.", None, None),
])
def test_whom_one_speaks_for_keeps_his_own_title(line: str, name: str | None, whole: str | None) -> None:
    actors = _actors(f"Review\n\n{line}\n")
    if name is not None:
        assert whole in actors[name].aliases


@pytest.mark.parametrize(("line", "place"), [
    ("Victoria's Treasurer Jaclyn Symes said the budget was balanced.", "Victoria"),
    ("Queensland's Health Minister Tim Nicholls said hospitals were full.", "Queensland"),
    ("Victoria's Premier, Jacinta Allan, said the state would borrow less.", "Victoria"),
])
def test_a_states_possessive_before_a_government_post(line: str, place: str) -> None:
    actors = _actors(f"Budget\n\nMELBOURNE - The Australian economy slowed. {line} Australia's Treasurer Jim Chalmers "
                     "agreed.\n")
    person = next(a for a in actors.values() if a.kind == "person" and a.name != "Jim Chalmers")
    assert person.affiliation == place
    assert actors["Jim Chalmers"].affiliation == "Australia"


def test_a_given_names_possessive_before_a_lawyer_is_no_state() -> None:
    actors = _actors("Trial\n\nVictoria's lawyer Tom Hill said the case was weak.\n")
    assert actors["Tom Hill"].affiliation != "Victoria"


@pytest.mark.parametrize(("line", "aide", "boss"), [
    ("Jennifer Palmieri, who was Hillary Clinton's communications director, said the campaign erred.", "Jennifer Palmieri",
     "Hillary Clinton"),
    ("Ron Klain, who was Joe Biden's chief of staff, said the plan was sound.", "Ron Klain", "Joe Biden"),
    ("Hillary Clinton lost. Jennifer Palmieri, Clinton's communications director, said the campaign erred.",
     "Jennifer Palmieri", "Hillary Clinton"),
])
def test_a_persons_staff_post_named_after_the_name(line: str, aide: str, boss: str) -> None:
    actors = _actors(f"Memoir\n\n{line}\n")
    assert actors[aide].affiliation == boss
    assert "director" in (actors[aide].title or "") or "staff" in (actors[aide].title or "")


def test_a_bodys_post_held_before_is_the_bodys() -> None:
    actors = _actors("Memoir\n\nTom Hale, who was Acme Holdings' chief executive until 2019, said the plan was sound.\n")
    assert actors["Tom Hale"].affiliation == "Acme Holdings"


@pytest.mark.parametrize(("line", "name"), [
    ("That is a disservice, said Ms. Perino, a White House press secretary for George W. Bush.", "George W. Bush"),
    ("Secretary for Defense George W. Bush said so.", "George W. Bush"),
    ("A spokesman for Chief Justice John G. Roberts declined to comment.", "John G. Roberts"),
])
def test_whom_a_post_is_held_for_keeps_a_middle_initial_and_stays_a_person(line: str, name: str) -> None:
    actors = _actors(f"Review\n\n{line}\n")
    assert actors[name].kind == "person"


def test_a_staff_post_of_mrs_x_is_not_mr_xs() -> None:
    actors = _actors("Party\n\nPresident Barack Obama spoke. Tina Tchen, Mrs. Obama's chief of staff, said it was tiring.\n")
    assert actors["Tina Tchen"].affiliation != "Barack Obama"
