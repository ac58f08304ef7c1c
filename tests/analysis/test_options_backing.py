"""Backing or dropping a person the text names is a campaign's own move, no course of a body (options/backing.py;
the largest false kind on the tuned news batches, fifteenth session). A course on a body, a country, a bill, a
nomination or a person's office stays an option."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "Among those who want the president's policies to continue, most are planning to support Hillary Clinton.",
    '"I particularly want to commend Donald Trump, who has given voice to the frustration of workers," Mike Pence said.',
    "Obama urged voters to reject Donald J. Trump, the Republican nominee.",
    "Most of the vulnerable Senate Republicans have said they would support Donald Trump.",
    "Governor Jane Miller said on Friday that she would endorse Ted Cruz.",
    "The union's leaders urged members to back Bernie Sanders.",
])
def test_backing_a_person_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The group urged members to support Ukraine.", "Support Ukraine"),
    ("Senate Republicans should support Merrick Garland's nomination, the editorial said.",
     "Support Merrick Garland's nomination"),
    ("The school district should reinstate Tutka, Sasser said.", "Reinstate Tutka"),
    ("Loretta Lynch should be impeached, Kelli Ward said.", "Impeach Loretta Lynch"),
    ("The answer is to back the case that Gambia has brought.", "Back the case that Gambia has brought"),
])
def test_a_course_on_a_body_or_an_office_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text, summary", [
    ("President Bashar al-Assad remains in power. The United States should abandon Assad, the senator said.",
     "Abandon Assad"),
    ("Juan Guaidó declared himself interim president. Washington should back Guaidó, Rubio said.", "Back Guaidó"),
    ("Alexei Navalny was jailed in January. The West must support Navalny, the activists said.", "Support Navalny"),
    ("Alexei Navalny was jailed in January. The government should support Navalny, the activists said.",
     "Support Navalny"),
    ("Juan Guaidó declared himself interim president. The EU should back Guaidó, diplomats said.", "Back Guaidó"),
])
def test_a_states_backing_of_a_person_abroad_stays(text: str, summary: str) -> None:
    """Foreign policy, no campaign move: the doer before the cue is a country or a government."""
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    "Hillary Clinton won Nevada. The AFL-CIO will endorse Clinton next week.",
    "Donald Trump won Indiana. The Republican Party should dump Donald Trump, the donors said.",
    "Hillary Clinton won Nevada. Most delegates are planning to support Clinton.",
])
def test_a_union_party_or_delegates_backing_a_candidate_is_still_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]
