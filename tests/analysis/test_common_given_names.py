"""Short and common given names have a sex ("Tom", "Jim", "Jeff", "Liz", "Carly"), so a pronoun speaker skips the person
of the other sex named after the one it stands for."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.given_names import sex_of


@pytest.mark.parametrize("name, sex", [("Tom", "m"), ("Jim", "m"), ("Jeff", "m"), ("Steve", "m"), ("Liz", "f"),
                                       ("Carly", "f"), ("Kathy", "f"), ("Chad", None), ("Warren", None)])
def test_sex_of_common_given_names(name: str, sex: str | None) -> None:
    assert sex_of(name) == sex


@pytest.mark.parametrize("woman, man, pronoun, speaker", [
    ("Mayor Ann Lee", "Governor Tom Fox", "she", "Ann Lee"),
    ("Mayor Liz Ward", "Governor Jim Bell", "she", "Liz Ward"),
    ("Mayor Liz Ward", "Governor Jim Bell", "he", "Jim Bell"),
    ("Senator Kathy Moss", "Treasurer Jeff Park", "he", "Jeff Park"),
])
def test_a_pronoun_speaker_takes_the_person_of_its_sex(woman: str, man: str, pronoun: str, speaker: str) -> None:
    first, second = (man, woman) if pronoun == "he" else (woman, man)
    text = (f"Budget talks stall.\n\n{first} met {second} on Monday to discuss the budget. "
            f"“We agreed on nothing,” {pronoun} said.")
    assert [q.speaker for q in analyse(text).quotes if q.kind == "direct"] == [speaker]
