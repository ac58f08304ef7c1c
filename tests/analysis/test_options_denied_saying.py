"""A saying denied in the perfect or with "never" (seventeenth session, optrecall): "Lopez has never said the council
should close the library" gave Lopez's support, where "Lopez did not say ..." already gave a neutral position (the
wrapper of lexicon.WRAPPER_RE). Each phrasing below is now read as "did not say" is; a saying not denied keeps its side."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday.\n\n"


def _positions(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(o.summary, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize("text", [
    "Lopez has never said the council should close the library.",
    "Lopez had never suggested the council should close the library.",
    "Lopez has not argued that the council should close the library.",
    "Lopez hasn't claimed that the council should close the library.",
    "Lopez never claimed the council should close the library.",
    "Lopez did not say the council should close the library.",
])
def test_a_denied_saying_is_no_side(text: str) -> None:
    assert _positions(text) == [("Close the library", [("Maria Lopez", "neutral")])]


def test_a_saying_keeps_its_side() -> None:
    assert _positions("Lopez has said the council should close the library.") == \
        [("Close the library", [("Maria Lopez", "support")])]
