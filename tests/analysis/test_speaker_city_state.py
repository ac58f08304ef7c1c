"""A subject with an appositive that ends in "City, State," ('Dean Johnson, a salesman from Sumter, South Carolina,
says'): the city's comma is inside the appositive, so the subject is the name and its appositive, not the appositive's
tail alone (issue 15: tuned PolNeAR gave "a 55-year-old salesman from Sumter, South Carolina" as a speaker)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize(("text", "name"), [
    ("Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will leave here with momentum.",
     "Dean Johnson"),
    ("Christopher Harvey, an African-American delegate from Houston, Texas, said the turmoil was overblown.",
     "Christopher Harvey"),
    ("Rachel Berg, a philanthropist from Monsey, New York, said the speeches had changed her mind.", "Rachel Berg"),
    ("Brianne Stone, 29, of Huntsville, Ala., said energy policy mattered most to her.", "Brianne Stone"),
    ("''I just don't think she has been truthful,'' Cecelia Purner, 67, a retired clerk in Allentown, Pa., said.",
     "Cecelia Purner"),
    ('"We will win," Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone.', "Mr. Daniloff"),
])
def test_the_name_before_an_appositive_with_a_city_and_state_speaks(text: str, name: str) -> None:
    quotes = [q for q in analyse(text).quotes if q.kind in ("direct", "indirect")]
    assert quotes and all(q.mention is not None and q.mention.text.startswith(name) for q in quotes), \
        [(q.text, q.mention) for q in quotes]


@pytest.mark.parametrize(("text", "mention"), [
    ("Officials in Austin, Texas, said the road was closed.", "Officials in Austin, Texas"),  # no appositive
    ("In Dallas, Texas, police said the road was closed.", "police"),
    ("Clinton, during a town hall meeting in Columbus, Ohio, said she would help.", "Clinton"),  # a setting
    ("Jane Roe, a teacher in Austin, said the schools were full.", "Jane Roe, a teacher in Austin"),  # no state
])
def test_a_city_and_state_elsewhere_leaves_the_subject_as_it_was(text: str, mention: str) -> None:
    quotes = [q for q in analyse(text).quotes if q.kind == "indirect"]
    assert [q.mention.text if q.mention else None for q in quotes] == [mention]
