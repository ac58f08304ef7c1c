"""A single-payer system and a guarantee are measures (options.lexicon.POLICY_NOUN_RE): "calls for a single-payer
health system" and "should offer the miners a pension guarantee" name a course as "a carbon tax" does. Not a
guarantee in "there is no guarantee that ..." (no cue), nor "guaranteed" as a verb. The owner's course ends at the main
clause's "did"/"does" after a comma ("..., her support for a single-payer system, did not help")."""
import pytest

from tests.analysis.option_helpers import one_option, options

LEAD = "Senator Ruth Calder spoke in Leeds on Tuesday. "


@pytest.mark.parametrize("sentence, summary", [
    ("Calder called for a single-payer health system.", "Adopt a single-payer health system"),
    ("Calder has long backed a single payer system for the whole country.",
     "Adopt a single payer system for the whole country"),
    ("Voters cheered her support for a single-payer health system.", "Adopt a single-payer health system"),
])
def test_a_single_payer_system_is_a_course(sentence: str, summary: str) -> None:
    option = one_option(LEAD + sentence)
    assert option.summary == summary
    assert [(p.actor, p.stance) for p in option.positions] == [("Ruth Calder", "support")]


@pytest.mark.parametrize("sentence, summary, stance", [
    ("The government should offer the miners a pension guarantee.", "Offer the miners a pension guarantee", "support"),
    ("A jobs guarantee would be a costly mistake.", "Adopt a jobs guarantee", "oppose"),
])
def test_a_guarantee_is_a_course(sentence: str, summary: str, stance: str) -> None:
    option = one_option(sentence)
    assert (option.summary, option.stance) == (summary, stance)


def test_the_owners_course_ends_at_the_main_verb() -> None:
    option = one_option(LEAD + "The attack on Calder - whatever one thinks of her support for a single-payer health "
                               "system, did not hold up.")
    assert option.summary == "Adopt a single-payer health system"


@pytest.mark.parametrize("text", [
    "There is no guarantee that the new clinic will open on time.",
    "The council guaranteed every tenant a reply within a week.",
])
def test_no_measure(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]
