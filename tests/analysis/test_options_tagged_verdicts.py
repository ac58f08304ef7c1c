"""A verdict on a reported call with a verb of saying after it ("That would be a mistake, campaigners said") is the
speakers' words, not the author's side; without the tag it is the author's."""
import pytest

from tests.analysis.option_helpers import options

CALL = "The council wants to close the central library."


@pytest.mark.parametrize("verdict", [
    " That would be a mistake, campaigners said.",
    " This would save the city two million pounds a year, according to the budget office.",
    " It would help balance the budget, officials said.",
    "\n\nThe plan would be a mistake, campaigners told the meeting.",
])
def test_a_verdict_tagged_as_someone_elses_gives_the_author_no_side(verdict):
    held = [o for o in options(CALL + verdict) if o.positions]
    assert held and all(o.stance is None for o in held), [(o.summary, o.stance) for o in held]


@pytest.mark.parametrize("verdict, stance", [(" That would be a mistake.", "oppose"),
                                             ("\n\nThe plan would be a mistake.", "oppose")])
def test_the_same_verdict_untagged_is_the_authors(verdict, stance):
    held = [o for o in options(CALL + verdict) if o.positions]
    assert [o.stance for o in held] == [stance], [(o.summary, o.stance) for o in held]
