"""A belief denied over a course's clause turns its side (seventeenth session, optrecall): "I don't think we should
scrap the levy" rejects scrapping it, as "I think we should not scrap it" does; it read as support before, in every
phrasing (the author's and a named holder's). A belief not denied, a denial of something else, and a double negation
keep their side."""
import pytest

from tests.analysis.option_helpers import options


def _sides(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("I don't think we should scrap the levy.", "Scrap the levy"),
    ("I do not think the council should close the library.", "Close the library"),
    ("We don't believe Britain should leave the single market.", "Leave the single market"),
    ("I do not believe that the government should ban fracking.", "Ban fracking"),
    ("I don't really think ministers should raise the tax.", "Raise the tax"),
    ("I don't think it is time to scrap the levy.", "Scrap the levy"),
])
def test_the_authors_denied_belief_opposes(text: str, summary: str) -> None:
    assert _sides(text) == [(summary, "oppose", [])]


def test_a_holders_denied_belief_opposes() -> None:
    text = "Maria Lopez, the union leader, spoke on Monday.\n\nLopez does not think the council should close the library."
    assert _sides(text) == [("Close the library", None, [("Maria Lopez", "oppose")])]


@pytest.mark.parametrize("text, summary, stance", [
    ("I think the council should close the library.", "Close the library", "support"),
    ("I think we should not scrap the levy.", "Scrap the levy", "oppose"),
    ("I don't think we should not scrap the levy.", "Scrap the levy", "support"),
    ("The council should close the library, although I don't think it will.", "Close the library", "support"),
])
def test_other_beliefs_keep_their_side(text: str, summary: str, stance: str) -> None:
    assert _sides(text) == [(summary, stance, [])]
