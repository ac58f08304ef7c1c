"""A time phrase right after a cue ("said Monday", "said on Tuesday night", "said last week") is when the words were
said, never who said them, and a setting that runs to a comma ("said in a telephone interview from Ohio,") is where:
either leaves the attribution as it is without it (each case failed before)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.mentions import np_after
from briefing_app.analysis.time_after import past_setting, past_time

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
    ("as-clause with a setting", 'But, as Mr. Sykes said in a telephone interview from Ohio, "At a certain point, you wake '
     'up."', "Mr. Sykes"),
    ("participle after a setting", 'Ryan and Trump will meet next week, Spicer said in a telephone interview from Ohio, '
     'adding, "They need to sit down."', "Spicer"),
    ("another, a pronoun", 'Several voters were upset. Another said, "Rubio is in a battle."', "Another"),
    ("another after the quote", 'Several voters were upset. "Rubio is in a battle," another said.', "another"),
    ("yet another and a setting", 'One Republican agreed. Yet another said in a telephone interview, "Rubio is in a '
     'battle."', "another"),
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


@pytest.mark.parametrize(("text", "end"), [
    ("said in a telephone interview from Ohio, “Q”", len("said in a telephone interview from Ohio")),
    ("said Monday at a rally in Iowa, adding", len("said Monday at a rally in Iowa")),
    ("said with a smile, “Q”", len("said with a smile")),
    ("said Monday.", len("said Monday")),  # a time phrase with no comma after it
    ("said in Iowa that he would run", len("said")),  # no comma: the words go on
])
def test_past_setting(text: str, end: int) -> None:
    assert past_setting(text, len("said"), len(text)) == end


def test_that_said_is_no_attribution() -> None:
    assert all(q.mention is None for q in analyse('That said, "Rubio is in a battle."').quotes if q.kind == "direct")


@pytest.mark.parametrize(("text", "contents"), [
    ("If the law has never had its day in court, Giuliani said in a telephone interview from Ohio, there is a simple "
     "explanation.", ["If the law has never had its day in court", "there is a simple explanation"]),
    ('"That is the question," Clark said in a telephone interview from Ohio, noting he would support any of the others.',
     ["he would support any of the others"]),
])
def test_reported_speech_around_a_setting(text: str, contents: list[str]) -> None:
    assert [q.text for q in analyse(text).quotes if q.kind == "indirect"] == contents


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


@pytest.mark.parametrize(("text", "content"), [
    ("But while his message plays well with primary voters, Cruz will have a much tougher time in the general election, "
     "Henson said at a rally in Ohio.",
     "But while his message plays well with primary voters, Cruz will have a much tougher time in the general election"),
    ("In all, the Vermont senator has raised nearly $73 million for his White House bid, campaign officials said at a "
     "news conference in Burlington.", "In all, the Vermont senator has raised nearly $73 million for his White House bid"),
])
def test_content_that_opens_with_a_conjunction_before_a_setting(text: str, content: str) -> None:
    """A setting after the verb leaves the words before the speaker the content, whatever they open with."""
    assert [q.text for q in analyse(text).quotes if q.kind == "indirect"] == [content]
