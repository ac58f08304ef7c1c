"""A call whose subject names its members between commas ("NATO's easternmost members, particularly Poland and the
Baltic States, have called for ...", "Several unions, such as Unite and the GMB, have called for ...") is held by the
members the text names, one position each, or by the group when a member is no actor; never the author's (the
subject's aside used to leave the holder unread, so the course fell to the author as "support"). An author's own
recommendation with such a subject ("Rich countries, including Britain, should ...") stays the author's."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, holders", [
    ("NATO's easternmost members, particularly Poland and the Baltic States, have called for the permanent deployment "
     "of allied troops.", {"Poland", "Baltic States"}),
    ("Democratic candidates, including Hillary Clinton and Bernie Sanders, have called for a tax on financial "
     "transactions.", {"Hillary Clinton", "Bernie Sanders"}),
    ("European governments, among them France and Germany, urged the European Union to impose tariffs on Chinese "
     "steel.", {"France", "Germany"}),
    ("Several Gulf states, notably Qatar, have urged Washington to lift the sanctions on Iran.", {"Qatar"}),
    ("In Europe, where NATO's easternmost members, particularly Poland and the Baltic States, have clamored for the "
     "permanent deployment of allied troops, Germany looks set to lead a brigade.", {"Poland", "Baltic States"}),
    ("The talks stalled because several donors, notably Japan and Norway, have called for a ban on bottom trawling.",
     {"Japan", "Norway"}),
    ("Big donors, especially Japan and South Korea, have called for a ban on bottom trawling in the Pacific.",
     {"Japan", "South Korea"}),
])
def test_the_named_members_hold_the_call(text: str, holders: set[str]) -> None:
    option = one_option(text)
    assert option.stance is None
    assert {p.actor for p in option.positions} == holders
    assert {p.stance for p in option.positions} == {"support"}


@pytest.mark.parametrize("text", [
    "Several unions, such as the drivers and the cleaners, have called for a ban on zero-hours contracts.",
    "Farm groups, including some of the largest, have urged the government to scrap the fertiliser tax.",
])
def test_members_that_name_no_one_leave_the_group_as_holder(text: str) -> None:
    option = one_option(text)
    assert option.stance is None and len(option.positions) == 1
    assert option.positions[0].stance == "support"


@pytest.mark.parametrize("text", [
    "Rich countries, including Britain and France, should cut their emissions faster.",
    "Europe's big economies, notably Germany, must raise their defence spending to two percent.",
])
def test_the_authors_own_recommendation_stays_the_authors(text: str) -> None:
    option = one_option(text)
    assert option.stance == "support" and not option.positions


def test_a_member_named_in_an_opening_phrase_is_no_holder() -> None:
    # "In many countries, including France, ...": a place, not the subject's members
    options = analyse("In many countries, including France, farmers have called for a ban on imported beef.").options
    assert len(options) == 1 and options[0].stance is None
    assert {p.actor for p in options[0].positions} <= {"farmers", "Farmers"}
