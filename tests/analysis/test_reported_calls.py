"""Reported speech by calls, nouns and other verbs: "X called for ...", "X called Y “Z”", "his claim
that ...", "promised to ...", headline verbs; and verbs that are no speech in their sentence."""
from __future__ import annotations

import pytest

from briefing_app.analysis import pipeline
from tests.analysis.reported_helpers import trace


def test_headline_with_the_speaker_after_the_content() -> None:
    got = trace("Donald Trump Is Like A Lawyer’s Dumbest Client Ever, Trevor Noah Says.")
    assert got == [("headline-says", "Donald Trump Is Like A Lawyer’s Dumbest Client Ever", "Trevor Noah")]


def test_what_a_named_speaker_called_is_a_quotation_of_theirs() -> None:
    """'under what Mr. Hedge called ''the prior economy model''': the quoted name is Hedge's words, one
    direct quote and no duplicate reported speech over the same words."""
    quotes = pipeline.analyse("In 2009, under what Mr. Hedge called ''the prior economy model,'' the club was sold.").quotes
    assert [(q.kind, q.text, q.mention.text if q.mention else None) for q in quotes] == [
        ("direct", "the prior economy model,", "Mr. Hedge")]


def test_called_an_object_a_quoted_name() -> None:
    """'He called anti-Trump protestors “illegals”': an object that CALL_OBJ_RE does not know, then a quotation."""
    got = trace("He called anti-Trump protestors “illegals” and “thugs” without proof.")
    assert got == [("calls", "anti-Trump protestors “illegals” and “thugs” without proof", "He")]


def test_headline_verbs_beyond_says() -> None:
    got = trace("Sanders Told A Female Reporter Not To Moan About Hillary Clinton")
    assert got == [("headline-says", "A Female Reporter Not To Moan About Hillary Clinton", "Sanders")]


def test_promises_to() -> None:
    """'X promised to ...', '..., vowing to ...': the to-infinitive is the content, with 'to'."""
    got = trace("Sanders promised Monday to begin taking executive action on immigration reform.")
    assert got == [("promises", "to begin taking executive action on immigration reform", "Sanders")]
    got = trace("He insulted Mexican immigrants, calling them rapists and vowing to make Mexico pay for a wall.")
    assert ("promises", "to make Mexico pay for a wall", "He") in got
    assert trace("The promise of better jobs drew voters to the rally.") == []


def test_a_promise_coordinated_with_an_earlier_verb_is_its_subjects() -> None:
    """'Lee opened the hall and promised to ...': the verb has no subject of its own; the clause's subject made the
    promise (before, the content had no source)."""
    got = trace("Mayor Ines Lindqvist opened the new depot and promised to hire forty drivers by spring.")
    assert got == [("promises", "to hire forty drivers by spring", "Mayor Ines Lindqvist")]
    got = trace("The council chair spoke for an hour, and then vowed to block the levy in the next session.")
    assert got == [("promises", "to block the levy in the next session", "The council chair")]
    assert trace("The storm hit the coast and threatened to flood the harbour town.") == []
    # after a quoted phrase closing the first verb's object
    got = trace("Ms. Okafor called the levy “a tax on drivers” and vowed to repeal it within the year.")
    assert ("promises", "to repeal it within the year", "Ms. Okafor") in got


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    # a gerund after "and"/"by" is the main clause's subject's; one name right before a gerund is its subject
    ("Sanders answered by focusing on the problems and calling for a political revolution to address them.",
     "a political revolution to address them", "Sanders"),
    ("The difference is the approach, with Trump calling for a ban on non-citizen Muslims entering the country.",
     "a ban on non-citizen Muslims entering the country", "Trump"),
    # an indefinite subject speaks after an auxiliary or when it is three words or more
    ("Trump called the system rigged, and a few Republican lawmakers have called for a special prosecutor.",
     "a special prosecutor", "a few Republican lawmakers"),
])
def test_calls_by_gerunds_and_indefinite_subjects(sentence: str, content: str, mention: str) -> None:
    assert ("calls", content, mention) in trace(sentence)


def test_a_noun_compound_call_is_no_cue() -> None:
    """'as a wake-up call for the American people': a noun, its determiner two words back."""
    assert not [t for r, t, _ in trace("Citing the attack as a wake-up call for the American people, Will wrote "
                                       "a column.") if r == "calls"]


def test_noun_cues_with_adjectives_and_a_time_before_that() -> None:
    got = trace("Trump's recent evidence-free assertion that thousands of people celebrated was false.")
    assert got and got[0][0] == "noun-cues" and got[0][2] == "Trump"
    got = trace("She came under fire over her assertion during the debate that we are where we need to be.")
    assert ("noun-cues", "we are where we need to be", "her") in got
    # a comma inside the closing marks ends the noun's content: the quotation is a direct quote of its own
    got = trace("He was challenged over his statement on Wednesday that ''Islam hates us,'' but he kept calm.")
    assert not [t for _, t, _ in got if "kept calm" in t]


def test_a_case_that_could_is_a_relative_clause() -> None:
    assert not [r for r, _, _ in trace("The court has a case that could decide the issue.") if r == "made-arguments"]


def test_responded_that_is_a_speech_verb_but_answered_that_question_is_not() -> None:
    assert ("complement", "Trump had been ridiculing people the entire campaign", "Rubio") in trace(
        "Rubio responded that Trump had been ridiculing people the entire campaign.")
    assert not trace("How he answers that question will have a direct bearing on the race.")


@pytest.mark.parametrize("sentence", [
    "The investments make up only a tiny fraction of Trump’s reported net worth, and a comparison shows little.",
    "So Labor Secretary Thomas Perez stopped writing his speech, packed up his papers and moved to the back.",
    "The findings underscore an increasingly bitter divide in American politics.",
    "He faced allegations that he assaulted a former aide, which he has denied and which she later backed away from.",
])
def test_verbs_that_are_no_speech_here(sentence: str) -> None:
    """An adjective after a possessive or a preposition, a gerund with an object, 'underscore' with a noun
    phrase, and a verb followed by 'and' take no content."""
    assert not trace(sentence)


def test_a_coordinated_call_or_description_takes_the_clause_subject() -> None:
    got = trace("But the former president showed restraint Monday and described his outburst as the emotions of a "
                "worried spouse.")
    assert ("calls", "his outburst as the emotions of a worried spouse", "the former president") in got


def test_a_passive_announcement_is_no_cue() -> None:
    assert not [r for r, _, _ in trace("Aides cheered as she was announced the winner of the race.")
                if r == "announcements"]


def test_reported_figures_are_an_announcement() -> None:
    assert ("announcements", "raising and spending about $9 million during the month", "Mr. Trump") in trace(
        "Mr. Trump reported raising and spending about $9 million during the month.")
    assert not [r for r, _, _ in trace("The paper reported seeing the letter in the archive.") if r == "announcements"]


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    # the characterisation ends where the call does ("before explaining ...", ", and said ...")
    ("Sanders called her fallen son her hero before explaining why she forgave Roof.", "her fallen son her hero",
     "Sanders"),
    ("He called the actions lawful, and said there was no attempt to hide them.", "the actions lawful", "He"),
    # a participle after a quotation and its speaker, or after a quoted title's comma
    ("“I would do it,” Mr. Axelrod said, calling the Fox News chief ''brilliant.''",
     "the Fox News chief ''brilliant.''", "Mr. Axelrod"),
    ("Lerner trashed Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer” to prosecute.",
     "it a “no-brainer” to prosecute", "Lerner"),
    # a gerund after a name and an adverb, after "by" with a quoted name, after a statement
    ("The two played nice, with Cruz repeatedly calling Trump his friend, meeting with him in July.",
     "Trump his friend", "Cruz"),
    ("Hours later, she issued a statement calling on the United States to redouble its efforts.",
     "the United States to redouble its efforts", "she"),
    # "this" as the object, "again" before "for"
    ("The Cruz campaign calls this a false narrative.", "this a false narrative", "The Cruz campaign"),
    ("Trump called again for President Obama to resign.", "President Obama to resign", "Trump"),
])
def test_more_calls(sentence: str, content: str, mention: str) -> None:
    assert ("calls", content, mention) in trace(sentence), trace(sentence)


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    ("Trump Calls On Obama To Resign", "Obama To Resign", "Trump"),
    ("Pence Announces Plans He And Trump Have Made For Releasing Tax Returns",
     "Plans He And Trump Have Made For Releasing Tax Returns", "Pence"),
    ("Bernie Sanders Promises Action On Immigration In First 100 Days", "Action On Immigration In First 100 Days",
     "Bernie Sanders"),
])
def test_headline_verbs_of_speech(sentence: str, content: str, mention: str) -> None:
    assert ("headline-says", content, mention) in trace(sentence), trace(sentence)


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    ("Sanders's argument on Sunday was that superdelegates should switch their allegiance to him.",
     "superdelegates should switch their allegiance to him", "Sanders"),
    ("Rubio’s response was that it is unfair for the tax code to allow such write-offs.",
     "it is unfair for the tax code to allow such write-offs", "Rubio"),
])
def test_a_noun_of_speech_that_was_a_clause(sentence: str, content: str, mention: str) -> None:
    assert ("noun-cues", content, mention) in trace(sentence), trace(sentence)


def test_a_view_is_a_belief_not_words() -> None:
    assert trace("Clinton's view is that the deal must be enforced strictly.") == []


def test_a_call_after_but_or_a_semicolon_and_takes_the_clause_subject() -> None:
    got = trace("Bush referred to Rubio as a charismatic leader but described his leadership skills as a “work in "
                "progress.”")
    assert ("calls", "his leadership skills as a “work in progress.”", "Bush") in got
    got = trace("He praised Saddam Hussein as an effective fighter of terrorism; and declared that torture ''works.''")
    assert ("complement", "torture ''works.''", "He") in got


@pytest.mark.parametrize("text", [
    "He and his two older sisters joined a resistance movement called the Ethiopian People's Revolutionary Party.",
    'Both candidates oppose an inflation formula called the "chained CPI" that would lower monthly payments.',
    "The campaign hired a consulting firm called Cambridge Analytica last summer.",
])
def test_called_after_the_object_of_another_verb_names_it(text: str) -> None:
    assert [r for r in trace(text) if r[0] == "calls"] == []


@pytest.mark.parametrize("text, content", [
    ('The governor of the state called the bill "a disaster."', 'the bill "a disaster."'),
    ("Voters who attended the caucuses called themselves very conservative.", "themselves very conservative"),
    ('Sen. Ted Cruz, also a GOP presidential hopeful, called the KKK "abhorrent."', 'the KKK "abhorrent."'),
])
def test_a_call_after_a_subject_with_a_noun_phrase_inside_is_still_one(text: str, content: str) -> None:
    assert [c for r, c, _ in trace(text) if r == "calls"] == [content]
