"""'X quoted Y as saying, “Q”' (and cited, quoting) gives the words to Y, the one quoted; near misses: 'X was
quoted (by CNN) as saying' stays X's, a lower-case object ('quoted the Bible as saying') is no speaker."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

CASES = [
    ("quoted Y as saying", "Paul Ryan quoted President Obama as saying, “We will not back down.”", "We will not",
     "President Obama"),
    ("a paper quoted", "The Times quoted Mrs. Clinton as saying “The deal is dead.”", "The deal is dead",
     "Mrs. Clinton"),
    ("cited", "Sen. Ted Cruz cited Ronald Reagan as saying, “Trust, but verify.”", "Trust, but verify",
     "Ronald Reagan"),
    ("quoting, in an appositive", "Kwame Okafor, quoting Lee Hart as saying, “We will win,” left the stage.",
     "We will win", "Lee Hart"),
    # near misses
    ("passive", "Paul Ryan was quoted as saying, “We will not back down.”", "We will not", "Paul Ryan"),
    ("passive with an agent", "Paul Ryan was quoted by CNN as saying, “We will not back down.”", "We will not",
     "Paul Ryan"),
    ("a plain participle", "Paul Ryan praised President Obama, saying, “We will not back down.”", "We will not",
     "Paul Ryan"),
]


@pytest.mark.parametrize("text,quote,mention", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quoted_as_speaker(text: str, quote: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "direct" and q.text.lstrip("“\"").startswith(quote))
    assert q.mention is not None and q.mention.text == mention
