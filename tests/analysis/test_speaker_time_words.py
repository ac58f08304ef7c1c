"""A time phrase right after a cue ("said Monday", "said on Tuesday night", "said last week") is when the words were
said, never who said them, and leaves the attribution as it is without it (each case failed before)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.mentions import np_after, past_time

CASES = [
    ("inverted description, then a day", '"There has been a lot of talk, so let me make it clear," Senate Majority Leader '
     'Mitch McConnell, R-Ky., said Monday. "That is not the view of Republicans."', "Senate Majority Leader Mitch McConnell"),
    ("as-clause with a day", 'But, as Mr. Sykes said Monday, "At a certain point, you wake up."', "Mr. Sykes"),
    ("participle after said and a day", 'Ryan and Trump will meet next week, Spicer said Monday, adding, "They need to '
     'sit down and have a good talk."', "Spicer"),
    ("coordinated verb and a day", 'Boreing said the members will still meet, but said Monday, "It is time we change '
     'how we do it."', "Boreing"),
    ("subordinate clause with a time", 'Ryan said last week on CNN that he was not ready, though he said on Tuesday night, '
     '"I hope to."', "he"),
]


@pytest.mark.parametrize(("case", "text", "mention"), CASES, ids=[c[0] for c in CASES])
def test_time_after_the_cue_keeps_the_speaker(case: str, text: str, mention: str) -> None:
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert direct, case
    assert all(q.mention is not None and q.mention.text.startswith(mention) for q in direct), \
        (case, [q.mention for q in direct])


@pytest.mark.parametrize(("text", "end"), [
    ("said Monday, “Q”", len("said Monday")),
    ("said on Tuesday night.", len("said on Tuesday night")),
    ("said last week that", len("said last week")),
    ("said yesterday", len("said yesterday")),
    ("said Mondays are hard", len("said")),  # not a time phrase: a word that goes on
    ("said Monroe", len("said")),
])
def test_past_time(text: str, end: int) -> None:
    assert past_time(text, len("said"), len(text)) == end


def test_np_after_skips_a_time_phrase() -> None:
    text = "“Q,” said Tuesday Senator Ann Smith of Ohio."
    start = text.index("said") + 4
    s, e = np_after(text, start, len(text)) or (0, 0)
    assert text[s:e].startswith("Senator Ann Smith")
    only = "“Q,” Smith said Monday."
    assert np_after(only, only.index("said") + 4, len(only)) is None


def test_coordinated_cue_with_a_day_is_no_content_of_the_first() -> None:
    """'X said A, but said Monday, “Q”': the quotation is not reported speech that opens with "Monday"."""
    text = 'Boreing said the members will still meet, but said Monday, "It is time we change how we do it."'
    indirect = [q for q in analyse(text).quotes if q.kind == "indirect"]
    assert [q.text for q in indirect] == ["the members will still meet"]
