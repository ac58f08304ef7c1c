"""Call and position verbs in every form (seventeenth session, optrecall): the call rules (options/calls.py) knew
each verb only in the forms the tuned pieces had used ("campaigning for" but not "campaigns for", "favours" but not
"We favour", "recommends" but not "is recommending", "supports" but not "supporting", "argued against" but not
"arguing against"), and a contracted negation ("didn't urge", "hasn't called for") was not read as one. The held
breakdown (tests/data/options/breakdown.py) showed the call and position cells losing a third of their tuned recall on
held editorials. Each sentence below gave no option (or the wrong side) before."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday.\n\n"


def _positions(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(o.summary, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize("text, summary, stance", [
    ("Lopez campaigns for a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts", "support"),
    ("Lopez campaigned for the reopening of the library on Sundays.", "Reopen the library on Sundays", "support"),
    ("Lopez lobbies for a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts", "support"),
    ("Lopez is recommending a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts", "support"),
    ("Lopez spoke in Leeds, recommending the reopening of the library on Sundays.", "Reopen the library on Sundays",
     "support"),
    ("Lopez is supporting a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts", "support"),
    ("Lopez spoke in Leeds, backing the reopening of the library on Sundays.", "Reopen the library on Sundays",
     "support"),
    ("Lopez is endorsing a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts", "support"),
    ("Lopez is favouring the reopening of the library on Sundays.", "Reopen the library on Sundays", "support"),
    ("Lopez is welcoming the reopening of the library on Sundays.", "Reopen the library on Sundays", "support"),
    ("Lopez is arguing against a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts", "oppose"),
    ("Lopez spoke in Leeds, warning against a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts",
     "oppose"),
    ("Lopez would not rule out a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts", "neutral"),  # kept
    # open: neutral (the eighteenth session's convention on denied pledges; no entry before)
    ("Lopez objects to a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts", "oppose"),
    ("Lopez is imploring the council to reopen the library on Sundays.", "Reopen the library on Sundays", "support"),
    ("Lopez is advising the council to reopen the library on Sundays.", "Reopen the library on Sundays", "support"),
    ("Lopez is appealing to the council to reopen the library on Sundays.", "Reopen the library on Sundays", "support"),
    ("Lopez advocates that the council reopen the library on Sundays.", "Reopen the library on Sundays", "support"),
])
def test_a_call_verb_in_any_form_is_read(text: str, summary: str | None, stance: str | None) -> None:
    expected = [(summary, [("Maria Lopez", stance)])] if summary else []
    assert _positions(text) == expected


@pytest.mark.parametrize("text, summary", [
    ("We favour a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts"),
    ("I endorse the reopening of the library on Sundays.", "Reopen the library on Sundays"),
    ("Teachers campaign for a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts"),
])
def test_a_base_form_after_we_i_or_a_plural(text: str, summary: str) -> None:
    assert [o.summary for o in options(text)] == [summary]


@pytest.mark.parametrize("text", [
    "Lopez didn't urge the council to close the library.",
    "Lopez hasn't called for a ban on zero-hours contracts.",
    "Lopez didn't endorse a ban on zero-hours contracts.",  # a past act ("wouldn't endorse", a denied pledge, is
    # opposition since the eighteenth session: test_options_denied_pledge.py)
    "The strike won the backing of the unions.",
    "The school offers a welcoming atmosphere for pupils.",
    "Lopez won the vote in favour of the plan.",
])
def test_no_call_made(text: str) -> None:
    assert _positions(text) == []


def test_a_contracted_negation_turns_a_want() -> None:
    assert _positions("Lopez doesn't want the council to close the library.") == \
        [("Close the library", [("Maria Lopez", "oppose")])]
