"""English actor bugs the sixteenth session's actors helper reported, fixed late in the session (helper actfix), one
test each with near misses."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


def test_a_possessed_role_takes_the_bodys_whole_capitalised_name() -> None:
    """'The Air Force's chief' gave an organisation "Force": the possessor cue held one word only."""
    actors = _actors("Jets\n\nThe Air Force's chief of staff, Gen. David Allvin, said the plan was sound.\n")
    assert "Force" not in actors
    assert actors["David Allvin"].affiliation == "Air Force"
    actors = _actors("Jets\n\nThe Royal Air Force's chief said on Monday that the jets were ready.\n")
    assert "Royal Air Force" in actors and "Force" not in actors and "Air Force" not in actors
    actors = _actors("Launches\n\nThe Space Force's head said launches would double next year.\n")
    assert "Space Force" in actors and "Force" not in actors
    actors = _actors("Tuition\n\nOhio State's president said tuition would rise by 3 percent.\n")
    assert "Ohio State" in actors and "State" not in actors


def test_near_misses_of_a_possessed_role_keep_one_word() -> None:
    """A sentence opener, a date or a person before the possessor is no part of the body's name."""
    actors = _actors("Cloud\n\nIn March Google's chief executive said the unit would grow.\n")
    assert "Google" in actors and "March Google" not in actors and "In March Google" not in actors
    actors = _actors("Cloud\n\nOn Tuesday Microsoft's president said the deal was done.\n")
    assert "Microsoft" in actors and "Tuesday Microsoft" not in actors
    actors = _actors("Staff\n\nPresident Joe Biden's chief of staff said the talks would go on.\n")
    assert not any(a.kind == "organization" for a in actors.values())
