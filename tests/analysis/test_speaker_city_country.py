"""A city and its country inside an appositive or a participle's phrase before the verb ("Jane Roe, a teacher from
Lyon, France, said"), as a city and its U.S. state already were ("a salesman from Sumter, South Carolina, says"): the
country's comma does not open the appositive, so the name before it is the speaker."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speaker(text: str) -> str | None:
    quote = next(q for q in analyse(f"Story\n\n{text}\n").quotes if q.kind == "indirect" and q.text.startswith("the "))
    return quote.speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Angela Merkel, speaking at a factory in Lyon, France, said the unions had a point.", "Angela Merkel"),
    ("Jean Dupont, a teacher from Lyon, France, said the unions had a point.", "Jean Dupont"),
    ("Jane Roe, a trader in Busan, South Korea, said the won would weaken.", "Jane Roe"),
    ("Jane Roe, a nurse from Manchester, England, said the wards were full.", "Jane Roe"),
    ("Gov. Greg Abbott, speaking at a rally in Dresden, Germany, where he met workers, said the border was secure.",
     "Greg Abbott"),  # (the ', where ...' clause of 8e6c5f7c after a city and its country)
    ("Dean Johnson, a salesman from Sumter, South Carolina, says the economy is weak.", "Dean Johnson"),  # (as before)
])
def test_a_city_and_its_country_stay_inside_the_appositive(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_officials_in_a_city_and_its_country_are_no_named_speaker() -> None:
    assert _speaker("Officials in Lyon, France, said the unions had a point.") is None
