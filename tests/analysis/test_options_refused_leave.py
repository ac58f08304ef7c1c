"""A permission refused to a pronoun is named by the act itself ("We must not let them build the pipeline": "Build the
pipeline", opposed), as "We cannot allow Russia to annex ..." gives "Annex ...": the course merges with other mentions
of that act. Not a permission granted ("Let them stay"), not one named to a doer ("Let residents vote ..."), not an act
that is no course ("Allow them to win")."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary", [
    ("We must not let them build the pipeline.", "Build the pipeline"),
    ("The council should not allow him to sell the playing fields.", "Sell the playing fields"),
    ("Regulators must never permit them to merge the two railways.", "Merge the two railways"),
])
def test_a_refused_permission_is_named_by_the_act(text, summary):
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, "oppose")


def test_a_quoted_refusal_is_the_speakers_opposition_to_the_act():
    option = one_option('Farmers met in the town hall on Monday. "We must not let them build the pipeline," said Jane '
                        'Cole, a rancher from Hall County.')
    assert option.summary == "Build the pipeline" and option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("Jane Cole", "oppose")]


@pytest.mark.parametrize("text, summary, stance", [
    ("We must let them stay.", "Let them stay", "support"),  # granted
    ("The city should not let residents vote on the plan.", "Let residents vote on the plan", "oppose"),  # a doer named
    ("We must not allow them to win.", "Allow them to win", "oppose"),  # no course
])
def test_other_permissions_keep_their_summary(text, summary, stance):
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, stance)
