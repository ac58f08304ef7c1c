"""Both sides of a rejected or faulted call: "Ministers rejected the union's call for a ban on X" gave the ministers'
oppose and lost the union's support (two rules' hits on the same words, and only the first kept); now an owner's noun
of position that names the same course as the hit kept, on the other side and from another cue, adds its owner's
position to the same option. A verb of fault before the owner's noun ("Labour has rejected the government's plan to
...") no longer drops the owner's own position. Near misses: the owner alone keeps one position; an owner the sentence
does not name (a person no actor is) still holds nothing."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options

CONTEXT = "The transport union, Labour and the government met in Cardiff on Monday.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "course", "positions"), [
    ("Ministers rejected the union's call for a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts",
     [("ministers", "oppose"), ("the union", "support")]),
    ("Ministers rejected the unions' call to ban zero-hours contracts.", "Ban zero-hours contracts",
     [("ministers", "oppose"), ("the unions", "support")]),
    ("Labour has rejected the government's plan to scrap the tax credit.", "Scrap the tax credit",
     [("Labour", "oppose"), ("the government", "support")]),
])
def test_the_owner_and_the_judge_both_hold_positions(text: str, course: str, positions: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert [(f[0], f[1]) for f in found] == [(course, None)]
    assert sorted(found[0][2]) == sorted(positions)


def test_the_owner_alone_holds_one_position() -> None:
    assert _found("The union's call for a ban on zero-hours contracts was rejected.") == [
        ("Impose a ban on zero-hours contracts", None, [("the union", "support")])]
