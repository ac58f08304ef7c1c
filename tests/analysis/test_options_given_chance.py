"""A chance given to people named by a pronoun describes their opening, no course the author argues: "For Mr. Cruz, the
victory gives him a chance to forge a real path to the nomination" and "... to give them an opportunity to support his
platform" gave the author's support (the opportunity frame read "gives him a chance to" like "is a chance to")."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "For the governor, the victory gives him a chance to forge a real path to the nomination.",
    "The senator owes it to his supporters to stay in the race and give them an opportunity to back his platform.",
    "The delay would give them an opportunity to raise prices for drivers.",
    "The new job offers her a chance to rebuild her career.",
])
def test_a_persons_chance_is_no_course(text):
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The ruling gives Congress a chance to fix the voting law.", "Fix the voting law"),
    ("The crisis gives the government an opportunity to reform the benefits system.", "Reform the benefits system"),
    ("The summit is an opportunity to agree a ceasefire in Gaza.", "Agree a ceasefire in Gaza"),
])
def test_a_bodys_chance_stays_the_authors(text, summary):
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, "support")


@pytest.mark.parametrize("text, summary", [
    ("The deal gives us a chance to cut emissions.", "Cut emissions"),
    ("The treaty offers us an opportunity to cut emissions.", "Cut emissions"),
    ("This crisis gives us the chance to reform the benefits system.", "Reform the benefits system"),
])
def test_a_chance_given_to_us_is_the_authors(text, summary):
    """'us' is the writer's own side: the chance given is a course the author argues, not a person's opening."""
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, "support")
