"""A quotation followed by its speaker and a speech verb is somebody's words whatever its case; a
paragraph with "é" read as Latin-1 ("TrÃ©vidic") is article body, not a copyright line."""
from __future__ import annotations

from briefing_app.analysis import boilerplate
from briefing_app.analysis.pipeline import analyse


def kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes]


def test_title_case_words_before_the_speaker_and_said_are_a_quotation() -> None:
    assert ("direct", "Like Oakland. Or Ferguson,", "Trump") in kinds("“Like Oakland. Or Ferguson,” Trump said.")
    assert ("direct", "GROWING PARTY,", "he") in kinds('Trump brags. "GROWING PARTY," he declared in a tweet.')


def test_a_show_before_the_speaker_stays_a_title() -> None:
    got = kinds("He told Fox News’ “Sunday Morning Futures,” Trump said on Sunday, that he would win.")
    assert ("title", "Sunday Morning Futures", None) in got


def test_mojibake_e_acute_is_no_copyright_sign() -> None:
    text = ('As prosecutor Marc TrÃ©vidic put it, "there was not much to complain about in the strict terms '
            'of criminal prosecution."\n\n© 2016 The Daily Ledger\n')
    spans = boilerplate.find(text)
    assert [text[s.start:s.end] for s in spans] == ["© 2016 The Daily Ledger"]


def test_a_closing_mark_before_is_no_possessive() -> None:
    text = "She said he was ''a recruiter.''\n\n''It's nonsense,'' Mr. Trump said by telephone."
    assert ("direct", "It's nonsense,", "Mr. Trump") in kinds(text)
