"""Recommendations put softly, framed as a chance or a duty, or given as a command; and the
summaries cut to whole phrases. Each rule has cases it must find and cases it must leave alone."""
import pytest

from briefing_app.analysis.options.phrases import summary
from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, stance, expected", [
    # "X is an opportunity to Y"
    ("The summit in Nairobi is an opportunity to agree a common tariff on imported steel.", "support",
     "Agree a common tariff on imported steel"),
    ("The new parliament's first session is a chance for ministers to repeal the emergency decree.", "support",
     "Repeal the emergency decree"),
    ("This crisis should be seen as an opportunity to overhaul the national grid.", "support", "Overhaul the national grid"),
    # hedged recommendations
    ("The government could consider raising the minimum wage for farm workers.", "support",
     "Raise the minimum wage for farm workers"),
    ("Ministers could start by publishing the contracts they signed with the suppliers.", "support",
     "Publish the contracts they signed with the suppliers"),
    ("Lawmakers may want to revisit the surveillance law before it expires.", "support", "Revisit the surveillance law"),
    ("The board would be well advised to delay the merger with its rival.", "support", "Delay the merger with its rival"),
    # "it is up to X to", a duty
    ("It is now up to Washington to lift the sanctions on Cuban exports.", "support", "Lift the sanctions on Cuban exports"),
    ("Britain has a responsibility to take in more Syrian refugees.", "support", "Take in more Syrian refugees"),
    # "makes sense", "the solution is simple:", "a better approach", "the way forward is NP", "lies in"
    ("It makes sense to extend the scheme to pensioners.", "support", "Extend the scheme to pensioners"),
    ("It makes no sense to close the maternity ward in Carlisle.", "oppose", "Close the maternity ward in Carlisle"),
    ("The solution is simple: scrap the tax on tampons.", "support", "Scrap the tax on tampons"),
    ("A better approach would be to fund local clinics directly.", "support", "Fund local clinics directly"),
    ("The way forward is dialogue with the opposition parties.", "support", "Hold dialogue with the opposition parties"),
    ("The only way out of this crisis is a negotiated settlement with Kiev.", "support",
     "Reach a negotiated settlement with Kiev"),
    ("The answer lies in investment in renewable energy.", "support", "Adopt investment in renewable energy"),
    # a call that opens with "step in", "seize this chance": the verb that acts
    ("The United Nations should step in and broker a ceasefire between the factions.", "support",
     "Broker a ceasefire between the factions"),
    ("Now Kabul must seize this chance and reform the election commission.", "support", "Reform the election commission"),
])
def test_soft_and_framed_recommendations(text, stance, expected):
    option = one_option(text)
    assert (option.stance, option.summary) == (stance, expected)
    assert option.positions == []


@pytest.mark.parametrize("text", [
    "The 2010 conference was an opportunity to secure more aid, and the donors squandered it.",
    "The minister missed a chance to apologise to the victims' families.",
    "This is not an opportunity to cut the education budget.",
    "So all that remains is for me to take the early opportunity to apologise for this column.",
    "Prices could consider rising further next year.",
    "If the council could consider raising the rates, the pool would stay open.",
    "States have a duty to protect children from abuse and neglect.",
    "The answer lies in the same mentality that believes it can eradicate hate by regulating speech.",
    "It is up to parliament to decide.",
])
def test_soft_frames_that_argue_nothing(text):
    assert options(text) == []


@pytest.mark.parametrize("text, stance, expected", [
    ("Lift the blockade on Gaza\n\nThe blockade has lasted for years and hurts every family there.", "support",
     "Lift the blockade on Gaza"),
    ("Free Mandela\n\nHe has been in prison for twenty-seven years.", "support", "Free Mandela"),
    ("Don't bomb the refugee camps\n\nThe war has already displaced a million people.", "oppose",
     "Bomb the refugee camps"),
    ("The tax hurts the poorest families most. Scrap the bedroom tax.", "support", "Scrap the bedroom tax"),
])
def test_commands(text, stance, expected):
    option = one_option(text)
    assert (option.stance, option.summary) == (stance, expected)


@pytest.mark.parametrize("text", [
    "Ban Ki-moon visited the camp on Tuesday and met the elders.",
    "Release of the prisoners began on Monday.",
    "Save the stories about when you soiled yourself until at least the fourth date.",
    "Free speech is the foundation of every democracy.",
    "Cut the red tape, he said, and the money will flow.",
    "End the war? Nobody in the capital believes it can be done.",
])
def test_no_command(text):
    assert options(text) == []


def test_agree_with_an_object_is_a_course_of_action():
    option = one_option("The ministers should agree a common asylum policy before the summer.")
    assert option.summary == "Agree a common asylum policy"
    assert options("The ministers should agree that the policy has failed.") == []


@pytest.mark.parametrize("phrase, expected", [
    ("hold the officers who ordered the raid on the camp accountable in the courts for blatantly violating",
     "Hold the officers who ordered the raid on the camp accountable in the courts"),
    ("roll out restorative justice measures in cases of sexual and domestic violence, and a recent government report",
     "Roll out restorative justice measures in cases of sexual and domestic violence"),
    ("save the stories about", "Save the stories"),
])
def test_summary_is_a_whole_phrase(phrase, expected):
    assert summary(phrase) == expected


@pytest.mark.parametrize("participle, verb", [("provided", "provide"), ("decided", "decide"), ("divided", "divide"),
                                              ("guided", "guide"), ("raided", "raid"), ("avoided", "avoid")])
def test_base_form_of_id_stems(participle, verb):
    from briefing_app.analysis.options.phrases import base_form
    assert base_form(participle) == verb
