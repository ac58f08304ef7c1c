"""A course argued from what it would bring about (eighteenth session, optrecall; outcomes.py): as a condition, "If
Congress raised the minimum wage, millions would be better off" (the author's support), "If the council banned cars,
shops would close" (opposition); and the "By X-ing, S would ..." form with more outcomes ("would lift millions out of
poverty", "would bring jobs home", "would show voters ...", "would destroy the high street"). Before, only a short list
of outcome verbs after "By X-ing" was read, and no "If" condition. A condition in the present (a forecast), an outcome
that judges nothing, "you"/"we" as the doer, and someone else's argument ("..., the report said") give none."""
import pytest

from tests.analysis.option_helpers import options

DOERS = ["Congress", "the council", "Britain"]
COURSES = [("raised the minimum wage", "raising the minimum wage", "Raise the minimum wage"),
           ("banned cars from the centre", "banning cars from the centre", "Ban cars from the centre"),
           ("cut the corporate tax rate", "cutting the corporate tax rate", "Cut the corporate tax rate")]
GOOD = ["millions of families would be better off", "the economy would be much stronger",
        "the country would attract more investment"]
BAD = ["thousands of small firms would suffer", "the high street would collapse", "the economy would be far weaker"]
GOOD_BY = ["would lift millions out of poverty", "would bring jobs home", "would show voters it is serious"]
BAD_BY = ["would destroy the high street", "would cost thousands of jobs", "would wreck the recovery"]


def _author(text: str) -> list[tuple[str, str | None]]:
    return [(o.summary, o.stance) for o in options("Headline\n\n" + text + "\n")]


@pytest.mark.parametrize("outcome, stance", [(o, "support") for o in GOOD] + [(o, "oppose") for o in BAD])
@pytest.mark.parametrize("past, _gerund, summary", COURSES)
@pytest.mark.parametrize("doer", DOERS)
def test_if_the_doer_did_it(doer: str, past: str, _gerund: str, summary: str, outcome: str, stance: str) -> None:
    text = f"If {doer} {past}, {outcome}."
    assert _author(text[0].upper() + text[1:]) == [(summary, stance)]


@pytest.mark.parametrize("outcome, stance", [(o, "support") for o in GOOD_BY] + [(o, "oppose") for o in BAD_BY])
@pytest.mark.parametrize("_past, gerund, summary", COURSES)
@pytest.mark.parametrize("doer", DOERS)
def test_by_doing_it(doer: str, _past: str, gerund: str, summary: str, outcome: str, stance: str) -> None:
    assert _author(f"By {gerund}, {doer} {outcome}.") == [(summary, stance)]


@pytest.mark.parametrize("text", [
    "If the council bans cars from the centre, the air will be cleaner.",  # a forecast's condition
    "If the Fed raised rates, markets would move.",  # an outcome that judges nothing
    "If you cut taxes, you would be better off.",
    "If Smith had won the election, he would be better off.",
    "If the council banned cars from the centre, the air would be cleaner, the report said.",  # the report's
])
def test_no_course_argued(text: str) -> None:
    assert _author(text) == []


@pytest.mark.parametrize("outcome", ["pollution would collapse", "crime would collapse", "the loophole would close",
                                     "waiting lists would collapse", "the budget deficit would collapse",
                                     "the gap would close"])
@pytest.mark.parametrize("past, _gerund, summary", COURSES)
def test_a_trouble_that_would_fall(past: str, _gerund: str, summary: str, outcome: str) -> None:
    """A trouble's fall is the good outcome (review's reproducer: 'If the state hired more police, crime would collapse'
    gave the author's opposition); a good thing's fall stays bad ('the high street would collapse' above)."""
    assert _author(f"If the council {past}, {outcome}.") == [(summary, "support")]
