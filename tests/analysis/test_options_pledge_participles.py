"""A pledge, vow or threat told by a participle ("..., vowing to X", "by promising to X", "and threatening to X", "is
pledging to X") is the pledger's position, as "vowed to X" is (convention v2: an actor's own plan or threat); the
pledger is the main clause's subject, not the last name before the participle. "promising to" is a verb there, no
praise of the author's ("a promising reform" stays praise)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary", [
    ("Mr. Trump has rallied thousands by promising to impose 35 percent tariffs on imported goods.",
     "impose 35 percent tariffs on imported goods"),
    ("Senator Hale was even more scathing in his remarks, threatening to pull out of NATO.", "pull out of nato"),
    ("Governor Ortiz spoke in Denver on Monday, vowing to repeal the state's gas tax.", "repeal the state's gas tax"),
    ("Senator Hale is pledging to abolish the Department of Education.", "abolish the department of education"),
])
def test_a_participle_pledge_is_the_pledgers_position(text: str, summary: str) -> None:
    option = one_option(text)
    assert option.summary.lower() == summary
    assert option.stance is None  # the author takes no side on it
    assert [p.stance for p in option.positions] == ["support"]


def test_the_pledger_is_the_main_clauses_subject() -> None:
    option = one_option("Trump has consistently targeted Mexico, calling its migrants criminals and threatening to cut "
                        "off the money they send home to their families.")
    assert [p.actor for p in option.positions] == ["Trump"]


def test_a_promising_course_stays_praise() -> None:
    found = options("Senator Hale wants to ban cars from the city centre. The idea is promising.")
    assert found and found[0].stance == "support", [(o.summary, o.stance) for o in found]


@pytest.mark.parametrize("text", [
    "Senator Hale is pledging to compete in the final primary next week.",  # a campaign's own act
    "Senator Hale is promising to do something about it.",  # no course named
])
def test_no_course_is_pledged(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text", [
    "The campaign described the economy as broken, rather than just promising to build on existing progress.",
    "Instead of vowing to repeal the gas tax, Senator Hale spoke about schools.",
])
def test_a_pledge_set_against_what_is_done_is_none(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


# A speaker's first-person pledge of a policy act in a quotation ("We will build a wall", "I'm going to repeal X") is
# the speaker's position (pledges._first_person); a verb of no policy, a third person's future and a pledge outside
# quotation marks give none.
@pytest.mark.parametrize("text, summary, speaker", [
    ('"We will build a great wall along the southern border!" Trump told the crowd.',
     "build a great wall along the southern border", "Trump"),
    ('"We’re going to repeal Obamacare on day one," Cruz said.', "repeal obamacare on day one", "Cruz"),
    ('"I will stop any trade deal that kills jobs or holds down wages," Clinton said.',
     "stop any trade deal that kills jobs or holds down wages", "Clinton"),
])
def test_a_first_person_pledge_in_a_quotation_is_the_speakers(text: str, summary: str, speaker: str) -> None:
    option = one_option(text)
    assert option.summary.lower() == summary
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [(speaker, "support")]


@pytest.mark.parametrize("text", [
    '"We will win this election," Trump said.',  # no policy act
    '"We will respond in every way we find necessary," the minister said.',
    "Trump will repeal Obamacare, analysts predict.",  # a prediction, no pledge of the speaker's
    "\"That exists even if you pass a law that says we're going to build more walls,\" Rubio said.",  # a scenario
])
def test_no_first_person_pledge(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text", [
    '"We will end up cutting services if the grant is not renewed," the mayor warned.',  # a result foreseen
    '"I think we will end up raising rates later this year," the Fed chair said.',
    '"I expect we will cut rates twice next year," the governor said.',  # a guess at the future
    '"We will stop at nothing to win this election," the candidate said.',  # an idiom of effort
    '"We will raise this with Beijing," the minister said.',  # an issue raised, no rise
])
def test_a_foreseen_result_a_guess_or_an_idiom_is_no_first_person_pledge(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ('"I promise you, we will repeal Obamacare," Cruz said.', "repeal obamacare"),
    ('"We will raise the minimum wage to $15," Sanders said.', "raise the minimum wage to $15"),
])
def test_a_pledge_beside_those_near_misses_stays(text: str, summary: str) -> None:
    assert one_option(text).summary.lower() == summary
