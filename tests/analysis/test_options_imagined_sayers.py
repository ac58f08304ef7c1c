"""An objection the writer imagines holds no position, and a group noun opening its sentence is written in lower case
(issue 14, the seventeenth session's holder report): "Some will say we should raise taxes" gave the holder "some"
(`attribute.HYPOTHETICAL_SAYER_RE`: someone unnamed who will or may say, argue, object ...); "Campaigners said the
council should ban cars" kept the capital ("campaigners", `GROUP_PLURALS`; a surname such as Sanders keeps its capital).
Near misses: a present "Critics say" is a position ("Some say" no longer: "some" names no actor, session 29)."""
import pytest

from briefing_app.analysis import analyse


def _found(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(o.summary, [(p.actor, p.stance) for p in o.positions]) for o in analyse(text).options]


@pytest.mark.parametrize("text", [
    "Some will say we should raise taxes.",
    "Some may say the council should ban cars.",
    "Critics will argue that the council should ban cars.",
    "Of course, some will argue that the council should ban cars.",
    "Others might object that the council should ban cars.",
])
def test_an_imagined_objection_is_no_position(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Campaigners said the council should ban cars from the city centre.",
     [("Ban cars from the city centre", [("campaigners", "support")])]),
    ("Protesters urged the council to ban cars.", [("Ban cars", [("protesters", "support")])]),
    ("Critics say the council should ban cars.", [("Ban cars", [("critics", "support")])]),
    ("Some say the council should ban cars.", [("Ban cars", [])]),  # "some" names no actor (session 29: test_options_unnamed_holders)
    ("Sanders said the state should raise the minimum wage.", [("Raise the minimum wage", [("Sanders", "support")])]),
])
def test_holders_as_written(text: str, expected: list[object]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "holder"), [
    ("Some senators will say on Tuesday that the council should ban cars.", "some senators"),
    ("Opponents will argue at Tuesday's hearing that the council should ban cars.", "opponents"),
    ("Critics will argue in court that the council should ban cars.", "critics"),
    ("Critics will argue before the committee that the state should raise the minimum wage.", "critics"),
    ("Opponents will argue at a public hearing next week that the council should ban cars.", "opponents"),
])
def test_a_scheduled_saying_is_a_position(text: str, holder: str) -> None:
    """A saying the text schedules (a day, a hearing, a court) is no objection the writer imagines (review's
    reproducer: "Opponents will argue at Tuesday's hearing that" gave no position)."""
    assert [p[0] for o in _found(text) for p in o[1]] == [holder]
