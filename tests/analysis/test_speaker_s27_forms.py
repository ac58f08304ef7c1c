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


@pytest.mark.parametrize("text, mention", [
    ("“Never again,” came the angry response from union leaders.", "union leaders"),
    ("“We will never accept this,” came the angry response from union leaders.", "union leaders"),
    ("“Call the vote,” came shouts from the gallery, as the chairman tried to speak.", "the gallery"),
    ("“Four more years!” came the chant from supporters in the hall.", "supporters"),
    ("“No,” came a terse answer from local residents.", "local residents"),
    ("The plan was read aloud. “Not a chance.” So came the swift reply from Ms. Holt.", "Ms. Holt"),
])
def test_a_reply_tag_with_an_adjective_a_bare_plural_or_shouts(text: str, mention: str) -> None:
    # (a short quotation before such a tag was a scare quote: the reply's noun was no cue after it)
    assert _speakers(text) == [("direct", _speakers(text)[0][1], mention)]
