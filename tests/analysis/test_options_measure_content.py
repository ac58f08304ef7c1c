"""Session 25 (optnews): a measure told by what it would do (note24's issue-14 reproducers).

- "Holt's bill will ban X", "Holt's proposal would ban X", "The mayor's proposal would close Y": the owner's course, as
  "Holt's bill would ban X" already was (bills.py: "bill/legislation will" beside "would"; proposals beside bills),
  and the owner's in anyone's words ("Critics said Holt's bill would ban X": Holt's, not the critics');
- "Senator Holt opposes a bill that would ban X": Holt opposes banning X (the course is the measure's content, not
  'Impose a bill that would ban X');
- "a push by the mayor to privatise the buses": the mayor's course, as "a push by Mayor Lee to ..." already was.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, holder", [
    ("Senator Holt's bill will ban plastic bags in grocery stores.", "Ban plastic bags in grocery stores", "Holt"),
    ("Holt's proposal would ban plastic bags in grocery stores.", "Ban plastic bags in grocery stores", "Holt"),
    ("The mayor's proposal would close three branch libraries.", "Close three branch libraries", "the mayor"),
    ("Senator Holt's legislation will cap rents in the capital.", "Cap rents in the capital", "Holt"),
])
def test_an_owned_measure_s_content_is_the_owner_s_course(text: str, summary: str, holder: str) -> None:
    option = one_option(text)
    assert (option.summary, option.positions[0].actor, option.positions[0].stance) == (summary, holder, "support")


@pytest.mark.parametrize("text", [
    "Holt's proposal would cost the state two billion dollars.",  # an effect, no course
    "Holt's proposal would not ban plastic bags.",  # a content denied
    "Holt's bill would have banned plastic bags.",  # what it would have done
    "Under the new plan, the city will close three branch libraries.",  # no owner, no sponsor
])
def test_no_course_from_a_measure_s_effect_or_an_unowned_plan(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, stance", [
    ("Senator Holt opposes a bill that would ban plastic bags in grocery stores.", "oppose"),
    ("Senator Holt supports legislation which would ban plastic bags in grocery stores.", "support"),
])
def test_a_side_on_a_measure_is_a_side_on_its_content(text: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary == "Ban plastic bags in grocery stores"
    assert (option.positions[0].actor, option.positions[0].stance) == ("Holt", stance)


def test_a_measure_with_an_effect_keeps_its_noun() -> None:
    option = one_option("Senator Holt opposes a bill that would cost the state two billion dollars.")
    assert option.summary.startswith("Adopt a bill")


@pytest.mark.parametrize("text, holder", [
    ("Unions rejected a push by the mayor to privatise the city buses.", "the mayor"),
    ("Unions fought efforts by the state government to close the bus depot.", "the state government"),
    ("Unions rejected a push by Mayor Lee to privatise the city buses.", "Lee"),
])
def test_a_push_by_a_body_in_lower_case_is_its_course(text: str, holder: str) -> None:
    option = one_option(text)
    assert (holder, "support") in [(p.actor, p.stance) for p in option.positions]  # (and the unions' side: test_options_proposed_by.py)


def test_a_push_by_a_time_is_no_one_s_course() -> None:
    assert options("Unions rejected a push by the end of the week to privatise the city buses.") == []


@pytest.mark.parametrize("text, holder", [
    ("Critics said Holt's bill would ban plastic bags in grocery stores.", "Holt"),
    ("Holt's bill would ban plastic bags in grocery stores, critics said.", "Holt"),
    ("Senator Lane said Holt's tax proposal would raise the duty on diesel.", "Holt"),
])
def test_the_owner_holds_a_measure_told_in_someone_else_s_words(text: str, holder: str) -> None:
    option = one_option(text)
    assert [(p.actor, p.stance) for p in option.positions] == [(holder, "support")]
