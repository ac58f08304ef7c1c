"""'The company' after several businesses: the one a sentence of the paragraph opens with, nearest first (not
merely the last one named, as an object or in another's sentence); the text's first sentence starts at 0."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.owners import sentence_start


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in sorted(analyse(text).quotes, key=lambda q: q.start)]


@pytest.mark.parametrize("text, company", [
    ("Acme Corp. signed a deal with Globex Inc. to supply parts. The company said the deal was worth millions.",
     "Acme Corp"),
    ("Markets fell.\n\nBoeing Co. reported a loss on Tuesday. Analysts expect Airbus SE to gain orders. "
     "The company said it would cut 2,000 jobs.", "Boeing Co"),
    ("Markets fell.\n\nHalden Foods Inc. reported a loss on Tuesday. Analysts expect Norvik Corp. to gain orders "
     "this year. The company said it would sell two plants.", "Halden Foods Inc"),
])
def test_the_company_is_the_one_a_sentence_opens_with(text: str, company: str) -> None:
    assert speakers(text)[-1] == company


def test_the_first_sentence_of_the_text_starts_at_zero() -> None:
    assert sentence_start("Acme Corp. signed a deal with Globex Inc. to supply parts. The company", 57) == 0
