"""A people's adjective that closes a name after a given name is a family name ("Mark Cuban", "Tom French"), and alone
later stands for the person before a tag's verb or a stop ("Cuban said"); before a noun it stays the country's
("Cuban officials"). Before, "Mark Cuban" was no person and the quote's speaker was Cuba."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def actors(text: str) -> list[tuple[str, str]]:
    return sorted((a.name, a.kind) for a in analyse(text).actors)


def test_a_given_name_and_a_peoples_adjective_is_a_person() -> None:
    doc = analyse("The investor Lena Cuban said the stadium deal was bad. “It is a giveaway,” Cuban said.")
    assert sorted((a.name, a.kind) for a in doc.actors) == [("Lena Cuban", "person")]
    assert [q.speaker for q in doc.quotes] == ["Lena Cuban", "Lena Cuban"]
    assert ("Tom French", "person") in actors("Tom French, a farmer in Dorset, said the levy was unfair.")


def test_the_adjective_before_a_noun_stays_the_country() -> None:
    assert actors("Lena Cuban met Cuban officials in Havana on Monday.") == [("Cuba", "country"), ("Lena Cuban", "person")]
    # a word that opens a question or names a place is no given name
    assert actors("Will Chinese investors return to the port?") == []
