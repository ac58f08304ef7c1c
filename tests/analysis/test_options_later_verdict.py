"""The author's word on a course others hold, found further on in the text: a later sentence in the author's own voice
whose subject names the course again ("The review is welcome", "Such a ban would be a mistake") gives the author's
side; a quoted or negated verdict, one on the actor, or one after another call on the same course gives none. And a
request the author calls modest ("are only asking that ...") is one the author backs."""
import pytest

from tests.analysis.option_helpers import one_option, options

def held_stances(text: str) -> list[tuple[str, str | None]]:
    """The options others hold in `text`, with the author's side on each."""
    return [(o.summary, o.stance) for o in options(text) if o.positions]


MIDDLE = ("The decision is due in the spring. Officials have been asked to report on the costs by March, and the "
          "committee will meet twice before then.\n\n")


@pytest.mark.parametrize("call, verdict, stance", [
    ("The transport minister has promised a review of rail fares.", "The review is welcome, but it must be quick.",
     "support"),
    ("Several councillors want to ban e-scooters from the city centre.", "Such a ban would be a mistake.", "oppose"),
    ("The treasury has proposed a tax on sugary drinks.", "This tax is a sensible idea.", "support"),
    ("The union has demanded the closure of the depot.", "But the closure would be disastrous for the town.",
     "oppose"),
    ("The governor wants to build a wall along the river.", "The wall is a costly gimmick.", "oppose"),
    ("The council leader wants to introduce a congestion charge from next spring.",
     "A charge imposed before the buses run is the wrong way round.", "oppose"),  # indefinite, qualified
    ("The minister wants to ban plastic bottles from January.",
     "A ban on bottles would push the trade onto unlicensed sellers.", "oppose"),
    ("The education minister wants schools to start at six thirty in the morning.",
     "An earlier start could help, provided the buses run that early.", "conditional"),
    ("The governor wants the federal government to pave the road through the forest.",  # a gerund subject
     "Paving the road would be a disaster for the forest.", "oppose"),
    ("Several councillors want to ban e-scooters from the city centre.",
     "But banning them would be a mistake.", "oppose"),
])
def test_a_later_verdict_on_the_same_course_is_the_authors(call, verdict, stance):
    held = held_stances(call + "\n\n" + MIDDLE + verdict)  # ("Such a ban would be a mistake"
    assert [side for _, side in held] == [stance], held  # may be an option of its own)


@pytest.mark.parametrize("call, verdict", [
    ("Several councillors want to ban e-scooters from the city centre.",
     "The mayor says such a ban would be a mistake."),
    ("Several councillors want to ban e-scooters from the city centre.", "Such a ban would not be a mistake."),
    ("The transport minister has promised a review of rail fares.",
     "The minister is wrong about many things."),  # the actor judged, not the course
    ("The transport minister has promised a review of rail fares.",
     "Commuters say the review is welcome."),
    ("The transport minister has promised a review of rail fares.",
     "Critics call the review a sensible start."),  # not the subject of its sentence
])
def test_no_side_from_a_verdict_that_is_not_plainly_the_authors_on_that_course(call, verdict):
    found = [o for o in options(call + "\n\n" + MIDDLE + verdict) if o.positions]
    assert found and all(o.stance is None for o in found), [(o.summary, o.stance) for o in found]


def test_a_quoted_verdict_is_the_speakers():
    text = ("Several councillors want to ban e-scooters from the city centre.\n\n" + MIDDLE
            + '"Such a ban would be a mistake," the mayor said.')
    assert [o.stance for o in options(text) if "e-scooters" in o.summary] == [None]


def test_a_verdict_after_another_call_on_the_same_course_judges_that_one():
    text = ("The transport minister has promised a review of rail fares.\n\n" + MIDDLE
            + "Labour has demanded a review of bus fares as well.\n\nThe review would be a sensible idea.")
    by_summary = {o.summary: o for o in options(text)}
    rail = next(o for s, o in by_summary.items() if "rail" in s)
    assert rail.stance is None


@pytest.mark.parametrize("text, stance", [
    ("The villagers are only asking that the council should repair the bridge before winter.", "support"),
    ("The nurses are merely asking that the hospital trust should restore the night allowance for staff.", "support"),
    ("All the residents ask is that the council should repair the bridge before winter.", "support"),
    ("The villagers are asking that the council should repair the bridge before winter.", None),  # a plain request
    ("The nurses are asking that the hospital trust should restore the night allowance for staff.", None),
    ("The villagers are again asking that the council should repair the bridge before winter.", None),
])
def test_a_request_the_author_calls_modest_is_backed(text, stance):
    option = one_option(text)
    assert option.positions and option.stance == stance


@pytest.mark.parametrize("call, verdict, stance", [
    ("Labour wants to nationalise the water companies.", "The plan would be ruinously expensive.", "oppose"),
    ("The mayor has proposed that the city should build ten thousand council homes.",
     "This proposal is a sensible one.", "support"),
    ("Several backbenchers want to scrap the licence fee.", "But such a move would be reckless.", "oppose"),
])
def test_a_later_verdict_on_the_plan_just_reported_is_the_authors(call, verdict, stance):
    held = held_stances(call + "\n\n" + MIDDLE + verdict)
    assert [side for _, side in held] == [stance], held


def test_a_plan_verdict_after_another_call_is_not_the_first_calls():
    text = ("Labour wants to nationalise the water companies.\n\n" + MIDDLE + "The Greens want to cap water bills."
            "\n\nThe plan would be ruinously expensive.")
    water = [o for o in options(text) if "nationalise" in o.summary.lower()]
    assert [o.stance for o in water] == [None]


@pytest.mark.parametrize("call, verdict, stance", [
    ("The union urged the city to add a liaison officer for the fire department.",
     "The leadership of the union is either ignorant or dishonest about what the inquiry found.", "oppose"),
    ("Senator Hale says the state should cut the fuel duty by half.", "Hale is simply wrong about what that would cost.",
     "oppose"),
    ("Brussels insists that Rome must cut its deficit to three percent.", "Brussels is right, and Rome knows it.",
     "support"),
    ("The farmers' union opposes any cut to the sugar subsidy.", "The union is wrong.", "support"),
])
def test_the_authors_verdict_on_the_holders_in_the_next_sentence(call, verdict, stance):
    held = held_stances(call + "\n\n" + verdict)
    assert [side for _, side in held] == [stance], held


@pytest.mark.parametrize("call, verdict", [
    ("Senator Hale says the state should cut the fuel duty by half.", "The governor is simply wrong about the cost."),
    ("Senator Hale says the state should cut the fuel duty by half.", 'Hale is wrong, the governor said.'),
    ("Senator Hale says the state should cut the fuel duty by half.", "Hale was right about the roads last year, too."
     "\n\nBut this is different."),
])
def test_no_side_from_a_verdict_on_someone_else_or_someone_elses(call, verdict):
    held = [o for o in options(call + "\n\n" + verdict) if o.positions and "fuel" in o.summary]
    assert held and all(o.stance is None for o in held), [(o.summary, o.stance) for o in held]


@pytest.mark.parametrize("text, stance", [
    ('The senator\'s student loan "relief" is a gift to the wrong graduates\n\nSenator Mark Delaney wants Washington to '
     'cancel up to fifty thousand dollars of student debt for every borrower.', "oppose"),  # the headline
    ("Councillor Jane Hope wants the city to sell the library to a developer.\n\n" + MIDDLE
     + "Hope's plan to sell the building would be a costly mistake.", "oppose"),
    ("The mayor, Ana Ruiz, wants the city to plant trees along its bus routes.\n\n" + MIDDLE
     + "The mayor's tree scheme is a sensible use of the money.", "support"),
])
def test_the_authors_verdict_on_the_holders_course_named_by_its_owner(text, stance):
    held = held_stances(text)
    assert [side for _, side in held] == [stance], held


@pytest.mark.parametrize("text", [
    "Councillor Jane Hope wants the city to sell the library to a developer.\n\n" + MIDDLE
    + "The mayor's plan to keep it would be a costly mistake.",  # someone else's course
    "Councillor Jane Hope wants the city to sell the library to a developer.\n\n" + MIDDLE
    + '"Hope\'s plan would be a costly mistake," the mayor said.',
])
def test_no_side_from_a_verdict_on_someone_elses_course(text):
    held = [o for o in options(text) if o.positions and "library" in o.summary]
    assert held and all(o.stance is None for o in held), [(o.summary, o.stance) for o in held]


@pytest.mark.parametrize("text, stance", [
    ("The manufacturers have asked the government to introduce a deposit-return scheme for bottles.\n\n" + MIDDLE
     + "Parliament should legislate for a deposit this year.", "support"),
    ("The union wants the council to keep the bus service at night.\n\n" + MIDDLE + MIDDLE
     + "The council should scrap the bus service at night and spend the money on daytime routes.", "oppose"),
    # keeping a thing undoes taking it away: the author who would keep it opposes closing or selling it
    ("The mayor wants to close the swimming pool on Mill Street to save money.\n\n" + MIDDLE + MIDDLE
     + "The council should keep the swimming pool open.", "oppose"),
    ("Ministers want to sell the harbour to a hotel group.\n\n" + MIDDLE + MIDDLE + "Parliament must save the harbour.",
     "oppose"),
    ("The treasury wants to lift sanctions on the bank.\n\n" + MIDDLE + MIDDLE
     + "Washington should maintain sanctions on the bank.", "oppose"),
])
def test_the_authors_own_call_on_the_same_course_gives_the_side(text, stance):
    held = held_stances(text)
    assert [side for _, side in held] == [stance], held


def test_the_authors_call_before_the_conclusion_gives_no_side():
    text = ("The union wants the council to keep the bus service at night. The council should scrap the bus service "
            "at night.\n\n" + MIDDLE + MIDDLE + "The depot will close for repairs in June.")  # a news report's "author's"
    held = [o for o in options(text) if o.positions]  # call early on is mostly someone's words the attribution missed
    assert [o.stance for o in held] == [None], [(o.summary, o.stance) for o in held]


def test_the_authors_calls_that_disagree_give_no_side():
    text = ("The union wants the council to keep the bus service at night.\n\n" + MIDDLE + MIDDLE
            + "The council should scrap the bus service on Mondays. It should expand the bus service at weekends.")
    held = held_stances(text)
    assert [side for _, side in held] == [None], held


@pytest.mark.parametrize("text, stance", [
    ("Ministers want to sell off the state forests. The sale would raise a few million pounds. That would be a grave "
     "mistake.", "oppose"),
    ("The union wants the council to introduce a four-day week for its staff. Several councils in Scotland already run "
     "one. This is a sensible idea.", "support"),
    ("Ministers want to sell off the state forests. The sale would raise a few million pounds. That is why the "
     "treasury likes it.", None),  # an explanation, no verdict
    ("Ministers want to sell off the state forests. The sale would raise a few million pounds.\n\nThat would be a "
     "grave mistake.", None),  # another paragraph: the sentence rules' carry reaches only the very next sentence
])
def test_a_verdict_later_in_the_calls_paragraph(text, stance):
    held = held_stances(text)
    assert [side for _, side in held] == [stance], held


def test_a_paragraph_verdict_after_another_call_is_not_the_first_calls():
    text = ("Ministers want to sell off the state forests. The opposition wants to hand them to a trust. That would be "
            "a grave mistake.")
    forests = [side for summary, side in held_stances(text) if "sell" in summary.lower()]
    assert forests == [None]


@pytest.mark.parametrize("text", [
    "Ministers want to sell the forests to a timber company. Doing so would save the Treasury £2m a year.",
    "The council plans to close the bus depot on Mill Lane. The move would help balance the budget.",
    "The governor wants to raise the fuel tax by ten cents.\n\n" + MIDDLE
    + "The tax would boost road funding by a fifth.",
    "Several councillors want to ban e-scooters from the city centre.\n\n" + MIDDLE
    + "Banning them would protect pedestrians on the narrow pavements.",
])
def test_an_effect_foretold_after_a_reported_call_is_no_verdict(text):
    """'Doing so would save ...', 'The move would help balance the budget': the plan's case told, not the author's word
    (a news report goes on with its backers' figures; an editorial may concede a saving and still oppose)."""
    held = held_stances(text)
    assert held and all(side is None for _, side in held), held


@pytest.mark.parametrize("text, stance", [
    ("The council plans to close the bus depot on Mill Lane. The move is sensible: it would help balance the budget.",
     "support"),
    ("Ministers want to sell the forests to a timber company. Doing so would save a little and is foolish.",
     "oppose"),  # the effect no longer cancels the verdict
    ("Ministers want to sell the forests to a timber company. Doing so would be a grave mistake.", "oppose"),
])
def test_a_verdict_beside_an_effect_still_counts(text, stance):
    assert [side for _, side in held_stances(text)] == [stance]


@pytest.mark.parametrize("call, verdict, stance", [
    ("The union has demanded the closure of the depot.", "The closure would be a disaster.", "oppose"),
    ("Several councillors want to ban e-scooters from the city centre.", "The ban would be a mistake.", "oppose"),
    ("The council wants to close the library.", "Closing it would be a mistake.", "oppose"),
    ("Several councillors want to ban e-scooters from the city centre.", "But banning them is a reckless idea.",
     "oppose"),
])
def test_a_verdict_on_the_course_named_again_is_no_new_option(call, verdict, stance):
    """'The closure would be a disaster': the author's word on the course found before, not a course of its own."""
    found = options(call + "\n\n" + MIDDLE + verdict)
    assert [(bool(o.positions), o.stance) for o in found] == [(True, stance)], [(o.summary, o.stance) for o in found]


@pytest.mark.parametrize("text", [
    "The new tariffs would be a disaster for farmers.",  # named for the first time
    "The union has demanded the closure of the depot.\n\n" + MIDDLE + "The new tariffs would be a disaster for farmers.",
])
def test_a_definite_course_named_first_stays_an_option(text):
    assert any(not o.positions and o.stance == "oppose" for o in options(text))


def test_a_definite_course_as_an_object_is_still_a_position():
    text = ("Republican leaders want to reach a deal on the budget this month.\n\nMeanwhile, Clinton endorsed the "
            "bipartisan deal, although she has concerns.")
    assert [p.actor for o in options(text) for p in o.positions] == ["Republican leaders", "Clinton"]
