"""Kinds of spurious option found on the tuned read editorials (tests/data/options/judged-read-s9.json), each
removed by a general rule; the neighbouring real courses stay options."""
import pytest

from briefing_app.analysis.options.heads import vague_object
from briefing_app.analysis.options.phrases import base_form
from tests.analysis.option_helpers import options


@pytest.mark.parametrize("text", [
    # one's own body or appetites: grooming, diet, self-control
    "Not one reported that the agent suggested the aspiring actress should bleach her hair.",
    "The coach recommended that she lighten her hair before the audition.",
    "We have to repress some of our urges if we want to live together.",
    "Doctors say that patients with diabetes should lose weight.",
    # a guess at what someone wanted at the time
    "Both governments probably wanted to keep this air strike quiet for domestic reasons.",
    "The ministry presumably hoped to bury the report before the election.",
    # a judgement suspended: the benefit of the doubt, of time
    "Let's give the club the benefit of time this new year.",
    "The league should give the player the benefit of the doubt.",
])
def test_not_an_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The party should throw its weight behind the reform bill.", "Throw its weight behind the reform bill"),
    ("The government should ban hair dye that contains lead.", "Ban hair dye that contains lead"),
    ("The ministry presumably wanted to bury the report. Parliament should publish the report in full.",
     "Publish the report in full"),
    ("The regulator should give the banks the power to freeze suspect accounts.",
     "Give the banks the power to freeze suspect accounts"),
])
def test_still_an_option(text: str, summary: str) -> None:
    assert summary in [o.summary for o in options(text)], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("phrase, vague", [
    ("manage a crammed portfolio of European problems", True),  # what the portfolio holds
    ("tackle a raft of issues", True),
    ("adopt cooperation between Iran and Iraq", True),
    ("produce a set of genuine commitments and pledges", False),
    ("introduce a raft of measures to cut emissions", False),
    ("pass the federal tax credit for scholarship donations", False),
])
def test_an_amount_of_something_is_as_vague_as_what_it_holds(phrase: str, vague: bool) -> None:
    assert vague_object(phrase) is vague


def test_an_obligation_to_manage_problems_is_no_course() -> None:
    assert options("Mrs Merkel has to manage a crammed portfolio of European problems.") == []
    assert options("There has to be cooperation between Iran and Iraq.") == []


@pytest.mark.parametrize("text", [
    "The mayor wanted to ban any bottled soft drinks larger than 16 ounces.",
    "In those years the party wanted to nationalise the railways.",
])
def test_a_past_wish_told_is_no_position(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


def test_a_present_wish_stays_a_position() -> None:
    found = options("The mayor wants to ban any bottled soft drinks larger than 16 ounces.")
    assert [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in found] == [
        ("Ban any bottled soft drinks larger than 16 ounces", None, [("the mayor", "support")])]


def test_a_season_does_not_act_but_can_be_acted_on() -> None:
    assert options("Christmas should begin, not end, at home.") == []
    assert [o.summary for o in options("Christmas should be cancelled at the city hall this year.")] == [
        "Cancel Christmas at the city hall this year"]


@pytest.mark.parametrize("word, base", [("cancelling", "cancel"), ("controlled", "control"), ("travelled", "travel"),
                                        ("filling", "fill"), ("installing", "install"), ("calling", "call")])
def test_a_doubled_l_goes_only_where_the_verb_doubles_it(word: str, base: str) -> None:
    assert base_form(word) == base


@pytest.mark.parametrize("text, found", [
    ("The aim is to encourage more borrowing by businesses and homebuyers.", []),
    ("The goal of the programme is to move people off welfare.", []),
    ("The aim should be to encourage more borrowing by businesses.", [("Encourage more borrowing by businesses", "support")]),
    ("The answer is to raise taxes on banks.", [("Raise taxes on banks", "support")]),
])
def test_a_policy_aim_told_is_not_argued(text: str, found: list[tuple[str, str]]) -> None:
    assert [(o.summary, o.stance) for o in options(text)] == found


@pytest.mark.parametrize("text, found", [
    ('"The Republican policy is wrong," he said.', []),
    ("The government's approach is wrong.", []),
    ("The Rwanda policy is wrong.", [("Adopt the Rwanda policy", "oppose")]),  # a named scheme stays a course
    ("A carbon tax would be a disaster.", [("Impose a carbon tax", "oppose")]),
])
def test_a_policy_named_only_by_whose_it_is_is_no_course(text: str, found: list[tuple[str, str]]) -> None:
    assert [(o.summary, o.stance) for o in options(text)] == found


@pytest.mark.parametrize("text, found", [
    ("It is past time for us to give credit to the woman who earned it.", []),
    ("Ministers should give full credit to the nurses.", []),
    ("The government should give tax credit to families with young children.",
     [("Give tax credit to families with young children", "support")]),
])
def test_giving_credit_is_praise_and_a_tax_credit_a_course(text: str, found: list[tuple[str, str]]) -> None:
    assert [(o.summary, o.stance) for o in options(text)] == found
