"""A direct quotation inside a relative clause whose verb calls or describes ("She was joined by Sen. Mark Dorsey, who
called the current system “Q”") is the words of the clause's antecedent: it went to "She" (the sentence's subject),
or to the speaker named before it in the paragraph (attribution._relative_speaker). Sentences written for this test."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _direct(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text).quotes if q.kind == "direct"]


@pytest.mark.parametrize("text", [
    'Sen. Joni Hale spoke first. She was joined by Sen. Mark Dorsey, who called the current system "a giveaway '
    'dressed up as a safety net."',
    '"The plan is fair," Sen. Joni Hale said. She was joined by Sen. Mark Dorsey, who called the current system '
    '"a giveaway dressed up as a safety net."',
    'Sen. Joni Hale spoke first. She was joined by Sen. Mark Dorsey, D-Vt., who called the current system "a giveaway '
    'dressed up as a safety net."',
    'Sen. Joni Hale spoke first. He was joined by Sen. Mark Dorsey, who described the federal crop program as "a '
    'giveaway dressed up as a safety net."',
])
def test_the_antecedent_speaks(text: str) -> None:
    assert _direct(text)[-1] == "Mark Dorsey"


@pytest.mark.parametrize("text, speaker", [
    ('Sen. Joni Hale, who joined Sen. Mark Dorsey on stage, called the current system "a giveaway dressed up as a '
     'safety net."', "Joni Hale"),  # the relative clause holds no quotation: the subject's own
    ('"We were close," said Mayor Luis Ortega, who chairs the board.', "Luis Ortega"),
])
def test_a_relative_clause_without_the_quotation_changes_nothing(text: str, speaker: str) -> None:
    assert _direct(text)[0] == speaker
