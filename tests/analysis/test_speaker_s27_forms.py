"""English speakers, session 27 (speakers, issue 15): speaker forms from a written probe and last session's review,
in sentences of my own."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker, mention) of each direct or indirect quote, in order."""
    return [(q.kind, q.speaker, q.mention.text if q.mention else None) for q in analyse(text).quotes
            if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text, name", [
    ("“The numbers don't add up,” said the committee's chairman, Rep. Alan Groves of Ohio.", "Alan Groves"),
    ("“We will win in the fall,” said the party's candidate, Sen. Ann Ruiz of New Mexico, on Monday.", "Ann Ruiz"),
    ("“It is a start,” said the group's director, Nina Patel of the Sierra Club.", "Nina Patel"),
])
def test_a_name_after_an_inverted_description_with_its_home(text: str, name: str) -> None:
    # ("of Ohio" after the name no longer stops the name in apposition: the mention was "the chairman, Rep")
    assert _speakers(text)[0][1] == name
