"""A quotation set off by dashes after a clause of time with a name or a pronoun as its subject and no cue ('When Trump
finally wrapped up — “Q” — the balloons fell') is that subject's (it gave no speaker). Near miss: a thing as the
clause's subject ('When the vote ended — “Q” —') gives none."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def _mentions(text: str) -> list[str | None]:
    return [q.mention.text if q.mention else None for q in analyse(text).quotes if q.kind == "direct"]


@pytest.mark.parametrize(("text", "mention"), [
    ("When Kwame Okafor finally wrapped up — “I will fight for you, and I will win for you!” — the balloons fell.",
     "Kwame Okafor"),
    ("When she finally wrapped up — “I will fight for you, and I will win for you!” — the balloons fell.", "she"),
    ("As Ann Lee sat down — “That is all I have to say about it tonight” — the hall went quiet.", "Ann Lee"),
])
def test_the_clause_subject(text: str, mention: str) -> None:
    assert _mentions("The rally ended late on Tuesday. " + text) == [mention]


def test_a_thing_is_no_speaker() -> None:
    text = "The rally ended late on Tuesday. When the vote ended — “a disgrace to every family in this state” — the hall emptied."
    assert _mentions(text) == [None]
