"""An opening phrase led by an adverb of time or degree ("Ever since ...,", "Only hours after ...,", "Soon after ...,",
"Just before ...,") is no speaker: the clause subject after it is."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("text, speaker", [
    ("Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful surrogate, visiting the "
     "headquarters to encourage young staffers with a simple message: ''Don't screw this up!''", "Ms. Warren"),
    ('Only hours after the vote, the senator had a blunt message: "We will repeal it."', "the senator"),
    ('Soon after the debate, Rubio went further: "He is a con artist."', "Rubio"),
    ('Just before midnight, the mayor put it simply: "We are done."', "the mayor"),
])
def test_an_opening_adverb_phrase_is_no_speaker(text: str, speaker: str) -> None:
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in quotes] == [speaker]
