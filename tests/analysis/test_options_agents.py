"""Who can take a course of action: a subject that cannot act makes no option, adverbs do not hide a passive."""
import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("text", [
    "Defence spending should follow a strategy, not the other way round.",
    "Today's youth need to find alternative role models in this struggle of ideas.",
    "Our vision has to move along the path to a fairer society.",
    "State media should always be read with a healthy pinch of salt.",
])
def test_no_option(text):
    assert analyse(text).options == [], [(o.summary, o.stance) for o in analyse(text).options]


@pytest.mark.parametrize("text, words", [
    ("The generals should always be held accountable before a civilian court.", "hold the generals"),
    ("Defence spending must be capped at two percent of GDP.", "cap defence spending"),
])
def test_passives_and_adverbs_still_make_options(text, words):
    found = analyse(text).options
    assert len(found) == 1 and words in found[0].summary.lower(), [(o.summary, o.stance) for o in found]


def test_rejected_proposals_to_act_give_the_action():
    text = "Chile rejected US proposals to accept prisoners from Guantanamo, considering the move unpopular."
    option = next(o for o in analyse(text).options if "accept prisoners" in o.summary.lower())
    assert option.summary.lower().startswith("accept prisoners from guantanamo")
    assert option.positions and option.positions[0].stance == "oppose" and "Chile" in option.positions[0].actor


def test_nominal_calls_are_held_by_the_agent_after_by():
    text = ("Despite repeated calls for stronger military action by the US government, there is widespread "
            "suspicion of the army's operations.")
    option = next(o for o in analyse(text).options if "military action" in o.summary.lower())
    assert option.summary == "Take stronger military action"  # an imperative, as every summary
    assert [p.stance for p in option.positions] == ["support"]
    assert "United States" in option.positions[0].actor or "US" in option.positions[0].actor
    assert option.stance == "oppose"  # the author's "widespread suspicion"


def test_a_past_promise_is_history_not_an_option():
    assert analyse("During the 2008 campaign, Obama promised to cut taxes for the middle class.").options == []
    found = analyse("Obama promised to cut taxes for the middle class.").options
    assert [o.positions[0].stance for o in found] == ["support"]


def test_an_argument_set_out_is_nobodys_position():
    text = "Another argument turns on human autonomy: we should respect a person's choice to end treatment."
    assert analyse(text).options == []
    assert analyse("We should respect a person's choice to end treatment.").options


def test_passive_of_shout_down_has_the_right_verb():
    found = analyse("The ministry must be shouted down by the unions.").options
    assert found and found[0].summary.lower().startswith("shout ")


@pytest.mark.parametrize("text", [
    "The government should be ashamed of its record on housing.",
    "Brussels should be concerned about the rise of the far right.",
    "The president should be commended for his handling of the crisis.",
    "Netanyahu must be feeling the pressure from his coalition partners.",
    "Washington should take note of the election result in Taiwan.",
    "The party must decide what it stands for.",
])
def test_states_of_mind_and_wh_clauses_are_no_options(text):
    assert analyse(text).options == []


@pytest.mark.parametrize("text, words", [
    ("Asylum seekers should be allowed to work while their claims are heard.", "allow asylum seekers to work"),
    ("Women should be encouraged to stand for parliament.", "encourage women to stand"),
    ("The ministry should decide the tender by June.", "decide the tender"),
])
def test_passives_of_policy_verbs_stay(text, words):
    found = analyse(text).options
    assert len(found) == 1 and words in found[0].summary.lower(), [(o.summary, o.stance) for o in found]
