"""A verdict's subject after a conjunction that opens the sentence ("But a ban on diesel cars would be a mistake", "And
raising the rents would be wrong"): the course is what follows the conjunction, not "but a ban ..." (the summary kept the
word) and not nothing (a gerund after "But" was not read as the subject at all)."""
import pytest

from tests.analysis.option_helpers import one_option

LEAD = "The council meets on Friday to settle next year's budget. "


@pytest.mark.parametrize("sentence, summary", [
    ("But a ban on diesel cars would be a mistake.", "Impose a ban on diesel cars"),
    ("And a tax on second homes would be a disaster.", "Impose a tax on second homes"),
    ("But raising the rents on the estate would be a mistake.", "Raise the rents on the estate"),
    ("Yet closing the library would be wrong.", "Close the library"),
    ("So cutting the bus subsidy would be a grave error.", "Cut the bus subsidy"),
])
def test_the_subject_after_the_conjunction(sentence: str, summary: str) -> None:
    option = one_option(LEAD + sentence)
    assert (option.summary, option.stance) == (summary, "oppose")


def test_a_subject_that_only_starts_like_a_conjunction() -> None:
    option = one_option(LEAD + "Butter taxes would be a mistake.")
    assert option.stance == "oppose" and option.summary.lower() == "impose butter taxes"
