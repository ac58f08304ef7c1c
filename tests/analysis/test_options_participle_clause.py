"""A participle clause after a comma ends the course (lexicon.CLAUSE_CUT_RE), also when a particle or a pronoun follows
the participle ("..., setting up a fight", "..., putting him in a bind"; issue 14, session 29: "urged the agency to
delay the rules by two years, setting up a fight" ran on)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary", [
    ("Critics urged the agency to delay the rules by two years, setting up a fight with industry.",
     "Delay the rules by two years"),
    ("The union wants the city to raise wages, setting off a row with the mayor.", "Raise wages"),
    ("Senators called on the president to veto the bill, putting him in a bind.", "Veto the bill"),
    ("The council should close the plant, turning the site into a park.", "Close the plant"),
    ("Officials should rebuild the bridge, bringing back the ferry.", "Rebuild the bridge"),
])
def test_the_course_ends_before_the_participle(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


def test_a_list_of_courses_is_no_participle_clause() -> None:
    """"including" opens the course's own list, not a clause."""
    assert one_option("The council should cut fees, including parking charges.").summary.startswith("Cut fees")
