"""The subject of a course reported after a verb of saying ("X said pensions should be cut") is the reported clause's,
never the reporting clause's: no "Cut Macron said pensions" (issue 14, the sixteenth session's reproducers)."""
import pytest

from briefing_app.analysis.options.modals import subject_of
from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize(("text", "summary", "holder", "stance"), [
    ("Doe said refugees should not be allowed to stay.", "Allow refugees to stay", "Doe", "oppose"),
    ("Macron said pensions should be cut.", "Cut pensions", "Macron", "support"),
    ("Doe says taxes must be raised.", "Raise taxes", "Doe", "support"),
    ("Critics argued subsidies should be scrapped.", "Scrap subsidies", "critics", "support"),
    ("The mayor insisted fares must be frozen.", "Freeze fares", None, "support"),
    ("Hale warned pensions should not be cut.", "Cut pensions", "Hale", "oppose"),
    # when or where it was said, between the verb and the clause
    ("Doe said on Tuesday refugees should be allowed to stay.", "Allow refugees to stay", "Doe", "support"),
    ("Doe said in a statement the tax should be scrapped.", "Scrap the tax", "Doe", "support"),
    ("Doe said yesterday the tax should be scrapped.", "Scrap the tax", "Doe", "support"),
])
def test_a_bare_subject_after_a_verb_of_saying_opens_the_reported_clause(text, summary, holder, stance):
    option = one_option(text)
    assert option.summary == summary
    assert [p.stance for p in option.positions] == [stance]
    if holder is not None:
        assert [p.actor for p in option.positions] == [holder]


@pytest.mark.parametrize(("text", "subject"), [
    ("Doe said refugees should", "refugees"),
    ("Doe said on Tuesday refugees should", "refugees"),
    ("Doe said in an interview the tax should", "the tax"),
    # near misses: what follows "said" here is no subject, so the reporting clause is not cut at it
    ("The said plan should", "The said plan"),
    ("Doe said that pensions should", "pensions"),
])
def test_where_the_reported_clause_starts(text, subject):
    assert subject_of(text, 0, text.rindex("should")) == subject


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Macron said pensions should be cut, while Le Pen said they should be raised.",
     ("Cut pensions", "Macron"), ("Raise pensions", "Le Pen")),
    ("Smith said the tax should be cut, but Jones said it should be scrapped.",
     ("Cut the tax", "Smith"), ("Scrap the tax", "Jones")),
])
def test_a_pronoun_subject_of_a_later_passive_names_the_earlier_passives_subject(text, first, second):
    found = sorted(((o.summary, o.positions[0].actor) for o in options(text)), key=lambda f: text.find(f[1]))
    assert found == [first, second]


def test_a_pronoun_of_the_other_number_names_nothing_earlier():
    # "it" cannot stand for "the parks": no course is made of it
    found = [o.summary for o in options("The mayor said the parks should be closed, and it should be sold.")]
    assert found == ["Close the parks"]


@pytest.mark.parametrize(("text", "first", "second"), [
    # the second speaker of a contrast is a described or plural group, not a name
    ("Critics argued the plant should be closed; supporters said it should be expanded.",
     ("Close the plant", "critics"), ("Expand the plant", "supporters")),
    ("The union says wages must be raised, while the firm says they should be frozen.",
     ("Raise wages", "the union"), ("Freeze wages", "the firm")),
    ("The mayor said the park should be sold, but local residents argued it should be kept.",
     ("Sell the park", "the mayor"), ("Keep the park", "local residents")),
])
def test_a_described_second_speaker_of_a_contrast_holds_the_second_course(text, first, second):
    found = [(o.summary, [p.actor for p in o.positions]) for o in sorted(options(text), key=lambda o: o.start)]
    assert found == [(first[0], [first[1]]), (second[0], [second[1]])]
