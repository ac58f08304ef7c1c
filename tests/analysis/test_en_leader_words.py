"""A capitalised word before a leader's title and a name ("Mossad chief David Barnea") names the leader's body
only when it can name one: a sentence's opening verb of an inverted tag ("Says President Obama: “Q”"), conjunction,
preposition or adverb ("When", "Unlike", "Meanwhile") is no organisation, and no part of the person's title."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("text", [
    'Says President Barack Obama: "We will not back down from this fight." The crowd cheered.',
    "The vote was close. Adds Senator Elizabeth Warren: “We will be back next year with the votes.”",
    "When President Barack Obama took office, the economy was shrinking.",
    "Unlike President Barack Obama, she won the state twice.",
    "Meanwhile Chairman Jerome Powell told lawmakers rates would stay high.",
    "Yesterday Chief Executive Mary Barra visited the plant in Ohio.",
])
def test_a_sentence_opening_word_before_a_title_names_no_body(text: str) -> None:
    actors = analyse(text).actors
    assert [a.name for a in actors if a.kind == "organization"] == []
    person = next(a for a in actors if a.kind == "person")
    assert person.affiliation is None
    assert (person.title or "-").split()[0] not in ("Says", "Adds", "When", "Unlike", "Meanwhile", "Yesterday")


@pytest.mark.parametrize("text, title", [
    ("Unlike President Barack Obama, she won the state twice.", "President"),
    ("Meanwhile Senator Elizabeth Warren spoke to reporters in Boston.", "Senator"),
    ("Under Secretary of State Victoria Nuland spoke to reporters in Kyiv.", "Under Secretary of State"),
])
def test_the_title_stops_at_an_opening_word(text: str, title: str) -> None:
    assert [a.title for a in analyse(text).actors if a.kind == "person"] == [title]


def test_a_body_named_before_a_leader_is_still_one() -> None:
    actors = analyse("Mossad chief David Barnea met the envoy. Barnea said talks would go on.").actors
    assert any(a.name == "Mossad" for a in actors)
