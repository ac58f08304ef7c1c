"""'“Q,” he said': the pronoun names someone the text speaks of, not a name inside a quotation (the speaker's own words
talk about that name): the nearest person outside the quotations whose sex fits."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:12], q.speaker) for q in analyse(text).quotes if q.kind == "direct"]


@pytest.mark.parametrize("named", ["Indigenous Peoples", "Gold Standard", "Maria Lopez"])
def test_a_name_inside_the_quotation_is_not_the_pronoun_speaker(named: str) -> None:
    text = ("Forest study finds lower losses.\n\n"
            "Tomas Berg, a forest scientist at the institute, presented the findings on Monday. “Loss rates were "
            f"lower on lands managed by {named} than on other lands,” he said.")
    assert _speakers(text) == [("Loss rates w", "Tomas Berg")]


def test_a_name_in_an_earlier_quotation_is_skipped_too() -> None:
    text = ("Council votes on the budget.\n\n"
            "Council member Peter Okafor opposed the plan. “Ask Governor Ray Mills what he promised,” he said.\n\n"
            "“The roads come first,” he added.")
    assert _speakers(text) == [("Ask Governor", "Peter Okafor"), ("The roads co", "Peter Okafor")]


def test_a_name_outside_the_quotations_still_counts() -> None:
    text = ("Council votes on the budget.\n\n"
            "Mayor Ann Lee opened the meeting. “We cannot wait,” she said.")
    assert _speakers(text) == [("We cannot wa", "Ann Lee")]
