"""Rules that decide whether a quotation is somebody's words, a scare quote or a title."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def kinds(text: str) -> dict[str, str]:
    return {q.text: q.kind for q in analyse(text).quotes if q.kind != "indirect"}


def test_short_quote_right_after_a_speech_verb_is_what_was_said() -> None:
    text = ('On Monday, Governor Jeb Bush said "local forces" must lead the way. '
            'In a two-minute answer, Senator Ted Cruz said "CNN" five times.')
    assert kinds(text) == {"local forces": "direct", "CNN": "direct"}
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in quotes] == ["Governor Jeb Bush", "Senator Ted Cruz"]


def test_short_quote_after_a_noun_or_that_stays_a_scare_quote() -> None:
    text = 'The minister dismissed the “local forces” idea. Critics said the plan was “dead on arrival” and moved on.'
    assert kinds(text)["local forces"] == "scare"


def test_link_roundup_headlines_and_excerpts_are_titles() -> None:
    text = ('NOW OPEN—"Pop-up art show strives to confront South Bronx gentrification," by DNAinfo\'s Eddie Small: '
            '"Curators of a pop-up art show in the South Bronx are determined to confront the fears."\n\n'
            '"It is a good day for all of us," said Mark Levine, the council member.')
    got = kinds(text)
    assert got["Pop-up art show strives to confront South Bronx gentrification"] == "title"
    assert got["Curators of a pop-up art show in the South Bronx are determined to confront the fears"] == "title"
    assert got["It is a good day for all of us,"] == "direct"
