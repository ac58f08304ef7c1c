"""A saying or call its speaker denies is no position of that speaker, and no entry (the convention of the seventeenth
session, options README, "Denied positions and denied sayings"). The optrecall helper had made "Lopez has never said the
council should close the library" a neutral position of Lopez's, as "did not say" was; the coordinator's convention
makes both no entry (optfix: modals.DENIED_SAYING_RE), like "didn't urge", "hasn't called for" (calls.NEGATED_CALL_RE).
A saying not denied keeps its side; a concession of the author's ("This is not to say ...") stays neutral."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday.\n\n"


def _positions(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize("text", [
    "Lopez has never said the council should close the library.",
    "Lopez had never suggested the council should close the library.",
    "Lopez has not argued that the council should close the library.",
    "Lopez hasn't claimed that the council should close the library.",
    "Lopez never claimed the council should close the library.",
    "Lopez did not say the council should close the library.",
    "Lopez did not say whether the council should close the library.",
    "Critics are not suggesting that the council should close the library.",
    "I am not saying the council should close the library.",
    "I'm not saying the council should close the library.",
    "I didn't say we should raise taxes on fuel.",
    "We are not arguing that the council should close the library.",
    "Lopez didn't urge the council to close the library.",
    "Lopez has not called for the closure of the library.",
])
def test_a_denied_saying_is_no_entry(text: str) -> None:
    assert _positions(text) == []


def test_a_saying_keeps_its_side() -> None:
    assert _positions("Lopez has said the council should close the library.") == \
        [("Close the library", None, [("Maria Lopez", "support")])]


@pytest.mark.parametrize("text", [
    "This is not to say the council should close the library.",
    "This does not mean the council should close the library.",
])
def test_a_concession_stays_neutral(text: str) -> None:
    assert _positions(text) == [("Close the library", "neutral", [])]
