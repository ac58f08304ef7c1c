"""Hearsay the author sets out without taking it up ("X must Y, we are told.", "..., or so the argument goes.", "The
received wisdom is that X should Y", "It is often argued that ...") is no side of the author's; with no holder named it
is no option (the author's stance comes only from the author's own voice). A holder named in it keeps the position."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "Ukraine needs a Marshall Plan, we are told.",
    "Britain must leave the European Convention on Human Rights, or so the argument goes.",
    "The city must build a second airport, we keep hearing.",
    "We are constantly told that the council must sell the playing fields.",
    "The received wisdom is that the central bank should raise interest rates.",
    "It is often argued that Britain should rejoin the single market.",
    "The Fed should raise interest rates, it is said.",
    "It has often been argued that Britain should rejoin the single market.",  # the perfect
    "It has been widely claimed that the port should build a second terminal.",
])
def test_hearsay_is_no_option_of_the_authors(text: str) -> None:
    assert options(text) == []


def test_a_holder_named_in_hearsay_keeps_the_position() -> None:
    option = one_option("Ministers said the central bank should raise interest rates, we are told.")
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("ministers", "support")]


@pytest.mark.parametrize("text", [
    "The city must build a second airport, and we are told the money is there.",  # the tag is about something else
    "The central bank should raise interest rates now.",
])
def test_the_authors_own_call_stays_the_authors(text: str) -> None:
    assert one_option(text).stance == "support"


def test_hearsay_in_the_next_sentence_leaves_the_call() -> None:
    found = options("The council should close the Eastgate library. Critics, it is said, disagree.")
    assert [(o.summary, o.stance) for o in found] == [("Close the Eastgate library", "support")]
