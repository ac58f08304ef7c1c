"""A measure named with its purpose in an infinitive ("introduced a bill to ban diesel cars", "is drafting a motion to",
"launched a petition to save the library", "Holt's bill to ban X passed the Senate") is its sponsor's or owner's
position, as "a bill that would ban X" is (`bills.BILL_RE`'s "to"; issue 14, session 29). Near misses: a measure no
one in the sentence sponsors or owns, a sponsor denied, a pronoun the reported reading decides."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, holder", [
    ("Senator Holt introduced a bill to ban diesel cars.", "Ban diesel cars", "Holt"),
    ("The council is drafting a motion to ban diesel cars.", "Ban diesel cars", "the council"),
    ("The union launched a petition to save the library.", "Save the library", "the union"),
    ("Holt’s bill to ban diesel cars passed the Senate.", "Ban diesel cars", "Holt"),
    ("Two senators have tabled an amendment to cap interest rates on payday loans.",
     "Cap interest rates on payday loans", "senators"),
])
def test_a_measure_to_do_x_is_its_sponsors_position(text: str, summary: str, holder: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, None)
    assert [p.stance for p in o.positions] == ["support"] and holder in o.positions[0].actor


@pytest.mark.parametrize("text", [
    "The bill to ban diesel cars passed.",  # no sponsor or owner named
    "Senator Holt did not introduce a bill to ban diesel cars.",  # denied
    "Congress debated a resolution to condemn the attack.",  # debating is no sponsoring
])
def test_no_sponsor_no_position(text: str) -> None:
    assert [p for o in options(text) for p in o.positions if p.stance == "support"] == []


def test_a_day_is_no_holder() -> None:
    """A clause cut short leaves a day as the sponsoring verb's "subject" ("on Wednesday, prompting X to draft"): no
    position of "Wednesday" (`doers.DAYS_AND_MONTHS`)."""
    text = ("The UN Security Council received the report on Wednesday, prompting Western powers to draft a resolution "
            "to punish Damascus with sanctions.")
    assert all(p.actor != "Wednesday" for o in options(text) for p in o.positions)
