"""'They' as a speaker is a group only when safe: the last actor the paragraph names before it is an organisation
named in the plural; never a person, a country, a singular body or an actor of another paragraph."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text).quotes if q.mention is not None and q.mention.text == "They"]


def test_they_after_a_plural_group_is_that_group() -> None:
    assert speakers("The Houthis attacked a ship in the Red Sea on Monday. They said the attack was a warning.") \
        == ["Houthis"]


@pytest.mark.parametrize("text", [
    "The Houthis attacked a ship. Joe Biden condemned the attack. They said the attack was a warning.",
    "The Associated Press reported the vote on Monday. They said the result was close.",
    "The Taliban seized the city on Sunday. They said the fighting was over.",
])
def test_they_stays_unresolved_unless_a_plural_group_was_named_last(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize("text", [
    "Goldman Sachs cut its forecast on Monday. They said growth would slow to 1.5 percent.",
    "United Airlines, the carrier, cancelled 200 flights. They said the storm was to blame.",
    "Reuters, the news agency, reported the talks had stalled. They said the two sides would meet again.",
    "Doctors Without Borders, the charity, opened a clinic. They said the need was urgent.",
])
def test_a_company_outlet_or_body_whose_name_ends_in_s_is_no_plural_group(text: str) -> None:
    assert speakers(text) == [None]


def test_a_union_named_by_its_members_is_plural() -> None:
    assert speakers("The Teamsters union called a strike at the plant. They said members would walk out on Friday.") \
        == ["Teamsters"]
