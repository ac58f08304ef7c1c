"""Names next to words the name finder reads otherwise: a title word that is a family name after a given name
("Robert King", "Chris Judge"), and the same word alone later for that person ("King said"); the verb of an
inverted tag that opens a sentence before a name ("Said Dorothy Poynter: “Q”") is no part of the name or the
speaker's mention."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def people(text: str) -> dict[str, list[str]]:
    return {a.name: list(a.aliases) for a in analyse(text).actors if a.kind == "person"}


@pytest.mark.parametrize("text, name", [
    ("Robert King, the union's president, said the strike would go on.", "Robert King"),
    ("Chris Judge said the county would appeal.", "Chris Judge"),
    ("The envoy met Mary Pope, a diplomat, in Vienna.", "Mary Pope"),
])
def test_a_title_word_after_a_given_name_is_a_family_name(text: str, name: str) -> None:
    assert name in people(text)


def test_the_family_name_alone_is_that_person() -> None:
    result = analyse("Robert King, the union's president, said the strike would go on. King said members were angry.")
    assert [q.speaker for q in result.quotes] == ["Robert King", "Robert King"]


@pytest.mark.parametrize("text", ["Saudi King Salman met the envoy.", "The King said the war was over.",
                                  "President King spoke first."])
def test_a_title_before_a_name_or_alone_is_no_family_name(text: str) -> None:
    assert "King" not in " ".join(people(text))


@pytest.mark.parametrize("text, name", [
    ("Said Dorothy Poynter, a teacher: “It is a scandal.”", "Dorothy Poynter"),
    ("The strike went on. Added Mary Lee: “We will fight to the end.”", "Mary Lee"),
])
def test_a_tag_verb_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    result = analyse(text)
    assert people(text) == {name: []}
    assert [(q.speaker, q.mention.text if q.mention else None) for q in result.quotes] == [(name, name)]


def test_a_family_name_said_stays() -> None:
    assert "Edward Said" in people("Edward Said wrote the book in 1978.")


def test_a_capital_that_is_the_family_name_of_a_person_in_the_text_is_that_person() -> None:
    result = analyse("Jeremy Paris recently moved here to lead a civic group.\n\n"
                     "“We are getting the house ready for a party,” Paris, who used to work on Capitol Hill, said.")
    assert [q.speaker for q in result.quotes] == ["Jeremy Paris"]


@pytest.mark.parametrize("text", [
    "Maria Hale runs the shelter. Said Hale, “We are full every night.”",
    "Maria Hale runs the shelter.\n\nAsked Hale: “Where would they go?”",
    "Maria Hale runs the shelter. Wrote Hale, “The beds are gone by six.”",
    "Maria Hale runs the shelter. “It is hard.” Explained Hale, “We turn people away.”",
])
def test_a_tag_verb_before_a_family_name_alone_is_no_part_of_it(text: str) -> None:
    result = analyse(text)
    assert people(text) == {"Maria Hale": ["Hale"]}
    assert result.quotes and {q.speaker for q in result.quotes} == {"Maria Hale"}


@pytest.mark.parametrize("text, name", [
    ("Says Jo Hale, “The beds are gone by six.”", "Jo Hale"),
    ("The council met. Added Tom Reed, “We will vote.”", "Tom Reed"),
])
def test_a_tag_verb_before_a_short_name_is_no_part_of_it(text: str, name: str) -> None:
    assert name in people(text) and not any(n.startswith(("Says", "Added")) for n in people(text))


@pytest.mark.parametrize("text, name", [
    ("Roger Wright said, “We will vote.”", "Roger Wright"),
    ("The vote passed. Wright Hale, the treasurer, said: “We will pay.”", "Wright Hale"),
])
def test_a_name_before_a_comma_and_quote_that_opens_with_no_tag_verb_stays(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "Maria Hale runs the shelter. Said Hale, a nurse, “We are full every night.”",
    "Maria Hale runs the shelter. Wrote Hale in a letter: “We are full.”",
    "Maria Hale runs the shelter. Explained Hale, a nurse: “We are full.”",
    "Maria Hale runs the shelter. Said Hale, who has run it since 2019, “We are full.”",
])
def test_a_tag_verb_before_the_family_name_of_a_person_named_in_full_is_no_part_of_it(text: str) -> None:
    assert list(people(text)) == ["Maria Hale"]


def test_a_tag_verb_word_before_a_family_name_nobody_has_stays_a_name() -> None:
    from briefing_app.analysis.names import name_hits
    assert "Said Hale" in [h.name for h in name_hits("Said Hale was born in Cairo in 1961.")]
