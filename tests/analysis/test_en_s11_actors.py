"""English actor rules of the eleventh session, one test each: the well-known groups a speed change had
dropped (al-Qaeda, the UAW, UNICEF, UNHCR, UNESCO), affiliations as the text gives them."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.known_bodies import BODY_RE, QAEDA_RE, U_GROUPS_RE
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


def test_rare_well_known_groups_are_actors_with_their_parent() -> None:
    actors = _actors("Red Sea\n\nUNHCR said arrivals had doubled. UNICEF warned that schools were shut, and UNESCO "
                     "said two sites were damaged. Al-Qaeda claimed the attack on Sunday. The UAW, which represents the "
                     "drivers, objected.\n")
    for name in ("UNHCR", "UNICEF", "UNESCO"):
        assert actors[name].affiliation == "United Nations"
    assert "al-Qaeda" in actors
    assert "UAW" in actors["United Auto Workers"].aliases


def test_rare_groups_have_their_own_scan_and_need_whole_words() -> None:
    assert BODY_RE.search("UNHCR said") is None  # (the main scan holds no name opening with "U" or in lower case)
    assert U_GROUPS_RE.search("the UNHCRx office") is None and U_GROUPS_RE.search("the UNHCR office")
    assert QAEDA_RE.search("pro-al-Qaeda") is None and QAEDA_RE.search("said al Qaeda")
    assert _actors("The UNICEFA fund and the pro-al-Qaedaist blog said nothing.\n").keys().isdisjoint({"UNICEF", "al-Qaeda"})
