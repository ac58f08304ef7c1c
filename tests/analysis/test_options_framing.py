"""The author's evaluative framing of a proposal decides the author's stance on it."""
import pytest

from briefing_app.analysis import analyse
from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, words", [
    ("The folly of appeasing Moscow with grain deals should be plain by now.", "appease moscow"),
    ("The perils of arming the militias in the north are plain to see.", "arm the militias"),
    ("The minister's plan to privatise the water utilities is a recipe for disaster.", "privatise the water utilities"),
    ("The government's misguided plan to cut the overseas aid budget has few friends.", "cut the overseas aid budget"),
    ("Lifting the sanctions now would only embolden the junta in Naypyidaw.", "lift the sanctions"),
    # opposition by implication: 'risks', 'makes no sense'
    ("Arming the rebels risks prolonging the war in the north.", "arm the rebels"),
    ("Cutting the aid budget risks a famine in the Sahel.", "cut the aid budget"),
    ("Raising the retirement age makes no sense while youth unemployment is this high.", "raise the retirement age"),
    ("To cut the aid budget now would risk a famine.", "cut the aid budget"),
])
def test_framed_proposals_are_opposed(text, words):
    option = one_option(text)
    assert option.stance == "oppose"
    assert words in option.summary.lower()


def test_a_frame_inside_reported_words_is_the_speakers():
    """'Critics have long warned of the perils of X': since 'X warned of NP' is reported speech (e707939), the perils
    are the critics' words: they oppose X and the author takes no side (convention v2: only the author's own words
    give the author's stance). The author's own frame is tested above ('The perils of X are plain to see')."""
    option = one_option("Critics have long warned of the perils of arming the militias in the north.")
    assert "arm the militias" in option.summary.lower()
    assert (option.stance, [(p.actor, p.stance) for p in option.positions]) == (None, [("critics", "oppose")])


def test_a_sensible_plan_is_supported():
    option = one_option("The council's plan to extend the tram line to the airport is sensible.")
    assert option.stance == "support" and "extend the tram line" in option.summary.lower()


def test_a_plan_without_a_verdict_is_no_option_of_the_authors():
    assert analyse("The council's plan to extend the tram line to the airport was published on Monday.").options == []


def test_a_reported_call_gets_the_authors_dismissal_in_the_next_sentence():
    text = ("The president will call for higher taxes on the wealthy to pay for new programmes. "
            "This is boilerplate redistribution we have heard for decades.")
    option = one_option(text)
    assert option.stance == "oppose" and option.positions


def test_in_other_words_opening_the_next_paragraph_judges_the_last_option():
    text = ("The minister urged the UN to investigate the behaviour of the hedge funds.\n\n"
            "In other words, he is arguing: let us point the finger at someone else.")
    found = {o.summary.lower(): o for o in analyse(text).options}
    option = next(o for s, o in found.items() if "investigate" in s)
    assert option.stance == "oppose"


def test_no_carry_over_without_a_discourse_marker():
    text = ("The minister urged the UN to investigate the behaviour of the hedge funds.\n\n"
            "Critics call the funds reckless.")
    option = next(o for o in analyse(text).options if "investigate" in o.summary.lower())
    assert option.stance is None


@pytest.mark.parametrize("text, stance, words", [
    ("Arming the militias in the north is wrong-headed.", "oppose", "arm the militias"),
    ("A carbon tax on imported steel would be a recipe for disaster.", "oppose", "carbon tax on imported steel"),
    ("Scrapping the tuition fees is simply wishful thinking.", "oppose", "scrap the tuition fees"),
    ("Raising the minimum wage for farm workers is long overdue.", "support", "raise the minimum wage"),
    # offers with conditions and new clauses
    ("Trade can be an ally: the European Union could lower tariffs on beef and soy, but only if every shipment "
     "can be traced.", "conditional", "lower tariffs on beef"),
    ("The government could cut fuel duty, but only if the deficit falls.", "conditional", "cut fuel duty"),
    ("A key step in this direction has to be an independent inquiry into the school attack.", "support",
     "independent inquiry"),
])
def test_stance_and_summary_words(text, stance, words):
    option = one_option(text)
    assert option.stance == stance and words in option.summary.lower()


def test_an_attempt_judged_and_a_call_in_one_sentence():
    """Two courses, as dev-10's labels (convention v2) have them: the attempt the author calls shameful, and the call."""
    found = analyse("Cameron's attempt to wriggle out of the debates is shameful and he must accept the invitation to "
                    "debate the Greens.").options
    assert [(o.summary.lower()[:22], o.stance) for o in found] == [("wriggle out of the deb", "oppose"),
                                                                   ("accept the invitation ", "support")]


def test_a_verdict_on_a_person_is_no_option():
    assert analyse("The finance minister is misguided and reckless.").options == []


@pytest.mark.parametrize("text, words", [
    ("Raising tariffs on Chinese steel would do nothing to protect American jobs.", "raise tariffs on chinese steel"),
    ("Sending more troops to the border will do little to stop the smugglers.", "send more troops to the border"),
    ("There is no case for lifting the sanctions on Belarus.", "lift the sanctions on belarus"),
    ("Cutting the health budget would be a step backwards for the country.", "cut the health budget"),
    ("The proposed ban on encryption is a gift to criminals.", "ban on encryption"),
])
def test_more_rejections(text, words):
    option = one_option(text)
    assert option.stance == "oppose" and words in option.summary.lower()


def test_rather_than_names_the_road_not_taken():
    found = {o.summary.lower(): o.stance for o in analyse(
        "Rather than cutting the aid budget, the government should raise taxes on banks.").options}
    assert found == {"cut the aid budget": "oppose", "raise taxes on banks": "support"}


@pytest.mark.parametrize("text", [
    "Instead of building more prisons, the state built schools.",  # told, not argued
    "There is no reason to keep repeating that these attacks have nothing to do with faith.",  # speech, no action
    "The minister is a gift to the opposition.",  # a verdict on a person
])
def test_no_rejection(text):
    assert analyse(text).options == []


def test_instead_of_it_is_one_option():
    found = analyse("Instead of expanding government control of health care, we should phase it out.").options
    assert [(o.summary, o.stance) for o in found] == [("Phase it out", "support")]


def test_the_idea_that_s_should_x_judged_by_the_author():
    option = one_option("The idea that Europe should build its own army is a fantasy.")
    assert (option.summary, option.stance) == ("Build its own army", "oppose")
    option = one_option("The notion that Britain must leave the convention on human rights is dangerous nonsense.")
    assert option.stance == "oppose" and "leave the convention" in option.summary.lower()


def test_an_idea_nobody_judges_is_no_option():
    assert analyse("The idea that Europe should build its own army is gaining ground in Paris.").options == []


@pytest.mark.parametrize("text, actor", [
    ("The transport minister proposed to privatise the railways. His plan is a recipe for disaster.", "minister"),
    ("Senator Holm urged Congress to cut the aid budget. Holm's proposal is wrong-headed.", "Holm"),
])
def test_a_verdict_on_the_plan_named_before_is_the_authors_stance_on_it(text, actor):
    option = one_option(text)  # "His plan" itself is no second option
    assert option.stance == "oppose"
    assert [p.stance for p in option.positions] == ["support"] and actor.lower() in option.positions[0].actor.lower()


def test_a_plan_mentioned_without_a_verdict_leaves_the_author_silent():
    option = one_option("Senator Holm urged Congress to cut the aid budget. The plan was published on Monday.")
    assert option.stance is None and option.positions


def test_a_conditional_forecast_is_no_option():
    assert analyse("Prices could rise sharply, but only if the harvest fails.").options == []


@pytest.mark.parametrize("text, summary, stance", [
    ("A carbon tax would raise revenue and is the right thing to do.", "Impose a carbon tax", "support"),
    ("Arming the rebels would prolong the war and is a mistake.", "Arm the rebels", "oppose"),
    ("Cutting the aid budget has some support but would be a grave error.", "Cut the aid budget", "oppose"),
])
def test_the_verdicts_subject_ends_before_a_predicate_joined_to_it(text, summary, stance):
    """'X would raise revenue and is the right thing to do': the verdict's subject is X, not 'X would raise revenue'."""
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, stance)


@pytest.mark.parametrize("verdict, stance", [
    ("The move would help balance the budget and is long overdue.", "support"),
    ("The closure would save money but is a mistake.", "oppose"),
    ("The plan has the backing of the unions and is sensible.", "support"),
])
def test_a_joined_verdict_on_a_course_named_again_is_no_new_option(verdict, stance):
    """'The council has proposed X. The move would help balance the budget and is long overdue': no option 'Adopt the move
    would help ...'; the author's word goes to the council's course."""
    option = one_option("The council has proposed closing the Elm Street library. " + verdict)
    assert (option.summary, option.stance) == ("Close the Elm Street library", stance)
