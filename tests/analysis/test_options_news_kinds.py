"""Kinds of wrong option found in news reports (the news-s13 batch of tests/data/options and the tuned PolNeAR
reports), each a general form with near misses that stay options.

An outcome or a finding is no doer: its "should" foretells (lexicon.NON_AGENTS): "Cruz's victory should give him
momentum", "These results should cause us to rethink"; a measure or a group as the subject stays a course, and so does
a passive ("The results should be published")."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "\"Cruz's victory should give him momentum, establishing him as the conservative alternative to Trump,\" says "
    "Stu Rothenberg.",
    "\"These results should cause us to rethink the short- and medium-run gains from trade,\" the economist said.",
    "\"These poll numbers should put to rest the notion that Millennials are unaware of the race,\" he said.",
    "Analysts said the strong turnout should help the governor in the next round.",
    "The outcome must strengthen the prime minister's hand in the talks.",
])
def test_an_outcome_is_no_doer(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The bill should include a sunset clause, the senator said.", "A sunset clause"),
    ("Those who lose the vote should concede the seat to the challenger.", "Concede the seat to the challenger"),
    ("The poll results should be published in full, the union said.", "Publish the poll results in full"),
])
def test_a_doer_or_a_passive_stays(text: str, summary: str) -> None:
    assert one_option(text).summary.lower() == summary.lower()


# A goal named by the harm it would end, with no means, is a vague wish (heads.HARM_HEADS with GOAL_VERBS; "act to",
# "take action to" read through to the course; "these kinds of events" is the events); a means or a concrete object
# stays a course.
@pytest.mark.parametrize("text", [
    "Obama said the United States must act to control gun violence and fight what he called homegrown terrorism.",
    "\"We're going to have to do more to prevent these kinds of events from occurring,\" Obama told reporters.",
    "\"This epidemic must stop,\" Cacheris said.",
    "We must take action to stop gun violence now.",
    "The mayor said the city needs to tackle violent crime.",
])
def test_a_harm_to_end_with_no_means_is_vague(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("Congress must act to ban assault weapons.", "Ban assault weapons"),
    ("The senator said Congress should take urgent action to expand background checks.", "Expand background checks"),
    ("Muslim leaders should denounce terrorism, the minister said.", "Denounce terrorism"),
    ("The city should tackle crime by hiring more police officers.", "Tackle crime by hiring more police officers"),
    ("The government must prevent these kinds of weapons from reaching the rebels.",
     "Prevent these kinds of weapons from reaching the rebels"),
])
def test_a_means_or_an_object_stays(text: str, summary: str) -> None:
    assert one_option(text).summary.lower() == summary.lower()


# A course read inside a relative clause ends where the outer clause's verb comes (phrases.action_end): "people who
# unequivocally endorsed the plan sounded equivocal" was "Adopt the plan sounded equivocal".
@pytest.mark.parametrize("text", [
    "Even people who unequivocally endorsed the plan sounded equivocal: Jane Harman called it the least bad option.",
    "But, so far, only two Democrats, both of whom opposed the Iran deal, are backing the measure.",
    "The campaign said Trump meant people who support the Second Amendment are unified and will vote together.",
    "It's only been recently that Trump and Cruz, who has openly opposed ground troops, have taken a tougher stance.",
])
def test_a_relative_clause_ends_at_the_outer_verb(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("Republicans who agree that the prison should be closed were irritated about the lack of detail.", "Close the prison"),
    ("Voters who want Congress to ban assault weapons are angry.", "Ban assault weapons"),
    ("Senators who want the agency to scrap the rules that are hurting farmers have written to the minister.",
     "Scrap the rules that are hurting farmers"),
])
def test_the_course_in_a_relative_clause_keeps_its_own_words(text: str, summary: str) -> None:
    assert one_option(text).summary.lower() == summary.lower()


# "urged X to" dated last month or last year is a past call, as "called for" already was (calls.py); "last week" is
# still held.
@pytest.mark.parametrize("text", [
    "Harman urged Obama last year not to close the prison until there was a way to house the detainees.",
    "The IMF last month urged Athens to cut pensions further.",
    "In 2009 the senators asked the president to release the memos.",
])
def test_a_call_dated_in_the_past_is_history(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The union last week urged ministers to scrap the tax.", "Scrap the tax"),
    ("The mayor urged the council to reopen the library.", "Reopen the library"),
])
def test_a_call_of_last_week_or_undated_stays(text: str, summary: str) -> None:
    assert one_option(text).summary.lower() == summary.lower()


# A call verb in a hyphened adjective ("Democratic-backed", "GOP-backed", "Republican-backed") names whose the measures
# are; it is no call of the author's (calls.CALL_FOR_RE); the verb on its own still is one.
@pytest.mark.parametrize("text", [
    "Republicans have blocked a number of Democratic-backed gun control measures over the years, saying they infringe "
    "on the right to bear arms.",
    "A Democratic president will spend much of the next four years stopping a lot of GOP-backed legislation from "
    "becoming law.",
    "Democrats cited several factors for the low turnout, including Republican-backed laws that have raised new "
    "barriers to voting.",
])
def test_a_hyphened_backer_is_no_call(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


def test_the_backer_as_a_verb_still_calls() -> None:
    assert one_option("Senate Democrats have backed a ban on assault weapons.").summary == "Impose a ban on assault weapons"


# Bracing or preparing for how things may turn out names no act (lexicon.DO_VAGUE_RE); preparing for a named thing
# by a named means stays a course.
@pytest.mark.parametrize("text", [
    "Asked about Trump reshaping the map, Reid said the party should brace for how unpredictable this election could be.",
    "Ministers must prepare themselves for whatever comes after the vote.",
    "The party needs to get ready for what the autumn will bring.",
])
def test_bracing_for_how_it_turns_out_is_vague(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


def test_preparing_by_a_named_means_stays() -> None:
    assert one_option("The city should prepare for the floods by raising the levees.").summary.lower().startswith("prepare")


# "Everything / Something / Nothing ..." before a verdict is no gerund ("Everything we're doing is wrong" gave
# '"everyth we're doing"': verdict_subject.subject_hit); a gerund subject still is one.
@pytest.mark.parametrize("text", [
    "\"Everything we're doing is wrong,\" Trump told a caucus meeting.",
    "Something the council is doing would be a mistake, she said.",
    "Nothing the ministers have tried is working.",
])
def test_a_thing_word_is_no_gerund(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


def test_a_gerund_subject_still_is_judged() -> None:
    option = one_option("Arming the rebels would be a mistake.")
    assert (option.summary, option.stance) == ("Arm the rebels", "oppose")


# "X backed / supports / welcomed Y" is X's position, not the author's (attribute.CALL_VERB_RE reads the subject as
# the holder, as for "proposed", "called for"); the author's own "We support" / "I back" stays the author's.
@pytest.mark.parametrize("text, holder", [
    ("Clinton backed a ban on assault weapons.", "Clinton"),
    ("Senate Democrats have backed a ban on assault weapons.", "Democratic Party"),
    ("Sanders supports raising the minimum wage to $15 by 2020.", "Sanders"),
    ("The council welcomed the plan to reopen the library.", "the council"),
])
def test_a_backer_holds_the_course(text: str, holder: str) -> None:
    option = one_option(text)
    assert option.stance is None and [(p.actor, p.stance) for p in option.positions] == [(holder, "support")]


@pytest.mark.parametrize("text", ["We support a ban on assault weapons.", "I back the plan to widen the road."])
def test_the_authors_own_backing_stays_the_authors(text: str) -> None:
    option = one_option(text)
    assert option.stance == "support" and option.positions == []


# A pronoun subject with its auxiliary contracted onto it is the pronoun ("He's called for X": attribute
# PRONOUN_CONTRACTION_RE); before, the holder was lost or became "They've".
@pytest.mark.parametrize("text", [
    "Ted Cruz spoke in Iowa on Monday. He's supported a massive expansion of the visa program.",
    "Ted Cruz spoke in Iowa on Monday. He\u2019s called for a massive expansion of the visa program.",
    "Ted Cruz spoke in Iowa on Monday. He's also called for a massive expansion of the visa program.",  # an adverb
    "Ted Cruz spoke in Iowa on Monday. He's long supported a massive expansion of the visa program.",  # after it
])
def test_a_contracted_pronoun_subject_holds_the_course(text: str) -> None:
    option = one_option(text)
    assert option.stance is None and [(p.actor, p.stance) for p in option.positions] == [("Ted Cruz", "support")]


# Backing away, down, off or out of a course is a retreat, no backing (CALL_FOR_RE): it gave the backer's support of
# "Impose away from a ban on assault weapons".
@pytest.mark.parametrize("text", [
    "Hillary Clinton spoke in Iowa. Clinton backed away from a ban on assault weapons.",
    "Hillary Clinton spoke in Iowa. Clinton backed down on a ban on assault weapons.",
    "Hillary Clinton spoke in Iowa. Clinton has backed off her call for a ban on assault weapons.",
    "Hillary Clinton spoke in Iowa. Clinton backed out of the deal to ban assault weapons.",
])
def test_backing_away_from_a_course_is_no_backing(text: str) -> None:
    assert not any(p.stance == "support" for o in options(text) for p in o.positions), \
        [(o.summary, o.positions) for o in options(text)]


def test_backing_a_course_still_holds_it() -> None:
    option = one_option("Hillary Clinton spoke in Iowa. Clinton backed a ban on assault weapons.")
    assert [(p.actor, p.stance) for p in option.positions] == [("Hillary Clinton", "support")]


# A reported belief's holder: "agree that" is a cue as "believe that", "insist that" and "are convinced that" already
# were (lexicon.REPORT_CUE_RE), so "Republicans who agree that the prison should be closed" is the Republicans'
# position, not the author's support; the author's own "We agree that" stays the author's, and "agreement" is no cue.
@pytest.mark.parametrize("text, holder", [
    ("Republicans who agree that the prison should be closed were irritated about the lack of detail.", "Republicans"),
    ("Most economists agree that the government should raise the tax on sugary drinks.", "most economists"),
    ("The unions agreed that the council must keep the library open.", "the unions"),
    ("The mayor agrees that the city should ban cars from the centre.", "the mayor"),
    ("Republicans who believe that the prison should be closed were irritated.", "Republicans"),
    ("Many Democrats are convinced that the tax should be scrapped.", "many Democrats"),
    ("The unions insist that the plant must stay open.", "the unions"),
])
def test_a_reported_belief_is_its_holders_position(text: str, holder: str) -> None:
    option = one_option(text)
    assert option.stance is None and [(p.actor, p.stance) for p in option.positions] == [(holder, "support")], \
        (option.stance, option.positions)


@pytest.mark.parametrize("text", [
    "We agree that the government should raise the tax on sugary drinks.",
    "I agree that the council must keep the library open.",
])
def test_the_authors_own_agreement_stays_the_authors(text: str) -> None:
    option = one_option(text)
    assert option.stance == "support" and option.positions == []


# "called for" a thing to do something alone ("the library to reopen", "the plant to stay open", "the retirement age
# to rise to 67") is a call to act on the thing, read as a modal's subject would be (calls._thing_for, modal_shape.shape;
# reopen / close / shut / resume take what they act on as subject: modal_shape.ERGATIVE_VERBS); before, no option.
@pytest.mark.parametrize("text, summary", [
    ("Hale called for the library to reopen.", "Reopen the library"),
    ("The union is calling for the plant to stay open.", "Keep the plant open"),
    ("Residents have called for the mine to close.", "Close the mine"),
    ("The unions called for the retirement age to fall to 60.", "Lower the retirement age to 60"),
])
def test_a_call_for_a_thing_to_act_is_a_course_done_to_it(text: str, summary: str) -> None:
    option = one_option(text)
    assert option.summary.lower() == summary.lower() and option.stance is None and len(option.positions) == 1, \
        (option.summary, option.stance, option.positions)


@pytest.mark.parametrize("text", [
    "Critics called for an end to the war in Yemen.",  # a measure, CALL_FOR_RE's as before
    "Hale called for the library to be a place of quiet.",  # no course
])
def test_a_call_for_a_thing_gives_no_garbled_course(text: str) -> None:
    assert not any(o.summary.lower().startswith(("reopen", "keep", "be ", "close")) for o in options(text)), \
        [(o.summary, o.stance) for o in options(text)]


# The same for wanting a thing to act alone (calls._thing_hit after "want" / "would like", when the plain reading of
# the infinitive gives no course): "wants the library to reopen", "does not want the library to close" (opposed).
@pytest.mark.parametrize("text, summary, stance", [
    ("Hale wants the library to reopen.", "Reopen the library", "support"),
    ("Residents would like the plant to stay open.", "Keep the plant open", "support"),
    ("The mayor does not want the library to close.", "Close the library", "oppose"),
])
def test_wanting_a_thing_to_act_is_a_course_done_to_it(text: str, summary: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary.lower() == summary.lower() and [p.stance for p in option.positions] == [stance], \
        (option.summary, option.positions)


def test_wanting_a_thing_to_be_so_is_no_course() -> None:
    assert options("The council wants the economy to grow.") == []


# A body asked to close, reopen, shut or resume with nothing after the verb is what the course is done to, whether or
# not it can act ("called for the embassy to close": close the embassy; the plain reading gave no course).
@pytest.mark.parametrize("text, summary, stance", [
    ("Hale called for the embassy to close.", "Close the embassy", "support"),
    ("Hale called for the embassy to close, officials said.", "Close the embassy", "support"),
    ("The senators urged the ministry to reopen.", "Reopen the ministry", "support"),
    ("The mayor does not want the embassy to close.", "Close the embassy", "oppose"),
])
def test_a_body_asked_to_close_is_closed(text: str, summary: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary.lower() == summary.lower() and [p.stance for p in option.positions] == [stance], \
        (option.summary, option.positions)


def test_a_body_asked_to_close_something_closes_it() -> None:
    assert one_option("Hale urged the council to close the library.").summary == "Close the library"
