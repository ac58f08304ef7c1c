"""English actors, session 24 (actors, issue 15): general forms found on real text, in sentences of my own."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text, person, affiliation, other", [
    ("The bill was opposed by Sen. Ann Marsh of Ohio and Dan Pike of Idaho.", "Ann Marsh", "Ohio", "Dan Pike"),
    ("Critics included Gov. Ann Marsh of Ohio and Sen. Dan Pike, who spoke first.", "Ann Marsh", "Ohio", None),
    ("\"It will not last,\" said Ann Marsh, a fellow at the Hollis Institute and a former trade negotiator.",
     "Ann Marsh", "Hollis Institute", None),
    ("\"It will not last,\" said Ann Marsh, a lecturer at Westbury University and Dan Pike, a banker, agreed.",
     "Ann Marsh", "Westbury University", "Dan Pike"),
])
def test_a_second_item_after_and_is_no_part_of_the_body(text: str, person: str, affiliation: str,
                                                          other: str | None) -> None:
    # (a body's name ends before "and" + a person, a title or a lower-case description)
    actors = _actors(text)
    assert actors[person].affiliation == affiliation
    assert not any(" and " in a.name for a in actors.values())
    if other:
        assert actors[other].kind == "person"


def test_and_inside_a_bodys_own_name_stays() -> None:
    actors = _actors("Ann Marsh, head of the Department of Parks and Recreation, said the pools would open.")
    assert actors["Ann Marsh"].affiliation == "Department of Parks and Recreation"
