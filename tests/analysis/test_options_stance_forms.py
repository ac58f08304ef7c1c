"""The author's side in forms the fourteenth session left weak, each general (fifteenth session):
- "which critics rightly call reckless", "and rightly so" after others' name for the course: the author takes up the
  name (`ascribed.endorses_naming`, `judged.RIGHTLY_SO_RE`); without "rightly" the name stays theirs;
- a question after a reported call ("But is that wise?", "..., a reporter asked?") asserts no verdict word it holds;
- "Nobody thinks / believes / wants ... X": no one holds X, and "Nobody" is no holder;
- "A withdrawal now would be a mistake" after a call to withdraw names that course again (a time word after its
  noun), no new option."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options

CURFEW = "The senator wants to extend the curfew, "


@pytest.mark.parametrize("text, stance", [
    (CURFEW + "which critics rightly call reckless.", "oppose"),
    (CURFEW + "which critics correctly describe as cruel.", "oppose"),
    (CURFEW + "which critics call reckless, and rightly so.", "oppose"),
    (CURFEW + "which campaigners rightly describe as a welcome step.", "support"),
    (CURFEW + "which critics call reckless.", None),  # their name for it, not the author's
    (CURFEW + "which campaigners describe as a welcome step.", None),
])
def test_a_name_others_give_taken_up_by_the_author(text: str, stance: str | None) -> None:
    option = one_option(text)
    assert option.stance == stance
    assert [p.stance for p in option.positions] == ["support"]


@pytest.mark.parametrize("second, stance", [
    ("But is that wise?", None),
    ("But is that wise, a reporter asked?", None),
    ("Would that be sensible, she wondered?", None),
    ("That would be wise.", "support"),  # an assertion is the author's verdict
])
def test_a_question_after_a_call_asserts_no_verdict(second: str, stance: str | None) -> None:
    option = one_option("The mayor wants to ban cars from the centre. " + second)
    assert option.summary == "Ban cars from the centre"
    assert option.stance == stance


@pytest.mark.parametrize("text", [
    "Nobody thinks the council should close the library.",
    "No one really believes the council should close the library.",
    "Nobody wants the council to close the library.",
    "Nobody is suggesting that every council must adopt the scheme.",
])
def test_nobody_holds_it(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance, o.positions) for o in options(text)]


def test_nobody_as_the_subject_of_a_modal_is_the_authors_no() -> None:
    assert one_option("Nobody should close the library.").stance == "oppose"


@pytest.mark.parametrize("second", ["A withdrawal now would be a mistake.", "A withdrawal now would be a gift to Moscow."])
def test_the_course_named_again_with_a_time_word(second: str) -> None:
    found = options("Senator Hale wants to withdraw the troops from Ukraine. " + second)
    assert [o.summary for o in found] == ["Withdraw the troops from Ukraine"]


def test_another_course_with_a_time_word_is_new() -> None:
    found = options("Senator Hale wants to withdraw the troops from Ukraine. A ceasefire now would be a mistake.")
    assert len(found) == 2


@pytest.mark.parametrize("text, holder", [
    ("The city should build more housing, the mayor urged.", "the mayor"),
    ("The city should build more housing, Mayor Jane Smith urged.", "Jane Smith"),
    ("Congress should fund more schools, the researchers urged on Tuesday.", "the researchers"),
    ("The city should build more housing, critics demanded.", "critics"),
    ("Hospitals should make their inspection records public, the report recommended.", "the report"),
])
def test_a_closing_tag_of_urging_gives_the_call_to_its_speaker_not_the_author(text: str, holder: str) -> None:
    """A news report's ", the mayor urged." tells the mayor's call: no side of the author's, no tag in the summary."""
    option = one_option(text)
    assert option.stance is None and [(p.actor, p.stance) for p in option.positions] == [(holder, "support")]
    assert "urged" not in option.summary and "demanded" not in option.summary


@pytest.mark.parametrize("text", [
    "The city should build more housing, as the mayor urged.",  # the author agreeing
    "The city should adopt the plan the mayor proposed.",  # no closing tag: the author's call
])
def test_near_misses_of_a_closing_tag_of_urging_stay_the_authors(text: str) -> None:
    assert one_option(text).stance == "support"


def test_a_verb_of_urging_closes_a_sentence_only_without_an_object() -> None:
    import re

    from briefing_app.analysis.options.lexicon import SAID_TAIL
    tail = re.compile(r",\s*" + SAID_TAIL)
    assert tail.match(", the mayor urged.") and tail.match(", the researchers urged on Tuesday.")
    assert tail.match(", officials said in a statement on Monday.")  # (the verbs of saying as before)
    assert not tail.match(", Los Angeles and Seattle who demanded a $15 minimum wage.")
    assert not tail.match(", the union demanded higher pay.")
