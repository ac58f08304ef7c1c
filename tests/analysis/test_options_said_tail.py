"""A speaker and a verb of saying that end the sentence (", officials said.") are no part of the action."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize(("text", "summary"), [
    ("The senators urged the president to close the embassy, officials said.", "Close the embassy"),
    ("Hale urged the government to lift the ban, sources told Reuters.", "Lift the ban"),
    ("Hale urged the government to lift the ban, two senior officials told reporters.", "Lift the ban"),
    ("Hale urged the government to lift the ban, local media reported.", "Lift the ban"),
    ("Hale urged the government to lift the ban, state media said on Tuesday.", "Lift the ban"),
    ("Hale urged the government to raise taxes, Western diplomats said.", "Raise taxes"),
    ("The union urged ministers to raise wages, a spokesman said.", "Raise wages"),
    ("Instead, the council should expand bus lanes, critics warned.", "Expand bus lanes"),
    ("Hale urged the government to lift the ban, opposition councillors argued on Monday.", "Lift the ban"),
])
def test_a_closing_attribution_is_cut_from_the_action(text, summary):
    assert one_option(text).summary == summary


def test_a_saying_verb_that_does_not_end_the_sentence_is_no_closing_attribution():
    from briefing_app.analysis.options.lexicon import CLAUSE_CUT_RE
    text = "lift the ban, officials said would cost thousands of jobs in the region and beyond."
    assert CLAUSE_CUT_RE.search(text, 1, len(text) - 1) is None
    text = "lift the ban, officials said on Monday."
    assert CLAUSE_CUT_RE.search(text, 1).start() == text.index(",")


@pytest.mark.parametrize(("text", "summary"), [
    ("The union urged ministers to raise wages, saying prices had soared.", "Raise wages"),
    ("Hale urged the government to lift the ban, warning of shortages.", "Lift the ban"),
    ("Hale urged the government to lift the ban, citing losses on farms.", "Lift the ban"),
    ("Hale urged the government to lift the ban, insisting farmers were suffering.", "Lift the ban"),
])
def test_the_speakers_reason_after_a_comma_is_cut_from_the_action(text, summary):
    assert one_option(text).summary == summary
