"""A governing body's "it" after its own verb of saying is the body, also before a modal of obligation (issue 14, the
seventeenth session's review): "The council said it should ban cars from the city centre" gave no option ("would" was
read after "said it" since ad93f31d, "should" was not). The body is a governing one or a country (`governing.py`, shared
with the announced plans); a company's, a report's or a thing's "it" stays no holder."""
import pytest

from tests.analysis.option_helpers import options


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize(("text", "summary", "holder"), [
    ("The council said it should ban cars from the city centre.", "Ban cars from the city centre", "the council"),
    ("The government said it should raise the minimum wage.", "Raise the minimum wage", "the government"),
    ("The government said that it must cut fuel duty.", "Cut fuel duty", "the government"),
    ("France said it should lead the talks on Iran.", "Lead the talks on Iran", "France"),
    ("The council said it would ban cars from the city centre.", "Ban cars from the city centre", "the council"),
])
def test_the_governing_body_holds_its_own_should(text: str, summary: str, holder: str) -> None:
    assert _found(text) == [(summary, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "The company said it should cut prices.",
    "The report said it should be read widely.",
    "Ford said it must close the plant.",
])
def test_no_governing_body_no_holder(text: str) -> None:
    assert _found(text) == []
