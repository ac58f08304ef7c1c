"""The author's rebuttal right after a reported call gives the author's side on the call's course (verdict._rebuttal):
up to the first sentence of the next paragraph, a sentence opening with "But" / "Yet" / "However" that holds an
option of the author's naming a word of the call's object ("Several senators have called for new tariffs on Chinese
steel. [...] But raising tariffs on steel would hurt carmakers": oppose); the other side when the verbs undo each
other ("Farm groups want to scrap the sugar levy. [...] Yet the government should keep the levy": oppose the
scrapping). Not a rebuttal further away, on another course, in someone else's words, or one another mention of the
author's contradicts."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options


def _called(text: str) -> tuple[str | None, list[tuple[str, str]]]:
    called = [o for o in options(text) if o.positions]
    assert len(called) == 1, [(o.summary, o.positions) for o in options(text)]
    return called[0].stance, [(p.actor, p.stance) for p in called[0].positions]


@pytest.mark.parametrize("text, stance", [
    ("Several senators have called for new tariffs on Chinese steel. The idea is popular in Ohio.\n\n"
     "But raising tariffs on steel would hurt carmakers and their workers.", "oppose"),
    ("Farm groups want the government to scrap the sugar levy. Their case is simple.\n\n"
     "Yet the government should keep the levy for at least two more years.", "oppose"),
    ("Landlords have urged the council to scrap the rent cap. It is easy to see why.\n\n"
     "However, the council should keep the rent cap in place until new homes are built.", "oppose"),
])
def test_a_rebuttal_right_after_a_call_is_the_authors_side(text: str, stance: str) -> None:
    side, positions = _called(text)
    assert side == stance and positions[0][1] == "support"


@pytest.mark.parametrize("text", [
    # too far: two paragraphs between
    "Several senators have called for new tariffs on Chinese steel. The idea is popular in Ohio.\n\n"
    "The mills employ 9,000 people.\n\nThe region has other worries.\n\n"
    "But raising tariffs on steel would hurt carmakers and their workers.",
    # another course
    "Several senators have called for new tariffs on Chinese steel. The idea is popular in Ohio.\n\n"
    "But the government should fund more apprenticeships.",
    # someone else's words
    "Several senators have called for new tariffs on Chinese steel. The idea is popular in Ohio.\n\n"
    "\"But raising tariffs on steel would hurt carmakers,\" said Ann Lee, an economist.",
    # no contrast
    "Several senators have called for new tariffs on Chinese steel. The idea is popular in Ohio.\n\n"
    "The mills would reopen if tariffs on steel were raised.",
])
def test_no_side_without_a_rebuttal_close_by_on_the_same_course(text: str) -> None:
    assert _called(text)[0] is None


def test_a_rebuttal_another_mention_of_the_authors_contradicts_gives_no_side() -> None:
    text = ("Parliament must impose new tariffs on Chinese steel\n\nSeveral senators have called for new tariffs on "
            "Chinese steel. The idea is popular in Ohio.\n\nBut raising tariffs on Chinese steel would hurt carmakers.")
    assert _called(text)[0] == "support"  # the headline's side (same_course), not the rebuttal's
