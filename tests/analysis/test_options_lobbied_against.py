"""A call verb whose object opens with "against" ("lobbied against the proposal to ban X", "pressed against plans to
close Y") opposes the course after "to": the preposition is no addressee asked to act (it was read as "lobbied [someone]
to ban X", support)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, holder", [
    ("The farmers lobbied against the proposal to ban glyphosate.", "the farmers"),
    ("Hospital unions have lobbied hard against the plan to close the maternity ward in Dunmore.", "Hospital unions"),
    ("Local traders pressed against plans to pedestrianise the high street.", "Local traders"),
])
def test_lobbied_against_a_proposal_opposes_it(text: str, holder: str) -> None:
    option = one_option(text)
    assert option.stance is None
    assert [(p.actor.lower(), p.stance) for p in option.positions] == [(holder.lower(), "oppose")]


def test_lobbied_someone_to_act_still_supports() -> None:  # the near miss: an addressee, then the course
    option = one_option("The farmers lobbied ministers to ban imports of cheap grain.")
    assert [p.stance for p in option.positions] == ["support"]


def test_the_holders_own_verb_is_no_verdict_of_the_authors() -> None:
    """'Even as environmentalists welcome the decision ...': "welcome" is the holder's verb, not the author's good word
    on the course (the author's stance stays none)."""
    option = one_option("Even as environmentalists welcome the move to close the coal plants by 2030, miners fear for "
                        "their jobs.")
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("environmentalists", "support")]
