"""A governing body's or a group's noun of position is its position when the course is a measure on others (issue 14,
eighteenth session, optpledge; the own-acts convention, options README "Announced plans"): "the union's plan to cut
working hours", "the government's plan to impose tariffs", "the council's proposal to ban diesel cars" -> the body
supports it. `possessed` had read only a person's. Near misses: a company's plan (its own business act, rule a: "the
company's plan to close three stores"), a body's own act ("the council's plan to hold a public meeting", "to close two
of its offices") give no entry."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "The teachers' union and the city council met in Leeds on Monday.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "course", "holder"), [
    ("The union's plan to cut working hours drew criticism.", "Cut working hours", "the union"),
    ("The government's plan to impose tariffs on Chinese steel angered exporters.", "Impose tariffs on Chinese steel",
     "the government"),
    ("The council's proposal to ban diesel cars drew criticism.", "Ban diesel cars", "the council"),
    ("The government's pledge to raise the minimum wage was welcomed.", "Raise the minimum wage", "the government"),
])
def test_a_bodys_plan_for_a_measure_is_its_position(text: str, course: str, holder: str) -> None:
    assert _found(text) == [(course, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "The company's plan to close three stores drew criticism.",
    "The company's plan to cut 500 jobs drew criticism.",
    "The council's plan to hold a public meeting drew criticism.",
    "The government's plan to close two of its offices drew criticism.",
])
def test_a_companys_or_a_bodys_own_act_is_no_entry(text: str) -> None:
    assert _found(text) == []
