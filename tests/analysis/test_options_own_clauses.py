"""Each course's own clause as its evidence when one sentence holds several (`options/clause_spans.py`); one course keeps its
whole sentence."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.clause_spans import own_clauses
from briefing_app.analysis.options.hits import Hit
from tests.analysis.option_helpers import options


def _spans(text: str) -> dict[str, str]:
    return {o.summary: text[o.start:o.end] for o in options(text)}


@pytest.mark.parametrize("text, first, second", [
    ("Carson proposed the creation of a federal cyber agency, while Jeb Bush said he would put more conservative judges "
     "on the bench.", "Carson proposed the creation of a federal cyber agency",
     "Jeb Bush said he would put more conservative judges on the bench."),
    ("Brazil should reopen the Amazon Fund to every donor willing to pay for results, and Norway and Germany ought to "
     "double their pledges.", "Brazil should reopen the Amazon Fund to every donor willing to pay for results",
     "Norway and Germany ought to double their pledges."),
    ("They must restore the full ration, and they should let refugees work legally outside the camps.",
     "They must restore the full ration", "they should let refugees work legally outside the camps."),
    ("Republicans urged the Senate to cut taxes; Democrats urged it to expand Medicaid.",
     "Republicans urged the Senate to cut taxes", "Democrats urged it to expand Medicaid."),
    ("The mayor wants to close the library, but the council urged her to sell the depot instead.",
     "The mayor wants to close the library", "the council urged her to sell the depot instead."),
    ("Greens called for a carbon tax, whereas the farmers' union urged ministers to scrap the fuel duty.",
     "Greens called for a carbon tax", "the farmers' union urged ministers to scrap the fuel duty."),
])
def test_two_courses_of_one_sentence_each_cite_their_own_clause(text: str, first: str, second: str) -> None:
    assert sorted(_spans(text).values(), key=text.index) == [first, second]


def test_each_keeps_its_own_holder() -> None:
    text = "Greens called for a carbon tax, whereas the farmers' union urged ministers to scrap the fuel duty."
    assert {o.summary: [p.actor for p in o.positions] for o in options(text)} == {
        "Impose a carbon tax": ["Greens"], "Scrap the fuel duty": ["the farmers' union"]}


@pytest.mark.parametrize("text", ["The council should build more housing, the mayor said.",
                                  "Ministers should scrap the distinction between peak and off-peak fares, as Scotland did "
                                  "in its trial last year.",
                                  "While some critics are calling for an end to Greek life, I think that is wrong."])
def test_one_course_keeps_its_whole_sentence(text: str) -> None:
    assert [text[o.start:o.end] for o in options(text)] == [text]


def test_a_tag_after_the_first_course_stays_in_its_clause() -> None:
    text = "The council should cut business taxes, the mayor said, while the union urged the council to raise the wage."
    a = Hit("support", 23, 37, "Cut business taxes", 13)
    b = Hit("support", text.index("raise"), len(text) - 1, "Raise the wage", text.index("urged"))
    own_clauses(text, 0, len(text), [a, b])
    assert a.clause is not None and b.clause is not None
    assert text[slice(*a.clause)] == "The council should cut business taxes, the mayor said"
    assert text[slice(*b.clause)] == "the union urged the council to raise the wage."


def test_hits_with_no_break_between_share_the_sentence() -> None:
    text = "The council should ban cars downtown build cycle lanes."
    a = Hit("support", 19, 36, "Ban cars downtown", 12)
    b = Hit("support", 37, 54, "Build cycle lanes", 12)
    own_clauses(text, 0, len(text), [a, b])
    assert a.clause is None and b.clause is None


@pytest.mark.parametrize("text, summary, holder", [
    ("The council should cut business taxes, the mayor said, while union leaders urged the council to raise the minimum "
     "wage.", "Raise the minimum wage", "union leaders"),
    ("Ministers should scrap the tax, the chancellor argued, whereas the opposition urged them to raise it.",
     "Raise the tax", "the opposition"),
    ("The state should expand Medicaid, the governor said, while hospital groups urged lawmakers to cut the tax.",
     "Cut the tax", "hospital groups"),
])
def test_a_contrasting_call_inside_anothers_reported_words_is_its_subjects(text: str, summary: str, holder: str) -> None:
    # (the reported words of "the mayor said" run on over "while ..."; the call after it is the union leaders')
    held = {o.summary: [p.actor for p in o.positions] for o in options(text)}
    assert held[summary] == [holder]


@pytest.mark.parametrize("text, held", [
    # a second actor's own call joined by ", and": the first course ends before it (it ran on into "and Clinton called")
    ("Bernie Sanders called for a $15 minimum wage, and Hillary Clinton called for a $12 minimum wage.",
     {"Adopt a $15 minimum wage": ["Bernie Sanders"], "Adopt a $12 minimum wage": ["Hillary Clinton"]}),
    ("Republican candidates sparred over taxes on Tuesday. Senator Marco Rubio of Florida and Senator Ted Cruz of Texas "
     "both spoke in Iowa.\n\nCruz pledged to abolish the IRS, and Rubio promised to cut the corporate tax rate.",
     {"Abolish the IRS": ["Ted Cruz"], "Cut the corporate tax rate": ["Marco Rubio"]}),
])
def test_a_second_actors_call_after_and_is_its_own(text: str, held: dict[str, list[str]]) -> None:
    assert {o.summary: [p.actor for p in o.positions] for o in options(text)} == held


@pytest.mark.parametrize("text, summary, holder", [
    ("Sanders said the banks should be broken up, while Clinton said they should face tougher capital rules.",
     "Face tougher capital rules", "Clinton"),
    ("Johnson said Britain should leave the customs union, while Starmer said ministers should keep the country in the "
     "single market.", "Keep the country in the single market", "Starmer"),
    ("Trump said the United States should build a wall, while Clinton said Congress should pass immigration reform.",
     "Pass immigration reform", "Clinton"),
    # the clause's own verb of saying other than "said" (review: the pre-check read only "said")
    ("Sanders said the banks should be broken up, while Clinton argued they should face tougher capital rules.",
     "Face tougher capital rules", "Clinton"),
    ("Johnson said Britain should leave the customs union, while Starmer insisted ministers should keep the country in "
     "the single market.", "Keep the country in the single market", "Starmer"),
    ("Johnson said Britain should leave the customs union, but Starmer argued ministers should keep the country in the "
     "single market.", "Keep the country in the single market", "Starmer"),
    ("Trump said the United States should build a wall, but Clinton countered that Congress should pass immigration "
     "reform.", "Pass immigration reform", "Clinton"),
])
def test_a_second_speaker_after_while_or_but_holds_the_course_of_his_words(text: str, summary: str, holder: str) -> None:
    # (the reported words of the first "said" run on over the "while" clause)
    assert [p.actor for p in next(o for o in options(text) if o.summary == summary).positions] == [holder]
