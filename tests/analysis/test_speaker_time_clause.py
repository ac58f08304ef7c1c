"""A quotation right after a clause of time with its own subject and cue ('When someone in the audience shouted,
“Q,” Beck joked') is that subject's, not the main clause's after it (which tells what came next); near misses: a
bare tag after the quotation after an intransitive clause ('When he spoke, “Q,” Beck said'), a clause with no
subject ('When asked, “Q,” Beck said'), a verb of asking before an answer. One sentence each."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

CASES = [
    ("when someone shouted", "When someone in the audience shouted, “Cruz,” Beck joked, again using an accent.",
     "Cruz", "someone in the audience"),
    ("when a name told him", "When Lee Hart told him, “We will not back down,” Kwame Okafor laughed.",
     "We will not", "Lee Hart"),
    ("a title with a stop", "When Mrs. Clinton told him, “We will not back down,” Mr. Sanders laughed.",
     "We will not", "Mrs. Clinton"),
    ("after the mayor said", "After the mayor said, “We will win this fight,” the crowd cheered and Ms. Diaz smiled.",
     "We will win", "the mayor"),
    ("while protesters chanted", "While the protesters chanted, “No more wars,” Sen. Ted Cruz told reporters he "
     "was not worried.", "No more wars", "the protesters"),
    ("as a name put it", "As Trump put it, “We will build the wall,” Clinton responded with a shrug.",
     "We will build", "Trump"),
    ("when a woman yelled", "When a woman in the crowd yelled, “Lock her up,” Mr. Sanders joked about it.",
     "Lock her up", "a woman in the crowd"),
    ("a question after asked", "When reporters asked him, “Will you quit?” Paul Ryan laughed.", "Will you quit",
     "reporters"),
    # near misses: the main clause's speaker
    ("intransitive clause, bare tag", "When he spoke, “We will win this fight,” Beck said.", "We will win", "Beck"),
    ("no subject", "When asked, “We will win this fight,” Beck said.", "We will win", "Beck"),
    ("asked, an answer", "When reporters asked him about it, “We will win this fight,” Beck said.", "We will win",
     "Beck"),
    ("asked, an answer right after", "When reporters asked him, “We will win this fight,” Beck said.", "We will win",
     "Beck"),
    ("a cue after the comma's words", "Clinton said in the spring, when the story broke, “It was a mistake.”",
     "It was a mistake", "Clinton"),
]


@pytest.mark.parametrize("text,quote,mention", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_time_clause_speaker(text: str, quote: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "direct" and q.text.lstrip("“\"").startswith(quote))
    assert q.mention is not None and q.mention.text == mention
