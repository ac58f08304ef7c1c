"""Options whose modal comes before the subject (options/inverted.py), frames naming "the thing to do",
verdicts of sense and worth, consequences that judge a gerund, and a subject's aside before its verb."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, stance", [
    ("Nor should the central bank print money to cover the deficit.", "Print money to cover the deficit", "oppose"),
    ("Under no circumstances should the government extradite the journalist.", "Extradite the journalist", "oppose"),
    ("Neither should the council raise the rents.", "Raise the rents", "oppose"),
    ("Nor should the army return to barracks.", "Return to barracks", "oppose"),
    ("Only when the courts are independent should Brussels release the frozen money.", "Release the frozen money",
     "conditional"),
])
def test_inverted(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, stance)


@pytest.mark.parametrize("text", [
    "Nor should we forget the victims.",
    "Nor can it be said that the plan failed.",
    "Only then will the country recover.",
    "Only by then will the treaty be signed.",
    "Nor should anyone be surprised.",
])
def test_inverted_no_option(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary, stance", [
    ("The most useful thing the Gulf states could do is fund the reconstruction of the water plants.",
     "Fund the reconstruction of the water plants", "support"),
    ("Surely the least the ministry can do is apologise to the families it misled.",
     "Apologise to the families it misled", "support"),
    ("One obvious step is to require the platforms to verify the age of their users.",
     "Require the platforms to verify the age of their users", "support"),
    ("The simplest fix would be to let the pension rise with earnings.", "Let the pension rise with earnings", "support"),
    ("A ceasefire deal is worth signing only if it comes with monitors on the ground.", "Reach a ceasefire deal",
     "conditional"),
    ("Banning the opposition party would hand it the martyrdom it craves.", "Ban the opposition party", "oppose"),
    ("Closing the embassy altogether would leave Afghans with nobody to talk to.", "Close the embassy altogether", "oppose"),
    ("Raising interest rates again would push thousands of firms into bankruptcy.", "Raise interest rates", "oppose"),
    ("Giving the president a third term would be an act of political vandalism.", "Give the president a third term",
     "oppose"),
    ("A ban on phones in classrooms, enforced by schools rather than left to parents, is long overdue.",
     "Impose a ban on phones in classrooms", "support"),
    ("Cutting the police budget in half, as some propose, would leave the poorest districts with no protection.",
     "Cut the police budget in half", "oppose"),
])
def test_frames_and_verdicts(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, stance)


@pytest.mark.parametrize("text", [
    "Leaving school at sixteen would leave him with no qualifications.",
    "The storm will leave thousands without power.",
    "It makes sense to wait.",
    "The least we know is that he lied.",
])
def test_no_option(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary, stance", [
    ("A national water authority would buy the reservoirs and set the prices.", "Set up a national water authority",
     "support"),
    ("There are good reasons to doubt that buying more fighter jets will make the country safer.",
     "Buy more fighter jets", "oppose"),
    ("People should be allowed to choose how they die.", "Allow People to choose how they die", "support"),
    ("A windfall tax on the energy giants, paid into a fund for household bills, is the obvious answer.",
     "Impose a windfall tax on the energy giants", "support"),
])
def test_sketches_doubts_and_permissions(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, stance)


@pytest.mark.parametrize("text", [
    "A new tax would hurt the poor.",
    "A new agency would cost billions.",
    "An independent inquiry would have found the truth.",
    "People should be ashamed.",
    "There is no reason to think that he lied.",
])
def test_sketch_no_option(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary", [
    ("The housing market needs calm.\n\nNor should the government revive the old idea of a tax on empty homes.",
     "Revive the old idea of a tax on empty homes"),
    ("The budget is tight. Nor should the council raise the rents.", "Raise the rents"),
    ("The council must act, but under no circumstances should the council close the library.", "Close the library"),
])
def test_inverted_after_another_sentence(text: str, summary: str) -> None:
    """(twentieth session) NEGATED_RE's "^" matched only at the text's start: a sentence opening "Nor should ..." after
    another, the usual place for it, gave nothing."""
    assert [(o.summary, o.stance) for o in options(text) if o.summary == summary] == [(summary, "oppose")]


def test_neither_as_the_subject_is_no_inversion() -> None:
    """'Neither will appear in either debate': "Neither" is the subject (neither of the two), not a modal's inversion."""
    assert options("Graham and Pataki are far behind. Neither will appear in either debate Tuesday because of low polls, "
                   "but both have been working the state.") == []
