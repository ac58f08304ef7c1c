"""Reported speech inside reported speech: 'Ryan said Obama had told him, “Q”' and 'Ryan recalled that Obama once
told him, “Q”' are Obama's words (the cue right before the quotation, whose subject is a name after the first cue);
near misses keep the first speaker: a time, an object or a clause with no cue of its own between. One sentence each."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

CASES = [
    ("said X had told him", "Paul Ryan said President Obama had told him, “We will not back down.”", "We will not",
     "President Obama"),
    ("recalled that X once told him", "Sen. Ted Cruz recalled that Donald Trump once told him, “You are a loser.”",
     "You are a loser", "Donald Trump"),
    ("wrote that X said", "Kwame Okafor wrote that Lee Hart said, “The deal is dead.”", "The deal is dead",
     "Lee Hart"),
    ("said X later wrote", "Mr. Sanders said Mrs. Clinton later wrote: “I was wrong about the war.”", "I was wrong",
     "Mrs. Clinton"),
    # near misses
    ("a day between", "Paul Ryan said Monday, “We will not back down.”", "We will not", "Paul Ryan"),
    ("an object", "Paul Ryan told The New York Times, “We will not back down.”", "We will not", "Paul Ryan"),
    ("a clause with no cue", "Paul Ryan said Obama was wrong: “We will not back down.”", "We will not", "Paul Ryan"),
    ("a lower-case subject", "Paul Ryan said that he had told Obama, “We will not back down.”", "We will not",
     "Paul Ryan"),
]


@pytest.mark.parametrize("text,quote,mention", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_nested_cue_speaker(text: str, quote: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "direct" and q.text.lstrip("“\"").startswith(quote))
    assert q.mention is not None and q.mention.text == mention
