"""Forms of real editorials the rules missed (tenth session, from the misses on the tuned real editorials dev-1..3
and dev-10), each read by a general rule, with the near misses that must stay no option."""
import pytest

from briefing_app.analysis.options.hopes import _base
from tests.analysis.option_helpers import options


@pytest.mark.parametrize("text, summary", [
    # the author's hope that a named doer or a body takes a course
    ("I sincerely hope the attorney general fights to get the ban reinstated.", "Fight to get the ban reinstated"),
    ("I hope the government will scrap the tax on heating oil.", "Scrap the tax on heating oil"),
    ("We hope that Parliament would reject the bill.", "Reject the bill"),
    ("I really hope Congress passes the farm bill this spring.", "Pass the farm bill this spring"),
])
def test_hoped_course(text: str, summary: str) -> None:
    found = options(text)
    assert [(o.summary, o.stance, o.holder) for o in found] == [(summary, "support", None)]


@pytest.mark.parametrize("text", [
    "I hope you're happy.",
    "I hope that young people can be kind enough to their future selves.",
    "I hope he'll forgive my considering it for him.",
    "I hope they are writing emails to friends.",
    "I hope the president understands this.",
    "I hope the minister is right about the figures.",
    "Ministers hope the council will scrap the levy.",  # someone else's hope: not the author's course
])
def test_no_hoped_course(text: str) -> None:
    assert [o for o in options(text) if o.stance == "support" and o.holder is None] == [], \
        [(o.summary, o.stance) for o in options(text)]


def test_present_forms() -> None:
    assert [_base(v) for v in ("fights", "pushes", "tries", "passes", "goes", "reinstates")] == \
        ["fight", "push", "try", "pass", "go", "reinstate"]


@pytest.mark.parametrize("text, summary, holder", [
    ("Norway is considering repealing the law.", "Repeal the law", "Norway"),
    ("The government is now considering raising the pension age.", "Raise the pension age", "the government"),
])
def test_course_being_considered(text: str, summary: str, holder: str) -> None:
    (o,) = options(text)
    assert (o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) == (summary, None, [(holder, "neutral")])


@pytest.mark.parametrize("text", [
    "If the council is considering closing the library, it should say so.",
    "He is considering his options.",
    "Prices are considering rising.",
])
def test_nothing_considered(text: str) -> None:
    assert [o for o in options(text) if any(p.stance == "neutral" for p in o.positions)] == [], \
        [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text", [
    "Officials are weighing in on the debate.",  # once "Hold in on the debate"
    "The ministers are weighing in on the plan.",
    "Two former governors are now weighing in with their own advice.",
    "The regulator is considering whether the merger can go ahead.",
])
def test_weighing_in_is_no_course(text: str) -> None:
    """'weigh in (on X)' is to comment on X, 'considering whether' a question: no course weighed by anyone."""
    assert options(text) == [], [(o.summary, o.stance, o.positions) for o in options(text)]


def test_acronym_plural_is_a_body() -> None:
    """'GPs have a responsibility to X': an acronym's plural names a body of people; 'States have a duty to X' stays a
    principle."""
    assert [o.summary for o in options("MPs have a responsibility to publish their expenses.")] == ["Publish their expenses"]
    assert options("States have a duty to protect children.") == []


@pytest.mark.parametrize("text, summary, stance", [
    ("We do not need to end sports scholarships to address this issue.", "End sports scholarships to address this issue",
     "oppose"),
    ("The council doesn't need to sell the park.", "Sell the park", "oppose"),
    ("By decriminalising sex work, India would set an example for other countries, too.", "Decriminalise sex work",
     "support"),
    ("By scrapping the levy, the council could save hundreds of jobs.", "Scrap the levy", "support"),
    ("By closing the border, Ankara would only hurt its own farmers.", "Close the border", "oppose"),
])
def test_needless_course_and_outcome(text: str, summary: str, stance: str) -> None:
    assert [(o.summary, o.stance) for o in options(text)] == [(summary, stance)]


@pytest.mark.parametrize("text", [
    "You don't need to sell your car.",
    "If the council does not need to sell the park, it should say so.",
    "The government did not need to raise taxes.",  # what was so
    "And Dr King doesn't need to have anyone put down so he can look heroic.",
    "By doing so, the council could save jobs.",
    "By the end of the year, the council will cut the levy.",
    "By selling his car, you could save money.",
])
def test_no_needless_course_or_outcome(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


def test_course_being_mulled() -> None:
    (o,) = options("The Treasury is mulling raising fuel duty.")
    assert (o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) == ("Raise fuel duty", None,
                                                                                  [("the Treasury", "neutral")])
    assert options("The band is exploring new sounds.") == []


@pytest.mark.parametrize("text, summary", [
    ("On the one hand freedom of speech should be preserved at all cost, and on the other hand, terrorist messages "
     "have traumatised societies.", "Preserve freedom of speech at all cost"),
    ("On the other hand the tax should be scrapped.", "Scrap the tax"),
])
def test_dilemma_opener_is_no_subject(text: str, summary: str) -> None:
    """'On the one hand' opens the clause: the subject of the modal comes after it."""
    assert [o.summary for o in options(text)] == [summary]


@pytest.mark.parametrize("text", [
    "At the very least, a lot of work needs to be put in to reassure those voters.",  # effort, not a course
])
def test_effort_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("We want to see a ban on fracking.", "Impose a ban on fracking"),
    ("Ministers should put more effort into building homes.", "Put more effort into building homes"),
    ("The council should put in a bid for the games.", "Put in a bid for the games"),
])
def test_still_courses(text: str, summary: str) -> None:
    assert [o.summary for o in options(text)] == [summary]


@pytest.mark.parametrize("text, summary, stance", [
    ("A ban on new coal mines would be a step in the right direction.", "Impose a ban on new coal mines", "support"),
    ("By taxing empty homes, the city council could free up thousands of flats.", "Tax empty homes", "support"),
    ("By cutting the fuel subsidy overnight, the government would only punish the poorest commuters.",
     "Cut the fuel subsidy overnight", "oppose"),
])
def test_policy_noun_and_outcome_verdicts(text: str, summary: str, stance: str) -> None:
    assert [(o.summary, o.stance) for o in options(text)] == [(summary, stance)]


@pytest.mark.parametrize("text", ["The decision was a useful first step.", "This is long overdue."])
def test_verdict_on_nothing_named(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary, stance", [
    # a pursuit (attempt, effort, bid, drive, campaign) judged by the author like a plan
    ("Cameron's attempt to wriggle out of the debates is shameful.", "Wriggle out of the debates", "oppose"),
    ("The government's drive to sell off the forests is shortsighted.", "Sell off the forests", "oppose"),
    ("The council's efforts to reopen the library deserve our support.", "Reopen the library", "support"),
    ("The campaign to privatise the water board is misguided.", "Privatise the water board", "oppose"),
    ("The bid to privatise the water board is shameful.", "Privatise the water board", "oppose"),
])
def test_pursuit_judged(text: str, summary: str, stance: str) -> None:
    assert [(o.summary, o.stance) for o in options(text)] == [(summary, stance)]


@pytest.mark.parametrize("text", [
    "The agency made inaccurate claims in an attempt to justify the programme, which is shameful.",
    "Officials closed the road in a desperate bid to stop the protest, a costly mistake.",
])
def test_in_a_bid_to_says_why(text: str) -> None:
    """'in an attempt / a bid to X': why something was done, no plan the author judges."""
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text", [
    # a requirement in force, under a law named by a country, a body, a name or a year: described, not argued
    "Under Indian law there must be a local referendum.",
    "Under EU rules, member states must notify the commission of any subsidy.",
    "Under British law, landlords must give two months' notice.",
    "Under the Geneva Conventions, prisoners of war must be treated humanely.",
    "Under the 1998 act, councils must consult tenants.",
])
def test_requirement_in_force(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


def test_a_call_under_a_leader_is_still_argued() -> None:
    assert [o.summary for o in options("Under President Lula, Brazil must protect the rainforest.")] == \
        ["Protect the rainforest"]


@pytest.mark.parametrize("text, summary, holder", [
    # someone else's hope that a named doer or a body takes a course (twelfth session): the hoper's position
    ("Sasser said he hopes the school district will reinstate Tutka.", "Reinstate Tutka", "Sasser"),
    ("The unions hope the government will scrap the tax on heating oil.", "Scrap the tax on heating oil", "the unions"),
    ("Farmers are hoping that Brussels will suspend the tariffs.", "Suspend the tariffs", "farmers"),
    ("The mayor hoped Mrs Merkel's government would reopen the talks on the border.", "Reopen the talks on the border",
     "the mayor"),
])
def test_hope_of_a_named_holder(text: str, summary: str, holder: str) -> None:
    assert [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)] == \
        [(summary, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "There is hope the government will scrap the tax.",  # a noun: no one named hoping
    "There is little hope that the council will reopen the library.",
    "Democrats hope Trump's behaviour will cost him the Senate.",  # a behaviour is no doer
    "Officials hope the talks will be fruitful.",  # no course
    "Many were hoping that she would raise her voice.",  # a pronoun, no body
])
def test_no_hope_of_a_named_holder(text: str) -> None:
    assert [o for o in options(text) if o.positions] == [], [(o.summary, o.positions) for o in options(text)]
