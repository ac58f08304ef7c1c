"""An owner in the plural possessive ("The Greens' call to ban diesel cars", "the unions' plan to ...") owns its noun of
position as "the union's" does (issue 14, twentieth session: the "s'" form gave nothing for a "to" course, because the
cheap gate before the owner's patterns asked for "'s" or a pronoun); and a quotation opening after a comma ends the
owner's course ("Smith's support for a ban on diesel cars, “a measure long overdue,” ...": the ban, not the ban and the
quoted aside; the tuned entry the "s'" form had broken before ran on into such a quotation)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options

CONTEXT = "The Greens and the transport unions met ministers in Bristol on Monday. John Smith chaired the meeting.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "course", "holder"), [
    ("The Greens' call to ban diesel cars was rejected.", "Ban diesel cars", "Greens"),
    ("The unions' call to ban diesel cars was rejected.", "Ban diesel cars", "the unions"),
    ("The unions' latest demand to scrap the fare increase went unheeded.", "Scrap the fare increase", "the unions"),
])
def test_a_plural_possessive_owns_its_call(text: str, course: str, holder: str) -> None:
    assert _found(text) == [(course, None, [(holder, "support")])]


@pytest.mark.parametrize("quote", ["“a measure long overdue,”", '"a measure long overdue,"'])
def test_a_quotation_after_a_comma_ends_the_owners_course(quote: str) -> None:
    found = _found(f"Smith's support for a ban on diesel cars, {quote} surprised many.")
    assert found == [("Impose a ban on diesel cars", None, [("John Smith", "support")])]


def test_the_plural_possessive_of_a_thing_owns_nothing() -> None:
    assert _found("The buses' plan to leave at noon was changed.") == []
