"""More clause frames that argue an option (permission, pseudo-clefts, "more must be done to",
"the sooner ..., the better", "X needs NP", "X is right/wrong to", "we support/back NP", "not X but
Y", "If X is serious ..., it should"), and the author's verdict on a reported plan."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, stance, expected", [
    ("Refugees must be allowed to work while their claims are processed.", "support", "Allow Refugees to work"),
    ("Terminally ill patients should be allowed to choose how they die.", "support",
     "Allow Terminally ill patients to choose how they die"),
    ("More must be done to help the refugees stranded in Calais.", "support", "Help the refugees stranded in Calais"),
    ("What Europe must do is impose sanctions on the oligarchs.", "support", "Impose sanctions on the oligarchs"),
    ("The sooner the government scraps the tax, the better.", "support", "Scrap the tax"),
    ("It is time we stopped selling arms to Riyadh.", "support", "Stop selling arms to Riyadh"),
    ("We need a public inquiry into the scandal.", "support", "Hold a public inquiry into the scandal"),
    ("The only sensible course is for the EU to negotiate with Ankara.", "support", "Negotiate with Ankara"),
    ("If the EU is serious about human rights, it should suspend the trade deal with Israel.", "support",
     "Suspend the trade deal with Israel"),
    ("We support the proposal to raise the minimum wage.", "support", "Raise the minimum wage"),
    ("This newspaper backs a ban on fracking.", "support", "Impose a ban on fracking"),
    ("The EU is right to impose sanctions on the oligarchs.", "support", "Impose sanctions on the oligarchs"),
    ("The EU is wrong to lift the sanctions on the oligarchs.", "oppose", "Lift the sanctions on the oligarchs"),
    ("Lifting the arms embargo is the wrong answer.", "oppose", "Lift the arms embargo"),
    ("Calls to ban the burqa, however well meant, miss the point.", "oppose", "Ban the burqa"),
    ("The government's reckless plan to sell off the forests must be stopped.", "oppose", "Sell off the forests"),
])
def test_frames(text, stance, expected):
    option = one_option(text)
    assert (option.stance, option.summary) == (stance, expected)


def test_not_x_but_y():
    found = {o.summary: o.stance for o in options("The answer is not more police but better schools.")}
    assert found == {"Adopt more police": "oppose", "Adopt better schools": "support"}


@pytest.mark.parametrize("text", [
    "Community college programs give students the skills that employers need more quickly than a degree program.",
    "Republicans are reluctant to support spending more money on the programme.",
    "The UN resolutions in support of Argentina do not have the force of law.",
    "Many want to design and build their own homes, but almost no plots are available.",
    "In fact, it's time I worked with them to shrink government.",
    "It's time we followed the example of recovery programs such as A.A.",
    "Parliament was right to reject the last round of levies on fuel.",
    "My point is not that Hollywood is wrong to make films that reflect American values.",
    "Sony's decision to make a comedy about the assassination was a terrible idea.",
])
def test_no_option(text):
    assert options(text) == []


@pytest.mark.parametrize("text, summary", [
    ("Ministers intend to sell off the forests. This would be a disaster for wildlife.", "Sell off the forests"),
    ("Ministers plan to sell off the forests, a move that would devastate wildlife.", "Sell off the forests"),
    ("The opposition has called for the army to be deployed in the cities. That is the last thing the country needs.",
     "Deploy the army in the cities"),
    ("Some Republicans plan to shut down the government over the budget. They are playing with fire.",
     "Shut down the government over the budget"),
    ("Critics want the bank to raise interest rates. But raising rates now would choke off the recovery.",
     "Raise interest rates"),
    ("The president has proposed building a wall on the border. It is a terrible idea.", "Build a wall on the border"),
])
def test_author_opposes_a_reported_plan(text, summary):
    found = {o.summary: o for o in options(text)}
    assert summary in found, list(found)
    assert found[summary].stance == "oppose"
    assert [p.stance for p in found[summary].positions] == ["support"]


@pytest.mark.parametrize("text, summary, holder", [
    ('The union said in a statement, urging the city to "add an LGBT liaison for the fire department."',
     "Add an LGBT liaison for the fire department", None),
    ("Critics keep insisting that all Muslims repeatedly apologise for the attacks in France.",
     "Apologise for the attacks in France", "critics"),
    ("His post requires that he be held to a different standard.", "Hold him to a different standard", None),
    ("Fire Chief Kelvin Cochran wrote the book. His post requires that he be held to a different standard.",
     "Hold Kelvin Cochran to a different standard", None),
    ("In Scotland the government is considering compulsory sale orders.", "Adopt compulsory sale orders", "the government"),
])
def test_reported_calls(text, summary, holder):
    found = {o.summary: o for o in options(text)}
    assert summary in found, list(found)
    if holder:
        assert [p.actor for p in found[summary].positions] == [holder]


@pytest.mark.parametrize("text", [
    "Charlie Hebdo has been insisting that the images people worship are just human creations.",
    "The data, suggesting that the government cut taxes too early, were published on Monday.",
    "His job requires that he travels to Brussels every week.",
    "The ministry is considering whether the rules apply.",
])
def test_claims_are_no_calls(text):
    assert options(text) == []


def test_command_with_a_promised_result():
    option = one_option("Remove the fence, plant it with trees, and you'd have a rough and mossy playground.")
    assert option.summary.startswith("Remove the fence")
    assert options("Save the stories about your childhood until at least the fourth date.") == []


@pytest.mark.parametrize("text, stance, expected", [
    ("Let us hope so - and let us also hope that senior officials in the ministry will eventually be held accountable "
     "for their actions.", "support", "Hold senior officials in the ministry accountable for their actions"),
    ("We hope that the council will reopen the library.", "support", "Reopen the library"),
    ("The report must be the trigger for those who authorised the torture programme to be held accountable.", "support",
     "Hold those who authorised the torture programme accountable"),
])
def test_hopes_and_passive_calls(text, stance, expected):
    option = one_option(text)
    assert (option.stance, option.summary) == (stance, expected)


def test_a_negated_passive_call():
    option = one_option("But respect for his victim demands that he isn't given the option.")
    assert option.summary == "Give him the option"
    assert [p.stance for p in option.positions] == ["oppose"]


@pytest.mark.parametrize("text", ["I hope you enjoy the show.", "We hope the weather will improve.",
                                  "We hope that the administration will be guided by long-term national interests."])
def test_hopes_without_a_course_of_action(text):
    assert options(text) == []
