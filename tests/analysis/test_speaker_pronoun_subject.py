"""A pronoun speaker with no name in its own sentence is the first fitting person of the last sentence that names
one - its subject as a rule - not the last name of that sentence (an object or a name in a phrase after the verb);
a person named only as an owner ("Reed's arrest") is no subject."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text).quotes if q.kind == "direct"]


def test_the_subject_of_the_last_sentence_over_its_object() -> None:
    text = ("The former mayor, Clara Voss, told the radio station she would rather vote for Ingrid Holm than for "
            "the incumbent.\n\n“I am ashamed of what the council did,” she said.")
    assert speakers(text) == ["Clara Voss"]
    text = ("Marek Nowak had close ties to the late senator Piotr Zielinski. On Sunday he endorsed the challenger."
            "\n\n“We need someone who has been tested,” he said.")
    assert speakers(text) == ["Marek Nowak"]


def test_an_owner_before_the_subject_is_passed_over() -> None:
    text = ("Days after Paul Reed's arrest, Tom Lund volunteered to take his place.\n\n"
            "“Was I going to stay at home?” he said.")
    assert speakers(text) == ["Tom Lund"]


def test_gender_still_decides_first() -> None:
    text = "Paul Reed met Mayor Anna Berg on Monday. “We are ready,” she said."
    assert speakers(text) == ["Anna Berg"]
