"""Session 29 English rules for whose a body or a company's officer is, one test each (sentences written for the test, in
several wordings): "the company's X" is the one company the text has already called "the company", over a company
named in between; a shared body's name ("the Supreme Court") and a "Union ... Ministry" are India's in a text that reads
as Indian (crore, rupees, "the Centre"), and stay American elsewhere."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("between", ["the chips it plans to ship to Nvidia next year",
                                     "a supply deal it signed with Nvidia last month"])
def test_the_companys_officer_is_of_the_company_called_so_before(between: str) -> None:
    actors = _actors("Cuts\n\nSEOUL - Samsung Electronics will cut 10% of staff, the company said on Thursday. The world's "
                     f"largest memory maker said the cuts would not affect {between}.\n\n\"We are reshaping,\" Jun Hale, "
                     "head of the company's semiconductor division, told analysts.\n")
    assert actors["Jun Hale"].affiliation == "Samsung Electronics"


def test_with_two_companies_called_so_the_latest_named() -> None:
    actors = _actors("Deal\n\nAcme Holdings shares rose 3%, the company said. Beta Industries shares fell, the company "
                     "said. On Monday Tom Reed, the company's chief executive, spoke.\n")
    assert actors["Tom Reed"].affiliation == "Beta Industries"


@pytest.mark.parametrize("line", ["The Union Finance Ministry had cut the state's limit by Rs 8,000 crore.",
                                  "The Centre, through the Union Home Ministry, sent 2,000 personnel at a cost of 40 lakh."])
def test_a_union_ministry_in_an_indian_text_is_indias(line: str) -> None:
    actors = _actors(f"Funds\n\nKerala's Finance Minister Thomas Varghese said the state would ask the Supreme Court to "
                     f"step in. {line}\n")
    union = next(a for a in actors.values() if a.name.startswith("Union "))
    assert union.affiliation == "India"
    assert actors["Supreme Court"].affiliation == "India"


def test_the_supreme_court_of_an_american_text_stays_american() -> None:
    actors = _actors("Ruling\n\nWASHINGTON - The Supreme Court ruled on Monday that the administration must pay "
                     "Rs 10 in fees, Sen. Tom Reed said.\n")
    assert actors["Supreme Court"].affiliation == "United States"


def test_a_described_company_is_the_latest_named_not_the_one_called_so() -> None:
    actors = _actors("IPO\n\nCerebras Systems filed for a listing, the company said. Nvidia said its sales rose 10%. The Santa "
                     "Clara company's chief executive, Jensen Huang, said demand was strong.\n")
    assert actors["Jensen Huang"].affiliation == "Nvidia"


def test_the_congress_of_an_indian_text_is_no_american_body() -> None:
    actors = _actors("Funds\n\nThe Centre cut the state's limit by Rs 8,000 crore. Leader of the Opposition Joseph Mathew of "
                     "the Congress said the government had mismanaged its finances.\n")
    congress = actors.get("Congress")
    assert congress is None or congress.affiliation != "United States"
    assert actors["Joseph Mathew"].affiliation == "Congress"


@pytest.mark.parametrize(("clause", "panel"), [("who chairs the National Assembly's finance committee", "finance committee"),
                                               ("who sits on and chairs the Senate's ethics panel", None)])
def test_who_chairs_an_owners_committee_is_the_committees(clause: str, panel: str | None) -> None:
    actors = _actors(f"Levy\n\nLawmaker Samuel Mutua, {clause}, said hearings would follow.\n")
    if panel is not None:
        assert actors["Samuel Mutua"].affiliation == panel
    assert "Lawmaker Samuel Mutua" not in actors


def test_who_leads_an_owners_program_is_the_owners() -> None:
    actors = _actors("Climate\n\nAnn Lee, who leads the Sierra Club's climate program, said so.\n")
    assert actors["Ann Lee"].affiliation == "Sierra Club"


@pytest.mark.parametrize("line", ["Acme Corp. said on Monday it had named Bob Stone as vice president of sales.",
                                  "Acme Inc. has hired Bob Stone as general manager, the company said.",
                                  "NEW YORK - Acme Corp. said it had appointed Bob Stone chief executive."])
def test_the_stop_of_a_company_suffix_ends_no_sentence_before_the_appointment(line: str) -> None:
    actors = _actors(f"Moves\n\n{line}\n")
    assert (actors["Bob Stone"].affiliation or "").startswith("Acme")


def test_a_described_company_after_shares_of_is_the_latest_named() -> None:
    actors = _actors("IPO\n\nCerebras Systems filed for a listing. Feldman said the company's system was fast.\n\nShares of "
                     "Nvidia were up 1.2% in afternoon trading. The Santa Clara company's chief executive, Jensen Huang, said "
                     "demand was strong.\n")
    assert actors["Jensen Huang"].affiliation != "Cerebras Systems"
