"""A cue inside a relative clause ends its content where the main clause resumes. "Podesta, who said A, said B":
A ends at ", said" (an irregular past, as ", voted" ended it before) and B is the same source's words too. "The
hacker who first revealed that A was sentenced": the cue sits in a restrictive relative of the sentence's subject,
so the main clause's predicate ("was sentenced") is no part of A (session 20's known fault). Near misses keep
the whole content: an auxiliary after a pronoun ("said he was a doctor"), after a subject that opens a second
clause ("the plan was bad and the tax was worse"), or an appositive relative with no main verb after it."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _indirect(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker): the actor the mention resolved to ("who" names the person before it), else the mention."""
    return [(q.text.rstrip("."), q.speaker or (q.mention.text if q.mention else None)) for q in analyse(text).quotes
            if q.kind == "indirect"]


@pytest.mark.parametrize("text,expected", [
    ("Podesta, who said the project was vetted by the firm's lawyers, said he was unaware of any dispute.",
     [("the project was vetted by the firm's lawyers", "Podesta"), ("he was unaware of any dispute", "Podesta")]),
    ("Mayor Ann Lee, who says the budget is balanced, told reporters the city would hire 40 teachers.",
     [("the budget is balanced", "Ann Lee"), ("the city would hire 40 teachers", "Ann Lee")]),
    ("Barkley, who said he usually votes for Democrats, wrote that the governor would win easily.",
     [("he usually votes for Democrats", "Barkley"), ("the governor would win easily", "Barkley")]),
    ("Lee, who said the plan was unfair, voted against it.", [("the plan was unfair", "Lee")]),
])
def test_appositive_relative_then_main_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert _indirect(text) == expected


@pytest.mark.parametrize("text,content", [
    ("The hacker who first revealed that the mayor used a private server while she was in office was sentenced "
     "on Thursday.", "the mayor used a private server while she was in office"),
    ("The hacker who said that the server was open was sentenced on Thursday.", "the server was open"),
    ("Voters who say the economy is bad are angry at the president.", "the economy is bad"),
    ("A man who said he was a doctor has been charged with fraud.", "he was a doctor"),
    ("The woman who said that the new tax was unfair is running for mayor.", "the new tax was unfair"),
    ("The official who said the fund had run dry has resigned.", "the fund had run dry"),
])
def test_restrictive_relative_content_ends_before_main_predicate(text: str, content: str) -> None:
    assert [c for c, _ in _indirect(text)] == [content]


@pytest.mark.parametrize("text,content", [
    ("The senator said the plan was bad and the tax was worse.", "the plan was bad and the tax was worse"),
    ("The council members who said the plan was bad and the tax was worse voted no.",
     "the plan was bad and the tax was worse voted no"),  # (a bare main verb is not found: left as it was)
    ("The governor, who said the new tax is fair, has asked for more time.", "the new tax is fair"),
    ("Officials said the man who was arrested had been charged with fraud.",
     "the man who was arrested had been charged with fraud"),
])
def test_contents_kept_whole(text: str, content: str) -> None:
    assert [c for c, _ in _indirect(text)][:1] == [content]


@pytest.mark.parametrize("text,content,source", [
    ("The policy changes, which officials said will go into effect next month, will not apply to students.",
     "will go into effect next month", "officials"),
    ("The donor list, which the campaign says includes two million names, is a coveted asset.",
     "includes two million names", "the campaign"),
    ("The plan, which officials said would cost five million dollars, was announced on Monday.",
     "would cost five million dollars", "officials"),  # (the main verb is a cue, but not the officials')
    ("The bill passed, which the senator said was a victory for workers.", "was a victory for workers", "the senator"),
])
def test_object_relative_between_commas(text: str, content: str, source: str) -> None:
    assert _indirect(text) == [(content, source)]
