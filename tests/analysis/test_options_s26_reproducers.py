"""Session 26 (options): note25's issue-14 reproducers.

- 'vowed to "never raise taxes" on the middle class': the course goes on after the closing mark when "never" sits
  inside the marks (it gave 'Raise taxes');
- a bill's sponsor holds its content: the subject of the sponsoring verb ("led a group of Republicans in introducing
  legislation that would X": the leader; "Clinton said Sanders introduced a bill that would X": Sanders, not the
  speaker);
- "Holt's proposal will ban X": a proposal's content with "will", as with "would";
- "The advisory panel recommends X": a panel is a body that holds positions.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary", [
    ('The governor vowed to "never raise taxes" on the middle class.', "Raise taxes on the middle class"),
    ("The governor vowed to 'never raise taxes' on the middle class.", "Raise taxes on the middle class"),
    ('Mayor Ruiz pledged to "never close" the branch libraries of the east side.',
     "Close the branch libraries of the east side"),
])
def test_never_inside_the_marks_keeps_the_tail_after_the_closing_mark(text: str, summary: str) -> None:
    option = one_option(text)
    assert (option.summary, option.positions[0].stance) == (summary, "oppose")


def test_a_quoted_course_without_never_still_reads_on() -> None:
    option = one_option('The governor vowed to "raise taxes" on the richest households.')
    assert (option.summary, option.positions[0].stance) == ("Raise taxes on the richest households", "support")


@pytest.mark.parametrize("text, summary, holder", [
    ("Senator Dan Fisher led a group of Republicans in introducing legislation that would ban imports of uranium.",
     "Ban imports of uranium", "Dan Fisher"),
    ("Clinton said Sanders introduced a bill that would ban fracking on public land.",
     "Ban fracking on public land", "Sanders"),
    ("The mayor said the council has drafted an ordinance that would cap rents in the old town.",
     "Cap rents in the old town", "the council"),
    ("Senator Holt co-sponsored legislation that would ban fracking on public land.",
     "Ban fracking on public land", "Holt"),
])
def test_the_sponsoring_verb_s_subject_holds_the_measure(text: str, summary: str, holder: str) -> None:
    option = one_option(text)
    assert (option.summary, [p.actor for p in option.positions]) == (summary, [holder])


@pytest.mark.parametrize("text, summary, holder", [
    ("Holt's proposal will ban plastic bags in every grocery store.", "Ban plastic bags in every grocery store", "Holt"),
    ("The mayor's proposals will close two depots on the ring road.", "Close two depots on the ring road", "the mayor"),
])
def test_a_proposal_s_content_with_will(text: str, summary: str, holder: str) -> None:
    option = one_option(text)
    assert (option.summary, option.positions[0].actor, option.positions[0].stance) == (summary, holder, "support")


def test_an_unowned_proposal_with_will_gives_none() -> None:
    assert options("The proposal will ban plastic bags in every grocery store.") == []


@pytest.mark.parametrize("text, summary, holder", [
    ("The advisory panel recommends higher tariffs on steel.", "Impose higher tariffs on steel", "the advisory panel"),
    ("An expert panel called for a ban on plastic bags.", "Impose a ban on plastic bags", "an expert panel"),
])
def test_a_panel_holds_its_recommendation(text: str, summary: str, holder: str) -> None:
    option = one_option(text)
    assert (option.summary, option.positions[0].actor, option.positions[0].stance) == (summary, holder, "support")


@pytest.mark.parametrize("text", [
    "Sanders did not introduce a bill that would ban fracking on public land.",
    "Senator Holt has never backed legislation that would cap rents in the old town.",
    "Holt didn't co-sponsor the bill that would close two depots on the ring road.",
    "The council has not yet drafted an ordinance that would cap rents in the old town.",
])
def test_a_negated_sponsoring_verb_gives_no_holder_of_the_measure(text: str) -> None:
    # (review of 1cb7a78c: the sponsoring verb's subject held the course even when the verb was negated)
    assert options(text) == []
