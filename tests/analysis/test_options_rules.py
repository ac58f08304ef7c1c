"""Options and stances on sentences of the kinds the issue lists: negation, concession,
conditions, verdicts, rhetorical questions, reported positions; and what is no option."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, stance, words", [
    ("The government should impose sanctions on the shipping firms that carry Iranian oil.", "support", "impose sanctions"),
    ("Ottawa must not cut funding for the refugee programme.", "oppose", "cut funding"),
    ("Appeasing the junta in exchange for a few prisoners will not work.", "oppose", "appease the junta"),
    ("It would be a mistake to withdraw the peacekeepers before the election.", "oppose", "withdraw the peacekeepers"),
    ("Withdrawing the peacekeepers before the election would be a grave mistake.", "oppose", "withdraw the peacekeepers"),
    ("It is time for the European Union to open accession talks with Moldova.", "support", "open accession talks"),
    ("The answer is not to raise the retirement age again.", "oppose", "raise the retirement age"),
    ("The best course is to negotiate directly with the rebel commanders.", "support", "negotiate directly"),
    ("We cannot afford to delay the vaccination campaign any longer.", "oppose", "delay the vaccination campaign"),
    ("Let us expand the school meals scheme to every district.", "support", "expand the school meals"),
    ("This does not mean Canberra should abandon its free trade agreement with Beijing.", "support", "keep its free trade"),
    ("Nor is this to say that the council should scrap the congestion charge.", "support", "keep the congestion charge"),
    ("Parliament should ratify the treaty only if the fishing quotas are written into it.", "conditional", "ratify the treaty"),
    ("Lenders should restructure the loans as long as the savings reach the hospitals.", "conditional", "restructure the loans"),
    ("While the council should extend the tram line, the budget belongs to the schools first.", "neutral", "tram line"),
    ("Why should taxpayers bail out a private airline that paid its owners a dividend last year?", "oppose", "bail out a private airline"),
    ("Shouldn't the regulator fine the banks that broke the rules?", "support", "fine the banks"),
    ("Free bus travel for students has to end, or at least be capped.", "support", "end free bus travel"),
    ("Those responsible for the massacre must be held accountable before an international tribunal.", "support",
     "hold those responsible for the massacre accountable"),
])
def test_author_stance(text, stance, words):
    option = one_option(text)
    assert option.stance == stance
    assert words.lower() in option.summary.lower()
    assert option.positions == []
    assert text[option.start:option.end].strip() == text.strip()


@pytest.mark.parametrize("text", [
    "We need peace.",
    "We must restore hope and bring this to a responsible end.",
    "Leaders should realise that the world has changed.",
    "The minister should have resigned years ago.",
    "The vote will likely take place next week.",
    "Inflation could rise further if the central bank waits.",
    "Should the government intervene in the housing market?",
    "In 1998 the army took over the broadcaster and closed the parliament.",
    "You don't have to travel far to see the damage.",
    "It must be hard to govern a country this divided.",
    "My fear should not dictate what the newspaper prints.",
    # descriptions are no options
    "Many low-income families still have to pay too much.",
    "Students leave with debts they can't afford to pay back.",
    "The costs of private universities should not be ignored.",
    # predictions descriptions and indirect questions
    "To hold its marginal seats, the party will likely need to sacrifice many of its safe ones.",
    "Labor needs a swing of 12 percent to win the extra seats they need to win a majority.",
    "Current polling suggests that Labor is close to that number.",
    "Russia has plans to build 13 airfields along the Northern Sea Route.",
    "The ruling should serve as a warning to other school districts.",
    "Dominant groups decide when and how the words should be used.",
    "Nuns campaigned against the proposed budget plan in 2012.",
    # real questions descriptions and lessons
    "Why would so many people interrupt family dinners to check their phones?",
    "Waiting until the last minute to shop means having to make compromises.",
    "We should all take a lesson out of the bakers' playbook.",
])
def test_no_option(text):
    assert options(text) == []


def test_reported_position_keeps_the_author_out():
    text = ("Opposition leader Maria Ruiz said the government should nationalise the water utilities. "
            "Ruiz spoke to reporters in Lima on Tuesday.")
    option = one_option(text)
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("Maria Ruiz", "support")]
    assert "nationalise the water utilities" in option.summary.lower()


def test_urged_and_verdict_that_follows():
    text = ("Farmers' unions have urged the ministry to ban imports of Ukrainian grain. "
            "That would be a mistake. Poland needs the trade more than it admits.")
    option = one_option(text)
    assert option.stance == "oppose"
    assert [(p.actor, p.stance) for p in option.positions] == [("Farmers' unions", "support")]


def test_quoted_speaker_in_a_news_report():
    text = ("The talks collapsed on Friday.\n"
            "“Brussels should suspend the trade agreement until the prisoners are freed,” Senator Jan Holm told "
            "reporters in Stockholm. Holm has long opposed the deal.")
    option = one_option(text)
    assert option.stance is None
    assert option.positions and option.positions[0].actor == "Jan Holm"
    assert option.positions[0].stance == "support"


def test_question_answered_no():
    text = "Is it time for Ghana to leave the currency union? No. The costs would fall on exporters."
    option = one_option(text)
    assert option.stance == "oppose"


def test_json_contract_keeps_fields_and_adds_positions():
    option = one_option("Critics urged the EU to freeze the assets of the ruling family.")
    data = option.to_json()
    assert set(data) == {"summary", "stance", "start", "end", "positions"}
    assert data["positions"][0] == {"actor": "critics", "stance": "support", "start": 0,
                                    "end": len("Critics urged the EU to freeze the assets of the ruling family.")}


def test_risk_flagged_right_after_makes_it_conditional():
    text = ("Navies should board the tankers that carry the smuggled oil. The boardings would be legally "
            "risky, since the flag states may object.")
    assert one_option(text).stance == "conditional"


def test_rightly_pointed_out_shares_the_position():
    text = "NATO leaders have rightly pointed out that the alliance must station more troops in the Baltic states."
    option = one_option(text)
    assert option.stance == "support"
    assert option.positions and option.positions[0].stance == "support"


def test_a_verdict_that_starts_a_new_option_is_not_a_verdict():
    text = ("Washington would like Tokyo to buy more American fighter jets. It would be unwise to let the alliance's "
            "politics drive procurement.")
    found = {o.summary: o for o in options(text)}
    jets = next(o for s, o in found.items() if "fighter jets" in s)
    assert jets.stance is None and jets.positions[0].stance == "support"
    assert any(o.stance == "oppose" and "procurement" in s for s, o in found.items())


@pytest.mark.parametrize("text, stance, words", [
    ("The key step has to be an independent audit of the reconstruction fund.", "support", "independent audit"),
    ("Arming the militias is surely a strategy fraught with risk for the whole region.", "oppose", "arm the militias"),
    ("The ceasefire must be extended, but how?", "support", "extend the ceasefire"),
    # more ways to argue
    ("The last thing the council should do is raise parking fees again.", "oppose", "raise parking fees"),
    ("Instead of expanding the programme, the ministry should phase it out.", "support", "phase it out"),
    ("Parliament should, if anything, double the housing budget.", "support", "double the housing budget"),
    ("Younger workers should pay into a private pension fund.", "support", "pay into a private pension"),
    # consequences and requirements
    ("Publishing the names of the informants will do lasting harm to every investigation.", "oppose", "publish the names"),
    ("Lowering prices for good requires freeing up the country's gas reserves.", "support", "free up the country"),
])
def test_stance_and_summary_words(text, stance, words):
    option = one_option(text)
    assert option.stance == stance and words in option.summary.lower()


def test_the_authors_word_on_a_reported_proposal():
    text = ("The finance minister has proposed scrapping the fuel subsidy by June. "
            "But that would be reckless with an election months away.")
    option = one_option(text)
    assert option.stance == "oppose"
    assert option.positions and option.positions[0].stance == "support"
    text = "It has been disheartening to see calls for a ban on Ukrainian grain imports across the bloc."
    assert one_option(text).stance == "oppose"


def test_a_proposal_offered_is_the_proposers_position():
    text = "On Friday the mayor offered a simple solution: free bus passes for every pupil in the city."
    option = one_option(text)
    assert option.stance is None and option.positions[0].stance == "support"


def test_concession_keeps_the_others_position():
    text = "While some critics are calling for an end to the fuel subsidy, I ask that the ministry means-test it."
    found = {o.summary.lower(): o for o in options(text)}
    subsidy = next(o for s, o in found.items() if "end the fuel subsidy" in s)
    assert subsidy.stance in (None, "neutral") and [p.stance for p in subsidy.positions] == ["support"]
    assert any(o.stance == "support" and "means-test" in s for s, o in found.items())


@pytest.mark.parametrize("text, stance", [
    ("No government should impose a blockade on food deliveries.", "oppose"),
    ("Raiding the pension fund is not something ministers should sign off on lightly.", "oppose"),
])
def test_no_one_should(text, stance):
    assert one_option(text).stance == stance


def test_opposed_to_and_wants_to_see_are_positions():
    text = "The prime minister is implacably opposed to making concessions on the border crossings."
    option = one_option(text)
    assert option.stance is None and option.positions[0].stance == "oppose"
    text = "Hardliners in the cabinet want to see a full naval blockade of the islands."
    option = one_option(text)
    assert option.stance is None and option.positions[0].stance == "support"


def test_hypothetical_have_to_is_no_option():
    assert options("The idea that you'd have to pay someone for a job reference no longer seems far-fetched.") == []


def test_participial_aside_does_not_hide_the_holder():
    text = "Prime Minister Ehud Barak, running for a second term, is firmly opposed to dividing the city."
    option = one_option(text)
    assert "Barak" in option.positions[0].actor and option.positions[0].stance == "oppose"
