"""A position verb denied in the present is its holder's opposition (the convention of the seventeenth session, options
README, "Denied positions and denied sayings"; optfix): "Lopez does not support a ban on diesel cars" (was no entry since
the contracted-negation fix, and "support" before it), "doesn't back", "does not favour", "no longer endorses", "is not
in favour of", "The Greens do not want a ban". The first person is the author's own opposition. Near misses: a past
denial ("did not support": an act, no position now), a hedged one ("does not necessarily support"; a denied pledge,
"would not support", is opposition since the eighteenth session: test_options_denied_pledge.py), a denied opposition
("does not oppose": no side), a person backed (no course)."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday. The Greens met in York.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize("text", [
    "Lopez does not support a ban on diesel cars.",
    "Lopez doesn't back a ban on diesel cars.",
    "Lopez does not favour a ban on diesel cars.",
    "Lopez doesn’t endorse a ban on diesel cars.",
    "Lopez does not publicly support a ban on diesel cars.",
    "Lopez no longer supports a ban on diesel cars.",
    "Lopez is not in favour of a ban on diesel cars.",
    "Lopez isn't in favor of a ban on diesel cars.",
    "Lopez doesn't want a ban on diesel cars.",
])
def test_a_denied_position_is_opposition(text: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", None, [("Maria Lopez", "oppose")])]


@pytest.mark.parametrize("text", [
    "Lopez supports a ban on diesel cars.",
    "Lopez is in favour of a ban on diesel cars.",
    "Lopez is strongly in favor of a ban on diesel cars.",
    "Lopez wants a ban on diesel cars.",
])
def test_the_position_itself_is_support(text: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", None, [("Maria Lopez", "support")])]


@pytest.mark.parametrize(("text", "stance"), [
    ("I do not support a ban on diesel cars.", "oppose"),
    ("We don't back a ban on diesel cars.", "oppose"),
    ("I'm not in favour of a ban on diesel cars.", "oppose"),
    ("I am in favour of a ban on diesel cars.", "support"),
])
def test_the_first_person_is_the_author(text: str, stance: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", stance, [])]


def test_a_group_denied_want() -> None:
    assert _found("The Greens do not want a ban on diesel cars.") == \
        [("Impose a ban on diesel cars", None, [("Greens", "oppose")])]


@pytest.mark.parametrize("text", [
    "Lopez did not support the ban on diesel cars.",
    "Lopez does not necessarily support a ban on diesel cars.",
    "Lopez does not oppose a ban on diesel cars.",
    "Lopez doesn't support Donald Trump.",
    "The vote in favour of a ban on diesel cars passed.",
])
def test_near_misses_are_no_entry(text: str) -> None:
    assert _found(text) == []
