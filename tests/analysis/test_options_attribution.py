"""Who opposes: a reported verdict is the speaker's position, not the author's stance."""
import pytest

from briefing_app.analysis import analyse


def only(text):
    found = analyse(text).options
    assert len(found) == 1, [(o.summary, o.stance, o.positions) for o in found]
    return found[0]


@pytest.mark.parametrize("text, summary, actor", [
    ("Critics say arming the rebels would be a mistake.", "Arm the rebels", "Critics"),
    ("Opponents of the bill, including Senator Holm, say raising the retirement age will do nothing to fix the deficit.",
     "Raise the retirement age", "Opponents of the bill"),
    ("Labour argues that the plan to privatise the railways is a recipe for disaster.", "Privatise the railways", "Labour"),
    ("France has resisted pressure to cut farm subsidies.", "Cut farm subsidies", "France"),
    ("The unions are against cutting the pension budget.", "Cut the pension budget", "Unions"),
])
def test_reported_opposition_is_the_speakers(text, summary, actor):
    option = only(text)
    assert option.summary == summary
    assert option.stance is None, "the author takes no side"
    assert [p.stance for p in option.positions] == ["oppose"] and actor.lower() in option.positions[0].actor.lower()


def test_the_authors_own_say_is_the_authors_stance():
    option = only("We say arming the rebels would be a mistake.")
    assert option.stance == "oppose" and option.positions == []
