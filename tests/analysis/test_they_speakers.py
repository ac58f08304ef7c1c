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
