"""A pronoun speaker with no name in its own sentence takes the first fitting person of the last sentence naming one; when
that sentence opens with the same pronoun ('He met the mayor, Piet Jansen.'), the pronoun is its subject and names the
person before it: pronouns chain ('Tom Reed runs the ferries. He met the mayor, Piet Jansen. ¶ “Q,” he said' is Reed)."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text).quotes if q.kind == "direct"]


def test_a_sentence_opening_with_the_pronoun_passes_it_on() -> None:
    text = "Tom Reed runs the ferry company. He met the mayor, Piet Jansen, on Monday.\n\n“We will run all winter,” he said."
    assert speakers(text) == ["Tom Reed"]
    text = "Tom Reed runs the ferry company.\n\nHe has clashed with Mayor Piet Jansen for years.\n\n“We will run all winter,” he said."
    assert speakers(text) == ["Tom Reed"]
    text = ("Ines Moreau won the race in 2014.\n\nBut she met Anna Berg at the harbour last week.\n\n“It was a good talk,” "
            "she said.")
    assert speakers(text) == ["Ines Moreau"]


def test_a_sentence_with_a_named_subject_still_gives_it() -> None:
    text = "Tom Reed runs the ferry company. Piet Jansen, the mayor, met him on Monday.\n\n“We will run all winter,” he said."
    assert speakers(text) == ["Piet Jansen"]


def test_another_pronoun_opening_does_not_chain() -> None:
    text = ("Tom Reed runs the ferry company. She met Piet Jansen, the mayor, on Monday.\n\n“We will run all winter,” he "
            "said.")
    assert speakers(text) == ["Piet Jansen"]
