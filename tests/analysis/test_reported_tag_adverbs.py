"""An adverb or an auxiliary between a speaker and the verb ("X later said", "she has said", "and also said") is
still the same attribution: the participle after a tag ('“Q,” X later said, calling ...'), an opening participle
('Noting ..., X later said ...') and the end of a call ('called it lawful, and later said ...') read it as they read
the plain verb (scripts/probe_split.py's "later" and "hassaid" probes lost these)."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes if q.kind == "indirect"]


def test_a_participle_after_a_tag_with_an_adverb() -> None:
    text = "“The ferry is too slow,” Lena Ortiz later said in a statement, calling on the council to buy a new one."
    assert ("the council to buy a new one", "Lena Ortiz") in indirect(text)
    text = "“The ferry is too slow,” Mr. Okafor has said, calling the timetable “a joke.”"
    assert ("the timetable “a joke.”", "Mr. Okafor") in indirect(text)


def test_an_opening_participle_before_a_subject_with_an_adverb() -> None:
    text = "Noting that the depot flooded twice, Lena Ortiz later said the council would move it."
    assert indirect(text) == [("the depot flooded twice", "Lena Ortiz"), ("the council would move it", "Lena Ortiz")]


def test_a_call_ends_before_the_next_verb_after_an_adverb() -> None:
    text = "Mr. Okafor called the closure reckless, and later said the depot would reopen in May."
    assert ("the closure reckless", "Mr. Okafor") in indirect(text)
    # the plain verb as before
    assert ("the closure reckless", "Mr. Okafor") in indirect("Mr. Okafor called the closure reckless, and said the "
                                                              "depot would reopen in May.")
