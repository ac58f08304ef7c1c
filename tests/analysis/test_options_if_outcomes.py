"""A course argued by what would follow if a doer took it (twelfth session, from the error table of the real tuned
editorials: the outcome kind): "It would help if the council reopened the library", "If the Fed raises rates again, it
would only hurt borrowers". Near misses stay none: a person at large, no finite verb of a doer, no outcome judged."""
import pytest

from tests.analysis.option_helpers import options


@pytest.mark.parametrize("text, summary, stance", [
    ("It would help if the council reopened the library.", "Reopen the library", "support"),
    ("It also helps, in majority-black cities, if the chief of police comes from that community.",
     "Come from that community", "support"),
    ("The farmers would greatly benefit if the ministry lifted the export ban.", "Lift the export ban", "support"),
    ("If the Fed raises rates again, it would only hurt borrowers.", "Raise rates", "oppose"),
    ("If the government scrapped the levy, that would save jobs.", "Scrap the levy", "support"),
    ("If Britain leaves the customs union, that would damage the car industry.", "Leave the customs union", "oppose"),
])
def test_course_judged_by_its_outcome(text: str, summary: str, stance: str) -> None:
    assert [(o.summary, o.stance) for o in options(text)] == [(summary, stance)]


def test_a_speakers_outcome_is_the_speakers_position() -> None:
    found = options('"If Finland joins NATO, that would undoubtedly harm our relations with Russia," Niinisto said.')
    assert [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in found] == \
        [("Join NATO", None, [("Niinisto", "oppose")])]


@pytest.mark.parametrize("text", [
    "If you eat less sugar, it would help your teeth.",  # personal advice
    "It helps if the weather is good.",  # no course
    "It would help if it rained.",
    "If the storm hits the coast, it would damage the harbour.",  # no doer
])
def test_no_course_from_an_outcome(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]
