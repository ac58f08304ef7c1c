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
