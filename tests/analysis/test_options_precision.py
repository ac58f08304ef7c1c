"""Options rules of the fourth session: what is no option (inverted conditions, epistemic "must",
relief from an obligation, verdicts on a subject, requirements described, scenarios), opposition
by implication ("risks", "makes no sense", "It won't work."), coordinated holders and summaries
that read as imperatives in the right case."""
import pytest

from briefing_app.analysis import analyse


def options(text):
    return analyse(text).options


def one(text):
    found = options(text)
    assert len(found) == 1, [(o.summary, o.stance) for o in found]
    return found[0]


@pytest.mark.parametrize("text", [
    "They trained pilots to resist interrogation methods should they be captured.",
    "The White House must love the ridicule it is getting from the comedians.",
    "The law was meant to ensure that a pregnant woman should not have to choose between her pregnancy and her job.",
    "Speaking out about depression shouldn't be considered a brave act.",
    "Shouldn't the target always have been zero?",
    "This would require capturing Kharkiv, the country's second city.",
    "Rights are swept aside by appeals to identity and threats whose defeat requires watering down the protections.",
    "Imagine that the council should ban cars from the city centre.",
    "Let us imagine that the army should take over the ministries.",
    'The party calls the reform a "must" and says voters "should" back the new tax on sugar.',
])
def test_no_option(text):
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, words", [
    ("Arming the rebels risks prolonging the war in the north.", "arm the rebels"),
    ("Cutting the aid budget risks a famine in the Sahel.", "cut the aid budget"),
    ("Raising the retirement age makes no sense while youth unemployment is this high.", "raise the retirement age"),
    ("To cut the aid budget now would risk a famine.", "cut the aid budget"),
])
def test_oppose_by_implication(text, words):
    option = one(text)
    assert option.stance == "oppose"
    assert words in option.summary.lower()


@pytest.mark.parametrize("verdict", ["It won't work.", "That makes no sense.", "That would be a terrible idea.",
                                     "This is no answer."])
def test_verdict_sentence_after_a_reported_plan(verdict):
    option = one(f"The government plans to privatise the railways. {verdict}")
    assert option.stance == "oppose"
    assert [(p.actor, p.stance) for p in option.positions] == [("Government", "support")]


def test_a_plan_judged_in_its_own_sentence():
    option = one("The ministry is planning to close forty rural schools, a short-sighted move that will hollow out villages.")
    assert option.stance == "oppose"
    assert [(p.actor, p.stance) for p in option.positions] == [("Ministry", "support")]


@pytest.mark.parametrize("text, actors", [
    ("Chile and Colombia rejected US proposals to accept prisoners from Guantanamo.", ["Chile", "Colombia"]),
    ("Even the main allies in the region, Chile and Colombia, rejected US proposals to accept prisoners from Guantanamo.",
     ["Chile", "Colombia"]),
    ("Britain, France and Germany urged Iran to halt enrichment at Fordow.", ["United Kingdom", "France", "Germany"]),
])
def test_coordinated_holders_each_get_a_position(text, actors):
    option = one(text)
    assert option.stance is None
    assert [p.actor for p in option.positions] == actors
    assert len({p.stance for p in option.positions}) == 1


@pytest.mark.parametrize("text, summary", [
    ("The better course is to give IBAMA, the environmental agency, the inspectors it lost during the last decade.",
     "Give IBAMA the inspectors it lost during the last decade"),
    ("Free power for irrigation has to end, or at least be capped. The free electricity drains the aquifers.",
     "End free power for irrigation"),
    ("Washington must end its support for the junta.", "End its support for the junta"),
    ('On Monday, the minister pledged to sign up the NHS to a national "zero suicide" campaign.',
     'Sign up the NHS to a national "zero suicide" campaign'),
    ("The sentiment is accurate but the analogy should be updated.", "Update the analogy"),
])
def test_summaries_read_as_imperatives(text, summary):
    assert one(text).summary == summary


def test_a_name_keeps_its_capital():
    option = one("IBAMA has to end, or at least be merged into the ministry.")
    assert option.summary == "End IBAMA"
