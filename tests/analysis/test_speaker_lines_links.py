"""A label in capitals before a link's name is no transcript turn ("KXAN: FCC Public File"), nor are link lists'
and letters' kickers ("MORE: ...", "FULL LIST: ...", "EDITOR: ..."); a transcript's turns stay verbatim."""
from __future__ import annotations

from briefing_app.analysis import analyse


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in analyse(text).quotes]


def test_a_stations_links_are_no_turns() -> None:
    text = "Station news.\n\nWKRP: Public Inspection File\n\nWKRP: Children’s Programming Report\n\nWXYZ: Public Inspection File"
    assert _quotes(text) == []


def test_link_and_letter_kickers_are_no_speakers() -> None:
    text = ("City news.\n\nMORE: Council approves a new plan for the harbor district this week\n\n"
            "FULL LIST: Here are the winners of this year's county fair\n\n"
            "EDITOR: I would like to voice my concern for the children who walk to school along the highway")
    assert _quotes(text) == []


def test_a_transcripts_turns_stay_direct() -> None:
    text = ("Debate night.\n\nHOST: Do you think the bridge will be finished this year?\n\n"
            "MAYOR: Absolutely, and the state will pay for it.\n\nHOST: Thank you for your time tonight.")
    assert [k for k, _ in _quotes(text)] == ["direct", "direct", "direct"]
