"""A call others make or weigh, given a reason in the author's own voice after it ("Norway is considering repealing the
law, as the evaluation has not been able to prove its success"; "The union opposes closing the plant since it employs
3,000 people"): the author argues the holders' side. A reason inside someone's speech stays theirs."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, stance", [
    ("Norway is considering repealing the law, as the evaluation of the law has not been able to prove its success.",
     "support"),
    ("Farmers want the council to close the road because it floods every winter.", "support"),
    ("The union opposes closing the plant since it employs 3,000 people.", "oppose"),
])
def test_the_author_reason_takes_the_holders_side(text, stance):
    option = one_option(text)
    assert option.stance == stance
    assert option.positions


@pytest.mark.parametrize("text", [
    "The union said the council should close the road because it floods every winter.",  # the union's reason
    'Farmers want the council to close the road "because it floods every winter".',
    "Ministers want to sell off the forests, even as the Treasury warns against it.",
    "Farmers want the council to close the road.",
])
def test_no_reason_of_the_author(text):
    assert one_option(text).stance is None
