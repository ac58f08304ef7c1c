"""A headline's scare quote that repeats words the body gives to a speaker is one quote, the
attributed one: the quotes list does not show 'quasi-state of war' twice."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.repeats import drop_repeated_scare
from briefing_app.core.model import Quote

TEXT = ("Ministry puts border guards on 'emergency footing'\n\n"
        "The interior ministry said on Monday that border guards had been told to move to an "
        "\"emergency footing\" after two crossings were closed overnight.\n\n"
        "Officials described the closures as \"temporary\" and said talks would resume next week.\n")


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker or (q.mention.text if q.mention else None)) for q in analyse(text).quotes
            if q.kind in ("direct", "scare")]


def test_a_headline_scare_quote_repeating_attributed_words_is_dropped():
    found = _kinds(TEXT)
    assert [q for q in found if q[1] == "emergency footing"] == [("direct", "emergency footing", "The interior ministry")]


def test_scare_quotes_that_repeat_nobody_stay():
    text = TEXT.replace("an \"emergency footing\"", "an emergency footing")
    assert ("scare", "emergency footing", None) in _kinds(text)  # no one is quoted saying it: the headline's own


def _quote(kind: str, text: str, speaker: str | None = None) -> Quote:
    return Quote(0, len(text), text, kind, speaker=speaker)


def test_one_word_set_apart_inside_a_longer_quote_stays():
    said = _quote("direct", "The measures are temporary and will be reviewed", "Minister")
    one_word, phrase = _quote("scare", "temporary"), _quote("scare", "will be reviewed")
    assert drop_repeated_scare([said, one_word, phrase]) == [said, one_word]
    alone = _quote("direct", "Temporary", "Minister")  # a one-word quote given to a speaker is the same quote
    assert drop_repeated_scare([alone, one_word]) == [alone]
