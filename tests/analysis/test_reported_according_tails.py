""""according to" with what describes its source: a name after a description with a role word at the sentence's
end ("CONTENT, according to the governor's spokesman, John Doe."), a relative clause after an opening source
("According to Smith, who spoke on condition of anonymity, CONTENT": the relative is Smith's, not the content), and a
description with its own relative after a middle source ("..., according to filings with the SEC, the agency that
regulates markets."): no second content. A head ending in a copula waits for its complement ("That was, according to aides,
a mistake.": both parts)."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs

C = "The deal is dead"


@pytest.mark.parametrize(("source", "mention"), [
    ("the governor's spokesman, John Doe", "the governor's spokesman"),
    ("a spokeswoman for the ministry, Ann Whitfield", "a spokeswoman for the ministry"),
    ("Sen. Ann Lee, R-Ohio", "Sen. Ann Lee"),
])
def test_a_name_after_the_source(source: str, mention: str) -> None:
    assert indirect_pairs(f"{C}, according to {source}.") == [(C, mention)]


def test_names_in_a_list_are_no_appositive() -> None:
    assert indirect_pairs(f"{C}, according to Smith, Jones.") == []


@pytest.mark.parametrize("relative", ["who spoke on condition of anonymity", "who was briefed on the talks",
                                      "which obtained the documents"])
def test_a_relative_after_an_opening_source(relative: str) -> None:
    assert indirect_pairs(f"According to Kwame Okafor, {relative}, the deal collapsed on Friday.") == [
        ("the deal collapsed on Friday", "Kwame Okafor")]


def test_a_description_with_a_relative_is_no_content() -> None:
    text = ("The company lost $3 million, according to filings with the Securities and Exchange Commission, the agency "
            "that regulates markets.")
    assert [c for c, _ in indirect_pairs(text)] == ["The company lost $3 million"]


@pytest.mark.parametrize("dash", ["–", "—", "--"])
def test_a_source_between_dashes(dash: str) -> None:
    assert indirect_pairs(f"The deal {dash} according to two aides {dash} was never put in writing.") == [
        ("The deal", "two aides"), ("was never put in writing", "two aides")]


def test_a_source_between_dashes_inside_a_subordinate_clause() -> None:
    text = ("After the attack, Clinton blamed a video while — according to emails unearthed in the inquiry — knowing "
            "the video had no connection to the attack.")
    assert indirect_pairs(text) == [("knowing the video had no connection to the attack", "emails unearthed in the inquiry")]


@pytest.mark.parametrize(("text", "expected"), [
    ("That’s according to fundraising reports through Jan. 31 that the campaign filed on Saturday.",
     [("That", "fundraising reports through Jan. 31 that the campaign filed on Saturday")]),
    ("That is according to a new poll by Quinnipiac University.", [("That", "a new poll by Quinnipiac University")]),
    ("This was according to early results of exit polls.", [("This", "early results of exit polls")]),
])
def test_a_pro_form_before_according_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert indirect_pairs(text) == expected  # the pro-form stands for what was just said (PolNeAR marks it)


def test_a_month_abbreviation_inside_the_source() -> None:
    assert indirect_pairs("Sales fell by half, according to filings through Sept. 30.") == [
        ("Sales fell by half", "filings through Sept. 30")]


@pytest.mark.parametrize(("text", "expected"), [
    ("That was, according to aides, a mistake.", [("That was", "aides"), ("a mistake", "aides")]),
    ("The plan is, according to two officials, a gamble.", [("The plan is", "two officials"), ("a gamble", "two officials")]),
    ("This remains, according to the lawsuit, a violation of federal law.",
     [("This remains", "the lawsuit"), ("a violation of federal law", "the lawsuit")]),
])
def test_a_copula_before_the_source_waits_for_its_complement(text: str, expected: list[tuple[str, str]]) -> None:
    assert indirect_pairs(text) == expected


def test_a_complete_clause_before_the_source_keeps_the_description_out() -> None:
    assert indirect_pairs("The bill passed in the House, according to Crowdpac, a start-up in Texas.") == [
        ("The bill passed in the House", "Crowdpac")]
