"""A negated causative after a modal rejects what the others would do ("We must not let them build the pipeline",
"Ministers must never allow Beijing to buy the port": opposed); a lower-case "let us" after a verb or a subject is a
causative told, not the author's "Let us X" ("They did not let us build the pipeline": no option)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, words", [
    ("We must not let them build the pipeline.", "build the pipeline"),
    ("We cannot allow the company to drill in the Arctic.", "drill in the arctic"),
    ("The government should not let developers build on the green belt.", "build on the green belt"),
    ("Ministers must never allow Beijing to buy the port.", "beijing to buy the port"),
    ("Congress should not permit the agency to collect phone records.", "collect phone records"),
])
def test_a_negated_causative_opposes_what_the_others_would_do(text: str, words: str) -> None:
    option = one_option(text)
    assert words in option.summary.lower() and option.stance == "oppose"


@pytest.mark.parametrize("text", [
    "They did not let us build the pipeline.",
    "The court would not let us build the pipeline.",
    "The rules let us build the pipeline in 2019.",
    "Our landlord won't let us keep a dog.",
])
def test_a_causative_told_is_no_hortative(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, stance", [
    ("Let us build the pipeline now.", "support"),
    ("So let us scrap the levy.", "support"),
    ("And let's not raise the fuel duty.", "oppose"),
])
def test_the_authors_let_us_stays(text: str, stance: str) -> None:
    assert one_option(text).stance == stance
