"""Who opposes: a reported verdict is the speaker's position, not the author's stance."""
import pytest

from briefing_app.analysis import analyse
from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary, actor", [
    ("Critics say arming the rebels would be a mistake.", "Arm the rebels", "Critics"),
    ("Opponents of the bill, including Senator Holm, say raising the retirement age will do nothing to fix the deficit.",
     "Raise the retirement age", "Opponents of the bill"),
    ("Labour argues that the plan to privatise the railways is a recipe for disaster.", "Privatise the railways", "Labour"),
    ("France has resisted pressure to cut farm subsidies.", "Cut farm subsidies", "France"),
    ("The unions are against cutting the pension budget.", "Cut the pension budget", "Unions"),
])
def test_reported_opposition_is_the_speakers(text, summary, actor):
    option = one_option(text)
    assert option.summary == summary
    assert option.stance is None, "the author takes no side"
    assert [p.stance for p in option.positions] == ["oppose"] and actor.lower() in option.positions[0].actor.lower()


def test_the_authors_own_say_is_the_authors_stance():
    option = one_option("We say arming the rebels would be a mistake.")
    assert option.stance == "oppose" and option.positions == []


def test_moves_by_a_body_to_act_are_its_position():
    option = one_option("There are moves by the Home Office to roll out restorative justice in cases of stalking.")
    assert option.summary.lower().startswith("roll out restorative justice")
    assert [(p.actor, p.stance) for p in option.positions] == [("Home Office", "support")]
    assert option.stance is None


def test_the_authors_verdict_on_plans_by_a_body():
    option = one_option("Plans by the Home Office to roll out restorative justice in cases of rape are alarming.")
    assert option.stance == "oppose" and option.positions[0].stance == "support"


def test_a_quoted_question_after_a_statement_does_not_hide_the_statement():
    text = ('The ministry plans to close the border crossings, and an inquiry posed the question of whether '
            '"the crossings should stay open?"')
    assert any("close the border crossings" in o.summary.lower() for o in analyse(text).options)
