"""A pursuit named with its pursuer ("a push by Senator Holt to ban diesel cars", "efforts by the council to close the
library"): the course is what follows "to". The summary kept the pursuit ('Adopt a push by Senator Mary Holt to ban
diesel cars'), and a subject pursuit ran on into the sentence's own verb ('Ban diesel cars failed last year')."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary, actor, stance", [
    ("The Senate rejected a push by Senator Mary Holt to ban diesel cars.", "Ban diesel cars", "Senate", "oppose"),
    ("Democrats backed a push by Governor Reyes to raise the minimum wage.", "Raise the minimum wage", "Democratic Party",
     "support"),
    ("Unions opposed the renewed push by ministers to raise the pension age.", "Raise the pension age", "unions",
     "oppose"),
])
def test_the_course_of_a_pursuit_judged(text: str, summary: str, actor: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary == summary
    assert (actor, stance) in [(p.actor, p.stance) for p in option.positions]


@pytest.mark.parametrize("text", [
    "A push by the Greens to ban diesel cars failed last year.",
    "A push by the Greens to ban diesel cars collapsed in March.",
])
def test_a_subject_pursuit_ends_at_the_sentence_verb(text: str) -> None:
    assert one_option(text).summary == "Ban diesel cars"
