"""A "he" / "she" holder stands only for a person of that sex or of unknown sex, never the other (issue 14, session 26):
the sex the actors stage found (the given name, or a title such as "Ms." on a bare family name) reaches the options
stage on the Actor. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, holder", [
    # the sentence before opens with someone of the other sex: the last person named who fits
    ("Bernie Sanders spoke in Iowa. Sanders attacked Hillary Clinton on Monday. She has called for a ban on fracking.",
     "Hillary Clinton"),
    # the sex known from a title only ("Ms.", "Mr."), no given name
    ("Mr. Holt spoke in Leeds. Mr. Holt attacked Ms. Varga on Monday. She has called for a ban on fracking.", "Varga"),
    ("Ms. Varga spoke in Leeds. Ms. Varga attacked Mr. Holt on Monday. He has called for a ban on fracking.", "Holt"),
    # the same sex: the subject of the sentence before, as before
    ("Mr. Holt spoke in Leeds. Mr. Holt attacked Mr. Dunn on Monday. He has called for a ban on fracking.", "Holt"),
])
def test_pronoun_holder_is_of_its_sex(text: str, holder: str) -> None:
    option = one_option(text)
    assert [p.actor for p in option.positions] == [holder]


def test_contracted_pronoun_after_a_speaker_of_the_other_sex() -> None:
    text = ("Ms. Varga spoke in Leeds. Ms. Varga said Mr. Holt was wrong on energy. "
            "He's also called for a ban on new coal mines.")
    option = one_option(text)
    assert option.summary == "Impose a ban on new coal mines"
    assert [p.actor for p in option.positions] == ["Holt"]
