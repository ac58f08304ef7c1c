"""Forms of calls found on the options tuner's own fresh op-eds (tests/data/options, dev-4, ninth session): a
title as the doer ("the housing secretary should"), "go after", steps in a list ("First, pass ..."), a command
to the one addressed ("Minister, stop ..."), "Let NP do X", a negated "Why has X not done Y?", "Is it too much to
ask that X be given Y?", a named group's "want(s) to X" / "want(s) a X", "has offered to X". Each with cases that
must stay no option."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary", [
    ("The housing secretary should bring the bill back before the summer recess.", "Bring the bill back"),
    ("The foreign secretary must summon the ambassador.", "Summon the ambassador"),
    ("The Justice Department needs to go after the companies that sell the chemicals.",
     "Go after the companies that sell the chemicals"),
    ("First, pass a permitting bill that limits environmental reviews to two years.",
     "Pass a permitting bill that limits environmental reviews to two years"),
    ("Second, stop the agency's new rule before it closes more plants.", "Stop the agency's new rule"),
    ("Minister, stop bailing out Eskom without conditions.", "Stop bailing out Eskom without conditions"),
    ("Tie every rand of the next rescue to the sale of the oldest coal stations.",
     "Tie every rand of the next rescue to the sale of the oldest coal stations"),
    ("Let private generators sell their power directly to municipalities.",
     "Let private generators sell their power directly to municipalities"),
    ("Let Ukraine join NATO.", "Let Ukraine join NATO"),
    ("Why has the African Union not suspended the junta's membership?", "Suspend the junta's membership"),
    ("Why hasn't the government published the report?", "Publish the report"),
    ("Why won't Tokyo simply pay the compensation the victims ask for?", "Pay the compensation the victims ask"),
    ("Is it too much to ask that the Border Patrol be given the scanners it needs?",
     "Give the Border Patrol the scanners it needs"),
    ("Is it too much to expect the council to fix the roads before winter?", "Fix the roads"),
])
def test_the_author_calls_for_it(text: str, summary: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, o.positions) == (summary, "support", [])


@pytest.mark.parametrize("text, summary, holder", [
    ("The Greens want a ban on all new coal and gas projects.", "Impose a ban on all new coal and gas projects", "Greens"),
    ("Some conservatives want to go further and abolish the Department of Energy altogether.",
     "Abolish the Department of Energy altogether", "some conservatives"),
    ("Republicans want to repeal the health law.", "Repeal the health law", "Republican Party"),
    ("Mexico's president has offered to set up joint intelligence cells with the DEA.",
     "Set up joint intelligence cells with the DEA", "Mexico"),
])
def test_a_named_group_wants_it(text: str, summary: str, holder: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, None)
    assert [(p.actor, p.stance) for p in o.positions] == [(holder, "support")]


@pytest.mark.parametrize("text", [
    "Let the games begin.",
    "Let the record show that the minister was warned.",
    "Let me be clear.",
    "Let no one doubt our resolve.",
    "Why did the government raise taxes?",
    "Why has the government raised taxes?",
    "Why don't you call your mother more often?",
    "So why can't I say when world peace will begin?",
    "Why can't we shape the places that shape our lives?",
    "They want to win the election at any cost.",
    "People want to buy homes they can afford.",
    "Voters want a change of government.",
    "If, as she says, she does not want to endure the side effects of the treatment, that is her choice.",
    "CIA interrogation report: Democrats want to punish America, blame Bush.",
    "The children who want to learn music need teachers.",
])
def test_no_course_argued(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, stance", [
    ("The Business Council has urged Canberra to fast-track every new gas field in the Beetaloo Basin. That would lock "
     "in emissions for decades, and the government should reject it.", "oppose"),
    ("Mexico's president has offered to set up joint intelligence cells with the DEA. We should take her up on it.",
     "support"),
    ("Some Labour backbenchers want a cap on rent rises tied to inflation. The evidence for a cap is thin. Ministers are "
     "right to resist it for now.", "oppose"),
    ("Some conservatives want to abolish the Department of Energy. I understand the frustration, but that's not a "
     "serious plan.", "oppose"),
    ("The Greens want a ban on all new coal and gas projects. It is an understandable demand, but it ignores how much "
     "of the grid still depends on gas.", "oppose"),
    ("Democrats in Congress want to double federal funding for addiction treatment. On this, they are right.", "support"),
])
def test_the_authors_word_on_a_call_just_reported(text: str, stance: str) -> None:
    o = one_option(text)  # the command on it ("Reject it", "Take her up on it") is no option of its own
    assert o.stance == stance and len(o.positions) == 1 and o.positions[0].stance == "support"


def test_a_command_on_it_in_someone_elses_words_is_not_the_authors() -> None:
    found = options("The Business Council has urged Canberra to fast-track every new gas field in the Beetaloo Basin. "
                    "Critics say the government should reject it.")
    assert found[0].summary == "Fast-track every new gas field in the Beetaloo Basin" and found[0].stance is None


@pytest.mark.parametrize("text, expected", [
    ("The Centre would be well advised to raise the procurement of pulses instead, and to pay farmers a per-acre income "
     "support for diversifying.", [("Raise the procurement of pulses instead", "support"),
                                   ("Pay farmers a per-acre income support for diversifying", "support")]),
    ("The answer is to back the case at the International Court of Justice, and to support universal jurisdiction cases "
     "in national courts.", [("Back the case at the International Court of Justice", "support"),
                             ("Support universal jurisdiction cases in national courts", "support")]),
    ("The state should fund drug treatment rather than build more prisons.",
     [("Fund drug treatment", "support"), ("Build more prisons", "oppose")]),
    ("Thames Water should be placed in special administration rather than rescued with another round of public guarantees.",
     [("Place Thames Water in special administration", "support"),
      ("Rescue Thames Water with another round of public guarantees", "oppose")]),
    ("The city should expand the bus network instead of widening the ring road.",
     [("Expand the bus network", "support"), ("Widen the ring road", "oppose")]),
])
def test_a_second_course_joined_to_the_first(text: str, expected: list[tuple[str, str]]) -> None:
    found = options(text)
    assert [(o.summary, o.stance) for o in found] == expected
    assert found[1].start > found[0].start  # the joined course cites its own clause


@pytest.mark.parametrize("text", [
    "Centring the victims, instead of villains, would mitigate the backlash considerably.",
    "Ministers should give money to schools and to hospitals.",
    "The council should repair the old bridge rather than the new one.",
])
def test_no_second_course(text: str) -> None:
    assert len(options(text)) <= 1


@pytest.mark.parametrize("text, summary, stance, holder", [
    ("Campaigners want the whole industry brought back into public ownership.",
     "Bring the whole industry back into public ownership", None, "campaigners"),
    ("What would make a difference is a ban on bonuses for the bosses of polluting companies.",
     "Impose a ban on bonuses for the bosses of polluting companies", "support", None),
    ("There is a case for slowing the growth of student permits, as long as colleges are given time to adjust.",
     "Slow the growth of student permits", "conditional", None),
    ("So, Mr. President, hire five hundred more immigration judges and give them the staff they need.",
     "Hire five hundred more immigration judges and give them the staff they need", "support", None),
])
def test_more_fresh_forms(text: str, summary: str, stance: str | None, holder: str | None) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, stance)
    assert [p.actor for p in o.positions] == ([holder] if holder else [])


@pytest.mark.parametrize("text", ["Nobody should pretend that this will be painless.",
                                  "Her parents want the truth known.",
                                  "There is a case for saying that the reforms went too far."])
def test_still_no_course(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, stance", [
    ("Campaigners want the whole industry brought back into public ownership. But buying out the companies would cost "
     "tens of billions of pounds.", "oppose"),
    ("Some economists argue that Ottawa should cut the number of temporary residents sharply. However, that would do "
     "little to fix the shortage.", "oppose"),
    ("Campaigners want the whole industry brought back into public ownership. But the minister said the cost was too high.",
     None),  # the rebuttal is someone else's
    ("Campaigners want the whole industry brought back into public ownership. But the idea is popular.", None),
])
def test_a_rebuttal_opening_the_next_sentence(text: str, stance: str | None) -> None:
    assert options(text)[0].stance == stance


@pytest.mark.parametrize("text, stance", [
    ("Some Israeli ministers want reconstruction tied to the disarmament of every armed group first. It is an impossible "
     "condition, and they know it.", "oppose"),
    ("The unions want every plant kept in public hands whatever the cost. That is a position the country can no longer "
     "afford.", "oppose"),
    ("The teachers' unions want to cap the number of charter schools. They have every right to lobby. But their members' "
     "job security should not come before a child's chance to learn to read.", "oppose"),
    ("The Conservatives want to let patients go private at the taxpayer's expense. I understand the appeal. But it would "
     "pull surgeons out of the NHS.", "oppose"),
    ("The teachers' unions want to cap the number of charter schools. They have every right to lobby.", None),
])
def test_the_authors_word_on_a_named_groups_wish(text: str, stance: str | None) -> None:
    o = options(text)[0]
    assert o.stance == stance and o.positions[0].stance == "support"


@pytest.mark.parametrize("text, summary", [
    ("Some Israeli ministers want reconstruction tied to the disarmament of every armed group first.",
     "Tie reconstruction to the disarmament of every armed group"),
    ("The unions want every plant kept in public hands.", "Keep every plant in public hands"),
])
def test_a_named_group_wants_it_done(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


def test_a_command_to_those_addressed_after_a_colon() -> None:
    o = one_option("To every governor reading this: sign a school choice bill this year.")
    assert (o.summary, o.stance) == ("Sign a school choice bill this year", "support")


def test_a_rhetorical_question_about_anyones_lot_is_no_course() -> None:
    assert options("Why should a child born in one neighborhood be stuck in a failing school?") == []


@pytest.mark.parametrize("text, summary, holder, stance", [
    # (an appeal the speaker's office will bring is an act it decides alone: no option, test_options_own_acts.py)
    ("The law's sponsor, Jack Johnson, said he would introduce a narrower version in the next session if the appeal failed.",
     "Introduce a narrower version in the next session", "Jack Johnson", "conditional"),
    ("Friedrich Merz said his party would not govern with the AfD under any circumstances.",
     "Govern with the AfD under any circumstances", "Friedrich Merz", "oppose"),
])
def test_a_plan_the_speaker_announces_for_itself(text: str, summary: str, holder: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) == (summary, None, [(holder, stance)])


@pytest.mark.parametrize("text", ["Analysts said the bank would raise rates in June.",
                                  "The industry group said it would cost employers $2 billion a year.",
                                  "She said she would be happy to help.",
                                  "Officials said they would continue to monitor the situation.",
                                  "Thursday afternoon, Paramount announced that they would not publicly screen the movie.",
                                  "Should Washington drop its ambiguity? It is a hard question.",
                                  "The inscription was added to the flag, and the president promised that he would free "
                                  "Jerusalem."])
def test_no_plan_announced_and_no_answer(text: str) -> None:
    assert options(text) == []


def test_a_question_answered_with_only_if_is_conditional() -> None:
    o = one_option("Should Washington also drop its long-standing ambiguity and promise to defend Taiwan? Only if "
                   "Taiwan's own forces are ready to hold out on their own.")
    assert o.stance == "conditional"


def test_what_a_condition_asks_for_is_no_course_of_its_own() -> None:
    o = one_option("Parliament should pass the assisted dying bill, provided that the safeguards in it are kept: two "
                   "doctors and a judge must sign off on every case.")
    assert (o.summary, o.stance) == ("Pass the assisted dying bill", "conditional")


def test_a_provocative_course() -> None:
    o = options("Some members of Congress want to station American combat troops on the island. That would be "
                "provocative for little military gain.")[0]
    assert o.stance == "oppose"


@pytest.mark.parametrize("text, expected", [
    ("Colombo should introduce a wealth tax on the largest landholdings and close the exemptions that let companies pay "
     "almost nothing.", ["Introduce a wealth tax on the largest landholdings",
                         "Close the exemptions that let companies pay almost nothing"]),
    ("Ministers must ban the chemical and compensate the farmers who used it.",
     ["Ban the chemical", "Compensate the farmers who used it"]),
    ("The government should sit down and talk with the unions.", ["Sit down and talk with the unions"]),
    ("The council should repair the roads and pavements in the town centre.",
     ["Repair the roads and pavements in the town centre"]),
])
def test_measures_joined_by_and(text: str, expected: list[str]) -> None:
    assert [o.summary for o in options(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a list of measures, the items after commas, "and", a semicolon: one option per measure
    ("Congress should repeal the tax, expand the credit and cut the rate.",
     ["Repeal the tax", "Expand the credit", "Cut the rate"]),
    ("The EU must impose sanctions on Moscow, freeze its assets, and expel its diplomats.",
     ["Impose sanctions on Moscow", "Freeze its assets", "Expel its diplomats"]),
    ("Labour wants to fix traditional schools, pay good teachers a bonus and expand vocational education.",
     ["Fix traditional schools", "Pay good teachers a bonus", "Expand vocational education"]),
    # gerunds after a gerund, past a relative clause, and a bare verb after a semicolon
    ("Government can help by reforming the tax code, which punishes marriage, and increasing the allowance for "
     "children; allow tuition to be deductible.",
     ["Reform the tax code", "Increase the allowance for children", "Allow tuition to be deductible"]),
    # the same with two spaces after the semicolon (the item was lost: its verb was looked for one space after it)
    ("Government can help by reforming the tax code, which punishes marriage, and increasing the allowance for "
     "children;  allow tuition to be deductible.",
     ["Reform the tax code", "Increase the allowance for children", "Allow tuition to be deductible"]),
    ("The Commerce Department should enforce the law as written and require Apple to remove the app.",
     ["Enforce the law as written", "Require Apple to remove the app"]),
])
def test_list_of_measures(text: str, expected: list[str]) -> None:
    found = options(text)
    assert [o.summary for o in found] == expected
    assert len({(o.start, o.end) for o in found}) == len(found)  # each measure its own evidence


@pytest.mark.parametrize("text, expected", [
    # not a list item: a verb of a relative clause, a means ("by raising X and cutting Y"), a bare verb after a gerund
    ("The council should fund more buses by raising parking charges and cutting the road budget.",
     ["Fund more buses by raising parking charges and cutting the road budget"]),
    ("The city should stop selling parks and land to developers.", ["Stop selling parks and land to developers"]),
])
def test_no_list_item(text: str, expected: list[str]) -> None:
    assert [o.summary for o in options(text)] == expected


def test_no_list_item_in_a_relative_clause() -> None:
    found = options("Congress needs to pass the budget, not become a distraction that will hurt the party and increase the "
                    "deficit.")
    assert found and not [o.summary for o in found if o.summary.startswith("Increase")]


def test_a_call_nobody_makes() -> None:
    assert options("Nobody is suggesting that every council must adopt it.") == []


@pytest.mark.parametrize("text, summary", [
    ("Government can make this easier by reforming the tax code to remove the marriage penalty.",
     "Reform the tax code to remove the marriage penalty"),
    ("Washington can help by lifting the sanctions on Cuba.", "Lift the sanctions on Cuba"),
])
def test_a_course_as_the_means_a_body_can_use(text: str, summary: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, "support")


@pytest.mark.parametrize("text", ["You can make life easier by using a calendar app.",
                                  "The storm can help by clearing the air."])
def test_no_means_of_a_body(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary, holder", [
    ("Many Republicans are opposed to a new gas tax.", "Impose a new gas tax", "many Republicans"),
])
def test_a_group_opposed_to_a_measure(text: str, summary: str, holder: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) == (summary, None, [(holder, "oppose")])


@pytest.mark.parametrize("text", ["The party is opposed to the idea.", "He was opposed to a degree in law."])
def test_opposed_to_no_measure(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, expected", [
    ("I would ask the district council to require dogs on leads in the reserve.",
     [("Require dogs on leads in the reserve", "support", [])]),
    ("The union is seeking a ban on zero-hours contracts.",
     [("Impose a ban on zero-hours contracts", None, [("the union", "support")])]),
    ("The government has promised a review of fares.", [("Hold a review of fares", None, [("the government", "support")])]),
    ("But the answer is not to keep royalties low forever. It is to set a royalty that rises with the copper price.",
     [("Keep royalties low forever", "oppose", []), ("Set a royalty that rises with the copper price", "support", [])]),
    ("Ministers should scrap the distinction between peak and off-peak fares, as Scotland did last year, and cap the "
     "price of a walk-up return.", [("Scrap the distinction between peak and off-peak fares", "support", []),
                                    ("Cap the price of a walk-up return", "support", [])]),
    ("Some in Manila argue that the country should withdraw the marines. That would be a gift to Beijing.",
     [("Withdraw the marines", "oppose", [("some in Manila", "support")])]),
])
def test_the_ninth_batch_forms(text: str, expected: list) -> None:
    assert [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)] == expected


@pytest.mark.parametrize("text", ["I would ask you to be patient.", "It is to his credit that he resigned.",
                                  "He is seeking a new job."])
def test_the_ninth_batch_negatives(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text", [
    "Asked why he trailed, Senator Sanders said he would gain ground once voters knew his record.",
    "Voters who said they would vote in the Democratic primary were asked again.",
    "The court has ruled only on filings by states that want to implement their laws.",
    "“We want to make sure that anybody who has been part of this campaign is heard,” he said.",
])
def test_news_forms_that_are_no_plan(text: str) -> None:
    assert options(text) == []
