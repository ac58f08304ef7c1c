"""A course named again by an indefinite noun ("A ban would be a mistake", "A withdrawal would be a mistake") right after
a call on it is that call judged, no new option ("Impose a ban", "Carry out a withdrawal" were added beside it); a noun
naming another course stays one of its own."""
import pytest

from tests.analysis.option_helpers import options


@pytest.mark.parametrize("text, summary, stance", [
    ("Ministers want to ban e-bikes. A ban would be a mistake.", "Ban e-bikes", "oppose"),
    ("Critics want Washington to withdraw its troops. A withdrawal would be a mistake.", "Withdraw its troops", "oppose"),
    ("The union wants the council to close the depot. A closure would be welcome.", "Close the depot", "support"),
])
def test_named_again_by_an_indefinite_noun(text, summary, stance):
    assert [(o.summary, o.stance) for o in options(text)] == [(summary, stance)]


def test_another_course_stays_its_own():
    found = options("Ministers want to ban e-bikes. A levy should be introduced.")
    assert [o.summary.lower() for o in found] == ["ban e-bikes", "introduce a levy"]
