"""Names that are no second person: a programme named after its host, a headline's capitals that run a name into its
verb (even with a full stop after the headline), and a person a body's description follows ("X, the founder of privacy
group Y": a role at Y, not X a body)."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def actors(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.affiliation) for a in analyse(text).actors}


def test_a_programme_named_after_its_host_is_no_person() -> None:
    got = actors("Gov. Laura Quinn said on the Dana Whitfield Show on Monday night that the levy would go.")
    assert "Dana Whitfield Show" not in got and "Laura Quinn" in got


def test_a_headline_with_a_full_stop_names_nobody_by_its_capitals() -> None:
    got = actors("Walter Brandt Likens Budget Cuts To A Slow Flood.\n\nSen. Walter Brandt on Tuesday said the cuts "
                 "would hurt rural schools.")
    assert [n for n in got if "Brandt" in n] == ["Walter Brandt"]


def test_a_founder_of_a_described_group_is_a_person() -> None:
    got = actors("Max Keller, the founder of consumer group FairPay, said the fee was unlawful.")
    assert got["Max Keller"][0] == "person"
