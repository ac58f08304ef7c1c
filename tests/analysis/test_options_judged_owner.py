"""A course named by an owner's noun that someone faults or praises is the judge's position (issue 14, nineteenth
session, optrules; news-s18's miss kind "criticism of a refusal"): "The Greens criticised the council's refusal to ban
diesel cars" -> the Greens support "Ban diesel cars" (as "criticised the council for refusing to" already gave); a decision,
plan or proposal faulted is opposed ("criticised the council's decision to scrap the bus subsidy"), praised supported
("welcomed the council's decision to ban diesel cars", which gave "Impose the council's decision to ban diesel cars").
"The Greens attacked the council's plan to scrap X" gave the GREENS' support (the body owner's pattern ran over the
verb: "The Greens attacked the council"); an owner's words are one noun phrase now. Near misses: a refusal to speak
("refusal to comment"), an owner's own act ("decision to hold a public meeting")."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday. The Greens met in York.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "course", "side"), [
    ("The Greens criticised the council's refusal to ban diesel cars.", "Ban diesel cars", "support"),
    ("The Greens condemned the government's failure to raise the minimum wage.", "Raise the minimum wage", "support"),
    ("The Greens attacked the council's decision not to ban diesel cars.", "Ban diesel cars", "support"),
    ("The Greens denounced the council's reluctance to ban diesel cars.", "Ban diesel cars", "support"),
    ("The Greens criticised the council's decision to scrap the bus subsidy.", "Scrap the bus subsidy", "oppose"),
    ("The Greens welcomed the council's decision to ban diesel cars.", "Ban diesel cars", "support"),
    ("The Greens praised the council's decision to ban diesel cars.", "Ban diesel cars", "support"),
])
def test_a_judged_owners_course_is_the_judges_position(text: str, course: str, side: str) -> None:
    assert _found(text) == [(course, None, [("Greens", side)])]


def test_a_faulted_plan_is_also_its_owners_position() -> None:
    """(twentieth session, optpeople: the owner's noun of a plan or call keeps its owner's position beside the judge's,
    as "Ministers rejected the union's call for X" does: test_options_owner_sides)"""
    assert _found("The Greens attacked the council's plan to scrap the bus subsidy.") == [
        ("Scrap the bus subsidy", None, [("the council", "support"), ("Greens", "oppose")])]


@pytest.mark.parametrize("text", [
    "Lopez criticised the council's refusal to comment.",
    "The Greens criticised the council's decision to hold a public meeting.",
    "The Greens criticised the council's decision to close two of its offices.",
])
def test_words_and_own_acts_are_no_entry(text: str) -> None:
    assert _found(text) == []
