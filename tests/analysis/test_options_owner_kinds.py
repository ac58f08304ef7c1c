"""A noun of position whose owner is a body: the owner's kind comes from the document's actors (issue 14, nineteenth
session, optrules; the bodies' plans convention of the eighteenth session, c1192295): "The European Commission's plan to
impose tariffs on Chinese steel" (a capitalised owner the analysis finds as an organisation or country, no person) and
"The union renewed its call for a ban" / "The unions renewed their calls for" / "Unite repeated its demand for" (the
verb's subject owns "its"/"their") are the body's position when the course is a measure on others. Before, a
capitalised owner counted only as a person and "its"/"their" not at all: nothing was found. Near misses: a body's or a
company's own act ("to close two of its offices", "to close three stores", "to hold a public meeting"), a plan shelved
or dropped, "its" after a preposition (no subject to own it), a person's plan (unchanged)."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = ("Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday. The European Commission, Unite, "
           "Tesco and the Greens met in Brussels.\n\n")


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "course", "holder"), [
    ("The European Commission's plan to impose tariffs on Chinese steel drew criticism.",
     "Impose tariffs on Chinese steel", "European Commission"),
    ("The European Commission's proposal to ban diesel cars was welcomed.", "Ban diesel cars", "European Commission"),
    ("The union renewed its call for a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts",
     "the union"),
    ("The unions renewed their calls for a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts",
     "the unions"),
    ("Unite repeated its demand for a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts", "Unite"),
    ("The government defended its plan to raise the minimum wage.", "Raise the minimum wage", "the government"),
    ("The Greens said their plan to ban diesel cars would cut pollution.", "Ban diesel cars", "Greens"),
])
def test_a_bodys_noun_of_position_is_its_position(text: str, course: str, holder: str) -> None:
    assert _found(text) == [(course, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "The European Commission's plan to close two of its offices drew criticism.",
    "Tesco's plan to close three stores drew criticism.",
    "Tesco announced its plan to close three stores.",
    "The council unveiled its plan to hold a public meeting.",
    "The government shelved its plan to raise the minimum wage.",
    "The government abandoned its plan to raise the minimum wage.",
    "Critics attacked the council over its plan to ban diesel cars.",
])
def test_own_acts_and_plans_dropped_are_no_entry(text: str) -> None:
    assert [f for f in _found(text) if f[2] and f[2][0][1] == "support"] == []


def test_a_persons_plan_stays_hers() -> None:
    assert _found("Lopez's plan to ban diesel cars drew criticism.") == [
        ("Ban diesel cars", None, [("Maria Lopez", "support")])]
