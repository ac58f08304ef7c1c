"""A quantifier or an indefinite pronoun standing for people ("Some have proposed X", "Others want Y", "Many people urge
Z") names no actor: no position is shown for it (issue 14, session 29: "Some have proposed a congestion charge" showed
'some: support' in memos; `doers.UNNAMED_MANY`). The option stays, with no position (a call someone makes; the tuned
labels keep such options: "most have proposed new, deep tax cuts"); the author's verdict on it still counts; a
described group ("Some economists", "Several senators") is a holder as before."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary", [
    ("Some have proposed a congestion charge.", "Adopt a congestion charge"),
    ("Others argue the city should ban cars from the centre.", "Ban cars from the centre"),
    ("Many have called for a ban on fracking.", "Impose a ban on fracking"),
    ("Many people want the council to reopen the library.", "Reopen the library"),
    ("A few have urged the council to cut the levy.", "Cut the levy"),
    ("Some say the council should ban cars.", "Ban cars"),
])
def test_an_unnamed_many_holds_no_position(text: str, summary: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, o.positions) == (summary, None, [])


def test_a_call_by_no_one_stays_none() -> None:
    """Not an unnamed many: a pronoun no one stands for, or an imagined objection, holds nothing (as before)."""
    assert options("Some will say we should raise taxes.") == []


@pytest.mark.parametrize("text, summary, stance", [
    ("Some have proposed a congestion charge. That would be a mistake.", "Adopt a congestion charge", "oppose"),
    ("Others want the city to ban cars. They are right.", "Ban cars", "support"),
])
def test_the_authors_verdict_on_it_stands(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, o.positions) == (summary, stance, [])


@pytest.mark.parametrize("text, holder", [
    ("Some economists have proposed a congestion charge.", "some economists"),
    ("Several senators urged the Pentagon to close the base.", "several senators"),
    ("Some Labour backbenchers want a cap on rent rises.", "some Labour backbenchers"),
])
def test_a_described_group_is_a_holder(text: str, holder: str) -> None:
    assert [p.actor for p in one_option(text).positions] == [holder]
