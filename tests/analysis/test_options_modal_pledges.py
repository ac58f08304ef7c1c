"""A verb of pledge in its base form after "will" / "would" is the pledge as its other forms are (issue 14, nineteenth
session, optrules; news-s18's miss kind "pledges in unread forms": "will pledge to raise your incomes"): PLAN_TO_RE read
"pledged / pledges / pledging to" but not "will pledge to", "would promise to", "will vow to". Near misses: the noun ("The
pledge to ...", "made a pledge to"), a pledge of no measure ("will pledge to work hard")."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "course"), [
    ("Lopez will pledge to raise the minimum wage.", "Raise the minimum wage"),
    ("Lopez would promise to ban diesel cars.", "Ban diesel cars"),
    ("Lopez will vow to scrap the bus subsidy.", "Scrap the bus subsidy"),
])
def test_a_pledge_after_a_modal(text: str, course: str) -> None:
    assert _found(text) == [(course, None, [("Maria Lopez", "support")])]


@pytest.mark.parametrize("text", [
    "The pledge to raise the minimum wage drew criticism.",
    "Lopez made a pledge to raise the minimum wage.",
    "Lopez will pledge to work hard.",
])
def test_the_noun_or_no_measure_is_no_entry(text: str) -> None:
    assert _found(text) == []
