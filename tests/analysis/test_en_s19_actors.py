"""English actor rules of the nineteenth session, one test each (the conventions are in the actor set's README, the
docstring of tests/data/actors/score.py)."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


def test_the_provinces_or_an_australian_states_official_is_that_ones() -> None:
    for text, name, home, title in (
            ("Audit\n\nTORONTO — Ontario will cap fees. The province's auditor general, Shelley Spence, is due to report "
             "in December.\n", "Shelley Spence", "Ontario", "auditor general"),
            ("Oil\n\nEDMONTON — Alberta fined the company. The province's energy minister, Brian Jean, said the fine was "
             "fair.\n", "Brian Jean", "Alberta", "energy minister"),
            ("Budget\n\nThe province’s finance minister, Adrien Sala, said Manitoba would run a deficit.\n", "Adrien Sala",
             "Manitoba", "finance minister"),
            ("Hospitals\n\nBRISBANE — Queensland will spend $2 billion on hospitals. The state's health minister, Tim "
             "Nicholls, said the money would go to regional areas.\n", "Tim Nicholls", "Queensland", "health minister"),
            ("Rail\n\nPERTH — Western Australia approved the line. The state's transport minister, Rita Saffioti, said work "
             "would start in May.\n", "Rita Saffioti", "Western Australia", "transport minister")):
        person = _actors(text)[name]
        assert (person.affiliation, person.title) == (home, title), text


def test_near_misses_of_the_provinces_official() -> None:
    for text, name, home in (
            # two provinces named: which one is not said
            ("Deal\n\nTORONTO — Ontario and Quebec signed a deal. The province's finance minister, Peter Bethlenfalvy, said "
             "it would save money.\n", "Peter Bethlenfalvy", None),
            ("Deal\n\nSYDNEY — New South Wales and Queensland signed a deal. The state's treasurer, Daniel Mookhey, said it "
             "would save money.\n", "Daniel Mookhey", None),
            # "the state's" in a Canadian story is no province's; a US state's is that state's
            ("Tax\n\nTORONTO — Ontario cut taxes. The state's comptroller, Glenn Hegar, said revenue rose.\n", "Glenn Hegar",
             None),
            ("Tax\n\nAUSTIN — Texas lawmakers met. The state's comptroller, Glenn Hegar, said revenue rose.\n", "Glenn Hegar",
             "Texas")):
        assert _actors(text)[name].affiliation == home, text
