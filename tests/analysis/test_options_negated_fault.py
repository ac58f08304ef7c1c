"""A verb of fault or praise on a plan, negated, gives its subject no side: "Unions did not support the plan to raise
the minimum wage" gave the unions' support, "The mayor did not criticise the decision to close the library" the mayor's
opposition (faulted.OWNED_NOUN_RE read the verb without the negation before it). The call rules keep "do not support"
as opposition."""
import pytest

from tests.analysis.option_helpers import options


def _positions(text):
    return [(o.summary, p.actor.lower(), p.stance) for o in options(text) for p in o.positions]


@pytest.mark.parametrize("text", [
    "Nurses did not support the plan to raise the pension age.",
    "The farmers never welcomed the proposal to cut fuel duty.",
    "The governor did not criticise the decision to close the hospital.",
    "Parents have not praised the council's decision to ban cars near schools.",
    "Landlords did not oppose the plan to cap rents.",
])
def test_negated_fault_or_praise_gives_no_side(text):
    assert _positions(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Nurses backed the plan to raise the pension age.", [("Raise the pension age", "nurses", "support")]),
    ("Parents condemned the council's decision to ban cars near schools.",
     [("Ban cars near schools", "parents", "oppose")]),
    ("Nurses do not support the plan to raise the pension age.", [("Raise the pension age", "nurses", "oppose")]),
])
def test_plain_and_present_negated_keep_their_side(text, expected):
    assert _positions(text) == expected
