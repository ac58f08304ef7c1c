"""Clause structure around a modal or a frame: the finite verb after a long subject, "not only X
but also Y", an "it" that stands for the sentence's opening name, "have the courage to", a second
verb after "accept that ...", "better if X did Y", and "it" resolved inside the sentence."""
import re

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, stance, expected", [
    ("It is imperative that the international community steps up its aid to the camps in Lebanon.", "support",
     "Step up its aid to the camps in Lebanon"),
    ("Nigeria's government must not only rescue the girls but also address the poverty in the north.", "support",
     "Rescue the girls"),
    ("Israel has every right to defend itself, but it must also lift the siege of Gaza.", "support",
     "Lift the siege of Gaza"),
    ("Cameron should have the courage to stand up to the eurosceptics and campaign to stay in the EU.", "support",
     "Stand up to the eurosceptics and campaign to stay in the EU"),
    ("It would be better for everyone if the two sides returned to the negotiating table.", "support",
     "Return to the negotiating table"),
    ("Berlin ought to accept that some of the debt will never be repaid and agree to a write-off.", "support",
     "Agree to a write-off"),
])
def test_clause_frames(text, stance, expected):
    option = one_option(text)
    assert (option.stance, option.summary) == (stance, expected)


def test_it_resolved_in_the_same_sentence():
    found = [o.summary for o in options("Congress should pass the bill, and the president should sign it.")]
    assert found == ["Pass the bill", "Sign the bill"]


@pytest.mark.parametrize("text", [
    "It requires that if the government wants your data, it must first show a judge probable cause.",
    "That Taylor should have rifled through his metaphors and alighted on the archetype of victim-blaming is sad.",
    "We need to declare peace first and then spend eternity working out our differences.",
    "Let the Democrats focus on misery, poverty and failure.",
])
def test_no_option(text):
    assert options(text) == []


def test_accept_it_after_a_gerund_and_the_clause_after_but():
    option = one_option("Splitting the zone would hurt Munich's factories in the short run, but it is the honest answer, "
                        "and the federal government ought to accept it.")
    assert (option.summary, option.stance) == ("Split the zone", "support")


def test_a_second_modal_clause_after_a_comma_is_its_own():
    found = [o.summary for o in options("Brazil should reopen the Amazon Fund to every donor willing to pay for results, "
                                        "and Norway and Germany ought to double their pledges.")]
    assert found == ["Reopen the Amazon Fund to every donor willing to pay for results", "Double their pledges"]


@pytest.mark.parametrize("text, summary", [
    ("The senator called on Congress to pass the funding bill and said the money is needed now.", "Pass the funding bill"),
    ("The mayor urged the council to reopen the library and added that volunteers could run it.", "Reopen the library"),
    ("Critics called on her to resign from her post and told reporters she had lost their trust.", "Resign from her post"),
])
def test_an_action_phrase_ends_before_a_joined_verb_of_saying(text, summary):
    """'called on Congress to pass X and said Y': the call is X; what was said after 'and' is no part of it."""
    assert [o.summary for o in options(text)][:1] == [summary]


@pytest.mark.parametrize("text", [
    "Several members, including the two who demanded a recount, have since left the party.",
    "Netanyahu is opposed to making concessions to the Palestinian Authority, one of whose components, Hamas, is a branch "
    "of the Muslim Brotherhood.",
    "Most senators, including those who backed the tax cut, are now urging the governor to veto the bill.",
])
def test_a_summary_holds_no_main_verb_after_a_comma(text):
    """'..., including those who backed the tax cut, are now urging ...': the sentence's main verb after its subject's
    aside ends any action phrase in the aside (no 'Impose the tax cut, are now urging the governor to veto the bill')."""
    for option in options(text):
        assert re.search(r",\s+(?:are|is|have|has)\b", option.summary) is None, option.summary
