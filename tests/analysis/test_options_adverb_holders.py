"""An adverb between a holder and the verb of the call is no part of the holder ("The union just asked ..." is the
union's), and "just asked" (mostly "lately": "has just asked") is no request the author calls modest, as "only asked",
"merely asked" and "are just asking" are."""
import pytest

from tests.analysis.option_helpers import one_option

CALL = "the hospital trust to restore the night allowance for staff."


@pytest.mark.parametrize("adverb", ["just", "only", "merely", "simply"])
def test_an_adverb_before_the_verb_is_no_part_of_the_holder(adverb):
    option = one_option(f"The union {adverb} asked " + CALL)
    assert [p.actor for p in option.positions] == ["the union"]


@pytest.mark.parametrize("text, stance", [
    ("The union just asked " + CALL, None),
    ("The union only asked " + CALL, "support"),
    ("The union merely asked " + CALL, "support"),
    ("The nurses are just asking that the hospital trust should restore the night allowance for staff.", "support"),
])
def test_just_asked_is_no_modest_request_and_only_asked_is(text, stance):
    assert one_option(text).stance == stance
