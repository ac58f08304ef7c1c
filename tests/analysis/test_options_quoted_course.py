"""A course quoted in the actor's own words right after its cue ('vowed to "scrap the levy"', "pledged to ''close the
camp'' by June"): the quotation mark no longer hides the verb phrase from the plan and call rules, and the course goes
on after the closing mark ('promised to "rip up" the treaty': rip up the treaty), read without the marks."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary", [
    ('Senator Holt vowed to "scrap the fuel levy" if she wins.', "Scrap the fuel levy"),
    ('Senator Holt promised to "rip up" the trade treaty with Canada.', "Rip up the trade treaty with Canada"),
    ("Senator Holt pledged to ''close the detention camp'' within a year.", "Close the detention camp within a year"),
    ("Senator Holt has pledged to “abolish the road tax” on day one.", "Abolish the road tax on day one"),
    ('The governor vowed to "build a new bridge."', "Build a new bridge"),
    ('The union urged the council to "scrap the parking levy" before May.', "Scrap the parking levy"),
    # single marks, as British news quotes: the closing mark is no part of the course, an apostrophe is
    ("Senator Holt vowed to ‘tear up’ the fishing accord.", "Tear up the fishing accord"),
    ("Senator Holt vowed to 'tear up' the fishing accord.", "Tear up the fishing accord"),
    ("Senator Holt has pledged to ‘shut the city’s old ferry depot’ by spring.", "Shut the city’s old ferry depot by spring"),
])
def test_a_quoted_course_after_its_cue_is_read(text: str, summary: str) -> None:
    option = one_option(text)
    assert option.summary == summary
    assert option.positions and option.positions[0].stance == "support"


def test_a_quoted_wish_of_no_policy_gives_none() -> None:
    assert options('The senator promised to "be a loud voice for the valley" if she is elected.') == []


def test_a_quotation_opening_the_sentence_is_untouched() -> None:
    option = one_option('"We will build a new bridge," the governor said.')
    assert (option.summary, option.positions[0].actor) == ("Build a new bridge", "the governor")
