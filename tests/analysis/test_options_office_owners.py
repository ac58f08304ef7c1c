"""A course named by a noun of position whose owner is an office ("the governor's plan to raise the gas tax", "the
mayor's push to privatise the buses", "The president's proposal to cap drug prices") is the office-holder's position,
as a body's is; an office-holder's own errand or act stays none ("the mayor's plan to attend the rally", "the
president's promise to meet his critics"). A money amount may stand among the noun's modifiers ("a $275 billion
infrastructure proposal to", "the union's $2 billion plan to")."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, positions", [
    ("The governor's plan to raise the gas tax faces opposition.", "Raise the gas tax", [("the governor", "support")]),
    ("The president's proposal to cap drug prices was welcomed by patients.", "Cap drug prices",
     [("the president", "support")]),
    ("The minister's push to close rural post offices angered villagers.", "Close rural post offices",
     [("the minister", "support")]),
    ("Unions rejected the mayor's push to privatise the buses.", "Privatise the buses",
     [("unions", "oppose"), ("the mayor", "support")]),
    ("The governor's promise to veto the abortion bill angered Republicans.", "Veto the abortion bill",
     [("the governor", "support")]),
])
def test_an_offices_noun_of_position_is_the_office_holders(text: str, summary: str,
                                                          positions: list[tuple[str, str]]) -> None:
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, None)
    assert sorted((p.actor, p.stance) for p in option.positions) == sorted(positions)


@pytest.mark.parametrize("text", [
    "The mayor's plan to attend the rally was cancelled.",
    "The senator's plan to visit Kyiv drew criticism.",
    "The president's promise to meet his critics fell flat.",
    "The mayor's pledge to step down surprised nobody.",
])
def test_an_office_holders_own_act_is_none(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary, actor", [
    ("Hillary Clinton unveiled a $275 billion infrastructure proposal to fix highways and airports.",
     "Fix highways and airports", "Hillary Clinton"),
    ("The union's $2 billion plan to cut working hours drew fire.", "Cut working hours", "the union"),
    ("Senator Mary Holt's $5 million plan to repave roads in the north is popular.", "Repave roads in the north",
     "Mary Holt"),
])
def test_an_amount_among_the_modifiers(text: str, summary: str, actor: str) -> None:
    option = one_option(text)
    assert option.summary == summary and [(p.actor, p.stance) for p in option.positions] == [(actor, "support")]
